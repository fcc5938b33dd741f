// The workshop of a datavolwassenheidsscan round (/o/:tenantId/enquetes/:roundId/workshop): per
// theme the spread of the answers as tables (how many people gave each answer, with a small bar
// beside each count as decoration — the number is in the cell), the statements in the order to
// discuss them (furthest apart first), the questions to open the conversation, and a form per theme
// for what the group records: what was discussed, the step it recognises together, the actions.
// Then the report as a PDF/A file. The server sends only counts over the whole group.
import {
  Button,
  ButtonGroup,
  Heading2,
  Heading3,
  OrderedList,
  OrderedListItem,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { FullText } from '../../core/conversation/schema.ts';
import { call, fileAddress } from '../client.ts';
import { Scroll } from '../college/CollegeView.tsx';
import type { Reply } from '../contract.ts';
import { useSay } from '../instrument/text.ts';
import { bodyField, problemFieldErrors, problemMessage } from '../problem.ts';
import { may, organisationFor, useSession } from '../session.tsx';
import { NoAccess } from '../shell/OrganisationHome.tsx';
import { RadioGroup, TextArea } from '../ui/choices.tsx';
import { ErrorSummary, type FieldErrors, summarise, TextField } from '../ui/forms.tsx';
import { AppLink } from '../ui/links.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { StatusMessage } from '../ui/Status.tsx';
import { useResource } from '../ui/use-resource.ts';
import './workshop.css';

type Page = Reply<'workshops.read'>;
type Spread = NonNullable<Page['spread']>;
type ThemeSpread = Spread['themes'][number];
type Statement = ThemeSpread['statements'][number];
type Conclusion = Page['conclusions'][number];
type QuestionnaireTheme = Page['questionnaire']['themes'][number];

export function WorkshopPage() {
  const { session } = useSession();
  const { tenantId, roundId } = useParams();
  const organisation = session ? organisationFor(session, tenantId) : undefined;
  if (!organisation || !roundId || !may(organisation, 'surveys.results')) return <NoAccess />;
  return <WorkshopLoaded tenantId={organisation.tenantId} roundId={roundId} />;
}

function WorkshopLoaded({ tenantId, roundId }: { tenantId: string; roundId: string }) {
  const { t } = useTranslation();
  const { say } = useSay();
  const load = useResource(
    () => call('workshops.read', { params: { tenantId, roundId } }),
    [tenantId, roundId],
  );
  return (
    <>
      <PageTitle>
        {load.status === 'ready'
          ? `${say(load.data.workshop.title)}: ${load.data.round.title}`
          : t('workshop.open')}
      </PageTitle>
      <ResourceView resource={load}>
        {(page) => <WorkshopBody page={page} tenantId={tenantId} roundId={roundId} />}
      </ResourceView>
    </>
  );
}

function WorkshopBody({ page, tenantId, roundId }: { page: Page; tenantId: string; roundId: string }) {
  const { t } = useTranslation();
  const { say } = useSay();
  const text = (x: FullText) => say(x);
  const spread = page.spread;
  const questionText = new Map(
    page.questionnaire.themes.flatMap((theme) => theme.questions.map((q) => [q.id, text(q.text)] as const)),
  );
  const themeTitle = new Map(page.questionnaire.themes.map((theme) => [theme.id, text(theme.title)]));
  return (
    <>
      <Paragraph lead>{text(page.workshop.intro)}</Paragraph>
      <Paragraph>
        {t('workshop.respondents', { count: page.round.respondents })} {t('workshop.onlyCounts')}
      </Paragraph>
      {page.round.status === 'open' ? (
        <Paragraph className="weerbaar-panel" role="status">
          {t('workshop.stillOpen')}
        </Paragraph>
      ) : null}
      {spread && !spread.shown ? (
        <Paragraph className="weerbaar-panel" role="status">
          {t('workshop.tooFew', { threshold: spread.threshold })}
        </Paragraph>
      ) : null}

      <section aria-labelledby="workshop-levels" className="weerbaar-section">
        <Heading2 id="workshop-levels">{t('workshop.levelsTitle')}</Heading2>
        <dl className="weerbaar-workshop-levels">
          {page.workshop.levels.map((level) => (
            <div key={level.value}>
              <dt>
                {level.value} — {text(level.label)}
              </dt>
              <dd>{text(level.description)}</dd>
            </div>
          ))}
        </dl>
      </section>

      {spread?.shown ? (
        <section aria-labelledby="workshop-start" className="weerbaar-section">
          <Heading2 id="workshop-start">{t('workshop.startTitle')}</Heading2>
          {spread.discussionPoints.length === 0 ? (
            <Paragraph>{t('workshop.noPoints')}</Paragraph>
          ) : (
            <>
              <Paragraph>{t('workshop.startIntro')}</Paragraph>
              <OrderedList>
                {spread.discussionPoints.map((point) => (
                  <OrderedListItem key={point.questionId}>
                    <strong>{themeTitle.get(point.themeId)}:</strong> {questionText.get(point.questionId)} (
                    {[
                      t(`workshop.agreement.${point.agreement}`),
                      point.manyUnsure ? t('workshop.manyUnsure') : '',
                    ]
                      .filter(Boolean)
                      .join('; ')}
                    )
                  </OrderedListItem>
                ))}
              </OrderedList>
            </>
          )}
        </section>
      ) : null}

      {page.questionnaire.themes.map((theme) => (
        <ThemeSection
          key={theme.id}
          theme={theme}
          spread={spread?.shown ? spread.themes.find((s) => s.themeId === theme.id) : undefined}
          prompts={page.workshop.themes.find((w) => w.id === theme.id)?.prompts ?? []}
          levels={page.workshop.levels}
          conclusion={page.conclusions.find((c) => c.themeId === theme.id)}
          mayRecord={page.mayRecord && page.round.status === 'closed'}
          tenantId={tenantId}
          roundId={roundId}
        />
      ))}

      {page.round.status === 'closed' ? <ReportDownload tenantId={tenantId} roundId={roundId} /> : null}
      <Paragraph>
        <AppLink to={`/o/${tenantId}/enquetes/${roundId}`}>{t('workshop.back')}</AppLink>
      </Paragraph>
    </>
  );
}

function ThemeSection({
  theme,
  spread,
  prompts,
  levels,
  conclusion,
  mayRecord,
  tenantId,
  roundId,
}: {
  theme: QuestionnaireTheme;
  spread: ThemeSpread | undefined;
  prompts: FullText[];
  levels: Page['workshop']['levels'];
  conclusion: Conclusion | undefined;
  mayRecord: boolean;
  tenantId: string;
  roundId: string;
}) {
  const { t } = useTranslation();
  const { say } = useSay();
  const title = say(theme.title);
  const headingId = `workshop-theme-${theme.id}`;
  const questionText = new Map(theme.questions.map((q) => [q.id, say(q.text)]));
  const scaled = spread?.statements.filter((s) => s.kind === 'scale') ?? [];
  const yesNo = spread?.statements.filter((s) => s.kind === 'yes-no') ?? [];
  const range = (lower: number | null, upper: number | null) =>
    lower === null || upper === null
      ? '—'
      : lower === upper
        ? String(lower)
        : t('workshop.middleRange', { lower, upper });
  return (
    <section aria-labelledby={headingId} className="weerbaar-section weerbaar-workshop-theme">
      <Heading2 id={headingId}>{title}</Heading2>
      {spread ? (
        <>
          <Heading3>{t('workshop.themeOrder')}</Heading3>
          <OrderedList>
            {spread.discussionOrder.map((id) => {
              const statement = spread.statements.find((s) => s.questionId === id)!;
              return (
                <OrderedListItem key={id}>
                  {questionText.get(id)} (<AgreementWords statement={statement} />)
                </OrderedListItem>
              );
            })}
          </OrderedList>
          {scaled.length > 0 ? (
            <Scroll label={t('workshop.tableRegion')}>
              <Table className="weerbaar-table weerbaar-workshop-table">
                <TableCaption>{t('workshop.spreadCaption', { theme: title })}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('workshop.statement')}</TableHeaderCell>
                    {[1, 2, 3, 4, 5].map((value) => (
                      <TableHeaderCell scope="col" key={value}>
                        {t('workshop.step', { value })}
                      </TableHeaderCell>
                    ))}
                    <TableHeaderCell scope="col">{t('workshop.howFar')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('workshop.middle')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {scaled.map((statement) => (
                    <TableRow key={statement.questionId}>
                      <StatementCells statement={statement} text={questionText.get(statement.questionId)} />
                      <TableCell>{range(statement.lower, statement.upper)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Scroll>
          ) : null}
          {spread.pooled && spread.pooled.lower !== null ? (
            <Paragraph>
              {t('workshop.themeAll', { range: range(spread.pooled.lower, spread.pooled.upper) })}
            </Paragraph>
          ) : null}
          {yesNo.length > 0 ? (
            <Scroll label={t('workshop.tableRegion')}>
              <Table className="weerbaar-table weerbaar-workshop-table">
                <TableCaption>{t('workshop.yesNoCaption', { theme: title })}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('workshop.question')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('workshop.yes')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('workshop.no')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('workshop.unsure')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('workshop.howFar')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {yesNo.map((statement) => (
                    <TableRow key={statement.questionId}>
                      <StatementCells statement={statement} text={questionText.get(statement.questionId)} />
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Scroll>
          ) : null}
        </>
      ) : null}
      {prompts.length > 0 ? (
        <>
          <Heading3>{t('workshop.prompts')}</Heading3>
          <UnorderedList>
            {prompts.map((prompt) => (
              <UnorderedListItem key={prompt.nl}>{say(prompt)}</UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}
      <ConclusionForm
        themeId={theme.id}
        title={title}
        levels={levels}
        conclusion={conclusion}
        mayRecord={mayRecord}
        tenantId={tenantId}
        roundId={roundId}
      />
    </section>
  );
}

/** A statement's cells in both tables: its text, the count per answer with a bar, how far apart. */
function StatementCells({ statement, text }: { statement: Statement; text: string | undefined }) {
  return (
    <>
      <TableHeaderCell scope="row">{text}</TableHeaderCell>
      {statement.options.map((option) => (
        <TableCell key={option.optionId} className="weerbaar-workshop-count">
          <Bar share={statement.answered === 0 ? 0 : option.count / statement.answered} />
          {option.count}
        </TableCell>
      ))}
      <TableCell>
        <AgreementWords statement={statement} />
      </TableCell>
    </>
  );
}

/** How far apart the answers are, in words (and that many did not know). */
function AgreementWords({ statement }: { statement: Statement }) {
  const { t } = useTranslation();
  const words = {
    close: t('workshop.agreement.close'),
    apart: t('workshop.agreement.apart'),
    'far-apart': t('workshop.agreement.far-apart'),
  };
  return (
    <>
      {[words[statement.agreement], statement.manyUnsure ? t('workshop.manyUnsure') : '']
        .filter(Boolean)
        .join('; ')}
    </>
  );
}

/** A small vertical bar: decoration, the count is written beside it. */
function Bar({ share }: { share: number }) {
  const height = Math.max(1, Math.round(share * 20));
  return (
    <svg aria-hidden="true" focusable="false" className="weerbaar-workshop-bar" viewBox="0 0 10 20">
      <rect width="10" height="20" className="weerbaar-workshop-bar__track" />
      <rect y={20 - height} width="10" height={height} className="weerbaar-workshop-bar__fill" />
    </svg>
  );
}

interface ActionDraft {
  key: number;
  text: string;
  owner: string;
  due: string;
}

function ConclusionForm({
  themeId,
  title,
  levels,
  conclusion,
  mayRecord,
  tenantId,
  roundId,
}: {
  themeId: string;
  title: string;
  levels: Page['workshop']['levels'];
  conclusion: Conclusion | undefined;
  mayRecord: boolean;
  tenantId: string;
  roundId: string;
}) {
  const { t } = useTranslation();
  const { say } = useSay();
  const prefix = `workshop-${themeId}`;
  const [discussed, setDiscussed] = useState(conclusion?.discussed ?? '');
  const [maturity, setMaturity] = useState(
    conclusion?.maturity === null || !conclusion ? '' : String(conclusion.maturity),
  );
  const [actions, setActions] = useState<ActionDraft[]>(
    (conclusion?.actions ?? []).map((a, i) => ({ key: i, text: a.text, owner: a.owner, due: a.due ?? '' })),
  );
  const [nextKey, setNextKey] = useState(actions.length);
  const [revision, setRevision] = useState(conclusion?.revision ?? 0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const headingId = `${prefix}-conclusion`;

  if (!mayRecord) {
    return (
      <section aria-labelledby={headingId}>
        <Heading3 id={headingId}>{t('workshop.conclusionTitle')}</Heading3>
        <Paragraph>
          <strong>{t('workshop.maturity')}</strong>{' '}
          {conclusion?.maturity
            ? `${conclusion.maturity} — ${say(levels.find((l) => l.value === conclusion.maturity)?.label)}`
            : t('workshop.noMaturity')}
        </Paragraph>
        {conclusion?.discussed ? <Paragraph>{conclusion.discussed}</Paragraph> : null}
        {conclusion && conclusion.actions.length > 0 ? (
          <UnorderedList>
            {conclusion.actions.map((a) => (
              <UnorderedListItem key={`${a.text}-${a.owner}`}>
                {a.text}
                {a.owner ? ` — ${a.owner}` : ''}
                {a.due ? ` (${a.due})` : ''}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        ) : null}
        <Paragraph>{t('workshop.readOnly')}</Paragraph>
      </section>
    );
  }

  const order = [
    `${prefix}-discussed`,
    `${prefix}-maturity`,
    ...actions.map((a) => `${prefix}-action-${a.key}-text`),
  ];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setMessage(null);
    const found: FieldErrors = {};
    for (const a of actions)
      if (a.text.trim() === '' && (a.owner.trim() !== '' || a.due !== ''))
        found[`${prefix}-action-${a.key}-text`] = t('workshop.errorActionText');
    setErrors(found);
    if (Object.keys(found).length > 0) {
      window.setTimeout(() => document.getElementById(`${prefix}-errors`)?.focus(), 0);
      return;
    }
    const kept = actions.filter((a) => a.text.trim() !== '');
    setBusy(true);
    try {
      const reply = await call('workshops.record', {
        params: { tenantId, roundId, themeId },
        body: {
          baseRevision: revision,
          discussed: discussed.trim(),
          maturity: maturity === '' ? null : (Number(maturity) as 1 | 2 | 3 | 4 | 5),
          actions: kept.map((a) => ({
            text: a.text.trim(),
            owner: a.owner.trim(),
            due: a.due === '' ? null : a.due,
          })),
        },
      });
      setActions(kept);
      setRevision(reply.revision);
      setSaved(true);
    } catch (caught) {
      setErrors(
        problemFieldErrors(caught, (path) => {
          const [field, index, sub] = path;
          if (field === 'actions' && typeof index === 'number' && kept[index])
            return `${prefix}-action-${kept[index].key}-${sub === 'owner' ? 'owner' : sub === 'due' ? 'due' : 'text'}`;
          return bodyField({ discussed: `${prefix}-discussed`, maturity: `${prefix}-maturity` })(path);
        }),
      );
      setMessage(problemMessage(caught, t));
      window.setTimeout(() => document.getElementById(`${prefix}-errors`)?.focus(), 0);
    } finally {
      setBusy(false);
    }
  };
  const update = (key: number, change: Partial<ActionDraft>) =>
    setActions((now) => now.map((a) => (a.key === key ? { ...a, ...change } : a)));
  const summary = summarise(errors, order);
  return (
    <section aria-labelledby={headingId}>
      <Heading3 id={headingId}>{t('workshop.conclusionTitle')}</Heading3>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div id={`${prefix}-errors`} tabIndex={-1}>
          {summary.length > 0 || message ? <ErrorSummary errors={summary} message={message} /> : null}
        </div>
        <TextArea
          id={`${prefix}-discussed`}
          label={t('workshop.discussed')}
          description={t('workshop.discussedHint')}
          error={errors[`${prefix}-discussed`]}
          value={discussed}
          onValueChange={setDiscussed}
          maxLength={4000}
          rows={4}
        />
        <RadioGroup
          id={`${prefix}-maturity`}
          legend={t('workshop.maturity')}
          error={errors[`${prefix}-maturity`]}
          value={maturity}
          onValueChange={setMaturity}
          choices={[
            ...levels.map((level) => ({
              value: String(level.value),
              label: `${level.value} — ${say(level.label)}`,
              description: say(level.description),
            })),
            { value: '', label: t('workshop.noMaturity') },
          ]}
        />
        <fieldset className="weerbaar-workshop-actions">
          <legend>{t('workshop.actions')}</legend>
          <Paragraph>{t('workshop.actionsHint')}</Paragraph>
          {actions.map((action, i) => (
            <fieldset key={action.key} className="weerbaar-workshop-action">
              <legend>{t('workshop.action', { n: i + 1 })}</legend>
              <TextField
                id={`${prefix}-action-${action.key}-text`}
                label={t('workshop.actionText')}
                error={errors[`${prefix}-action-${action.key}-text`]}
                value={action.text}
                onValueChange={(text) => update(action.key, { text })}
                maxLength={500}
                autoComplete="off"
              />
              <TextField
                id={`${prefix}-action-${action.key}-owner`}
                label={t('workshop.actionOwner')}
                error={errors[`${prefix}-action-${action.key}-owner`]}
                value={action.owner}
                onValueChange={(owner) => update(action.key, { owner })}
                maxLength={200}
                autoComplete="off"
              />
              <TextField
                id={`${prefix}-action-${action.key}-due`}
                label={t('workshop.actionDue')}
                error={errors[`${prefix}-action-${action.key}-due`]}
                type="date"
                value={action.due}
                onValueChange={(due) => update(action.key, { due })}
              />
              <Button
                type="button"
                appearance="subtle-button"
                onClick={() => setActions((now) => now.filter((a) => a.key !== action.key))}
              >
                {t('workshop.removeAction', { n: i + 1 })}
              </Button>
            </fieldset>
          ))}
          {actions.length < 20 ? (
            <Button
              type="button"
              appearance="secondary-action-button"
              onClick={() => {
                setActions((now) => [...now, { key: nextKey, text: '', owner: '', due: '' }]);
                setNextKey((k) => k + 1);
                window.setTimeout(
                  () => document.getElementById(`${prefix}-action-${nextKey}-text`)?.focus(),
                  0,
                );
              }}
            >
              {t('workshop.addAction')}
            </Button>
          ) : null}
        </fieldset>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {busy ? t('workshop.saving') : t('workshop.save', { theme: title })}
          </Button>
        </ButtonGroup>
        {saved ? <StatusMessage>{t('workshop.saved', { theme: title })}</StatusMessage> : null}
      </form>
    </section>
  );
}

function ReportDownload({ tenantId, roundId }: { tenantId: string; roundId: string }) {
  const { t } = useTranslation();
  const { language } = useSay();
  return (
    <section aria-labelledby="workshop-report" className="weerbaar-section">
      <Heading2 id="workshop-report">{t('workshop.reportTitle')}</Heading2>
      <Paragraph>{t('workshop.reportIntro')}</Paragraph>
      <Paragraph>
        <a
          className="utrecht-link"
          href={fileAddress('workshops.reportPdf', { params: { tenantId, roundId }, query: { language } })}
          download
        >
          {t('workshop.download')}
        </a>
      </Paragraph>
    </section>
  );
}
