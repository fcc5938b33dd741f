// Turns an error from the API (or anything else thrown) into a sentence for the user.
// The server writes `detail` and field messages in Dutch with English after " / "; we show
// the half that matches the interface language.
import type { TFunction } from 'i18next';
import { ApiError } from './api.ts';
import { currentLanguage } from './i18n/index.ts';
import type { nl } from './i18n/nl.ts';

type ProblemCode = keyof typeof nl.problems;

function isKnownCode(code: string | undefined): code is ProblemCode {
  return code === 'link-invalid' || code === 'totp-invalid' || code === 'recovery-code-invalid';
}

/** "Nederlandse zin. / English sentence." → the half for the current language. */
export function localise(text: string): string {
  const parts = text.split(' / ');
  if (parts.length !== 2) return text;
  const [dutch, english] = parts as [string, string];
  return currentLanguage() === 'en' ? english.trim() : dutch.trim();
}

export function problemMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return t('common.networkError');
    if (isKnownCode(error.code)) return t(`problems.${error.code}`);
    if (error.problem.detail) return localise(error.problem.detail);
    if (error.status === 429) return t('problems.rate-limited');
    if (error.status === 403) return t('common.forbidden');
  }
  return t('common.unexpectedError');
}

/** Field errors from a problem, keyed by field name, in the interface language. */
export function problemFieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const result: Record<string, string> = {};
  for (const [field, message] of Object.entries(error.fieldErrors())) result[field] = localise(message);
  return result;
}
