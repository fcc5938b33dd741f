// A small typed client for the Weerbaar JSON API (same origin, cookie session).
// Errors come back as RFC 9457 problem+json and are thrown as ApiError.

import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/browser';
import type { Instrument } from '../core/instrument/schema.ts';

export type Role = 'beheerder' | 'opdrachtgever' | 'expert' | 'kandidaat' | 'onderzoeker';
export const ROLES: readonly Role[] = ['beheerder', 'opdrachtgever', 'expert', 'kandidaat', 'onderzoeker'];
export type MembershipStatus = 'invited' | 'active' | 'disabled';
export type Language = 'nl' | 'en';

export interface Membership {
  id: string;
  tenantId: string;
  tenantName: string;
  tenantSlug: string;
  role: Role;
  status: MembershipStatus;
}

export interface Session {
  user: { id: string; email: string; displayName: string; language: Language };
  memberships: Membership[];
  secondFactor: {
    required: boolean;
    verified: boolean;
    totp: boolean;
    passkeys: number;
    recoveryCodesLeft: number;
  };
  csrfToken: string;
  expiresAt: string;
  idleTimeoutSeconds: number;
}

export interface Member {
  id: string;
  userId: string;
  email: string;
  displayName: string;
  role: Role;
  status: MembershipStatus;
  createdAt: string;
  activatedAt: string | null;
}

export interface OrganisationSettings {
  name: string;
  slug: string;
  candidateSecondFactorRequired: boolean;
}

export interface Health {
  status: 'ok';
  database: 'pglite' | 'postgres';
  migration: number;
  version: string;
}

export interface TotpSetup {
  secret: string;
  otpauthUrl: string;
  qrSvg: string;
}

export type InstrumentMode = Instrument['mode'];

export interface InstrumentSummary {
  id: string;
  version: string;
  /** SHA-256 of the definition's canonical JSON: a scan pins version and hash. */
  hash: string;
  mode: InstrumentMode;
  title: Instrument['title'];
  description: Instrument['description'];
  minutes: number;
  versions: string[];
}

/** A definition as the server parsed and checked it (defaults filled in). */
export interface InstrumentDefinition {
  id: string;
  version: string;
  hash: string;
  definition: Instrument;
}

export interface ProblemFieldError {
  path: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code?: string;
  errors?: ProblemFieldError[];
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

  /** Field errors keyed by the last segment of their path ("body.email" and "/email" both give "email"). */
  fieldErrors(): Record<string, string> {
    const result: Record<string, string> = {};
    for (const error of this.problem.errors ?? []) {
      const key = error.path.split(/[./]/).filter(Boolean).pop() ?? '';
      if (key && !(key in result)) result[key] = error.message;
    }
    return result;
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

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'status' in value && 'title' in value;
}

export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
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
    if (response.status === 401 && sentWithSession && csrfToken && onUnauthorized) onUnauthorized();
    throw new ApiError(problem);
  }
  return data as T;
}

const json = { get: <T>(path: string) => request<T>('GET', path) };
const post = <T>(path: string, body?: unknown) => request<T>('POST', path, body);
const patch = <T>(path: string, body?: unknown) => request<T>('PATCH', path, body);

const instrumentPath = (id: string) => `/api/instruments/${encodeURIComponent(id)}`;

const org = (tenantId: string) => `/api/organisations/${encodeURIComponent(tenantId)}`;

export const api = {
  health: () => json.get<Health>('/api/health'),

  auth: {
    session: () => json.get<Session>('/api/auth/session'),
    requestSignInLink: (email: string, lang: Language) =>
      post<{ sent: true }>('/api/auth/sign-in-link', { email, language: lang }),
    redeem: (token: string) => post<Session>('/api/auth/redeem', { token }),
    totpSetup: () => post<TotpSetup>('/api/auth/totp/setup'),
    totpConfirm: (code: string) =>
      post<{ recoveryCodes: string[] | null }>('/api/auth/totp/confirm', { code }),
    totpVerify: (code: string) => post<Session>('/api/auth/totp/verify', { code }),
    passkeyRegistrationOptions: () =>
      post<PublicKeyCredentialCreationOptionsJSON>('/api/auth/passkeys/registration-options'),
    passkeyRegister: (response: RegistrationResponseJSON, name?: string) =>
      post<{ recoveryCodes: string[] | null }>('/api/auth/passkeys/registration', { response, name }),
    passkeyAuthenticationOptions: () =>
      post<PublicKeyCredentialRequestOptionsJSON>('/api/auth/passkeys/authentication-options'),
    passkeyAuthenticate: (response: AuthenticationResponseJSON) =>
      post<Session>('/api/auth/passkeys/authentication', { response }),
    recoveryCode: (code: string) => post<Session>('/api/auth/recovery-code', { code }),
    signOut: () => post<void>('/api/auth/sign-out'),
    signOutEverywhere: () => post<void>('/api/auth/sign-out-everywhere'),
  },

  instruments: {
    list: () => json.get<{ instruments: InstrumentSummary[] }>('/api/instruments'),
    read: (id: string, version?: string) =>
      json.get<InstrumentDefinition>(
        version ? `${instrumentPath(id)}?version=${encodeURIComponent(version)}` : instrumentPath(id),
      ),
  },

  /** Public, no account: the personal safety self-scan. Answers are evaluated in the browser. */
  zelfscan: {
    read: () => json.get<InstrumentDefinition>('/api/public/zelfscan'),
  },

  organisations: {
    members: (tenantId: string) => json.get<{ members: Member[] }>(`${org(tenantId)}/members`),
    invite: (tenantId: string, input: { email: string; displayName: string; role: Role }) =>
      post<{ member: Member }>(`${org(tenantId)}/invitations`, input),
    updateMember: (
      tenantId: string,
      membershipId: string,
      input: { role?: Role; status?: 'active' | 'disabled' },
    ) => patch<{ member: Member }>(`${org(tenantId)}/members/${encodeURIComponent(membershipId)}`, input),
    resendInvitation: (tenantId: string, membershipId: string) =>
      post<{ sent: true }>(`${org(tenantId)}/members/${encodeURIComponent(membershipId)}/invitation`),
    settings: (tenantId: string) => json.get<OrganisationSettings>(`${org(tenantId)}/settings`),
    updateSettings: (tenantId: string, input: { candidateSecondFactorRequired: boolean }) =>
      patch<OrganisationSettings>(`${org(tenantId)}/settings`, input),
  },
};
