// The API contract as the web sees it, derived from the route definitions: a call's input is the
// `z.input` of the route's params, query and body; its reply is the `z.output` of its 200/201/202
// response (void for 204). Nothing here is written by hand but the WebAuthn options (OpenReplies).
//
// Type-only import from the server: Vite erases it, so no server code reaches the bundle. The
// layering test allows exactly this (`import type` from src/server/routes) and refuses any value
// import from the web into the server.
import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser';
import type { z } from 'zod';
import type { Answer } from '../core/instrument/answers.ts';
import type { ReportView } from '../core/report/report-model.ts';
import type { ApiRoute } from '../server/routes/index.ts';

export type RouteId = ApiRoute['id'];
export type RouteOf<Id extends RouteId> = Extract<ApiRoute, { id: Id }>;

/** Flattens an intersection so editors show one object. */
type Simplify<T> = { [K in keyof T]: T[K] } & {};

// One part of a call's input: absent when the route declares no schema for it, optional when
// everything in it is optional (a query of optional filters), required otherwise.
type Part<K extends string, S> = [Exclude<S, undefined>] extends [never]
  ? unknown
  : Exclude<S, undefined> extends z.ZodType
    ? object extends z.input<Exclude<S, undefined>>
      ? { [P in K]?: z.input<Exclude<S, undefined>> }
      : { [P in K]: z.input<Exclude<S, undefined>> }
    : unknown;

/** What a call sends: `{ params, query, body }` as far as the route declares them. */
export type Input<Id extends RouteId> = Simplify<
  Part<'params', RouteOf<Id>['params']> &
    Part<'query', RouteOf<Id>['query']> &
    Part<'body', RouteOf<Id>['body']>
>;

type Output<S> = S extends z.ZodType ? z.output<S> : never;

/** The reply as the route's schema declares it. */
type DeclaredReply<Id extends RouteId> = RouteOf<Id>['responses'] extends infer R
  ? R extends { 200: infer S }
    ? Output<S>
    : R extends { 201: infer S }
      ? Output<S>
      : R extends { 202: infer S }
        ? Output<S>
        : R extends { 204: null }
          ? undefined
          : never
  : never;

/** Routes answered with JSON (or nothing): the ones the client calls. File routes are fetched. */
export type JsonRouteId = {
  [Id in RouteId]: keyof RouteOf<Id>['responses'] extends never ? never : Id;
}[RouteId];

/** Routes answered with a file (a PDF): the page builds their address and fetches the bytes. */
export type FileRouteId = Exclude<RouteId, JsonRouteId>;

// ── The replies the pages name ──

/** A definition as the server parsed and checked it (defaults filled in). */
export type InstrumentDefinition = Reply<'instruments.read'>;
export type OwnScan = Reply<'scans.readOwn'>;
export type OwnReport = Reply<'reports.own'>;
export type Release = OwnReport['releases'][number];
export type ReviewScan = Reply<'reviews.read'>;

interface OpenReplies {
  // Loose on purpose, not a TODO: WebAuthn options are the spec's JSON, made and checked by
  // @simplewebauthn on both sides; the route checks only their outer shape.
  'auth.passkeyRegistrationOptions': PublicKeyCredentialCreationOptionsJSON;
  'auth.passkeyAuthenticationOptions': PublicKeyCredentialRequestOptionsJSON;
}

/** What a call resolves to. */
export type Reply<Id extends RouteId> = Id extends keyof OpenReplies ? OpenReplies[Id] : DeclaredReply<Id>;

// ── The names the pages use ──

export type Session = Reply<'auth.session'>;
export type Membership = Session['memberships'][number];
export type TotpSetup = Reply<'auth.totpSetup'>;

export type Member = Reply<'organisation.listMembers'>['members'][number];

export type InstrumentSummary = Reply<'instruments.list'>['instruments'][number];

export type Procedure = Reply<'procedures.list'>['procedures'][number];
export type ProcedureDetail = Reply<'procedures.read'>;
export type Candidate = ProcedureDetail['candidates'][number];
/** What the opdrachtgever sees: "released" is a finished report with an active release. */
export type CandidateStatus = Candidate['status'];
export type Expert = Reply<'procedures.listExperts'>['experts'][number];
export type NewProcedure = Input<'procedures.open'>['body'];

export type OwnScanSummary = Reply<'scans.listOwn'>['scans'][number];
/**
 * Item id → new answer, or null to clear it. The route takes any value per item (each answer is
 * checked against the pinned instrument, not by the route's schema); the page sends core's answers.
 */
export type AnswerChanges = Record<string, Answer | null>;

/** Any reader's report as the page draws it (the core's model; each reply narrows it to its view). */
export type Report = ReportView & { finalisedAt: string | null };
export type ReleasedReport = Reply<'reports.released'>;

export type GuideReply = Reply<'conversation.guide'>;
export type DilemmaCards = Reply<'conversation.dilemmas'>;

export type OwnAgenda = Reply<'agenda.read'>;
export type EarlierView = Reply<'earlier.own'>;
