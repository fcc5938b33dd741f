// What the candidate and the expert see of the antecedentenonderzoek, from the scan row and its
// sealed record. The candidate: the declaration, what was checked and the confirmed findings. The
// expert: everything, hits with their features and the decisions.
import type { Selectable } from 'kysely';
import type { Declaration } from '../../core/declarations/load.ts';
import type { AppDeps } from '../context.ts';
import type { ScansTable } from '../db/schema.ts';
import { declarationRegistry } from '../declarations/registry.ts';
import { notFound } from '../domain-error.ts';
import type { ScreeningSubjectState } from '../policies/screening.ts';
import { declarationState, screeningDeclarationId } from './record.ts';

export function screeningStateOf(scan: Selectable<ScansTable>): ScreeningSubjectState {
  return { status: scan.status, declaration: declarationState(scan), ran: scan.screening_ran_at !== null };
}

/** The declaration the scan's candidate signed, or the newest one to read and sign. */
export function declarationOf(scan: Selectable<ScansTable>): Declaration {
  const registry = declarationRegistry();
  const declaration =
    scan.declaration_id && scan.declaration_version
      ? registry.get(scan.declaration_id, scan.declaration_version)
      : registry.latest(screeningDeclarationId);
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
