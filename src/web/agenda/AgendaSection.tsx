// The candidate's integriteitsagenda on the report page: the chosen measures become actions —
// what (prefilled, editable), by when, with whom (a role), done or not, a short note — plus
// actions of their own. Saved whole, sealed on the server; a save from a stale second tab is
// refused (409) and said in plain words, with a way to reload. Printable on its own page.
// In a follow-up scan the earlier scan's part (consent, earlier agenda, change) comes first.
import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type AgendaAction,
  agendaLimits,
  agendaProgress,
  draftFromMeasures,
  isCalendarDay,
} from '../../core/agenda/agenda.ts';
import { ApiError } from '../api.ts';
import { call } from '../client.ts';
import type { OwnAgenda } from '../contract.ts';
import { useSay } from '../instrument/text.ts';
import { problemFieldErrors, problemMessage } from '../problem.ts';
import { formatDateTime } from '../scan/format.ts';
import { RadioGroup } from '../ui/choices.tsx';
import { ErrorSummary, type FieldErrors, TextField } from '../ui/forms.tsx';
import { AppButtonLink } from '../ui/links.tsx';
import { ErrorBlock, Loading, StatusMessage } from '../ui/Status.tsx';
import { EarlierScan } from './EarlierScan.tsx';
import './agenda.css';

const newId = () => crypto.randomUUID();

type Load =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; agenda: OwnAgenda };

export function AgendaSection({ tenantId, scanId }: { tenantId: string; scanId: string }) {
  return (
    <>
      <EarlierScan tenantId={tenantId} scanId={scanId} />
      <AgendaEditor tenantId={tenantId} scanId={scanId} />
    </>
  );
}

function AgendaEditor({ tenantId, scanId }: { tenantId: string; scanId: string }) {
  const { t } = useTranslation();
  const { say, language } = useSay();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [actions, setActions] = useState<AgendaAction[]>([]);
  const [revision, setRevision] = useState(0);
  const [updatedAt, setUpdatedAt] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const fetchAgenda = useCallback(async () => {
    try {
      const agenda = await call('agenda.read', { params: { tenantId, scanId } });
      setLoad({ status: 'ready', agenda });
      setRevision(agenda.revision);
      setUpdatedAt(agenda.updatedAt);
      setDirty(false);
      setConflict(false);
      setErrors({});
      setActions(
        agenda.revision === 0 && agenda.actions.length === 0
          ? draftFromMeasures(
              {
                measures: agenda.measures.map((m) => ({ ...m, answers: [], from: 'aandachtspunt' as const })),
              },
              agenda.measures.map((m) => m.id),
              language,
              newId,
            )
          : agenda.actions,
      );
    } catch (caught) {
      setLoad({ status: 'error', message: problemMessage(caught, t) });
    }
  }, [tenantId, scanId, t, language]);

  useEffect(() => {
    void fetchAgenda();
  }, [fetchAgenda]);

  if (load.status === 'loading') return <Loading />;
  if (load.status === 'error')
    return <ErrorBlock message={load.message} onRetry={() => void fetchAgenda()} />;
  const { agenda } = load;

  const change = (id: string, patch: Partial<AgendaAction>) => {
    setActions((list) => list.map((a) => (a.id === id ? { ...a, ...patch } : a)));
    setDirty(true);
    setStatus(null);
  };
  const remove = (id: string, index: number) => {
    setActions((list) => list.filter((a) => a.id !== id));
    setDirty(true);
    // Focus stays in the list: on the next action's first field, or on the add button.
    window.setTimeout(() => {
      const next = document.querySelectorAll<HTMLInputElement>('input.weerbaar-agenda-edit__what')[index];
      (next ?? document.getElementById('agenda-add'))?.focus();
    }, 0);
  };
  const add = () => {
    const action: AgendaAction = {
      id: newId(),
      measureId: null,
      what: '',
      due: null,
      withWhom: '',
      status: 'te-doen',
      note: '',
    };
    setActions((list) => [...list, action]);
    setDirty(true);
    window.setTimeout(() => document.getElementById(`agenda-what-${action.id}`)?.focus(), 0);
  };

  const validate = (): FieldErrors => {
    const found: FieldErrors = {};
    for (const a of actions) {
      if (!a.what.trim()) found[`agenda-what-${a.id}`] = t('agenda.whatRequired');
      if (a.due !== null && !isCalendarDay(a.due)) found[`agenda-due-${a.id}`] = t('agenda.dueInvalid');
    }
    return found;
  };
  const order = actions.flatMap((a) => [`agenda-what-${a.id}`, `agenda-due-${a.id}`]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setMessage(null);
    setStatus(null);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) {
      const first = order.find((id) => found[id]);
      if (first) window.setTimeout(() => document.getElementById(first)?.focus(), 0);
      return;
    }
    setBusy(true);
    try {
      const saved = await call('agenda.save', {
        params: { tenantId, scanId },
        body: {
          baseRevision: revision,
          actions: actions.map((a) => ({
            ...a,
            what: a.what.trim(),
            withWhom: a.withWhom.trim(),
            note: a.note.trim(),
          })),
        },
      });
      setRevision(saved.revision);
      setUpdatedAt(saved.updatedAt);
      setDirty(false);
      setStatus(t('agenda.saved'));
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'agenda-conflict') {
        setConflict(true);
        setMessage(problemMessage(caught, t));
      } else {
        // ['actions', 2, 'what'] → the "what" field of the third action on the page.
        const fieldErrors: FieldErrors = problemFieldErrors(caught, ([list, index, field]) => {
          const action = list === 'actions' && typeof index === 'number' ? actions[index] : undefined;
          return action && (field === 'what' || field === 'due') ? `agenda-${field}-${action.id}` : undefined;
        });
        setErrors(fieldErrors);
        setMessage(problemMessage(caught, t));
      }
    } finally {
      setBusy(false);
    }
  };

  const summary = order.filter((id) => errors[id]).map((id) => ({ field: id, message: errors[id] ?? '' }));
  const progress = agendaProgress({ actions });
  const draft = agenda.revision === 0 && revision === 0;

  return (
    <section aria-labelledby="agenda-title" className="weerbaar-section weerbaar-agenda">
      <Heading2 id="agenda-title">{t('agenda.title')}</Heading2>
      <Paragraph>{t('agenda.intro')}</Paragraph>
      <Paragraph>{t('agenda.onlyYou')}</Paragraph>
      {draft && actions.length > 0 ? <Paragraph>{t('agenda.draft')}</Paragraph> : null}
      {agenda.measures.length === 0 && actions.length === 0 ? (
        <Paragraph>{t('agenda.noMeasures')}</Paragraph>
      ) : null}
      {actions.length > 0 ? (
        <Paragraph>{t('agenda.progress', { done: progress.done, total: progress.total })}</Paragraph>
      ) : null}
      <StatusMessage>{status}</StatusMessage>

      <form noValidate onSubmit={(event) => void save(event)} className="weerbaar-form">
        <ErrorSummary errors={summary} message={message} />
        {conflict ? (
          <ButtonGroup>
            <Button appearance="secondary-action-button" type="button" onClick={() => void fetchAgenda()}>
              {t('agenda.reload')}
            </Button>
          </ButtonGroup>
        ) : null}
        {actions.length === 0 && agenda.measures.length > 0 ? (
          <Paragraph>{t('agenda.empty')}</Paragraph>
        ) : null}
        <ol className="weerbaar-agenda-edit">
          {actions.map((action, index) => {
            const measure = agenda.measures.find((m) => m.id === action.measureId);
            const number = index + 1;
            return (
              <li key={action.id} className="weerbaar-agenda-edit__item weerbaar-panel">
                <Heading3 id={`agenda-action-${action.id}`} className="weerbaar-agenda-edit__title">
                  {t('agenda.action', { number })}
                </Heading3>
                <Paragraph small className="weerbaar-muted">
                  {measure ? t('agenda.fromMeasure', { title: say(measure.title) }) : t('agenda.own')}
                </Paragraph>
                <TextField
                  id={`agenda-what-${action.id}`}
                  className="weerbaar-agenda-edit__what"
                  label={t('agenda.what')}
                  error={errors[`agenda-what-${action.id}`]}
                  value={action.what}
                  onValueChange={(what) => change(action.id, { what })}
                  maxLength={agendaLimits.what}
                  autoComplete="off"
                />
                <TextField
                  id={`agenda-due-${action.id}`}
                  type="date"
                  label={t('agenda.due')}
                  description={t('agenda.dueDescription')}
                  error={errors[`agenda-due-${action.id}`]}
                  value={action.due ?? ''}
                  onValueChange={(due) => change(action.id, { due: due === '' ? null : due })}
                  className="weerbaar-input-date"
                />
                <TextField
                  id={`agenda-with-${action.id}`}
                  label={t('agenda.withWhom')}
                  description={t('agenda.withWhomDescription')}
                  value={action.withWhom}
                  onValueChange={(withWhom) => change(action.id, { withWhom })}
                  maxLength={agendaLimits.withWhom}
                  autoComplete="off"
                />
                <RadioGroup
                  id={`agenda-status-${action.id}`}
                  legend={t('agenda.status')}
                  value={action.status}
                  onValueChange={(value) =>
                    change(action.id, { status: value === 'gedaan' ? 'gedaan' : 'te-doen' })
                  }
                  choices={[
                    { value: 'te-doen', label: t('agenda.statusTodo') },
                    { value: 'gedaan', label: t('agenda.statusDone') },
                  ]}
                />
                <TextField
                  id={`agenda-note-${action.id}`}
                  label={t('agenda.note')}
                  value={action.note}
                  onValueChange={(note) => change(action.id, { note })}
                  maxLength={agendaLimits.note}
                  autoComplete="off"
                />
                <ButtonGroup>
                  <Button
                    appearance="subtle-button"
                    type="button"
                    hint="danger"
                    onClick={() => remove(action.id, index)}
                  >
                    {t('agenda.remove', { number })}
                  </Button>
                </ButtonGroup>
              </li>
            );
          })}
        </ol>
        {actions.length >= agendaLimits.actions ? (
          <Paragraph>{t('agenda.tooMany', { count: agendaLimits.actions })}</Paragraph>
        ) : null}
        {dirty ? <Paragraph className="weerbaar-agenda__unsaved">{t('agenda.unsaved')}</Paragraph> : null}
        {updatedAt && !dirty ? (
          <Paragraph small className="weerbaar-muted">
            {t('agenda.savedOn', { date: formatDateTime(updatedAt, language) })}
          </Paragraph>
        ) : null}
        <ButtonGroup>
          <Button
            id="agenda-add"
            appearance="secondary-action-button"
            type="button"
            onClick={add}
            disabled={actions.length >= agendaLimits.actions}
          >
            {t('agenda.add')}
          </Button>
          <Button appearance="primary-action-button" type="submit" busy={busy}>
            {t('agenda.save')}
          </Button>
        </ButtonGroup>
      </form>
      {revision > 0 ? (
        <Paragraph>
          <AppButtonLink
            to={`/o/${tenantId}/mijn-scans/${scanId}/agenda`}
            appearance="secondary-action-button"
          >
            {t('agenda.print')}
          </AppButtonLink>
        </Paragraph>
      ) : null}
    </section>
  );
}
