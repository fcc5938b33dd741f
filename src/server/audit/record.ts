// Appends an audit event inside the caller's transaction. Locking the chain head serialises
// appends, so the chain follows commit order even with several app processes.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Tx } from '../db/transaction.ts';
import { eventHash } from './chain.ts';
import { type AuditEventInput, auditEventInput } from './events.ts';

export async function recordAudit(tx: Tx, input: AuditEventInput): Promise<{ seq: number; id: string }> {
  const event = auditEventInput.parse(input);
  const head = await tx
    .selectFrom('audit_chain_head')
    .select(['seq', 'hash'])
    .forUpdate()
    .executeTakeFirstOrThrow();
  const chained = {
    seq: Number(head.seq) + 1,
    id: randomUUID(),
    // Millisecond precision: what PostgreSQL stores must equal what we hashed.
    at: new Date(Math.floor(Date.now())),
    tenantId: event.tenantId,
    actorUserId: event.actorUserId,
    action: event.action,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    data: event.data,
    prevHash: head.hash,
  };
  const hash = eventHash(chained);
  // Insert the event and move the head in one statement: the head's row lock is held for as
  // few round trips as possible, since every change in the app appends here. (No RETURNING: the
  // row-level policy on reading audit events would refuse events of no or another organisation.)
  await sql`
    with appended as (
      insert into audit_events (seq, id, at, tenant_id, actor_user_id, action, subject_type, subject_id, data, prev_hash, hash)
      values (${chained.seq}, ${chained.id}, ${chained.at}, ${chained.tenantId}, ${chained.actorUserId}, ${chained.action},
              ${chained.subjectType}, ${chained.subjectId}, ${JSON.stringify(chained.data)}::jsonb, ${chained.prevHash}, ${hash})
    )
    update audit_chain_head set seq = ${chained.seq}, hash = ${hash}`.execute(tx);
  return { seq: chained.seq, id: chained.id };
}
