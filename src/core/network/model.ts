// The network map of one scan: the candidate (ego), the distinct networks they move in (contexts),
// the people and organisations in them (contacts), ties among contacts, and a person's membership
// of an organisation. Plain JSON: autosaved and sealed with the scan. No dependencies, so the
// browser can validate and measure without carrying zod.
//
// Privacy by construction (domain §8): a contact is a label the candidate chooses (initials or a
// nickname, at most `networkLimits.label` characters), never asked anything; the only attributes
// are gender, age band, place and sector; there is no field for special categories or criminal
// data, and the validator refuses unknown keys so none can slip in.
import type { Text } from '../instrument/schema.ts';

export const networkModelVersion = 1;

export type YesNoUnknown = 'ja' | 'nee' | 'onbekend';
export const yesNoUnknown: readonly YesNoUnknown[] = ['ja', 'nee', 'onbekend'];

export type ContactKind = 'person' | 'organisation';
export const contactKinds: readonly ContactKind[] = ['person', 'organisation'];

/** Who depends on whom: the candidate on the contact, the contact on the candidate, or both. */
export type DependenceDirection = 'candidate-on-contact' | 'contact-on-candidate' | 'mutual';
export const dependenceDirections: readonly DependenceDirection[] = [
  'candidate-on-contact',
  'contact-on-candidate',
  'mutual',
];

export interface Dependence {
  /** Id from the instrument's `network.dependences` (financial, professional, personal). */
  kind: string;
  direction: DependenceDirection;
}

/** Inclusiveness attributes of a person (catalogue option ids). Never special categories. */
export interface PersonAttributes {
  gender?: string;
  ageBand?: string;
  place?: string;
}

/** The candidate's own attributes: the reference point of the EI index. */
export interface EgoAttributes extends PersonAttributes {
  sector?: string;
}

export interface NetworkContext {
  /** Unique within the network. */
  id: string;
  /** Id from the instrument's `network.contexts`; absent for a context the candidate named. */
  catalogueId?: string;
  /** The candidate's own name for it (required without catalogueId; tells two clubs apart). */
  label?: string;
  /** The candidate's role in it: id from `network.contextRoles`. */
  role?: string;
  /** Private (family, friends, club)? Absent: the catalogue's flag, or false for an own context. */
  private?: boolean;
  /** Interests this context has with the organisation: ids from `network.interests`. */
  interests: string[];
}

export interface NetworkContact {
  /** Unique within the network. */
  id: string;
  /** Initials or a nickname the candidate chooses; never a full name. */
  label: string;
  kind: ContactKind;
  /**
   * true: the candidate knows this contact (an alter of the ego network).
   * false: known only through another contact ("a contact of a contact", Slingerland); such a
   * contact has no contexts, closeness, frequency or dependences and only counts at distance ≥ 2.
   */
  direct: boolean;
  /** Ids of the contexts the candidate knows this contact from. */
  contexts: string[];
  /** Id from `network.relations`. */
  relation?: string;
  /** Closeness to the candidate, 1 (distant) to 5 (very close): the ego–alter tie strength. */
  closeness?: number;
  /** Id from `network.frequencies`. */
  frequency?: string;
  /** Id from `network.sectors`. */
  sector?: string;
  /** Does this contact do business with the organisation (permits, subsidies, contracts, land)? */
  business?: YesNoUnknown;
  dependences?: Dependence[];
  /** Which tie prompts (name generators) brought this contact up: ids from `network.tiePrompts`. */
  prompts?: string[];
  /** Persons only. */
  gender?: string;
  /** Persons only. */
  ageBand?: string;
  place?: string;
}

/** An undirected tie between two contacts ("they know each other"). */
export interface NetworkTie {
  a: string;
  b: string;
  /** 1 (they know each other) to 5 (very close); absent: 1. */
  strength?: number;
}

/** A person contact who belongs to an organisation contact (owner, board member, employee). */
export interface NetworkMembership {
  person: string;
  organisation: string;
  /** Id from `network.contextRoles`. */
  role?: string;
}

export interface Network {
  version: typeof networkModelVersion;
  ego: EgoAttributes;
  contexts: NetworkContext[];
  contacts: NetworkContact[];
  ties: NetworkTie[];
  memberships: NetworkMembership[];
}

export function emptyNetwork(): Network {
  return { version: networkModelVersion, ego: {}, contexts: [], contacts: [], ties: [], memberships: [] };
}

/**
 * The parts of an instrument's `network` block the network module reads. `NetworkBlock` from the
 * instrument schema fits; tests may pass less. Lists that are absent are not checked.
 */
export interface NetworkCatalogue {
  contexts: ReadonlyArray<{ id: string; private?: boolean }>;
  sectors: ReadonlyArray<{ id: string; sensitive?: boolean }>;
  contextRoles?: ReadonlyArray<{ id: string }>;
  interests?: ReadonlyArray<{ id: string }>;
  relations?: ReadonlyArray<{ id: string }>;
  frequencies?: ReadonlyArray<{ id: string }>;
  dependences?: ReadonlyArray<{ id: string }>;
  attributes?: ReadonlyArray<{ id: string; options?: ReadonlyArray<{ id: string }> }>;
  tiePrompts?: ReadonlyArray<{ id: string }>;
}

/** Whether a context is private: its own flag, else the catalogue's, else false. */
export function isPrivateContext(context: NetworkContext, catalogue: NetworkCatalogue): boolean {
  if (context.private !== undefined) return context.private;
  if (context.catalogueId === undefined) return false;
  return catalogue.contexts.find((c) => c.id === context.catalogueId)?.private === true;
}

// ── Validation ────────────────────────────────────────────────────────────────────────────────

/** Upper bounds: generous for 30–40 contexts and a few hundred contacts, small enough for a browser. */
export const networkLimits = {
  contexts: 150,
  contacts: 500,
  ties: 5000,
  memberships: 1000,
  label: 40,
  contextLabel: 80,
  listItems: 50,
} as const;

export interface NetworkIssue {
  /** Path into the network, e.g. ['contacts', 3, 'closeness']. */
  path: Array<string | number>;
  code:
    | 'wrong-type'
    | 'missing'
    | 'unknown-key'
    | 'too-long'
    | 'too-many'
    | 'out-of-range'
    | 'duplicate'
    | 'unknown-reference'
    | 'unknown-option'
    | 'not-allowed';
  message: Text;
}

export type NetworkValidation =
  | { ok: true; network: Network; issues: [] }
  | { ok: false; issues: NetworkIssue[] };

const idPattern = /^[A-Za-z0-9_-]{1,64}$/;

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks a value (autosaved JSON, an API body) against the model and, when given, the catalogue of
 * the scan's instrument. Every problem is reported, each with its path. References must resolve:
 * a contact's contexts, both ends of a tie, a membership's person (a person) and organisation (an
 * organisation). A pair of contacts has at most one tie.
 */
export function validateNetwork(value: unknown, catalogue?: NetworkCatalogue): NetworkValidation {
  const issues: NetworkIssue[] = [];
  const add = (path: NetworkIssue['path'], code: NetworkIssue['code'], nl: string, en: string) =>
    issues.push({ path, code, message: { nl, en } });

  const keys = (obj: Obj, path: NetworkIssue['path'], allowed: readonly string[]) => {
    for (const key of Object.keys(obj))
      if (!allowed.includes(key))
        add([...path, key], 'unknown-key', 'Dit veld bestaat niet.', 'Unknown field.');
  };
  const str = (
    obj: Obj,
    key: string,
    path: NetworkIssue['path'],
    opts: { required?: boolean; max?: number },
  ) => {
    const v = obj[key];
    if (v === undefined) {
      if (opts.required) add([...path, key], 'missing', 'Dit ontbreekt.', 'This is missing.');
      return undefined;
    }
    if (typeof v !== 'string') {
      add([...path, key], 'wrong-type', 'Verwacht tekst.', 'Expected text.');
      return undefined;
    }
    if (opts.required && v.trim() === '') add([...path, key], 'missing', 'Dit is leeg.', 'This is empty.');
    if (opts.max !== undefined && v.length > opts.max)
      add([...path, key], 'too-long', `Hoogstens ${opts.max} tekens.`, `At most ${opts.max} characters.`);
    return v;
  };
  const id = (obj: Obj, key: string, path: NetworkIssue['path'], required = true) => {
    const v = str(obj, key, path, { required });
    if (v !== undefined && !idPattern.test(v))
      add([...path, key], 'wrong-type', 'Ongeldige aanduiding.', 'Invalid id.');
    return v;
  };
  const option = (
    v: string | undefined,
    list: ReadonlyArray<{ id: string }> | undefined,
    path: NetworkIssue['path'],
  ) => {
    if (v === undefined || list === undefined) return;
    if (!list.some((o) => o.id === v))
      add(
        path,
        'unknown-option',
        'Kies een van de gegeven mogelijkheden.',
        'Choose one of the options given.',
      );
  };
  const array = (obj: Obj, key: string, path: NetworkIssue['path'], max: number, required = true) => {
    const v = obj[key];
    if (v === undefined) {
      if (required) add([...path, key], 'missing', 'Dit ontbreekt.', 'This is missing.');
      return [];
    }
    if (!Array.isArray(v)) {
      add([...path, key], 'wrong-type', 'Verwacht een lijst.', 'Expected a list.');
      return [];
    }
    if (v.length > max) add([...path, key], 'too-many', `Hoogstens ${max}.`, `At most ${max}.`);
    return v as unknown[];
  };
  const idList = (obj: Obj, key: string, path: NetworkIssue['path'], required: boolean) => {
    const list = array(obj, key, path, networkLimits.listItems, required);
    const seen = new Set<string>();
    const out: string[] = [];
    list.forEach((v, i) => {
      if (typeof v !== 'string' || !idPattern.test(v)) {
        add([...path, key, i], 'wrong-type', 'Ongeldige aanduiding.', 'Invalid id.');
      } else if (seen.has(v)) {
        add([...path, key, i], 'duplicate', 'Staat er twee keer in.', 'Listed twice.');
      } else {
        seen.add(v);
        out.push(v);
      }
    });
    return out;
  };
  const scale = (obj: Obj, key: string, path: NetworkIssue['path']) => {
    const v = obj[key];
    if (v === undefined) return;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 5)
      add(
        [...path, key],
        'out-of-range',
        'Kies een waarde van 1 tot en met 5.',
        'Choose a value from 1 to 5.',
      );
  };
  const attributeOptions = (attr: string) => {
    if (!catalogue?.attributes) return undefined;
    const entry = catalogue.attributes.find((a) => a.id === attr);
    // An attribute the instrument does not ask about may not be filled in.
    return entry ? entry.options : [];
  };
  const attributes = (obj: Obj, path: NetworkIssue['path'], which: readonly string[]) => {
    for (const attr of which) {
      const v = id(obj, attr, path, false);
      option(v, attr === 'sector' ? catalogue?.sectors : attributeOptions(attr), [...path, attr]);
    }
  };

  if (!isObject(value)) {
    add([], 'wrong-type', 'Verwacht een netwerk.', 'Expected a network.');
    return { ok: false, issues };
  }
  keys(value, [], ['version', 'ego', 'contexts', 'contacts', 'ties', 'memberships']);
  if (value.version !== networkModelVersion)
    add(
      ['version'],
      'out-of-range',
      `Verwacht versie ${networkModelVersion}.`,
      `Expected version ${networkModelVersion}.`,
    );

  const ego = value.ego;
  if (!isObject(ego)) add(['ego'], 'wrong-type', 'Verwacht de eigen kenmerken.', 'Expected own attributes.');
  else {
    keys(ego, ['ego'], ['gender', 'ageBand', 'place', 'sector']);
    attributes(ego, ['ego'], ['gender', 'ageBand', 'place', 'sector']);
  }

  // Contexts.
  const contextIds = new Set<string>();
  array(value, 'contexts', [], networkLimits.contexts).forEach((c, i) => {
    const path = ['contexts', i];
    if (!isObject(c)) return add(path, 'wrong-type', 'Verwacht een netwerk.', 'Expected a context.');
    keys(c, path, ['id', 'catalogueId', 'label', 'role', 'private', 'interests']);
    const cid = id(c, 'id', path);
    if (cid !== undefined) {
      if (contextIds.has(cid))
        add([...path, 'id'], 'duplicate', 'Deze aanduiding bestaat al.', 'Duplicate id.');
      contextIds.add(cid);
    }
    const catalogueId = id(c, 'catalogueId', path, false);
    option(catalogueId, catalogue?.contexts, [...path, 'catalogueId']);
    const label = str(c, 'label', path, { max: networkLimits.contextLabel });
    if (catalogueId === undefined && (label === undefined || label.trim() === ''))
      add([...path, 'label'], 'missing', 'Geef dit netwerk een naam.', 'Give this context a name.');
    option(id(c, 'role', path, false), catalogue?.contextRoles, [...path, 'role']);
    if (c.private !== undefined && typeof c.private !== 'boolean')
      add([...path, 'private'], 'wrong-type', 'Verwacht ja of nee.', 'Expected true or false.');
    idList(c, 'interests', path, true).forEach((interest, j) => {
      option(interest, catalogue?.interests, [...path, 'interests', j]);
    });
  });

  // Contacts.
  const kindOf = new Map<string, ContactKind>();
  array(value, 'contacts', [], networkLimits.contacts).forEach((c, i) => {
    const path = ['contacts', i];
    if (!isObject(c)) return add(path, 'wrong-type', 'Verwacht een contact.', 'Expected a contact.');
    keys(c, path, [
      'id',
      'label',
      'kind',
      'direct',
      'contexts',
      'relation',
      'closeness',
      'frequency',
      'sector',
      'business',
      'dependences',
      'prompts',
      'gender',
      'ageBand',
      'place',
    ]);
    const cid = id(c, 'id', path);
    str(c, 'label', path, { required: true, max: networkLimits.label });
    const kind = c.kind;
    if (!contactKinds.includes(kind as ContactKind))
      add(
        [...path, 'kind'],
        'unknown-option',
        'Kies persoon of organisatie.',
        'Choose person or organisation.',
      );
    if (cid !== undefined) {
      if (kindOf.has(cid)) add([...path, 'id'], 'duplicate', 'Deze aanduiding bestaat al.', 'Duplicate id.');
      else kindOf.set(cid, kind as ContactKind);
    }
    if (typeof c.direct !== 'boolean')
      add([...path, 'direct'], 'wrong-type', 'Verwacht ja of nee.', 'Expected true or false.');
    const contexts = idList(c, 'contexts', path, true);
    contexts.forEach((ctx, j) => {
      if (!contextIds.has(ctx))
        add([...path, 'contexts', j], 'unknown-reference', 'Dit netwerk bestaat niet.', 'Unknown context.');
    });
    option(id(c, 'relation', path, false), catalogue?.relations, [...path, 'relation']);
    scale(c, 'closeness', path);
    option(id(c, 'frequency', path, false), catalogue?.frequencies, [...path, 'frequency']);
    option(id(c, 'sector', path, false), catalogue?.sectors, [...path, 'sector']);
    if (c.business !== undefined && !yesNoUnknown.includes(c.business as YesNoUnknown))
      add(
        [...path, 'business'],
        'unknown-option',
        'Kies ja, nee of onbekend.',
        'Choose ja, nee or onbekend.',
      );
    const deps = array(c, 'dependences', path, networkLimits.listItems, false);
    const depKinds = new Set<string>();
    deps.forEach((d, j) => {
      const dpath = [...path, 'dependences', j];
      if (!isObject(d))
        return add(dpath, 'wrong-type', 'Verwacht een afhankelijkheid.', 'Expected a dependence.');
      keys(d, dpath, ['kind', 'direction']);
      const k = id(d, 'kind', dpath);
      option(k, catalogue?.dependences, [...dpath, 'kind']);
      if (k !== undefined) {
        if (depKinds.has(k)) add([...dpath, 'kind'], 'duplicate', 'Staat er twee keer in.', 'Listed twice.');
        depKinds.add(k);
      }
      if (!dependenceDirections.includes(d.direction as DependenceDirection))
        add([...dpath, 'direction'], 'unknown-option', 'Kies een richting.', 'Choose a direction.');
    });
    idList(c, 'prompts', path, false).forEach((p, j) => {
      option(p, catalogue?.tiePrompts, [...path, 'prompts', j]);
    });
    attributes(c, path, ['gender', 'ageBand', 'place']);
    if (kind === 'organisation') {
      for (const attr of ['gender', 'ageBand'])
        if (c[attr] !== undefined)
          add([...path, attr], 'not-allowed', 'Alleen voor personen.', 'For persons only.');
    }
    if (c.direct === false) {
      // Someone the candidate does not know has no contexts and no tie of their own to the candidate.
      for (const key of ['closeness', 'frequency', 'dependences'])
        if (c[key] !== undefined)
          add(
            [...path, key],
            'not-allowed',
            'Alleen voor contacten die u zelf kent.',
            'Only for contacts you know yourself.',
          );
      if (contexts.length > 0)
        add(
          [...path, 'contexts'],
          'not-allowed',
          'Iemand die u via een ander kent, hoort niet bij uw eigen netwerken.',
          'Someone known through another contact is not part of your own contexts.',
        );
    }
  });

  // Ties.
  const pairs = new Set<string>();
  array(value, 'ties', [], networkLimits.ties).forEach((t, i) => {
    const path = ['ties', i];
    if (!isObject(t)) return add(path, 'wrong-type', 'Verwacht een band.', 'Expected a tie.');
    keys(t, path, ['a', 'b', 'strength']);
    const a = id(t, 'a', path);
    const b = id(t, 'b', path);
    for (const [end, v] of [
      ['a', a],
      ['b', b],
    ] as const)
      if (v !== undefined && !kindOf.has(v))
        add([...path, end], 'unknown-reference', 'Dit contact bestaat niet.', 'Unknown contact.');
    if (a !== undefined && a === b)
      add(
        path,
        'not-allowed',
        'Een band verbindt twee verschillende contacten.',
        'A tie joins two contacts.',
      );
    if (a !== undefined && b !== undefined) {
      const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
      if (pairs.has(key)) add(path, 'duplicate', 'Deze band bestaat al.', 'This tie already exists.');
      pairs.add(key);
    }
    scale(t, 'strength', path);
  });

  // Memberships.
  const members = new Set<string>();
  array(value, 'memberships', [], networkLimits.memberships).forEach((m, i) => {
    const path = ['memberships', i];
    if (!isObject(m)) return add(path, 'wrong-type', 'Verwacht een lidmaatschap.', 'Expected a membership.');
    keys(m, path, ['person', 'organisation', 'role']);
    const person = id(m, 'person', path);
    const organisation = id(m, 'organisation', path);
    if (person !== undefined && kindOf.get(person) !== 'person')
      add([...path, 'person'], 'unknown-reference', 'Kies een persoon.', 'Choose a person.');
    if (organisation !== undefined && kindOf.get(organisation) !== 'organisation')
      add([...path, 'organisation'], 'unknown-reference', 'Kies een organisatie.', 'Choose an organisation.');
    if (person !== undefined && organisation !== undefined) {
      const key = `${person}\u0000${organisation}`;
      if (members.has(key))
        add(path, 'duplicate', 'Dit lidmaatschap bestaat al.', 'This membership already exists.');
      members.add(key);
    }
    option(id(m, 'role', path, false), catalogue?.contextRoles, [...path, 'role']);
  });

  return issues.length === 0
    ? { ok: true, network: value as unknown as Network, issues: [] }
    : { ok: false, issues };
}
