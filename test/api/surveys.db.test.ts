// Organisation surveys through the API: a beheerder opens a round; respondents answer through the
// shared link and through personal links (each works once); results only once the round is closed,
// only over groups of at least the threshold (a unit of 4 never shown on its own); and — the
// anonymity test — after the submissions, no table the survey touches holds anything that pairs two
// answers of one respondent, read as the database owner.
import { type Kysely, sql, type Transaction } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseSchema } from '../../src/server/db/schema.ts';
import { runScoped } from '../../src/server/db/transaction.ts';
import {
  createTestApp,
  lastLinkFor,
  makeTenant,
  type SignedIn,
  signedIn,
  type TestApp,
} from '../support/api.ts';

/**
 * Reads as the database owner, in a backup session (the tables force row-level security for their
 * owner too; migration 0006's backup policy lets the owner read every row): what an operator sees.
 */
function asOwner<T>(owner: Kysely<DatabaseSchema>, read: (tx: Transaction<DatabaseSchema>) => Promise<T>) {
  return owner.transaction().execute(async (tx) => {
    await sql`select set_config('weerbaar.backup', 'on', true)`.execute(tx);
    return read(tx);
  });
}

const questionnaire = { questionnaireId: 'sociale-veiligheid', questionnaireVersion: '1.0.0' };

/** A full answer set: every scale question `point`, yes/no `yn`, choices the first option. */
function answers(point: string, yn: 'ja' | 'nee' | 'weet-niet' = 'ja'): Record<string, string> {
  return {
    'veilig-op-werk': point,
    'fouten-bespreekbaar': point,
    tegenspraak: point,
    'bestuurders-omgang': point,
    'zelf-meegemaakt': yn,
    'van-wie': 'niet-van-toepassing',
    gezien: yn,
    'kent-vertrouwenspersoon': yn,
    'weet-waar-melden': yn,
    'vertrouwen-in-afhandeling': point,
    'geen-nadeel': point,
  };
}

describe('organisation surveys', () => {
  let t: TestApp;
  let tenant: string;
  let other: string;
  let beheerder: SignedIn;
  let otto: SignedIn;
  let roundId: string;
  let shared: string;
  const org = () => `/api/organisations/${tenant}`;
  const submit = (token: string, unit: string, a: Record<string, string>, round = roundId) =>
    t.client().post(`/api/public/surveys/${round}/responses`, { token, unit, answers: a });

  beforeAll(async () => {
    t = await createTestApp();
    tenant = await makeTenant(t, 'Gemeente Voorbeeld');
    other = await makeTenant(t, 'Gemeente Elders');
    beheerder = await signedIn(t, tenant, 'beheerder');
    otto = await signedIn(t, tenant, 'opdrachtgever');
  });
  afterAll(() => t.cleanup());

  it('is opened by a beheerder with a questionnaire from the registry, units and a threshold', async () => {
    const list = await beheerder.client.get(`${org()}/survey-rounds`);
    expect(list.status).toBe(200);
    expect(list.body.questionnaires.map((q: { id: string }) => q.id)).toContain('sociale-veiligheid');

    const unknown = await beheerder.client.post(`${org()}/survey-rounds`, {
      questionnaireId: 'bestaat-niet',
      questionnaireVersion: '1.0.0',
      title: 'x',
      units: [],
      threshold: 5,
      sharedLink: true,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].path).toEqual(['questionnaireId']);

    const low = await beheerder.client.post(`${org()}/survey-rounds`, {
      ...questionnaire,
      title: 'x',
      units: [],
      threshold: 4,
      sharedLink: true,
    });
    expect(low.status).toBe(400);

    const byOpdrachtgever = await otto.client.post(`${org()}/survey-rounds`, {
      ...questionnaire,
      title: 'x',
      units: [],
      threshold: 5,
      sharedLink: true,
    });
    expect(byOpdrachtgever.status).toBe(403);

    const opened = await beheerder.client.post(`${org()}/survey-rounds`, {
      ...questionnaire,
      title: 'Voorjaar 2026',
      units: ['Publiekszaken', 'Griffie'],
      threshold: 5,
      sharedLink: true,
    });
    expect(opened.status).toBe(201);
    roundId = opened.body.id;
    const round = await beheerder.client.get(`${org()}/survey-rounds/${roundId}`);
    expect(round.status).toBe(200);
    expect(round.body.status).toBe('open');
    expect(round.body.sharedLink).toMatch(new RegExp(`/enquete/${roundId}#token=`));
    shared = new URL(round.body.sharedLink).hash.replace('#token=', '');
    // The opdrachtgever reads the round, but gets no link.
    const forOtto = await otto.client.get(`${org()}/survey-rounds/${roundId}`);
    expect(forOtto.status).toBe(200);
    expect(forOtto.body.sharedLink).toBeNull();
  });

  it('is answered without an account through the shared link; wrong answers and tokens are refused', async () => {
    const opened = await t.client().post(`/api/public/surveys/${roundId}/open`, { token: shared });
    expect(opened.status).toBe(200);
    expect(opened.body.link).toBe('shared');
    expect(opened.body.units).toEqual(['Publiekszaken', 'Griffie']);
    expect(opened.body.organisation).toBe('Gemeente Voorbeeld');

    const wrong = await t.client().post(`/api/public/surveys/${roundId}/open`, { token: 'x'.repeat(64) });
    expect(wrong.status).toBe(404);
    expect(wrong.body.code).toBe('not-found');

    const missing = { ...answers('4') };
    delete missing.gezien;
    const incomplete = await submit(shared, 'Publiekszaken', missing);
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.errors.map((e: { path: unknown[] }) => e.path)).toEqual([['answers', 'gezien']]);
    const badUnit = await submit(shared, 'Bestaat niet', answers('4'));
    expect(badUnit.status).toBe(400);
    expect(badUnit.body.errors[0].path).toEqual(['unit']);
    const badOption = await submit(shared, 'Griffie', { ...answers('4'), tegenspraak: '6' });
    expect(badOption.status).toBe(400);

    // 8 in Publiekszaken through the shared link.
    for (const point of ['5', '4', '4', '4', '3', '5', '4', '4']) {
      expect((await submit(shared, 'Publiekszaken', answers(point))).status).toBe(204);
    }
  });

  it('mails personal links that work once and are not kept with an address', async () => {
    const emails = ['a@griffie.test', 'b@griffie.test', 'c@griffie.test', 'd@griffie.test'];
    const sent = await beheerder.client.post(`${org()}/survey-rounds/${roundId}/invitations`, { emails });
    expect(sent.status).toBe(201);
    expect(sent.body.sent).toBe(4);
    const tokens = emails.map((e) => lastLinkFor(t, e)!);
    expect(tokens.every((tk) => tk && tk.length > 20)).toBe(true);

    const personal = await t.client().post(`/api/public/surveys/${roundId}/open`, { token: tokens[0] });
    expect(personal.body.link).toBe('personal');
    for (const [i, token] of tokens.entries()) {
      expect((await submit(token, 'Griffie', answers(i < 2 ? '2' : '3', 'nee'))).status).toBe(204);
    }
    const again = await submit(tokens[0]!, 'Griffie', answers('1'));
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('survey-link-used');
    const reopened = await t.client().post(`/api/public/surveys/${roundId}/open`, { token: tokens[0] });
    expect(reopened.body.link).toBe('used');

    const round = await beheerder.client.get(`${org()}/survey-rounds/${roundId}`);
    expect(round.body.respondents).toBe(12);
    expect(round.body.invitations).toEqual({ sent: 4, used: 4 });
    // No address anywhere in the survey tables.
    const dump = JSON.stringify(
      await asOwner(t.deps.database.owner, (tx) => tx.selectFrom('survey_invitations').selectAll().execute()),
    );
    expect(JSON.parse(dump)).toHaveLength(4);
    for (const e of emails) expect(dump).not.toContain(e);
  });

  it('shows no figures while the round is open, only how many responded', async () => {
    const open = await otto.client.get(`${org()}/survey-rounds/${roundId}/results`);
    expect(open.status).toBe(200);
    expect(open.body).toEqual({ status: 'open', respondents: 12, results: null });
  });

  it('shows the aggregate once closed, never the unit of 4 on its own (nor by subtraction)', async () => {
    expect((await otto.client.post(`${org()}/survey-rounds/${roundId}/close`)).status).toBe(403);
    expect((await beheerder.client.post(`${org()}/survey-rounds/${roundId}/close`)).status).toBe(204);
    expect((await submit(shared, 'Publiekszaken', answers('1'))).status).toBe(409);

    const reply = await otto.client.get(`${org()}/survey-rounds/${roundId}/results`);
    expect(reply.status).toBe(200);
    const results = reply.body.results;
    expect(results.shown).toBe(true);
    expect(results.respondents).toBe(12);
    // Griffie (4) is below 5; showing Publiekszaken (8) beside the total would give Griffie by
    // subtraction, so only the whole organisation is shown.
    expect(results.groups).toEqual([{ key: 'all', kind: 'all', unit: null, respondents: 12 }]);
    const json = JSON.stringify(reply.body);
    expect(json).not.toContain('Griffie');
    const safe = results.questions.find((q: { questionId: string }) => q.questionId === 'veilig-op-werk');
    // (5+4+4+4+3+5+4+4 + 2+2+3+3) / 12 = 43/12 = 3.6
    expect(safe.groups[0].mean).toBe(3.6);
    const knows = results.questions.find(
      (q: { questionId: string }) => q.questionId === 'kent-vertrouwenspersoon',
    );
    expect(knows.groups[0].options.find((o: { optionId: string }) => o.optionId === 'ja')).toEqual({
      optionId: 'ja',
      count: 8,
      percent: 67,
    });
  });

  it('refuses another organisation and shows a trend against an earlier round', async () => {
    const stranger = await signedIn(t, other, 'beheerder');
    expect((await stranger.client.get(`${org()}/survey-rounds/${roundId}`)).status).toBe(404);
    expect((await stranger.client.get(`/api/organisations/${other}/survey-rounds/${roundId}`)).status).toBe(
      404,
    );

    const next = await beheerder.client.post(`${org()}/survey-rounds`, {
      ...questionnaire,
      title: 'Najaar 2026',
      units: ['Publiekszaken', 'Griffie', 'Burgerzaken'],
      threshold: 5,
      sharedLink: true,
      earlierRoundId: roundId,
    });
    expect(next.status).toBe(201);
    const id = next.body.id;
    const token = new URL(
      (await beheerder.client.get(`${org()}/survey-rounds/${id}`)).body.sharedLink,
    ).hash.replace('#token=', '');
    for (let i = 0; i < 6; i++) await submit(token, 'Publiekszaken', answers('5'), id);
    for (let i = 0; i < 6; i++) await submit(token, 'Burgerzaken', answers('4'), id);
    for (let i = 0; i < 2; i++) await submit(token, 'Griffie', answers('3'), id);
    await beheerder.client.post(`${org()}/survey-rounds/${id}/close`);
    const results = (await beheerder.client.get(`${org()}/survey-rounds/${id}/results`)).body.results;
    // Griffie (2) hidden; one more unit must join it (else 14 − 6 − 6 = 2): the others' group is ≥ 5.
    const kinds = results.groups.map((g: { kind: string; unit: string | null; respondents: number }) => [
      g.kind,
      g.unit,
      g.respondents,
    ]);
    expect(kinds[0]).toEqual(['all', null, 14]);
    expect(kinds.filter((k: unknown[]) => k[0] === 'unit')).toHaveLength(1);
    expect(kinds.find((k: unknown[]) => k[0] === 'others')[2]).toBe(8);
    expect(results.othersUnits).toContain('Griffie');
    for (const g of results.groups) expect(g.respondents).toBeGreaterThanOrEqual(5);
    const safe = results.questions.find((q: { questionId: string }) => q.questionId === 'veilig-op-werk');
    expect(safe.earlier).toMatchObject({ respondents: 12, mean: 3.6 });
  });

  it('stores no answer set: read as the owner, nothing pairs two answers of one respondent', async () => {
    const owner = t.deps.database.owner;
    // No table of the survey has a column that could hold a respondent or a time finer than the day.
    const columns = await sql<{ table_name: string; column_name: string; data_type: string }>`
      select table_name, column_name, data_type from information_schema.columns
       where table_schema = 'public' and table_name like 'survey%' order by table_name, ordinal_position`.execute(
      owner,
    );
    const byTable = new Map<string, string[]>();
    for (const c of columns.rows)
      byTable.set(c.table_name, [...(byTable.get(c.table_name) ?? []), c.column_name]);
    expect(Object.fromEntries(byTable)).toEqual({
      survey_answer_counts: ['tenant_id', 'round_id', 'unit', 'question_id', 'option_id', 'count'],
      survey_invitations: ['token_hash', 'tenant_id', 'round_id', 'used_on'],
      survey_rounds: [
        'id',
        'tenant_id',
        'questionnaire_id',
        'questionnaire_version',
        'title',
        'units',
        'threshold',
        'shared_link',
        'earlier_round_id',
        'status',
        'opened_on',
        'closed_on',
        'created_by',
      ],
      survey_unit_counts: ['tenant_id', 'round_id', 'unit', 'respondents'],
    });
    expect(columns.rows.filter((c) => c.data_type.startsWith('timestamp'))).toEqual([]);

    // The counters of the first round: one row per (unit, question, option), made when the round
    // opened; after 12 submissions there are exactly as many rows as before, holding counts.
    const { rows, versions, unitVersions } = await asOwner(owner, async (tx) => ({
      rows: await tx.selectFrom('survey_answer_counts').selectAll().where('round_id', '=', roundId).execute(),
      // Every row of the round carries the same row version (the last submission rewrote them
      // all, +1 or +0): which rows one submission changed cannot be read from the rows.
      versions: (
        await sql<{ n: number }>`select count(distinct xmin::text)::int as n from survey_answer_counts
                                  where round_id = ${roundId}`.execute(tx)
      ).rows[0]!.n,
      unitVersions: (
        await sql<{ n: number }>`select count(distinct xmin::text)::int as n from survey_unit_counts
                                  where round_id = ${roundId}`.execute(tx)
      ).rows[0]!.n,
    }));
    expect(rows).toHaveLength(3 * (6 * 5 + 4 * 3 + 6));
    expect(rows.every((r) => Number.isInteger(r.count))).toBe(true);
    expect(rows.reduce((sum, r) => sum + r.count, 0)).toBe(12 * 11);
    expect(versions).toBe(1);
    expect(unitVersions).toBe(1);
    // Nothing else in the database learnt of a submission: no audit event per submission.
    const events = await owner
      .selectFrom('audit_events')
      .select('action')
      .where('tenant_id', '=', tenant)
      .where('action', 'like', 'survey.%')
      .execute();
    expect(new Set(events.map((e) => e.action))).toEqual(
      new Set([
        'survey.round_opened',
        'survey.invitations_sent',
        'survey.round_closed',
        'survey.results_read',
      ]),
    );
    // Counters only go up (a trigger, for every role): no submission can be undone to find it.
    await expect(
      runScoped(t.deps.database.db, { tenantId: tenant, userId: null }, (tx) =>
        sql`update survey_answer_counts set count = count - 1 where round_id = ${roundId} and count > 0`.execute(
          tx,
        ),
      ),
    ).rejects.toThrow(/only go up/);
  });
});
