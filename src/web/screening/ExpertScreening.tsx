// The expert's antecedentenonderzoek of one submitted scan: the candidate's consent, who is
// checked and against which sources, the run, every hit with its score and the features that made
// it in words, the decision per hit (confirm or dismiss, always with a reason, and the theme a
// confirmed finding concerns), and sources without a connection recorded by hand.
import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { explainFeature, type MatchFeature } from '../../core/screening/index.ts';
import { call } from '../client.ts';
import type { Reply } from '../contract.ts';
import { useSay } from '../instrument/text.ts';
import { problemMessage } from '../problem.ts';
import { ForAbility } from '../scan/access.tsx';
import { formatDate, formatDateTime } from '../scan/format.ts';
import { RadioGroup, TextArea } from '../ui/choices.tsx';
import { CheckboxField, ErrorSummary, type FieldErrors, SelectField, TextField } from '../ui/forms.tsx';
import { AppLink } from '../ui/links.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { StatusMessage } from '../ui/Status.tsx';
import { useResource } from '../ui/use-resource.ts';

type View = Reply<'screening.expert'>;
type Hit = NonNullable<View['check']>['hits'][number];

export function ExpertScreening() {
  const { procedureId, scanId } = useParams();
  return (
    <ForAbility action="scans.review">
      {(organisation) => (
        <ExpertPage
          key={scanId}
          tenantId={organisation.tenantId}
          procedureId={procedureId ?? ''}
          scanId={scanId ?? ''}
        />
      )}
    </ForAbility>
  );
}

function ExpertPage({
  tenantId,
  procedureId,
  scanId,
}: {
  tenantId: string;
  procedureId: string;
  scanId: string;
}) {
  const { t } = useTranslation();
  const { language, say } = useSay();
  const params = { tenantId, procedureId, scanId };
  const load = useResource(() => call('screening.expert', { params }), [tenantId, procedureId, scanId]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const back = (
    <Paragraph>
      <AppLink to={`/o/${tenantId}/procedures/${procedureId}/scans/${scanId}/beoordeling`}>
        {t('antecedents.expert.back')}
      </AppLink>
    </Paragraph>
  );
  if (load.status !== 'ready') {
    return (
      <>
        <PageTitle>{t('antecedents.expert.title')}</PageTitle>
        {back}
        <ResourceView resource={load} />
      </>
    );
  }
  const view = load.data;
  const reload = () => load.reload({ quiet: true });
  const subjectName = (id: string) => view.subjects.find((s) => s.id === id)?.name ?? '';
  const runCheck = async () => {
    setBusy(true);
    setError(null);
    try {
      const ran = await call('screening.run', { params });
      await reload();
      setStatus(t('antecedents.expert.ran', { date: formatDateTime(ran.ranAt, language), count: ran.hits }));
    } catch (caught) {
      setError(problemMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };
  const d = view.declaration;

  return (
    <>
      <PageTitle>{t('antecedents.expert.title')}</PageTitle>
      {back}
      <StatusMessage>{status}</StatusMessage>
      {error ? <ErrorSummary errors={[]} message={error} /> : null}
      <Paragraph lead>
        {d.state === 'signed' && d.signedAt
          ? t('antecedents.expert.declarationSigned', {
              date: formatDateTime(d.signedAt, language),
              version: d.version ?? '',
            })
          : d.state === 'revoked'
            ? t('antecedents.expert.declarationRevoked')
            : t('antecedents.expert.declarationUnsigned')}
      </Paragraph>

      <section aria-labelledby="subjects-title" className="weerbaar-section">
        <Heading2 id="subjects-title">{t('antecedents.expert.subjectsTitle')}</Heading2>
        <Paragraph>{t('antecedents.expert.subjectsIntro')}</Paragraph>
        <ul>
          {view.subjects.map((s) => (
            <li key={s.id}>
              {s.origin === 'candidate'
                ? t('antecedents.expert.subjectCandidate', { name: s.name })
                : t('antecedents.expert.subjectOrganisation', { name: s.name })}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="sources-title" className="weerbaar-section">
        <Heading2 id="sources-title">{t('antecedents.expert.sourcesTitle')}</Heading2>
        {view.available.lists.length === 0 && view.available.registers.length === 0 ? (
          <Paragraph>{t('antecedents.expert.noSources')}</Paragraph>
        ) : (
          <ul>
            {view.available.lists.map((l) => (
              <li key={`${l.name}-${l.version}`}>
                {t('antecedents.expert.sourceList', {
                  name: l.name,
                  version: l.version,
                  count: l.entityCount,
                })}
              </li>
            ))}
            {view.available.registers.map((r) => (
              <li key={r}>{t(`antecedents.register.${r}`)}</li>
            ))}
          </ul>
        )}
        {view.may.includes('run') ? (
          <ButtonGroup>
            <Button
              appearance="primary-action-button"
              type="button"
              busy={busy}
              onClick={() => void runCheck()}
            >
              {t('antecedents.expert.run')}
            </Button>
          </ButtonGroup>
        ) : null}
      </section>

      {view.check ? (
        <section aria-labelledby="hits-title" className="weerbaar-section">
          <Heading2 id="hits-title">{t('antecedents.expert.hitsTitle')}</Heading2>
          <Paragraph>
            {t('antecedents.expert.ran', {
              date: formatDateTime(view.check.ranAt, language),
              count: view.check.hits.length,
            })}
          </Paragraph>
          {view.check.hits.length === 0 ? <Paragraph>{t('antecedents.expert.noHits')}</Paragraph> : null}
          {view.check.hits.map((hit, index) => (
            <HitCard
              key={hit.id}
              number={index + 1}
              hit={hit}
              subject={subjectName(hit.subjectId)}
              themes={view.themes.map((th) => ({ id: th.id, title: say(th.title) }))}
              editable={view.may.includes('decide')}
              params={params}
              onSaved={reload}
            />
          ))}
        </section>
      ) : null}

      {view.check ? (
        <ManualSources
          manual={view.check.manual}
          themes={view.themes.map((th) => ({ id: th.id, title: say(th.title) }))}
          editable={view.may.includes('recordSource')}
          params={params}
          onSaved={reload}
        />
      ) : null}
    </>
  );
}

/** The theme a confirmed finding concerns (a hit's decision and a manual source ask the same). */
function ThemeChoice({
  id,
  themes,
  value,
  onChange,
}: {
  id: string;
  themes: Array<{ id: string; title: string }>;
  value: string;
  onChange: (theme: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <SelectField id={id} label={t('antecedents.expert.theme')} value={value} onValueChange={onChange}>
      <option value="">{t('antecedents.expert.noTheme')}</option>
      {themes.map((th) => (
        <option key={th.id} value={th.id}>
          {th.title}
        </option>
      ))}
    </SelectField>
  );
}

function HitCard({
  number,
  hit,
  subject,
  themes,
  editable,
  params,
  onSaved,
}: {
  number: number;
  hit: Hit;
  subject: string;
  themes: Array<{ id: string; title: string }>;
  editable: boolean;
  params: { tenantId: string; procedureId: string; scanId: string };
  onSaved: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { say } = useSay();
  const [outcome, setOutcome] = useState<string>(hit.decision?.outcome ?? '');
  const [reason, setReason] = useState(hit.decision?.reason ?? '');
  const [theme, setTheme] = useState(hit.decision?.theme ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const id = `hit-${number}`;
  const sourceName =
    hit.source.kind === 'list'
      ? t('antecedents.findings.sourceList', { name: hit.source.name, version: hit.source.version })
      : t(`antecedents.register.${hit.source.register}`);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setStatus(null);
    setMessage(null);
    const next: FieldErrors = {};
    if (outcome !== 'confirmed' && outcome !== 'dismissed')
      next[`${id}-outcome`] = t('antecedents.expert.decisionMissing');
    if (reason.trim() === '') next[`${id}-reason`] = t('antecedents.expert.reasonMissing');
    setErrors(next);
    if (Object.keys(next).length > 0) {
      document.getElementById(next[`${id}-outcome`] ? `${id}-outcome-confirmed` : `${id}-reason`)?.focus();
      return;
    }
    try {
      await call('screening.decide', {
        params: { ...params, hitId: hit.id },
        body: {
          outcome: outcome as 'confirmed' | 'dismissed',
          reason: reason.trim(),
          theme: outcome === 'confirmed' && theme ? theme : null,
        },
      });
      setStatus(t('antecedents.expert.saved'));
      await onSaved();
    } catch (caught) {
      setMessage(problemMessage(caught, t));
    }
  };

  return (
    <article aria-labelledby={`${id}-title`} className="weerbaar-panel weerbaar-screening-hit">
      <Heading3 id={`${id}-title`}>
        {t('antecedents.expert.hitTitle', { name: hit.entity.name, subject })}
      </Heading3>
      <Paragraph small>{hit.entity.detail}</Paragraph>
      <Paragraph small>{t('antecedents.expert.source', { source: sourceName })}</Paragraph>
      <Paragraph>
        <strong>{t('antecedents.expert.score', { score: Math.round(hit.score * 100) })}</strong>
      </Paragraph>
      <Paragraph small>{t('antecedents.expert.why')}</Paragraph>
      <ul>
        {hit.features.map((feature, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the features of one hit, fixed
          <li key={index}>{say(explainFeature(feature as MatchFeature))}</li>
        ))}
      </ul>
      <Paragraph small>
        {hit.decision
          ? hit.decision.outcome === 'confirmed'
            ? t('antecedents.expert.confirmed', { reason: hit.decision.reason })
            : t('antecedents.expert.dismissed', { reason: hit.decision.reason })
          : t('antecedents.expert.undecided')}
      </Paragraph>
      {editable ? (
        <form noValidate onSubmit={(event) => void save(event)}>
          <RadioGroup
            id={`${id}-outcome`}
            legend={t('antecedents.expert.decision')}
            value={outcome}
            onValueChange={setOutcome}
            error={errors[`${id}-outcome`]}
            choices={[
              { value: 'confirmed', label: t('antecedents.expert.confirm') },
              { value: 'dismissed', label: t('antecedents.expert.dismiss') },
            ]}
          />
          <TextArea
            id={`${id}-reason`}
            label={t('antecedents.expert.reason')}
            description={t('antecedents.expert.reasonHelp')}
            value={reason}
            onValueChange={setReason}
            error={errors[`${id}-reason`]}
            rows={3}
            maxLength={2000}
          />
          {outcome === 'confirmed' ? (
            <ThemeChoice id={`${id}-theme`} themes={themes} value={theme} onChange={setTheme} />
          ) : null}
          {message ? <ErrorSummary errors={[]} message={message} /> : null}
          <StatusMessage>{status}</StatusMessage>
          <ButtonGroup>
            <Button appearance="secondary-action-button" type="submit">
              {t('antecedents.expert.save')}
            </Button>
          </ButtonGroup>
        </form>
      ) : null}
    </article>
  );
}

function ManualSources({
  manual,
  themes,
  editable,
  params,
  onSaved,
}: {
  manual: NonNullable<View['check']>['manual'];
  themes: Array<{ id: string; title: string }>;
  editable: boolean;
  params: { tenantId: string; procedureId: string; scanId: string };
  onSaved: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { language } = useSay();
  const today = new Date().toISOString().slice(0, 10);
  const [where, setWhere] = useState('');
  const [searched, setSearched] = useState('');
  const [searchedOn, setSearchedOn] = useState(today);
  const [found, setFound] = useState('');
  const [finding, setFinding] = useState(false);
  const [theme, setTheme] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus(null);
    setMessage(null);
    const next: FieldErrors = {};
    const missing = t('antecedents.expert.fieldMissing');
    if (!where.trim()) next['manual-where'] = missing;
    if (!searched.trim()) next['manual-searched'] = missing;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(searchedOn)) next['manual-on'] = missing;
    if (!found.trim()) next['manual-found'] = missing;
    setErrors(next);
    const first = Object.keys(next)[0];
    if (first) {
      document.getElementById(first)?.focus();
      return;
    }
    try {
      await call('screening.recordSource', {
        params,
        body: {
          where: where.trim(),
          searched: searched.trim(),
          searchedOn,
          found: found.trim(),
          finding,
          theme: finding && theme ? theme : null,
        },
      });
      setWhere('');
      setSearched('');
      setFound('');
      setFinding(false);
      setTheme('');
      setStatus(t('antecedents.expert.recorded'));
      await onSaved();
    } catch (caught) {
      setMessage(problemMessage(caught, t));
    }
  };

  return (
    <section aria-labelledby="manual-title" className="weerbaar-section">
      <Heading2 id="manual-title">{t('antecedents.expert.manualTitle')}</Heading2>
      <Paragraph>{t('antecedents.expert.manualIntro')}</Paragraph>
      {manual.length > 0 ? (
        <ul>
          {manual.map((m) => (
            <li key={m.id}>
              {t('antecedents.expert.manualList', {
                where: m.where,
                date: formatDate(m.searchedOn, language),
                searched: m.searched,
                found: m.found,
              })}
            </li>
          ))}
        </ul>
      ) : null}
      {editable ? (
        <form noValidate onSubmit={(event) => void submit(event)}>
          <TextField
            id="manual-where"
            label={t('antecedents.expert.where')}
            value={where}
            onValueChange={setWhere}
            error={errors['manual-where']}
            maxLength={300}
          />
          <TextField
            id="manual-searched"
            label={t('antecedents.expert.searched')}
            value={searched}
            onValueChange={setSearched}
            error={errors['manual-searched']}
            maxLength={300}
          />
          <TextField
            id="manual-on"
            type="date"
            label={t('antecedents.expert.searchedOn')}
            value={searchedOn}
            onValueChange={setSearchedOn}
            error={errors['manual-on']}
          />
          <TextArea
            id="manual-found"
            label={t('antecedents.expert.found')}
            value={found}
            onValueChange={setFound}
            error={errors['manual-found']}
            rows={3}
            maxLength={5000}
          />
          <CheckboxField
            id="manual-finding"
            label={t('antecedents.expert.isFinding')}
            checked={finding}
            onCheckedChange={setFinding}
          />
          {finding ? (
            <ThemeChoice id="manual-theme" themes={themes} value={theme} onChange={setTheme} />
          ) : null}
          {message ? <ErrorSummary errors={[]} message={message} /> : null}
          <StatusMessage>{status}</StatusMessage>
          <ButtonGroup>
            <Button appearance="secondary-action-button" type="submit">
              {t('antecedents.expert.record')}
            </Button>
          </ButtonGroup>
        </form>
      ) : null}
    </section>
  );
}
