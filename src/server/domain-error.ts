// What the server says when it refuses: a kind (what sort of refusal, for the caller to act on), a
// stable code (for programs), a sentence in Dutch and English (for people) and, when the refusal
// is about input, the fields it is about, each by its path into the input. Use cases, policies and
// helpers throw these; no HTTP status lives here. `http/problem.ts` is the one place a kind becomes
// a status and a DomainError becomes problem+json.
import type { Sentence } from '../core/vocabulary.ts';
import { sentence as textSentence } from './texts.ts';

export type { Sentence };

export const domainErrorKinds = [
  'invalid-input',
  'not-signed-in',
  'forbidden',
  'not-found',
  'conflict',
  'gone',
  'too-large',
  'unsupported-media-type',
  'unprocessable',
  'rate-limited',
  /**
   * A part the server needs is away or full for now (the database, the disk, the key store): the
   * request did nothing and may be tried again later (see `src/server/faults.ts`).
   */
  'unavailable',
  /** The server's own state is broken (a pinned instrument missing): nothing the caller can fix. */
  'internal',
] as const;
export type DomainErrorKind = (typeof domainErrorKinds)[number];

/** A path into the input as the caller sent it: ['changes', 'nevenfuncties', 0, 'organisatie']. */
export type FieldPath = ReadonlyArray<string | number>;

export interface FieldError {
  /** [] is the input as a whole. */
  path: FieldPath;
  message: Sentence;
}

export interface DomainErrorOptions {
  fields?: readonly FieldError[];
  /** For rate-limited and unavailable: when trying again makes sense. */
  retryAfterSeconds?: number;
}

export class DomainError extends Error {
  readonly kind: DomainErrorKind;
  readonly code: string;
  /**
   * Both languages. (Error's own `message` must stay a string: it carries "nl / en" for the
   * command line and stack traces.)
   */
  readonly sentence: Sentence;
  readonly fields: readonly FieldError[];
  readonly retryAfterSeconds: number | undefined;

  constructor(kind: DomainErrorKind, code: string, sentence: Sentence, options: DomainErrorOptions = {}) {
    super(`${sentence.nl} / ${sentence.en}`);
    this.name = 'DomainError';
    this.kind = kind;
    this.code = code;
    this.sentence = sentence;
    this.fields = options.fields ?? [];
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

/** A lifecycle reason ("de scan is verwijderd") as the sentence of a refusal. */
export function withFullStop(clause: Sentence): Sentence {
  return { nl: `${clause.nl}.`, en: `${clause.en}.` };
}

// ── named constructors, one per kind; the common sentences are defined once here ──

export const invalidInput = (code: string, sentence: Sentence, fields?: readonly FieldError[]) =>
  new DomainError('invalid-input', code, sentence, { fields });

export const conflict = (code: string, sentence: Sentence, fields?: readonly FieldError[]) =>
  new DomainError('conflict', code, sentence, { fields });

export const unprocessable = (code: string, sentence: Sentence, fields?: readonly FieldError[]) =>
  new DomainError('unprocessable', code, sentence, { fields });

export const gone = (code: string, sentence: Sentence) => new DomainError('gone', code, sentence);

export const internal = (code: string, sentence: Sentence) => new DomainError('internal', code, sentence);

export const forbidden = (
  code = 'forbidden',
  sentence: Sentence = textSentence('errors', 'forbidden.default'),
) => new DomainError('forbidden', code, sentence);

/** Also for what exists but is not the caller's: we do not say which. */
export const notFound = (sentence: Sentence = textSentence('errors', 'not-found.default')) =>
  new DomainError('not-found', 'not-found', sentence);

export const notSignedIn = () =>
  new DomainError('not-signed-in', 'not-signed-in', textSentence('errors', 'not-signed-in'));

/** Signed in, but too long ago for a sensitive action: the session stays, the page asks again. */
export const reauthenticate = () =>
  new DomainError('not-signed-in', 'reauthenticate', textSentence('errors', 'reauthenticate'));

export const rateLimited = (retryAfterSeconds: number) =>
  new DomainError(
    'rate-limited',
    'rate-limited',
    textSentence('errors', 'rate-limited', { minutes: Math.ceil(retryAfterSeconds / 60) }),
    { retryAfterSeconds },
  );

export const unavailable = (code: string, sentence: Sentence, retryAfterSeconds: number) =>
  new DomainError('unavailable', code, sentence, { retryAfterSeconds });
