// The autosave engine of the candidate questionnaire: debounce, conflicts and merging, offline
// retries with the same saveId, answers the server would refuse held back, frozen scans.
import assert from 'node:assert/strict';
import { test } from 'vitest';
import { ApiError, type ProblemFieldError } from '../../src/web/api.ts';
import { Autosaver } from '../../src/web/scan/autosave.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const problem = (status: number, code: string, errors?: ProblemFieldError[]) =>
  new ApiError({ type: 'x', title: 'x', status, code, ...(errors ? { errors } : {}) });

function server() {
  const state = { revision: 0, answers: {} as Record<string, unknown>, seen: new Map<string, number>() };
  const calls: Array<{ baseRevision: number; saveId: string; changes: Record<string, unknown> }> = [];
  let failNext: ApiError | null = null;
  const api = {
    calls,
    state,
    fail(e: ApiError) {
      failNext = e;
    },
    async save(input: { baseRevision: number; saveId: string; changes: Record<string, unknown> }) {
      calls.push(structuredClone(input));
      if (failNext) {
        const e = failNext;
        failNext = null;
        throw e;
      }
      const seen = state.seen.get(input.saveId);
      if (seen !== undefined) return { revision: seen };
      if (input.baseRevision !== state.revision) throw problem(409, 'revision-conflict');
      for (const [k, v] of Object.entries(input.changes)) {
        if (v === null) delete state.answers[k];
        else state.answers[k] = v;
      }
      state.revision += 1;
      state.seen.set(input.saveId, state.revision);
      return { revision: state.revision };
    },
  };
  return api;
}

function saver(api: ReturnType<typeof server>, initial = { revision: 0, answers: {} }) {
  let n = 0;
  let frozen = 0;
  const s = new Autosaver(
    {
      save: (input) => api.save(input as never) as never,
      reload: async () => ({
        revision: api.state.revision,
        answers: structuredClone(api.state.answers) as never,
        editable: true,
      }),
      check: (_item, value) => (value === 'bad' ? 'nope' : null),
      onFrozen: () => {
        frozen += 1;
      },
      renewSession: async () => true,
      uuid: () => `id-${++n}`,
      now: () => new Date(),
    },
    initial,
  );
  return { s, frozen: () => frozen };
}

test('debounces and saves one change set', async () => {
  const api = server();
  const { s } = saver(api);
  s.change('a', 'ja');
  s.change('b', 'nee');
  assert.equal(api.calls.length, 0);
  await sleep(700);
  assert.equal(api.calls.length, 1);
  assert.deepEqual(api.calls[0]?.changes, { a: 'ja', b: 'nee' });
  assert.equal(s.getSnapshot().state.kind, 'saved');
  assert.equal(s.getSnapshot().unsaved, false);
});

test('conflict: reloads and puts local changes on top', async () => {
  const api = server();
  api.state.revision = 3;
  api.state.answers = { x: 'from other tab' };
  const { s } = saver(api, { revision: 1, answers: {} });
  s.change('a', 'mine');
  assert.equal(await s.flush(), true);
  assert.deepEqual(api.state.answers, { x: 'from other tab', a: 'mine' });
  assert.deepEqual(s.getSnapshot().answers, { x: 'from other tab', a: 'mine' });
  assert.ok(s.getSnapshot().mergedAt);
});

test('offline: retries the same saveId, then saves', async () => {
  const api = server();
  const { s } = saver(api);
  api.fail(problem(0, 'network'));
  s.change('a', 'ja');
  assert.equal(await s.flush(), false);
  assert.equal(s.getSnapshot().state.kind, 'offline');
  s.change('b', 'later');
  await sleep(1200);
  // first retry sent the same batch with the same id
  assert.equal(api.calls[1]?.saveId, api.calls[0]?.saveId);
  await sleep(800);
  assert.deepEqual(api.state.answers, { a: 'ja', b: 'later' });
  assert.equal(s.getSnapshot().unsaved, false);
});

test('invalid answers are held back locally and by the server', async () => {
  const api = server();
  const { s } = saver(api);
  s.change('a', 'bad');
  s.change('b', 'ok');
  assert.equal(await s.flush(), true);
  assert.deepEqual(api.state.answers, { b: 'ok' });
  assert.deepEqual(s.getSnapshot().answers, { a: 'bad', b: 'ok' });
  assert.equal(s.getSnapshot().unsaved, true);
  api.fail(
    problem(400, 'invalid-answer', [{ path: ['changes', 'c', 0, 'x'], message: { nl: 'nee', en: 'no' } }]),
  );
  s.change('c', [{ x: 1 }] as never);
  s.change('d', 'fine');
  await s.flush();
  assert.deepEqual(api.state.answers, { b: 'ok', d: 'fine' });
  assert.deepEqual(s.getSnapshot().held, { a: null, c: { nl: 'nee', en: 'no' } });
  s.change('a', 'good');
  assert.equal(await s.flush(), true);
  assert.equal((api.state.answers as Record<string, unknown>).a, 'good');
});

test('a change while saving goes in the next set', async () => {
  const api = server();
  const { s } = saver(api);
  s.change('a', '1');
  const done = s.flush();
  s.change('a', '2');
  assert.equal(await done, true);
  assert.equal(api.state.answers.a, '2');
  assert.equal(api.calls.length, 2);
});

test('frozen: stops and tells', async () => {
  const api = server();
  const { s, frozen } = saver(api);
  api.fail(problem(409, 'scan-frozen'));
  s.change('a', '1');
  assert.equal(await s.flush(), false);
  assert.equal(frozen(), 1);
  s.change('b', '2');
  await sleep(700);
  assert.equal(api.calls.length, 1);
});

test('csrf after a new sign-in elsewhere: renews and retries once', async () => {
  const api = server();
  const { s } = saver(api);
  api.fail(problem(403, 'csrf'));
  s.change('a', '1');
  assert.equal(await s.flush(), true);
  assert.equal(api.state.answers.a, '1');
});
