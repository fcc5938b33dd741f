// Reads the whole log as the owner (the app role sees only its tenant's events), checks the sealed
// chain and reports the unsealed tail: events recorded and committed but not chained yet.
import type { Database } from '../db/database.ts';
import { type VerifyResult, verifyChain } from './chain.ts';

export async function verifyAuditLog(database: Database): Promise<VerifyResult> {
  const rows = await database.owner
    .selectFrom('audit_events')
    .selectAll()
    .orderBy('chain_seq', (ob) => ob.asc().nullsLast())
    .orderBy('seq')
    .execute();
  const head = await database.owner.selectFrom('audit_chain_head').select(['seq', 'hash']).executeTakeFirst();
  const sealed = rows.filter((r) => r.chain_seq !== null && r.hash !== null && r.prev_hash !== null);
  const unsealed = rows.filter((r) => r.chain_seq === null);
  const result = verifyChain(
    sealed.map((r) => ({
      seq: Number(r.seq),
      position: Number(r.chain_seq),
      id: r.id,
      at: new Date(r.at),
      tenantId: r.tenant_id,
      actorUserId: r.actor_user_id,
      action: r.action,
      subjectType: r.subject_type,
      subjectId: r.subject_id,
      data: r.data,
      prevHash: r.prev_hash as string,
      hash: r.hash as string,
    })),
    head ? { seq: Number(head.seq), hash: head.hash } : undefined,
  );
  if (!result.ok) return result;
  const oldest = unsealed.reduce<Date | null>((min, r) => {
    const at = new Date(r.at);
    return min === null || at < min ? at : min;
  }, null);
  return { ...result, unsealed: unsealed.length, oldestUnsealedAt: oldest };
}
