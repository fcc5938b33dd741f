// The candidate's own network, out of Weerbaar in open formats: GraphML (graph tools), the three
// tables the R package egor reads (ego, alters, alter ties), and FollowTheMoney-style entities
// (investigative tooling). Labels are what the candidate chose (initials, nicknames), nothing more.
import type { Network, NetworkContact } from './model.ts';

// ── CSV ──

/**
 * A cell a spreadsheet would read as a formula (=, +, -, @, tab, carriage return at the start)
 * gets a leading apostrophe, so opening the file runs nothing.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csv(header: string[], rows: Array<Array<string | number | boolean | null | undefined>>): string {
  return `${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export interface EgorTables {
  ego: string;
  alters: string;
  alterTies: string;
}

/**
 * For `egor::threefiles_to_egor(egos, alters.df, edges, ID.vars = list(ego = "egoID",
 * alter = "alterID", source = "Source", target = "Target"))`. Only direct contacts are alters
 * (a contact of a contact is not in the candidate's own network); memberships between direct
 * contacts count as alter ties, as they do in the measures.
 */
export function toEgorTables(
  network: Network,
  contextLabel: (id: string) => string,
  egoId = 'ego',
): EgorTables {
  const direct = network.contacts.filter((c) => c.direct);
  const ids = new Set(direct.map((c) => c.id));
  const ego = csv(
    ['egoID', 'gender', 'ageBand', 'place', 'sector'],
    [[egoId, network.ego.gender, network.ego.ageBand, network.ego.place, network.ego.sector]],
  );
  const alters = csv(
    [
      'egoID',
      'alterID',
      'label',
      'kind',
      'contexts',
      'relation',
      'closeness',
      'frequency',
      'sector',
      'business',
      'gender',
      'ageBand',
      'place',
    ],
    direct.map((c) => [
      egoId,
      c.id,
      c.label,
      c.kind,
      c.contexts.map(contextLabel).join('; '),
      c.relation,
      c.closeness,
      c.frequency,
      c.sector,
      c.business,
      c.gender,
      c.ageBand,
      c.place,
    ]),
  );
  const ties = [
    ...network.ties
      .filter((t) => ids.has(t.a) && ids.has(t.b))
      .map((t) => [egoId, t.a, t.b, t.strength ?? 1, 'tie']),
    ...network.memberships
      .filter((m) => ids.has(m.person) && ids.has(m.organisation))
      .map((m) => [egoId, m.person, m.organisation, 1, 'membership']),
  ];
  const alterTies = csv(['egoID', 'Source', 'Target', 'weight', 'type'], ties);
  return { ego, alters, alterTies };
}

// ── GraphML ──

function xml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** One graph: the candidate ("ego" node, labelled "ik"), every contact, ties, memberships. */
export function toGraphML(network: Network): string {
  const keys: Array<[string, string, string]> = [
    ['label', 'node', 'string'],
    ['kind', 'node', 'string'],
    ['direct', 'node', 'boolean'],
    ['closeness', 'node', 'int'],
    ['sector', 'node', 'string'],
    ['business', 'node', 'string'],
    ['contexts', 'node', 'string'],
    ['weight', 'edge', 'double'],
    ['type', 'edge', 'string'],
  ];
  const data = (key: string, value: string | number | boolean | undefined) =>
    value === undefined ? '' : `<data key="${key}">${xml(String(value))}</data>`;
  const node = (c: NetworkContact) =>
    `    <node id="${xml(c.id)}">${data('label', c.label)}${data('kind', c.kind)}${data('direct', c.direct)}${data('closeness', c.closeness)}${data('sector', c.sector)}${data('business', c.business)}${data('contexts', c.contexts.join(' '))}</node>`;
  const edges = [
    ...network.contacts
      .filter((c) => c.direct)
      .map(
        (c, i) =>
          `    <edge id="e${i}" source="ego" target="${xml(c.id)}">${data('weight', c.closeness ?? 3)}${data('type', 'ego')}</edge>`,
      ),
    ...network.ties.map(
      (t, i) =>
        `    <edge id="t${i}" source="${xml(t.a)}" target="${xml(t.b)}">${data('weight', t.strength ?? 1)}${data('type', 'tie')}</edge>`,
    ),
    ...network.memberships.map(
      (m, i) =>
        `    <edge id="m${i}" source="${xml(m.person)}" target="${xml(m.organisation)}">${data('type', 'membership')}</edge>`,
    ),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys.map(
      ([id, scope, type]) => `  <key id="${id}" for="${scope}" attr.name="${id}" attr.type="${type}"/>`,
    ),
    '  <graph id="netwerk" edgedefault="undirected">',
    `    <node id="ego">${data('label', 'ik')}${data('kind', 'person')}</node>`,
    ...network.contacts.map(node),
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

// ── FollowTheMoney ──

export interface FtmEntity {
  id: string;
  schema: 'Person' | 'Organization' | 'Associate' | 'Membership' | 'UnknownLink';
  properties: Record<string, string[]>;
}

/** FollowTheMoney-style entities: Person and Organization, with Associate, Membership and UnknownLink. */
export function toFollowTheMoney(network: Network, prefix = 'weerbaar'): FtmEntity[] {
  const id = (local: string) => `${prefix}-${local}`;
  const byId = new Map(network.contacts.map((c) => [c.id, c]));
  const entities: FtmEntity[] = [
    { id: id('ego'), schema: 'Person', properties: { name: ['ik'] } },
    ...network.contacts.map(
      (c): FtmEntity => ({
        id: id(c.id),
        schema: c.kind === 'organisation' ? 'Organization' : 'Person',
        properties: { name: [c.label], ...(c.sector ? { sector: [c.sector] } : {}) },
      }),
    ),
  ];
  for (const c of network.contacts.filter((x) => x.direct)) {
    entities.push(link(id, 'ego', c.id, 'person', byId.get(c.id)?.kind, c.relation));
  }
  network.ties.forEach((t) => {
    entities.push(link(id, t.a, t.b, byId.get(t.a)?.kind, byId.get(t.b)?.kind, undefined));
  });
  for (const m of network.memberships) {
    entities.push({
      id: id(`membership-${m.person}-${m.organisation}`),
      schema: 'Membership',
      properties: {
        member: [id(m.person)],
        organization: [id(m.organisation)],
        ...(m.role ? { role: [m.role] } : {}),
      },
    });
  }
  return entities;
}

function link(
  id: (s: string) => string,
  a: string,
  b: string,
  kindA: string | undefined,
  kindB: string | undefined,
  relationship: string | undefined,
): FtmEntity {
  if (kindA === 'person' && kindB === 'person') {
    return {
      id: id(`associate-${a}-${b}`),
      schema: 'Associate',
      properties: {
        person: [id(a)],
        associate: [id(b)],
        ...(relationship ? { relationship: [relationship] } : {}),
      },
    };
  }
  return {
    id: id(`link-${a}-${b}`),
    schema: 'UnknownLink',
    properties: { subject: [id(a)], object: [id(b)] },
  };
}
