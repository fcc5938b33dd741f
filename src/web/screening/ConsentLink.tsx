// On the candidate's scan page: the way to the bewilligingsverklaring of the antecedentenonderzoek.
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../ui/links.tsx';

export function ScreeningConsentLink({ tenantId, scanId }: { tenantId: string; scanId: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="screening-consent-title" className="weerbaar-section">
      <Heading2 id="screening-consent-title">{t('antecedents.consent.linkTitle')}</Heading2>
      <Paragraph>{t('antecedents.consent.linkIntro')}</Paragraph>
      <Paragraph>
        <AppLink to={`/o/${tenantId}/mijn-scans/${scanId}/toestemming`}>
          {t('antecedents.consent.link')}
        </AppLink>
      </Paragraph>
    </section>
  );
}
