// /o/:tenantId/mijn-scans/:scanId — the candidate's scan. The first time: what happens with the
// answers, who sees what, for how long, and their rights. Then the questionnaire (the reusable
// renderer in src/web/instrument) with autosave (scan/autosave.ts), the progress per part and a
// status line; sending checks everything and lists what is missing, at the questions and in a
// summary. After sending: where the scan is now, and what was sent.
import {
  Alert,
  Button,
  ButtonGroup,
  Heading2,
  OrderedList,
  OrderedListItem,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { AnswerError } from '../../core/instrument/answers.ts';
import { evaluate } from '../../core/instrument/evaluate.ts';
import type { Instrument } from '../../core/instrument/schema.ts';
import { EarlierScan } from '../agenda/EarlierScan.tsx';
import { ApiError, type ProblemFieldError } from '../api.ts';
import { call } from '../client.ts';
import type { OwnScan } from '../contract.ts';
import { OndermijningLink } from '../handreiking/Ondermijning.tsx';
import { VuistregelsBeforeStart } from '../handreiking/Vuistregels.tsx';
import { errorSummary } from '../instrument/ids.ts';
import { PartProgress, Questionnaire } from '../instrument/Questionnaire.tsx';
import { useSay } from '../instrument/text.ts';
import { NetworkCard } from '../network/NetworkCard.tsx';
import { problemMessage } from '../problem.ts';
import { ResearchConsent } from '../research/ResearchConsent.tsx';
import { ScreeningConsentLink } from '../screening/ConsentLink.tsx';
import type { Organisation } from '../session.tsx';
import { ErrorSummary } from '../ui/forms.tsx';
import { AppButtonLink, AppLink } from '../ui/links.tsx';
import { PAGE_TITLE_ID, PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { StatusMessage } from '../ui/Status.tsx';
import { useResource } from '../ui/use-resource.ts';
import { AnswerList } from './AnswerList.tsx';
import { ForAbility } from './access.tsx';
import { formatDateTime } from './format.ts';
import { SaveStatus } from './SaveStatus.tsx';
import { ScanStatusBadge } from './StatusBadge.tsx';
import { useAutosave } from './useAutosave.ts';
import { YourRights } from './YourRights.tsx';

export function MyScan() {
  const { scanId } = useParams();
  return (
    <ForAbility action="scans.own">
      {(organisation) => <MyScanPage key={scanId} organisation={organisation} scanId={scanId ?? ''} />}
    </ForAbility>
  );
}

interface Data {
  scan: OwnScan;
  instrument: Instrument;
}

/** Reads the scan and the instrument version it is pinned to. */
export async function loadOwnScan(tenantId: string, scanId: string): Promise<Data> {
  const scan = await call('scans.readOwn', { params: { tenantId, scanId } });
  const loaded = await call('scans.readOwnInstrument', { params: { tenantId, scanId } });
  if (loaded.hash !== scan.instrument.hash) throw new Error('instrument version differs');
  return { scan, instrument: loaded.definition };
}

function focusTitle() {
  window.setTimeout(() => {
    document.getElementById(PAGE_TITLE_ID)?.focus();
    window.scrollTo(0, 0);
  }, 0);
}

function MyScanPage({ organisation, scanId }: { organisation: Organisation; scanId: string }) {
  const { t } = useTranslation();
  const { say: sayText } = useSay();
  const tenantId = organisation.tenantId;
  const load = useResource(() => loadOwnScan(tenantId, scanId), [tenantId, scanId]);
  const [begun, setBegun] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const back = (
    <Paragraph>
      <AppLink to={`/o/${tenantId}/mijn-scans`}>{t('myScan.back')}</AppLink>
    </Paragraph>
  );

  if (load.status !== 'ready') {
    return (
      <>
        <PageTitle>{t('myScan.loadingTitle')}</PageTitle>
        {back}
        <ResourceView resource={load} />
      </>
    );
  }

  const { scan, instrument } = load.data;
  const title = sayText(instrument.title);
  const networkCard = <NetworkCard tenantId={tenantId} scan={scan} instrument={instrument} />;
  const rights = (
    <>
      <ScreeningConsentLink tenantId={tenantId} scanId={scan.id} />
      <YourRights tenantId={tenantId} scanId={scan.id} procedureName={scan.procedure.name} />
    </>
  );

  if (scan.status === 'invited' && !begun) {
    return (
      <>
        <PageTitle>{title}</PageTitle>
        {back}
        <EarlierScan tenantId={tenantId} scanId={scan.id} />
        <Intro
          organisation={organisation}
          scan={scan}
          instrument={instrument}
          onBegin={() => {
            setBegun(true);
            focusTitle();
          }}
        />
        {networkCard}
        {rights}
      </>
    );
  }

  if (scan.may.includes('answer')) {
    return (
      <>
        <PageTitle>{title}</PageTitle>
        {back}
        <Paragraph lead>{t('myScan.forProcedure', { name: scan.procedure.name })}</Paragraph>
        <StatusMessage type="info">{notice}</StatusMessage>
        <EarlierScan tenantId={tenantId} scanId={scan.id} />
        {/* Part of the scan on a page of its own: in view before the questions, not after them. */}
        {networkCard}
        <Answering
          // A new key after reloading, so the autosave starts from what was read.
          key={load.version}
          tenantId={tenantId}
          scan={scan}
          instrument={instrument}
          onFrozen={() => {
            setNotice(t('myScan.frozenElsewhere'));
            void load.reload({ quiet: true });
          }}
          onSent={() => {
            setNotice(null);
            void load.reload({ quiet: true }).then(focusTitle);
          }}
        />
        <OndermijningLink />
        {rights}
      </>
    );
  }

  return (
    <>
      <PageTitle>{title}</PageTitle>
      {back}
      <Paragraph lead>{t('myScan.forProcedure', { name: scan.procedure.name })}</Paragraph>
      <StatusMessage type="info">{notice}</StatusMessage>
      <EarlierScan tenantId={tenantId} scanId={scan.id} />
      <Sent tenantId={tenantId} scan={scan} instrument={instrument} />
      {networkCard}
      {rights}
    </>
  );
}

function Intro({
  organisation,
  scan,
  instrument,
  onBegin,
}: {
  organisation: Organisation;
  scan: OwnScan;
  instrument: Instrument;
  onBegin: () => void;
}) {
  const { t } = useTranslation();
  const { say: sayText } = useSay();
  const withExpert = scan.procedure.review !== 'none';
  return (
    <>
      <Paragraph lead>
        {t('intro.lead', { procedure: scan.procedure.name, minutes: instrument.minutes })}
      </Paragraph>
      <Paragraph>{t('intro.noRush')}</Paragraph>

      <section className="weerbaar-calm" aria-labelledby="intro-who">
        <Heading2 id="intro-who" className="weerbaar-calm__title">
          {t('intro.whoTitle')}
        </Heading2>
        <UnorderedList>
          <UnorderedListItem>{withExpert ? t('intro.whoExpert') : t('intro.whoOnlyYou')}</UnorderedListItem>
          <UnorderedListItem>{t('intro.whoClient')}</UnorderedListItem>
          {withExpert ? <UnorderedListItem>{t('intro.whoRelease')}</UnorderedListItem> : null}
          <UnorderedListItem>{t('intro.whoLog')}</UnorderedListItem>
          <UnorderedListItem>{t('intro.whoSecure')}</UnorderedListItem>
        </UnorderedList>
      </section>

      <section aria-labelledby="intro-how-long" className="weerbaar-section">
        <Heading2 id="intro-how-long">{t('intro.howLongTitle')}</Heading2>
        <Paragraph>{t('intro.howLong')}</Paragraph>
      </section>

      <section aria-labelledby="intro-rights" className="weerbaar-section">
        <Heading2 id="intro-rights">{t('intro.rightsTitle')}</Heading2>
        <UnorderedList>
          <UnorderedListItem>{t('intro.rightDownload')}</UnorderedListItem>
          <UnorderedListItem>{t('intro.rightWithdraw')}</UnorderedListItem>
          <UnorderedListItem>{t('intro.rightDelete')}</UnorderedListItem>
        </UnorderedList>
        <Paragraph>{t('intro.rightsWhere')}</Paragraph>
      </section>

      <section aria-labelledby="intro-parts" className="weerbaar-section">
        <Heading2 id="intro-parts">{t('intro.partsTitle')}</Heading2>
        <OrderedList>
          {instrument.parts.map((part) => (
            <OrderedListItem key={part.id}>{sayText(part.title)}</OrderedListItem>
          ))}
        </OrderedList>
        <Paragraph>{t('intro.skip')}</Paragraph>
      </section>

      {/* The Handreiking's vuistregels for this office, read before the first question. */}
      <VuistregelsBeforeStart organisation={organisation} office={scan.procedure.office} />
      <OndermijningLink />

      <Paragraph>{t('orgHome.kandidaat.helpPressure')}</Paragraph>
      <ButtonGroup className="weerbaar-steps">
        <Button appearance="primary-action-button" type="button" onClick={onBegin}>
          {t('intro.begin')}
        </Button>
      </ButtonGroup>
    </>
  );
}

/** ['nevenfuncties', 0, 'organisatie'] with {nl, en} → the engine's error shape. */
function serverError({ path, message }: ProblemFieldError): AnswerError {
  const [item = '', entry, field] = path;
  return {
    item: String(item),
    ...(typeof entry === 'number' ? { entry } : {}),
    ...(field !== undefined ? { field: String(field) } : {}),
    code: 'required',
    message,
  };
}

function Answering({
  tenantId,
  scan,
  instrument,
  onFrozen,
  onSent,
}: {
  tenantId: string;
  scan: OwnScan;
  instrument: Instrument;
  onFrozen: () => void;
  onSent: () => void;
}) {
  const { t } = useTranslation();
  const { say: sayText, language } = useSay();
  const { snapshot, change, flush } = useAutosave({
    tenantId,
    scanId: scan.id,
    instrument,
    initial: { revision: scan.revision, answers: scan.answers },
    onFrozen,
  });
  const evaluation = useMemo(
    () => evaluate(instrument, { answers: snapshot.answers }),
    [instrument, snapshot.answers],
  );
  const [checked, setChecked] = useState(false);
  const [serverErrors, setServerErrors] = useState<AnswerError[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const withExpert = scan.procedure.review !== 'none';

  const local = checked ? errorSummary(instrument, evaluation, sayText, language) : [];
  // The server checks with the same rules; should it still find something, show what it found.
  const summary =
    local.length > 0 || serverErrors.length === 0
      ? local
      : errorSummary(instrument, { ...evaluation, errors: serverErrors }, sayText, language);

  const showSummary = () => window.setTimeout(() => summaryRef.current?.focus(), 0);

  const send = async () => {
    if (busy) return;
    setChecked(true);
    setMessage(null);
    setServerErrors([]);
    if (errorSummary(instrument, evaluation, sayText, language).length > 0) {
      showSummary();
      return;
    }
    setBusy(true);
    try {
      if (!(await flush())) {
        setMessage(t('myScan.notSavedYet'));
        showSummary();
        return;
      }
      await call('scans.submit', { params: { tenantId, scanId: scan.id } });
      onSent();
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'incomplete') {
        setServerErrors(caught.fieldErrors().map(serverError));
        setMessage(problemMessage(caught, t));
      } else if (caught instanceof ApiError && caught.code === 'scan-frozen') {
        onFrozen();
      } else {
        setMessage(problemMessage(caught, t));
      }
      showSummary();
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Paragraph>{t('myScan.autosaveExplained')}</Paragraph>
      <details className="weerbaar-details">
        <summary>{t('intro.whoTitle')}</summary>
        <UnorderedList>
          <UnorderedListItem>{withExpert ? t('intro.whoExpert') : t('intro.whoOnlyYou')}</UnorderedListItem>
          <UnorderedListItem>{t('intro.whoClient')}</UnorderedListItem>
          {withExpert ? <UnorderedListItem>{t('intro.whoRelease')}</UnorderedListItem> : null}
          <UnorderedListItem>{t('intro.whoLog')}</UnorderedListItem>
        </UnorderedList>
      </details>

      <nav aria-labelledby="progress-title" className="weerbaar-progress-overview">
        <Heading2 id="progress-title" className="weerbaar-progress-overview__title">
          {t('myScan.progressTitle')}
        </Heading2>
        <ol className="weerbaar-progress-overview__list">
          {instrument.parts.map((part) => {
            const progress = evaluation.progress.find((p) => p.part === part.id);
            return (
              <li key={part.id}>
                <a className="utrecht-link utrecht-link--html-a" href={`#q-part-${part.id}`}>
                  {sayText(part.title)}
                </a>
                {progress ? <PartProgress progress={progress} /> : null}
              </li>
            );
          })}
        </ol>
      </nav>

      {/* No <form>: Enter in a text field must never send the whole scan. */}
      <div className="weerbaar-scan-form">
        <Questionnaire
          instrument={instrument}
          answers={snapshot.answers}
          evaluation={evaluation}
          onChange={change}
          showAllErrors={checked}
        />

        <section aria-labelledby="send-title" className="weerbaar-section weerbaar-send">
          <Heading2 id="send-title">{withExpert ? t('myScan.sendTitle') : t('myScan.finishTitle')}</Heading2>
          <Paragraph>{withExpert ? t('myScan.sendText') : t('myScan.finishText')}</Paragraph>
          <div ref={summaryRef} tabIndex={-1}>
            <ErrorSummary errors={summary} message={message} />
          </div>
          <ButtonGroup className="weerbaar-steps">
            <Button appearance="primary-action-button" type="button" busy={busy} onClick={() => void send()}>
              {withExpert ? t('myScan.send') : t('myScan.finish')}
            </Button>
          </ButtonGroup>
        </section>
      </div>

      <div className="weerbaar-savebar">
        <div className="weerbaar-container">
          <SaveStatus snapshot={snapshot} id="save-status" />
        </div>
      </div>
    </>
  );
}

function Sent({ tenantId, scan, instrument }: { tenantId: string; scan: OwnScan; instrument: Instrument }) {
  const { t } = useTranslation();
  const { language } = useSay();
  const evaluation = useMemo(
    () => evaluate(instrument, { answers: scan.answers }),
    [instrument, scan.answers],
  );
  const ready = scan.may.includes('readReport');
  return (
    <>
      <Alert type={ready ? 'ok' : 'info'} role="presentation" className="weerbaar-sent">
        <p className="weerbaar-sent__status">
          <ScanStatusBadge status={scan.status} />{' '}
          <span className="weerbaar-muted">{formatDateTime(scan.updatedAt, language)}</span>
        </p>
        <Paragraph>
          {t(
            `myScan.now.${ready ? 'report-ready' : scan.status === 'in-review' ? 'in-review' : 'submitted'}`,
          )}
        </Paragraph>
        {ready ? (
          <ButtonGroup>
            <AppButtonLink
              to={`/o/${tenantId}/mijn-scans/${scan.id}/rapport`}
              appearance="primary-action-button"
            >
              {t('myScan.readReport')}
            </AppButtonLink>
          </ButtonGroup>
        ) : (
          <Paragraph>{t('myScan.changeSomething')}</Paragraph>
        )}
      </Alert>
      <ResearchConsent tenantId={tenantId} scanId={scan.id} />
      <section aria-labelledby="sent-answers" className="weerbaar-section">
        <Heading2 id="sent-answers">{t('myScan.sentAnswers')}</Heading2>
        <AnswerList instrument={instrument} answers={scan.answers} evaluation={evaluation} />
      </section>
    </>
  );
}
