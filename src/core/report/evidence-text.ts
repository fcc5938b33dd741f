// Evidence in words, in both languages: which question, which answer, which entries of a group
// (by the name the candidate gave them), or which network measure with its value explained in
// plain words. The report model resolves evidence here, so the web page and the PDF say exactly
// the same thing and neither needs the raw answers. Pure.
import type { Answers, GroupEntry } from '../instrument/answers.ts';
import type { Evidence } from '../instrument/conditions.ts';
import { indexInstrument } from '../instrument/index-instrument.ts';
import type { Field, GroupItem, Instrument, Item, NetworkBlock, Text } from '../instrument/schema.ts';
import { analyseNetwork, type NetworkDetails } from '../network/metrics.ts';
import type { Network } from '../network/model.ts';
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

/** Measures that are a share (0 to 1): shown as a percentage, which a reader knows. */
const shares = /^(top3Share|density|clustering|efficiency|blau\..*|iqv\..*)$/;

/** A measured value as a reader writes it: a share in per cent, a Dutch decimal comma. */
function shownValue(measure: string, value: number): Text {
  if (shares.test(measure)) return plain(`${Math.round(value * 100)}%`);
  const en = measureValue(value);
  return { nl: en.replace('.', ','), en };
}

/**
 * What the candidate called the people, organisations and networks on their map, and which of
 * them lie behind each measure: so a network finding names "JB (vastgoed), via KL" instead of a
 * bare number. Only for the candidate's and the expert's view; built from the frozen map.
 */
export interface NetworkNames {
  /** Contact id → the label the candidate chose. */
  contacts: Record<string, string>;
  /** Contact id → sector id, where given. */
  sectorOf: Record<string, string>;
  contexts: Record<string, Text>;
  sectors: Record<string, Text>;
  details: NetworkDetails;
}

export function networkNamesOf(network: Network, catalogue: NetworkBlock): NetworkNames {
  const contexts: Record<string, Text> = {};
  for (const c of network.contexts) {
    const fromCatalogue = catalogue.contexts.find((x) => x.id === c.catalogueId)?.label;
    contexts[c.id] = c.label ? plain(c.label) : (fromCatalogue ?? plain(c.id));
  }
  return {
    contacts: Object.fromEntries(network.contacts.map((c) => [c.id, c.label])),
    sectorOf: Object.fromEntries(network.contacts.flatMap((c) => (c.sector ? [[c.id, c.sector]] : []))),
    contexts,
    sectors: Object.fromEntries(catalogue.sectors.map((s) => [s.id, s.label])),
    details: analyseNetwork(network, catalogue).details,
  };
}

/** "A, B en C" / "A, B and C". */
function list(parts: Text[]): Text {
  const say = (lang: 'nl' | 'en') => {
    const words = parts.map((p) => (lang === 'nl' ? p.nl : (p.en ?? p.nl)));
    if (words.length <= 1) return words.join('');
    return t(
      'report',
      'evidence.list',
      { first: words.slice(0, -1).join(', '), last: words.at(-1) ?? '' },
      lang,
    );
  };
  return { nl: say('nl'), en: say('en') };
}

/** Who or what lies behind a network measure, in words; null when names add nothing. */
function networkWho(measure: string, names: NetworkNames): Text | null {
  const { details } = names;
  const contact = (id: string) => plain(names.contacts[id] ?? id);
  const byId = new Map(details.contacts.map((c) => [c.id, c]));
  const withSector = (id: string): Text => {
    const sector = names.sectors[names.sectorOf[id] ?? ''];
    const label = names.contacts[id] ?? id;
    return sector
      ? { nl: `${label} (${sector.nl})`, en: `${label} (${sector.en ?? sector.nl})` }
      : plain(label);
  };
  const withContexts = (id: string): Text => {
    const ctx = (byId.get(id)?.contexts ?? []).map((c) => names.contexts[c] ?? plain(c));
    const label = names.contacts[id] ?? id;
    if (ctx.length === 0) return plain(label);
    const l = list(ctx);
    return { nl: `${label} (${l.nl})`, en: `${label} (${l.en})` };
  };
  const some = (ids: readonly string[], f: (id: string) => Text) =>
    ids.length > 0 ? list(ids.map(f)) : null;
  switch (measure) {
    case 'multiplexContacts':
      return some(details.multiplexContacts, withContexts);
    case 'privateInterestOverlaps':
      return some(details.privateInterestOverlaps, withContexts);
    case 'isolates':
      return some(details.isolates, contact);
    case 'constraint':
    case 'top3Share':
      return some(details.top3, contact);
    case 'sensitiveExposure1':
      return some(details.sensitiveAtDistance1, withSector);
    case 'sensitiveExposure2': {
      // Each with the way to them: "HV (vastgoed), via KL; DB (horeca), via KL".
      const ways = details.sensitiveAtDistance2.map((id) => {
        const who = withSector(id);
        const via = list((byId.get(id)?.via ?? []).map(contact));
        return {
          nl: t('report', 'evidence.via', { who: who.nl, via: via.nl }, 'nl'),
          en: t('report', 'evidence.via', { who: who.en ?? who.nl, via: via.en ?? via.nl }, 'en'),
        };
      });
      return ways.length > 0 ? join(ways, '; ') : null;
    }
    case 'sensitiveExposureWeighted': {
      const near = some(details.sensitiveAtDistance1, withSector);
      const far = networkWho('sensitiveExposure2', names);
      const both = [near, far].filter((t): t is Text => t !== null);
      return both.length > 0 ? join(both, '; ') : null;
    }
    case 'interestContacts':
      return some(details.interestContacts, contact);
    case 'interestContexts':
      return some(details.interestContexts, (id) => names.contexts[id] ?? plain(id));
    default:
      return null;
  }
}

/** How many pairs of contacts know each other, for density: "6 van de 10 paren". */
function pairsText(names: NetworkNames): Text {
  const direct = names.details.contacts.filter((c) => c.direct);
  const n = direct.length;
  let linked = 0;
  for (const c of direct) linked += c.links;
  linked /= 2;
  const all = (n * (n - 1)) / 2;
  return sentence('report', 'evidence.pairs', { linked, all });
}

/** For a comparison with the candidate's own group (EI): how many share their value. */
function ownGroupText(measure: string, names: NetworkNames): Text | null {
  const [, attribute] = measure.split('.');
  const a = names.details.attributes[attribute as keyof NetworkDetails['attributes']];
  if (!a) return null;
  if (a.ego === null) return sentence('report', 'evidence.ownGroupUnknown');
  const of = a.internal + a.external;
  return sentence('report', 'evidence.ownGroup', { internal: a.internal, of });
}

function networkDetail(measure: string, value: number, names: NetworkNames | undefined): Text {
  const shown = shownValue(measure, value);
  if (!names) return shown;
  if (measure === 'density') {
    const pairs = pairsText(names);
    return { nl: `${pairs.nl} (${shown.nl})`, en: `${pairs.en} (${shown.en})` };
  }
  if (measure.startsWith('ei.')) return ownGroupText(measure, names) ?? shown;
  const who = networkWho(measure, names);
  if (!who) return shown;
  // The people first. A count says no more than the names do; a share or score follows them.
  if (Number.isInteger(value) && !shares.test(measure)) return who;
  return { nl: `${who.nl} (${shown.nl})`, en: `${who.en ?? who.nl} (${shown.en})` };
}

/**
 * The lines that say why an indicator fired. With the answers, group entries are named by what
 * the candidate called them; without, by their number.
 */
export function evidenceText(
  instrument: Instrument,
  evidence: readonly Evidence[],
  answers: Answers | undefined,
  names?: NetworkNames,
): EvidenceLine[] {
  const index = indexInstrument(instrument);
  const lines: EvidenceLine[] = [];
  for (const e of evidence) {
    if (e.network !== undefined) {
      lines.push({
        subject: networkMeasureLabel(e.network),
        detail:
          e.measure !== undefined
            ? networkDetail(e.network, e.measure, names)
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

/**
 * A confirmed finding of the antecedentenonderzoek as the report model receives it (the server's
 * `findingsOf`, screening/record.ts): about whom, what was found, the expert's reason, the theme it
 * concerns and its source. Only confirmed findings are ever given; a dismissed hit has no shape here.
 */
export interface ConfirmedFinding {
  subject: string;
  theme: string | null;
  what: string;
  reason: string;
  source:
    | { kind: 'list'; name: string; version: number }
    | { kind: 'register'; register: string }
    | { kind: 'manual'; where: string; searchedOn: string };
}

/**
 * A finding as evidence of a theme: a kind of its own (`antecedent`), never mistaken for an answer,
 * with its source in words (list name and version, register, or the manual source and its day).
 */
export interface FindingEvidence {
  kind: 'antecedent';
  subject: string;
  what: string;
  reason: string;
  source: Text;
}

const registerIds = Object.keys(
  reportTexts.finding.register,
) as (keyof typeof reportTexts.finding.register)[];

export function findingEvidence(finding: ConfirmedFinding): FindingEvidence {
  const { source } = finding;
  const words: Text =
    source.kind === 'list'
      ? sentence('report', 'finding.sourceList', { name: source.name, version: String(source.version) })
      : source.kind === 'manual'
        ? sentence('report', 'finding.sourceManual', { where: source.where, date: source.searchedOn })
        : isOneOf(registerIds, source.register)
          ? sentence('report', `finding.register.${source.register}`)
          : { nl: source.register, en: source.register };
  return {
    kind: 'antecedent',
    subject: finding.subject,
    what: finding.what,
    reason: finding.reason,
    source: words,
  };
}
