// What the nevenfuncties operations share: an official's entries with their history, the register
// as it stands now (the newest version of every nevenfunctie), and writing a new version. A
// version is never updated: changing or ending a nevenfunctie inserts the next one.
import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { PublishedOfficial, RegisterHolder, RegisterRow } from '../../core/nevenfuncties/publication.ts';
import type { Office } from '../../core/vocabulary.ts';
import type { NevenfunctieVersionsTable } from '../db/schema.ts';
import type { Tx } from '../db/transaction.ts';
import { conflict } from '../domain-error.ts';
import { sentence } from '../texts.ts';
import { registerContent } from './registry.ts';

export interface NevenfunctieInput {
  function: string;
  organisation: string;
  paid: boolean;
  hoursPerMonth: number | null;
  startsOn: string | null;
  endsOn: string | null;
  approval: { by: string; on: string } | null;
}

export interface NevenfunctieVersionView extends NevenfunctieInput {
  source: 'own' | 'scan';
  recordedAt: string;
}

export interface NevenfunctieView extends NevenfunctieVersionView {
  id: string;
  /** Earlier versions, newest first (the entry itself is the newest). */
  history: NevenfunctieVersionView[];
}

type VersionRow = Selectable<NevenfunctieVersionsTable>;

function versionView(row: VersionRow): NevenfunctieVersionView {
  return {
    function: row.function,
    organisation: row.organisation,
    paid: row.paid,
    hoursPerMonth: row.hours_per_month,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    approval: row.approved_by && row.approved_on ? { by: row.approved_by, on: row.approved_on } : null,
    source: row.source,
    recordedAt: new Date(row.recorded_at).toISOString(),
  };
}

/** The official's own nevenfuncties, each with its history; newest first. */
export async function ownNevenfuncties(
  tx: Tx,
  tenantId: string,
  userId: string,
): Promise<NevenfunctieView[]> {
  const rows = await tx
    .selectFrom('nevenfunctie_versions')
    .innerJoin('nevenfuncties', 'nevenfuncties.id', 'nevenfunctie_versions.nevenfunctie_id')
    .selectAll('nevenfunctie_versions')
    .where('nevenfuncties.tenant_id', '=', tenantId)
    .where('nevenfuncties.user_id', '=', userId)
    .orderBy('nevenfunctie_versions.seq', 'desc')
    .execute();
  const byEntry = new Map<string, VersionRow[]>();
  for (const row of rows) {
    const list = byEntry.get(row.nevenfunctie_id) ?? [];
    list.push(row);
    byEntry.set(row.nevenfunctie_id, list);
  }
  return [...byEntry.entries()].map(([id, versions]) => ({
    id,
    ...versionView(versions[0]!),
    history: versions.slice(1).map(versionView),
  }));
}

export async function holderOffice(tx: Tx, tenantId: string, userId: string): Promise<Office | null> {
  const row = await tx
    .selectFrom('nevenfunctie_holders')
    .select('office')
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.office ?? null;
}

/** Writes a new version of a nevenfunctie (a new nevenfunctie when `nevenfunctieId` is null). */
export async function writeVersion(
  tx: Tx,
  scope: { tenantId: string; userId: string },
  nevenfunctieId: string | null,
  input: NevenfunctieInput,
  source: 'own' | 'scan',
  now: Date,
): Promise<string> {
  const id = nevenfunctieId ?? randomUUID();
  if (!nevenfunctieId)
    await tx
      .insertInto('nevenfuncties')
      .values({ id, tenant_id: scope.tenantId, user_id: scope.userId, created_at: now })
      .execute();
  await tx
    .insertInto('nevenfunctie_versions')
    .values({
      id: randomUUID(),
      tenant_id: scope.tenantId,
      nevenfunctie_id: id,
      function: input.function,
      organisation: input.organisation,
      paid: input.paid,
      hours_per_month: input.hoursPerMonth,
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      approved_by: input.approval?.by ?? null,
      approved_on: input.approval?.on ?? null,
      source,
      recorded_by: scope.userId,
      recorded_at: now,
    })
    .execute();
  return id;
}

/**
 * The register as it stands: every official who chose an office, with their name as the
 * organisation knows it, and the newest version of each of their nevenfuncties — only the
 * columns a publication may use (hours and approval are not even read).
 */
export async function registerNow(
  tx: Tx,
  tenantId: string,
): Promise<{ holders: RegisterHolder[]; rows: RegisterRow[] }> {
  const holders = await tx
    .selectFrom('nevenfunctie_holders')
    .innerJoin('users', 'users.id', 'nevenfunctie_holders.user_id')
    .select(['nevenfunctie_holders.user_id', 'nevenfunctie_holders.office', 'users.display_name'])
    .where('nevenfunctie_holders.tenant_id', '=', tenantId)
    .execute();
  const offices = new Map(holders.map((h) => [h.user_id, h]));
  const newest = await tx
    .selectFrom('nevenfunctie_versions')
    .innerJoin('nevenfuncties', 'nevenfuncties.id', 'nevenfunctie_versions.nevenfunctie_id')
    .distinctOn('nevenfunctie_versions.nevenfunctie_id')
    .select([
      'nevenfuncties.user_id',
      'nevenfunctie_versions.function',
      'nevenfunctie_versions.organisation',
      'nevenfunctie_versions.paid',
      'nevenfunctie_versions.starts_on',
      'nevenfunctie_versions.ends_on',
    ])
    .where('nevenfuncties.tenant_id', '=', tenantId)
    .orderBy('nevenfunctie_versions.nevenfunctie_id')
    .orderBy('nevenfunctie_versions.seq', 'desc')
    .execute();
  return {
    holders: holders.map((h) => ({ userId: h.user_id, name: h.display_name, office: h.office })),
    rows: newest.flatMap((r) => {
      const holder = offices.get(r.user_id);
      if (!holder) return [];
      return [
        {
          userId: r.user_id,
          name: holder.display_name,
          office: holder.office,
          function: r.function,
          organisation: r.organisation,
          paid: r.paid,
          startsOn: r.starts_on,
          endsOn: r.ends_on,
        },
      ];
    }),
  };
}

export type { PublishedOfficial };

export interface OwnNevenfuncties {
  office: Office | null;
  /** The offices that keep a register (register/nevenfuncties.yaml). */
  offices: Office[];
  entries: NevenfunctieView[];
}

/** The official's own register as their page shows it (internal fields included: it is theirs). */
export async function ownRegisterIn(tx: Tx, tenantId: string, userId: string): Promise<OwnNevenfuncties> {
  return {
    office: await holderOffice(tx, tenantId, userId),
    offices: registerContent().offices.map((o) => o.office),
    entries: await ownNevenfuncties(tx, tenantId, userId),
  };
}

/** Entries are published with the official's office: it is chosen first. */
export async function assertOfficeChosen(tx: Tx, tenantId: string, userId: string): Promise<void> {
  if (!(await holderOffice(tx, tenantId, userId)))
    throw conflict('nevenfuncties-office', sentence('errors', 'nevenfuncties-office'));
}
