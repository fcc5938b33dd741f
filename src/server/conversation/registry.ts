// The conversation content on disk: conversation/leidraad.yaml and conversation/dilemmakaarten.yaml,
// checked against the shipped instruments (every theme and indicator they name must exist). Loaded
// once per instrument registry; boot.ts loads it at start, so a broken file stops the start.
import fs from 'node:fs';
import path from 'node:path';
import { type KnownIds, knownIds, loadDilemmas, loadLeidraad } from '../../core/conversation/load.ts';
import type { DilemmaFile, Leidraad } from '../../core/conversation/schema.ts';
import type { Text } from '../../core/instrument/schema.ts';
import { type ContentFileCheck, checkedContent, printContentCheck } from '../content-check.ts';
import { loadRegistry, type Registry } from '../instruments/registry.ts';

export const conversationDir = path.resolve(import.meta.dirname, '../../../conversation');
export const leidraadFile = 'leidraad.yaml';
export const dilemmasFile = 'dilemmakaarten.yaml';

export interface Conversation {
  leidraad: Leidraad;
  dilemmas: DilemmaFile;
  /** A title for every theme id a card uses (from the first instrument that has the theme). */
  themeTitles: ReadonlyMap<string, Text>;
}

/** Instruments in a fixed order for theme titles: the scan first, the zelfscan last. */
const titleOrder = [
  'weerbaarheidsscan-bestuurder',
  'weerbaarheidscheck-raadslid',
  'netwerkbewustzijn-rijk',
  'zelfscan-veiligheid',
];

function latestInstruments(instruments: Registry) {
  const ids = [...new Set(instruments.all().map((l) => l.instrument.id))];
  ids.sort((a, b) => {
    const ra = titleOrder.indexOf(a);
    const rb = titleOrder.indexOf(b);
    return (ra < 0 ? 99 : ra) - (rb < 0 ? 99 : rb) || a.localeCompare(b);
  });
  return ids.flatMap((id) => {
    const latest = instruments.latest(id);
    return latest ? [latest.instrument] : [];
  });
}

function knownFor(instruments: Registry): KnownIds {
  // Every version counts: a card about a theme an older, still pinned version has is fine.
  return knownIds(instruments.all().map((l) => l.instrument));
}

/** Checks both files (for the start and for `weerbaar instruments check`). */
export function checkConversationFiles(
  instruments: Registry,
  dir: string = conversationDir,
): { checks: ContentFileCheck[]; conversation?: Conversation } {
  const known = knownFor(instruments);
  const leidraadPath = path.join(dir, leidraadFile);
  const dilemmasPath = path.join(dir, dilemmasFile);
  const read = (file: string) => {
    try {
      return { text: fs.readFileSync(file, 'utf8') };
    } catch (error) {
      return {
        error: `het bestand ontbreekt of is niet leesbaar / cannot read: ${(error as Error).message}`,
      };
    }
  };
  const checks: ContentFileCheck[] = [];
  const leidraadText = read(leidraadPath);
  const leidraad = 'text' in leidraadText ? loadLeidraad(leidraadText.text as string, known) : null;
  checks.push({
    file: leidraadPath,
    issues: leidraad
      ? leidraad.issues
      : [{ path: '(bestand)', line: null, column: null, message: leidraadText.error ?? '' }],
  });
  const dilemmasText = read(dilemmasPath);
  const dilemmas = 'text' in dilemmasText ? loadDilemmas(dilemmasText.text as string, known) : null;
  checks.push({
    file: dilemmasPath,
    issues: dilemmas
      ? dilemmas.issues
      : [{ path: '(bestand)', line: null, column: null, message: dilemmasText.error ?? '' }],
  });
  if (!leidraad?.ok || !dilemmas?.ok) return { checks };
  const themeTitles = new Map<string, Text>();
  for (const instrument of latestInstruments(instruments)) {
    for (const theme of instrument.themes)
      if (!themeTitles.has(theme.id)) themeTitles.set(theme.id, theme.title);
  }
  return { checks, conversation: { leidraad: leidraad.value, dilemmas: dilemmas.value, themeTitles } };
}

/** Loads and checks the files; throws with every issue and its line when one is broken. */
export function loadConversation(instruments: Registry, dir: string = conversationDir): Conversation {
  const { checks, conversation } = checkConversationFiles(instruments, dir);
  return checkedContent(checks, conversation, 'Gespreksinhoud');
}

const loaded = new WeakMap<Registry, Conversation>();

/** The conversation content for this set of instruments, loaded once. */
export function conversationFor(instruments: Registry): Conversation {
  let conversation = loaded.get(instruments);
  if (!conversation) {
    conversation = loadConversation(instruments);
    loaded.set(instruments, conversation);
  }
  return conversation;
}

/** For `weerbaar instruments check`: checks both files against the instruments on disk; the number that failed. */
export async function printConversationCheck(): Promise<number> {
  return printContentCheck(checkConversationFiles(await loadRegistry()).checks);
}
