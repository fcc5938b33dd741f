// The four-step scale of domain.md §7. The software proposes a level with evidence; a person
// decides. There is deliberately no total score.
import { sentence } from '../texts/namespaces.ts';
import { type Level, levels } from './scale.ts';
import type { Text } from './schema.ts';

export const levelLabels: Record<Level, Text> = {
  'geen-aandachtspunt': sentence('instrument', 'levels.geen-aandachtspunt'),
  aandachtspunt: sentence('instrument', 'levels.aandachtspunt'),
  risico: sentence('instrument', 'levels.risico'),
  'ernstig-risico': sentence('instrument', 'levels.ernstig-risico'),
};

export function levelRank(level: Level): number {
  return levels.indexOf(level);
}

export function maxLevel(list: readonly Level[]): Level {
  return list.reduce<Level>((a, b) => (levelRank(b) > levelRank(a) ? b : a), 'geen-aandachtspunt');
}

/** A text in the wanted language; English falls back to Dutch. */
export function say(text: Text | undefined, language: 'nl' | 'en'): string {
  if (!text) return '';
  return language === 'en' ? (text.en ?? text.nl) : text.nl;
}
