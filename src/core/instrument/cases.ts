// The case library: fictional but realistic candidates an integrity expert has judged by hand,
// kept beside an instrument in instruments/<id>/cases/*.yaml. Each case holds the answers (on top
// of a shared base such as `_basis.yaml`, a candidate with nothing to report), the network map,
// and what the expert expects: the level per theme, the indicators that rise, the conversation
// points an unknown answer opens, the measures and the words the evidence must name — and why.
// `runCase` evaluates the case with a version of the instrument and says, per theme, expected
// against proposed. The vitest suite and `weerbaar instruments check --cases` both run it, so a
// rule changed without looking at the cases turns red. Pure: the caller reads the files.
import { z } from 'zod';
import { analyseNetwork } from '../network/metrics.ts';
import { type Network, validateNetwork } from '../network/model.ts';
import { evidenceText, type NetworkNames, networkNamesOf } from '../report/evidence-text.ts';
import type { Answer, Answers } from './answers.ts';
import { type Evaluation, evaluate } from './evaluate.ts';
import { formatPath, type LoadIssue } from './load.ts';
import { type Instrument, type Level, level } from './schema.ts';
import { parseYamlWithLines } from './yaml-lines.ts';

const id = z.string().regex(/^[a-z][a-z0-9_-]*$/, 'een id: kleine letters, cijfers, - en _');
const contactId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** The network map in a case, written short: defaults filled in, a clique as one list. */
const caseNetwork = z.strictObject({
  ego: z
    .strictObject({
      gender: z.string().optional(),
      ageBand: z.string().optional(),
      place: z.string().optional(),
      sector: z.string().optional(),
    })
    .default({}),
  contexts: z
    .array(
      z.strictObject({
        id: contactId,
        catalogueId: z.string().optional(),
        label: z.string().optional(),
        role: z.string().optional(),
        private: z.boolean().optional(),
        interests: z.array(z.string()).default([]),
      }),
    )
    .default([]),
  contacts: z
    .array(
      z.strictObject({
        id: contactId,
        label: z.string().min(1),
        kind: z.enum(['person', 'organisation']).default('person'),
        /** false: known only through someone else (a contact of a contact). */
        direct: z.boolean().default(true),
        contexts: z.array(z.string()).default([]),
        relation: z.string().optional(),
        closeness: z.number().int().min(1).max(5).optional(),
        frequency: z.string().optional(),
        sector: z.string().optional(),
        business: z.enum(['ja', 'nee', 'onbekend']).optional(),
        gender: z.string().optional(),
        ageBand: z.string().optional(),
        place: z.string().optional(),
      }),
    )
    .default([]),
  ties: z
    .array(
      z.strictObject({ a: contactId, b: contactId, strength: z.number().int().min(1).max(5).optional() }),
    )
    .default([]),
  /** Groups in which everyone knows everyone: every pair becomes a tie. */
  cliques: z.array(z.array(contactId).min(2)).default([]),
  memberships: z
    .array(z.strictObject({ person: contactId, organisation: contactId, role: z.string().optional() }))
    .default([]),
});

export const caseSchema = z.strictObject({
  id,
  title: z.string().min(1),
  /** The expert's reasoning, from the domain brief: why these levels and no others. */
  why: z.string().min(40, 'schrijf op waarom (minstens een paar zinnen) / say why'),
  /** A base answer set in the same folder (`_<name>.yaml`), overlaid by `answers`. */
  extends: id.optional(),
  answers: z.record(z.string(), z.unknown()).default({}),
  /** Answers of the base this candidate did not give. */
  remove: z.array(z.string()).default([]),
  network: caseNetwork.optional(),
  expect: z.strictObject({
    /** Level per theme; a theme not named is expected at geen-aandachtspunt. */
    themes: z.record(id, level).default({}),
    /** Indicators above geen-aandachtspunt; any other indicator is expected at geen-aandachtspunt. */
    indicators: z.record(id, level).default({}),
    /**
     * Conversation points: indicators whose rule fired at geen-aandachtspunt — an unknown or empty
     * answer the expert asks about, without a higher level. Exactly these.
     */
    open: z.array(id).default([]),
    /** Measures that must be suggested. */
    measures: z.array(id).default([]),
    /** Measures that must not be suggested. */
    withoutMeasures: z.array(id).default([]),
    /** Per indicator, words its evidence (in Dutch, as the candidate reads it) must contain. */
    evidence: z.record(id, z.array(z.string().min(1))).default({}),
    /** Themes with a blind spot (own rating below the computed level); exactly these when given. */
    blindSpots: z.array(id).optional(),
  }),
});
export type CaseDefinition = z.infer<typeof caseSchema>;

const baseSchema = z.strictObject({
  title: z.string().min(1),
  why: z.string().optional(),
  answers: z.record(z.string(), z.unknown()),
});
export type CaseBase = z.infer<typeof baseSchema>;

export type CaseLoad<T> = { ok: true; value: T; issues: [] } | { ok: false; issues: LoadIssue[] };

function parseWith<T>(schema: z.ZodType<T>, text: string): CaseLoad<T> {
  const yaml = parseYamlWithLines(text);
  if (!yaml.ok) return yaml;
  const parsed = schema.safeParse(yaml.value);
  if (parsed.success) return { ok: true, value: parsed.data, issues: [] };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      // An unknown key points at itself, not at the map it sits in.
      ...yaml.locate([
        ...(issue.path as Array<string | number>),
        ...(issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : []),
      ]),
      message:
        issue.code === 'unrecognized_keys'
          ? `onbekend veld: ${issue.keys.join(', ')} / unknown key`
          : issue.message,
    })),
  };
}

/** A case file: YAML → a checked case, or issues with the author's line numbers. */
export function loadCase(text: string): CaseLoad<CaseDefinition> {
  return parseWith(caseSchema, text);
}

/** A base answer set (`_basis.yaml`). */
export function loadCaseBase(text: string): CaseLoad<CaseBase> {
  return parseWith(baseSchema, text);
}

export interface ThemeRow {
  theme: string;
  expected: Level;
  proposed: Level;
}

export interface CaseOutcome {
  id: string;
  title: string;
  themes: ThemeRow[];
  /** Everything that differs from the expectation, one line each (Dutch, for the author). */
  problems: string[];
  ok: boolean;
}

/** The answers and network of a case, ready for `evaluate`; problems when they do not fit the instrument. */
export function caseInput(
  instrument: Instrument,
  definition: CaseDefinition,
  bases: Readonly<Record<string, CaseBase>>,
): { answers: Answers; network: Network | null; problems: string[] } {
  const problems: string[] = [];
  const answers: Answers = {};
  if (definition.extends) {
    const base = bases[definition.extends];
    if (!base) problems.push(`basis '${definition.extends}' bestaat niet (_${definition.extends}.yaml)`);
    else Object.assign(answers, base.answers);
  }
  for (const key of definition.remove) delete answers[key];
  Object.assign(answers, definition.answers as Record<string, Answer>);
  let network: Network | null = null;
  if (definition.network) {
    const n = definition.network;
    const ties = [...n.ties];
    for (const clique of n.cliques)
      for (let i = 0; i < clique.length; i++)
        for (let j = i + 1; j < clique.length; j++) ties.push({ a: clique[i]!, b: clique[j]! });
    const candidate = {
      version: 1,
      ego: n.ego,
      contexts: n.contexts,
      contacts: n.contacts.map((c) => (c.direct ? c : { ...c, contexts: [] })),
      ties,
      memberships: n.memberships,
    };
    if (!instrument.network) problems.push('dit instrument heeft geen netwerkkaart, de case wel');
    else {
      const checked = validateNetwork(candidate, instrument.network);
      if (checked.ok) network = checked.network;
      else
        for (const issue of checked.issues)
          problems.push(`netwerk ${formatPath(issue.path)}: ${issue.message.nl}`);
    }
  }
  return { answers, network, problems };
}

/** Evaluates one case with one version and compares with what the expert expects. */
export function runCase(
  instrument: Instrument,
  definition: CaseDefinition,
  bases: Readonly<Record<string, CaseBase>>,
): CaseOutcome & { evaluation: Evaluation; names: NetworkNames | null; answers: Answers } {
  const input = caseInput(instrument, definition, bases);
  const problems = [...input.problems];
  const measures =
    input.network && instrument.network ? analyseNetwork(input.network, instrument.network) : null;
  const evaluation = evaluate(instrument, {
    answers: input.answers,
    ...(measures ? { network: measures.measures } : {}),
  });
  const names =
    input.network && instrument.network ? networkNamesOf(input.network, instrument.network) : null;
  const expect = definition.expect;

  // Every name the case uses must exist in this version: a typo must not pass as "geen".
  const themeIds = new Set(instrument.themes.map((t) => t.id));
  const indicatorIds = new Set(instrument.indicators.map((i) => i.id));
  const measureIds = new Set(instrument.measures.map((m) => m.id));
  for (const t of [...Object.keys(expect.themes), ...(expect.blindSpots ?? [])])
    if (!themeIds.has(t)) problems.push(`thema '${t}' bestaat niet in ${instrument.version}`);
  for (const i of [...Object.keys(expect.indicators), ...expect.open, ...Object.keys(expect.evidence)])
    if (!indicatorIds.has(i)) problems.push(`indicator '${i}' bestaat niet in ${instrument.version}`);
  for (const m of [...expect.measures, ...expect.withoutMeasures])
    if (!measureIds.has(m)) problems.push(`maatregel '${m}' bestaat niet in ${instrument.version}`);
  for (const e of evaluation.errors)
    if (e.code !== 'required') problems.push(`antwoord ${e.item}: ${e.message.nl} (${e.code})`);

  const themes: ThemeRow[] = evaluation.themes.map((t) => ({
    theme: t.id,
    expected: expect.themes[t.id] ?? 'geen-aandachtspunt',
    proposed: t.level,
  }));
  for (const row of themes)
    if (row.expected !== row.proposed)
      problems.push(`thema ${row.theme}: verwacht ${row.expected}, voorgesteld ${row.proposed}`);

  for (const result of evaluation.indicators) {
    const wanted = expect.indicators[result.id] ?? 'geen-aandachtspunt';
    if (wanted !== result.level)
      problems.push(`indicator ${result.id}: verwacht ${wanted}, voorgesteld ${result.level}`);
    const open = result.level === 'geen-aandachtspunt' && result.rule !== null;
    if (open && !expect.open.includes(result.id))
      problems.push(`indicator ${result.id}: onverwacht gesprekspunt (regel ${result.rule})`);
    if (!open && expect.open.includes(result.id))
      problems.push(`indicator ${result.id}: verwacht gesprekspunt, maar ${result.level}`);
  }

  const suggested = new Set(evaluation.measures.map((m) => m.id));
  for (const m of expect.measures)
    if (!suggested.has(m)) problems.push(`maatregel ${m}: verwacht, niet voorgesteld`);
  for (const m of expect.withoutMeasures)
    if (suggested.has(m)) problems.push(`maatregel ${m}: voorgesteld, niet verwacht`);

  for (const [indicatorId, words] of Object.entries(expect.evidence)) {
    const result = evaluation.indicators.find((i) => i.id === indicatorId);
    const text = evidenceText(instrument, result?.evidence ?? [], input.answers, names ?? undefined)
      .map((line) => `${line.subject.nl}: ${line.detail.nl}`)
      .join('\n');
    for (const word of words)
      if (!text.includes(word))
        problems.push(
          `bewijs bij ${indicatorId} noemt '${word}' niet (staat er: ${text.replaceAll('\n', ' | ') || 'niets'})`,
        );
  }

  if (expect.blindSpots) {
    const blind = evaluation.awareness.filter((a) => a.blindSpot).map((a) => a.theme);
    const want = [...expect.blindSpots].sort();
    if (JSON.stringify([...blind].sort()) !== JSON.stringify(want))
      problems.push(`blinde vlekken: verwacht [${want.join(', ')}], berekend [${blind.join(', ')}]`);
  }

  return {
    id: definition.id,
    title: definition.title,
    themes,
    problems: [...new Set(problems)],
    ok: problems.length === 0,
    evaluation,
    names,
    answers: input.answers,
  };
}
