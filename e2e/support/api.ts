// The API from a signed-in page, for the steps a journey does not test in the browser (answering,
// reviewing, sharing): JSON requests with the session's CSRF token, as the app makes them. Calls
// name the route by its id, as the web's typed client does (src/web/contract.ts for input and
// reply, src/web/address.ts for method and address), so a route renamed, moved or changed in shape
// breaks these journeys when they compile, not when they run.
//
//   const { scanId } = await api(otto.page, 'procedures.inviteCandidate', { params: { tenantId, procedureId }, body: {…} });
import type { Browser, Page } from '@playwright/test';
import type { Instrument } from '../../src/core/instrument/schema.ts';
import { addressOf, methodOf } from '../../src/web/address.ts';
import type { Input, JsonRouteId, Reply } from '../../src/web/contract.ts';
import { clubAnswers } from '../../test/support/club-answers.ts';
import { createOrganisation, type Person, signInCandidate, signInStaff, tenantOf } from './people.ts';
import type { WeerbaarApp } from './server.ts';

export const INSTRUMENT = 'weerbaarheidsscan-bestuurder';

/** Calls the route `id` with the session's CSRF token; throws on a status that is not 2xx. */
export async function api<Id extends JsonRouteId>(page: Page, id: Id, input: Input<Id>): Promise<Reply<Id>> {
  const session = (await (
    await page.request.get(addressOf('auth.session', {}))
  ).json()) as Reply<'auth.session'>;
  const method = methodOf(id);
  const url = addressOf(id, input);
  const { body } = input as { body?: unknown };
  const response = await page.request.fetch(url, {
    method,
    headers: { 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { data: JSON.stringify(body) }),
  });
  if (!response.ok()) throw new Error(`${method} ${url}: ${response.status()} ${await response.text()}`);
  return (response.status() === 204 ? undefined : await response.json()) as Reply<Id>;
}

/** A scan of a procedure, as the expert and the opdrachtgever reach it. */
export interface ProcedureScan {
  tenantId: string;
  procedureId: string;
  scanId: string;
}

/** The instrument version a procedure pinned, as its members read it. */
export async function loadInstrument(
  page: Page,
  procedure: { tenantId: string; procedureId: string },
): Promise<Instrument> {
  return (await api(page, 'procedures.instrument', { params: procedure })).definition;
}

/** The opdrachtgever opens a procedure for the weerbaarheidsscan with the organisation's first expert. */
export async function createProcedure(page: Page, tenantId: string, name: string): Promise<string> {
  const { experts } = await api(page, 'procedures.listExperts', { params: { tenantId } });
  const opened = await api(page, 'procedures.open', {
    params: { tenantId },
    body: {
      name,
      office: 'wethouder',
      instrumentId: INSTRUMENT,
      retentionDays: 90,
      expertMembershipIds: [experts[0]!.membershipId],
    },
  });
  return opened.id;
}

/** Every question answered, with one side job (VV De Zwaluwen, a board with a subsidy, kept). */
export const answersWithSideJob = clubAnswers;

/** The candidate saves these answers on their scan; returns the revision. */
export async function saveAnswers(
  page: Page,
  scan: { tenantId: string; scanId: string },
  answers: Record<string, unknown>,
  baseRevision = 0,
): Promise<number> {
  const saved = await api(page, 'scans.saveAnswers', {
    params: scan,
    body: { baseRevision, saveId: crypto.randomUUID(), changes: answers },
  });
  return saved.revision;
}

/**
 * The expert begins the review, takes every proposed level with the same rationale, chooses these
 * measures and finalises.
 */
export async function reviewAndFinalise(page: Page, scan: ProcedureScan, measures: string[]): Promise<void> {
  const read = await api(page, 'reviews.read', { params: scan });
  await api(page, 'reviews.begin', { params: scan });
  await api(page, 'reviews.decisions', {
    params: scan,
    body: {
      judgements: (read.evaluation?.themes ?? []).map((th) => ({
        theme: th.id,
        level: th.level,
        rationale: 'Besproken in het gesprek.',
      })),
      measures,
    },
  });
  await api(page, 'reviews.finalise', { params: scan });
}

/**
 * The set-up of the journeys that answer and review through the API: an organisation (CLI) with an
 * expert and an opdrachtgever, both signed in with an authenticator app (the expert first: only
 * active experts can be assigned), and a procedure for the weerbaarheidsscan with that expert.
 */
export async function organisationWithProcedure(
  browser: Browser,
  app: WeerbaarApp,
  options: {
    organisation: { slug: string; name: string };
    expert: readonly [email: string, name: string];
    client: readonly [email: string, name: string];
    procedure: string;
    acceptDownloads?: boolean;
  },
): Promise<{ els: Person; otto: Person; tenantId: string; instrument: Instrument; procedureId: string }> {
  const [expertEmail, expertName] = options.expert;
  const [clientEmail, clientName] = options.client;
  const links = await createOrganisation(app, options.organisation, [
    ['expert', expertEmail, expertName],
    ['opdrachtgever', clientEmail, clientName],
  ]);
  const staff = { acceptDownloads: options.acceptDownloads ?? false };
  const els = await signInStaff(browser, app, links.expert ?? '', { ...staff, name: expertName });
  const otto = await signInStaff(browser, app, links.opdrachtgever ?? '', { ...staff, name: clientName });
  const tenantId = await tenantOf(otto.page);
  const procedureId = await createProcedure(otto.page, tenantId, options.procedure);
  const instrument = await loadInstrument(otto.page, { tenantId, procedureId });
  return { els, otto, tenantId, instrument, procedureId };
}

/**
 * The opdrachtgever invites a candidate into a procedure through the API; the candidate opens the
 * invitation mail in a fresh browser.
 */
export async function inviteCandidate(
  browser: Browser,
  app: WeerbaarApp,
  client: Page,
  procedure: { tenantId: string; procedureId: string },
  who: { email: string; displayName: string },
  options: { viewport?: { width: number; height: number }; acceptDownloads?: boolean } = {},
): Promise<{ scanId: string; candidate: Person }> {
  const since = new Date();
  const { scanId } = await api(client, 'procedures.inviteCandidate', { params: procedure, body: who });
  return { scanId, candidate: await signInCandidate(browser, app, who.email, since, options) };
}

/** Every request other than a GET that the page sends from now on ("METHOD url"), to assert on. */
export function requestsOtherThanGet(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET') sent.push(`${request.method()} ${request.url()}`);
  });
  return sent;
}
