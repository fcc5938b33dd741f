// The nevenfuncties a person gave in their own scan, read through the one reader of answers
// (scans/content.ts, sealed under the scan's key) against the version the scan is pinned to. The
// offer carries a fingerprint of what was shown; the take-over recomputes it from the answers as
// they are then, so nothing is copied that the person did not see.
import { createHash } from 'node:crypto';
import type { Selectable } from 'kysely';
import {
  asksForNevenfuncties,
  nevenfunctiesFromAnswers,
  type ScanNevenfunctie,
} from '../../core/nevenfuncties/from-scan.ts';
import { canonicalJson } from '../../core/util/canonical-json.ts';
import type { AppDeps } from '../context.ts';
import type { ScansTable } from '../db/schema.ts';
import type { Tx } from '../db/transaction.ts';
import { procedureOfScan } from '../policies/procedure.ts';
import { readAnswers } from '../scans/content.ts';
import { pinnedInstrument } from '../scans/pinned-instrument.ts';

/** Scans whose answers are still there and the person's own to use. */
export const usableStatuses = ['started', 'submitted', 'in-review', 'report-ready'] as const;

export interface ScanOffer {
  scan: { id: string; procedureName: string; updatedAt: string };
  offered: ScanNevenfunctie[];
  fingerprint: string;
}

export function fingerprintOf(scanId: string, offered: readonly ScanNevenfunctie[]): string {
  return createHash('sha256').update(canonicalJson({ scanId, offered })).digest('hex').slice(0, 32);
}

/** The offer of one scan, or null when its instrument does not ask for nevenfuncties. */
export async function offerOf(
  deps: AppDeps,
  tx: Tx,
  scan: Selectable<ScansTable>,
): Promise<ScanOffer | null> {
  const procedure = await procedureOfScan(tx, scan);
  const loaded = await pinnedInstrument(deps, procedure);
  if (!asksForNevenfuncties(loaded.instrument)) return null;
  const offered = nevenfunctiesFromAnswers(loaded.instrument, await readAnswers(deps, tx, scan));
  return {
    scan: { id: scan.id, procedureName: procedure.name, updatedAt: new Date(scan.updated_at).toISOString() },
    offered,
    fingerprint: fingerprintOf(scan.id, offered),
  };
}

/** The person's most recently changed scan in this organisation that asks for nevenfuncties. */
export async function newestOffer(
  deps: AppDeps,
  tx: Tx,
  tenantId: string,
  userId: string,
): Promise<ScanOffer | null> {
  const scans = await tx
    .selectFrom('scans')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('candidate_user_id', '=', userId)
    .where('status', 'in', [...usableStatuses])
    .orderBy('updated_at', 'desc')
    .limit(20)
    .execute();
  for (const scan of scans) {
    const offer = await offerOf(deps, tx, scan);
    if (offer) return offer;
  }
  return null;
}
