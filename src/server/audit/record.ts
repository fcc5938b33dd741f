// Appends an audit event inside the caller's transaction: one insert, no lock. The event commits
// or rolls back with the change it records; the sealer (sealer.ts) chains it shortly after the
// commit, so no request waits for another to extend the hash chain.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterCommit, type Tx } from '../db/transaction.ts';
import { type AuditEventInput, auditEventInput } from './events.ts';
import { nudgeSealer } from './sealer.ts';

export async function recordAudit(tx: Tx, input: AuditEventInput): Promise<{ id: string }> {
  const event = auditEventInput.parse(input);
  const id = randomUUID();
  // Millisecond precision: what PostgreSQL stores must equal what the sealer hashes and verify
  // reads back. seq comes from the table's sequence. (No RETURNING: the row-level policy on reading
  // audit events would refuse events of no or another organisation.)
  await sql`
    insert into audit_events (id, at, tenant_id, actor_user_id, action, subject_type, subject_id, data)
    values (${id}, ${new Date(Date.now())}, ${event.tenantId}, ${event.actorUserId}, ${event.action},
            ${event.subjectType}, ${event.subjectId}, ${JSON.stringify(event.data)}::jsonb)`.execute(tx);
  afterCommit(tx, nudgeSealer);
  return { id };
}
