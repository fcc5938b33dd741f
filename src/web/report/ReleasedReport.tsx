// /o/:tenantId/procedures/:procedureId/scans/:scanId/rapport — the opdrachtgever reads a report
// the candidate has shared, in the scope the candidate chose. Without an active release there is
// a plain refusal: only the candidate can share. Every read and refusal is in the candidate's
// access log.

import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api.ts';
import { call } from '../client.ts';
import type { ReleasedReport as Released } from '../contract.ts';
import { InterviewGuideLink } from '../conversation/InterviewGuideLink.tsx';
import { useSay } from '../instrument/text.ts';
import { ForProcedureScan, type ProcedureScanPageProps } from '../scan/access.tsx';
import { formatDate } from '../scan/format.ts';
import { AppLink } from '../ui/links.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { pageState, useResource } from '../ui/use-resource.ts';
import { ReportDownloads } from './ReportDownloads.tsx';
import { ReportSections } from './ReportSections.tsx';

export function ReleasedReport() {
  return <ForProcedureScan action="reports.released" page={ReleasedReportPage} />;
}

type State =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'refused'; name: string | null }
  | { status: 'ready'; released: Released; name: string | null };

function ReleasedReportPage({ organisation, procedureId, scanId }: ProcedureScanPageProps) {
  const { t } = useTranslation();
  const { language } = useSay();
  const tenantId = organisation.tenantId;
  const load = useResource(async (): Promise<State> => {
    // The name comes from the procedure's list; the report itself names no one.
    let name: string | null = null;
    try {
      const procedure = await call('procedures.read', { params: { tenantId, procedureId } });
      name = procedure.candidates.find((c) => c.scanId === scanId)?.displayName ?? null;
    } catch {
      // The report decides; the name is a nicety.
    }
    try {
      return {
        status: 'ready',
        released: await call('reports.released', { params: { tenantId, procedureId, scanId } }),
        name,
      };
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'not-released') return { status: 'refused', name };
      throw caught;
    }
  }, [tenantId, procedureId, scanId]);
  const state = pageState(load);

  const back = (
    <Paragraph>
      <AppLink to={`/o/${tenantId}/procedures/${procedureId}`}>{t('releasedReport.back')}</AppLink>
    </Paragraph>
  );

  if (state.status === 'loading' || state.status === 'error') {
    return (
      <>
        <PageTitle>{t('releasedReport.loadingTitle')}</PageTitle>
        {back}
        <ResourceView resource={load} />
      </>
    );
  }

  if (state.status === 'refused') {
    return (
      <>
        <PageTitle>{t('releasedReport.refusedTitle')}</PageTitle>
        {back}
        <Alert type="info" role="presentation">
          <Paragraph>
            {state.name
              ? t('releasedReport.refusedNamed', { name: state.name })
              : t('releasedReport.refused')}
          </Paragraph>
        </Alert>
        <Paragraph>{t('releasedReport.refusedWhy')}</Paragraph>
      </>
    );
  }

  const { released, name } = state;
  return (
    <>
      <PageTitle>{name ? t('releasedReport.titleNamed', { name }) : t('releasedReport.title')}</PageTitle>
      {back}
      <Alert type="info" role="presentation" className="weerbaar-report__notice">
        <Paragraph>
          <strong>{t(`releaseScope.${released.scope}`)}.</strong>{' '}
          {t(`releasedReport.scope.${released.scope}`)}
        </Paragraph>
        <Paragraph>{t('report.notATrafficLight')}</Paragraph>
      </Alert>
      {released.report.finalisedAt ? (
        <Paragraph small className="weerbaar-muted">
          {t('report.finalisedOn', { date: formatDate(released.report.finalisedAt, language) })}
        </Paragraph>
      ) : null}
      <Paragraph>{t('releasedReport.logged')}</Paragraph>
      <ReportSections report={released.report} reader="opdrachtgever" />
      <InterviewGuideLink tenantId={tenantId} procedureId={procedureId} scanId={scanId} />
      <ReportDownloads tenantId={tenantId} scanId={scanId} procedureId={procedureId} reader="opdrachtgever" />
    </>
  );
}
