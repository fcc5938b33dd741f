// Texts of one area of the web app, Dutch and English side by side per key, placeholders `{{name}}`,
// plurals `_one` / `_other`. They live with the feature's pages; i18n/nl.ts and en.ts take each
// language in (`inLanguage`). Checked by test/texts.test.ts.
import type { TextTree } from '../../core/texts/translate.ts';

export const reportDocumentsTexts = {
  title: { nl: 'Rapport als bestand', en: 'Report as a file' },
  download: {
    intro: {
      nl: 'Download dit rapport als PDF-bestand, bijvoorbeeld om te bewaren of te printen. Het bestand bevat precies wat u op deze pagina ziet.',
      en: 'Download this report as a PDF file, for instance to keep or print it. The file holds exactly what you see on this page.',
    },
    button: { nl: 'Download als PDF', en: 'Download as PDF' },
    busy: { nl: 'Het bestand wordt gemaakt…', en: 'Making the file…' },
    done: { nl: 'Het bestand {{file}} is gedownload.', en: 'The file {{file}} has been downloaded.' },
    refused: {
      nl: 'U kunt dit rapport niet (meer) downloaden. De kandidaat heeft het niet (meer) met u gedeeld.',
      en: 'You cannot download this report (any more). The candidate has not shared it with you (or stopped).',
    },
    notReady: {
      nl: 'Het rapport is nog niet klaar. Probeer het later opnieuw.',
      en: 'The report is not ready yet. Please try again later.',
    },
    failed: {
      nl: 'Het bestand kon niet worden gemaakt. {{reason}}',
      en: 'The file could not be made. {{reason}}',
    },
    logged: {
      nl: 'Het downloaden wordt, net als het lezen, vastgelegd. De kandidaat ziet dat.',
      en: 'Downloading is recorded, just like reading. The candidate sees it.',
    },
    print: {
      nl: 'U kunt deze pagina ook printen; de knoppen en het menu worden dan weggelaten.',
      en: 'You can also print this page; buttons and the menu are left out.',
    },
  },
  view: {
    talkingPoints: { nl: 'Vragen voor het gesprek', en: 'Questions for the conversation' },
    measuresTitle: { nl: 'Gekozen maatregelen', en: 'Chosen measures' },
    measuresIntro: {
      nl: 'De expert heeft deze maatregelen gekozen. Elke maatregel staat hier één keer, ook als hij bij meer onderwerpen hoort.',
      en: 'The expert chose these measures. Each measure is listed once, even when it belongs to several topics.',
    },
    noMeasures: { nl: 'De expert heeft geen maatregelen gekozen.', en: 'The expert chose no measures.' },
    measureFor: { nl: 'Hoort bij:', en: 'Belongs to:' },
    seeMeasures_one: {
      nl: 'Bij dit onderwerp hoort {{count}} gekozen maatregel; zie "Gekozen maatregelen".',
      en: '{{count}} chosen measure belongs to this topic; see "Chosen measures".',
    },
    seeMeasures_other: {
      nl: 'Bij dit onderwerp horen {{count}} gekozen maatregelen; zie "Gekozen maatregelen".',
      en: '{{count}} chosen measures belong to this topic; see "Chosen measures".',
    },
    scaleTitle: { nl: 'De vier stappen', en: 'The four steps' },
    scaleIntro: {
      nl: 'Elk onderwerp krijgt een van vier stappen. Er is geen totaalscore en geen oordeel "wel of niet geschikt".',
      en: 'Each topic gets one of four steps. There is no total score and no verdict of "suitable or not".',
    },
    proposedOnly: { nl: 'Uitkomst van de antwoorden:', en: 'Outcome of the answers:' },
    // Confirmed findings of the antecedentenonderzoek (heading under a theme: `report` finding.kind).
    findingsIntro: {
      nl: 'Geen antwoord uit de vragenlijst, maar iets wat de expert in een bron vond en bevestigde. Het verandert de uitkomst niet vanzelf; de expert weegt het in het oordeel en in het gesprek.',
      en: 'No answer from the questionnaire, but something the expert found in a source and confirmed. It does not change the outcome by itself; the expert weighs it in the judgement and in the conversation.',
    },
    findingAbout: { nl: 'Over: {{subject}}', en: 'About: {{subject}}' },
    findingSource: { nl: 'Bron: {{source}}', en: 'Source: {{source}}' },
    findingReason: { nl: 'Toelichting van de expert: {{reason}}', en: 'The expert’s note: {{reason}}' },
    otherFindingsTitle: {
      nl: 'Andere bevindingen uit het antecedentenonderzoek',
      en: 'Other findings from the background check',
    },
  },
} as const satisfies TextTree;
