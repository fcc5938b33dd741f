import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/core/util/canonical-json.ts';
import { type ChainedEvent, eventHash, genesisHash, verifyChain } from '../../src/server/audit/chain.ts';

function chain(n: number) {
  const events: Array<ChainedEvent & { hash: string }> = [];
  let prev = genesisHash;
  for (let i = 1; i <= n; i++) {
    const e: ChainedEvent = {
      seq: i,
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
      tenantId: null,
      actorUserId: null,
      action: 'session.started',
      subjectType: 'session',
      subjectId: `s${i}`,
      data: { n: i },
      prevHash: prev,
    };
    const hash = eventHash(e);
    events.push({ ...e, hash });
    prev = hash;
  }
  return events;
}

describe('audit chain', () => {
  it('accepts an intact chain and its head', () => {
    const events = chain(5);
    expect(verifyChain(events, { seq: 5, hash: events[4]!.hash })).toMatchObject({ ok: true, count: 5 });
  });

  it('finds any single change, removal or swap, at the right place', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 12 }),
        fc.nat(),
        fc.constantFrom('change', 'remove', 'swap'),
        (n, k, kind) => {
          const events = chain(n);
          const i = k % (n - 1); // an event that has a successor
          const head = { seq: n, hash: events[n - 1]!.hash };
          if (kind === 'change') {
            events[i] = { ...events[i]!, data: { n: -1 } };
            expect(verifyChain(events, head)).toMatchObject({ ok: false, problem: 'changed', seq: i + 1 });
          } else if (kind === 'remove') {
            events.splice(i, 1);
            expect(verifyChain(events, head)).toMatchObject({ ok: false, problem: 'removed', seq: i + 1 });
          } else {
            const a = events[i]!;
            const b = events[i + 1]!;
            events[i] = { ...b, seq: a.seq };
            events[i + 1] = { ...a, seq: b.seq };
            expect(verifyChain(events, head)).toMatchObject({ ok: false, problem: 'moved', seq: i + 1 });
          }
        },
      ),
    );
  });

  it('canonical JSON does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'] })).toBe(canonicalJson({ a: [true, null, 'x'], b: 1 }));
    expect(canonicalJson({ a: undefined, b: 2 })).toBe('{"b":2}');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
  });
});
