// An opdrachtgever opens a procedure: which instrument (its newest version and content hash are
// pinned), for which office, with which experts, how long results are kept after closing, and
// whether an expert review is required.
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { forbidden, invalidInput } from '../domain-error.ts';
import { followedProcedure } from '../scans/follow-up.ts';
import { reviewFor } from '../scans/review-setting.ts';
import { sentence } from '../texts.ts';

export interface OpenProcedureInput {
  tenantId: string;
  name: string;
  office: string;
  instrumentId: string;
  review?: 'required' | 'optional' | 'none';
  retentionDays: number;
  expertMembershipIds: string[];
  /** A herhaalscan: the earlier procedure it follows (operations/follow-up.ts). */
  followsProcedureId?: string;
}

export async function openProcedure(
  deps: AppDeps,
  session: SessionInfo,
  input: OpenProcedureInput,
): Promise<{ id: string }> {
  const loaded = deps.instruments.latest(input.instrumentId);
  if (!loaded) {
    throw invalidInput('invalid-input', sentence('errors', 'invalid-input.unknown-instrument'), [
      { path: ['instrumentId'], message: sentence('errors', 'fields.unknown-instrument') },
    ]);
  }
  const review = reviewFor(loaded.instrument.mode, input.review);
  const own = session.memberships.find(
    (m) => m.tenantId === input.tenantId && m.role === 'opdrachtgever' && m.status === 'active',
  );
  if (!own) throw forbidden('forbidden', sentence('errors', 'forbidden.open-procedure'));
  const id = randomUUID();
  return inTransaction(deps.database, { tenantId: input.tenantId, userId: session.userId }, async (tx) => {
    const follows = await followedProcedure(tx, session, input, loaded);
    const experts = input.expertMembershipIds.length
      ? await tx
          .selectFrom('memberships')
          .select('id')
          .where('tenant_id', '=', input.tenantId)
          .where('role', '=', 'expert')
          .where('status', '!=', 'disabled')
          .where('id', 'in', input.expertMembershipIds)
          .execute()
      : [];
    if (experts.length !== new Set(input.expertMembershipIds).size) {
      throw invalidInput('invalid-input', sentence('errors', 'invalid-input.unknown-expert'), [
        { path: ['expertMembershipIds'], message: sentence('errors', 'fields.unknown-expert') },
      ]);
    }
    if (review === 'required' && experts.length === 0) {
      throw invalidInput('invalid-input', sentence('errors', 'invalid-input.no-expert'), [
        {
          path: ['expertMembershipIds'],
          message: sentence('errors', 'fields.at-least-one-expert'),
        },
      ]);
    }
    await tx
      .insertInto('procedures')
      .values({
        id,
        tenant_id: input.tenantId,
        name: input.name,
        office: input.office,
        instrument_id: loaded.instrument.id,
        instrument_version: loaded.instrument.version,
        instrument_hash: loaded.hash,
        review,
        retention_days: input.retentionDays,
        created_by: session.userId,
        created_at: deps.now(),
        follows_procedure_id: follows,
      })
      .execute();
    await tx
      .insertInto('procedure_members')
      .values([
        { procedure_id: id, tenant_id: input.tenantId, membership_id: own.id, role: 'opdrachtgever' },
        ...experts.map((e) => ({
          procedure_id: id,
          tenant_id: input.tenantId,
          membership_id: e.id,
          role: 'expert' as const,
        })),
      ])
      .execute();
    await recordAudit(tx, {
      action: 'procedure.opened',
      tenantId: input.tenantId,
      actorUserId: session.userId,
      subjectType: 'procedure',
      subjectId: id,
      data: {
        instrument: loaded.instrument.id,
        version: loaded.instrument.version,
        review,
        experts: experts.length,
        ...(follows ? { follows } : {}),
      },
    });
    return { id };
  });
}
