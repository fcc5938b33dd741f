// The candidate signs the bewilligingsverklaring with a fresh second factor: the version they read
// is stored with the scan. Signing again after a revocation is allowed until the check has run.
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { conflict } from '../domain-error.ts';
import { assertMay } from '../policies/may.ts';
import { loadOwnScan, procedureOfScan } from '../policies/procedure.ts';
import { assertFreshSecondFactor, ownScreeningRules } from '../policies/screening.ts';
import { pinnedInstrument } from '../scans/pinned-instrument.ts';
import { declarationSummary, declarationToSign, screeningStateOf } from '../screening/views.ts';
import { sentence } from '../texts.ts';

export async function signDeclaration(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; scanId: string; declarationId: string; version: string },
) {
  return inTransaction(deps.database, { tenantId: input.tenantId, userId: session.userId }, async (tx) => {
    const scan = await loadOwnScan(tx, session, input.tenantId, input.scanId, { forUpdate: true });
    assertMay(ownScreeningRules, screeningStateOf(scan), 'sign');
    // Only the declaration this scan's instrument asks for can be signed: the one shown.
    const { instrument } = await pinnedInstrument(deps, await procedureOfScan(tx, scan));
    const newest = declarationToSign(instrument);
    if (!newest || input.declarationId !== newest.id || input.version !== newest.version) {
      throw conflict('declaration-outdated', sentence('errors', 'declaration-outdated'));
    }
    assertFreshSecondFactor(session, deps.now());
    const updated = await tx
      .updateTable('scans')
      .set({
        declaration_id: newest.id,
        declaration_version: newest.version,
        declaration_signed_at: deps.now(),
        declaration_revoked_at: null,
        updated_at: deps.now(),
      })
      .where('id', '=', scan.id)
      .where('tenant_id', '=', input.tenantId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(tx, {
      action: 'screening.declaration_signed',
      tenantId: input.tenantId,
      actorUserId: session.userId,
      subjectType: 'scan',
      subjectId: scan.id,
      data: { declaration: newest.id, version: newest.version },
    });
    return declarationSummary(updated);
  });
}
