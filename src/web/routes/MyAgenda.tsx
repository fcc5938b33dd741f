// /o/:tenantId/mijn-scans/:scanId/agenda — the candidate's integriteitsagenda as a page to print:
// every action with its date, role and status, in black on white without navigation (agenda.css).
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { agendaProgress } from '../../core/agenda/agenda.ts';
import { agendaApi, type OwnAgenda } from '../agenda/agendaApi.ts';
import { AgendaList } from '../agenda/EarlierScan.tsx';
import { ApiError } from '../api.ts';
import { useSay } from '../instrument/text.ts';
import { problemMessage } from '../problem.ts';
import { ForRoles, type Load } from '../scan/access.tsx';
import { formatDate, formatDateTime } from '../scan/format.ts';
import type { Organisation } from '../session.tsx';
import { AppLink } from '../ui/links.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ErrorBlock, Loading } from '../ui/Status.tsx';
import '../agenda/agenda.css';

export function MyAgenda() {
  const { scanId } = useParams();
  return (
    <ForRoles roles={['kandidaat']}>
      {(organisation) => <MyAgendaPage key={scanId} organisation={organisation} scanId={scanId ?? ''} />}
    </ForRoles>
  );
}

function MyAgendaPage({ organisation, scanId }: { organisation: Organisation; scanId: string }) {
  const { t } = useTranslation();
  const { language } = useSay();
  const tenantId = organisation.tenantId;
  const [load, setLoad] = useState<Load<OwnAgenda>>({ status: 'loading' });

  const fetchAgenda = useCallback(async () => {
    setLoad({ status: 'loading' });
    try {
      setLoad({ status: 'ready', data: await agendaApi.read(tenantId, scanId) });
    } catch (caught) {
      setLoad({
        status: 'error',
        message:
          caught instanceof ApiError && caught.code === 'report-not-ready'
            ? t('agenda.notReady')
            : problemMessage(caught, t),
      });
    }
  }, [tenantId, scanId, t]);

  useEffect(() => {
    void fetchAgenda();
  }, [fetchAgenda]);

  const back = (
    <Paragraph className="weerbaar-agenda-print__screen-only">
      <AppLink to={`/o/${tenantId}/mijn-scans/${scanId}/rapport`}>{t('agenda.back')}</AppLink>
    </Paragraph>
  );

  if (load.status !== 'ready') {
    return (
      <>
        <PageTitle>{t('agenda.printTitle')}</PageTitle>
        {back}
        {load.status === 'loading' ? (
          <Loading />
        ) : (
          <ErrorBlock message={load.message} onRetry={() => void fetchAgenda()} />
        )}
      </>
    );
  }
  const agenda = load.data;
  const progress = agendaProgress(agenda);
  return (
    <div className="weerbaar-agenda-print">
      <PageTitle>{t('agenda.printTitle')}</PageTitle>
      {back}
      <Paragraph lead>{t('agenda.printFor', { name: agenda.procedure.name })}</Paragraph>
      <Paragraph>{t('agenda.onlyYou')}</Paragraph>
      {agenda.actions.length === 0 ? (
        <Paragraph>{t('agenda.empty')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('agenda.progress', { done: progress.done, total: progress.total })}</Paragraph>
          <AgendaList actions={agenda.actions} />
        </>
      )}
      <Paragraph small className="weerbaar-muted">
        {agenda.updatedAt
          ? `${t('agenda.savedOn', { date: formatDateTime(agenda.updatedAt, language) })} `
          : ''}
        {t('agenda.printMade', { date: formatDate(new Date().toISOString(), language) })}
      </Paragraph>
      <ButtonGroup className="weerbaar-agenda-print__screen-only">
        <Button appearance="primary-action-button" type="button" onClick={() => window.print()}>
          {t('agenda.printButton')}
        </Button>
      </ButtonGroup>
    </div>
  );
}
