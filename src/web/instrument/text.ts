// Instrument texts in the interface language ({nl, en?}: English falls back to Dutch), and the
// readable form of an answer: the chosen option's label, the tip that goes with it.
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer, GroupEntry } from '../../core/instrument/answers.ts';
import { levelLabels, say } from '../../core/instrument/levels.ts';
import type { Field, GroupItem, Item, Level, Text } from '../../core/instrument/schema.ts';
import type { Language } from '../../core/vocabulary.ts';

export type Say = (text: Text | undefined) => string;

export function languageOf(value: string | undefined): Language {
  return value === 'en' ? 'en' : 'nl';
}

/** `say` bound to the interface language; components re-render when the language changes. */
export function useSay(): { say: Say; language: Language } {
  const { i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const bound = useCallback((text: Text | undefined) => say(text, language), [language]);
  return { say: bound, language };
}

export function sayLevel(level: Level, language: Language): string {
  return say(levelLabels[level], language);
}

export function capitalise(value: string): string {
  return value.charAt(0).toLocaleUpperCase() + value.slice(1);
}

/** "Nevenfunctie 2" */
export function entryTitle(group: GroupItem, index: number, sayText: Say): string {
  return `${capitalise(sayText(group.entryLabel))} ${index + 1}`;
}

/** What identifies an entry to a person: its first text field, or else its first answered field. */
export function entryName(
  group: GroupItem,
  entry: GroupEntry | undefined,
  sayText: Say,
  t: TFunction,
): string {
  if (!entry) return '';
  const text = group.fields.find((f) => f.kind === 'shortText' && typeof entry[f.id] === 'string');
  const named = text ? String(entry[text.id]).trim() : '';
  if (named) return named;
  for (const field of group.fields) {
    const shown = displayAnswer(field, entry[field.id], sayText, t);
    if (shown) return shown;
  }
  return '';
}

/** An answer as text: option labels, "Ja/Nee/Weet ik niet", numbers and dates as typed. */
export function displayAnswer(field: Field | Item, value: unknown, sayText: Say, t: TFunction): string {
  if (value === undefined || value === null || value === '') return '';
  switch (field.kind) {
    case 'singleChoice':
      return sayText(field.options.find((o) => o.value === value)?.label) || String(value);
    case 'multiChoice':
      return Array.isArray(value)
        ? value.map((v) => sayText(field.options.find((o) => o.value === v)?.label) || String(v)).join(', ')
        : '';
    case 'yesNoUnknown':
      return value === 'ja' || value === 'nee' || value === 'onbekend'
        ? t(`instrument.yesNoUnknown.${value}`)
        : String(value);
    case 'scale':
      return sayText(field.points.find((p) => p.value === value)?.label) || String(value);
    case 'number':
      return typeof value === 'number' ? `${value}${field.unit ? ` ${sayText(field.unit)}` : ''}` : '';
    case 'group':
      return Array.isArray(value)
        ? value
            .map((entry, i) => {
              const name = entryName(field, entry as GroupEntry, sayText, t);
              return name ? `${entryTitle(field, i, sayText)} (${name})` : entryTitle(field, i, sayText);
            })
            .join('; ')
        : '';
    default:
      return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  }
}

/** The tip that goes with an answer, if the instrument gives one (the zelfscan's immediate tips). */
export function tipFor(field: Field | Item, value: Answer | undefined): Text | undefined {
  if (value === undefined) return undefined;
  switch (field.kind) {
    case 'singleChoice':
      return field.options.find((o) => o.value === value)?.tip;
    case 'yesNoUnknown':
      return value === 'ja' || value === 'nee' || value === 'onbekend' ? field.tips?.[value] : undefined;
    case 'scale':
      return field.points.find((p) => p.value === value)?.tip;
    default:
      return undefined;
  }
}

/** Tips for a multiple choice: one per chosen option that has one. */
export function tipsFor(field: Field | Item, value: Answer | undefined): Text[] {
  if (field.kind === 'multiChoice') {
    if (!Array.isArray(value)) return [];
    return field.options.filter((o) => o.tip && (value as unknown[]).includes(o.value)).map((o) => o.tip!);
  }
  const tip = tipFor(field, value);
  return tip ? [tip] : [];
}
