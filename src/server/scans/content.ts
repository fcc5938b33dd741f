// Reading and writing a scan's sealed content. Every field is sealed under the scan's data key
// with associated data naming tenant, scan and field.
import type { Selectable } from 'kysely';
import type { Answers } from '../../core/instrument/answers.ts';
import type { AppDeps } from '../context.ts';
import { openScanField, sealScanField } from '../crypto/scan-keys.ts';
import type { ScansTable } from '../db/schema.ts';

export type ScanField = 'answers' | 'network' | 'evaluation' | 'report' | 'notes' | 'screening';

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

export async function readAnswers(deps: AppDeps, scan: Selectable<ScansTable>): Promise<Answers> {
  return openField<Answers>(deps, scan, 'answers', {});
}

/**
 * A scan's data key, fetched once for a read-modify-write of its content (an autosave opens the
 * answers and seals them again: one key store read, not two).
 */
export async function scanContent(deps: AppDeps, scan: { tenant_id: string; id: string }) {
  const key = await deps.scanKeys.get(scan.tenant_id, scan.id);
  return {
    open<T>(field: ScanField, sealed: Uint8Array | null, fallback: T): T {
      return sealed ? openScanField<T>(key, scan.tenant_id, scan.id, field, sealed) : fallback;
    },
    seal(field: ScanField, value: unknown): Buffer {
      return sealScanField(key, scan.tenant_id, scan.id, field, value);
    },
  };
}
