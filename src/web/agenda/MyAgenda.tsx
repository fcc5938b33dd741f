// /o/:tenantId/mijn-scans/:scanId/agenda — the candidate's integriteitsagenda as a page to print:
// every action with its date, role and status, in black on white without navigation (agenda.css).
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { agendaProgress } from '../../core/agenda/agenda.ts';
import { ApiError } from '../api.ts';
import { call } from '../client.ts';
import { useSay } from '../instrument/text.ts';
import { ForAbility } from '../scan/access.tsx';
import { formatDate, formatDateTime } from '../scan/format.ts';
import type { Organisation } from '../session.tsx';
import { AppLink } from '../ui/links.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { useResource } from '../ui/use-resource.ts';
import { AgendaList } from './EarlierScan.tsx';
import './agenda.css';

export function MyAgenda() {
  const { scanId } = useParams();
  return (
    <ForAbility action="scans.own">
      {(organisation) => <MyAgendaPage key={scanId} organisation={organisation} scanId={scanId ?? ''} />}
    </ForAbility>
  );
}

function MyAgendaPage({ organisation, scanId }: { organisation: Organisation; scanId: string }) {
  const { t } = useTranslation();
  const { language } = useSay();
  const tenantId = organisation.tenantId;
  const load = useResource(() => call('agenda.read', { params: { tenantId, scanId } }), [tenantId, scanId]);

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
        <ResourceView
          resource={load}
          errorMessage={(caught) =>
            caught instanceof ApiError && caught.code === 'report-not-ready' ? t('agenda.notReady') : null
          }
        />
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
