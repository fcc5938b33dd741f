// The datavolwassenheidsscan's report as a PDF: the same PDF/A-2b checks as the scan report
// (test/support/pdf-checks.ts), the mark and page number on every page, the spread per theme as a
// figure with every count in its alternative text, the workshop's conclusions and actions, and
// characters the fonts lack replaced (PDF/A forbids the missing-glyph box).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { conclusionsInOrder, loadWorkshop, workshopSpread } from '../../src/core/workshop/index.ts';
import {
  type ReportQuestionnaire,
  renderWorkshopReportPdf,
} from '../../src/server/pdf/render-workshop-report.ts';
import { expectEveryPage, expectPdfA, inflated, poppler } from '../support/pdf-checks.ts';

const root = path.resolve(import.meta.dirname, '../..');
const questionnaire = parse(
  fs.readFileSync(path.join(root, 'surveys/datavolwassenheid/1.0.0.yaml'), 'utf8'),
) as ReportQuestionnaire;
const loaded = loadWorkshop(fs.readFileSync(path.join(root, 'workshops/datavolwassenheid.yaml'), 'utf8'));
if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
const workshop = loaded.value;

/** Twelve respondents: the first statement split in two camps, the rest close together. */
function results() {
  const questions = questionnaire.themes.flatMap((theme) =>
    theme.questions.map((q, i) => {
      const options =
        q.kind === 'yes-no'
          ? [
              { optionId: 'ja', count: 3 },
              { optionId: 'nee', count: 4 },
              { optionId: 'weet-niet', count: 5 },
            ]
          : ['1', '2', '3', '4', '5'].map((optionId, k) => ({
              optionId,
              count: i === 0 ? [6, 0, 0, 0, 6][k]! : [0, 2, 8, 2, 0][k]!,
            }));
      return { questionId: q.id, groups: [{ groupKey: 'all', options }] };
    }),
  );
  return { respondents: 12, threshold: 10, shown: true, questions };
}

describe('the datavolwassenheid report as a PDF', () => {
  const themeIds = questionnaire.themes.map((t) => t.id);
  const conclusions = conclusionsInOrder(themeIds, [
    {
      themeId: 'ondermijning',
      discussed: 'Signalen blijven hangen bij vergunningen 👀 — “melden” kost € tijd',
      maturity: 2,
      actions: [
        { text: 'Een vaste meldroute beschrijven', owner: 'Team openbare orde', due: '2027-03-01' },
        { text: 'Training voor baliemedewerkers', owner: '', due: null },
      ],
    },
  ]);

  it('is PDF/A-2b and tagged, with the mark and page number on every page', { timeout: 60_000 }, async () => {
    const spread = workshopSpread(questionnaire, results());
    const pdf = await renderWorkshopReportPdf({
      questionnaire,
      workshop,
      spread,
      conclusions,
      cover: {
        organisation: 'Gemeente Voorbeeld',
        round: 'Voorjaar 2027',
        date: new Date('2027-02-01T10:00:00Z'),
      },
    });
    const { figures } = expectPdfA(pdf);
    // One figure per theme: the spread of its scale statements.
    expect(figures).toBe(3);
    const text = expectEveryPage(pdf, 'Vertrouwelijk — voor de organisatie; alleen opgetelde antwoorden');
    for (const words of [
      'Rapport datavolwassenheidsscan ondermijning',
      'Gemeente Voorbeeld',
      'Voorjaar 2027',
      'Aantal deelnemers: 12',
      'geen cijfer per persoon',
      'Ad hoc',
      'Geborgd',
      'Waar de antwoorden het verst uiteenliepen',
      'de antwoorden lopen ver uiteen',
      'minstens een derde wist het antwoord niet',
      'Afgesproken stap: 2 — Herhaalbaar',
      'Een vaste meldroute beschrijven',
      'Wie: Team openbare orde.',
      'Wanneer: 1 maart 2027.',
      'Training voor baliemedewerkers',
      'Voor dit thema is (nog) niets vastgelegd.',
      'ja 3, nee 4, weet ik niet 5',
      'de middelste helft antwoordde 1 tot 5',
      'de middelste helft antwoordde 3.',
    ])
      expect(text, words).toContain(words);
    expect(text).toContain('Signalen blijven hangen bij vergunningen ? — “melden” kost € tijd');
    expect(text).not.toContain('👀');
    // The figure says every count in words.
    const raw = inflated(pdf);
    expect(raw).toContain('stap 1 6, stap 2 0, stap 3 0, stap 4 0, stap 5 6');
  });

  it('below the threshold: no spread, only that too few took part', { timeout: 60_000 }, async () => {
    const spread = workshopSpread(questionnaire, { ...results(), respondents: 4, shown: false });
    const pdf = await renderWorkshopReportPdf(
      {
        questionnaire,
        workshop,
        spread,
        conclusions: conclusionsInOrder(themeIds, []),
        cover: { organisation: 'Gemeente Voorbeeld', round: 'Test', date: new Date() },
      },
      { language: 'en' },
    );
    const text = poppler('pdftotext', pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Fewer than 10 people took part');
    expect(text).toContain('Confidential — for the organisation');
    expect(text).not.toContain('middle half answered');
  });
});
