// The hash of an audit event covers the previous event's hash and the event's canonical form,
// so changing, removing or reordering any event breaks the chain from that point on.
// The order is the chain itself (prev_hash); seq is the storage order and must be contiguous.
import { canonicalJson } from '../../core/util/canonical-json.ts';
import { sha256Hex } from '../crypto/tokens.ts';

export interface ChainedEvent {
  seq: number;
  id: string;
  at: Date;
  tenantId: string | null;
  actorUserId: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  data: Record<string, unknown>;
  prevHash: string;
}

export const genesisHash = '0'.repeat(64);

export function eventHash(event: ChainedEvent): string {
  // Fields picked one by one: whatever else the object carries (its stored hash, its seq) is not
  // part of what is hashed.
  const canonical = canonicalJson({
    id: event.id,
    at: event.at.toISOString(),
    tenantId: event.tenantId,
    actorUserId: event.actorUserId,
    action: event.action,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    data: event.data,
  });
  return sha256Hex(`${event.prevHash}\n${canonical}`);
}

export type ChainProblem = 'changed' | 'removed' | 'moved';

export type VerifyResult =
  | { ok: true; count: number; headHash: string }
  | { ok: false; count: number; problem: ChainProblem; seq: number; id: string | null; detail: string };

/**
 * Walks the events in storage (seq) order and reports the first one that does not fit:
 * - changed: its stored hash does not match its content;
 * - moved: intact, but it follows the wrong event (its predecessor is elsewhere in the log);
 * - removed: an event is missing (a gap in seq, a predecessor that is gone, or a chain head the
 *   database keeps that points past the last event).
 */
export function verifyChain(
  events: ReadonlyArray<ChainedEvent & { hash: string }>,
  head?: { seq: number; hash: string },
): VerifyResult {
  const allHashes = new Set(events.map((e) => e.hash));
  let prevHash = genesisHash;
  let expectedSeq = 1;
  let previous: (ChainedEvent & { hash: string }) | null = null;
  const fail = (problem: ChainProblem, seq: number, id: string | null, detail: string): VerifyResult => ({
    ok: false,
    count: events.length,
    problem,
    seq,
    id,
    detail,
  });
  for (const event of events) {
    if (eventHash(event) !== event.hash) {
      return fail(
        'changed',
        event.seq,
        event.id,
        'de inhoud past niet bij de hash / content does not match its hash',
      );
    }
    if (event.prevHash !== prevHash) {
      if (event.prevHash === genesisHash || allHashes.has(event.prevHash)) {
        return fail('moved', event.seq, event.id, 'staat op de verkeerde plaats / is out of order');
      }
      if (previous && event.seq === expectedSeq) {
        // No gap, yet the link is broken: the previous event was changed and its hash recomputed.
        return fail('changed', previous.seq, previous.id, 'hash is herberekend / its hash was rewritten');
      }
      return fail(
        'removed',
        expectedSeq,
        null,
        `het event vóór ${event.id} ontbreekt / the event before it is missing`,
      );
    }
    if (event.seq !== expectedSeq) {
      return fail(
        'removed',
        expectedSeq,
        null,
        `volgnummer ${expectedSeq} ontbreekt / sequence number missing`,
      );
    }
    prevHash = event.hash;
    previous = event;
    expectedSeq += 1;
  }
  if (head && (head.seq !== expectedSeq - 1 || head.hash !== prevHash)) {
    return fail('removed', expectedSeq, null, 'het laatste event ontbreekt / the last event is missing');
  }
  return { ok: true, count: events.length, headHash: prevHash };
}
