// The set-up the scan tests share: the opdrachtgever opens a procedure for the
// weerbaarheidsscan with an expert, invites a candidate, and the candidate opens the invitation
// link. Set-up only: it throws when a step does not work; what a test asserts stays in the test.
//
//   const scan = await invitedCandidate(t, tenant, client, expert);
//   await scan.candidate.call('PUT', `${scan.own}/answers`, { baseRevision: 0, …, changes: clubAnswers(bestuurder(t)) });
import { randomUUID } from 'node:crypto';
import { evaluate } from '../../src/core/instrument/evaluate.ts';
import type { Instrument } from '../../src/core/instrument/schema.ts';
import { runScoped } from '../../src/server/db/transaction.ts';
import { sealField } from '../../src/server/scans/content.ts';
import { type Client, lastLinkFor, type SignedIn, type TestApp } from './api.ts';

export { club, clubAnswers } from './club-answers.ts';

/** The weerbaarheidsscan for bestuurders, the version a new procedure pins (the newest). */
export function bestuurder(t: TestApp): Instrument {
  return t.deps.instruments.latest('weerbaarheidsscan-bestuurder')!.instrument;
}

export interface InvitedScan {
  procedureId: string;
  scanId: string;
  /** The candidate's address (kandidaat-…@test.nl). */
  email: string;
  /** Signed in with the invitation link. */
  candidate: Client;
  /** /api/organisations/:tenant/my-scans/:scan, the candidate's own scan. */
  own: string;
  /** /api/organisations/:tenant/procedures/:procedure/scans/:scan, the expert's review. */
  review: string;
}

/**
 * A procedure "Wethouder 2026" (weerbaarheidsscan, 90 days, this expert), opened by `opener`; a
 * new candidate invited into it (`displayName`, default Kim) who has opened the invitation link.
 */
export async function invitedCandidate(
  t: TestApp,
  tenant: string,
  opener: SignedIn,
  expert: SignedIn,
  displayName = 'Kim',
): Promise<InvitedScan> {
  const org = `/api/organisations/${tenant}`;
  const procedure = await opener.client.post(`${org}/procedures`, {
    name: 'Wethouder 2026',
    office: 'wethouder',
    instrumentId: 'weerbaarheidsscan-bestuurder',
    retentionDays: 90,
    expertMembershipIds: [expert.membershipId],
  });
  if (procedure.status !== 201) throw new Error(`procedure: ${JSON.stringify(procedure.body)}`);
  const procedureId = procedure.body.id as string;
  const email = `kandidaat-${randomUUID().slice(0, 8)}@test.nl`;
  const invited = await opener.client.post(`${org}/procedures/${procedureId}/candidates`, {
    email,
    displayName,
  });
  if (invited.status !== 201) throw new Error(`invitation: ${JSON.stringify(invited.body)}`);
  const scanId = invited.body.scanId as string;
  const candidate = t.client();
  await candidate.post('/api/auth/redeem', { token: lastLinkFor(t, email)! });
  return {
    procedureId,
    scanId,
    email,
    candidate,
    own: `${org}/my-scans/${scanId}`,
    review: `${org}/procedures/${procedureId}/scans/${scanId}`,
  };
}

/**
 * Shortcut for fixtures: a scan made report-ready with an evaluation (newest bestuurder version,
 * no answers) and an active full release, written directly — the flow itself is tested in
 * review-release.db.test.ts. Returns the release's id.
 */
export async function reportReadyWithRelease(t: TestApp, tenantId: string, scanId: string): Promise<string> {
  const loaded = t.deps.instruments.latest('weerbaarheidsscan-bestuurder')!;
  const sealed = await sealField(t.deps, { tenant_id: tenantId, id: scanId }, 'evaluation', {
    instrument: { id: loaded.instrument.id, version: loaded.instrument.version, hash: loaded.hash },
    evaluatedAt: new Date().toISOString(),
    evaluation: evaluate(loaded.instrument, { answers: {} }),
  });
  const releaseId = randomUUID();
  await runScoped(t.deps.database.db, { tenantId, userId: null }, async (tx) => {
    await tx
      .updateTable('scans')
      .set({ status: 'report-ready', evaluation_sealed: sealed })
      .where('id', '=', scanId)
      .execute();
    await tx
      .insertInto('releases')
      .values({
        id: releaseId,
        tenant_id: tenantId,
        scan_id: scanId,
        scope: 'volledig',
        until: new Date(Date.now() + 86_400_000),
        created_at: new Date(),
      })
      .execute();
  });
  return releaseId;
}
