// The network map's autosave: debounce, conflicts merged by playing this tab's operations on top
// of the server's network, offline retries with the same saveId, frozen scans.
import assert from 'node:assert/strict';
import { test } from 'vitest';
import { applyNetworkOps, type NetworkOp } from '../../src/core/network/edit.ts';
import { emptyNetwork, type Network, validateNetwork } from '../../src/core/network/model.ts';
import { ApiError } from '../../src/web/api.ts';
import { NetworkAutosaver } from '../../src/web/network/network-autosave.ts';
import { catalogue } from '../support/network-fixtures.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const problem = (status: number, code: string) => new ApiError({ type: 'x', title: 'x', status, code });

type Body = { baseRevision: number; saveId: string; network: Network };

/** A fake server with the real route's rules: same saveId answers as before, stale revision is 409. */
function server(start: Network | null = null) {
  const state = { revision: 0, network: start, seen: new Map<string, number>(), editable: true };
  const calls: Array<Body & { keepalive: boolean }> = [];
  const failures: ApiError[] = [];
  return {
    calls,
    state,
    fail(...errors: ApiError[]) {
      failures.push(...errors);
    },
    /** Another tab saves these operations first. */
    otherTab(...ops: NetworkOp[]) {
      state.network = applyNetworkOps(state.network ?? emptyNetwork(), ops, catalogue);
      state.revision += 1;
    },
    async save(input: Body, keepalive: boolean) {
      calls.push({ ...structuredClone(input), keepalive });
      const failure = failures.shift();
      if (failure) throw failure;
      const seen = state.seen.get(input.saveId);
      if (seen !== undefined) return { revision: seen };
      if (!state.editable) throw problem(409, 'scan-frozen');
      if (input.baseRevision !== state.revision) throw problem(409, 'revision-conflict');
      assert.equal(validateNetwork(input.network, catalogue).ok, true, 'the server only gets valid networks');
      state.network = structuredClone(input.network);
      state.revision += 1;
      state.seen.set(input.saveId, state.revision);
      return { revision: state.revision };
    },
  };
}

function saver(api: ReturnType<typeof server>, initial: { revision: number; network: Network | null }) {
  let n = 0;
  let frozen = 0;
  const s = new NetworkAutosaver(
    {
      save: (input, keepalive) => api.save(input, keepalive),
      reload: async () => ({
        revision: api.state.revision,
        network: structuredClone(api.state.network),
        editable: api.state.editable,
      }),
      onFrozen: () => {
        frozen += 1;
      },
      renewSession: async () => true,
      uuid: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
      now: () => new Date(),
    },
    initial,
    catalogue,
  );
  return { s, frozen: () => frozen };
}

const addPerson = (id: string, contexts: string[] = []): NetworkOp => ({
  op: 'addContact',
  id,
  label: id.toUpperCase(),
  kind: 'person',
  contexts,
});
const labels = (net: Network | null) => (net?.contacts ?? []).map((c) => c.label);

test('debounces: several edits go as one save of the whole network', async () => {
  const api = server();
  const { s } = saver(api, { revision: 0, network: null });
  s.apply({ op: 'addContext', id: 'fam', catalogueId: 'familie' });
  s.apply(addPerson('a', ['fam']), addPerson('b', ['fam']));
  s.apply({ op: 'connectContext', context: 'fam' });
  assert.equal(api.calls.length, 0);
  assert.deepEqual(labels(s.getSnapshot().network), ['A', 'B']);
  assert.equal(s.getSnapshot().unsaved, true);
  await sleep(700);
  assert.equal(api.calls.length, 1);
  assert.equal(api.calls[0]?.baseRevision, 0);
  assert.deepEqual(labels(api.state.network), ['A', 'B']);
  assert.deepEqual(api.state.network?.ties, [{ a: 'a', b: 'b' }]);
  assert.equal(s.getSnapshot().state.kind, 'saved');
  assert.equal(s.getSnapshot().unsaved, false);
});

test('an edit that would make the network invalid changes nothing and sends nothing', async () => {
  const api = server();
  const { s } = saver(api, { revision: 0, network: null });
  s.apply({ op: 'addContact', id: 'a', label: '', kind: 'person' });
  s.apply({ op: 'removeContact', id: 'nobody' });
  assert.equal(s.getSnapshot().unsaved, false);
  assert.equal(await s.flush(), true);
  assert.equal(api.calls.length, 0);
});

test('conflict: reloads and plays this tab’s operations on top of the other tab’s network', async () => {
  const api = server();
  api.otherTab(addPerson('x'));
  const { s } = saver(api, { revision: 1, network: structuredClone(api.state.network) });
  // The other tab added a context, put X in it and saved first.
  api.otherTab(
    { op: 'addContext', id: 'club', catalogueId: 'sportclub' },
    { op: 'addToContext', ids: ['x'], context: 'club' },
  );
  s.apply({ op: 'addContext', id: 'fam', catalogueId: 'familie' });
  s.apply(addPerson('a', ['fam']));
  s.apply({ op: 'addToContext', ids: ['x'], context: 'fam' });
  s.apply({ op: 'addTie', a: 'a', b: 'x' });
  assert.equal(await s.flush(), true);
  assert.equal(api.calls.length, 2);
  assert.equal(api.calls[0]?.baseRevision, 1);
  assert.equal(api.calls[1]?.baseRevision, 2);
  assert.notEqual(api.calls[1]?.saveId, api.calls[0]?.saveId);
  // Both tabs' work is there: X in the other tab's context and in this tab's.
  assert.deepEqual(labels(api.state.network), ['X', 'A']);
  assert.deepEqual(
    api.state.network?.contexts.map((c) => c.id),
    ['club', 'fam'],
  );
  assert.deepEqual(api.state.network?.contacts[0]?.contexts, ['club', 'fam']);
  assert.deepEqual(api.state.network?.ties, [{ a: 'a', b: 'x' }]);
  assert.deepEqual(s.getSnapshot().network, api.state.network);
  assert.ok(s.getSnapshot().mergedAt);
  assert.equal(api.state.revision, 3);
});

test('conflict: what the other tab removed stays removed; this tab’s edits on it fall away', async () => {
  const api = server();
  api.otherTab(addPerson('a'), addPerson('b'));
  const { s } = saver(api, { revision: 1, network: structuredClone(api.state.network) });
  api.otherTab({ op: 'removeContact', id: 'b' });
  s.apply({ op: 'setAttribute', ids: ['a', 'b'], attribute: 'closeness', value: 5 });
  s.apply({ op: 'addTie', a: 'a', b: 'b' });
  assert.equal(await s.flush(), true);
  assert.deepEqual(labels(api.state.network), ['A']);
  assert.equal(api.state.network?.contacts[0]?.closeness, 5);
  assert.deepEqual(api.state.network?.ties, []);
});

test('offline: retries the same saveId with the same body, then sends what came after', async () => {
  const api = server();
  const { s } = saver(api, { revision: 0, network: null });
  api.fail(problem(0, 'network'));
  s.apply(addPerson('a'));
  assert.equal(await s.flush(), false);
  assert.equal(s.getSnapshot().state.kind, 'offline');
  assert.equal(s.getSnapshot().unsaved, true);
  s.apply(addPerson('b'));
  await sleep(1200);
  // The first retry is the same request: same saveId, same network.
  assert.equal(api.calls[1]?.saveId, api.calls[0]?.saveId);
  assert.deepEqual(api.calls[1]?.network, api.calls[0]?.network);
  assert.deepEqual(labels(api.calls[1]?.network ?? null), ['A']);
  await sleep(800);
  assert.deepEqual(labels(api.state.network), ['A', 'B']);
  assert.equal(s.getSnapshot().unsaved, false);
  assert.equal(s.getSnapshot().state.kind, 'saved');
});

test('a retry whose first attempt did arrive is not applied twice', async () => {
  const api = server();
  const { s } = saver(api, { revision: 0, network: null });
  s.apply(addPerson('a'));
  // The request arrives, but the answer is lost on the way back.
  const save = api.save.bind(api);
  let lost = true;
  api.save = async (input, keepalive) => {
    const result = await save(input, keepalive);
    if (lost) {
      lost = false;
      throw problem(0, 'network');
    }
    return result;
  };
  assert.equal(await s.flush(), false);
  s.online();
  await sleep(20);
  assert.equal(api.calls.length, 2);
  assert.equal(api.calls[1]?.saveId, api.calls[0]?.saveId);
  assert.equal(api.state.revision, 1);
  assert.equal(s.getSnapshot().state.kind, 'saved');
});

test('frozen: stops saving, says so, and ignores later edits', async () => {
  const api = server();
  const { s, frozen } = saver(api, { revision: 0, network: null });
  api.state.editable = false;
  s.apply(addPerson('a'));
  assert.equal(await s.flush(), false);
  assert.equal(s.getSnapshot().state.kind, 'frozen');
  assert.equal(frozen(), 1);
  s.apply(addPerson('b'));
  await sleep(700);
  assert.equal(api.calls.length, 1);
  assert.equal(s.getSnapshot().unsaved, false);
});

test('frozen found while merging a conflict', async () => {
  const api = server();
  const { s, frozen } = saver(api, { revision: 0, network: null });
  api.otherTab(addPerson('x'));
  api.state.editable = false;
  api.fail(problem(409, 'revision-conflict'));
  s.apply(addPerson('a'));
  assert.equal(await s.flush(), false);
  assert.equal(s.getSnapshot().state.kind, 'frozen');
  assert.equal(frozen(), 1);
});

test('page hidden: sends at once with keepalive when the body is small', async () => {
  const api = server();
  const { s } = saver(api, { revision: 0, network: null });
  s.apply(addPerson('a'));
  s.pageHidden();
  await sleep(10);
  assert.equal(api.calls.length, 1);
  assert.equal(api.calls[0]?.keepalive, true);
});

test('another refusal keeps the operations and tries again with the next edit', async () => {
  const api = server();
  const { s } = saver(api, { revision: 0, network: null });
  api.fail(problem(400, 'invalid-network'));
  s.apply(addPerson('a'));
  assert.equal(await s.flush(), false);
  assert.equal(s.getSnapshot().state.kind, 'failed');
  assert.deepEqual(labels(s.getSnapshot().network), ['A']);
  s.apply(addPerson('b'));
  assert.equal(await s.flush(), true);
  assert.deepEqual(labels(api.state.network), ['A', 'B']);
});
