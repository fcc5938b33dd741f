// Reads the whole chain as the owner (the app role sees only its tenant's events) and checks it.
import type { Database } from '../db/database.ts';
import { type VerifyResult, verifyChain } from './chain.ts';

export async function verifyAuditLog(database: Database): Promise<VerifyResult> {
  const rows = await database.owner.selectFrom('audit_events').selectAll().orderBy('seq').execute();
  const head = await database.owner.selectFrom('audit_chain_head').select(['seq', 'hash']).executeTakeFirst();
  return verifyChain(
    rows.map((r) => ({
      seq: Number(r.seq),
      id: r.id,
      at: new Date(r.at),
      tenantId: r.tenant_id,
      actorUserId: r.actor_user_id,
      action: r.action,
      subjectType: r.subject_type,
      subjectId: r.subject_id,
      data: r.data,
      prevHash: r.prev_hash,
      hash: r.hash,
    })),
    head ? { seq: Number(head.seq), hash: head.hash } : undefined,
  );
}
