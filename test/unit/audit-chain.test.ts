import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/core/util/canonical-json.ts';
import {
  type ChainedEvent,
  eventHash,
  genesisHash,
  type SealedEvent,
  verifyChain,
} from '../../src/server/audit/chain.ts';

/** n sealed events; `seqOf` gives each position its storage number (gaps and late commits). */
function chain(n: number, seqOf: (position: number) => number = (p) => p) {
  const events: SealedEvent[] = [];
  let prev = genesisHash;
  for (let i = 1; i <= n; i++) {
    const e: ChainedEvent = {
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
    events.push({ ...e, seq: seqOf(i), position: i, hash });
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
            expect(verifyChain(events, head)).toMatchObject({
              ok: false,
              problem: 'changed',
              position: i + 1,
              id: events[i]!.id,
            });
          } else if (kind === 'remove') {
            events.splice(i, 1);
            expect(verifyChain(events, head)).toMatchObject({
              ok: false,
              problem: 'removed',
              position: i + 1,
            });
          } else {
            const a = events[i]!;
            const b = events[i + 1]!;
            events[i] = { ...b, position: a.position };
            events[i + 1] = { ...a, position: b.position };
            expect(verifyChain(events, head)).toMatchObject({
              ok: false,
              problem: 'moved',
              position: i + 1,
              id: b.id,
            });
          }
        },
      ),
    );
  });

  it('storage numbers may have gaps and run out of order: the chain positions and links decide', () => {
    // Rolled-back transactions leave gaps in seq; a transaction that took a lower seq may commit
    // (and be sealed) after one with a higher seq.
    const events = chain(6, (p) => [3, 5, 4, 9, 8, 12][p - 1]!);
    expect(verifyChain(events, { seq: 6, hash: events[5]!.hash })).toMatchObject({ ok: true, count: 6 });
    const gap = events.filter((e) => e.position !== 4);
    expect(verifyChain(gap, { seq: 6, hash: events[5]!.hash })).toMatchObject({
      ok: false,
      problem: 'removed',
      position: 4,
    });
  });

  it('canonical JSON does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'] })).toBe(canonicalJson({ a: [true, null, 'x'], b: 1 }));
    expect(canonicalJson({ a: undefined, b: 2 })).toBe('{"b":2}');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
  });
});
