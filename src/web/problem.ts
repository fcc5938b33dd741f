// Turns an error from the API (or anything else thrown) into a sentence for the user. The server
// sends each sentence in both languages ({nl, en}); `inInterfaceLanguage` is the one place that
// picks the half for the interface language, and field errors are matched by their path (an
// array, as the server names it), never by taking a string apart.
import type { TFunction } from 'i18next';
import type { Sentence } from '../core/vocabulary.ts';
import { ApiError, type ProblemPath } from './api.ts';
import { currentLanguage } from './i18n/index.ts';
import type { nl } from './i18n/nl.ts';

type ProblemCode = keyof typeof nl.problems;

function isKnownCode(code: string | undefined): code is ProblemCode {
  return code === 'link-invalid' || code === 'totp-invalid' || code === 'recovery-code-invalid';
}

/** {nl, en} → the sentence for the current interface language. */
export function inInterfaceLanguage(sentence: Sentence): string {
  return currentLanguage() === 'en' ? sentence.en : sentence.nl;
}

export function problemMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return t('common.networkError');
    if (isKnownCode(error.code)) return t(`problems.${error.code}`);
    if (error.problem.message) return inInterfaceLanguage(error.problem.message);
    if (error.status === 429) return t('problems.rate-limited');
    if (error.status === 403) return t('common.forbidden');
  }
  return t('common.unexpectedError');
}

/**
 * A problem's field errors for a form, in the interface language: `fieldOf` names the form field
 * a server path belongs to (or none); the first message for a field wins.
 */
export function problemFieldErrors(
  error: unknown,
  fieldOf: (path: ProblemPath) => string | undefined,
): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const result: Record<string, string> = {};
  for (const { path, message } of error.fieldErrors()) {
    const field = fieldOf(path);
    if (field && !(field in result)) result[field] = inInterfaceLanguage(message);
  }
  return result;
}

/**
 * For forms that send their fields as the body: the form field for the body field an error is
 * in, however deep (['expertMembershipIds', 2] → `fields.expertMembershipIds`).
 */
export function bodyField(fields: Readonly<Record<string, string>>) {
  return ([name]: ProblemPath): string | undefined =>
    typeof name === 'string' && Object.hasOwn(fields, name) ? fields[name] : undefined;
}

/**
 * What a form shows after the server refused it: the messages at their fields, and the sentence
 * above the form. The sentence is left out when the refusal is only about fields that are shown
 * (invalid input with field messages): "some fields are not valid" would add nothing.
 */
export function formProblem(
  error: unknown,
  fieldOf: (path: ProblemPath) => string | undefined,
  t: TFunction,
): { fields: Record<string, string>; message: string | null } {
  const fields = problemFieldErrors(error, fieldOf);
  const onlyFields =
    error instanceof ApiError && error.code === 'invalid-input' && Object.keys(fields).length > 0;
  return { fields, message: onlyFields ? null : problemMessage(error, t) };
}
