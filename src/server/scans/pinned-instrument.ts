// The instrument version a procedure pinned when it was opened, checked against the content hash
// recorded then: every read, save, evaluation and report of a scan goes through here, so a scan is
// never evaluated against other questions than its candidate answered.
import type { Selectable } from 'kysely';
import type { AppDeps } from '../context.ts';
import type { ProceduresTable } from '../db/schema.ts';
import { internal } from '../domain-error.ts';
import type { LoadedInstrument } from '../instruments/registry.ts';
import { sentence } from '../texts.ts';

export async function pinnedInstrument(
  deps: AppDeps,
  procedure: Pick<
    Selectable<ProceduresTable>,
    'id' | 'instrument_id' | 'instrument_version' | 'instrument_hash'
  >,
): Promise<LoadedInstrument> {
  const loaded = deps.instruments.get(procedure.instrument_id, procedure.instrument_version);
  // A missing or changed definition would silently evaluate a scan against other questions.
  if (!loaded || loaded.hash !== procedure.instrument_hash) {
    deps.logger.error({ procedure: procedure.id }, 'pinned instrument version missing or changed');
    throw internal('instrument-missing', sentence('errors', 'instrument-missing.default'));
  }
  return loaded;
}

/** A definition as it is sent: the catalogue's preview, and the version a scan or procedure pinned. */
export function presentDefinition(loaded: LoadedInstrument) {
  return {
    id: loaded.instrument.id,
    version: loaded.instrument.version,
    hash: loaded.hash,
    definition: loaded.instrument,
  };
}

/** How a procedure names its pinned version in lists: id, version, hash and the title to show. */
export function pinnedRef(
  deps: AppDeps,
  procedure: Pick<Selectable<ProceduresTable>, 'instrument_id' | 'instrument_version' | 'instrument_hash'>,
) {
  const loaded = deps.instruments.get(procedure.instrument_id, procedure.instrument_version);
  return {
    id: procedure.instrument_id,
    version: procedure.instrument_version,
    hash: procedure.instrument_hash,
    // A version missing on disk stops the start; the id stands in should it ever be absent.
    title: loaded?.instrument.title ?? { nl: procedure.instrument_id },
  };
}
