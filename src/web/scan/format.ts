// Dates, times and offices in words, in the interface language.
import type { TFunction } from 'i18next';
import { type Language, type Office, offices } from '../../core/vocabulary.ts';

const locale = (language: Language) => (language === 'en' ? 'en-GB' : 'nl-NL');

/** "3 maart 2026" */
export function formatDate(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(language), { day: 'numeric', month: 'long', year: 'numeric' }).format(
    date,
  );
}

/** "3 maart 2026 om 21:14" */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** "21:14" */
export function formatTime(date: Date, language: Language): string {
  return new Intl.DateTimeFormat(locale(language), { hour: '2-digit', minute: '2-digit' }).format(date);
}

export function isOffice(value: string): value is Office {
  return (offices as readonly string[]).includes(value);
}

export function officeLabel(office: string, t: TFunction): string {
  return isOffice(office) ? t(`offices.${office}`) : office;
}

/** A date as yyyy-mm-dd in the person's own time zone (for <input type="date">). */
export function localDay(date: Date): string {
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((n) => String(n).padStart(2, '0'))
    .join('-');
}

export function addDays(date: Date, days: number): Date {
  const next = new Date(date);
  next.setDate(next.getDate() + days);
  return next;
}
