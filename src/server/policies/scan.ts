// What may be done with one scan now, per reader, as rule tables (policies/may.ts). Each rule is
// the check its operation makes before acting, so the `may` list sent with the scan and the route's
// answer cannot differ:
// - the candidate's own scan (scans.readOwn, scans.listOwn) and own report (reports.own);
// - the assigned expert's read (reviews.read);
// - a scan as a row of a procedure, for its opdrachtgevers and experts (procedures.read).
// Whether the person may reach the scan at all (their own, their procedure) is decided before, by
// the loads in policies/procedure.ts; recent authentication for sensitive steps is asked at the
// moment itself (assertRecentlyAuthenticated), not promised here.

import {
  checkReleasable,
  clientScope,
  type Release,
  type ScanEvent,
  type ScanStatus,
  transition,
} from '../../core/sharing/scan-lifecycle.ts';
import type { ReviewPolicy } from '../../core/vocabulary.ts';
import { conflict, type DomainError, forbidden, notFound, withFullStop } from '../domain-error.ts';
import { sentence } from '../texts.ts';
import { actionsOf, type Rules } from './may.ts';
import type { ProcedureRole } from './procedure.ts';

export const reportNotReady = () =>
  conflict('report-not-ready', sentence('errors', 'report-not-ready.default'));

export const agendaNotReady = () =>
  conflict('report-not-ready', sentence('errors', 'report-not-ready.agenda'));

export const notSubmitted = () => conflict('not-submitted', sentence('errors', 'not-submitted.default'));

/** The expert sees a scan once it is submitted: a draft is the candidate's own. */
export function submittedRefusal(status: ScanStatus): DomainError | null {
  return status === 'submitted' || status === 'in-review' || status === 'report-ready'
    ? null
    : notSubmitted();
}

export function assertSubmitted(scan: { status: ScanStatus }): void {
  const refusal = submittedRefusal(scan.status);
  if (refusal) throw refusal;
}

/** A lifecycle step (core/sharing) as a refusal with the given code, or null when it may happen. */
export function stepRefusal(
  code: string,
  status: ScanStatus,
  event: ScanEvent,
  review: ReviewPolicy,
): DomainError | null {
  const next = transition(status, event, review);
  return next.ok ? null : conflict(code, withFullStop(next.reason));
}

// ── the candidate's own scan ──

export interface OwnScanSubject {
  status: ScanStatus;
  review: ReviewPolicy;
}

export const ownScanRules = {
  /** Save answers and the network map, and submit them (scans/autosave.ts, submit-scan.ts). */
  answer: (s) => stepRefusal('scan-frozen', s.status, 'save', s.review),
  withdraw: (s) => stepRefusal('scan-removed', s.status, 'withdraw', s.review),
  delete: (s) => stepRefusal('scan-removed', s.status, 'delete', s.review),
  /** The report page and its PDF. */
  readReport: (s) => (s.status === 'report-ready' ? null : reportNotReady()),
  /** The integriteitsagenda on the finished report. */
  agenda: (s) => (s.status === 'report-ready' ? null : agendaNotReady()),
} as const satisfies Rules<string, OwnScanSubject>;
export type OwnScanAction = keyof typeof ownScanRules;
export const ownScanActions = actionsOf<OwnScanAction>(ownScanRules);

export interface OwnReportSubject {
  status: ScanStatus;
  mode: 'scan' | 'check' | 'reflectie' | 'zelfscan';
}

export const ownReportRules = {
  /** Share the report with the opdrachtgever (release-report.ts adds the date checks). */
  release: (r) => {
    const check = checkReleasable(r);
    return check.ok
      ? null
      : conflict('release-refused', withFullStop(check.reason), [{ path: ['until'], message: check.reason }]);
  },
} as const satisfies Rules<string, OwnReportSubject>;
export type OwnReportAction = keyof typeof ownReportRules;
export const ownReportActions = actionsOf<OwnReportAction>(ownReportRules);

export const releaseRules = {
  /** A release not revoked yet may be revoked, also once it has run out. */
  revoke: (r) => (r.revokedAt === null ? null : notFound()),
} as const satisfies Rules<string, Pick<Release, 'revokedAt'>>;
export type ReleaseAction = keyof typeof releaseRules;
export const releaseActions = actionsOf<ReleaseAction>(releaseRules);

// ── the assigned expert's read ──

export interface ExpertScanSubject {
  status: ScanStatus;
  review: ReviewPolicy;
}

export const expertScanRules = {
  begin: (s) => stepRefusal('wrong-state', s.status, 'begin-review', s.review),
  reopen: (s) => stepRefusal('wrong-state', s.status, 'reopen', s.review),
  notes: (s) => submittedRefusal(s.status),
  /** Judgements and measures: during the review, or straight away when review is optional. */
  decide: (s) =>
    s.status === 'in-review' || (s.status === 'submitted' && s.review === 'optional')
      ? null
      : conflict('wrong-state', sentence('errors', 'wrong-state')),
  finalise: (s) => stepRefusal('wrong-state', s.status, 'finalise', s.review),
  /** The expert's copy of the finished report as a PDF. */
  downloadPdf: (s) => (s.status === 'report-ready' ? null : reportNotReady()),
} as const satisfies Rules<string, ExpertScanSubject>;
export type ExpertScanAction = keyof typeof expertScanRules;
export const expertScanActions = actionsOf<ExpertScanAction>(expertScanRules);

// ── a scan as a row of a procedure ──

export interface ProcedureScanSubject {
  /** The reader's parts in the procedure. */
  roles: readonly ProcedureRole[];
  procedureStatus: 'open' | 'closed';
  status: ScanStatus;
  releases: readonly Release[];
  now: Date;
}

export const notReleased = () => forbidden('not-released', sentence('errors', 'not-released'));

/** The opdrachtgever reads what an active release of a finished report allows (scans/released.ts). */
function releasedRefusal(s: ProcedureScanSubject): DomainError | null {
  if (!s.roles.includes('opdrachtgever')) return notFound();
  return s.status === 'report-ready' && clientScope(s.releases, s.now) ? null : notReleased();
}

function reviewRefusal(s: ProcedureScanSubject): DomainError | null {
  return s.roles.includes('expert') ? submittedRefusal(s.status) : notFound();
}

export const procedureScanRules = {
  /** A reminder to a candidate who has not submitted yet, while the procedure is open. */
  remind: (s) => {
    if (!s.roles.includes('opdrachtgever')) return notFound();
    if (s.procedureStatus !== 'open')
      return conflict('procedure-closed', sentence('errors', 'procedure-closed.default'));
    return s.status === 'invited' || s.status === 'started'
      ? null
      : conflict('nothing-to-remind', sentence('errors', 'nothing-to-remind'));
  },
  /** The assigned expert's review page (reviews.read and the review steps). */
  review: reviewRefusal,
  /** The opdrachtgever's released report, page and PDF. */
  readReport: releasedRefusal,
  /** The leidraad: the expert once submitted (the expert's part wins), the opdrachtgever while released. */
  readGuide: (s) => (s.roles.includes('expert') ? reviewRefusal(s) : releasedRefusal(s)),
} as const satisfies Rules<string, ProcedureScanSubject>;
export type ProcedureScanAction = keyof typeof procedureScanRules;
export const procedureScanActions = actionsOf<ProcedureScanAction>(procedureScanRules);
