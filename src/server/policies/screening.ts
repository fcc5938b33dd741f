// The antecedentenonderzoek's rules (policies/may.ts tables): the candidate signs and revokes the
// bewilligingsverklaring; the procedure's expert runs the check and decides on its hits. No check
// without a signed, unrevoked declaration; a revocation only before the check has run.
import type { ScanStatus } from '../../core/sharing/scan-lifecycle.ts';
import { conflict, type DomainError, reauthenticate } from '../domain-error.ts';
import type { DeclarationState } from '../screening/record.ts';
import { sentence } from '../texts.ts';
import { actionsOf, type Rules } from './may.ts';

export interface ScreeningSubjectState {
  status: ScanStatus;
  declaration: DeclarationState;
  ran: boolean;
}

const live = (s: ScreeningSubjectState): DomainError | null =>
  s.status === 'withdrawn' || s.status === 'deleted'
    ? conflict('scan-deleted', sentence('errors', 'scan-deleted'))
    : null;

const notRun = (s: ScreeningSubjectState): DomainError | null =>
  s.ran ? conflict('screening-ran', sentence('errors', 'screening-ran')) : null;

const ran = (s: ScreeningSubjectState): DomainError | null =>
  s.ran ? null : conflict('screening-not-run', sentence('errors', 'screening-not-run'));

/** The candidate's table (read-own-screening.ts sends it as `may`). */
export const ownScreeningRules = {
  sign: (s) =>
    live(s) ??
    notRun(s) ??
    (s.declaration === 'signed'
      ? conflict('declaration-signed', sentence('errors', 'declaration-signed'))
      : null),
  revoke: (s) =>
    live(s) ??
    notRun(s) ??
    (s.declaration === 'signed'
      ? null
      : conflict('declaration-not-signed', sentence('errors', 'declaration-not-signed'))),
} as const satisfies Rules<string, ScreeningSubjectState>;
export type OwnScreeningAction = keyof typeof ownScreeningRules;
export const ownScreeningActions = actionsOf<OwnScreeningAction>(ownScreeningRules);

/** The expert's table (read-screening-for-expert.ts sends it as `may`). */
export const expertScreeningRules = {
  run: (s) =>
    live(s) ??
    notRun(s) ??
    (s.declaration === 'signed'
      ? null
      : conflict('declaration-not-signed', sentence('errors', 'declaration-missing'))),
  decide: (s) => live(s) ?? ran(s),
  recordSource: (s) => live(s) ?? ran(s),
} as const satisfies Rules<string, ScreeningSubjectState>;
export type ExpertScreeningAction = keyof typeof expertScreeningRules;
export const expertScreeningActions = actionsOf<ExpertScreeningAction>(expertScreeningRules);

/** How recent the second factor must be to sign a declaration. */
export const freshSecondFactorMs = 5 * 60_000;

/**
 * Signing a declaration needs a fresh second factor: one the person has, used in the last five
 * minutes (a passkey or an app code; a sign-in link alone is not enough). Without a factor the
 * person sets one up first.
 */
export function assertFreshSecondFactor(
  session: { factors: { totp: boolean; passkeys: number }; secondFactorAt: Date | null },
  now: Date,
): void {
  if (!session.factors.totp && session.factors.passkeys === 0) {
    throw conflict('second-factor-needed', sentence('errors', 'second-factor-needed'));
  }
  const at = session.secondFactorAt?.getTime();
  if (at === undefined || now.getTime() - at > freshSecondFactorMs) throw reauthenticate();
}
