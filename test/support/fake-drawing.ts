// A stand-in network picture for report tests: contacts on rings around the candidate, in the
// shape of src/core/network/drawing.ts. Not the real layout — that is drawNetwork's — but every
// kind of mark, so the PDF's network page can be tested before and independently of it.
import type { NetworkDrawing } from '../../src/core/network/drawing.ts';
import type { Network } from '../../src/core/network/model.ts';

export function fakeDrawing(network: Network): NetworkDrawing {
  const contexts = network.contexts.slice(0, 12).map((c, i, all) => {
    const angle = (2 * Math.PI * i) / all.length;
    const cx = 300 * Math.cos(angle);
    const cy = 300 * Math.sin(angle);
    return {
      id: c.id,
      label: { nl: c.label ?? c.id, en: c.label ?? c.id },
      cx,
      cy,
      r: 90,
      tone: i % 6,
      labelX: cx,
      labelY: cy - 95,
      labelAnchor: 'middle' as const,
      size: 0,
    };
  });
  const contacts = network.contacts.map((c, i) => {
    const context = contexts[i % Math.max(contexts.length, 1)];
    const angle = (2 * Math.PI * i) / Math.max(network.contacts.length, 1);
    return {
      id: c.id,
      label: c.label,
      x: (context?.cx ?? 0) + 60 * Math.cos(angle * 7),
      y: (context?.cy ?? 0) + 60 * Math.sin(angle * 7),
      r: 6,
      shape: (['circle', 'square', 'diamond'] as const)[i % 3]!,
      kind: (i % 3 === 1 ? 'organisation' : 'person') as 'person' | 'organisation',
      indirect: i % 5 === 0,
      sensitive: i % 3 === 2,
      business: i % 7 === 0,
      multiplex: i % 4 === 0,
      contexts: context ? [context.id] : [],
    };
  });
  const at = new Map(contacts.map((c) => [c.id, c]));
  const ties = network.ties.flatMap((t) => {
    const a = at.get(t.a);
    const b = at.get(t.b);
    return a && b
      ? [{ a: a.id, b: b.id, x1: a.x, y1: a.y, x2: b.x, y2: b.y, strength: 2, membership: false }]
      : [];
  });
  return {
    box: { x: -420, y: -420, width: 840, height: 840 },
    contexts,
    ties,
    contacts,
    ego: { x: 0, y: 0, r: 12 },
    counts: {
      contacts: contacts.length,
      contexts: contexts.length,
      ties: ties.length,
      memberships: 0,
      sensitive: 0,
      business: 0,
      multiplex: 0,
      indirect: 0,
    },
    description: {
      nl: `Netwerkkaart met ${contacts.length} contacten in ${contexts.length} kringen.`,
      en: `Network map with ${contacts.length} contacts in ${contexts.length} circles.`,
    },
  };
}
