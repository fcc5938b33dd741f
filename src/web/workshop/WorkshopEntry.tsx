// On a survey round's page, for a questionnaire a workshop follows (the datavolwassenheidsscan): the
// way to the workshop view, where the group discusses the spread of the answers and records its
// conclusions, and to the report.
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../ui/links.tsx';

export function WorkshopEntry({
  tenantId,
  round,
}: {
  tenantId: string;
  round: { id: string; title: string; status: 'open' | 'closed' };
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="round-workshop" className="weerbaar-section">
      <Heading2 id="round-workshop">{t('workshop.open')}</Heading2>
      <Paragraph>{t(round.status === 'open' ? 'workshop.entryOpen' : 'workshop.entryClosed')}</Paragraph>
      <Paragraph>
        <AppLink
          to={`/o/${tenantId}/enquetes/${round.id}/workshop`}
          aria-label={t('workshop.openLabel', { title: round.title })}
        >
          {t('workshop.open')}
        </AppLink>
      </Paragraph>
    </section>
  );
}
