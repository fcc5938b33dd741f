// Re-computation: any report can be regenerated from the stored scan — its answers and network —
// with the instrument version the procedure pinned, and gives the same result. This checks it:
// the pinned definition must still be on disk with the same content hash (a newer version beside
// it changes nothing), the answers are evaluated again, and the evaluation, the network measures
// and the report built from them are compared with what was stored at submit.
// Used by `weerbaar report verify --scan <id>`; the read is in the candidate's access log.
import { randomUUID } from 'node:crypto';
import { evaluate } from '../../core/instrument/evaluate.ts';
import { analyseNetwork } from '../../core/network/metrics.ts';
import type { Network } from '../../core/network/model.ts';
import { buildReportView, type ReportView } from '../../core/report/report-model.ts';
import { canonicalJson } from '../../core/util/canonical-json.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { conflict, gone, internal, notFound } from '../domain-error.ts';
import { procedureOfScan } from '../policies/procedure.ts';
import { openField, readAnswers } from '../scans/content.ts';
import { emptyDecisions, type StoredEvaluation } from '../scans/stored-evaluation.ts';
import { sentence } from '../texts.ts';

export interface Recomputation {
  scanId: string;
  tenantId: string;
  instrument: { id: string; version: string; hash: string };
  /** True when evaluation, network measures and report all equal what was stored. */
  same: boolean;
  /** Which parts differ (e.g. "evaluation.indicators"); empty when the same. */
  differences: string[];
  /** The report as stored and as regenerated (candidate's view), for whoever wants to look. */
  stored: ReportView;
  regenerated: ReportView;
}

/** JSON as it is stored (undefined fields gone), canonical. */
const normal = (value: unknown) => canonicalJson(JSON.parse(JSON.stringify(value ?? null)));

function differingKeys(prefix: string, a: unknown, b: unknown): string[] {
  if (normal(a) === normal(b)) return [];
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys]
      .sort()
      .filter((k) => normal((a as Record<string, unknown>)[k]) !== normal((b as Record<string, unknown>)[k]))
      .map((k) => `${prefix}.${k}`);
  }
  return [prefix];
}

/** The organisation a scan belongs to (the operator gives only the scan id). */
async function tenantOfScan(deps: AppDeps, scanId: string): Promise<string> {
  const tenants = await inTransaction(deps.database, { tenantId: null, userId: null }, (tx) =>
    tx.selectFrom('tenants').select('id').execute(),
  );
  for (const tenant of tenants) {
    const found = await inTransaction(deps.database, { tenantId: tenant.id, userId: null }, (tx) =>
      tx
        .selectFrom('scans')
        .select('id')
        .where('id', '=', scanId)
        .where('tenant_id', '=', tenant.id)
        .executeTakeFirst(),
    );
    if (found) return tenant.id;
  }
  throw notFound();
}

export async function recomputeScan(
  deps: AppDeps,
  input: { scanId: string; tenantId?: string },
): Promise<Recomputation> {
  const tenantId = input.tenantId ?? (await tenantOfScan(deps, input.scanId));
  return inTransaction(deps.database, { tenantId, userId: null }, async (tx) => {
    const scan = await tx
      .selectFrom('scans')
      .selectAll()
      .where('id', '=', input.scanId)
      .where('tenant_id', '=', tenantId)
      .executeTakeFirst();
    if (!scan) throw notFound();
    if (scan.status === 'withdrawn' || scan.status === 'deleted') {
      throw gone('scan-deleted', sentence('errors', 'scan-deleted'));
    }
    const stored = await openField<StoredEvaluation | null>(deps, scan, 'evaluation', null);
    if (!stored) {
      throw conflict('not-submitted', sentence('errors', 'not-submitted.recompute'));
    }
    const procedure = await procedureOfScan(tx, scan);
    const loaded = deps.instruments.get(procedure.instrument_id, procedure.instrument_version);
    if (!loaded) {
      throw internal(
        'instrument-missing',
        sentence('errors', 'instrument-missing.recompute', {
          version: procedure.instrument_version,
          instrument: procedure.instrument_id,
        }),
      );
    }
    if (loaded.hash !== procedure.instrument_hash || loaded.hash !== stored.instrument.hash) {
      throw internal(
        'instrument-changed',
        sentence('errors', 'instrument-changed', {
          version: procedure.instrument_version,
          instrument: procedure.instrument_id,
        }),
      );
    }
    const answers = await readAnswers(deps, tx, scan);
    const network = await openField<Network | null>(deps, scan, 'network', null);
    const analysis =
      network && loaded.instrument.network ? analyseNetwork(network, loaded.instrument.network) : null;
    const evaluation = evaluate(loaded.instrument, {
      answers,
      ...(analysis ? { network: analysis.measures } : {}),
    });
    const decisions = await openField(deps, scan, 'report', emptyDecisions);
    const before = buildReportView(loaded.instrument, stored.evaluation, decisions, 'kandidaat');
    const after = buildReportView(
      loaded.instrument,
      JSON.parse(JSON.stringify(evaluation)),
      decisions,
      'kandidaat',
    );
    const differences = [
      ...differingKeys('evaluation', stored.evaluation, evaluation),
      ...differingKeys('network', stored.network ?? null, analysis),
      ...(normal(before) === normal(after) ? [] : ['report']),
    ];
    // An operator's read, without a person in the app: the candidate still sees that it happened.
    await tx
      .insertInto('access_log')
      .values({
        id: randomUUID(),
        tenant_id: tenantId,
        scan_id: scan.id,
        actor_user_id: null,
        actor_role: 'beheer',
        view: 'herberekening',
        outcome: 'allowed',
        at: deps.now(),
      })
      .execute();
    return {
      scanId: scan.id,
      tenantId,
      instrument: { id: loaded.instrument.id, version: loaded.instrument.version, hash: loaded.hash },
      same: differences.length === 0,
      differences,
      stored: before,
      regenerated: after,
    };
  });
}
