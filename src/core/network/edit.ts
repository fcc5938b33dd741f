// Editing a network map as operations. The page never changes a network in place: every click or
// keystroke becomes one operation, and `applyNetworkOps` plays them on a network. That has two
// uses: the page shows saved network + this tab's operations, and when another tab saved first
// (409 revision-conflict) the same operations are played again on top of the server's network,
// so nothing done here is lost and nothing done there is overwritten wholesale.
//
// Rules:
// - an operation that would make the network invalid (validateNetwork, with the catalogue when
//   given) is skipped whole, so applyNetworkOps never yields an invalid network from a valid one;
// - operations name things by id; an id that no longer exists (removed in another tab) makes the
//   operation a no-op rather than an error;
// - removing a contact removes its ties and memberships; removing a context takes it off its
//   contacts; a contact that becomes "known through someone else" loses what only a direct
//   contact has (contexts, closeness, frequency, dependences); an organisation loses the person
//   attributes (gender, age band) and any membership in which it stood as a person, and the
//   other way round;
// - setting an attribute for many contacts skips the contacts it does not apply to (gender for an
//   organisation, closeness for someone known only through another contact).
// Pure: no I/O, runs in the browser and in tests.
import {
  type ContactKind,
  type DependenceDirection,
  type EgoAttributes,
  type Network,
  type NetworkCatalogue,
  type NetworkContact,
  type NetworkContext,
  validateNetwork,
} from './model.ts';

/** Contact attributes set "bin-style", for many contacts at a time. */
export type ContactAttribute =
  | 'relation'
  | 'closeness'
  | 'frequency'
  | 'sector'
  | 'business'
  | 'gender'
  | 'ageBand'
  | 'place';

export const contactAttributes: readonly ContactAttribute[] = [
  'relation',
  'closeness',
  'frequency',
  'sector',
  'business',
  'gender',
  'ageBand',
  'place',
];

/** Attributes only a person has (the validator refuses them on an organisation). */
export const personOnlyAttributes: readonly ContactAttribute[] = ['gender', 'ageBand'];
/** Attributes only a contact the candidate knows directly has. */
export const directOnlyAttributes: readonly ContactAttribute[] = ['closeness', 'frequency'];

export type NetworkOp =
  | { op: 'setEgo'; attribute: keyof EgoAttributes; value: string | null }
  | {
      op: 'addContext';
      id: string;
      catalogueId?: string;
      label?: string;
      private?: boolean;
      role?: string;
      interests?: string[];
    }
  | {
      op: 'updateContext';
      id: string;
      /** null clears it (only allowed for a catalogue context). */
      label?: string | null;
      role?: string | null;
      private?: boolean | null;
      interests?: string[];
    }
  | { op: 'removeContext'; id: string }
  | {
      op: 'addContact';
      id: string;
      label: string;
      kind: ContactKind;
      /** Default true. */
      direct?: boolean;
      contexts?: string[];
      prompts?: string[];
    }
  | { op: 'updateContact'; id: string; label?: string; kind?: ContactKind; direct?: boolean }
  | { op: 'removeContact'; id: string }
  | { op: 'addToContext'; ids: string[]; context: string }
  | { op: 'removeFromContext'; ids: string[]; context: string }
  | { op: 'setPrompt'; ids: string[]; prompt: string; on: boolean }
  | { op: 'setAttribute'; ids: string[]; attribute: ContactAttribute; value: string | number | null }
  | { op: 'setDependence'; ids: string[]; kind: string; direction: DependenceDirection | null }
  | { op: 'addTie'; a: string; b: string; strength?: number }
  | { op: 'removeTie'; a: string; b: string }
  /** Everyone the candidate knows directly in this context knows each other. */
  | { op: 'connectContext'; context: string }
  | { op: 'addMembership'; person: string; organisation: string; role?: string }
  | { op: 'removeMembership'; person: string; organisation: string };

export interface AppliedOps {
  network: Network;
  /** Indexes of the operations that were skipped because they would make the network invalid. */
  skipped: number[];
}

const clean = (value: string): string => value.trim();

function without<T extends object, K extends keyof T>(obj: T, keys: readonly K[]): T {
  const copy = { ...obj };
  for (const key of keys) delete copy[key];
  return copy;
}

function setOrClear<T extends object>(obj: T, key: keyof T, value: unknown): T {
  if (value === null || value === undefined) return without(obj, [key]);
  return { ...obj, [key]: value };
}

function sameTie(t: { a: string; b: string }, a: string, b: string): boolean {
  return (t.a === a && t.b === b) || (t.a === b && t.b === a);
}

/** Makes a contact consistent with its kind and directness (drops what no longer applies). */
function normaliseContact(contact: NetworkContact): NetworkContact {
  let c = contact;
  if (c.kind === 'organisation') c = without(c, ['gender', 'ageBand']);
  if (!c.direct) c = { ...without(c, ['closeness', 'frequency', 'dependences']), contexts: [] };
  return c;
}

/** Drops memberships that no longer fit the kinds of their contacts. */
function fitMemberships(network: Network): Network {
  const kind = new Map(network.contacts.map((c) => [c.id, c.kind]));
  const memberships = network.memberships.filter(
    (m) => kind.get(m.person) === 'person' && kind.get(m.organisation) === 'organisation',
  );
  return memberships.length === network.memberships.length ? network : { ...network, memberships };
}

/** Applies one operation; ids that no longer exist make it a no-op. `alias` maps merged ids. */
function applyOne(network: Network, op: NetworkOp, alias: Map<string, string>): Network {
  const ctx = (id: string) => alias.get(id) ?? id;
  const mapContacts = (ids: readonly string[], change: (c: NetworkContact) => NetworkContact) => {
    const wanted = new Set(ids);
    return {
      ...network,
      contacts: network.contacts.map((c) => (wanted.has(c.id) ? normaliseContact(change(c)) : c)),
    };
  };

  switch (op.op) {
    case 'setEgo':
      return { ...network, ego: setOrClear(network.ego, op.attribute, op.value) };

    case 'addContext': {
      if (network.contexts.some((c) => c.id === op.id)) return network;
      const label = op.label === undefined ? undefined : clean(op.label);
      if (op.catalogueId !== undefined && !label) {
        // Picked from the list in two tabs: one context, and this tab's later operations go to it.
        const existing = network.contexts.find((c) => c.catalogueId === op.catalogueId && !c.label);
        if (existing) {
          alias.set(op.id, existing.id);
          return network;
        }
      }
      const context: NetworkContext = {
        id: op.id,
        ...(op.catalogueId !== undefined ? { catalogueId: op.catalogueId } : {}),
        ...(label ? { label } : {}),
        ...(op.role !== undefined ? { role: op.role } : {}),
        ...(op.private !== undefined ? { private: op.private } : {}),
        interests: [...new Set(op.interests ?? [])],
      };
      return { ...network, contexts: [...network.contexts, context] };
    }

    case 'updateContext': {
      const id = ctx(op.id);
      return {
        ...network,
        contexts: network.contexts.map((c) => {
          if (c.id !== id) return c;
          let next = c;
          if (op.label !== undefined) {
            const label = op.label === null ? '' : clean(op.label);
            next = label ? { ...next, label } : without(next, ['label']);
          }
          if (op.role !== undefined) next = setOrClear(next, 'role', op.role);
          if (op.private !== undefined) next = setOrClear(next, 'private', op.private);
          if (op.interests !== undefined) next = { ...next, interests: [...new Set(op.interests)] };
          return next;
        }),
      };
    }

    case 'removeContext': {
      const id = ctx(op.id);
      if (!network.contexts.some((c) => c.id === id)) return network;
      return {
        ...network,
        contexts: network.contexts.filter((c) => c.id !== id),
        contacts: network.contacts.map((c) =>
          c.contexts.includes(id) ? { ...c, contexts: c.contexts.filter((x) => x !== id) } : c,
        ),
      };
    }

    case 'addContact': {
      if (network.contacts.some((c) => c.id === op.id)) return network;
      const direct = op.direct ?? true;
      const known = new Set(network.contexts.map((c) => c.id));
      const contexts = direct ? [...new Set((op.contexts ?? []).map(ctx))].filter((c) => known.has(c)) : [];
      const contact: NetworkContact = normaliseContact({
        id: op.id,
        label: clean(op.label),
        kind: op.kind,
        direct,
        contexts,
        ...(op.prompts && op.prompts.length > 0 ? { prompts: [...new Set(op.prompts)] } : {}),
      });
      return { ...network, contacts: [...network.contacts, contact] };
    }

    case 'updateContact': {
      if (!network.contacts.some((c) => c.id === op.id)) return network;
      const next = mapContacts([op.id], (c) => ({
        ...c,
        ...(op.label !== undefined ? { label: clean(op.label) } : {}),
        ...(op.kind !== undefined ? { kind: op.kind } : {}),
        ...(op.direct !== undefined ? { direct: op.direct } : {}),
      }));
      return fitMemberships(next);
    }

    case 'removeContact': {
      if (!network.contacts.some((c) => c.id === op.id)) return network;
      return {
        ...network,
        contacts: network.contacts.filter((c) => c.id !== op.id),
        ties: network.ties.filter((t) => t.a !== op.id && t.b !== op.id),
        memberships: network.memberships.filter((m) => m.person !== op.id && m.organisation !== op.id),
      };
    }

    case 'addToContext': {
      const id = ctx(op.context);
      if (!network.contexts.some((c) => c.id === id)) return network;
      return mapContacts(op.ids, (c) =>
        c.direct && !c.contexts.includes(id) ? { ...c, contexts: [...c.contexts, id] } : c,
      );
    }

    case 'removeFromContext': {
      const id = ctx(op.context);
      return mapContacts(op.ids, (c) => ({ ...c, contexts: c.contexts.filter((x) => x !== id) }));
    }

    case 'setPrompt':
      return mapContacts(op.ids, (c) => {
        const prompts = new Set(c.prompts ?? []);
        if (op.on) prompts.add(op.prompt);
        else prompts.delete(op.prompt);
        return prompts.size > 0 ? { ...c, prompts: [...prompts] } : without(c, ['prompts']);
      });

    case 'setAttribute': {
      const { attribute, value } = op;
      return mapContacts(op.ids, (c) => {
        if (value !== null && c.kind === 'organisation' && personOnlyAttributes.includes(attribute)) return c;
        if (value !== null && !c.direct && directOnlyAttributes.includes(attribute)) return c;
        return setOrClear(c, attribute, value);
      });
    }

    case 'setDependence':
      return mapContacts(op.ids, (c) => {
        if (!c.direct) return c;
        const rest = (c.dependences ?? []).filter((d) => d.kind !== op.kind);
        const dependences =
          op.direction === null ? rest : [...rest, { kind: op.kind, direction: op.direction }];
        return dependences.length > 0 ? { ...c, dependences } : without(c, ['dependences']);
      });

    case 'addTie': {
      const ids = new Set(network.contacts.map((c) => c.id));
      if (op.a === op.b || !ids.has(op.a) || !ids.has(op.b)) return network;
      const existing = network.ties.find((t) => sameTie(t, op.a, op.b));
      if (existing) {
        if (op.strength === undefined || existing.strength === op.strength) return network;
        return {
          ...network,
          ties: network.ties.map((t) => (t === existing ? { ...t, strength: op.strength } : t)),
        };
      }
      const tie = { a: op.a, b: op.b, ...(op.strength !== undefined ? { strength: op.strength } : {}) };
      return { ...network, ties: [...network.ties, tie] };
    }

    case 'removeTie':
      return { ...network, ties: network.ties.filter((t) => !sameTie(t, op.a, op.b)) };

    case 'connectContext': {
      const id = ctx(op.context);
      const members = network.contacts.filter((c) => c.direct && c.contexts.includes(id)).map((c) => c.id);
      const ties = [...network.ties];
      const have = new Set(ties.map((t) => (t.a < t.b ? `${t.a} ${t.b}` : `${t.b} ${t.a}`)));
      for (let i = 0; i < members.length; i++)
        for (let j = i + 1; j < members.length; j++) {
          const a = members[i] as string;
          const b = members[j] as string;
          const key = a < b ? `${a} ${b}` : `${b} ${a}`;
          if (have.has(key)) continue;
          have.add(key);
          ties.push({ a, b });
        }
      return ties.length === network.ties.length ? network : { ...network, ties };
    }

    case 'addMembership': {
      const exists = network.memberships.some(
        (m) => m.person === op.person && m.organisation === op.organisation,
      );
      if (exists) {
        return {
          ...network,
          memberships: network.memberships.map((m) =>
            m.person === op.person && m.organisation === op.organisation ? setOrClear(m, 'role', op.role) : m,
          ),
        };
      }
      const kind = new Map(network.contacts.map((c) => [c.id, c.kind]));
      if (kind.get(op.person) !== 'person' || kind.get(op.organisation) !== 'organisation') return network;
      const membership = {
        person: op.person,
        organisation: op.organisation,
        ...(op.role !== undefined ? { role: op.role } : {}),
      };
      return { ...network, memberships: [...network.memberships, membership] };
    }

    case 'removeMembership':
      return {
        ...network,
        memberships: network.memberships.filter(
          (m) => !(m.person === op.person && m.organisation === op.organisation),
        ),
      };
  }
}

/**
 * Plays the operations on the network, in order, and returns the result with the operations it
 * skipped. Each operation is checked with `validateNetwork` (against the catalogue when given):
 * one that would make the network invalid is skipped, so a valid network stays valid. (Should the
 * network not be valid to begin with, an operation is kept when it adds no problems.)
 */
export function applyNetworkOpsDetailed(
  network: Network,
  ops: readonly NetworkOp[],
  catalogue?: NetworkCatalogue,
): AppliedOps {
  const validate = validateNetwork;
  let current = network;
  let issues = validate(current, catalogue).issues.length;
  const alias = new Map<string, string>();
  const skipped: number[] = [];
  ops.forEach((op, index) => {
    let next: Network;
    try {
      next = applyOne(current, op, alias);
    } catch {
      skipped.push(index);
      return;
    }
    if (next === current) return;
    const found = validate(next, catalogue).issues.length;
    if (found > issues) {
      skipped.push(index);
      return;
    }
    current = next;
    issues = found;
  });
  return { network: current, skipped };
}

/** Plays the operations on the network; the result is valid whenever the network was. */
export function applyNetworkOps(
  network: Network,
  ops: readonly NetworkOp[],
  catalogue?: NetworkCatalogue,
): Network {
  return applyNetworkOpsDetailed(network, ops, catalogue).network;
}

/** A fresh id for a context or contact, unique within the network (letters and digits). */
export function newNetworkId(
  prefix: 'x' | 'k',
  taken: (id: string) => boolean,
  random = Math.random,
): string {
  for (;;) {
    const id = `${prefix}${Math.floor(random() * 36 ** 8)
      .toString(36)
      .padStart(8, '0')}`;
    if (!taken(id)) return id;
  }
}

/** What is not described yet of a contact (for "still to do" hints; describing is optional). */
export function undescribed(contact: NetworkContact): ContactAttribute[] {
  return contactAttributes.filter((attribute) => {
    if (contact.kind === 'organisation' && personOnlyAttributes.includes(attribute)) return false;
    if (!contact.direct && directOnlyAttributes.includes(attribute)) return false;
    return contact[attribute] === undefined;
  });
}
