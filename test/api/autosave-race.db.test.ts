// Saves that race (scans/autosave.ts: read, then write only if the scan is still as read). Two tabs
// — or a queue retrying — send saves on the same revision at the same moment: exactly one is taken,
// every other one is refused as a revision conflict (the tab reloads and merges), the scan holds
// the taken one's answer, and each taken save has its audit event; the taken save sent again
// answers with its revision.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSession } from '../../src/server/auth/session.ts';
import { autosave } from '../../src/server/scans/autosave.ts';
import { sealField } from '../../src/server/scans/content.ts';
import { sentence } from '../../src/server/texts.ts';
import { createTestApp, makeTenant, type SignedIn, signedIn, type TestApp } from '../support/api.ts';
import { invitedCandidate } from '../support/scan-setup.ts';

describe('autosaves that race', () => {
  let t: TestApp;
  let tenant: string;
  let opener: SignedIn;
  let expert: SignedIn;
  beforeAll(async () => {
    t = await createTestApp({ WEERBAAR_SIGN_IN_RATE_LIMIT: '10000' });
    tenant = await makeTenant(t);
    opener = await signedIn(t, tenant, 'opdrachtgever');
    expert = await signedIn(t, tenant, 'expert');
  });
  afterAll(() => t.cleanup());

  const savedEvents = async (scanId: string) =>
    (
      await t.deps.database.owner
        .selectFrom('audit_events')
        .select(['action', 'data'])
        .where('subject_id', '=', scanId)
        .where('action', 'in', ['scan.started', 'scan.saved'])
        .execute()
    ).map((e) => e.action);

  it('takes one of several saves on the same revision and refuses the others', async () => {
    const scan = await invitedCandidate(t, tenant, opener, expert);
    const values = ['Stichting A', 'Stichting B', 'Stichting C', 'Stichting D', 'Stichting E', 'Stichting F'];
    const saves = values.map((value) => ({ saveId: randomUUID(), value }));
    const replies = await Promise.all(
      saves.map(({ saveId, value }) =>
        scan.candidate.call('PUT', `${scan.own}/answers`, {
          baseRevision: 0,
          saveId,
          changes: { cv_toelichting: value },
        }),
      ),
    );
    const taken = replies.flatMap((r, i) => (r.status === 200 ? [i] : []));
    expect(taken).toHaveLength(1);
    for (const reply of replies.filter((r) => r.status !== 200)) {
      expect([reply.status, reply.body.code]).toEqual([409, 'revision-conflict']);
    }
    const winner = saves[taken[0]!]!;
    expect(replies[taken[0]!]!.body).toEqual({ revision: 1 });
    const own = await scan.candidate.get(scan.own);
    expect(own.body).toMatchObject({
      revision: 1,
      status: 'started',
      answers: { cv_toelichting: winner.value },
    });
    expect((await savedEvents(scan.scanId)).sort()).toEqual(['scan.saved', 'scan.started']);

    // The taken save, sent again (its reply was lost): the same revision, nothing written twice.
    const again = await scan.candidate.call('PUT', `${scan.own}/answers`, {
      baseRevision: 0,
      saveId: winner.saveId,
      changes: { cv_toelichting: winner.value },
    });
    expect([again.status, again.body]).toEqual([200, { revision: 1 }]);
    expect(await savedEvents(scan.scanId)).toHaveLength(2);

    // Saves that each build on the one before all go through, in order.
    let revision = 1;
    for (const value of ['een', 'twee', 'drie']) {
      const next = await scan.candidate.call('PUT', `${scan.own}/answers`, {
        baseRevision: revision,
        saveId: randomUUID(),
        changes: { cv_toelichting: value },
      });
      expect(next.status).toBe(200);
      revision = next.body.revision;
    }
    expect(revision).toBe(4);
    expect((await scan.candidate.get(scan.own)).body.answers.cv_toelichting).toBe('drie');
    expect(await savedEvents(scan.scanId)).toHaveLength(5);
  });

  it('writes nothing when the scan moved between its read and its write', async () => {
    const scan = await invitedCandidate(t, tenant, opener, expert);
    const token = decodeURIComponent(scan.candidate.cookie!.split('=').slice(1).join('='));
    const session = (await loadSession(t.deps, token))!;
    expect(session).not.toBeNull();
    const input = { tenantId: tenant, scanId: scan.scanId, baseRevision: 0, saveId: randomUUID() };
    // While this save seals its change, a second tab's save on the same revision goes through.
    const outcome = autosave(
      t.deps,
      session,
      input,
      'network',
      sentence('errors', 'revision-conflict.network'),
      async ({ scan: read }) => {
        const other = await scan.candidate.call('PUT', `${scan.own}/answers`, {
          baseRevision: 0,
          saveId: randomUUID(),
          changes: { cv_toelichting: 'de andere tab' },
        });
        expect(other.status).toBe(200);
        return {
          sealed: await sealField(t.deps, read, 'network', { cv_toelichting: 'deze tab' }),
          audit: [
            {
              action: 'scan.saved',
              tenantId: tenant,
              actorUserId: session.userId,
              subjectType: 'scan',
              subjectId: read.id,
              data: { revision: 1, items: 1 },
            },
          ],
        };
      },
    );
    await expect(outcome).rejects.toMatchObject({ code: 'revision-conflict' });
    const own = await scan.candidate.get(scan.own);
    expect(own.body).toMatchObject({ revision: 1, answers: { cv_toelichting: 'de andere tab' } });
    expect((await savedEvents(scan.scanId)).sort()).toEqual(['scan.saved', 'scan.started']);
  });
});
