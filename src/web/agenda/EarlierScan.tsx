// The re-scan halfway the term, on the candidate's pages (the scan and the report): the explicit,
// revocable question whether to use the earlier scan, and with consent the earlier agenda and
// how the results changed. Without consent nothing of the earlier scan is shown (the server sends
// nothing either). The expert's read-only view is ExpertEarlierScan below.
import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaAction } from '../../core/agenda/agenda.ts';
import type { Comparison, Direction, IndicatorChange, ThemeChange } from '../../core/agenda/compare.ts';
import type { Level } from '../../core/instrument/schema.ts';
import { call } from '../client.ts';
import type { EarlierView } from '../contract.ts';
import { LevelBadge } from '../instrument/Level.tsx';
import { useSay } from '../instrument/text.ts';
import { problemMessage } from '../problem.ts';
import { formatDate } from '../scan/format.ts';
import { ErrorBlock, Loading, StatusMessage } from '../ui/Status.tsx';
import './agenda.css';

type Load =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; view: EarlierView };

export function EarlierScan({ tenantId, scanId }: { tenantId: string; scanId: string }) {
  const { t } = useTranslation();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const fetchView = useCallback(async () => {
    try {
      setLoad({ status: 'ready', view: await call('earlier.own', { params: { tenantId, scanId } }) });
    } catch (caught) {
      setLoad({ status: 'error', message: problemMessage(caught, t) });
    }
  }, [tenantId, scanId, t]);

  useEffect(() => {
    void fetchView();
  }, [fetchView]);

  const choose = async (consent: boolean) => {
    setBusy(true);
    setMessage(null);
    setStatus(null);
    try {
      await call('earlier.consent', { params: { tenantId, scanId }, body: { consent } });
      await fetchView();
      setStatus(consent ? t('agenda.earlier.given') : t('agenda.earlier.withdrawn'));
      // The buttons pressed are gone now: focus goes to the section's heading, not to the page's start.
      window.setTimeout(() => document.getElementById('earlier-title')?.focus(), 0);
    } catch (caught) {
      setMessage(problemMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  // Most scans have no earlier scan: nothing is shown while that is being checked.
  if (load.status === 'loading') return null;
  if (load.status === 'error') return <ErrorBlock message={load.message} onRetry={() => void fetchView()} />;
  const { view } = load;
  if (view.state === 'none') return null;
  const name = view.earlier?.procedureName ?? '';

  return (
    <section aria-labelledby="earlier-title" className="weerbaar-section weerbaar-earlier">
      <Heading2 id="earlier-title" tabIndex={-1}>
        {view.state === 'ask' ? t('agenda.earlier.askTitle') : t('agenda.earlier.title')}
      </Heading2>
      <StatusMessage>{status}</StatusMessage>
      {message ? <ErrorBlock message={message} /> : null}
      {view.state === 'deleted' ? <Paragraph>{t('agenda.earlier.deleted')}</Paragraph> : null}
      {view.state === 'ask' ? (
        <div className="weerbaar-panel">
          <Paragraph>{t('agenda.earlier.ask', { name })}</Paragraph>
          <Paragraph>{t('agenda.earlier.askWhat')}</Paragraph>
          <Paragraph>{t('agenda.earlier.askWithout')}</Paragraph>
          <ButtonGroup>
            <Button appearance="primary-action-button" busy={busy} onClick={() => void choose(true)}>
              {t('agenda.earlier.yes')}
            </Button>
            <Button appearance="secondary-action-button" busy={busy} onClick={() => void choose(false)}>
              {t('agenda.earlier.no')}
            </Button>
          </ButtonGroup>
        </div>
      ) : null}
      {view.state === 'declined' ? (
        <>
          <Paragraph>{t('agenda.earlier.declined')}</Paragraph>
          <ButtonGroup>
            <Button appearance="secondary-action-button" busy={busy} onClick={() => void choose(true)}>
              {t('agenda.earlier.useAfterAll')}
            </Button>
          </ButtonGroup>
        </>
      ) : null}
      {view.state === 'shared' ? (
        <>
          <Paragraph>{t('agenda.earlier.shared', { name })}</Paragraph>
          <ButtonGroup>
            <Button appearance="secondary-action-button" busy={busy} onClick={() => void choose(false)}>
              {t('agenda.earlier.withdraw')}
            </Button>
          </ButtonGroup>
          <EarlierContent view={view} idPrefix="earlier" />
        </>
      ) : null}
    </section>
  );
}

/** The follow-up expert's view: only with the candidate's consent (the server decides). */
export function ExpertEarlierScan({
  tenantId,
  procedureId,
  scanId,
}: {
  tenantId: string;
  procedureId: string;
  scanId: string;
}) {
  const { t } = useTranslation();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    call('earlier.expert', { params: { tenantId, procedureId, scanId } })
      .then((view) => live && setLoad({ status: 'ready', view }))
      .catch((caught: unknown) => live && setLoad({ status: 'error', message: problemMessage(caught, t) }));
    return () => {
      live = false;
    };
  }, [tenantId, procedureId, scanId, t]);
  if (load.status === 'loading') return <Loading />;
  if (load.status === 'error') return <ErrorBlock message={load.message} />;
  if (load.view.state !== 'shared' && load.view.state !== 'deleted') return null;
  return (
    <section aria-labelledby="expert-earlier-title" className="weerbaar-section weerbaar-earlier">
      <Heading2 id="expert-earlier-title">{t('agenda.earlier.expertTitle')}</Heading2>
      {load.view.state === 'deleted' ? (
        <Paragraph>{t('agenda.earlier.expertDeleted')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('agenda.earlier.expertIntro')}</Paragraph>
          <EarlierContent view={load.view} idPrefix="expert-earlier" />
        </>
      )}
    </section>
  );
}

function EarlierContent({ view, idPrefix }: { view: EarlierView; idPrefix: string }) {
  const { t } = useTranslation();
  const { language } = useSay();
  return (
    <>
      <Heading3 id={`${idPrefix}-agenda`}>{t('agenda.earlier.agendaTitle')}</Heading3>
      {view.agenda && view.agenda.actions.length > 0 ? (
        <>
          {view.agendaUpdatedAt ? (
            <Paragraph small className="weerbaar-muted">
              {t('agenda.earlier.agendaUpdated', { date: formatDate(view.agendaUpdatedAt, language) })}
            </Paragraph>
          ) : null}
          <AgendaList actions={view.agenda.actions} labelledBy={`${idPrefix}-agenda`} />
        </>
      ) : (
        <Paragraph>{t('agenda.earlier.agendaNone')}</Paragraph>
      )}
      <Heading3 id={`${idPrefix}-change`}>{t('agenda.earlier.changeTitle')}</Heading3>
      {view.comparison ? (
        <ComparisonView comparison={view.comparison} idPrefix={idPrefix} />
      ) : (
        <Paragraph>{t('agenda.earlier.notFinished')}</Paragraph>
      )}
    </>
  );
}

/** An agenda as a read-only list (also the print page). */
export function AgendaList({
  actions,
  labelledBy,
}: {
  actions: readonly AgendaAction[];
  labelledBy?: string;
}) {
  const { t } = useTranslation();
  const { language } = useSay();
  return (
    <ol className="weerbaar-agenda-list" aria-labelledby={labelledBy}>
      {actions.map((action) => (
        <li key={action.id} className="weerbaar-agenda-list__item">
          <p className="weerbaar-agenda-list__what">
            <span className={`weerbaar-agenda-status weerbaar-agenda-status--${action.status}`}>
              <span aria-hidden="true">{action.status === 'gedaan' ? '✓' : '○'}</span>{' '}
              {action.status === 'gedaan' ? t('agenda.statusDone') : t('agenda.statusTodo')}
            </span>{' '}
            {action.what}
          </p>
          <dl className="weerbaar-agenda-list__facts">
            <div>
              <dt>{t('agenda.due')}</dt>
              <dd>{action.due ? formatDate(`${action.due}T12:00:00`, language) : t('agenda.noDate')}</dd>
            </div>
            <div>
              <dt>{t('agenda.withWhom')}</dt>
              <dd>{action.withWhom || t('agenda.nobody')}</dd>
            </div>
            {action.note ? (
              <div>
                <dt>{t('agenda.note')}</dt>
                <dd>{action.note}</dd>
              </div>
            ) : null}
          </dl>
        </li>
      ))}
    </ol>
  );
}

function DirectionText({ direction }: { direction: Direction | null }) {
  const { t } = useTranslation();
  if (!direction) return null;
  return (
    <span className={`weerbaar-change weerbaar-change--${direction}`}>
      <span aria-hidden="true">{direction === 'lower' ? '↓' : direction === 'higher' ? '↑' : '='}</span>{' '}
      {t(`agenda.earlier.${direction}`)}
    </span>
  );
}

function Side({ label, level, basis }: { label: string; level: Level | null; basis?: string }) {
  const { t } = useTranslation();
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        {level ? <LevelBadge level={level} /> : t('agenda.earlier.pending')}
        {level && basis ? <span className="weerbaar-muted"> ({basis})</span> : null}
      </dd>
    </div>
  );
}

export function ComparisonView({ comparison, idPrefix }: { comparison: Comparison; idPrefix: string }) {
  const { t } = useTranslation();
  const { say } = useSay();
  const themeRow = (theme: ThemeChange) => (
    <li key={theme.id} className="weerbaar-change-list__item">
      <p className="weerbaar-change-list__title">
        <strong>{say(theme.title)}</strong> <DirectionText direction={theme.direction} />
      </p>
      {theme.presence === 'new' ? <Paragraph small>{t('agenda.earlier.isNew')}</Paragraph> : null}
      {theme.presence === 'gone' ? <Paragraph small>{t('agenda.earlier.isGone')}</Paragraph> : null}
      <dl className="weerbaar-change-list__sides">
        {theme.presence !== 'new' ? (
          <Side
            label={t('agenda.earlier.earlierLabel')}
            level={theme.earlier}
            basis={theme.earlierJudged ? t('agenda.earlier.judged') : t('agenda.earlier.computed')}
          />
        ) : null}
        {theme.presence !== 'gone' ? (
          <Side
            label={t('agenda.earlier.nowLabel')}
            level={theme.now}
            basis={theme.nowJudged ? t('agenda.earlier.judged') : t('agenda.earlier.computed')}
          />
        ) : null}
      </dl>
    </li>
  );
  const indicatorRow = (indicator: IndicatorChange) => (
    <li key={indicator.id} className="weerbaar-change-list__item">
      <p className="weerbaar-change-list__title">
        {say(indicator.title)} <DirectionText direction={indicator.direction} />
      </p>
      {indicator.presence === 'new' ? <Paragraph small>{t('agenda.earlier.isNew')}</Paragraph> : null}
      {indicator.presence === 'gone' ? <Paragraph small>{t('agenda.earlier.isGone')}</Paragraph> : null}
      <dl className="weerbaar-change-list__sides">
        {indicator.presence !== 'new' ? (
          <Side label={t('agenda.earlier.earlierLabel')} level={indicator.earlier} />
        ) : null}
        {indicator.presence !== 'gone' ? (
          <Side label={t('agenda.earlier.nowLabel')} level={indicator.now} />
        ) : null}
      </dl>
    </li>
  );
  // Points that were and stay without attention are left out: the list is about what changed or matters.
  const indicators = comparison.indicators.filter(
    (i) =>
      i.presence !== 'both' ||
      i.direction !== 'same' ||
      (i.earlier !== null && i.earlier !== 'geen-aandachtspunt') ||
      i.now === null,
  );
  return (
    <>
      <Paragraph>{t('agenda.earlier.changeIntro')}</Paragraph>
      {comparison.earlier.instrument.version !== comparison.now.instrument.version ? (
        <Paragraph small className="weerbaar-muted">
          {t('agenda.earlier.versions', {
            earlier: comparison.earlier.instrument.version,
            now: comparison.now.instrument.version,
          })}
        </Paragraph>
      ) : null}
      {!comparison.now.evaluated ? <Paragraph>{t('agenda.earlier.notYetNow')}</Paragraph> : null}
      <h4 className="utrecht-heading-4" id={`${idPrefix}-themes`}>
        {t('agenda.earlier.themesTitle')}
      </h4>
      <ul className="weerbaar-change-list" aria-labelledby={`${idPrefix}-themes`}>
        {comparison.themes.map(themeRow)}
      </ul>
      <h4 className="utrecht-heading-4" id={`${idPrefix}-indicators`}>
        {t('agenda.earlier.indicatorsTitle')}
      </h4>
      <ul className="weerbaar-change-list" aria-labelledby={`${idPrefix}-indicators`}>
        {indicators.map(indicatorRow)}
      </ul>
    </>
  );
}
