// Namespace `research`: the words of a research table's export (CSV and ODS): sheet names, the
// metadata sheet, and how a suppressed cell is marked and why. Dutch and English side by side.
import type { TextTree } from '../../core/texts/translate.ts';

export const researchTexts = {
  sheet: {
    table: { nl: 'Tabel', en: 'Table' },
    metadata: { nl: 'Toelichting', en: 'About' },
  },
  total: { nl: 'Totaal', en: 'Total' },
  mark: {
    primary: { nl: 'afgeschermd', en: 'suppressed' },
    complementary: { nl: 'afgeschermd (aanvullend)', en: 'suppressed (complementary)' },
  },
  meta: {
    title: { nl: 'Onderzoekstabel Weerbaar', en: 'Weerbaar research table' },
    release: { nl: 'Vrijgave', en: 'Release' },
    date: { nl: 'Datum', en: 'Date' },
    rows: { nl: 'Rijen', en: 'Rows' },
    columns: { nl: 'Kolommen', en: 'Columns' },
    filters: { nl: 'Filters', en: 'Filters' },
    'no-filters': { nl: 'geen', en: 'none' },
    population: { nl: 'Populatie', en: 'Population' },
    'population-own': {
      nl: 'Scans van de eigen organisatie waarvan de kandidaat toestemming gaf, ingediend of verder',
      en: 'Scans of the own organisation whose candidate consented, submitted or further',
    },
    'population-admitted_one': {
      nl: 'Scans van {{count}} organisatie die toegang gaf, met toestemming van de kandidaat, ingediend of verder',
      en: 'Scans of {{count}} organisation that admitted us, with the candidate’s consent, submitted or further',
    },
    'population-admitted_other': {
      nl: 'Scans van {{count}} organisaties die toegang gaven, met toestemming van de kandidaat, ingediend of verder',
      en: 'Scans of {{count}} organisations that admitted us, with the candidate’s consent, submitted or further',
    },
    threshold: { nl: 'Drempel', en: 'Threshold' },
    'threshold-text': {
      nl: 'Een cel met minder dan {{threshold}} scans wordt niet getoond',
      en: 'A cell of fewer than {{threshold}} scans is not shown',
    },
    instruments: { nl: 'Vragenlijstversies', en: 'Instrument versions' },
    'mark-primary': {
      nl: '"afgeschermd": te weinig scans in deze cel om te tonen',
      en: '"suppressed": too few scans in this cell to show',
    },
    'mark-complementary': {
      nl: '"afgeschermd (aanvullend)": verborgen zodat een afgeschermde cel niet uit de totalen is terug te rekenen',
      en: '"suppressed (complementary)": hidden so that a suppressed cell cannot be worked out from the totals',
    },
  },
} as const satisfies TextTree;
