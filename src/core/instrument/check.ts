// Cross-reference checks over a definition that already passed the schema: every name must point
// at something that exists and fits, nothing may depend on itself, and every item must be
// showable. Messages are for the instrument's author (Dutch first, English after the slash).
import { networkMeasureNames } from '../network/measure-names.ts';
import { conditionReferences } from './conditions.ts';
import { indexInstrument } from './index-instrument.ts';
import type { Comparison, Condition, Field, GroupItem, Instrument, Item } from './schema.ts';

export interface CheckIssue {
  /** Path into the definition, e.g. ['parts', 0, 'sections', 1, 'items', 2, 'visibleIf']. */
  path: Array<string | number>;
  message: string;
}

type Path = Array<string | number>;

const valueOperators = ['is', 'isNot', 'in'] as const;
const numberOperators = ['gte', 'gt', 'lte', 'lt'] as const;

function operatorOf(c: Comparison): string {
  return (
    ['is', 'isNot', 'in', 'includes', 'includesAny', 'gte', 'gt', 'lte', 'lt', 'answered'] as const
  ).find((k) => c[k] !== undefined)!;
}

function allowedOperators(kind: Item['kind']): readonly string[] {
  switch (kind) {
    case 'singleChoice':
    case 'yesNoUnknown':
      return [...valueOperators, 'answered'];
    case 'multiChoice':
      return ['includes', 'includesAny', 'answered'];
    case 'scale':
    case 'number':
      return [...valueOperators, ...numberOperators, 'answered'];
    case 'date':
    case 'shortText':
    case 'longText':
      return ['answered'];
    case 'group':
      return ['answered'];
  }
}

function allowedValues(field: Field | Item): Array<string | number> | null {
  switch (field.kind) {
    case 'singleChoice':
    case 'multiChoice':
      return field.options.map((o) => o.value);
    case 'yesNoUnknown':
      return ['ja', 'nee', 'onbekend'];
    case 'scale':
      return field.points.map((p) => p.value);
    default:
      return null;
  }
}

function comparedValues(c: Comparison): unknown[] {
  const op = operatorOf(c);
  const v = c[op as keyof Comparison];
  if (op === 'answered' || numberOperators.includes(op as never)) return [];
  return Array.isArray(v) ? v : [v];
}

export function checkInstrument(instrument: Instrument): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const add = (path: Path, message: string) => issues.push({ path, message });
  const index = indexInstrument(instrument);

  // ── unique ids ──
  const seen = (kind: string, entries: Array<{ id: string; path: Path }>) => {
    const first = new Map<string, Path>();
    for (const e of entries) {
      if (first.has(e.id)) add([...e.path, 'id'], `dubbele ${kind}-id '${e.id}' / duplicate ${kind} id`);
      else first.set(e.id, e.path);
    }
  };
  seen(
    'thema',
    instrument.themes.map((t, i) => ({ id: t.id, path: ['themes', i] })),
  );
  seen(
    'deel',
    instrument.parts.map((p, i) => ({ id: p.id, path: ['parts', i] })),
  );
  const sectionEntries: Array<{ id: string; path: Path }> = [];
  const itemEntries: Array<{ id: string; path: Path }> = [];
  instrument.parts.forEach((part, pi) =>
    part.sections.forEach((section, si) => {
      sectionEntries.push({ id: section.id, path: ['parts', pi, 'sections', si] });
      section.items.forEach((item, ii) => {
        const path: Path = ['parts', pi, 'sections', si, 'items', ii];
        itemEntries.push({ id: item.id, path });
        const values = allowedValues(item);
        if (values && new Set(values).size !== values.length)
          add(path, `vraag '${item.id}' heeft dubbele antwoordwaarden / duplicate option values`);
        if (item.kind === 'group') {
          seen(
            `veld (in '${item.id}')`,
            item.fields.map((f, fi) => ({ id: f.id, path: [...path, 'fields', fi] })),
          );
          item.fields.forEach((f, fi) => {
            const fv = allowedValues(f);
            if (fv && new Set(fv).size !== fv.length)
              add(
                [...path, 'fields', fi],
                `veld '${f.id}' heeft dubbele antwoordwaarden / duplicate option values`,
              );
          });
          if (item.minEntries > item.maxEntries)
            add(path, `minEntries is groter dan maxEntries in '${item.id}'`);
        }
        if (
          item.kind === 'number' &&
          item.min !== undefined &&
          item.max !== undefined &&
          item.min > item.max
        ) {
          add(path, `min is groter dan max in '${item.id}'`);
        }
      });
    }),
  );
  seen('sectie', sectionEntries);
  seen('vraag', itemEntries);
  seen(
    'indicator',
    instrument.indicators.map((x, i) => ({ id: x.id, path: ['indicators', i] })),
  );
  seen(
    'maatregel',
    instrument.measures.map((x, i) => ({ id: x.id, path: ['measures', i] })),
  );
  seen(
    'rapportsectie',
    (instrument.report?.sections ?? []).map((x, i) => ({ id: x.id, path: ['report', 'sections', i] })),
  );

  const themeIds = new Set(instrument.themes.map((t) => t.id));
  const order = new Map(itemEntries.map((e, i) => [e.id, i]));

  // ── conditions ──
  const checkCondition = (
    c: Condition | undefined,
    path: Path,
    group: GroupItem | null,
    before: number | null,
  ) => {
    if (!c) return;
    for (const key of ['all', 'any', 'none'] as const) {
      if (key in c) {
        (c as Record<typeof key, Condition[]>)[key].forEach((x, i) => {
          checkCondition(x, [...path, key, i], group, before);
        });
        return;
      }
    }
    if ('not' in c) {
      checkCondition(c.not, [...path, 'not'], group, before);
      return;
    }
    if ('atLeast' in c) {
      c.of.forEach((x, i) => {
        checkCondition(x, [...path, 'of', i], group, before);
      });
      return;
    }
    const cmp = c as Comparison;
    const op = operatorOf(cmp);
    const checkValues = (target: Field | Item, label: string) => {
      const allowed = allowedOperators(target.kind);
      if (!allowed.includes(op)) {
        add(
          path,
          `'${op}' past niet bij ${label} (soort ${target.kind}); gebruik ${allowed.join(', ')} / operator does not fit`,
        );
        return;
      }
      const values = allowedValues(target);
      if (values) {
        for (const v of comparedValues(cmp)) {
          if (!values.includes(v as never)) {
            add(
              path,
              `${label} kent de waarde '${String(v)}' niet; mogelijk: ${values.join(', ')} / undefined option`,
            );
          }
        }
      }
    };
    if (cmp.answer !== undefined) {
      const place = index.items.get(cmp.answer);
      if (!place)
        return add(path, `verwijst naar vraag '${cmp.answer}', die niet bestaat / names a missing item`);
      if (place.item.kind === 'group' && op !== 'answered') {
        return add(path, `'${cmp.answer}' is een herhaalbare groep: gebruik 'count' / use count for groups`);
      }
      if (before !== null && (order.get(cmp.answer) ?? 0) >= before) {
        add(
          path,
          `verwijst naar vraag '${cmp.answer}', die niet eerder komt; een voorwaarde kijkt alleen terug / a condition may only look back`,
        );
      }
      checkValues(place.item, `vraag '${cmp.answer}'`);
    } else if (cmp.count !== undefined) {
      const g = index.groups.get(cmp.count);
      if (!g)
        return add(
          path,
          `'count' verwijst naar '${cmp.count}', maar dat is geen herhaalbare groep / not a group`,
        );
      if (!['is', 'isNot', 'in', ...numberOperators].includes(op))
        add(path, `'count' vergelijkt een aantal: gebruik is, gte, gt, lte of lt`);
      if (before !== null && (order.get(cmp.count) ?? 0) >= before) {
        add(
          path,
          `verwijst naar groep '${cmp.count}', die niet eerder komt / a condition may only look back`,
        );
      }
      checkCondition(cmp.where, [...path, 'where'], g, before);
    } else if (cmp.field !== undefined) {
      if (!group) return add(path, `'field' kan alleen binnen count.where / field only inside count.where`);
      const f = group.fields.find((x) => x.id === cmp.field);
      if (!f) return add(path, `groep '${group.id}' heeft geen veld '${cmp.field}' / missing field`);
      checkValues(f, `veld '${cmp.field}'`);
    } else if (cmp.network !== undefined) {
      if (!(networkMeasureNames as readonly string[]).includes(cmp.network)) {
        add(
          path,
          `onbekende netwerkmaat '${cmp.network}'; bekend: ${networkMeasureNames.join(', ')} / unknown network measure`,
        );
      }
      if (!instrument.network)
        add(
          path,
          `netwerkmaat '${cmp.network}' gebruikt, maar het instrument heeft geen netwerkblok / no network block`,
        );
      if (!numberOperators.includes(op as never) && !['is', 'isNot', 'answered'].includes(op))
        add(path, `een netwerkmaat is een getal: gebruik gte, gt, lte, lt of is`);
    }
  };

  // ── dependency graph: item → items its visibility reads (own and section's condition) ──
  const deps = new Map<string, Set<string>>();
  instrument.parts.forEach((part, pi) =>
    part.sections.forEach((section, si) => {
      const firstOrder = order.get(section.items[0]?.id ?? '') ?? 0;
      checkCondition(section.visibleIf, ['parts', pi, 'sections', si, 'visibleIf'], null, firstOrder);
      if (section.theme && !themeIds.has(section.theme))
        add(['parts', pi, 'sections', si, 'theme'], `onbekend thema '${section.theme}' / unknown theme`);
      const sectionRefs = conditionReferences(section.visibleIf).items;
      section.items.forEach((item, ii) => {
        const path: Path = ['parts', pi, 'sections', si, 'items', ii];
        checkCondition(item.visibleIf, [...path, 'visibleIf'], null, order.get(item.id) ?? 0);
        deps.set(item.id, new Set([...sectionRefs, ...conditionReferences(item.visibleIf).items]));
        if (item.kind === 'scale' && item.selfRatingFor && !themeIds.has(item.selfRatingFor)) {
          add(
            [...path, 'selfRatingFor'],
            `zelfinschatting voor onbekend thema '${item.selfRatingFor}' / unknown theme`,
          );
        }
      });
    }),
  );

  // Cycles (reported once per cycle, at its first item).
  const reported = new Set<string>();
  const cycleFrom = (start: string): string[] | null => {
    const stack: string[] = [];
    const onStack = new Set<string>();
    const done = new Set<string>();
    const visit = (id: string): string[] | null => {
      if (onStack.has(id)) return [...stack.slice(stack.indexOf(id)), id];
      if (done.has(id)) return null;
      onStack.add(id);
      stack.push(id);
      for (const next of deps.get(id) ?? []) {
        const found = visit(next);
        if (found) return found;
      }
      stack.pop();
      onStack.delete(id);
      done.add(id);
      return null;
    };
    return visit(start);
  };
  for (const e of itemEntries) {
    const cycle = cycleFrom(e.id);
    if (cycle && !cycle.slice(0, -1).some((id) => reported.has(id))) {
      cycle.forEach((id) => reported.add(id));
      add(
        [...e.path, 'visibleIf'],
        `kringverwijzing in voorwaarden: ${cycle.join(' → ')} / cycle in conditions`,
      );
    }
  }

  // Items that can never be shown.
  const never = new Set<string>();
  const sectionOf = new Map(itemEntries.map((e) => [e.id, index.items.get(e.id)!.section]));
  for (const e of itemEntries) {
    const place = index.items.get(e.id)!;
    const conditions = [sectionOf.get(e.id)?.visibleIf, place.item.visibleIf].filter(Boolean) as Condition[];
    if (conditions.some((c) => !satisfiable(c, index.items, never))) {
      never.add(e.id);
      add(
        [...e.path, 'visibleIf'],
        `vraag '${e.id}' kan nooit getoond worden: de voorwaarde kan niet waar zijn / item can never be shown`,
      );
    }
  }

  // ── indicators, measures, report ──
  const indicatorIds = new Set(instrument.indicators.map((x) => x.id));
  instrument.indicators.forEach((ind, i) => {
    if (!themeIds.has(ind.theme))
      add(['indicators', i, 'theme'], `indicator '${ind.id}': onbekend thema '${ind.theme}' / unknown theme`);
    ind.rules.forEach((rule, r) =>
      checkCondition(rule.when, ['indicators', i, 'rules', r, 'when'], null, null),
    );
    ind.evidence.forEach((ref, r) => {
      if (!index.items.has(ref))
        add(
          ['indicators', i, 'evidence', r],
          `indicator '${ind.id}' citeert vraag '${ref}', die niet bestaat / missing item`,
        );
    });
  });
  instrument.measures.forEach((m, i) =>
    m.answers.forEach((ref, r) => {
      if (!indicatorIds.has(ref))
        add(
          ['measures', i, 'answers', r],
          `maatregel '${m.id}' noemt indicator '${ref}', die niet bestaat / missing indicator`,
        );
    }),
  );
  (instrument.report?.sections ?? []).forEach((s, i) =>
    s.themes.forEach((t, ti) => {
      if (!themeIds.has(t))
        add(
          ['report', 'sections', i, 'themes', ti],
          `rapportsectie '${s.id}': onbekend thema '${t}' / unknown theme`,
        );
    }),
  );
  return issues;
}

// ── satisfiability (conservative: false only when certainly unsatisfiable) ──

type Domain = {
  values: Set<string | number> | null;
  min: number;
  max: number;
  mustAnswer: boolean;
  mustBeBlank: boolean;
};

function satisfiable(
  c: Condition,
  items: ReturnType<typeof indexInstrument>['items'],
  never: Set<string>,
): boolean {
  if ('any' in c) return c.any.some((x) => satisfiable(x, items, never));
  if ('atLeast' in c) return c.of.filter((x) => satisfiable(x, items, never)).length >= c.atLeast;
  if ('not' in c || 'none' in c) return true;
  const parts = 'all' in c ? c.all : [c];
  if (parts.some((p) => !('answer' in p) && !satisfiable(p, items, never))) return false;
  const domains = new Map<string, Domain>();
  for (const p of parts) {
    if ('all' in p || 'any' in p || 'none' in p || 'not' in p || 'atLeast' in p) continue;
    const cmp = p as Comparison;
    if (!cmp.answer) continue;
    const place = items.get(cmp.answer);
    if (!place) continue;
    const op = operatorOf(cmp);
    if (never.has(cmp.answer) && !(op === 'answered' && cmp.answered === false)) return false;
    const initial = allowedValues(place.item);
    const d = domains.get(cmp.answer) ?? {
      values: initial && place.item.kind !== 'multiChoice' ? new Set(initial) : null,
      min: Number.NEGATIVE_INFINITY,
      max: Number.POSITIVE_INFINITY,
      mustAnswer: false,
      mustBeBlank: false,
    };
    if (op === 'answered') {
      if (cmp.answered) d.mustAnswer = true;
      else d.mustBeBlank = true;
    } else {
      d.mustAnswer = true;
      if (op === 'is' && d.values) d.values = new Set([...d.values].filter((v) => v === cmp.is));
      if (op === 'isNot' && d.values) d.values.delete(cmp.isNot as string | number);
      if (op === 'in' && d.values)
        d.values = new Set([...d.values].filter((v) => (cmp.in as unknown[]).includes(v)));
      if (op === 'gte') d.min = Math.max(d.min, cmp.gte as number);
      if (op === 'gt') d.min = Math.max(d.min, (cmp.gt as number) + Number.EPSILON);
      if (op === 'lte') d.max = Math.min(d.max, cmp.lte as number);
      if (op === 'lt') d.max = Math.min(d.max, (cmp.lt as number) - Number.EPSILON);
    }
    domains.set(cmp.answer, d);
  }
  for (const d of domains.values()) {
    if (d.mustAnswer && d.mustBeBlank) return false;
    if (d.min > d.max) return false;
    if (d.values) {
      const inRange = [...d.values].filter((v) => typeof v !== 'number' || (v >= d.min && v <= d.max));
      if (d.mustAnswer && inRange.length === 0) return false;
    }
  }
  return true;
}
