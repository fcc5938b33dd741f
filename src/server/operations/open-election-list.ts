// A party's kandidatencommissie opens the procedure for one election's list of candidates: the
// raadslid check (its newest version pinned, as for any procedure), the election's name and year,
// the deadline by which candidates finish, the party's expert who goes over each check, and how
// long results are kept after closing. The committee member is the procedure's `commissie` member.
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { forbidden, invalidInput } from '../domain-error.ts';
import { sentence } from '../texts.ts';

/** The instrument of a kandidatenlijst: the weerbaarheidscheck for kandidaat-raadsleden. */
const electionInstrument = 'weerbaarheidscheck-raadslid';

export interface OpenElectionListInput {
  tenantId: string;
  election: string;
  year: number;
  /** yyyy-mm-dd */
  deadline: string;
  expertMembershipIds: string[];
  retentionDays: number;
}

export async function openElectionList(
  deps: AppDeps,
  session: SessionInfo,
  input: OpenElectionListInput,
): Promise<{ id: string }> {
  const loaded = deps.instruments.latest(electionInstrument);
  if (!loaded) throw invalidInput('election-list', sentence('errors', 'election-list'));
  const own = session.memberships.find(
    (m) => m.tenantId === input.tenantId && m.role === 'commissie' && m.status === 'active',
  );
  if (!own) throw forbidden('forbidden', sentence('errors', 'forbidden.open-procedure'));
  const today = deps.now().toISOString().slice(0, 10);
  if (input.deadline < today) {
    throw invalidInput('election-list', sentence('errors', 'election-list'), [
      { path: ['deadline'], message: sentence('errors', 'input.deadline-future') },
    ]);
  }
  const id = randomUUID();
  return inTransaction(deps.database, { tenantId: input.tenantId, userId: session.userId }, async (tx) => {
    const wanted = [...new Set(input.expertMembershipIds)];
    const experts = await tx
      .selectFrom('memberships')
      .select('id')
      .where('tenant_id', '=', input.tenantId)
      .where('role', '=', 'expert')
      .where('status', '!=', 'disabled')
      .where('id', 'in', wanted)
      .execute();
    if (experts.length !== wanted.length) {
      throw invalidInput('invalid-input', sentence('errors', 'invalid-input.unknown-expert'), [
        { path: ['expertMembershipIds'], message: sentence('errors', 'fields.unknown-expert') },
      ]);
    }
    await tx
      .insertInto('procedures')
      .values({
        id,
        tenant_id: input.tenantId,
        name: `${input.election} ${input.year}`.slice(0, 200),
        office: 'raadslid',
        instrument_id: loaded.instrument.id,
        instrument_version: loaded.instrument.version,
        instrument_hash: loaded.hash,
        // A check: the expert may finalise straight after submission.
        review: 'optional',
        retention_days: input.retentionDays,
        created_by: session.userId,
        created_at: deps.now(),
        follows_procedure_id: null,
      })
      .execute();
    await tx
      .insertInto('election_procedures')
      .values({
        procedure_id: id,
        tenant_id: input.tenantId,
        election: input.election,
        year: input.year,
        deadline: input.deadline,
      })
      .execute();
    await tx
      .insertInto('procedure_members')
      .values([
        { procedure_id: id, tenant_id: input.tenantId, membership_id: own.id, role: 'commissie' },
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
        review: 'optional',
        experts: experts.length,
        kind: 'kandidatenlijst',
      },
    });
    return { id };
  });
}
