// Appends an audit event inside the caller's transaction. Locking the chain head serialises
// appends, so the chain follows commit order even with several app processes.
import { randomUUID } from 'node:crypto';
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
  await tx
    .insertInto('audit_events')
    .values({
      seq: chained.seq,
      id: chained.id,
      at: chained.at,
      tenant_id: chained.tenantId,
      actor_user_id: chained.actorUserId,
      action: chained.action,
      subject_type: chained.subjectType,
      subject_id: chained.subjectId,
      data: JSON.stringify(chained.data),
      prev_hash: chained.prevHash,
      hash,
    })
    .execute();
  await tx.updateTable('audit_chain_head').set({ seq: chained.seq, hash }).execute();
  return { seq: chained.seq, id: chained.id };
}
