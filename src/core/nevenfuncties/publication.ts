// A half year's publication of the nevenfuncties register, pure: from the register as it stands
// to exactly the fields the content file lists (and never another), and the same as CSV rows.
// The server stores what this returns as the publication and serves it unchanged.
import type { Office } from '../vocabulary.ts';
import { heldDuring, type PeriodBounds } from './period.ts';
import type { PublishableField } from './schema.ts';

/** One nevenfunctie as the register holds it now, with its official (internal fields left out). */
export interface RegisterRow {
  userId: string;
  name: string;
  office: Office;
  function: string;
  organisation: string;
  paid: boolean;
  startsOn: string | null;
  endsOn: string | null;
}

/** An official who keeps a register, also without nevenfuncties ("geen" is news too). */
export interface RegisterHolder {
  userId: string;
  name: string;
  office: Office;
}

export interface PublishedNevenfunctie {
  function: string;
  organisation: string;
  paid?: boolean;
  startsOn?: string | null;
  endsOn?: string | null;
}

export interface PublishedOfficial {
  name: string;
  office: Office;
  nevenfuncties: PublishedNevenfunctie[];
}

export interface PublicationContent {
  period: string;
  fields: PublishableField[];
  officials: PublishedOfficial[];
}

const byText = (a: string, b: string) => a.localeCompare(b, 'nl');

/**
 * The nevenfuncties held at any time during the half year, per official, with only `fields`.
 * Officials in name order, their nevenfuncties by organisation then function.
 */
export function buildPublication(
  bounds: PeriodBounds,
  fields: readonly PublishableField[],
  holders: readonly RegisterHolder[],
  rows: readonly RegisterRow[],
): PublicationContent {
  const has = new Set(fields);
  const officials = [...holders]
    .sort((a, b) => byText(a.name, b.name) || byText(a.userId, b.userId))
    .map((holder) => ({
      name: holder.name,
      office: holder.office,
      nevenfuncties: rows
        .filter((row) => row.userId === holder.userId && heldDuring(bounds, row.startsOn, row.endsOn))
        .sort((a, b) => byText(a.organisation, b.organisation) || byText(a.function, b.function))
        .map((row) => {
          const published: PublishedNevenfunctie = { function: row.function, organisation: row.organisation };
          if (has.has('paid')) published.paid = row.paid;
          if (has.has('startsOn')) published.startsOn = row.startsOn;
          if (has.has('endsOn')) published.endsOn = row.endsOn;
          return published;
        }),
    }));
  return { period: bounds.period, fields: [...fields], officials };
}

/** The CSV's rows: a header of field ids after `period`, then one row per nevenfunctie. */
export function publicationRows(content: PublicationContent): Array<Array<string | null>> {
  const header = ['period', ...content.fields];
  const rows = content.officials.flatMap((official) =>
    official.nevenfuncties.map((n) =>
      header.map((field): string | null => {
        switch (field as PublishableField | 'period') {
          case 'period':
            return content.period;
          case 'name':
            return official.name;
          case 'office':
            return official.office;
          case 'function':
            return n.function;
          case 'organisation':
            return n.organisation;
          case 'paid':
            return n.paid === undefined ? null : n.paid ? 'ja' : 'nee';
          case 'startsOn':
            return n.startsOn ?? null;
          case 'endsOn':
            return n.endsOn ?? null;
        }
      }),
    ),
  );
  return [header, ...rows];
}
