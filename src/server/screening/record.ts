// The antecedentenonderzoek of one scan as it is sealed (scan field `screening`, under the scan
// key): who was checked, which sources (list id and version, register), every hit with its score and
// features and the expert's decision, and the manual sources. Built by run-screening-check.ts,
// changed by decide-screening-hit.ts and record-manual-source.ts, shredded with the scan.
import type { Selectable } from 'kysely';
import type { GroupEntry } from '../../core/instrument/answers.ts';
import type { Instrument } from '../../core/instrument/schema.ts';
import type { EntityKind, MatchFeature } from '../../core/screening/index.ts';
import type { AppDeps } from '../context.ts';
import type { ScansTable } from '../db/schema.ts';
import { openField } from '../scans/content.ts';
import type { RegisterId } from './adapters/adapter.ts';

/** Hits below this score are not kept (core/screening scores from 0 to 1). */
export const screeningMinScore = 0.5;

export interface ScreeningSubject {
  id: string;
  kind: EntityKind;
  name: string;
  /** The candidate themselves, or an organisation they named in an answer (group item id). */
  origin: 'candidate' | 'answer';
  item?: string;
  /** The theme of the section the organisation was named in; null for the candidate. */
  theme: string | null;
}

export type SourceRef =
  | { kind: 'list'; listId: string; name: string; version: number; licence: string | null }
  | { kind: 'register'; register: RegisterId };

export type SourceUsed = SourceRef & { outcome: 'checked' | 'unavailable' };

export interface HitDecision {
  outcome: 'confirmed' | 'dismissed';
  reason: string;
  theme: string | null;
  at: string;
}

export interface StoredHit {
  id: string;
  subjectId: string;
  source: SourceRef;
  entity: { id: string; name: string; schema: string; detail: string };
  score: number;
  features: MatchFeature[];
  decision: HitDecision | null;
}

export interface ManualSource {
  id: string;
  /** Where: a news archive, a social medium, a website. */
  where: string;
  /** What was searched for. */
  searched: string;
  /** The day of the search (yyyy-mm-dd). */
  searchedOn: string;
  /** What was found (may be "nothing relevant"). */
  found: string;
  /** Whether what was found is a finding for the report. */
  finding: boolean;
  theme: string | null;
  recordedAt: string;
}

export interface ScreeningRecord {
  ranAt: string;
  declaration: { id: string; version: string; signedAt: string };
  subjects: ScreeningSubject[];
  sources: SourceUsed[];
  hits: StoredHit[];
  manual: ManualSource[];
}

export function openScreening(deps: AppDeps, scan: Selectable<ScansTable>): Promise<ScreeningRecord | null> {
  return openField<ScreeningRecord | null>(deps, scan, 'screening', null);
}

/** The declaration state of a scan: what the candidate's page and the expert's rules go by. */
export type DeclarationState = 'unsigned' | 'signed' | 'revoked';

export function declarationState(scan: Selectable<ScansTable>): DeclarationState {
  if (!scan.declaration_signed_at) return 'unsigned';
  return scan.declaration_revoked_at ? 'revoked' : 'signed';
}

const answerFieldsNamingOrganisations = ['organisatie'];

/**
 * Who is checked: the candidate, and every organisation the candidate named in a group answer
 * (own companies, earlier positions, nevenfuncties, boards: a group field `organisatie`). Never the
 * network map: its contacts are pseudonymous on purpose and are not opened here.
 */
export function subjectsOf(
  candidateName: string,
  instrument: Instrument,
  answers: Record<string, unknown>,
): ScreeningSubject[] {
  const subjects: ScreeningSubject[] = [
    { id: 'candidate', kind: 'person', name: candidateName, origin: 'candidate', theme: null },
  ];
  const seen = new Set<string>();
  for (const part of instrument.parts) {
    for (const section of part.sections) {
      for (const item of section.items) {
        if (item.kind !== 'group') continue;
        const field = item.fields.find((f) => answerFieldsNamingOrganisations.includes(f.id));
        const entries = answers[item.id];
        if (!field || !Array.isArray(entries)) continue;
        (entries as GroupEntry[]).forEach((entry, index) => {
          const value = entry?.[field.id];
          if (typeof value !== 'string' || value.trim() === '') return;
          const name = value.trim();
          const key = name.toLocaleLowerCase('nl');
          if (seen.has(key)) return;
          seen.add(key);
          subjects.push({
            id: `${item.id}.${index}`,
            kind: 'organisation',
            name,
            origin: 'answer',
            item: item.id,
            theme: section.theme ?? null,
          });
        });
      }
    }
  }
  return subjects;
}

/** A confirmed finding as the candidate and the report see it: what, about whom, from where. */
export interface ScreeningFinding {
  subject: string;
  theme: string | null;
  source:
    | { kind: 'list'; name: string; version: number }
    | { kind: 'register'; register: RegisterId }
    | {
        kind: 'manual';
        where: string;
        searchedOn: string;
      };
  what: string;
  reason: string;
}

export function findingsOf(record: ScreeningRecord): ScreeningFinding[] {
  const subjects = new Map(record.subjects.map((s) => [s.id, s]));
  const fromHits = record.hits.flatMap((hit): ScreeningFinding[] => {
    if (hit.decision?.outcome !== 'confirmed') return [];
    const subject = subjects.get(hit.subjectId);
    return [
      {
        subject: subject?.name ?? '',
        theme: hit.decision.theme ?? subject?.theme ?? null,
        source:
          hit.source.kind === 'list'
            ? { kind: 'list', name: hit.source.name, version: hit.source.version }
            : { kind: 'register', register: hit.source.register },
        what: [hit.entity.name, hit.entity.detail].filter(Boolean).join(' — '),
        reason: hit.decision.reason,
      },
    ];
  });
  const fromManual = record.manual.flatMap((m): ScreeningFinding[] =>
    m.finding
      ? [
          {
            subject: m.searched,
            theme: m.theme,
            source: { kind: 'manual', where: m.where, searchedOn: m.searchedOn },
            what: m.found,
            reason: '',
          },
        ]
      : [],
  );
  return [...fromHits, ...fromManual];
}

/** What the candidate sees was checked: the sources with their version or day, never the hits. */
export function checkedSourcesOf(record: ScreeningRecord) {
  return [
    ...record.sources.map((s) =>
      s.kind === 'list'
        ? { kind: 'list' as const, name: s.name, version: s.version, outcome: s.outcome, on: record.ranAt }
        : { kind: 'register' as const, register: s.register, outcome: s.outcome, on: record.ranAt },
    ),
    ...record.manual.map((m) => ({ kind: 'manual' as const, where: m.where, on: m.searchedOn })),
  ];
}
