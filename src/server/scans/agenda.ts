// The integriteitsagenda stored with a scan, sealed under the scan's data key like all scan content.
// Only the candidate reads and writes it (operations/read-own-agenda.ts, save-own-agenda.ts); the
// follow-up expert sees it only through the earlier scan, with the candidate's consent.
import type { Selectable } from 'kysely';
import type { Agenda } from '../../core/agenda/agenda.ts';
import type { AppDeps } from '../context.ts';
import { openScanField, sealScanField } from '../crypto/scan-keys.ts';
import type { ScansTable } from '../db/schema.ts';

const field = 'agenda';

/** The agenda stored with a scan, or null when none was saved (or the scan is deleted). */
export async function openAgenda(
  deps: AppDeps,
  scan: Pick<Selectable<ScansTable>, 'tenant_id' | 'id' | 'agenda_sealed'>,
): Promise<Agenda | null> {
  if (!scan.agenda_sealed) return null;
  const key = await deps.scanKeys.get(scan.tenant_id, scan.id);
  return openScanField<Agenda>(key, scan.tenant_id, scan.id, field, scan.agenda_sealed);
}

/** The agenda sealed for storing with the scan. */
export async function sealAgenda(
  deps: AppDeps,
  scan: Pick<Selectable<ScansTable>, 'tenant_id' | 'id'>,
  agenda: Agenda,
): Promise<Buffer> {
  const key = await deps.scanKeys.get(scan.tenant_id, scan.id);
  return sealScanField(key, scan.tenant_id, scan.id, field, agenda);
}
