// The set-up the committee tests share: a party's kandidatencommissie opens an election list with
// the party's expert, invites candidates; a candidate answers as the case "ondernemer met zaken"
// of the raadslid check (a side job at "Ondernemersvereniging Centrum", which the committee must
// never read), submits, the expert finalises, and the candidate releases to the committee.
// Set-up only: it throws when a step does not work.
import { randomUUID } from 'node:crypto';
import { caseInput } from '../../src/core/instrument/cases.ts';
import { readCaseLibraries } from '../../src/server/instruments/case-library.ts';
import { type Client, lastLinkFor, type SignedIn, type TestApp } from './api.ts';

export const secretAnswer = 'Ondernemersvereniging Centrum';

export interface ListCandidate {
  scanId: string;
  email: string;
  displayName: string;
  client: Client;
}

function ok(reply: { status: number; body: unknown }, what: string, status = 200) {
  if (reply.status !== status) throw new Error(`${what}: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body as Record<string, unknown>;
}

/** A date `days` from now as yyyy-mm-dd. */
export function dayFrom(t: TestApp, days: number): string {
  return new Date(t.deps.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

export async function openList(
  t: TestApp,
  tenant: string,
  committee: SignedIn,
  expert: SignedIn,
  deadline = dayFrom(t, 30),
): Promise<string> {
  const r = await committee.client.post(`/api/organisations/${tenant}/kandidatenlijsten`, {
    election: 'Gemeenteraadsverkiezingen',
    year: 2026,
    deadline,
    expertMembershipIds: [expert.membershipId],
  });
  return ok(r, 'open list', 201).id as string;
}

export async function inviteToList(
  t: TestApp,
  tenant: string,
  committee: SignedIn,
  procedureId: string,
  displayName: string,
): Promise<ListCandidate> {
  const email = `kandidaat-${randomUUID().slice(0, 8)}@test.nl`;
  const r = await committee.client.post(
    `/api/organisations/${tenant}/kandidatenlijsten/${procedureId}/kandidaten`,
    { email, displayName },
  );
  const scanId = ok(r, 'invite', 201).scanId as string;
  const client = t.client();
  ok(await client.post('/api/auth/redeem', { token: lastLinkFor(t, email)! }), 'redeem');
  return { scanId, email, displayName, client };
}

/** Answers as the case, submits; the expert decides (the proposals) and finalises. */
export async function finish(
  t: TestApp,
  tenant: string,
  procedureId: string,
  candidate: ListCandidate,
  expert: SignedIn,
): Promise<void> {
  const org = `/api/organisations/${tenant}`;
  const loaded = t.deps.instruments.latest('weerbaarheidscheck-raadslid')!;
  const library = readCaseLibraries().find((l) => l.instrumentId === 'weerbaarheidscheck-raadslid')!;
  const found = library.cases.find((c) => c.definition.id === 'ondernemer-met-zaken')!;
  const input = caseInput(loaded.instrument, found.definition, library.bases);
  const own = `${org}/my-scans/${candidate.scanId}`;
  const saved = ok(
    await candidate.client.call('PUT', `${own}/answers`, {
      baseRevision: 0,
      saveId: randomUUID(),
      changes: input.answers,
    }),
    'answers',
  );
  let revision = saved.revision as number;
  if (input.network) {
    const net = ok(
      await candidate.client.call('PUT', `${own}/network`, {
        baseRevision: revision,
        saveId: randomUUID(),
        network: input.network,
      }),
      'network',
    );
    revision = net.revision as number;
  }
  ok(await candidate.client.post(`${own}/submit`), 'submit');
  const review = `${org}/procedures/${procedureId}/scans/${candidate.scanId}`;
  const read = ok(await expert.client.get(review), 'review');
  const themes = ((read.evaluation as { themes?: Array<{ id: string; level: string }> } | null)?.themes ??
    []) as Array<{ id: string; level: string }>;
  ok(
    await expert.client.call('PUT', `${review}/decisions`, {
      judgements: themes.map((th) => ({ theme: th.id, level: th.level, rationale: 'Besproken.' })),
      measures: [],
    }),
    'decisions',
  );
  const finalised = await expert.client.post(`${review}/finalise`);
  if (finalised.status >= 300)
    throw new Error(`finalise: ${finalised.status} ${JSON.stringify(finalised.body)}`);
}

export async function releaseToCommittee(t: TestApp, tenant: string, candidate: ListCandidate) {
  return candidate.client.post(`/api/organisations/${tenant}/my-scans/${candidate.scanId}/releases`, {
    scope: 'commissie',
    until: dayFrom(t, 60),
  });
}

/**
 * Shortcut for fixtures: a scan of an election list made report-ready with an evaluation (no
 * answers) and an active release to the committee, written directly — the flow itself is tested
 * in committee.db.test.ts.
 */
export async function finishedAndReleasedToCommittee(
  t: TestApp,
  tenantId: string,
  scanId: string,
): Promise<void> {
  const { evaluate } = await import('../../src/core/instrument/evaluate.ts');
  const { sealField } = await import('../../src/server/scans/content.ts');
  const { runScoped } = await import('../../src/server/db/transaction.ts');
  const loaded = t.deps.instruments.latest('weerbaarheidscheck-raadslid')!;
  const sealed = await sealField(t.deps, { tenant_id: tenantId, id: scanId }, 'evaluation', {
    instrument: { id: loaded.instrument.id, version: loaded.instrument.version, hash: loaded.hash },
    evaluatedAt: new Date().toISOString(),
    evaluation: evaluate(loaded.instrument, { answers: {} }),
  });
  await runScoped(t.deps.database.db, { tenantId, userId: null }, async (tx) => {
    await tx
      .updateTable('scans')
      .set({ status: 'report-ready', evaluation_sealed: sealed })
      .where('id', '=', scanId)
      .execute();
    await tx
      .insertInto('releases')
      .values({
        id: randomUUID(),
        tenant_id: tenantId,
        scan_id: scanId,
        scope: 'commissie',
        until: new Date(Date.now() + 86_400_000),
        created_at: new Date(),
      })
      .execute();
  });
}
