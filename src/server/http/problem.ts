// RFC 9457 problem details, made in one place. Every refusal the API sends (a use case's
// DomainError, invalid input found by a route's zod schema, and this layer's own refusals: csrf,
// malformed JSON, too large, rate limit, unknown route) becomes this shape here, and only here:
// the kind decides the status (one table below), `message` carries both languages so the web
// never splits a string, `detail` keeps a readable sentence for curl and other RFC 9457 readers,
// and `errors` names each invalid field by its path as an array ([] is the body as a whole).
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { hasText, type TextKey } from '../../core/texts/translate.ts';
import {
  DomainError,
  type DomainErrorKind,
  type FieldError,
  type FieldPath,
  invalidInput,
  type Sentence,
} from '../domain-error.ts';
import { errorTexts } from '../errors/texts.ts';
import { sentence } from '../texts.ts';

type ErrorKey = TextKey<typeof errorTexts>;

const sentenceSchema = z.object({ nl: z.string(), en: z.string() });

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  /** The Dutch sentence, for a person reading the raw reply. */
  detail: z.string(),
  message: sentenceSchema,
  errors: z
    .array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: sentenceSchema }))
    .optional(),
});
export type ProblemBody = z.infer<typeof problemSchema>;

/** Kind → status: the only place the server decides which HTTP status a refusal gets. */
export const statusOfKind: Readonly<Record<DomainErrorKind, number>> = {
  'invalid-input': 400,
  'not-signed-in': 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  gone: 410,
  'too-large': 413,
  'unsupported-media-type': 415,
  unprocessable: 422,
  'rate-limited': 429,
  unavailable: 503,
  internal: 500,
};

const titles: Record<number, string> = {
  400: 'Ongeldige invoer / Invalid input',
  401: 'Niet aangemeld / Not signed in',
  403: 'Geen toegang / Forbidden',
  404: 'Niet gevonden / Not found',
  405: 'Methode niet toegestaan / Method not allowed',
  409: 'Conflict',
  413: 'Te groot / Too large',
  415: 'Verkeerd formaat / Unsupported media type',
  422: 'Niet te verwerken / Unprocessable',
  429: 'Te veel pogingen / Too many requests',
  500: 'Interne fout / Internal error',
  503: 'Tijdelijk niet beschikbaar / Service unavailable',
};

export interface ProblemReply {
  status: number;
  body: ProblemBody;
  headers: Record<string, string>;
}

function reply(
  status: number,
  code: string,
  sentence: Sentence,
  fields: readonly FieldError[] = [],
  headers: Record<string, string> = {},
): ProblemReply {
  return {
    status,
    body: {
      type: `https://weerbaar.nl/problemen/${code}`,
      title: titles[status] ?? 'Fout / Error',
      status,
      code,
      detail: sentence.nl,
      message: sentence,
      ...(fields.length > 0
        ? { errors: fields.map((field) => ({ path: [...field.path], message: field.message })) }
        : {}),
    },
    headers,
  };
}

/** A refusal → its status, body and headers. Anything else is not a refusal: see `app.ts`. */
export function problemOf(error: DomainError | HTTPException): ProblemReply {
  if (error instanceof HTTPException) {
    if (error.status === 413) return problemOf(httpRefusals.tooLarge());
    return reply(
      error.status,
      'http-error',
      error.message ? { nl: error.message, en: error.message } : sentence('errors', 'http-error'),
    );
  }
  const headers: Record<string, string> =
    error.retryAfterSeconds === undefined
      ? {}
      : { 'retry-after': String(Math.ceil(error.retryAfterSeconds)) };
  return reply(statusOfKind[error.kind], error.code, error.sentence, error.fields, headers);
}

export function isRefusal(error: unknown): error is DomainError | HTTPException {
  return error instanceof DomainError || error instanceof HTTPException;
}

export function problemResponse(error: DomainError | HTTPException): Response {
  const { status, body, headers } = problemOf(error);
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      ...headers,
      'content-type': 'application/problem+json; charset=utf-8',
      'cache-control': 'no-store',
    },
  });
}

/**
 * A zod message as a sentence: the route schemas name a key of `errors.input` (`inputMessage`),
 * looked up here with what zod knows about the issue (`{{minimum}}`, `{{maximum}}`, `{{values}}`);
 * anything else (zod's own defaults) is the same sentence in both. Nothing is split or parsed.
 */
export function schemaSentence(message: string, issue?: z.core.$ZodIssue): Sentence {
  if (!hasText(errorTexts, message) || !message.startsWith('input.')) return { nl: message, en: message };
  const known = issue as { minimum?: unknown; maximum?: unknown; values?: unknown[] } | undefined;
  const vars: Record<string, string> = {};
  if (known?.minimum !== undefined) vars.minimum = String(known.minimum);
  if (known?.maximum !== undefined) vars.maximum = String(known.maximum);
  if (Array.isArray(known?.values)) vars.values = known.values.map(String).join(', ');
  return sentence('errors', message as ErrorKey, vars);
}

/** zod issues → field errors, with paths as arrays under `prefix` (['params'], ['query'] or []). */
export function fieldsOfZodError(error: z.ZodError, prefix: FieldPath = []): FieldError[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))];
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.join(', ');
      return { path, message: sentence('errors', 'fields.unknown-field', { keys }) };
    }
    return { path, message: schemaSentence(issue.message, issue) };
  });
}

/** The refusals of this layer itself. */
export const httpRefusals = {
  invalidInput: (fields: readonly FieldError[]) =>
    invalidInput('invalid-input', sentence('errors', 'invalid-input.default'), fields),
  malformedJson: () => invalidInput('malformed-json', sentence('errors', 'malformed-json')),
  /** A string the database cannot store: U+0000 or a lone surrogate (http/json-body.ts). */
  unstorableText: (path: FieldPath) =>
    invalidInput('unstorable-text', sentence('errors', 'unstorable-text'), [
      { path, message: sentence('errors', 'fields.invalid-character') },
    ]),
  secondFactorNeeded: () =>
    new DomainError(
      'not-signed-in',
      'second-factor-required',
      sentence('errors', 'second-factor-required.default'),
    ),
  csrf: () => new DomainError('forbidden', 'csrf', sentence('errors', 'csrf')),
  tooLarge: () => new DomainError('too-large', 'too-large', sentence('errors', 'too-large')),
  unsupportedMediaType: () =>
    new DomainError(
      'unsupported-media-type',
      'unsupported-media-type',
      sentence('errors', 'unsupported-media-type'),
    ),
  unknownRoute: () => new DomainError('not-found', 'not-found', sentence('errors', 'not-found.route')),
  internal: () => new DomainError('internal', 'internal', sentence('errors', 'internal')),
};
