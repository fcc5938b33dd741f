// The transport of the Weerbaar JSON API (same origin, cookie session): request(), the CSRF token,
// the language, the signed-out handler. Errors come back as RFC 9457 problem+json and are thrown as
// ApiError. Which routes exist, what they take and what they answer is the typed client's
// (client.ts, contract.ts), derived from the route definitions; nothing of that is written here.

import type { Language, Sentence } from '../core/vocabulary.ts';

/** A path into what we sent, as the server names it: ['changes', 'nevenfuncties', 0, 'organisatie']. */
export type ProblemPath = ReadonlyArray<string | number>;

export interface ProblemFieldError {
  /** [] is the body as a whole. */
  path: ProblemPath;
  message: Sentence;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  /** The Dutch sentence, for people reading the raw reply; pages use `message`. */
  detail?: string;
  code?: string;
  message?: Sentence;
  errors?: ProblemFieldError[];
}

function samePath(a: ProblemPath, b: ProblemPath): boolean {
  return a.length === b.length && a.every((part, i) => part === b[i]);
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  get code(): string | undefined {
    return this.problem.code;
  }

  /** The problem's field errors, each with its path as an array. */
  fieldErrors(): readonly ProblemFieldError[] {
    return this.problem.errors ?? [];
  }

  /** What the server said about the field at exactly this path (the first, if it said more). */
  fieldError(path: ProblemPath): Sentence | undefined {
    return this.fieldErrors().find((error) => samePath(error.path, path))?.message;
  }
}

/** Fired on window after every request that reached the server with a valid session or none. */
export const API_REQUEST_EVENT = 'weerbaar:api-request';

let csrfToken: string | null = null;
let language: Language = 'nl';
let onUnauthorized: (() => void) | null = null;

/** The session's CSRF token, sent with every state-changing request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The interface language, sent as Accept-Language so the server can answer in it. */
export function setApiLanguage(value: Language): void {
  language = value;
}

/** Called when a request made while signed in gets 401 (the session expired or was ended elsewhere). */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RequestOptions {
  /**
   * Let the request finish even when the page is closed (autosave on pagehide). Browsers allow
   * about 64 KiB of such bodies at a time, so the caller only asks for it with a small body.
   */
  keepalive?: boolean;
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'status' in value && 'title' in value;
}

export async function request<T>(
  method: Method,
  path: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = {
    accept: 'application/json, application/problem+json',
    'accept-language': language,
  };
  if (method !== 'GET') {
    headers['content-type'] = 'application/json';
    if (csrfToken) headers['x-csrf-token'] = csrfToken;
  }

  // Only a request sent while signed in can find that the session ended.
  const sentWithSession = csrfToken !== null;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: method === 'GET' ? undefined : JSON.stringify(body ?? {}),
      credentials: 'same-origin',
      ...(options.keepalive ? { keepalive: true } : {}),
    });
  } catch {
    throw new ApiError({ type: 'about:blank', title: 'Network error', status: 0, code: 'network' });
  }

  // Every answer from the server (also an error) means the session was used just now.
  if (response.status !== 401) window.dispatchEvent(new Event(API_REQUEST_EVENT));

  if (response.status === 204) return undefined as T;

  const text = await response.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }

  if (!response.ok) {
    const problem: Problem = isProblem(data)
      ? data
      : { type: 'about:blank', title: response.statusText || 'Error', status: response.status };
    // "Confirm it is you" (a sensitive action on an older sign-in) keeps the session: the page asks
    // for the second step or a fresh link and tries again.
    const ended = response.status === 401 && problem.code !== 'reauthenticate';
    if (ended && sentWithSession && csrfToken && onUnauthorized) onUnauthorized();
    throw new ApiError(problem);
  }
  return data as T;
}
