// A small typed client for the Weerbaar JSON API (same origin, cookie session).
// Errors come back as RFC 9457 problem+json and are thrown as ApiError.

import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/browser';
import type { Answer, Answers } from '../core/instrument/answers.ts';
import type { Evaluation } from '../core/instrument/evaluate.ts';
import type { Instrument, Level } from '../core/instrument/schema.ts';
import type { Network } from '../core/network/model.ts';
import type { ReportDecisions, ReportView } from '../core/report/report-model.ts';
import type { ReleaseScope, ScanStatus } from '../core/sharing/scan-lifecycle.ts';

import {
  type Language,
  type MembershipStatus,
  type Office,
  offices,
  type ReviewPolicy,
  type Role,
  roles,
  type Sentence,
} from '../core/vocabulary.ts';

// The shared words come from core; these names stay for the pages that use them.
export type { Language, MembershipStatus, Office, Role };
export const ROLES: readonly Role[] = roles;

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

// ── Procedures and scans ──

/** The offices a procedure can be for. */
export const OFFICES = offices;

export type { ReleaseScope, ReviewPolicy, ScanStatus };
/** What the opdrachtgever sees: "released" is a finished report with an active release. */
export type CandidateStatus = ScanStatus | 'released';

export interface InstrumentRef {
  id: string;
  version: string;
  hash: string;
}

export interface Procedure {
  id: string;
  name: string;
  office: string;
  instrument: InstrumentRef;
  review: ReviewPolicy;
  retentionDays: number;
  status: 'open' | 'closed';
  createdAt: string;
  closedAt: string | null;
  /** Your part in it. */
  as: 'opdrachtgever' | 'expert';
}

export interface Candidate {
  scanId: string;
  /** Gone once the scan was withdrawn or deleted. */
  displayName: string | null;
  email: string | null;
  status: CandidateStatus;
  updatedAt: string;
}

export interface ProcedureDetail extends Procedure {
  candidates: Candidate[];
}

export interface Expert {
  membershipId: string;
  displayName: string;
}

export interface NewProcedure {
  name: string;
  office: Office;
  instrumentId: string;
  review?: ReviewPolicy;
  retentionDays: number;
  expertMembershipIds: string[];
}

export interface OwnScanSummary {
  id: string;
  status: ScanStatus;
  procedure: { name: string; office: string };
  instrument: { id: string; version: string };
  updatedAt: string;
}

export interface OwnScan {
  id: string;
  status: ScanStatus;
  revision: number;
  procedure: { id: string; name: string; office: string; review: ReviewPolicy };
  instrument: InstrumentRef;
  answers: Answers;
  /** The network map as saved (checked by the server against the pinned catalogue); null until first saved. */
  network: Network | null;
  updatedAt: string;
}

/** Item id → new answer, or null to clear it. */
export type AnswerChanges = Record<string, Answer | null>;

export interface Release {
  id: string;
  scope: ReleaseScope;
  until: string;
  createdAt: string;
  revokedAt: string | null;
  active: boolean;
}

export interface AccessLogEntry {
  role: string;
  view: string;
  outcome: 'allowed' | 'denied';
  at: string;
}

export type Report = ReportView & { finalisedAt: string | null };

export interface OwnReport {
  report: Report;
  /** False for a reflection: its outcome stays with the person. */
  releasable: boolean;
  releases: Release[];
  accessLog: AccessLogEntry[];
}

export interface ReviewScan {
  id: string;
  status: ScanStatus;
  instrument: InstrumentRef;
  answers: Answers;
  evaluation: Evaluation | null;
  /** The network map as sent; the page draws it in the worker (checked again there). */
  network: Network | null;
  notes: string;
  decisions: ReportDecisions;
}

export interface JudgementInput {
  theme: string;
  level: Level;
  rationale: string;
}

export interface ReleasedReport {
  scope: ReleaseScope;
  report: Report;
}

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

const json = { get: <T>(path: string) => request<T>('GET', path) };
const post = <T>(path: string, body?: unknown) => request<T>('POST', path, body);
const patch = <T>(path: string, body?: unknown) => request<T>('PATCH', path, body);
const put = <T>(path: string, body?: unknown, options?: RequestOptions) =>
  request<T>('PUT', path, body, options);
const del = <T>(path: string) => request<T>('DELETE', path);

const instrumentPath = (id: string) => `/api/instruments/${encodeURIComponent(id)}`;

const org = (tenantId: string) => `/api/organisations/${encodeURIComponent(tenantId)}`;
const procedurePath = (tenantId: string, procedureId: string) =>
  `${org(tenantId)}/procedures/${encodeURIComponent(procedureId)}`;
const reviewPath = (tenantId: string, procedureId: string, scanId: string) =>
  `${procedurePath(tenantId, procedureId)}/scans/${encodeURIComponent(scanId)}`;
const ownScanPath = (tenantId: string, scanId: string) =>
  `${org(tenantId)}/my-scans/${encodeURIComponent(scanId)}`;

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

  /** Opdrachtgever (and assigned experts, read only): procedures and their candidates' status. */
  procedures: {
    list: (tenantId: string) => json.get<{ procedures: Procedure[] }>(`${org(tenantId)}/procedures`),
    read: (tenantId: string, procedureId: string) =>
      json.get<ProcedureDetail>(procedurePath(tenantId, procedureId)),
    experts: (tenantId: string) => json.get<{ experts: Expert[] }>(`${org(tenantId)}/experts`),
    open: (tenantId: string, input: NewProcedure) =>
      post<{ id: string }>(`${org(tenantId)}/procedures`, input),
    invite: (
      tenantId: string,
      procedureId: string,
      input: { email: string; displayName: string; language?: Language },
    ) => post<{ scanId: string }>(`${procedurePath(tenantId, procedureId)}/candidates`, input),
    remind: (tenantId: string, procedureId: string, scanId: string) =>
      post<{ sent: true }>(
        `${procedurePath(tenantId, procedureId)}/candidates/${encodeURIComponent(scanId)}/reminder`,
      ),
    close: (tenantId: string, procedureId: string) =>
      post<void>(`${procedurePath(tenantId, procedureId)}/close`),
    /** A report the candidate released (403 not-released otherwise). */
    releasedReport: (tenantId: string, procedureId: string, scanId: string) =>
      json.get<ReleasedReport>(`${reviewPath(tenantId, procedureId, scanId)}/report`),
  },

  /** The assigned expert's review of a submitted scan. */
  reviews: {
    read: (tenantId: string, procedureId: string, scanId: string) =>
      json.get<ReviewScan>(reviewPath(tenantId, procedureId, scanId)),
    begin: (tenantId: string, procedureId: string, scanId: string) =>
      post<{ status: ScanStatus }>(`${reviewPath(tenantId, procedureId, scanId)}/review`),
    reopen: (tenantId: string, procedureId: string, scanId: string, reason: string) =>
      post<{ status: ScanStatus }>(`${reviewPath(tenantId, procedureId, scanId)}/reopen`, { reason }),
    notes: (tenantId: string, procedureId: string, scanId: string, notes: string) =>
      put<void>(`${reviewPath(tenantId, procedureId, scanId)}/notes`, { notes }),
    decisions: (
      tenantId: string,
      procedureId: string,
      scanId: string,
      input: { judgements: JudgementInput[]; measures: string[] },
    ) => put<ReportDecisions>(`${reviewPath(tenantId, procedureId, scanId)}/decisions`, input),
    finalise: (tenantId: string, procedureId: string, scanId: string) =>
      post<{ status: ScanStatus }>(`${reviewPath(tenantId, procedureId, scanId)}/finalise`),
  },

  /** The candidate's own scans, report and data. */
  scans: {
    list: (tenantId: string) => json.get<{ scans: OwnScanSummary[] }>(`${org(tenantId)}/my-scans`),
    read: (tenantId: string, scanId: string) => json.get<OwnScan>(ownScanPath(tenantId, scanId)),
    saveAnswers: (
      tenantId: string,
      scanId: string,
      input: { baseRevision: number; saveId: string; changes: AnswerChanges },
      options?: RequestOptions,
    ) => put<{ revision: number }>(`${ownScanPath(tenantId, scanId)}/answers`, input, options),
    /** Autosave of the network map: the whole network (same revision counter as the answers). */
    saveNetwork: (
      tenantId: string,
      scanId: string,
      input: { baseRevision: number; saveId: string; network: import('../core/network/model.ts').Network },
      options?: RequestOptions,
    ) => put<{ revision: number }>(`${ownScanPath(tenantId, scanId)}/network`, input, options),
    /** The saved network map as a file's content (built into a download in the browser). */
    exportNetwork: (
      tenantId: string,
      scanId: string,
      format: 'graphml' | 'egor-ego' | 'egor-alters' | 'egor-ties' | 'ftm',
    ) =>
      json.get<{ file: string; contentType: string; content: string }>(
        `${ownScanPath(tenantId, scanId)}/network/export?format=${encodeURIComponent(format)}`,
      ),
    submit: (tenantId: string, scanId: string) =>
      post<{ status: ScanStatus }>(`${ownScanPath(tenantId, scanId)}/submit`),
    withdraw: (tenantId: string, scanId: string) => post<void>(`${ownScanPath(tenantId, scanId)}/withdraw`),
    remove: (tenantId: string, scanId: string) => del<void>(ownScanPath(tenantId, scanId)),
    report: (tenantId: string, scanId: string) =>
      json.get<OwnReport>(`${ownScanPath(tenantId, scanId)}/report`),
    release: (tenantId: string, scanId: string, input: { scope: ReleaseScope; until: string }) =>
      post<{ id: string }>(`${ownScanPath(tenantId, scanId)}/releases`, input),
    revoke: (tenantId: string, scanId: string, releaseId: string) =>
      post<void>(`${ownScanPath(tenantId, scanId)}/releases/${encodeURIComponent(releaseId)}/revoke`),
    /** Everything Weerbaar holds about you in this organisation, as JSON. */
    myData: (tenantId: string) => json.get<Record<string, unknown>>(`${org(tenantId)}/my-data`),
  },
};
