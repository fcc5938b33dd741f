// /o/:tenantId/afwegingskader/:caseId — one case file, for its case team: the steps of the
// afwegingskader one at a time (?stap=2 in the address, so back goes to the previous step), each
// saved on its own — answers, sources with their reliability, a conclusion with reasons, the
// strategy. Closing makes it read-only; removing destroys its key. A printable view beside it.
import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  Heading2,
  Heading3,
  OrderedList,
  OrderedListItem,
  Paragraph,
  SelectOption,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { type CaseSource, type CaseStepContent, stepDone } from '../../core/afwegingskader/case-step.ts';
import { call } from '../client.ts';
import type { Reply } from '../contract.ts';
import { useSay } from '../instrument/text.ts';
import { problemMessage } from '../problem.ts';
import { ForAbility } from '../scan/access.tsx';
import { formatDate } from '../scan/format.ts';
import { ConfirmPanel, ConfirmText } from '../ui/Confirm.tsx';
import { CheckboxGroup, RadioGroup, TextArea } from '../ui/choices.tsx';
import { ErrorSummary, SelectField, TextField } from '../ui/forms.tsx';
import { AppButtonLink, AppLink } from '../ui/links.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { StatusMessage } from '../ui/Status.tsx';
import { useResource } from '../ui/use-resource.ts';
import { caseAddress } from './CaseFiles.tsx';
import './afwegingskader.css';

export type Framework = Reply<'afwegingskader.read'>;
export type CaseFileView = Reply<'caseFiles.read'>;
type Step = Framework['steps'][number];

export function CaseFile() {
  const { caseId = '' } = useParams();
  return (
    <ForAbility action="cases.work">
      {(o) => <CaseFileLoader tenantId={o.tenantId} caseId={caseId} />}
    </ForAbility>
  );
}

/** The framework and the case file together (both pages need both). */
export function useCaseFile(tenantId: string, caseId: string) {
  return useResource(async () => {
    const [framework, caseFile] = await Promise.all([
      call('afwegingskader.read', { params: { tenantId } }),
      call('caseFiles.read', { params: { tenantId, caseId } }),
    ]);
    return { framework, caseFile };
  }, [tenantId, caseId]);
}

function CaseFileLoader({ tenantId, caseId }: { tenantId: string; caseId: string }) {
  const resource = useCaseFile(tenantId, caseId);
  return (
    <ResourceView resource={resource}>
      {(data) => <CaseFilePage tenantId={tenantId} framework={data.framework} initial={data.caseFile} />}
    </ResourceView>
  );
}

const emptyContent: CaseStepContent = { answers: {} };

function CaseFilePage({
  tenantId,
  framework,
  initial,
}: {
  tenantId: string;
  framework: Framework;
  initial: CaseFileView;
}) {
  const { t } = useTranslation();
  const { say, language } = useSay();
  const navigate = useNavigate();
  const [caseFile, setCaseFile] = useState(initial);
  const [params, setParams] = useSearchParams();
  const number = Number(params.get('stap') ?? '1');
  const index = Number.isInteger(number) && number >= 1 && number <= framework.steps.length ? number - 1 : 0;
  const step = framework.steps[index]!;
  const [status, setStatus] = useState<string | null>(null);
  const [asking, setAsking] = useState<'close' | 'remove' | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const contentOf = (id: string) => caseFile.steps.find((s) => s.stepId === id)?.content;
  const editable = caseFile.may.includes('save');

  const go = (next: number) => setParams({ stap: String(next + 1) });
  // After the first render, a step that appears (a link in the list, "save and continue") takes
  // focus on its heading, so keyboard and screen reader users start at the new step.
  const loaded = useRef(false);
  useEffect(() => {
    loaded.current = true;
  }, []);

  const act = async (what: 'close' | 'remove') => {
    setBusy(true);
    setError(null);
    try {
      if (what === 'close') {
        setCaseFile(await call('caseFiles.close', { params: { tenantId, caseId: caseFile.id } }));
        setAsking(null);
        setStatus(
          t('afwegingskader.file.closedNote', { date: formatDate(new Date().toISOString(), language) }),
        );
      } else {
        await call('caseFiles.remove', { params: { tenantId, caseId: caseFile.id } });
        navigate(caseAddress(tenantId));
      }
    } catch (caught) {
      setError(problemMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle>{caseFile.title}</PageTitle>
      <Paragraph>
        <AppLink to={caseAddress(tenantId)}>{t('afwegingskader.file.back')}</AppLink>
      </Paragraph>
      <StatusMessage>{status}</StatusMessage>
      {caseFile.status === 'closed' && caseFile.closedAt ? (
        <Paragraph className="weerbaar-case__closed">
          {t('afwegingskader.file.closedNote', { date: formatDate(caseFile.closedAt, language) })}
        </Paragraph>
      ) : null}
      <Paragraph small className="weerbaar-muted">
        {t('afwegingskader.file.team')}: {caseFile.team.map((m) => m.displayName).join(', ')}
      </Paragraph>
      <div className="weerbaar-case">
        <nav aria-labelledby="case-steps-title" className="weerbaar-case__steps">
          <Heading2 id="case-steps-title">{t('afwegingskader.file.steps')}</Heading2>
          <OrderedList>
            {framework.steps.map((s, i) => {
              const done = stepDone(s, contentOf(s.id));
              return (
                <OrderedListItem key={s.id}>
                  <AppLink
                    to={`?stap=${i + 1}`}
                    aria-current={i === index ? 'step' : undefined}
                    className={i === index ? 'weerbaar-case__current' : undefined}
                  >
                    {say(s.title)}
                  </AppLink>{' '}
                  <span className="weerbaar-muted">
                    ({done ? t('afwegingskader.file.done') : t('afwegingskader.file.notDone')})
                  </span>
                </OrderedListItem>
              );
            })}
          </OrderedList>
        </nav>
        <StepForm
          key={`${step.id}-${caseFile.status}`}
          tenantId={tenantId}
          caseId={caseFile.id}
          framework={framework}
          step={step}
          index={index}
          focusOnMount={loaded.current}
          saved={caseFile.steps.find((s) => s.stepId === step.id)}
          editable={editable}
          onSaved={(next, andContinue) => {
            setCaseFile(next);
            setStatus(t('afwegingskader.file.saved', { step: say(step.title) }));
            if (andContinue && index + 1 < framework.steps.length) go(index + 1);
          }}
        />
      </div>
      <section aria-labelledby="case-actions" className="weerbaar-section">
        <Heading2 id="case-actions" className="weerbaar-visually-hidden">
          {t('afwegingskader.file.close')}
        </Heading2>
        {asking === 'close' ? (
          <ConfirmPanel
            id="case-close"
            title={t('afwegingskader.file.closeTitle')}
            confirmLabel={t('afwegingskader.file.close')}
            onConfirm={() => void act('close')}
            onCancel={() => setAsking(null)}
            busy={busy}
            error={error}
          >
            <ConfirmText>{t('afwegingskader.file.closeText')}</ConfirmText>
          </ConfirmPanel>
        ) : asking === 'remove' ? (
          <ConfirmPanel
            id="case-remove"
            title={t('afwegingskader.file.removeTitle')}
            confirmLabel={t('afwegingskader.file.remove')}
            onConfirm={() => void act('remove')}
            onCancel={() => setAsking(null)}
            busy={busy}
            error={error}
            danger
          >
            <ConfirmText>{t('afwegingskader.file.removeText')}</ConfirmText>
          </ConfirmPanel>
        ) : (
          <ButtonGroup>
            <AppButtonLink to={caseAddress(tenantId, caseFile.id, true)} appearance="secondary-action-button">
              {t('afwegingskader.file.print')}
            </AppButtonLink>
            {caseFile.may.includes('close') ? (
              <Button appearance="secondary-action-button" type="button" onClick={() => setAsking('close')}>
                {t('afwegingskader.file.close')}
              </Button>
            ) : null}
            {caseFile.may.includes('remove') ? (
              <Button
                appearance="subtle-button"
                hint="danger"
                type="button"
                onClick={() => setAsking('remove')}
              >
                {t('afwegingskader.file.remove')}
              </Button>
            ) : null}
          </ButtonGroup>
        )}
      </section>
    </>
  );
}

function StepForm({
  tenantId,
  caseId,
  framework,
  step,
  index,
  focusOnMount,
  saved,
  editable,
  onSaved,
}: {
  tenantId: string;
  caseId: string;
  framework: Framework;
  step: Step;
  index: number;
  focusOnMount: boolean;
  saved: CaseFileView['steps'][number] | undefined;
  editable: boolean;
  onSaved: (next: CaseFileView, andContinue: boolean) => void;
}) {
  const { t } = useTranslation();
  const { say } = useSay();
  const initial = saved?.content ?? emptyContent;
  const [answers, setAnswers] = useState<Record<string, string>>(initial.answers);
  const [sources, setSources] = useState<CaseSource[]>(initial.sources ?? []);
  const [conclusion, setConclusion] = useState<string>(initial.conclusion ?? '');
  const [strategies, setStrategies] = useState<string[]>(initial.strategies ?? []);
  const [message, setMessage] = useState<string | null>(null);
  const [sourceErrors, setSourceErrors] = useState<Record<number, string>>({});
  const [busy, setBusy] = useState(false);
  const last = index + 1 === framework.steps.length;
  const heading = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the step first appears
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, []);

  const submit = async (event: FormEvent, andContinue: boolean) => {
    event.preventDefault();
    const incomplete: Record<number, string> = {};
    sources.forEach((s, i) => {
      if (!s.description.trim() || !s.kind || !s.reliability)
        incomplete[i] = t('afwegingskader.file.sourceIncomplete');
    });
    setSourceErrors(incomplete);
    if (Object.keys(incomplete).length > 0) {
      setMessage(t('afwegingskader.file.sourceIncomplete'));
      window.setTimeout(() => document.getElementById('case-step-errors')?.focus(), 0);
      return;
    }
    setBusy(true);
    setMessage(null);
    const body: CaseStepContent = { answers };
    if (step.kind === 'sources')
      body.sources = sources.map((s) => ({ ...s, description: s.description.trim() }));
    if (step.kind === 'conclusion') body.conclusion = conclusion || null;
    if (step.kind === 'strategy') body.strategies = strategies;
    try {
      onSaved(
        await call('caseFiles.saveStep', { params: { tenantId, caseId, stepId: step.id }, body }),
        andContinue,
      );
    } catch (caught) {
      setMessage(problemMessage(caught, t));
      window.setTimeout(() => document.getElementById('case-step-errors')?.focus(), 0);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="case-step-title" className="weerbaar-case__step">
      <Paragraph small className="weerbaar-muted">
        {t('afwegingskader.file.stepOf', { n: index + 1, total: framework.steps.length })}
      </Paragraph>
      <Heading2 id="case-step-title" tabIndex={-1} ref={heading}>
        {say(step.title)}
      </Heading2>
      <Paragraph>{say(step.intro)}</Paragraph>
      {saved ? (
        <Paragraph small className="weerbaar-muted">
          {t('afwegingskader.file.lastSaved', { name: saved.savedBy })}
        </Paragraph>
      ) : null}
      <form onSubmit={(e) => void submit(e, !last)} noValidate>
        <div id="case-step-errors" tabIndex={-1}>
          {message ? <ErrorSummary errors={[]} message={message} /> : null}
        </div>
        {step.kind === 'conclusion' ? (
          <RadioGroup
            id="case-conclusion"
            legend={t('afwegingskader.file.conclusion')}
            value={conclusion}
            onValueChange={setConclusion}
            choices={framework.conclusions.map((c) => ({
              value: c.id,
              label: say(c.label),
              description: c.description ? say(c.description) : undefined,
              disabled: !editable,
            }))}
          />
        ) : null}
        {step.kind === 'strategy' ? (
          <CheckboxGroup
            id="case-strategies"
            legend={t('afwegingskader.file.strategies')}
            values={strategies}
            onValuesChange={setStrategies}
            choices={framework.strategies.map((c) => ({
              value: c.id,
              label: say(c.label),
              description: c.description ? say(c.description) : undefined,
              disabled: !editable,
            }))}
          />
        ) : null}
        {step.kind === 'sources' ? (
          <Sources
            framework={framework}
            sources={sources}
            errors={sourceErrors}
            editable={editable}
            onChange={setSources}
          />
        ) : null}
        {step.questions.map((q) => (
          <TextArea
            key={q.id}
            id={`case-q-${q.id}`}
            label={say(q.text)}
            value={answers[q.id] ?? ''}
            onValueChange={(value) => setAnswers((now) => ({ ...now, [q.id]: value }))}
            rows={4}
            maxLength={4000}
            disabled={!editable}
          />
        ))}
        {editable ? (
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={busy}>
              {last ? t('afwegingskader.file.save') : t('afwegingskader.file.saveNext')}
            </Button>
            {!last ? (
              <Button
                type="button"
                appearance="secondary-action-button"
                onClick={(e) => void submit(e, false)}
              >
                {t('afwegingskader.file.save')}
              </Button>
            ) : null}
          </ButtonGroup>
        ) : null}
      </form>
    </section>
  );
}

function Sources({
  framework,
  sources,
  errors,
  editable,
  onChange,
}: {
  framework: Framework;
  sources: CaseSource[];
  errors: Record<number, string>;
  editable: boolean;
  onChange: (next: CaseSource[]) => void;
}) {
  const { t } = useTranslation();
  const { say } = useSay();
  const update = (i: number, patch: Partial<CaseSource>) =>
    onChange(sources.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <section aria-labelledby="case-sources" className="weerbaar-case__sources">
      <Heading3 id="case-sources">{t('afwegingskader.file.sourcesTitle')}</Heading3>
      {sources.length === 0 ? <Paragraph>{t('afwegingskader.file.noSources')}</Paragraph> : null}
      {sources.map((source, i) => (
        <Fieldset
          // biome-ignore lint/suspicious/noArrayIndexKey: sources have no id; the list only grows or loses its last edits
          key={i}
          className="weerbaar-case__source"
          invalid={Boolean(errors[i])}
        >
          <FieldsetLegend>{t('afwegingskader.file.sourceN', { n: i + 1 })}</FieldsetLegend>
          <TextField
            id={`case-source-${i}-description`}
            label={t('afwegingskader.file.sourceDescription')}
            value={source.description}
            onValueChange={(description) => update(i, { description })}
            error={errors[i] && !source.description.trim() ? errors[i] : undefined}
            maxLength={500}
            disabled={!editable}
          />
          <SelectField
            id={`case-source-${i}-kind`}
            label={t('afwegingskader.file.sourceKind')}
            value={source.kind}
            onValueChange={(kind) => update(i, { kind })}
            error={errors[i] && !source.kind ? errors[i] : undefined}
            disabled={!editable}
          >
            <SelectOption value="">{t('afwegingskader.file.chooseKind')}</SelectOption>
            {framework.sourceKinds.map((k) => (
              <SelectOption key={k.id} value={k.id}>
                {say(k.label)}
              </SelectOption>
            ))}
          </SelectField>
          <RadioGroup
            id={`case-source-${i}-reliability`}
            legend={t('afwegingskader.file.sourceReliability')}
            value={source.reliability}
            onValueChange={(reliability) => update(i, { reliability })}
            error={errors[i] && !source.reliability ? errors[i] : undefined}
            choices={framework.reliability.map((r) => ({
              value: r.id,
              label: say(r.label),
              description: r.description ? say(r.description) : undefined,
              disabled: !editable,
            }))}
          />
          {editable ? (
            <ButtonGroup>
              <Button
                type="button"
                appearance="subtle-button"
                onClick={() => onChange(sources.filter((_, j) => j !== i))}
              >
                {t('afwegingskader.file.removeSource', { n: i + 1 })}
              </Button>
            </ButtonGroup>
          ) : null}
        </Fieldset>
      ))}
      {editable ? (
        <ButtonGroup>
          <Button
            type="button"
            appearance="secondary-action-button"
            onClick={() => {
              onChange([...sources, { description: '', kind: '', reliability: '' }]);
              window.setTimeout(
                () => document.getElementById(`case-source-${sources.length}-description`)?.focus(),
                0,
              );
            }}
          >
            {t('afwegingskader.file.addSource')}
          </Button>
        </ButtonGroup>
      ) : null}
    </section>
  );
}
