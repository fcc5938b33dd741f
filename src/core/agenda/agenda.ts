// The integriteitsagenda: the candidate's own action plan, made from the measures the expert
// chose. Per action: what (prefilled from the measure, editable), by when, with whom (a role, not
// a private person), and whether it is done, with a short note. Pure: the browser builds the first
// draft with it and the server checks what it stores with the same limits.

import type { Instrument, Text } from '../instrument/schema.ts';
import { sentence } from '../texts/namespaces.ts';

export const agendaStatuses = ['te-doen', 'gedaan'] as const;
export type AgendaStatus = (typeof agendaStatuses)[number];

export interface AgendaAction {
  /** Stable within the agenda (the browser makes it). */
  id: string;
  /** The chosen measure it comes from; null for an action the candidate added. */
  measureId: string | null;
  what: string;
  /** A calendar day, YYYY-MM-DD, or null while not decided. */
  due: string | null;
  /** A role ("griffier", "vertrouwenspersoon"), never a private person's name. */
  withWhom: string;
  status: AgendaStatus;
  note: string;
}

export interface Agenda {
  actions: AgendaAction[];
}

export const agendaLimits = {
  actions: 40,
  what: 500,
  withWhom: 120,
  note: 500,
} as const;

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar day written as YYYY-MM-DD. */
export function isCalendarDay(value: string): boolean {
  if (!dayPattern.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export interface AgendaIssue {
  /** Index of the action, and the field. */
  action: number;
  field: 'what' | 'due' | 'withWhom' | 'note' | 'measureId' | 'id';
  message: Text;
}

/** Checks an agenda against the limits and the instrument's measures. */
export function checkAgenda(agenda: Agenda, instrument: Pick<Instrument, 'measures'>): AgendaIssue[] {
  const issues: AgendaIssue[] = [];
  const ids = new Set<string>();
  agenda.actions.forEach((action, i) => {
    if (ids.has(action.id)) issues.push({ action: i, field: 'id', message: sentence('agenda', 'duplicate') });
    ids.add(action.id);
    if (!action.what.trim())
      issues.push({
        action: i,
        field: 'what',
        message: sentence('agenda', 'what'),
      });
    if (action.due !== null && !isCalendarDay(action.due))
      issues.push({
        action: i,
        field: 'due',
        message: sentence('agenda', 'due'),
      });
    if (action.measureId !== null && !instrument.measures.some((m) => m.id === action.measureId))
      issues.push({
        action: i,
        field: 'measureId',
        message: sentence('agenda', 'measure'),
      });
  });
  return issues;
}

/** The first draft: one action per chosen measure, its title as the "what". */
export function draftFromMeasures(
  instrument: Pick<Instrument, 'measures'>,
  measureIds: readonly string[],
  language: 'nl' | 'en',
  makeId: (measureId: string) => string,
): AgendaAction[] {
  return measureIds.flatMap((measureId) => {
    const measure = instrument.measures.find((m) => m.id === measureId);
    if (!measure) return [];
    const what = language === 'en' ? (measure.title.en ?? measure.title.nl) : measure.title.nl;
    return [
      {
        id: makeId(measureId),
        measureId,
        what,
        due: null,
        withWhom: '',
        status: 'te-doen' as const,
        note: '',
      },
    ];
  });
}

/** How many actions are done, of how many. */
export function agendaProgress(agenda: Agenda): { done: number; total: number } {
  return {
    done: agenda.actions.filter((a) => a.status === 'gedaan').length,
    total: agenda.actions.length,
  };
}
