// The official takes over the nevenfuncties they ticked from their own scan, having consented on a
// page that listed what would be copied. The answers are read again now: when they no longer give
// what was shown (the fingerprint differs), nothing is copied. Only function, organisation and
// paid/unpaid are copied; the source is recorded as "scan". Audited with the scan id and a count.
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { conflict, notFound } from '../domain-error.ts';
import { offerOf } from '../nevenfuncties/from-scan.ts';
import {
  assertOfficeChosen,
  type OwnNevenfuncties,
  ownRegisterIn,
  writeVersion,
} from '../nevenfuncties/register.ts';
import { loadOwnScan } from '../policies/procedure.ts';
import { sentence } from '../texts.ts';

export interface TakeOver {
  scanId: string;
  fingerprint: string;
  indexes: number[];
}

export async function takeOverScanNevenfuncties(
  deps: AppDeps,
  session: SessionInfo,
  tenantId: string,
  input: TakeOver,
): Promise<OwnNevenfuncties> {
  const userId = session.userId;
  return inTransaction(deps.database, { tenantId, userId }, async (tx) => {
    const scan = await loadOwnScan(tx, session, tenantId, input.scanId);
    // A withdrawn or deleted scan has no answers left to read: as if it were not there.
    if (scan.status === 'withdrawn' || scan.status === 'deleted') throw notFound();
    await assertOfficeChosen(tx, tenantId, userId);
    const offer = await offerOf(deps, tx, scan);
    if (!offer) throw conflict('nevenfuncties-scan-none', sentence('errors', 'nevenfuncties-scan-none'));
    const chosen = [...new Set(input.indexes)].map((i) => offer.offered.find((n) => n.index === i));
    if (offer.fingerprint !== input.fingerprint || chosen.some((n) => n === undefined))
      throw conflict('nevenfuncties-scan-changed', sentence('errors', 'nevenfuncties-scan-changed'));
    const now = deps.now();
    for (const n of chosen) {
      if (!n) continue;
      const id = await writeVersion(
        tx,
        { tenantId, userId },
        null,
        {
          function: n.function,
          organisation: n.organisation,
          paid: n.paid,
          hoursPerMonth: null,
          startsOn: null,
          endsOn: null,
          approval: null,
        },
        'scan',
        now,
      );
      await recordAudit(tx, {
        action: 'nevenfunctie.added',
        tenantId,
        actorUserId: userId,
        subjectType: 'nevenfunctie',
        subjectId: id,
        data: { source: 'scan' },
      });
    }
    await recordAudit(tx, {
      action: 'nevenfuncties.taken_over',
      tenantId,
      actorUserId: userId,
      subjectType: 'scan',
      subjectId: scan.id,
      data: { count: chosen.length, offered: offer.offered.length },
    });
    return ownRegisterIn(tx, tenantId, userId);
  });
}
