// Evidence in words, in both languages: which question, which answer, which entries of a group
// (by the name the candidate gave them), or which network measure with its value explained in
// plain words. The report model resolves evidence here, so the web page and the PDF say exactly
// the same thing and neither needs the raw answers. Pure.
import type { Answers, GroupEntry } from '../instrument/answers.ts';
import type { Evidence } from '../instrument/conditions.ts';
import { indexInstrument } from '../instrument/index-instrument.ts';
import type { Field, GroupItem, Instrument, Item, Text } from '../instrument/schema.ts';
import { sentence, t } from '../texts/namespaces.ts';
import { reportTexts } from './texts.ts';

export interface EvidenceLine {
  /** The question, or the kind of network data. */
  subject: Text;
  /** The answer, the matching entries, or the measured value. */
  detail: Text;
}

const yesNoUnknown = ['ja', 'nee', 'onbekend'] as const;
const networkMeasures = Object.keys(
  reportTexts.networkMeasures,
) as (keyof typeof reportTexts.networkMeasures)[];
const diversityKinds = Object.keys(
  reportTexts.diversity.kinds,
) as (keyof typeof reportTexts.diversity.kinds)[];
const diversityAttributes = Object.keys(
  reportTexts.diversity.attributes,
) as (keyof typeof reportTexts.diversity.attributes)[];
const isOneOf = <T extends string>(list: readonly T[], value: string | undefined): value is T =>
  (list as readonly string[]).includes(value ?? '');

/** A network measure's name in plain words, both languages. */
export function networkMeasureLabel(name: string): Text {
  if (isOneOf(networkMeasures, name)) return sentence('report', `networkMeasures.${name}`);
  const [kind, of] = name.split('.');
  if (isOneOf(diversityKinds, kind) && isOneOf(diversityAttributes, of)) {
    const k = sentence('report', `diversity.kinds.${kind}`);
    const o = sentence('report', `diversity.attributes.${of}`);
    return {
      nl: t('report', 'diversity.measure', { kind: k.nl, attribute: o.nl }, 'nl'),
      en: t('report', 'diversity.measure', { kind: k.en, attribute: o.en }, 'en'),
    };
  }
  return { nl: name, en: name };
}

const plain = (s: string): Text => ({ nl: s, en: s });

function join(parts: Text[], separator: string): Text {
  return { nl: parts.map((p) => p.nl).join(separator), en: parts.map((p) => p.en ?? p.nl).join(separator) };
}

function entryTitle(group: GroupItem, index: number): Text {
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return {
    nl: `${cap(group.entryLabel.nl)} ${index + 1}`,
    en: `${cap(group.entryLabel.en ?? group.entryLabel.nl)} ${index + 1}`,
  };
}

function entryName(group: GroupItem, entry: GroupEntry | undefined): Text | null {
  if (!entry) return null;
  const text = group.fields.find((f) => f.kind === 'shortText' && typeof entry[f.id] === 'string');
  const named = text ? String(entry[text.id]).trim() : '';
  if (named) return plain(named);
  for (const field of group.fields) {
    const shown = answerText(field, entry[field.id]);
    if (shown) return shown;
  }
  return null;
}

/** An answer as text in both languages: option labels, yes/no, numbers and dates as typed. */
export function answerText(field: Field | Item, value: unknown): Text | null {
  if (value === undefined || value === null || value === '') return null;
  switch (field.kind) {
    case 'singleChoice':
      return field.options.find((o) => o.value === value)?.label ?? plain(String(value));
    case 'multiChoice':
      return Array.isArray(value)
        ? join(
            value.map((v) => field.options.find((o) => o.value === v)?.label ?? plain(String(v))),
            ', ',
          )
        : null;
    case 'yesNoUnknown':
      return isOneOf(yesNoUnknown, String(value))
        ? sentence('report', `evidence.yesNoUnknown.${String(value) as (typeof yesNoUnknown)[number]}`)
        : plain(String(value));
    case 'scale':
      return field.points.find((p) => p.value === value)?.label ?? plain(String(value));
    case 'number':
      return typeof value === 'number'
        ? field.unit
          ? { nl: `${value} ${field.unit.nl}`, en: `${value} ${field.unit.en ?? field.unit.nl}` }
          : plain(String(value))
        : null;
    case 'group':
      return Array.isArray(value)
        ? join(
            value.map((entry, i) => {
              const title = entryTitle(field, i);
              const name = entryName(field, entry as GroupEntry);
              return name
                ? { nl: `${title.nl} (${name.nl})`, en: `${title.en} (${name.en ?? name.nl})` }
                : title;
            }),
            '; ',
          )
        : null;
    default:
      return typeof value === 'string' || typeof value === 'number' ? plain(String(value)) : null;
  }
}

function measureValue(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

/**
 * The lines that say why an indicator fired. With the answers, group entries are named by what
 * the candidate called them; without, by their number.
 */
export function evidenceText(
  instrument: Instrument,
  evidence: readonly Evidence[],
  answers: Answers | undefined,
): EvidenceLine[] {
  const index = indexInstrument(instrument);
  const lines: EvidenceLine[] = [];
  for (const e of evidence) {
    if (e.network !== undefined) {
      lines.push({
        subject: networkMeasureLabel(e.network),
        detail:
          e.measure !== undefined
            ? plain(measureValue(e.measure))
            : sentence('report', 'evidence.networkNotFilledIn'),
      });
      continue;
    }
    const item = e.item ? index.items.get(e.item)?.item : undefined;
    if (!item) continue;
    if (item.kind === 'group' && e.entries) {
      const entries = (Array.isArray(answers?.[item.id]) ? answers?.[item.id] : []) as GroupEntry[];
      const names = e.entries.map((n) => {
        const title = entryTitle(item, n);
        const name = entryName(item, entries[n]);
        return name ? { nl: `${title.nl}: ${name.nl}`, en: `${title.en}: ${name.en ?? name.nl}` } : title;
      });
      lines.push({
        subject: item.text,
        detail: names.length > 0 ? join(names, '; ') : sentence('report', 'evidence.noEntries'),
      });
      continue;
    }
    const shown = e.value !== undefined ? answerText(item, e.value) : null;
    lines.push({ subject: item.text, detail: shown ?? sentence('report', 'evidence.notAnswered') });
  }
  return lines;
}
