// /o/:tenantId/enquetes/:roundId — one round for the organisation: what it asks, how many responded;
// for a beheerder the links (shared, and personal ones by mail) and closing; and, once closed, the
// results: per question a table (groups of at least the threshold only: the whole organisation,
// each large-enough unit, the other units together) with a small bar per share (decoration: the
// numbers are in the cells) and the previous round beside it.
import {
  Button,
  ButtonGroup,
  Heading2,
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { SurveyQuestion } from '../../core/surveys/schema.ts';
import { call } from '../client.ts';
import { Scroll } from '../college/CollegeView.tsx';
import type { Reply } from '../contract.ts';
import { useSay } from '../instrument/text.ts';
import { problemMessage } from '../problem.ts';
import { may, organisationFor, useSession } from '../session.tsx';
import { NoAccess } from '../shell/OrganisationHome.tsx';
import { TextArea } from '../ui/choices.tsx';
import { ErrorSummary, isEmail } from '../ui/forms.tsx';
import { AppLink } from '../ui/links.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { StatusMessage } from '../ui/Status.tsx';
import { useResource } from '../ui/use-resource.ts';
import './surveys.css';
import { WorkshopEntry } from '../workshop/WorkshopEntry.tsx';

type Round = Reply<'surveys.read'>;
type Results = NonNullable<Reply<'surveys.results'>['results']>;

export function SurveyRound() {
  const { session } = useSession();
  const { tenantId, roundId = '' } = useParams();
  const organisation = session ? organisationFor(session, tenantId) : undefined;
  if (!organisation || !may(organisation, 'surveys.results')) return <NoAccess />;
  return <RoundPage tenantId={organisation.tenantId} roundId={roundId} />;
}

function RoundPage({ tenantId, roundId }: { tenantId: string; roundId: string }) {
  const { t } = useTranslation();
  const { say } = useSay();
  const round = useResource(
    () => call('surveys.read', { params: { tenantId, roundId } }),
    [tenantId, roundId],
  );
  const [status, setStatus] = useState<string | null>(null);
  return (
    <>
      <Paragraph>
        <AppLink to={`/o/${tenantId}/enquetes`}>{t('surveys.round.back')}</AppLink>
      </Paragraph>
      {round.status !== 'ready' ? (
        <>
          <PageTitle>{t('surveys.rounds.title')}</PageTitle>
          <ResourceView resource={round} />
        </>
      ) : (
        <>
          <PageTitle>{`${say(round.data.questionnaire.title)}: ${round.data.title}`}</PageTitle>
          <StatusMessage>{status}</StatusMessage>
          <Facts round={round.data} />
          {round.data.workshop ? <WorkshopEntry tenantId={tenantId} round={round.data} /> : null}
          {round.data.mayManage && round.data.status === 'open' ? (
            <Manage
              tenantId={tenantId}
              round={round.data}
              onDone={(said) => {
                setStatus(said);
                void round.reload({ quiet: true });
              }}
            />
          ) : null}
          <ResultsSection tenantId={tenantId} round={round.data} />
        </>
      )}
    </>
  );
}

function Facts({ round }: { round: Round }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="round-facts" className="weerbaar-section">
      <Heading2 id="round-facts">{t('surveys.round.facts')}</Heading2>
      <Paragraph>
        {round.status === 'open'
          ? t('surveys.round.statusOpen', { date: round.openedOn })
          : t('surveys.round.statusClosed', { date: round.closedOn ?? '' })}{' '}
        {t('surveys.round.respondents', { count: round.respondents })}
      </Paragraph>
      {round.invitations.sent > 0 ? (
        <Paragraph>{t('surveys.round.invitations', round.invitations)}</Paragraph>
      ) : null}
      <Paragraph>
        {t('surveys.round.threshold', { threshold: round.threshold })}{' '}
        {round.units.length > 0 ? t('surveys.round.units', { units: round.units.join(', ') }) : null}{' '}
        {round.earlier ? t('surveys.round.earlier', { title: round.earlier.title }) : null}
      </Paragraph>
    </section>
  );
}

function Manage({
  tenantId,
  round,
  onDone,
}: {
  tenantId: string;
  round: Round;
  onDone: (said: string) => void;
}) {
  const { t } = useTranslation();
  const [emails, setEmails] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState<'invite' | 'close' | null>(null);

  const invite = async (event: FormEvent) => {
    event.preventDefault();
    const list = emails
      .split(/[\n,;]/)
      .map((e) => e.trim())
      .filter(Boolean);
    setMessage(null);
    if (list.length === 0 || !list.every(isEmail)) {
      setError(t('surveys.round.inviteError'));
      window.setTimeout(() => document.getElementById('invite-errors')?.focus(), 0);
      return;
    }
    setError(undefined);
    setBusy('invite');
    try {
      const sent = await call('surveys.invite', {
        params: { tenantId, roundId: round.id },
        body: { emails: list },
      });
      setEmails('');
      onDone(t('surveys.round.invited', { count: sent.sent }));
    } catch (caught) {
      setMessage(problemMessage(caught, t));
    } finally {
      setBusy(null);
    }
  };

  const close = async () => {
    setBusy('close');
    setMessage(null);
    try {
      await call('surveys.close', { params: { tenantId, roundId: round.id } });
      onDone(t('surveys.round.closedNow'));
    } catch (caught) {
      setMessage(problemMessage(caught, t));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="round-links" className="weerbaar-section">
      <Heading2 id="round-links">{t('surveys.round.linksTitle')}</Heading2>
      {round.sharedLink ? (
        <>
          <Heading3 id="round-shared">{t('surveys.round.sharedLink')}</Heading3>
          <Paragraph>{t('surveys.round.sharedLinkHint')}</Paragraph>
          <Paragraph className="weerbaar-survey-link" data-testid="shared-link">
            {round.sharedLink}
          </Paragraph>
        </>
      ) : null}
      <form onSubmit={(e) => void invite(e)} noValidate>
        <div id="invite-errors" tabIndex={-1}>
          {error || message ? (
            <ErrorSummary
              errors={error ? [{ field: 'invite-emails', message: error }] : []}
              message={message}
            />
          ) : null}
        </div>
        <TextArea
          id="invite-emails"
          label={t('surveys.round.inviteLabel')}
          description={t('surveys.round.inviteHint')}
          error={error}
          value={emails}
          onValueChange={setEmails}
          rows={4}
        />
        <ButtonGroup>
          <Button type="submit" appearance="secondary-action-button" busy={busy === 'invite'}>
            {t('surveys.round.invite')}
          </Button>
        </ButtonGroup>
      </form>
      <Heading3 id="round-close">{t('surveys.round.closeTitle')}</Heading3>
      <Paragraph>{t('surveys.round.closeHint')}</Paragraph>
      <ButtonGroup>
        <Button
          type="button"
          appearance="primary-action-button"
          busy={busy === 'close'}
          onClick={() => void close()}
        >
          {t('surveys.round.close')}
        </Button>
      </ButtonGroup>
    </section>
  );
}

function ResultsSection({ tenantId, round }: { tenantId: string; round: Round }) {
  const { t } = useTranslation();
  const results = useResource(
    () => call('surveys.results', { params: { tenantId, roundId: round.id } }),
    [tenantId, round.id, round.status],
  );
  return (
    <section aria-labelledby="round-results" className="weerbaar-section">
      <Heading2 id="round-results">{t('surveys.results.title')}</Heading2>
      <ResourceView resource={results}>
        {(reply) =>
          reply.status === 'open' || !reply.results ? (
            <Paragraph>{t('surveys.results.waitOpen')}</Paragraph>
          ) : !reply.results.shown ? (
            <Paragraph>
              {t('surveys.results.tooFew', {
                count: reply.results.respondents,
                threshold: reply.results.threshold,
              })}
            </Paragraph>
          ) : (
            <Figures round={round} results={reply.results} />
          )
        }
      </ResourceView>
    </section>
  );
}

function Bar({ percent }: { percent: number }) {
  return (
    <svg className="weerbaar-survey-bar" viewBox="0 0 100 10" aria-hidden="true" focusable="false">
      <rect className="weerbaar-survey-bar__track" x="0" y="0" width="100" height="10" />
      <rect
        className="weerbaar-survey-bar__fill"
        x="0"
        y="0"
        width={Math.max(0, Math.min(100, percent))}
        height="10"
      />
    </svg>
  );
}

function Figures({ round, results }: { round: Round; results: Results }) {
  const { t } = useTranslation();
  const { say } = useSay();
  const groupName = (key: string) => {
    const group = results.groups.find((g) => g.key === key)!;
    if (group.kind === 'all') return t('surveys.results.all');
    if (group.kind === 'others') return t('surveys.results.others');
    return group.unit ?? '';
  };
  const questions = new Map(round.questionnaire.themes.flatMap((th) => th.questions).map((q) => [q.id, q]));
  const optionLabel = (question: SurveyQuestion, optionId: string): string => {
    if (question.kind === 'scale') return optionId;
    if (question.kind === 'yes-no')
      return optionId === 'ja'
        ? t('surveys.respond.yes')
        : optionId === 'nee'
          ? t('surveys.respond.no')
          : t('surveys.respond.unknown');
    return say(question.options.find((o) => o.id === optionId)?.label);
  };
  const others = results.othersUnits.map((u) => (u === '' ? t('surveys.results.notSaid') : u));
  return (
    <>
      <Paragraph>{t('surveys.results.groupsNote', { threshold: results.threshold })}</Paragraph>
      {results.groups.some((g) => g.kind === 'others') ? (
        <Paragraph>{t('surveys.results.othersAre', { units: others.join(', ') })}</Paragraph>
      ) : null}
      {round.questionnaire.themes.map((theme) => (
        <section key={theme.id} aria-labelledby={`result-theme-${theme.id}`}>
          <Heading3 id={`result-theme-${theme.id}`}>{say(theme.title)}</Heading3>
          {theme.questions.map((question) => {
            const result = results.questions.find((r) => r.questionId === question.id);
            if (!result) return null;
            const q = questions.get(question.id)!;
            const options = result.groups[0]?.options.map((o) => o.optionId) ?? [];
            const text = say(q.text);
            const earlier = result.earlier;
            return (
              <div key={question.id} className="weerbaar-survey-question">
                <Scroll label={t('surveys.results.tableRegion', { question: text })}>
                  <Table className="weerbaar-table">
                    <TableCaption>
                      {q.kind === 'scale'
                        ? t('surveys.results.captionScale', { question: text })
                        : t('surveys.results.captionShare', { question: text })}
                    </TableCaption>
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell scope="col">{t('surveys.results.group')}</TableHeaderCell>
                        <TableHeaderCell scope="col">{t('surveys.results.people')}</TableHeaderCell>
                        {q.kind === 'scale' ? (
                          <TableHeaderCell scope="col">{t('surveys.results.mean')}</TableHeaderCell>
                        ) : null}
                        {options.map((o) => (
                          <TableHeaderCell scope="col" key={o}>
                            {optionLabel(q, o)}
                          </TableHeaderCell>
                        ))}
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {result.groups.map((g) => (
                        <TableRow key={g.groupKey}>
                          <TableHeaderCell scope="row">{groupName(g.groupKey)}</TableHeaderCell>
                          <TableCell>{g.answered}</TableCell>
                          {q.kind === 'scale' ? (
                            <TableCell>{g.mean?.toLocaleString() ?? ''}</TableCell>
                          ) : null}
                          {g.options.map((o) => (
                            <TableCell key={o.optionId}>
                              {t('surveys.results.percent', { percent: o.percent })}
                              <Bar percent={o.percent} />
                            </TableCell>
                          ))}
                        </TableRow>
                      ))}
                      {earlier ? (
                        <TableRow>
                          <TableHeaderCell scope="row">{t('surveys.results.earlier')}</TableHeaderCell>
                          <TableCell>{earlier.respondents}</TableCell>
                          {q.kind === 'scale' ? (
                            <TableCell>{earlier.mean?.toLocaleString() ?? ''}</TableCell>
                          ) : null}
                          {options.map((id) => {
                            const o = earlier.options.find((x) => x.optionId === id);
                            return (
                              <TableCell key={id}>
                                {o ? t('surveys.results.percent', { percent: o.percent }) : ''}
                                {o ? <Bar percent={o.percent} /> : null}
                              </TableCell>
                            );
                          })}
                        </TableRow>
                      ) : null}
                    </TableBody>
                  </Table>
                </Scroll>
              </div>
            );
          })}
        </section>
      ))}
    </>
  );
}
