// A link to the printable interview guide (leidraad selectiegesprek), on the expert's review page
// and the opdrachtgever's released report.
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppButtonLink } from '../ui/links.tsx';
import './conversation.css';

export function InterviewGuideLink({
  tenantId,
  procedureId,
  scanId,
}: {
  tenantId: string;
  procedureId: string;
  scanId: string;
}) {
  const { t } = useTranslation();
  return (
    <section className="weerbaar-panel weerbaar-guide-link" aria-labelledby="guide-link-title">
      <Heading2 id="guide-link-title">{t('conversation.guide.title')}</Heading2>
      <Paragraph>{t('conversation.guide.linkText')}</Paragraph>
      <AppButtonLink
        to={`/o/${encodeURIComponent(tenantId)}/procedures/${encodeURIComponent(procedureId)}/scans/${encodeURIComponent(scanId)}/leidraad`}
        appearance="secondary-action-button"
      >
        {t('conversation.guide.link')}
      </AppButtonLink>
    </section>
  );
}
