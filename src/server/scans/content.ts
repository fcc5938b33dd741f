// Reading and writing a scan's sealed content. Every field is sealed under the scan's data key
// with associated data naming tenant, scan and field. Answers are not a field here: they are the
// sealed answers plus the change sets of the saves since, read only through `readAnswers`
// (answer-changes.ts), so no reader can miss a save.
import type { Selectable } from 'kysely';
import type { AppDeps } from '../context.ts';
import { openScanField, sealScanField } from '../crypto/scan-keys.ts';
import type { ScansTable } from '../db/schema.ts';

export { readAnswers } from './answer-changes.ts';

export type ScanField = 'network' | 'evaluation' | 'report' | 'notes' | 'screening';

export async function openField<T>(
  deps: AppDeps,
  scan: Selectable<ScansTable>,
  field: ScanField,
  fallback: T,
): Promise<T> {
  const sealed = scan[`${field}_sealed`];
  if (!sealed) return fallback;
  const key = await deps.scanKeys.get(scan.tenant_id, scan.id);
  return openScanField<T>(key, scan.tenant_id, scan.id, field, sealed);
}

export async function sealField(
  deps: AppDeps,
  scan: { tenant_id: string; id: string },
  field: ScanField,
  value: unknown,
): Promise<Buffer> {
  const key = await deps.scanKeys.get(scan.tenant_id, scan.id);
  return sealScanField(key, scan.tenant_id, scan.id, field, value);
}
