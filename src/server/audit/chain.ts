// The hash of an audit event covers the previous event's hash and the event's canonical form,
// so changing, removing or reordering any sealed event breaks the chain from that point on.
// The chain's order is its positions (chain_seq 1, 2, 3, … given by the sealer, sealer.ts) and
// the links (prev_hash); seq is only the order in which events were stored and may have gaps.
import { canonicalJson } from '../../core/util/canonical-json.ts';
import { sha256Hex } from '../crypto/tokens.ts';

/** What an event's hash covers: its content and its predecessor's hash. */
export interface ChainedEvent {
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

/** A sealed event as stored: its storage number, its place in the chain and its hash. */
export interface SealedEvent extends ChainedEvent {
  seq: number;
  position: number;
  hash: string;
}

export const genesisHash = '0'.repeat(64);

export function eventHash(event: ChainedEvent): string {
  // Fields picked one by one: whatever else the object carries (its stored hash, its seq, its
  // position) is not part of what is hashed.
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
  | {
      ok: true;
      /** Sealed events checked. */
      count: number;
      headHash: string;
      /** Events recorded but not sealed yet (the tail the sealer has not reached). */
      unsealed: number;
      /** When the oldest of those was recorded. */
      oldestUnsealedAt: Date | null;
    }
  | {
      ok: false;
      count: number;
      problem: ChainProblem;
      /** The place in the chain where it goes wrong. */
      position: number;
      /** The event found wrong there (null when it is missing). */
      seq: number | null;
      id: string | null;
      detail: string;
    };

/**
 * Walks the sealed events in chain order (by position) and reports the first one that does not fit:
 * - changed: its stored hash does not match its content;
 * - moved: intact, but it follows the wrong event (its predecessor is elsewhere in the log);
 * - removed: an event is missing (a gap in the positions, a predecessor that is gone, or a chain
 *   head the database keeps that points past the last event).
 */
export function verifyChain(
  events: ReadonlyArray<SealedEvent>,
  head?: { seq: number; hash: string },
): Extract<VerifyResult, { ok: false }> | { ok: true; count: number; headHash: string } {
  const allHashes = new Set(events.map((e) => e.hash));
  let prevHash = genesisHash;
  let expected = 1;
  let previous: SealedEvent | null = null;
  const fail = (
    problem: ChainProblem,
    position: number,
    event: SealedEvent | null,
    detail: string,
  ): Extract<VerifyResult, { ok: false }> => ({
    ok: false,
    count: events.length,
    problem,
    position,
    seq: event?.seq ?? null,
    id: event?.id ?? null,
    detail,
  });
  for (const event of events) {
    if (eventHash(event) !== event.hash) {
      return fail(
        'changed',
        event.position,
        event,
        'de inhoud past niet bij de hash / content does not match its hash',
      );
    }
    if (event.prevHash !== prevHash) {
      if (event.prevHash === genesisHash || allHashes.has(event.prevHash)) {
        return fail('moved', event.position, event, 'staat op de verkeerde plaats / is out of order');
      }
      if (previous && event.position === expected) {
        // No gap, yet the link is broken: the previous event was changed and its hash recomputed.
        return fail('changed', previous.position, previous, 'hash is herberekend / its hash was rewritten');
      }
      return fail(
        'removed',
        expected,
        null,
        `het event vóór ${event.id} ontbreekt / the event before it is missing`,
      );
    }
    if (event.position !== expected) {
      return fail(
        'removed',
        expected,
        null,
        `plaats ${expected} in de keten ontbreekt / chain position missing`,
      );
    }
    prevHash = event.hash;
    previous = event;
    expected += 1;
  }
  if (head && (head.seq !== expected - 1 || head.hash !== prevHash)) {
    return fail('removed', expected, null, 'het laatste event ontbreekt / the last event is missing');
  }
  return { ok: true, count: events.length, headHash: prevHash };
}
