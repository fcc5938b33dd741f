// /o/:tenantId/procedures/:procedureId/scans/:scanId/beoordeling — the assigned expert reviews a
// submitted scan: the answers (to read), what the engine made of them with the evidence (the same
// Results as the preview), conversation notes, and per theme the expert's own judgement with a
// rationale next to the proposed level (a different level is allowed and shown as such), the
// measures for the advice, and finalising. The answers can be given back to the candidate with a
// reason. Every opening of this page is in the candidate's access log.

import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instrument } from '../../core/instrument/schema.ts';
import { ExpertEarlierScan } from '../agenda/EarlierScan.tsx';
import { ApiError } from '../api.ts';
import { call } from '../client.ts';
import type { ReviewScan } from '../contract.ts';
import { InterviewGuideLink } from '../conversation/InterviewGuideLink.tsx';
import { Results } from '../instrument/Results.tsx';
import { useSay } from '../instrument/text.ts';
import { NetworkPictureSection } from '../network/picture/NetworkPictureSection.tsx';
import { problemMessage } from '../problem.ts';
import { ReportDownloads } from '../report/ReportDownloads.tsx';
import { AnswerList } from '../scan/AnswerList.tsx';
import { ForProcedureScan, type ProcedureScanPageProps } from '../scan/access.tsx';
import { formatDate, formatTime } from '../scan/format.ts';
import { ScanStatusBadge } from '../scan/StatusBadge.tsx';
import { TextArea } from '../ui/choices.tsx';
import { ErrorSummary } from '../ui/forms.tsx';
import { AppLink } from '../ui/links.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { StatusMessage } from '../ui/Status.tsx';
import { pageState, useResource } from '../ui/use-resource.ts';
import { Judgements } from './Judgements.tsx';

export function Review() {
  return <ForProcedureScan action="scans.review" page={ReviewPage} />;
}

interface Data {
  review: ReviewScan;
  instrument: Instrument;
  name: string | null;
}

type State =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'not-submitted'; reopened: boolean }
  | { status: 'ready'; data: Data };

function ReviewPage({ organisation, procedureId, scanId }: ProcedureScanPageProps) {
  const { t } = useTranslation();
  const { language } = useSay();
  const tenantId = organisation.tenantId;
  const load = useResource(async (): Promise<State> => {
    try {
      const procedure = await call('procedures.read', { params: { tenantId, procedureId } });
      const review = await call('reviews.read', { params: { tenantId, procedureId, scanId } });
      const loaded = await call('procedures.instrument', { params: { tenantId, procedureId } });
      const name = procedure.candidates.find((c) => c.scanId === scanId)?.displayName ?? null;
      return {
        status: 'ready',
        data: { review, instrument: loaded.definition, name },
      };
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'not-submitted')
        return { status: 'not-submitted', reopened: false };
      throw caught;
    }
  }, [tenantId, procedureId, scanId]);
  // After "reopen" the scan is the candidate's again: the page says so without reading it again.
  const [reopened, setReopened] = useState(false);
  const state: State = reopened ? { status: 'not-submitted', reopened: true } : pageState(load);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const back = (
    <Paragraph>
      <AppLink to={`/o/${tenantId}/procedures/${procedureId}`}>{t('review.back')}</AppLink>
    </Paragraph>
  );

  if (state.status !== 'ready') {
    return (
      <>
        <PageTitle>{t('review.loadingTitle')}</PageTitle>
        {back}
        <StatusMessage>{status}</StatusMessage>
        <ResourceView resource={load} />
        {state.status === 'not-submitted' ? (
          <Paragraph>{state.reopened ? t('review.reopenedText') : t('review.notSubmitted')}</Paragraph>
        ) : null}
      </>
    );
  }

  const { review, instrument, name } = state.data;
  // What the server allows now (policies/scan.ts), sent with the scan: never decided here.
  const canDecide = review.may.includes('decide');
  const finished = review.status === 'report-ready';

  const begin = async () => {
    setBusy(true);
    setError(null);
    try {
      await call('reviews.begin', { params: { tenantId, procedureId, scanId } });
      setStatus(t('review.begun'));
      await load.reload({ quiet: true });
    } catch (caught) {
      setError(problemMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle>{name ? t('review.title', { name }) : t('review.titleNoName')}</PageTitle>
      {back}
      <p className="weerbaar-review__status">
        <ScanStatusBadge status={review.status} />
      </p>
      <StatusMessage>{status}</StatusMessage>
      <Paragraph>{t('review.logged')}</Paragraph>

      <nav aria-label={t('review.onThisPage')} className="weerbaar-page-nav">
        <ul>
          <li>
            <a className="utrecht-link utrecht-link--html-a" href="#review-answers">
              {t('review.answersTitle')}
            </a>
          </li>
          <li>
            <a className="utrecht-link utrecht-link--html-a" href="#review-outcome">
              {t('review.outcomeTitle')}
            </a>
          </li>
          <li>
            <a className="utrecht-link utrecht-link--html-a" href="#review-notes">
              {t('review.notesTitle')}
            </a>
          </li>
          <li>
            <a className="utrecht-link utrecht-link--html-a" href="#review-judgements">
              {t('judgements.title')}
            </a>
          </li>
        </ul>
      </nav>

      {/* Where judging may start at once (optional review), there is no separate first step. */}
      {review.may.includes('begin') && !canDecide ? (
        <section aria-labelledby="review-begin" className="weerbaar-panel">
          <Heading2 id="review-begin">{t('review.beginTitle')}</Heading2>
          <Paragraph>{t('review.beginText')}</Paragraph>
          <ErrorSummary errors={[]} message={error} />
          <ButtonGroup>
            <Button appearance="primary-action-button" type="button" busy={busy} onClick={() => void begin()}>
              {t('review.begin')}
            </Button>
          </ButtonGroup>
        </section>
      ) : null}
      {finished ? (
        <Paragraph className="weerbaar-review__done">
          {review.decisions.finalisedAt
            ? t('review.finishedOn', { date: formatDate(review.decisions.finalisedAt, language) })
            : t('review.finished')}
        </Paragraph>
      ) : null}

      <InterviewGuideLink tenantId={tenantId} procedureId={procedureId} scanId={scanId} />
      <Paragraph>
        <AppLink to={`/o/${tenantId}/procedures/${procedureId}/scans/${scanId}/antecedenten`}>
          {t('antecedents.expert.link')}
        </AppLink>
      </Paragraph>
      {review.may.includes('downloadPdf') ? (
        <ReportDownloads tenantId={tenantId} scanId={scanId} procedureId={procedureId} reader="expert" />
      ) : null}
      <ExpertEarlierScan tenantId={tenantId} procedureId={procedureId} scanId={scanId} />

      <section aria-labelledby="review-answers" className="weerbaar-section">
        <Heading2 id="review-answers">{t('review.answersTitle')}</Heading2>
        <AnswerList instrument={instrument} answers={review.answers} evaluation={review.evaluation} />
      </section>

      <section aria-labelledby="review-outcome" className="weerbaar-section">
        <Heading2 id="review-outcome">{t('review.outcomeTitle')}</Heading2>
        <Paragraph>{t('review.outcomeIntro')}</Paragraph>
        {review.evaluation ? (
          <Results
            instrument={instrument}
            evaluation={review.evaluation}
            answers={review.answers}
            idPrefix="outcome"
          />
        ) : (
          <Paragraph>{t('review.noOutcome')}</Paragraph>
        )}
      </section>

      <NetworkPictureSection network={review.network} catalogue={instrument.network} reader="expert" />

      <Notes tenantId={tenantId} procedureId={procedureId} scanId={scanId} initial={review.notes} />

      {review.evaluation ? (
        <Judgements
          tenantId={tenantId}
          procedureId={procedureId}
          scanId={scanId}
          instrument={instrument}
          evaluation={review.evaluation}
          decisions={review.decisions}
          editable={canDecide}
          onFinalised={() => {
            setStatus(t('judgements.finalised'));
            void load.reload({ quiet: true });
          }}
        />
      ) : null}

      {review.may.includes('reopen') ? (
        <Reopen
          tenantId={tenantId}
          procedureId={procedureId}
          scanId={scanId}
          onReopened={() => {
            setStatus(t('review.reopened'));
            setReopened(true);
          }}
        />
      ) : null}
    </>
  );
}

function Notes({
  tenantId,
  procedureId,
  scanId,
  initial,
}: {
  tenantId: string;
  procedureId: string;
  scanId: string;
  initial: string;
}) {
  const { t } = useTranslation();
  const { language } = useSay();
  const [notes, setNotes] = useState(initial);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await call('reviews.notes', { params: { tenantId, procedureId, scanId }, body: { notes } });
      setSavedAt(new Date());
    } catch (caught) {
      setError(problemMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="review-notes" className="weerbaar-section">
      <Heading2 id="review-notes">{t('review.notesTitle')}</Heading2>
      <form
        noValidate
        className="weerbaar-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <ErrorSummary errors={[]} message={error} />
        <TextArea
          id="review-notes-text"
          label={t('review.notesLabel')}
          description={t('review.notesDescription')}
          value={notes}
          onValueChange={setNotes}
          rows={8}
          maxLength={50_000}
        />
        <StatusMessage>
          {savedAt ? t('review.notesSaved', { time: formatTime(savedAt, language) }) : null}
        </StatusMessage>
        <ButtonGroup>
          <Button appearance="secondary-action-button" type="submit" busy={busy}>
            {t('review.notesSave')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

function Reopen({
  tenantId,
  procedureId,
  scanId,
  onReopened,
}: {
  tenantId: string;
  procedureId: string;
  scanId: string;
  onReopened: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (busy) return;
    setMessage(null);
    if (reason.trim().length < 5) {
      setError(t('review.reopenReasonRequired'));
      document.getElementById('reopen-reason')?.focus();
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      await call('reviews.reopen', {
        params: { tenantId, procedureId, scanId },
        body: { reason: reason.trim() },
      });
      onReopened();
    } catch (caught) {
      setMessage(problemMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="review-reopen" className="weerbaar-section">
      <Heading2 id="review-reopen">{t('review.reopenTitle')}</Heading2>
      <Paragraph>{t('review.reopenText')}</Paragraph>
      <form
        noValidate
        className="weerbaar-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <ErrorSummary errors={error ? [{ field: 'reopen-reason', message: error }] : []} message={message} />
        <TextArea
          id="reopen-reason"
          label={t('review.reopenReason')}
          description={t('review.reopenReasonDescription')}
          error={error}
          value={reason}
          onValueChange={setReason}
          rows={3}
          maxLength={2000}
        />
        <ButtonGroup>
          <Button appearance="secondary-action-button" type="submit" busy={busy}>
            {t('review.reopen')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
