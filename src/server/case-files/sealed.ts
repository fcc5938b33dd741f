// A case file's content sealed under its own data key. The key lives in the key store beside the
// scan keys, under the case id (a uuid like a scan's, drawn fresh, so the two never meet); the
// associated data names the kind, tenant, case and field, so a ciphertext moved to another case,
// field or to a scan does not open. Destroying the key (removal) leaves every copy unreadable.
import type { CaseStepContent } from '../../core/afwegingskader/case-step.ts';
import type { AppDeps } from '../context.ts';
import { open, seal } from '../crypto/aead.ts';

const aad = (tenantId: string, caseId: string, field: string) => `case:${tenantId}:${caseId}:${field}`;

export interface CaseSealer {
  sealTitle(title: string): Buffer;
  openTitle(sealed: Uint8Array): string;
  sealStep(stepId: string, content: CaseStepContent): Buffer;
  openStep(stepId: string, sealed: Uint8Array): CaseStepContent;
}

function sealerFor(key: Buffer, tenantId: string, caseId: string): CaseSealer {
  const sealJson = (field: string, value: unknown) =>
    seal(key, Buffer.from(JSON.stringify(value), 'utf8'), aad(tenantId, caseId, field));
  const openJson = <T>(field: string, sealed: Uint8Array) =>
    JSON.parse(open(key, sealed, aad(tenantId, caseId, field)).toString('utf8')) as T;
  return {
    sealTitle: (title) => sealJson('title', title),
    openTitle: (sealed) => openJson<string>('title', sealed),
    sealStep: (stepId, content) => sealJson(`step:${stepId}`, content),
    openStep: (stepId, sealed) => openJson<CaseStepContent>(`step:${stepId}`, sealed),
  };
}

/** Makes the data key of a new case file. */
export async function newCaseSealer(deps: AppDeps, tenantId: string, caseId: string): Promise<CaseSealer> {
  return sealerFor(await deps.scanKeys.create(tenantId, caseId), tenantId, caseId);
}

/** The sealer of an existing case file (ScanKeyGone, 410, once its key is destroyed). */
export async function caseSealer(deps: AppDeps, tenantId: string, caseId: string): Promise<CaseSealer> {
  return sealerFor(await deps.scanKeys.get(tenantId, caseId), tenantId, caseId);
}

/** Crypto-shredding: the key first; the rows go after. */
export async function destroyCaseKey(deps: AppDeps, tenantId: string, caseId: string): Promise<void> {
  await deps.scanKeys.destroy(tenantId, caseId);
}
