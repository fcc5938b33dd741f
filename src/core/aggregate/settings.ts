// Disclosure settings: the threshold (smallest count shown), the dominance share and the rounding
// base, with their limits. Pure; no texts (the server says the sentences, keyed by `problem`).

export interface DisclosureSettings {
  /** Smallest count shown; default 10, never below 5. */
  threshold: number;
  /**
   * A cell holding ≥ this share of its row's (or column's) total with total > 0 discloses an
   * attribute of (nearly) the whole group → primary suppression (e.g. 0.9); null = off.
   */
  dominance: number | null;
  /** Shown counts rounded to a multiple (e.g. 5); null = exact. */
  roundTo: number | null;
}

/** The lowest threshold any setting may choose. */
export const minimumThreshold = 5;

export const defaultDisclosureSettings: DisclosureSettings = Object.freeze({
  threshold: 10,
  dominance: 0.9,
  roundTo: null,
});

export type DisclosureSettingsProblem =
  | 'threshold-below-minimum'
  | 'dominance-out-of-range'
  | 'rounding-invalid';

/**
 * The limits: the threshold is a whole number ≥ 5 (anything else, including NaN or 7.5, is
 * `threshold-below-minimum`); dominance is null or a share in (0.5, 1] (at or below one half two
 * cells of one row could both "dominate" it); rounding is null or a whole number from 2 up to the
 * threshold (a base above the threshold could round a shown count to 0, which reads as "nobody").
 */
export function checkDisclosureSettings(
  s: DisclosureSettings,
): { ok: true } | { ok: false; problem: DisclosureSettingsProblem } {
  if (!Number.isInteger(s.threshold) || s.threshold < minimumThreshold) {
    return { ok: false, problem: 'threshold-below-minimum' };
  }
  if (s.dominance !== null && !(Number.isFinite(s.dominance) && s.dominance > 0.5 && s.dominance <= 1)) {
    return { ok: false, problem: 'dominance-out-of-range' };
  }
  if (s.roundTo !== null && !(Number.isInteger(s.roundTo) && s.roundTo >= 2 && s.roundTo <= s.threshold)) {
    return { ok: false, problem: 'rounding-invalid' };
  }
  return { ok: true };
}

/**
 * The protection level p: a suppressed small count v must be, for an attacker who knows everything
 * the table shows, anything from max(0, v − p) to v + p. Half the threshold, rounded up (5 for the
 * default 10): the attacker cannot tell a cell of 9 from one of 4 or 14.
 */
export function protectionLevel(s: DisclosureSettings): number {
  return Math.ceil(s.threshold / 2);
}
