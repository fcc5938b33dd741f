// On the questionnaire page: the way to the network map when the instrument has one, with how much
// is on it; after sending, that it went along with the scan and where to look at it.
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Instrument } from '../../core/instrument/schema.ts';
import type { OwnScan } from '../contract.ts';
import { AppButtonLink } from '../ui/links.tsx';
import './networkMap.css';

export function NetworkCard({
  tenantId,
  scan,
  instrument,
}: {
  tenantId: string;
  scan: OwnScan;
  instrument: Instrument;
}) {
  const { t } = useTranslation();
  if (!instrument.network) return null;
  const network = scan.network;
  const editable = scan.may.includes('answer');
  const contexts = network?.contexts?.length ?? 0;
  const contacts = network?.contacts?.length ?? 0;
  return (
    <section
      aria-labelledby="network-card-title"
      className="weerbaar-section weerbaar-panel weerbaar-network-card"
    >
      <Heading2 id="network-card-title">{t('networkMap.card.title')}</Heading2>
      <Paragraph>{editable ? t('networkMap.card.text') : t('networkMap.card.sentText')}</Paragraph>
      <Paragraph>
        {contexts + contacts > 0
          ? t('networkMap.card.summary', {
              contexts: t('networkMap.countContexts', { count: contexts }),
              contacts: t('networkMap.countContacts', { count: contacts }),
            })
          : t('networkMap.card.empty')}
      </Paragraph>
      <Paragraph>
        <AppButtonLink
          to={`/o/${tenantId}/mijn-scans/${scan.id}/netwerk`}
          appearance={editable ? 'primary-action-button' : 'secondary-action-button'}
        >
          {editable ? t('networkMap.card.open') : t('networkMap.card.view')}
        </AppButtonLink>
      </Paragraph>
    </section>
  );
}
