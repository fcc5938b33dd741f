// The operator's reference lists (FollowTheMoney entities as JSON lines: PEP, sanctions,
// debarment, insolvency or any other list) — importing a version, reading the newest versions, and
// the match index of one version, built lazily and kept in this process (a version never changes).
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import {
  buildScreeningIndex,
  type FtmRefusal,
  parseFtmLine,
  type ScreeningEntity,
  type ScreeningIndex,
} from '../../core/screening/index.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction, type Tx } from '../db/transaction.ts';

export interface ListVersion {
  id: string;
  name: string;
  version: number;
  licence: string | null;
  entityCount: number;
  importedAt: string;
}

export interface ImportOutcome {
  list: ListVersion;
  /** Lines read, empty ones included. */
  lines: number;
  imported: number;
  refused: Array<{ line: number; refusal: FtmRefusal | 'duplicate-id' }>;
}

const batchSize = 500;
/** The refused lines kept for the report; beyond this only counted. */
const refusedShown = 10_000;

/**
 * Streams JSON lines into a new version of the list `name`: every line through `parseFtmLine`,
 * refused lines listed with their number and reason, the rest stored in batches. The version is
 * marked complete at the end; a check only uses complete versions.
 */
export async function importList(
  deps: Pick<AppDeps, 'database' | 'now'>,
  input: { name: string; licence?: string | null; lines: Readable; onProgress?: (lines: number) => void },
): Promise<ImportOutcome> {
  const id = randomUUID();
  const version = await inTransaction(deps.database, { tenantId: null, userId: null }, async (tx) => {
    const newest = await tx
      .selectFrom('screening_lists')
      .select((eb) => eb.fn.max('version').as('version'))
      .where('name', '=', input.name)
      .executeTakeFirst();
    const next = Number(newest?.version ?? 0) + 1;
    await tx
      .insertInto('screening_lists')
      .values({
        id,
        name: input.name,
        version: next,
        licence: input.licence ?? null,
        imported_at: deps.now(),
      })
      .execute();
    return next;
  });

  const refused: ImportOutcome['refused'] = [];
  let refusedCount = 0;
  let imported = 0;
  let lineNumber = 0;
  const seen = new Set<string>();
  let batch: ScreeningEntity[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const rows = batch.map((entity) => ({
      list_id: id,
      entity_id: entity.id,
      entity: JSON.stringify(entity),
    }));
    batch = [];
    await inTransaction(deps.database, { tenantId: null, userId: null }, (tx) =>
      tx.insertInto('screening_list_entities').values(rows).execute(),
    );
  };
  const refuse = (line: number, refusal: FtmRefusal | 'duplicate-id') => {
    refusedCount += 1;
    if (refused.length < refusedShown) refused.push({ line, refusal });
  };

  const reader = createInterface({ input: input.lines, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const text of reader) {
    lineNumber += 1;
    if (lineNumber % 1000 === 0) input.onProgress?.(lineNumber);
    if (text.trim() === '') continue;
    const parsed = parseFtmLine(text, lineNumber);
    if (!parsed.ok) {
      refuse(parsed.line, parsed.refusal);
      continue;
    }
    if (seen.has(parsed.entity.id)) {
      refuse(lineNumber, 'duplicate-id');
      continue;
    }
    seen.add(parsed.entity.id);
    batch.push(parsed.entity);
    imported += 1;
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  input.onProgress?.(lineNumber);

  await inTransaction(deps.database, { tenantId: null, userId: null }, (tx) =>
    tx
      .updateTable('screening_lists')
      .set({ entity_count: imported, refused_count: refusedCount, complete: true })
      .where('id', '=', id)
      .execute(),
  );
  return {
    list: {
      id,
      name: input.name,
      version,
      licence: input.licence ?? null,
      entityCount: imported,
      importedAt: deps.now().toISOString(),
    },
    lines: lineNumber,
    imported,
    refused,
  };
}

/** The newest complete version of every list, by name. */
export async function currentLists(tx: Tx): Promise<ListVersion[]> {
  const rows = await tx
    .selectFrom('screening_lists')
    .selectAll()
    .where('complete', '=', true)
    .orderBy('name')
    .orderBy('version', 'desc')
    .execute();
  const newest = new Map<string, (typeof rows)[number]>();
  for (const row of rows) if (!newest.has(row.name)) newest.set(row.name, row);
  return [...newest.values()].map((row) => ({
    id: row.id,
    name: row.name,
    version: row.version,
    licence: row.licence,
    entityCount: row.entity_count,
    importedAt: new Date(row.imported_at).toISOString(),
  }));
}

export interface LoadedList {
  index: ScreeningIndex;
  entities: ReadonlyMap<string, ScreeningEntity>;
}

const indexes = new Map<string, Promise<LoadedList>>();

/** The match index of one list version: built on first use, then kept (versions never change). */
export function listIndex(deps: Pick<AppDeps, 'database'>, listId: string): Promise<LoadedList> {
  let loaded = indexes.get(listId);
  if (!loaded) {
    loaded = (async () => {
      const rows = await inTransaction(deps.database, { tenantId: null, userId: null }, (tx) =>
        tx.selectFrom('screening_list_entities').select('entity').where('list_id', '=', listId).execute(),
      );
      const entities = new Map<string, ScreeningEntity>();
      for (const row of rows) {
        const entity = (
          typeof row.entity === 'string' ? JSON.parse(row.entity) : row.entity
        ) as ScreeningEntity;
        entities.set(entity.id, entity);
      }
      return { index: buildScreeningIndex(entities.values()), entities };
    })();
    loaded.catch(() => indexes.delete(listId));
    indexes.set(listId, loaded);
  }
  return loaded;
}
