// Which declaration an instrument asks its candidate to sign, and whether that declaration exists.
// One component: the bewilligingsverklaring serves the antecedentenonderzoek of the scan and of the
// party's check alike; an instrument names the id and version it asks for (`declaration` in its
// YAML), an instrument that names none asks for the newest bewilligingsverklaring. A signed version
// never changes: new wording is a new version, and a scan keeps the version its candidate signed.
// Pure: the server passes the declarations it loaded (server/declarations/registry.ts).
import type { Instrument } from '../instrument/schema.ts';
import type { LoadIssue } from './load.ts';

/** The declaration of the antecedentenonderzoek, when an instrument names none. */
export const defaultDeclarationId = 'bewilligingsverklaring';

export interface DeclarationRef {
  id: string;
  /** Null: the newest version of that declaration. */
  version: string | null;
}

export function declarationRefOf(instrument: Pick<Instrument, 'declaration'>): DeclarationRef {
  return instrument.declaration
    ? { id: instrument.declaration.id, version: instrument.declaration.version }
    : { id: defaultDeclarationId, version: null };
}

/**
 * The named declaration must be on disk, else the instrument's file is refused at start with the
 * line of its `declaration` key (found in the text: the loaded object has no lines any more).
 */
export function declarationIssues(
  instrument: Pick<Instrument, 'declaration'>,
  text: string,
  exists: (id: string, version: string) => boolean,
): LoadIssue[] {
  const named = instrument.declaration;
  if (!named || exists(named.id, named.version)) return [];
  const index = text.split('\n').findIndex((line) => /^declaration\s*:/.test(line));
  return [
    {
      path: 'declaration',
      line: index >= 0 ? index + 1 : 1,
      column: 1,
      message: `verklaring '${named.id}' versie ${named.version} bestaat niet in declarations/ / declaration not found`,
    },
  ];
}
