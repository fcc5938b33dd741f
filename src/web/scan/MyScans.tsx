// /o/:tenantId/mijn-scans — the candidate's own scans: for which procedure, how far, and the way on
// (fill in, see what was sent, read the report).
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { call } from '../client.ts';
import type { OwnScanSummary } from '../contract.ts';
import { useSay } from '../instrument/text.ts';
import type { Organisation } from '../session.tsx';
import { AppButtonLink } from '../ui/links.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { StatusMessage } from '../ui/Status.tsx';
import { useResource } from '../ui/use-resource.ts';
import { ForAbility } from './access.tsx';
import { formatDateTime, officeLabel } from './format.ts';
import { useOneTimeState } from './oneTimeState.ts';
import { ScanStatusBadge } from './StatusBadge.tsx';

export function MyScans() {
  return (
    <ForAbility action="scans.own">
      {(organisation) => <MyScansPage organisation={organisation} />}
    </ForAbility>
  );
}

function MyScansPage({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const { language } = useSay();
  const tenantId = organisation.tenantId;
  const load = useResource(
    async () => (await call('scans.listOwn', { params: { tenantId } })).scans,
    [tenantId],
  );
  const removed = useOneTimeState<{ removed?: 'withdraw' | 'delete' }>()?.removed;

  // Withdrawn and deleted scans are gone for good: nothing to show or open.
  const scans =
    load.status === 'ready'
      ? load.data.filter((s) => s.status !== 'withdrawn' && s.status !== 'deleted')
      : [];

  const action = (scan: OwnScanSummary) => {
    const base = `/o/${tenantId}/mijn-scans/${scan.id}`;
    if (scan.may.includes('readReport')) return { to: `${base}/rapport`, label: t('myScans.readReport') };
    if (scan.may.includes('answer'))
      return { to: base, label: scan.status === 'invited' ? t('myScans.begin') : t('myScans.continue') };
    return { to: base, label: t('myScans.view') };
  };

  return (
    <>
      <PageTitle>{t('myScans.title')}</PageTitle>
      <Paragraph lead>{t('myScans.intro')}</Paragraph>
      <StatusMessage>
        {removed === 'withdraw' ? t('myScans.withdrawn') : removed === 'delete' ? t('myScans.deleted') : null}
      </StatusMessage>
      <ResourceView resource={load} />
      {load.status === 'ready' && scans.length === 0 ? <Paragraph>{t('myScans.empty')}</Paragraph> : null}
      {scans.length > 0 ? (
        <ul className="weerbaar-card-list">
          {scans.map((scan) => {
            const next = action(scan);
            return (
              <li key={scan.id}>
                <section className="weerbaar-card" aria-labelledby={`scan-${scan.id}`}>
                  <Heading2 id={`scan-${scan.id}`} className="weerbaar-card__title">
                    {scan.procedure.name}
                  </Heading2>
                  <Paragraph>
                    {t('myScans.for', { office: officeLabel(scan.procedure.office, t).toLowerCase() })}
                  </Paragraph>
                  <p className="weerbaar-card__status">
                    <ScanStatusBadge status={scan.status} />
                  </p>
                  <Paragraph small className="weerbaar-muted">
                    {t('myScans.updated', { date: formatDateTime(scan.updatedAt, language) })}
                  </Paragraph>
                  <Paragraph small>{t(`myScans.next.${scan.status}`)}</Paragraph>
                  <AppButtonLink
                    to={next.to}
                    appearance="primary-action-button"
                    aria-describedby={`scan-${scan.id}`}
                  >
                    {next.label}
                  </AppButtonLink>
                </section>
              </li>
            );
          })}
        </ul>
      ) : null}
    </>
  );
}
