// Half years, the unit of publication of the nevenfuncties register: `2026-H1` is January to June,
// `2026-H2` July to December. Dates are ISO text (YYYY-MM-DD), compared as text.

export const periodPattern = /^(\d{4})-H([12])$/;

export interface PeriodBounds {
  period: string;
  /** First day, inclusive. */
  from: string;
  /** Last day, inclusive. */
  to: string;
}

export function periodBounds(period: string): PeriodBounds | null {
  const match = periodPattern.exec(period);
  if (!match) return null;
  const year = match[1]!;
  return match[2] === '1'
    ? { period, from: `${year}-01-01`, to: `${year}-06-30` }
    : { period, from: `${year}-07-01`, to: `${year}-12-31` };
}

/** The half year a moment falls in (UTC). */
export function periodOf(moment: Date): string {
  return `${moment.getUTCFullYear()}-H${moment.getUTCMonth() < 6 ? 1 : 2}`;
}

/** Whether `period` is not later than the half year of `now` (a future half year is not published). */
export function notAfter(period: string, now: Date): boolean {
  return period <= periodOf(now);
}

/** Whether a nevenfunctie from `startsOn` to `endsOn` (either open) was held during the half year. */
export function heldDuring(bounds: PeriodBounds, startsOn: string | null, endsOn: string | null): boolean {
  return (startsOn === null || startsOn <= bounds.to) && (endsOn === null || endsOn >= bounds.from);
}

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
