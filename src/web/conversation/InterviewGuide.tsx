// /o/:tenantId/procedures/:procedureId/scans/:scanId/leidraad — the printable leidraad
// selectiegesprek. For the assigned expert (from the outcome and the judgements so far) or, while
// the candidate's release is active, for the opdrachtgever (from what the release shows). Per theme
// that needs attention: open questions, what a good answer shows, what stood out; the other themes
// get one general question; then dilemma cards that fit. Printed, the menu and buttons go and
// every question gets room for notes (conversation.css). The server logs every read.
import { Alert, Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { GuideTheme } from '../../core/conversation/interview-guide.ts';
import type { FullText } from '../../core/conversation/schema.ts';
import { ApiError } from '../api.ts';
import { call } from '../client.ts';
import type { GuideReply } from '../contract.ts';
import { LevelBadge } from '../instrument/Level.tsx';
import { useSay } from '../instrument/text.ts';
import { ForProcedureScan, type ProcedureScanPageProps } from '../scan/access.tsx';
import { formatDate } from '../scan/format.ts';
import { AppLink } from '../ui/links.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { pageState, useResource } from '../ui/use-resource.ts';
import { DilemmaCard } from './DilemmaCard.tsx';
import './conversation.css';
import { may } from '../session.tsx';

export function InterviewGuide() {
  return <ForProcedureScan action="procedures.read" page={InterviewGuidePage} />;
}

type State =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'refused' }
  | { status: 'not-submitted' }
  | { status: 'ready'; reply: GuideReply; name: string | null };

function InterviewGuidePage({ organisation, procedureId, scanId }: ProcedureScanPageProps) {
  const { t } = useTranslation();
  const { say, language } = useSay();
  const tenantId = organisation.tenantId;
  const load = useResource(async (): Promise<State> => {
    try {
      const reply = await call('conversation.guide', { params: { tenantId, procedureId, scanId } });
      // The name comes from the procedure's list, for the printed page; the guide names no one.
      let name: string | null = null;
      try {
        const procedure = await call('procedures.read', { params: { tenantId, procedureId } });
        name = procedure.candidates.find((c) => c.scanId === scanId)?.displayName ?? null;
      } catch {
        // The guide decides; the name is a nicety.
      }
      return { status: 'ready', reply, name };
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'not-released') return { status: 'refused' };
      if (caught instanceof ApiError && caught.code === 'not-submitted') return { status: 'not-submitted' };
      throw caught;
    }
  }, [tenantId, procedureId, scanId]);
  const state = pageState(load);

  const base = `/o/${tenantId}/procedures/${procedureId}/scans/${scanId}`;
  const expert =
    state.status === 'ready' ? state.reply.reader === 'expert' : may(organisation, 'scans.review');
  const back = (
    <Paragraph className="weerbaar-guide__screen-only">
      <AppLink to={expert ? `${base}/beoordeling` : `${base}/rapport`}>
        {expert ? t('conversation.guide.backToReview') : t('conversation.guide.backToReport')}
      </AppLink>
    </Paragraph>
  );

  if (state.status !== 'ready') {
    return (
      <>
        <PageTitle>
          {state.status === 'refused' ? t('conversation.guide.refusedTitle') : t('conversation.guide.title')}
        </PageTitle>
        {back}
        <ResourceView resource={load} />
        {state.status === 'refused' ? (
          <Alert type="info" role="presentation">
            <Paragraph>{t('conversation.guide.refused')}</Paragraph>
          </Alert>
        ) : null}
        {state.status === 'not-submitted' ? (
          <Paragraph>{t('conversation.guide.notSubmitted')}</Paragraph>
        ) : null}
      </>
    );
  }

  const { reply, name } = state;
  const { guide } = reply;
  const attention = guide.themes.filter((th) => th.attention);
  const other = guide.themes.filter((th) => !th.attention);
  return (
    <div className="weerbaar-guide">
      <PageTitle>
        {name ? t('conversation.guide.titleNamed', { name }) : t('conversation.guide.title')}
      </PageTitle>
      {back}
      <Paragraph lead>{say(guide.instrument.title)}</Paragraph>
      <dl className="weerbaar-guide__print-only weerbaar-guide__heading-lines">
        <div>
          <dt>{t('conversation.guide.candidateLine')}</dt>
          <dd>{name ?? ''}</dd>
        </div>
        <div>
          <dt>{t('conversation.guide.dateLine')}</dt>
          <dd />
        </div>
      </dl>
      <Paragraph>
        {expert ? t('conversation.guide.introExpert') : t('conversation.guide.introClient')}
      </Paragraph>
      <Paragraph>{t('conversation.guide.notATest')}</Paragraph>
      <Paragraph className="weerbaar-guide__screen-only">{t('conversation.guide.logged')}</Paragraph>
      <div className="weerbaar-guide__screen-only">
        <ButtonGroup>
          <Button appearance="primary-action-button" type="button" onClick={() => window.print()}>
            {t('conversation.guide.print')}
          </Button>
        </ButtonGroup>
        <Paragraph small className="weerbaar-muted">
          {t('conversation.guide.printHint')}
        </Paragraph>
      </div>

      {guide.themes.length === 0 ? (
        <Paragraph>{t('conversation.guide.nothingShared')}</Paragraph>
      ) : (
        <>
          <section aria-labelledby="guide-attention" className="weerbaar-section">
            <Heading2 id="guide-attention">{t('conversation.guide.attentionTitle')}</Heading2>
            {attention.length === 0 ? <Paragraph>{t('conversation.guide.attentionNone')}</Paragraph> : null}
            {attention.map((theme) => (
              <ThemeBlock key={theme.id} theme={theme} expert={expert} />
            ))}
          </section>
          {other.length > 0 ? (
            <section aria-labelledby="guide-other" className="weerbaar-section">
              <Heading2 id="guide-other">{t('conversation.guide.otherTitle')}</Heading2>
              <Paragraph>{t('conversation.guide.otherIntro')}</Paragraph>
              {other.map((theme) => (
                <ThemeBlock key={theme.id} theme={theme} expert={expert} />
              ))}
            </section>
          ) : null}
        </>
      )}

      {guide.dilemmas.length > 0 ? (
        <section aria-labelledby="guide-dilemmas" className="weerbaar-section weerbaar-guide__dilemmas">
          <Heading2 id="guide-dilemmas">{t('conversation.guide.dilemmasTitle')}</Heading2>
          <Paragraph>{t('conversation.guide.dilemmasIntro')}</Paragraph>
          {guide.dilemmas.map((dilemma) => (
            <DilemmaCard key={dilemma.id} dilemma={dilemma} idPrefix="guide" />
          ))}
        </section>
      ) : null}

      <Paragraph small className="weerbaar-guide__confidential">
        {t('conversation.guide.confidential')}{' '}
        {t('conversation.guide.madeOn', { date: formatDate(new Date().toISOString(), language) })}
      </Paragraph>
    </div>
  );
}

/** Lines to write on, only on paper. */
function Notes() {
  const { t } = useTranslation();
  return (
    <div className="weerbaar-guide__notes weerbaar-guide__print-only" aria-hidden="true">
      <span className="weerbaar-guide__notes-label">{t('conversation.guide.notes')}</span>
    </div>
  );
}

function Questions({ questions }: { questions: FullText[] }) {
  const { say } = useSay();
  return (
    <ol className="utrecht-ordered-list weerbaar-guide__questions">
      {questions.map((q) => (
        <li key={q.nl} className="utrecht-ordered-list__item weerbaar-guide__question">
          {say(q)}
          <Notes />
        </li>
      ))}
    </ol>
  );
}

function GoodAnswer({ items }: { items: FullText[] }) {
  const { t } = useTranslation();
  const { say } = useSay();
  if (items.length === 0) return null;
  return (
    <div className="weerbaar-guide__good">
      <p className="weerbaar-guide__label">{t('conversation.guide.goodAnswer')}</p>
      <ul className="utrecht-unordered-list">
        {items.map((g) => (
          <li key={g.nl} className="utrecht-unordered-list__item">
            {say(g)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function ThemeBlock({ theme, expert }: { theme: GuideTheme; expert: boolean }) {
  const { t } = useTranslation();
  const { say } = useSay();
  const headingId = `guide-theme-${theme.id}`;
  return (
    <section aria-labelledby={headingId} className="weerbaar-guide__theme" data-theme={theme.id}>
      <Heading3 id={headingId}>{say(theme.title)}</Heading3>
      {theme.attention || theme.levelSource === 'judgement' ? (
        <Paragraph className="weerbaar-guide__level">
          <LevelBadge
            level={theme.level}
            prefix={
              theme.levelSource === 'judgement'
                ? t('conversation.guide.level')
                : t('conversation.guide.proposed')
            }
          />
        </Paragraph>
      ) : null}
      <p className="weerbaar-guide__label">{t('conversation.guide.questions')}</p>
      <Questions questions={theme.questions} />
      <GoodAnswer items={theme.goodAnswer} />
      {theme.indicators.length > 0 ? (
        <div className="weerbaar-guide__found">
          <p className="weerbaar-guide__label">{t('conversation.guide.found')}</p>
          {theme.indicators.map((indicator) => (
            <div key={indicator.id} className="weerbaar-guide__indicator" data-indicator={indicator.id}>
              <p className="weerbaar-guide__indicator-title">
                <strong>{say(indicator.title)}</strong> <LevelBadge level={indicator.level} />
              </p>
              {expert && indicator.expertText ? (
                <Paragraph small>
                  <span className="weerbaar-guide__inline-label">{t('conversation.guide.why')}</span>{' '}
                  {say(indicator.expertText)}
                </Paragraph>
              ) : null}
              {indicator.questions.length > 0 ? <Questions questions={indicator.questions} /> : null}
              <GoodAnswer items={indicator.goodAnswer} />
              {expert && indicator.talkingPoints && indicator.talkingPoints.length > 0 ? (
                <div className="weerbaar-guide__talking">
                  <p className="weerbaar-guide__label">{t('conversation.guide.talkingPoints')}</p>
                  <ul className="utrecht-unordered-list">
                    {indicator.talkingPoints.map((point) => (
                      <li key={point.nl} className="utrecht-unordered-list__item">
                        {say(point)}
                        <Notes />
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </div>
          ))}
        </div>
      ) : null}
    </section>
  );
}
