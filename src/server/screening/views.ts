// What the candidate and the expert see of the antecedentenonderzoek, from the scan row and its
// sealed record. The candidate: the declaration, what was checked and the confirmed findings. The
// expert: everything, hits with their features and the decisions.
import type { Selectable } from 'kysely';
import type { Declaration } from '../../core/declarations/load.ts';
import { declarationRefOf } from '../../core/declarations/reference.ts';
import type { Instrument } from '../../core/instrument/schema.ts';
import type { AppDeps } from '../context.ts';
import type { ScansTable } from '../db/schema.ts';
import { declarationRegistry } from '../declarations/registry.ts';
import { notFound } from '../domain-error.ts';
import type { ScreeningSubjectState } from '../policies/screening.ts';
import { declarationState } from './record.ts';

export function screeningStateOf(scan: Selectable<ScansTable>): ScreeningSubjectState {
  return { status: scan.status, declaration: declarationState(scan), ran: scan.screening_ran_at !== null };
}

/**
 * The declaration a candidate of this instrument signs: the id and version the instrument names
 * (the party's check), or the newest bewilligingsverklaring (core/declarations/reference.ts).
 */
export function declarationToSign(instrument: Pick<Instrument, 'declaration'>): Declaration | undefined {
  const registry = declarationRegistry();
  const ref = declarationRefOf(instrument);
  return ref.version ? registry.get(ref.id, ref.version) : registry.latest(ref.id);
}

/** The declaration the scan's candidate signed, or the one its instrument asks them to read and sign. */
export function declarationOf(
  scan: Selectable<ScansTable>,
  instrument: Pick<Instrument, 'declaration'>,
): Declaration {
  const declaration =
    scan.declaration_id && scan.declaration_version
      ? declarationRegistry().get(scan.declaration_id, scan.declaration_version)
      : declarationToSign(instrument);
  if (!declaration) throw notFound();
  return declaration;
}

export function declarationSummary(scan: Selectable<ScansTable>) {
  const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);
  return {
    state: declarationState(scan),
    id: scan.declaration_id,
    version: scan.declaration_version,
    signedAt: iso(scan.declaration_signed_at),
    revokedAt: iso(scan.declaration_revoked_at),
  };
}

export type { AppDeps };
