// A published instrument version never changes. A scan is computed, re-computed and compared with
// the definition its procedure pinned (by content hash); a file edited in place would make every
// such scan fail. Two records say what is published, and both are checked against the files:
// - `instruments/published.json`, committed with the files: every released version's content
//   hash. `weerbaar instruments check` (and so CI) and the start refuse a file that differs, or a
//   released version whose file is gone. `weerbaar instruments publish` adds new versions.
// - the installation's table `instrument_versions` (migration 0004): every version a procedure
//   here has pinned, written by a trigger when the procedure is opened. The start refuses a file
//   that differs from it, so even a changed published.json cannot slip an edit past a live scan.
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../db/database.ts';

/** What this check needs of a loaded definition (registry.ts's LoadedInstrument has more). */
interface HashedVersion {
  instrument: { id: string; version: string };
  hash: string;
}

/** Instrument id → version → content hash. */
export type PublishedHashes = Record<string, Record<string, string>>;

export interface PublishedIssue {
  instrumentId: string;
  version: string;
  kind: 'changed' | 'missing';
  recordedHash: string;
  /** The hash of the file on disk now (changed only). */
  actualHash?: string;
  /** Where the version is recorded as published. */
  source: 'repository' | 'installation';
}

export function publishedFile(dir: string): string {
  return path.join(dir, 'published.json');
}

/** The committed record, or null when the folder has none (a folder of test definitions). */
export function readPublished(dir: string): PublishedHashes | null {
  const file = publishedFile(dir);
  if (!fs.existsSync(file)) return null;
  const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!isPublishedHashes(parsed)) {
    throw new Error(
      `${file}: verwacht { instrument: { versie: inhoudshash } } / expected { id: { version: hash } }`,
    );
  }
  return parsed;
}

function isPublishedHashes(value: unknown): value is PublishedHashes {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(
    (versions) =>
      typeof versions === 'object' &&
      versions !== null &&
      !Array.isArray(versions) &&
      Object.values(versions).every((hash) => typeof hash === 'string' && /^[0-9a-f]{64}$/.test(hash)),
  );
}

/**
 * Every published version compared with what is on disk. `complete`: the loaded list is the
 * whole folder, so a recorded version without a file is missing (a single file checked alone
 * cannot tell).
 */
export function publishedIssues(
  loaded: readonly HashedVersion[],
  published: PublishedHashes,
  source: PublishedIssue['source'],
  complete = true,
): PublishedIssue[] {
  const onDisk = new Map(loaded.map((l) => [`${l.instrument.id}@${l.instrument.version}`, l.hash]));
  const issues: PublishedIssue[] = [];
  for (const [instrumentId, versions] of Object.entries(published)) {
    for (const [version, recordedHash] of Object.entries(versions)) {
      const actualHash = onDisk.get(`${instrumentId}@${version}`);
      if (actualHash === undefined) {
        if (complete) issues.push({ instrumentId, version, kind: 'missing', recordedHash, source });
      } else if (actualHash !== recordedHash) {
        issues.push({ instrumentId, version, kind: 'changed', recordedHash, actualHash, source });
      }
    }
  }
  return issues;
}

/** The sentence an editor or operator reads: what is wrong and what to do instead. */
export function describePublishedIssue(issue: PublishedIssue): string {
  const file = `instruments/${issue.instrumentId}/${issue.version}.yaml`;
  const where =
    issue.source === 'repository'
      ? 'instruments/published.json'
      : 'een procedure in deze installatie / a procedure in this installation';
  if (issue.kind === 'missing') {
    return (
      `${file} ontbreekt, maar versie ${issue.version} is gepubliceerd (${where}). Oude versies blijven ` +
      'staan, zodat elke scan met precies zijn eigen versie wordt herberekend: zet het bestand terug. / ' +
      `Version ${issue.version} is published but its file is missing: restore it.`
    );
  }
  return (
    `${file} is gewijzigd, maar versie ${issue.version} is gepubliceerd (${where}; inhoudshash ` +
    `${issue.recordedHash.slice(0, 12)}…, nu ${issue.actualHash?.slice(0, 12)}…). Een gepubliceerde versie ` +
    'verandert nooit: zet het bestand terug en leg de wijziging vast als nieuwe versie (een nieuw bestand ' +
    `naast het oude, bijvoorbeeld ${nextPatch(issue.version)}.yaml met version: ${nextPatch(issue.version)}). / ` +
    `Version ${issue.version} is published and must not change: restore the file and add a new version.`
  );
}

function nextPatch(version: string): string {
  const [major = '1', minor = '0', patch = '0'] = version.split('.');
  return `${major}.${minor}.${Number(patch) + 1}`;
}

/** Adds the versions not yet published; a version already recorded is never overwritten. */
export function withNewVersions(
  loaded: readonly HashedVersion[],
  published: PublishedHashes,
): { published: PublishedHashes; added: string[] } {
  const next: PublishedHashes = structuredClone(published);
  const added: string[] = [];
  for (const { instrument, hash } of loaded) {
    const versions = next[instrument.id] ?? {};
    next[instrument.id] = versions;
    if (versions[instrument.version] === undefined) {
      versions[instrument.version] = hash;
      added.push(`${instrument.id} ${instrument.version}`);
    }
  }
  return { published: sortedHashes(next), added };
}

function sortedHashes(published: PublishedHashes): PublishedHashes {
  return Object.fromEntries(
    Object.keys(published)
      .sort()
      .map((id) => [
        id,
        Object.fromEntries(Object.entries(published[id] ?? {}).sort(([a], [b]) => a.localeCompare(b))),
      ]),
  );
}

export function writePublished(dir: string, published: PublishedHashes): void {
  fs.writeFileSync(publishedFile(dir), `${JSON.stringify(published, null, 2)}\n`);
}

/** The versions pinned by procedures in this installation, as recorded by the database. */
export async function pinnedVersions(database: Database): Promise<PublishedHashes> {
  const rows = await database.owner
    .selectFrom('instrument_versions')
    .select(['instrument_id', 'version', 'hash'])
    .execute();
  const pinned: PublishedHashes = {};
  for (const row of rows)
    pinned[row.instrument_id] = { ...pinned[row.instrument_id], [row.version]: row.hash };
  return pinned;
}

export class PublishedInstrumentChanged extends Error {
  readonly issues: PublishedIssue[];
  constructor(issues: PublishedIssue[]) {
    super(issues.map(describePublishedIssue).join('\n'));
    this.issues = issues;
  }
}

/** Throws when a file on disk differs from what is published; the start calls this. */
export function assertUnchanged(issues: PublishedIssue[]): void {
  if (issues.length > 0) throw new PublishedInstrumentChanged(issues);
}
