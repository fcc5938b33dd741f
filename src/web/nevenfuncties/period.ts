// Half years in words ("2026, 2e helft") and the ones a beheerder may publish: this one and the
// three before it (older ones stay publishable through the API).
import type { TFunction } from 'i18next';

export function periodLabel(period: string, t: TFunction): string {
  const match = /^(\d{4})-H([12])$/.exec(period);
  if (!match) return period;
  return match[2] === '1'
    ? t('nevenfuncties.publish.periodH1', { year: match[1] })
    : t('nevenfuncties.publish.periodH2', { year: match[1] });
}

export function recentPeriods(current: string, count = 4): string[] {
  const match = /^(\d{4})-H([12])$/.exec(current);
  if (!match) return [current];
  let year = Number(match[1]);
  let half = Number(match[2]);
  const periods: string[] = [];
  for (let i = 0; i < count; i += 1) {
    periods.push(`${year}-H${half}`);
    if (half === 2) half = 1;
    else {
      half = 2;
      year -= 1;
    }
  }
  return periods;
}
