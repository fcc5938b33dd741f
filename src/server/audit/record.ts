// Appends audit events inside the caller's transaction: a plain insert, no lock. An event commits
// or rolls back with the change it records; the sealer (sealer.ts) chains it shortly after the
// commit, so no request waits for another to extend the hash chain.
import { randomUUID } from 'node:crypto';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';
import { afterCommit, type Tx } from '../db/transaction.ts';
import { type AuditEventInput, auditEventInput } from './events.ts';
import { nudgeSealer } from './sealer.ts';

export async function recordAudit(tx: Tx, input: AuditEventInput): Promise<void> {
  await auditInsert(tx, [input]).execute(tx);
}

/**
 * The INSERT of one or more audit events, checked, for a caller that sends it as part of its own
 * statement (a data-modifying WITH: the change and its audit in one round trip). The sealer is
 * nudged when the transaction commits.
 */
export function auditInsert(tx: Tx, inputs: ReadonlyArray<AuditEventInput>): RawBuilder<unknown> {
  if (inputs.length === 0) throw new Error('auditInsert: no events');
  // Millisecond precision: what PostgreSQL stores must equal what the sealer hashes and verify
  // reads back. seq comes from the table's sequence. (No RETURNING: the row-level policy on
  // reading audit events would refuse events of no or another organisation.)
  const at = new Date(Date.now());
  const rows = inputs.map((input) => {
    const event = auditEventInput.parse(input);
    return sql`(${randomUUID()}, ${at}, ${event.tenantId}, ${event.actorUserId}, ${event.action},
                ${event.subjectType}, ${event.subjectId}, ${JSON.stringify(event.data)}::jsonb)`;
  });
  afterCommit(tx, nudgeSealer);
  return sql`insert into audit_events (id, at, tenant_id, actor_user_id, action, subject_type, subject_id, data)
             values ${sql.join(rows)}`;
}

/**
 * The same events, checked, as the JSON array the database function autosave_write (migration
 * 0009) inserts in the statement that writes the change. The caller nudges the sealer with
 * `auditCommitted` once that statement has returned (it is its own transaction).
 */
export function auditEventsJson(inputs: ReadonlyArray<AuditEventInput>): string {
  if (inputs.length === 0) throw new Error('auditEventsJson: no events');
  const at = new Date(Date.now()).toISOString();
  return JSON.stringify(
    inputs.map((input) => {
      const event = auditEventInput.parse(input);
      return {
        id: randomUUID(),
        at,
        tenant_id: event.tenantId,
        actor_user_id: event.actorUserId,
        action: event.action,
        subject_type: event.subjectType,
        subject_id: event.subjectId,
        data: event.data,
      };
    }),
  );
}

/** After a statement with audit events committed outside a Tx: the sealer chains them shortly. */
export function auditCommitted(db: Kysely<DatabaseSchema>): void {
  nudgeSealer(db);
}
