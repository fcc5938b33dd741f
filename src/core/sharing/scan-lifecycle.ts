// The life of a scan and the rules of release, as pure functions: the server enforces them, the
// web app shows what is possible with the same code. Nothing here knows about storage.
//
//   invited ─start→ started ─submit→ submitted ─begin-review→ in-review ─finalise→ report-ready
//                      ↑                 │                        │
//                      └──── reopen (expert, with a reason) ──────┘
//   any state but deleted ─withdraw→ withdrawn;   any state ─delete→ deleted
//
// Without expert review (the reflection for top officials) submit goes straight to report-ready.
// A report is shared only by the candidate's own release: scope samenvatting or volledig, until a
// date, revocable at any moment; expiry and revocation count at the very next request.

import type { ReviewPolicy, Sentence } from '../vocabulary.ts';

export const scanStatuses = [
  'invited',
  'started',
  'submitted',
  'in-review',
  'report-ready',
  'withdrawn',
  'deleted',
] as const;
export type ScanStatus = (typeof scanStatuses)[number];

export type ScanEvent =
  | 'start'
  | 'save'
  | 'submit'
  | 'begin-review'
  | 'reopen'
  | 'finalise'
  | 'withdraw'
  | 'delete';

/** A refusal's reason is a clause in both languages ("de scan is verwijderd"), shown as it is. */
export type Transition = { ok: true; to: ScanStatus } | { ok: false; reason: Sentence };

const no = (nl: string, en: string): Transition => ({ ok: false, reason: { nl, en } });

export function transition(from: ScanStatus, event: ScanEvent, review: ReviewPolicy): Transition {
  if (from === 'deleted') return no('de scan is verwijderd', 'the scan was deleted');
  switch (event) {
    case 'start':
      return from === 'invited'
        ? { ok: true, to: 'started' }
        : from === 'started'
          ? { ok: true, to: 'started' }
          : frozen(from);
    case 'save':
      return from === 'invited' || from === 'started' ? { ok: true, to: 'started' } : frozen(from);
    case 'submit':
      if (from !== 'started') return frozen(from);
      return { ok: true, to: review === 'none' ? 'report-ready' : 'submitted' };
    case 'begin-review':
      return from === 'submitted' && review !== 'none'
        ? { ok: true, to: 'in-review' }
        : no('niet ter beoordeling', 'not awaiting review');
    case 'reopen':
      return from === 'submitted' || from === 'in-review'
        ? { ok: true, to: 'started' }
        : no('alleen een ingediende scan kan worden heropend', 'only a submitted scan can be reopened');
    case 'finalise':
      if (from === 'in-review') return { ok: true, to: 'report-ready' };
      if (from === 'submitted' && review === 'optional') return { ok: true, to: 'report-ready' };
      return no('de beoordeling is nog niet begonnen', 'the review has not started');
    case 'withdraw':
      return from === 'withdrawn'
        ? no('al teruggetrokken', 'already withdrawn')
        : { ok: true, to: 'withdrawn' };
    case 'delete':
      return { ok: true, to: 'deleted' };
  }
}

function frozen(from: ScanStatus): Transition {
  return from === 'withdrawn'
    ? no('de scan is teruggetrokken', 'the scan was withdrawn')
    : no('de antwoorden zijn ingediend en staan vast', 'the answers were submitted and are frozen');
}

// ── release ──

/**
 * To the opdrachtgever: samenvatting or volledig. To a party's kandidatencommissie (an election
 * list): commissie — the talking points and the themes to discuss, never answers or evidence.
 */
export const releaseScopes = ['samenvatting', 'volledig', 'commissie'] as const;
export type ReleaseScope = (typeof releaseScopes)[number];
/** Whom a procedure's candidates release to: an election list's committee, otherwise the opdrachtgever. */
export type ReleaseAudience = 'opdrachtgever' | 'commissie';

/** The scopes a candidate may choose for this audience. */
export function scopesFor(audience: ReleaseAudience): ReleaseScope[] {
  return audience === 'commissie' ? ['commissie'] : ['samenvatting', 'volledig'];
}

export interface Release {
  scope: ReleaseScope;
  until: Date;
  revokedAt: Date | null;
}

/** The longest a release may run: a procedure ends; a release that outlives it is a leak. */
export const maxReleaseDays = 365;

type Check = { ok: true } | { ok: false; reason: Sentence };
const refused = (nl: string, en: string) => ({ ok: false as const, reason: { nl, en } });

/** Whether this report may be released at all, whatever the date (the candidate's "share" form). */
export function checkReleasable(input: {
  status: ScanStatus;
  mode: 'scan' | 'check' | 'reflectie' | 'zelfscan';
}): Check {
  if (input.mode === 'reflectie' || input.mode === 'zelfscan') {
    return refused('de uitkomst van deze reflectie blijft bij u', 'this reflection stays with you');
  }
  if (input.status !== 'report-ready')
    return refused('het rapport is nog niet klaar', 'the report is not ready');
  return { ok: true };
}

export function checkNewRelease(
  input: { status: ScanStatus; mode: 'scan' | 'check' | 'reflectie' | 'zelfscan'; until: Date },
  now: Date,
): Check {
  const no = refused;
  const releasable = checkReleasable(input);
  if (!releasable.ok) return releasable;
  if (input.until.getTime() <= now.getTime())
    return no('kies een datum in de toekomst', 'choose a future date');
  if (input.until.getTime() > now.getTime() + maxReleaseDays * 86_400_000) {
    return no(`hoogstens ${maxReleaseDays} dagen`, `at most ${maxReleaseDays} days`);
  }
  return { ok: true };
}

export function isReleaseActive(release: Release, now: Date): boolean {
  return release.revokedAt === null && release.until.getTime() > now.getTime();
}

/** What the opdrachtgever may see now: the widest scope among active releases, or nothing. */
export function clientScope(
  releases: readonly Release[],
  now: Date,
): Exclude<ReleaseScope, 'commissie'> | null {
  // A release to a committee is not one to an opdrachtgever.
  const active = releases.filter((r) => r.scope !== 'commissie' && isReleaseActive(r, now));
  if (active.some((r) => r.scope === 'volledig')) return 'volledig';
  return active.length > 0 ? 'samenvatting' : null;
}

/** Whether the committee of an election list may read the committee view now. */
export function committeeReleased(releases: readonly Release[], now: Date): boolean {
  return releases.some((r) => r.scope === 'commissie' && isReleaseActive(r, now));
}

/**
 * A candidate's progress as the committee sees it, without content: invited, working on it,
 * finished (the report is ready), released to the committee, or stopped (withdrawn or deleted).
 */
export const committeeProgress = ['uitgenodigd', 'bezig', 'afgerond', 'vrijgegeven', 'gestopt'] as const;
export type CommitteeProgress = (typeof committeeProgress)[number];

export function committeeProgressOf(
  status: ScanStatus,
  releases: readonly Release[],
  now: Date,
): CommitteeProgress {
  if (status === 'invited') return 'uitgenodigd';
  if (status === 'withdrawn' || status === 'deleted') return 'gestopt';
  if (status !== 'report-ready') return 'bezig';
  return committeeReleased(releases, now) ? 'vrijgegeven' : 'afgerond';
}

/** The status the opdrachtgever sees: "released" is report-ready with an active release. */
export function clientStatus(
  status: ScanStatus,
  releases: readonly Release[],
  now: Date,
): ScanStatus | 'released' {
  return status === 'report-ready' && clientScope(releases, now) ? 'released' : status;
}
