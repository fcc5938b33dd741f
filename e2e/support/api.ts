// The API from a signed-in page, for the steps a journey does not test in the browser (answering,
// reviewing, sharing): JSON requests with the session's CSRF token, as the app makes them.
//
//   const { scanId } = await call<{ scanId: string }>(otto.page, 'POST', `${org}/procedures/${id}/candidates`, {…});
import type { Browser, Page } from '@playwright/test';
import type { Instrument } from '../../src/core/instrument/schema.ts';
import { clubAnswers } from '../../test/support/club-answers.ts';
import { createOrganisation, type Person, signInCandidate, signInStaff, tenantOf } from './people.ts';
import type { WeerbaarApp } from './server.ts';

export const INSTRUMENT = 'weerbaarheidsscan-bestuurder';

/** A JSON request with the session's CSRF token; throws on a status that is not 2xx. */
export async function call<T = unknown>(page: Page, method: string, url: string, body?: unknown): Promise<T> {
  const session = (await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string };
  const response = await page.request.fetch(url, {
    method,
    headers: { 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { data: JSON.stringify(body) }),
  });
  if (!response.ok()) throw new Error(`${method} ${url}: ${response.status()} ${await response.text()}`);
  return (response.status() === 204 ? null : await response.json()) as T;
}

/** The instrument version a procedure pinned (`procedure` = …/procedures/:id), as its members read it. */
export async function loadInstrument(page: Page, procedure: string): Promise<Instrument> {
  return (await call<{ definition: Instrument }>(page, 'GET', `${procedure}/instrument`)).definition;
}

/** The opdrachtgever opens a procedure for the weerbaarheidsscan with the organisation's first expert. */
export async function createProcedure(page: Page, org: string, name: string): Promise<string> {
  const { experts } = await call<{ experts: Array<{ membershipId: string }> }>(page, 'GET', `${org}/experts`);
  return (
    await call<{ id: string }>(page, 'POST', `${org}/procedures`, {
      name,
      office: 'wethouder',
      instrumentId: INSTRUMENT,
      retentionDays: 90,
      expertMembershipIds: [experts[0]!.membershipId],
    })
  ).id;
}

/** Every question answered, with one side job (VV De Zwaluwen, a board with a subsidy, kept). */
export const answersWithSideJob = clubAnswers;

/** The candidate saves these answers on a fresh scan (`own` = …/my-scans/:id); returns the revision. */
export async function saveAnswers(
  page: Page,
  own: string,
  answers: unknown,
  baseRevision = 0,
): Promise<number> {
  const saved = await call<{ revision: number }>(page, 'PUT', `${own}/answers`, {
    baseRevision,
    saveId: crypto.randomUUID(),
    changes: answers,
  });
  return saved.revision;
}

/**
 * The expert (`review` = …/procedures/:id/scans/:id) begins the review, takes every proposed level
 * with the same rationale, chooses these measures and finalises.
 */
export async function reviewAndFinalise(page: Page, review: string, measures: string[]): Promise<void> {
  const read = await call<{ evaluation: { themes: Array<{ id: string; level: string }> } }>(
    page,
    'GET',
    review,
  );
  await call(page, 'POST', `${review}/review`);
  await call(page, 'PUT', `${review}/decisions`, {
    judgements: read.evaluation.themes.map((th) => ({
      theme: th.id,
      level: th.level,
      rationale: 'Besproken in het gesprek.',
    })),
    measures,
  });
  await call(page, 'POST', `${review}/finalise`);
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
  const org = `/api/organisations/${tenantId}`;
  const procedureId = await createProcedure(otto.page, org, options.procedure);
  const instrument = await loadInstrument(otto.page, `${org}/procedures/${procedureId}`);
  return { els, otto, tenantId, instrument, procedureId };
}

/**
 * The opdrachtgever invites a candidate into a procedure through the API (`candidates` =
 * …/procedures/:id/candidates); the candidate opens the invitation mail in a fresh browser.
 */
export async function inviteCandidate(
  browser: Browser,
  app: WeerbaarApp,
  client: Page,
  candidates: string,
  who: { email: string; displayName: string },
  options: { viewport?: { width: number; height: number }; acceptDownloads?: boolean } = {},
): Promise<{ scanId: string; candidate: Person }> {
  const since = new Date();
  const { scanId } = await call<{ scanId: string }>(client, 'POST', candidates, who);
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
