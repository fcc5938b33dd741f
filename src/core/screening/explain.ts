// A feature or a refusal in words, both languages at once, from namespace `screening`.

import { sentence } from '../texts/namespaces.ts';
import type { Sentence } from '../vocabulary.ts';
import type { FtmRefusal, MatchFeature } from './types.ts';

/** Why a hit scored: "‘Jansen’ komt overeen met ‘Janssen’ (klinkt gelijk)". */
export function explainFeature(feature: MatchFeature): Sentence {
  const absent = sentence('screening', 'absent');
  const fill = (value: string | undefined, language: 'nl' | 'en') => value ?? absent[language];
  const nl = sentence('screening', `feature.${feature.code}`, {
    query: fill(feature.query, 'nl'),
    candidate: fill(feature.candidate, 'nl'),
  }).nl;
  const en = sentence('screening', `feature.${feature.code}`, {
    query: fill(feature.query, 'en'),
    candidate: fill(feature.candidate, 'en'),
  }).en;
  return { nl, en };
}

/** Why a line of a list was refused, with its line number. */
export function explainRefusal(refusal: FtmRefusal, line: number): Sentence {
  return sentence('screening', `refusal.${refusal}`, { line });
}
