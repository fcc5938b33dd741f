// The onderzoeker asks a table: a row dimension × a column dimension over the consented,
// submitted scans of their own organisation (or of the organisations that admit it), narrowed by
// fixed filters. The scans are opened here, inside the server, and reduced to categories; what
// leaves is the protected table only. Before it is released, the member sets it would publish are
// compared with everything released earlier to the same organisation: a table that, subtracted
// from an earlier one, would reveal a small group, or that shows what an earlier one hid (or hides
// what an earlier one showed), is refused (409). Asked, released and refused
// tables are audited (ids and counts only); every scan counted is in its candidate's access log.
import { randomUUID } from 'node:crypto';
import {
  type CountTable,
  checkDisclosureSettings,
  type DisclosureSettings,
  defaultDisclosureSettings,
  linkedConflicts,
  type ProtectedTable,
  protectTableAgainst,
  publishedMemberSets,
  suppressedMemberSets,
} from '../../core/aggregate/index.ts';
import {
  countTable,
  type Dimension,
  passesFilters,
  type ResearchFilters,
  researchDimensions,
  researchYears,
} from '../../core/research/dimensions.ts';
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction, type Tx } from '../db/transaction.ts';
import { conflict, invalidInput } from '../domain-error.ts';
import { type CountedScan, consentedScanFacts } from '../research/facts.ts';
import { pseudonym, researchSettingsOf } from '../research/pseudonyms.ts';
import { logAccess } from '../scans/access-log.ts';
import { sentence } from '../texts.ts';

export type ResearchScope = 'own' | 'admitted';

export interface ResearchQuestion {
  scope: ResearchScope;
  rows: string;
  columns: string;
  filters: ResearchFilters;
}

export interface ReleasedTable {
  id: string;
  releasedAt: string;
  question: ResearchQuestion;
  /** How many organisations the population spans (never how many scans: the total may be hidden). */
  organisations: number;
  instruments: string[];
  table: ProtectedTable;
}

/** The organisations whose scans a question counts, each with the organisation type it set. */
async function populationOf(tx: Tx, tenantId: string, scope: ResearchScope): Promise<string[]> {
  if (scope === 'own') return [tenantId];
  const admissions = await tx
    .selectFrom('research_admissions')
    .select('tenant_id')
    .where('research_tenant_id', '=', tenantId)
    .orderBy('tenant_id')
    .execute();
  return admissions.map((a) => a.tenant_id);
}

function dimensionNamed(dimensions: readonly Dimension[], id: string, field: string): Dimension {
  const found = dimensions.find((d) => d.id === id);
  if (!found)
    throw invalidInput('research-dimension', sentence('errors', 'research-dimension'), [
      { path: [field], message: sentence('errors', 'input.research-dimension') },
    ]);
  return found;
}

export async function releaseResearchTable(
  deps: AppDeps,
  session: SessionInfo,
  tenantId: string,
  question: ResearchQuestion,
): Promise<ReleasedTable> {
  const scope = { tenantId, userId: session.userId };
  if (question.rows === question.columns)
    throw invalidInput('research-dimension', sentence('errors', 'research-dimension'), [
      { path: ['columns'], message: sentence('errors', 'input.research-dimension') },
    ]);

  // The population: each organisation's consented scans, read in a transaction scoped to it.
  const { organisations, own } = await inTransaction(deps.database, scope, async (tx) => ({
    organisations: await populationOf(tx, tenantId, question.scope),
    own: await researchSettingsOf(tx, tenantId),
  }));
  let threshold = own.threshold;
  const scans: CountedScan[] = [];
  for (const organisation of organisations) {
    const found = await inTransaction(
      deps.database,
      { tenantId: organisation, userId: session.userId },
      async (tx) => {
        const settings = await researchSettingsOf(tx, organisation);
        // The strictest threshold of the organisations in the population holds.
        threshold = Math.max(threshold, settings.threshold);
        return consentedScanFacts(tx, deps, organisation, settings.organisationType);
      },
    );
    scans.push(...found);
  }
  const counted = scans
    .filter((scan) => passesFilters(scan.facts, question.filters))
    .map((scan) => ({ ...scan, pseudonym: pseudonym(own.pseudonymKey, scan.tenantId, scan.scanId) }));

  const dimensions = researchDimensions(
    deps.instruments.all().map((l) => l.instrument),
    researchYears(deps.now()),
  );
  const rows = dimensionNamed(dimensions, question.rows, 'rows');
  const columns = dimensionNamed(dimensions, question.columns, 'columns');

  const settings: DisclosureSettings = { ...defaultDisclosureSettings, threshold };
  const checked = checkDisclosureSettings(settings);
  if (!checked.ok) throw invalidInput('research-settings', sentence('errors', 'research-settings'));
  const count: CountTable = countTable(rows, columns, counted);
  const instruments = [...new Set(counted.map((scan) => scan.facts.instrument))].sort();
  const filtersUsed = Object.keys(question.filters).filter(
    (k) => question.filters[k as keyof ResearchFilters] !== undefined,
  ).length;
  const suppressedCells = (table: ProtectedTable) =>
    [...table.cells.flat(), ...table.rowTotals, ...table.columnTotals, table.total].filter(
      (cell) => cell.state !== 'shown',
    ).length;
  const auditData = (table: ProtectedTable | null) => ({
    scope: question.scope,
    rows: question.rows,
    columns: question.columns,
    filters: filtersUsed,
    organisations: organisations.length,
    scans: counted.length,
    ...(table ? { suppressed: suppressedCells(table) } : {}),
  });

  const id = randomUUID();
  const released = await inTransaction(deps.database, scope, async (tx) => {
    // One release at a time per organisation: the settings row is the lock, so two tables asked
    // together are each compared with the other.
    await tx
      .selectFrom('research_settings')
      .select('tenant_id')
      .where('tenant_id', '=', tenantId)
      .forUpdate()
      .execute();
    const earlierReleases = await tx
      .selectFrom('research_releases')
      .select(['member_sets', 'suppressed_sets'])
      .where('tenant_id', '=', tenantId)
      .orderBy('released_at')
      .execute();
    const earlier = {
      shown: earlierReleases.flatMap((release) => release.member_sets),
      suppressed: earlierReleases.flatMap((release) => release.suppressed_sets),
    };
    // Protected with the earlier releases in view (a total an earlier table showed is not hidden
    // to protect this one; what an earlier table hid stays hidden), then checked against them:
    // no shown set a small group apart from an earlier one, none that reveals or relies on one.
    const table = protectTableAgainst(count, settings, earlier);
    const next = { shown: publishedMemberSets(count, table), suppressed: suppressedMemberSets(count, table) };
    const conflicts = linkedConflicts(earlier, next, threshold);
    if (conflicts.length > 0) return { conflicts: conflicts.length, at: null, table: null };
    const now = deps.now();
    await tx
      .insertInto('research_releases')
      .values({
        id,
        tenant_id: tenantId,
        released_by: session.userId,
        released_at: now,
        question: JSON.stringify({ ...question, organisations: organisations.length, instruments }),
        protected_table: JSON.stringify(table),
        member_sets: JSON.stringify(next.shown),
        suppressed_sets: JSON.stringify(next.suppressed),
        scans: counted.length,
      })
      .execute();
    await recordAudit(tx, {
      action: 'research.table_asked',
      tenantId,
      actorUserId: session.userId,
      subjectType: 'research_release',
      subjectId: id,
      data: auditData(table),
    });
    await recordAudit(tx, {
      action: 'research.table_released',
      tenantId,
      actorUserId: session.userId,
      subjectType: 'research_release',
      subjectId: id,
      data: { scans: counted.length, suppressed: suppressedCells(table) },
    });
    return { conflicts: 0, at: now, table };
  });

  if (released.at === null || released.table === null) {
    // The refusal stays in the audit trail, in a transaction of its own.
    await inTransaction(deps.database, scope, async (tx) => {
      await recordAudit(tx, {
        action: 'research.table_asked',
        tenantId,
        actorUserId: session.userId,
        subjectType: null,
        subjectId: null,
        data: auditData(null),
      });
      await recordAudit(tx, {
        action: 'research.table_refused',
        tenantId,
        actorUserId: session.userId,
        subjectType: null,
        subjectId: null,
        data: { conflicts: released.conflicts },
      });
    });
    throw conflict('research-differencing', sentence('errors', 'research-differencing'));
  }

  // Each counted scan in its candidate's access log, in its own organisation.
  for (const organisation of organisations) {
    const ofOrganisation = counted.filter((scan) => scan.tenantId === organisation);
    if (ofOrganisation.length === 0) continue;
    await inTransaction(deps.database, { tenantId: organisation, userId: session.userId }, async (tx) => {
      for (const scan of ofOrganisation)
        await logAccess(tx, deps, {
          tenantId: organisation,
          scanId: scan.scanId,
          actorUserId: session.userId,
          actorRole: 'onderzoeker',
          view: 'research-table',
          outcome: 'allowed',
        });
    });
  }

  return {
    id,
    releasedAt: released.at.toISOString(),
    question,
    organisations: organisations.length,
    instruments,
    table: released.table,
  };
}
