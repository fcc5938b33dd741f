// The re-scan halfway the term: a follow-up procedure of an earlier one (same organisation, may
// pin a newer instrument version); a candidate's new scan links to their own earlier scan; with
// their explicit, revocable consent the earlier agenda and the change in results are shown to them
// and to the follow-up's expert (logged); without it nothing; a deleted earlier scan is said plainly.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScoped } from '../../src/server/db/transaction.ts';
import { completeAnswers } from '../../src/server/demo/fill-answers.ts';
import { loadRegistry } from '../../src/server/instruments/registry.ts';
import { createTestApp, makeTenant, type SignedIn, signedIn, type TestApp, unique } from '../support/api.ts';
import {
  club,
  type Finished,
  finishedScan,
  instrumentsFolder,
  inTenant,
  openProcedure,
} from './agenda-support.ts';

describe('re-scan halfway the term', () => {
  let t: TestApp;
  let tenant: string;
  let opener: SignedIn;
  let firstExpert: SignedIn;
  let followUpExpert: SignedIn;
  let dir: string;
  let earlierProcedure: string;
  let kimEmail: string;
  let kim: Finished;
  let louEarlier: Finished;

  beforeAll(async () => {
    t = await createTestApp({ WEERBAAR_SIGN_IN_RATE_LIMIT: '10000' });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-rescan-'));
    t.deps.instruments = await loadRegistry(instrumentsFolder(path.join(dir, 'v1'), false));
    tenant = await makeTenant(t);
    opener = await signedIn(t, tenant, 'opdrachtgever');
    firstExpert = await signedIn(t, tenant, 'expert');
    followUpExpert = await signedIn(t, tenant, 'expert');
    earlierProcedure = await openProcedure(t, tenant, opener, firstExpert);
    kimEmail = `${unique('kim')}@test.nl`;
    kim = await finishedScan(t, {
      tenant,
      procedureId: earlierProcedure,
      opener,
      expert: firstExpert,
      email: kimEmail,
    });
    const saved = await kim.candidate.call('PUT', `${kim.own}/agenda`, {
      baseRevision: 0,
      actions: [
        {
          id: 'a1',
          measureId: 'nevenfunctie_neerleggen',
          what: 'Bestuursfunctie bij de club neerleggen',
          due: '2026-06-30',
          withWhom: 'griffier',
          status: 'gedaan',
          note: 'Per 1 mei gedaan.',
        },
        {
          id: 'a2',
          measureId: 'nevenfuncties_openbaar',
          what: 'Nevenfuncties openbaar maken',
          due: null,
          withWhom: '',
          status: 'te-doen',
          note: '',
        },
      ],
    });
    expect(saved.status).toBe(200);
    louEarlier = await finishedScan(t, {
      tenant,
      procedureId: earlierProcedure,
      opener,
      expert: firstExpert,
      email: `${unique('lou')}@test.nl`,
    });
    // Halfway the term the instrument has a newer version.
    t.deps.instruments = await loadRegistry(instrumentsFolder(path.join(dir, 'v2'), true));
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await t.cleanup();
  });

  const org = () => `/api/organisations/${tenant}`;

  it('opens a follow-up only of a procedure of the same organisation the opdrachtgever takes part in', async () => {
    const body = {
      name: 'Herhaalscan',
      office: 'wethouder',
      instrumentId: 'weerbaarheidsscan-bestuurder',
      retentionDays: 90,
      expertMembershipIds: [followUpExpert.membershipId],
    };
    const elsewhere = await makeTenant(t, 'Gemeente Elders');
    const foreign = await signedIn(t, elsewhere, 'opdrachtgever');
    expect(
      (
        await foreign.client.post(
          `/api/organisations/${elsewhere}/procedures/${earlierProcedure}/follow-ups`,
          body,
        )
      ).status,
    ).toBe(404);
    const colleague = await signedIn(t, tenant, 'opdrachtgever');
    expect(
      (await colleague.client.post(`${org()}/procedures/${earlierProcedure}/follow-ups`, body)).status,
    ).toBe(404);
    const other = await opener.client.post(`${org()}/procedures/${earlierProcedure}/follow-ups`, {
      ...body,
      instrumentId: 'weerbaarheidscheck-raadslid',
    });
    expect(other.status).toBe(400);
    expect(other.body.errors[0].path).toEqual(['instrumentId']);
    // And the database holds the line too: no link to a procedure of another organisation.
    const otherProcedure = await openProcedure(t, elsewhere, foreign, await signedIn(t, elsewhere, 'expert'));
    await expect(
      runScoped(t.deps.database.db, { tenantId: tenant, userId: null }, (tx) =>
        tx
          .updateTable('procedures')
          .set({ follows_procedure_id: otherProcedure })
          .where('id', '=', earlierProcedure)
          .execute(),
      ),
    ).rejects.toThrow();
  });

  it('links, asks, shows with consent, hides without it, and says when the earlier scan is gone', async () => {
    const followUp = await openProcedure(t, tenant, opener, followUpExpert, earlierProcedure);
    const detail = await opener.client.get(`${org()}/procedures/${followUp}`);
    expect(detail.body.instrument.version).toBe('1.1.0');
    expect((await opener.client.get(`${org()}/procedures/${followUp}/follow-up`)).body).toEqual({
      follows: { id: earlierProcedure, name: 'Wethouder 2026' },
      linkedScans: 0,
    });

    // Kim again (linked to her own earlier scan), and Noor, new (no link).
    const again = await finishedScan(t, {
      tenant,
      procedureId: followUp,
      opener,
      expert: followUpExpert,
      email: kimEmail,
      candidate: kim.candidate,
      stopAt: 'invited',
    });
    const noor = await finishedScan(t, {
      tenant,
      procedureId: followUp,
      opener,
      expert: followUpExpert,
      email: `${unique('noor')}@test.nl`,
      stopAt: 'invited',
    });
    const links = await inTenant(t, tenant, (tx) =>
      tx
        .selectFrom('scans')
        .select(['id', 'earlier_scan_id', 'earlier_consent'])
        .where('procedure_id', '=', followUp)
        .execute(),
    );
    expect(links.find((r) => r.id === again.scanId)).toEqual({
      id: again.scanId,
      earlier_scan_id: kim.scanId,
      earlier_consent: null,
    });
    expect(links.find((r) => r.id === noor.scanId)?.earlier_scan_id).toBeNull();
    expect((await opener.client.get(`${org()}/procedures/${followUp}/follow-up`)).body.linkedScans).toBe(1);
    expect((await noor.candidate.get(`${noor.own}/earlier`)).body.state).toBe('none');
    expect((await noor.candidate.call('PUT', `${noor.own}/earlier/consent`, { consent: true })).status).toBe(
      409,
    );

    // The link is bound to the person: the database refuses a link to someone else's scan.
    await expect(
      runScoped(t.deps.database.db, { tenantId: tenant, userId: null }, (tx) =>
        tx
          .updateTable('scans')
          .set({ earlier_scan_id: louEarlier.scanId })
          .where('id', '=', again.scanId)
          .execute(),
      ),
    ).rejects.toThrow(/someone else/);

    // Not asked yet: the question, nothing of the content.
    const asked = await kim.candidate.get(`${again.own}/earlier`);
    expect(asked.body).toMatchObject({ state: 'ask', agenda: null, comparison: null });
    expect(asked.body.earlier.procedureName).toBe('Wethouder 2026');

    // Kim fills in and sends the follow-up; the expert sees nothing of the earlier scan yet.
    const submitted = await finishedScanAnswers(again);
    expect(submitted).toBe(200);
    const expertView = `${org()}/procedures/${followUp}/scans/${again.scanId}/earlier`;
    expect((await followUpExpert.client.get(expertView)).body).toMatchObject({ state: 'none', agenda: null });

    // Consent given: the earlier agenda with its statuses and the change, for her and the expert.
    expect((await kim.candidate.call('PUT', `${again.own}/earlier/consent`, { consent: true })).body).toEqual(
      {
        consent: true,
      },
    );
    const shared = await kim.candidate.get(`${again.own}/earlier`);
    expect(shared.body.state).toBe('shared');
    expect(shared.body.agenda.actions.map((a: { status: string }) => a.status)).toEqual([
      'gedaan',
      'te-doen',
    ]);
    const c = shared.body.comparison;
    expect(c.earlier.instrument.version).toBe('1.0.0');
    expect(c.now).toEqual({
      instrument: { id: 'weerbaarheidsscan-bestuurder', version: '1.1.0' },
      evaluated: true,
    });
    const indicator = (id: string) => c.indicators.find((i: { id: string }) => i.id === id);
    expect(indicator('nevenfunctie_gemeentebelang')).toMatchObject({
      presence: 'both',
      earlier: 'risico',
      now: 'ernstig-risico',
      direction: 'higher',
      title: { nl: 'Nevenfunctie bij een organisatie die zaken doet met de gemeente' },
    });
    expect(indicator('nevenfunctie_betaald')).toMatchObject({ presence: 'gone', now: null, direction: null });
    expect(indicator('nevenfunctie_inkomsten')).toMatchObject({
      presence: 'new',
      earlier: null,
      direction: null,
    });
    const theme = c.themes.find((th: { id: string }) => th.id === 'nevenfuncties');
    expect(theme).toMatchObject({
      presence: 'both',
      earlier: 'risico',
      earlierJudged: true,
      now: 'ernstig-risico',
    });

    const seen = await followUpExpert.client.get(expertView);
    expect(seen.status).toBe(200);
    expect(seen.body.state).toBe('shared');
    expect(seen.body.comparison).toEqual(c);
    expect(seen.body.agenda).toEqual(shared.body.agenda);
    for (const scanId of [again.scanId, kim.scanId]) {
      const rows = await inTenant(t, tenant, (tx) =>
        tx
          .selectFrom('access_log')
          .select(['actor_user_id', 'actor_role', 'view'])
          .where('scan_id', '=', scanId)
          .where('view', '=', 'herhaalscan')
          .execute(),
      );
      expect(rows).toEqual([
        { actor_user_id: followUpExpert.userId, actor_role: 'expert', view: 'herhaalscan' },
      ]);
    }
    // Nobody else: the earlier procedure's expert is not the follow-up's, the opdrachtgever has no route.
    expect((await firstExpert.client.get(expertView)).status).toBe(404);
    expect((await opener.client.get(expertView)).status).toBe(403);
    expect((await opener.client.get(`${again.own}/earlier`)).status).toBe(403);
    expect((await louEarlier.candidate.get(`${again.own}/earlier`)).status).toBe(404);

    // Consent withdrawn: gone at the next request, for her pages and for the expert.
    await kim.candidate.call('PUT', `${again.own}/earlier/consent`, { consent: false });
    expect((await kim.candidate.get(`${again.own}/earlier`)).body).toMatchObject({
      state: 'declined',
      agenda: null,
      comparison: null,
    });
    expect((await followUpExpert.client.get(expertView)).body).toMatchObject({ state: 'none', agenda: null });
    const events = await t.deps.database.owner
      .selectFrom('audit_events')
      .select('data')
      .where('subject_id', '=', again.scanId)
      .where('action', '=', 'scan.earlier_consent_changed')
      .execute();
    expect(events.map((e) => e.data)).toEqual([{ consent: true }, { consent: false }]);

    // Consent again, then the earlier scan is deleted: said plainly, nothing else.
    await kim.candidate.call('PUT', `${again.own}/earlier/consent`, { consent: true });
    expect((await kim.candidate.call('DELETE', kim.own)).status).toBe(204);
    expect((await kim.candidate.get(`${again.own}/earlier`)).body).toMatchObject({
      state: 'deleted',
      earlier: null,
      agenda: null,
      comparison: null,
    });
    expect((await followUpExpert.client.get(expertView)).body.state).toBe('deleted');
  });

  async function finishedScanAnswers(scan: Finished): Promise<number> {
    const instrument = t.deps.instruments.get('weerbaarheidsscan-bestuurder', '1.1.0')!.instrument;
    const answers = completeAnswers(instrument, {
      heeft_nevenfuncties: 'ja',
      nevenfuncties: [club],
    } as never);
    const saved = await scan.candidate.call('PUT', `${scan.own}/answers`, {
      baseRevision: 0,
      saveId: randomUUID(),
      changes: answers,
    });
    if (saved.status !== 200) return saved.status;
    return (await scan.candidate.post(`${scan.own}/submit`)).status;
  }
});
