// /o/:tenantId/mijn-scans/:scanId/rapport — the candidate's finished report: per theme the
// expert's judgement with the rationale (and whether it differs from what the answers proposed),
// what stood out and why, and the measures. Then the candidate's own choices: share the report
// with the opdrachtgever (how much, until when), stop sharing, see who looked at what, and their
// rights (download, withdraw, delete).
import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Instrument } from '../../core/instrument/schema.ts';
import { type ReleaseScope, scopesFor } from '../../core/sharing/scan-lifecycle.ts';
import { useSensitiveAction } from '../account/Reauthenticate.tsx';
import { AgendaSection } from '../agenda/AgendaSection.tsx';
import { ApiError } from '../api.ts';
import { call } from '../client.ts';
import type { OwnReport, OwnScan, Release } from '../contract.ts';
import { SuggestedDilemmas } from '../conversation/SuggestedDilemmas.tsx';
import { vuistregelsAddress } from '../handreiking/Vuistregels.tsx';
import { nl } from '../i18n/nl.ts';
import { useSay } from '../instrument/text.ts';
import { NetworkPictureSection } from '../network/picture/NetworkPictureSection.tsx';
import { inInterfaceLanguage, problemMessage } from '../problem.ts';
import { ForAbility } from '../scan/access.tsx';
import { addDays, formatDate, formatDateTime, localDay } from '../scan/format.ts';
import { loadOwnScan } from '../scan/MyScan.tsx';
import { YourRights } from '../scan/YourRights.tsx';
import { ScreeningReportSection } from '../screening/Findings.tsx';
import type { Organisation } from '../session.tsx';
import { choiceId, RadioGroup } from '../ui/choices.tsx';
import { ErrorSummary, type FieldErrors, TextField } from '../ui/forms.tsx';
import { AppLink } from '../ui/links.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { StatusMessage } from '../ui/Status.tsx';
import { pageState, useResource } from '../ui/use-resource.ts';
import { ReportDownloads } from './ReportDownloads.tsx';
import { ReportSections } from './ReportSections.tsx';

export function MyReport() {
  const { scanId } = useParams();
  return (
    <ForAbility action="scans.own">
      {(organisation) => <MyReportPage key={scanId} organisation={organisation} scanId={scanId ?? ''} />}
    </ForAbility>
  );
}

type State =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'not-ready' }
  | { status: 'ready'; own: OwnReport; scan: OwnScan; instrument: Instrument };

/** The longest a release may run (src/core/sharing: maxReleaseDays). */
const MAX_RELEASE_DAYS = 365;
const DEFAULT_RELEASE_DAYS = 30;

function MyReportPage({ organisation, scanId }: { organisation: Organisation; scanId: string }) {
  const { t } = useTranslation();
  const { language, say: sayText } = useSay();
  const tenantId = organisation.tenantId;
  const load = useResource(async (): Promise<State> => {
    try {
      const [own, { scan, instrument }] = await Promise.all([
        call('reports.own', { params: { tenantId, scanId } }),
        loadOwnScan(tenantId, scanId),
      ]);
      return { status: 'ready', own, scan, instrument };
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'report-not-ready') return { status: 'not-ready' };
      throw caught;
    }
  }, [tenantId, scanId]);
  const state = pageState(load);

  const back = (
    <Paragraph>
      <AppLink to={`/o/${tenantId}/mijn-scans/${scanId}`}>{t('myReport.back')}</AppLink>
    </Paragraph>
  );

  if (state.status !== 'ready') {
    return (
      <>
        <PageTitle>
          {state.status === 'not-ready' ? t('myReport.notReadyTitle') : t('myReport.title')}
        </PageTitle>
        {back}
        <ResourceView resource={load} />
        {state.status === 'not-ready' ? <Paragraph>{t('myReport.notReady')}</Paragraph> : null}
      </>
    );
  }

  const { own, scan, instrument } = state;
  const reflection = scan.procedure.review === 'none';
  return (
    <>
      <PageTitle>{t('myReport.title')}</PageTitle>
      {back}
      <Paragraph lead>{t('myScan.forProcedure', { name: scan.procedure.name })}</Paragraph>
      <Alert type="info" role="presentation" className="weerbaar-report__notice">
        <Paragraph>
          <strong>{t('report.notATrafficLight')}</strong>{' '}
          {reflection ? t('myReport.aboutReflection') : t('myReport.aboutExpert')}
        </Paragraph>
      </Alert>
      {own.report.finalisedAt ? (
        <Paragraph small className="weerbaar-muted">
          {t('report.finalisedOn', { date: formatDate(own.report.finalisedAt, language) })}
        </Paragraph>
      ) : null}

      <nav aria-label={t('myReport.onThisPage')} className="weerbaar-page-nav">
        <ul>
          <li>
            <a className="utrecht-link utrecht-link--html-a" href="#report-content">
              {t('myReport.toReport')}
            </a>
          </li>
          {own.may.includes('release') ? (
            <li>
              <a className="utrecht-link utrecht-link--html-a" href="#share-title">
                {t('share.title')}
              </a>
            </li>
          ) : null}
          <li>
            <a className="utrecht-link utrecht-link--html-a" href="#access-title">
              {t('access.title')}
            </a>
          </li>
          <li>
            <a className="utrecht-link utrecht-link--html-a" href="#rights-title">
              {t('rights.title')}
            </a>
          </li>
        </ul>
      </nav>

      <div id="report-content">
        <ReportSections
          report={own.report}
          reader="kandidaat"
          instrument={instrument}
          answers={scan.answers}
        />
      </div>
      {own.screening ? (
        <ScreeningReportSection
          screening={own.screening}
          themeTitle={(id) => {
            const theme = instrument.themes.find((th) => th.id === id);
            return theme ? sayText(theme.title) : null;
          }}
        />
      ) : null}
      <NetworkPictureSection drawing={own.report.network} reader="kandidaat" />
      <ReportDownloads tenantId={tenantId} scanId={scan.id} reader="kandidaat" />
      <SuggestedDilemmas
        themes={own.report.sections.flatMap((s) =>
          s.themes
            .filter((th) => (th.judgement?.level ?? 'geen-aandachtspunt') !== 'geen-aandachtspunt')
            .map((th) => th.id),
        )}
      />
      <AgendaSection tenantId={tenantId} scanId={scan.id} />
      {/* The Handreiking's vuistregels for the procedure's office, printable, and the guide to ondermijning. */}
      <section aria-labelledby="report-vuistregels-title" className="weerbaar-section">
        <Heading2 id="report-vuistregels-title">{t('handreiking.vuistregels.title')}</Heading2>
        <ul className="weerbaar-link-list">
          <li>
            <AppLink to={vuistregelsAddress(tenantId, scan.procedure.office)}>
              {t('handreiking.vuistregels.fromReport')}
            </AppLink>
          </li>
          <li>
            <AppLink to="/ondermijning-herkennen">{t('handreiking.ondermijning.link')}</AppLink>
          </li>
        </ul>
      </section>

      {own.may.includes('release') ? (
        <Share
          tenantId={tenantId}
          scanId={scan.id}
          releases={own.releases}
          releaseTo={own.releaseTo}
          onChanged={() => void load.reload({ quiet: true })}
        />
      ) : (
        <section aria-labelledby="share-title" className="weerbaar-section">
          <Heading2 id="share-title">{t('share.title')}</Heading2>
          <Paragraph>{t('share.notForReflection')}</Paragraph>
        </section>
      )}

      <AccessLog entries={own.accessLog} />
      <YourRights tenantId={tenantId} scanId={scan.id} procedureName={scan.procedure.name} />
    </>
  );
}

/** The end of the chosen day in the person's own time, within the longest allowed period. */
function untilOf(day: string, now: Date): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const end = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 23, 59, 0);
  if (Number.isNaN(end.getTime()) || end.getTime() <= now.getTime()) return null;
  const latest = new Date(now.getTime() + MAX_RELEASE_DAYS * 86_400_000 - 60_000);
  return end.getTime() > latest.getTime() ? latest : end;
}

function Share({
  tenantId,
  scanId,
  releases,
  releaseTo,
  onChanged,
}: {
  tenantId: string;
  scanId: string;
  releases: Release[];
  /** An election list's candidate shares with its kandidatencommissie, others with the opdrachtgever. */
  releaseTo: 'opdrachtgever' | 'commissie';
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useSay();
  const sensitive = useSensitiveAction();
  const today = new Date();
  const [scope, setScope] = useState<string>('');
  const [day, setDay] = useState(localDay(addDays(today, DEFAULT_RELEASE_DAYS)));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const active = releases.filter((r) => r.active);
  const past = releases.filter((r) => !r.active);

  const release = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setMessage(null);
    setStatus(null);
    const found: FieldErrors = {};
    if (!scopesFor(releaseTo).includes(scope as ReleaseScope))
      found[choiceId('share-scope', 'samenvatting')] = t('share.scopeRequired');
    const until = untilOf(day, new Date());
    if (!until) found['share-until'] = t('share.untilInvalid');
    setErrors(found);
    if (Object.keys(found).length > 0 || !until) {
      const first = Object.keys(found)[0];
      if (first) window.setTimeout(() => document.getElementById(first)?.focus(), 0);
      return;
    }
    const chosen = scope as ReleaseScope;
    setBusy('release');
    void sensitive
      .run(
        async () => {
          await call('reports.release', {
            params: { tenantId, scanId },
            body: { scope: chosen, until: until.toISOString() },
          });
          setStatus(
            t('share.released', {
              scope: t(`releaseScope.${chosen}`).toLowerCase(),
              date: formatDate(until.toISOString(), language),
            }),
          );
          setScope('');
          onChanged();
        },
        (caught) => {
          if (caught instanceof ApiError && caught.code === 'release-refused') {
            const reason = caught.fieldError(['until']) ?? caught.problem.message;
            setErrors({ 'share-until': reason ? inInterfaceLanguage(reason) : '' });
          } else {
            setMessage(problemMessage(caught, t));
          }
        },
      )
      .finally(() => setBusy(null));
  };

  const revoke = (item: Release) => {
    setMessage(null);
    setStatus(null);
    setBusy(item.id);
    void sensitive
      .run(
        async () => {
          await call('reports.revoke', { params: { tenantId, scanId, releaseId: item.id } });
          setStatus(t('share.revoked'));
          onChanged();
        },
        (caught) => setMessage(problemMessage(caught, t)),
      )
      .finally(() => setBusy(null));
  };

  const summary = Object.entries(errors)
    .filter((entry): entry is [string, string] => Boolean(entry[1]))
    .map(([field, text]) => ({ field, message: text }));

  return (
    <section aria-labelledby="share-title" className="weerbaar-section">
      <Heading2 id="share-title">
        {releaseTo === 'commissie' ? t('share.titleCommittee') : t('share.title')}
      </Heading2>
      <Paragraph>{releaseTo === 'commissie' ? t('share.introCommittee') : t('share.intro')}</Paragraph>
      <StatusMessage>{status}</StatusMessage>
      {sensitive.panel}

      {active.length > 0 ? (
        <>
          <Paragraph>
            <strong>{t('share.activeTitle')}</strong>
          </Paragraph>
          <ul className="weerbaar-releases">
            {active.map((item) => (
              <li key={item.id} className="weerbaar-release">
                <Paragraph>
                  {t('share.activeItem', {
                    scope: t(`releaseScope.${item.scope}`).toLowerCase(),
                    date: formatDateTime(item.until, language),
                  })}
                </Paragraph>
                {item.may.includes('revoke') ? (
                  <ButtonGroup>
                    <Button
                      appearance="secondary-action-button"
                      hint="danger"
                      type="button"
                      busy={busy === item.id}
                      onClick={() => revoke(item)}
                    >
                      {t('share.revoke')}
                    </Button>
                  </ButtonGroup>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <Paragraph>{t('share.notShared')}</Paragraph>
      )}

      <form noValidate onSubmit={release} className="weerbaar-form weerbaar-panel">
        <ErrorSummary errors={summary} message={message} />
        <RadioGroup
          id="share-scope"
          legend={t('share.scope')}
          error={errors[choiceId('share-scope', 'samenvatting')]}
          value={scope}
          onValueChange={setScope}
          choices={
            releaseTo === 'commissie'
              ? [
                  {
                    value: 'commissie',
                    label: t('releaseScope.commissie'),
                    description: t('share.scopeCommittee'),
                  },
                ]
              : [
                  {
                    value: 'samenvatting',
                    label: t('releaseScope.samenvatting'),
                    description: t('share.scopeSummary'),
                  },
                  { value: 'volledig', label: t('releaseScope.volledig'), description: t('share.scopeFull') },
                ]
          }
        />
        <TextField
          id="share-until"
          type="date"
          label={t('share.until')}
          description={t('share.untilDescription', { count: MAX_RELEASE_DAYS })}
          error={errors['share-until']}
          value={day}
          onValueChange={setDay}
          min={localDay(today)}
          max={localDay(addDays(today, MAX_RELEASE_DAYS - 1))}
          className="weerbaar-input-date"
        />
        <Paragraph>{releaseTo === 'commissie' ? t('share.neverCommittee') : t('share.never')}</Paragraph>
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit" busy={busy === 'release'}>
            {t('share.submit')}
          </Button>
        </ButtonGroup>
      </form>

      {past.length > 0 ? (
        <details className="weerbaar-details">
          <summary>{t('share.pastTitle', { count: past.length })}</summary>
          <ul className="weerbaar-releases">
            {past.map((item) => (
              <li key={item.id}>
                {item.revokedAt
                  ? t('share.pastRevoked', {
                      scope: t(`releaseScope.${item.scope}`).toLowerCase(),
                      date: formatDateTime(item.revokedAt, language),
                    })
                  : t('share.pastExpired', {
                      scope: t(`releaseScope.${item.scope}`).toLowerCase(),
                      date: formatDateTime(item.until, language),
                    })}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

const accessWho = nl.access.who;
const accessWhat = nl.access.what;

function AccessLog({ entries }: { entries: OwnReport['accessLog'] }) {
  const { t } = useTranslation();
  const { language } = useSay();
  // A role or view the texts do not know (a newer server) is shown as a neutral phrase, never raw.
  const who = (role: string) =>
    role in accessWho ? t(`access.who.${role as keyof typeof accessWho}`) : t('access.who.other');
  const what = (view: string) =>
    view in accessWhat ? t(`access.what.${view as keyof typeof accessWhat}`) : t('access.what.other');
  return (
    <section aria-labelledby="access-title" className="weerbaar-section">
      <Heading2 id="access-title">{t('access.title')}</Heading2>
      <Paragraph>{t('access.intro')}</Paragraph>
      {entries.length === 0 ? (
        <Paragraph>{t('access.empty')}</Paragraph>
      ) : (
        <ul className="weerbaar-access-log" aria-label={t('access.caption')}>
          {entries.map((entry, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: log lines have no id; the list does not change order
            <li key={index} className="weerbaar-access-log__item">
              <span className="weerbaar-access-log__when">{formatDateTime(entry.at, language)}</span>
              <span className="weerbaar-access-log__what">
                {who(entry.role)}: {what(entry.view)}
              </span>
              <span className={`weerbaar-badge weerbaar-badge--access-${entry.outcome}`}>
                {t(`access.outcome.${entry.outcome}`)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
