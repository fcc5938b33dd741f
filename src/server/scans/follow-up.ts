// Follow-up procedures (the re-scan halfway the term): the rules operations/open-procedure.ts and
// operations/invite-candidate.ts apply, kept here so those stay small.
import type { Selectable } from 'kysely';
import type { SessionInfo } from '../auth/session.ts';
import type { ProceduresTable } from '../db/schema.ts';
import type { Tx } from '../db/transaction.ts';
import { invalidInput } from '../domain-error.ts';
import type { LoadedInstrument } from '../instruments/registry.ts';
import { assertMay } from '../policies/may.ts';
import { loadProcedureFor, procedureRules } from '../policies/procedure.ts';
import { sentence } from '../texts.ts';

/**
 * The procedure a new one follows: one of this organisation that the opdrachtgever takes part in,
 * with the same instrument (the newest version is pinned, so it may be newer than the earlier's).
 */
export async function followedProcedure(
  tx: Tx,
  session: SessionInfo,
  input: { tenantId: string; followsProcedureId?: string | undefined },
  loaded: LoadedInstrument,
): Promise<string | null> {
  if (!input.followsProcedureId) return null;
  const earlier = await loadProcedureFor(tx, session, input.tenantId, input.followsProcedureId, [
    'opdrachtgever',
  ]);
  assertMay(procedureRules, earlier, 'followUp');
  if (earlier.instrument_id !== loaded.instrument.id) {
    throw invalidInput('invalid-input', sentence('errors', 'invalid-input.follow-up-instrument'), [
      {
        path: ['instrumentId'],
        message: sentence('errors', 'fields.same-instrument'),
      },
    ]);
  }
  return earlier.id;
}

/** In a follow-up procedure: the same person's scan in the earlier one, if it still exists. */
export async function earlierScanFor(
  tx: Tx,
  procedure: Selectable<ProceduresTable>,
  userId: string,
): Promise<string | null> {
  if (!procedure.follows_procedure_id) return null;
  const row = await tx
    .selectFrom('scans')
    .select('id')
    .where('procedure_id', '=', procedure.follows_procedure_id)
    .where('tenant_id', '=', procedure.tenant_id)
    .where('candidate_user_id', '=', userId)
    .where('status', 'not in', ['withdrawn', 'deleted'])
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  return row?.id ?? null;
}
