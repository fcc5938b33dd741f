// Namespace `pdf`: the fixed words of the PDF report, Dutch and English side by side per key,
// placeholders `{{name}}` (see src/core/texts/translate.ts; checked by test/texts.test.ts). The
// words the page and the PDF share (the scale, "geen stoplicht") are namespace `report`,
// src/core/report/texts.ts.
import type { Text } from '../../core/instrument/schema.ts';
import type { ReportReader } from '../../core/report/report-model.ts';
import type { TextTree } from '../../core/texts/translate.ts';

export const pdfTexts = {
  documentTitle: { nl: 'Rapport weerbaarheidsscan', en: 'Resilience scan report' },
  subject: {
    nl: 'Vertrouwelijk rapport: oordeel per onderwerp met uitleg en maatregelen',
    en: 'Confidential report: judgement per topic with rationale and measures',
  },
  ownCopy: { nl: 'Uw rapport', en: 'Your report' },
  procedure: { nl: 'Procedure', en: 'Procedure' },
  candidate: { nl: 'Kandidaat', en: 'Candidate' },
  date: { nl: 'Datum', en: 'Date' },
  finalised: { nl: 'Afgerond op', en: 'Finalised on' },
  instrument: { nl: 'Vragenlijst', en: 'Questionnaire' },
  version: { nl: 'versie', en: 'version' },
  hash: { nl: 'Vingerafdruk van de vragenlijst (SHA-256)', en: 'Fingerprint of the questionnaire (SHA-256)' },
  viewName: {
    kandidaat: { nl: 'Weergave: voor de kandidaat', en: 'View: for the candidate' },
    expert: { nl: 'Weergave: voor de beoordelend expert', en: 'View: for the assessing expert' },
    'opdrachtgever-samenvatting': {
      nl: 'Weergave: samenvatting voor de opdrachtgever',
      en: 'View: summary for the client',
    },
    'opdrachtgever-volledig': {
      nl: 'Weergave: volledig rapport voor de opdrachtgever',
      en: 'View: full report for the client',
    },
    commissie: {
      nl: 'Weergave: gespreksonderwerpen voor de kandidatencommissie',
      en: 'View: talking points for the candidates committee',
    },
  },
  scaleTitle: { nl: 'De vier stappen', en: 'The four steps' },
  scaleIntro: {
    nl: 'Elk onderwerp krijgt een van vier stappen. Er is geen totaalscore en geen oordeel "wel of niet geschikt".',
    en: 'Each topic gets one of four steps. There is no total score and no verdict of "suitable or not".',
  },
  chartTitle: { nl: 'Oordeel per onderwerp', en: 'Judgement per topic' },
  chartLegend: {
    nl: 'Gevuld teken: oordeel van de expert. Open ring: voorstel op grond van de antwoorden. Bij elke regel staat het ook in woorden.',
    en: 'Filled mark: the expert’s judgement. Open ring: the proposal from the answers. Each row also says it in words.',
  },
  chartJudgement: { nl: 'oordeel', en: 'judgement' },
  chartProposed: { nl: 'voorstel', en: 'proposal' },
  chartAltIntro: {
    nl: 'Grafiek van het oordeel per onderwerp op de vierstappenschaal, naast het voorstel op grond van de antwoorden.',
    en: 'Chart of the judgement per topic on the four-step scale, beside the proposal from the answers.',
  },
  judgement: { nl: 'Oordeel van de expert:', en: 'Judgement of the expert:' },
  proposedOnly: { nl: 'Uitkomst van de antwoorden:', en: 'Outcome of the answers:' },
  differs: {
    nl: 'Anders dan het voorstel. Op grond van de antwoorden was het voorstel: {{proposed}}. De expert kwam na het lezen en het gesprek tot een ander oordeel.',
    en: 'Different from the proposal. Based on the answers the proposal was: {{proposed}}. After reading and the conversation the expert came to another judgement.',
  },
  same: {
    nl: 'Dit oordeel is gelijk aan het voorstel op grond van de antwoorden.',
    en: 'This judgement equals the proposal based on the answers.',
  },
  rationale: { nl: 'Uitleg van de expert:', en: 'Rationale of the expert:' },
  stoodOut: { nl: 'Wat opviel', en: 'What stood out' },
  nothingStoodOut: { nl: 'Bij dit onderwerp viel niets op.', en: 'Nothing stood out for this topic.' },
  quiet: { nl: 'Geen aandachtspunt bij:', en: 'No point of attention for:' },
  openPoints: {
    nl: 'Nog open, om te bespreken in het gesprek. Een antwoord als "weet ik niet" telt niet als risico:',
    en: 'Still open, to discuss in the conversation. An answer such as "don’t know" does not count as a risk:',
  },
  becauseYou: { nl: 'Op grond van uw antwoorden:', en: 'Based on your answers:' },
  because: { nl: 'Op grond van:', en: 'Based on:' },
  expertNote: { nl: 'Voor de expert:', en: 'For the expert:' },
  talkingPoints: { nl: 'Vragen voor het gesprek:', en: 'Questions for the conversation:' },
  awareness: { nl: 'Eigen inschatting', en: 'Own rating' },
  perceived: { nl: 'Eigen inschatting:', en: 'Own rating:' },
  computed: { nl: 'Uitkomst van de antwoorden:', en: 'Outcome of the answers:' },
  blindSpot: {
    nl: 'De uitkomst is hoger dan de eigen inschatting. Dat is niet erg; het is goed om hier samen naar te kijken.',
    en: 'The outcome is higher than the own rating. That is fine; it is good to look at this together.',
  },
  moreCareful: {
    nl: 'De eigen inschatting is voorzichtiger dan de uitkomst.',
    en: 'The own rating is more careful than the outcome.',
  },
  sameView: {
    nl: 'De eigen inschatting en de uitkomst komen overeen.',
    en: 'The own rating and the outcome agree.',
  },
  seeMeasures: {
    nl: 'Gekozen maatregelen bij dit onderwerp: {{list}} (zie "Gekozen maatregelen").',
    en: 'Chosen measures for this topic: {{list}} (see "Chosen measures").',
  },
  tips: { nl: 'Tips', en: 'Tips' },
  // Confirmed findings of the antecedentenonderzoek (the heading under a theme is the shared
  // `report` text finding.kind).
  findingsIntro: {
    nl: 'Dit is geen antwoord uit de vragenlijst maar iets wat de expert in een bron vond en heeft bevestigd. Het verandert het voorstel niet vanzelf; de expert weegt het in het oordeel en bespreekt het in het gesprek.',
    en: 'This is no answer from the questionnaire but something the expert found in a source and confirmed. It does not change the proposal by itself; the expert weighs it in the judgement and discusses it in the conversation.',
  },
  findingAbout: { nl: 'Over: {{subject}}.', en: 'About: {{subject}}.' },
  findingSource: { nl: 'Bron: {{source}}.', en: 'Source: {{source}}.' },
  findingReason: { nl: 'Toelichting van de expert: {{reason}}', en: 'The expert’s note: {{reason}}' },
  otherFindingsTitle: {
    nl: 'Andere bevindingen uit het antecedentenonderzoek',
    en: 'Other findings from the background check',
  },
  measuresTitle: { nl: 'Gekozen maatregelen', en: 'Chosen measures' },
  measuresIntro: {
    nl: 'De expert heeft deze maatregelen gekozen. Elke maatregel staat hier één keer, ook als hij bij meer onderwerpen hoort.',
    en: 'The expert chose these measures. Each is listed once, even when it belongs to several topics.',
  },
  noMeasures: { nl: 'De expert heeft geen maatregelen gekozen.', en: 'The expert chose no measures.' },
  measureFor: { nl: 'Hoort bij:', en: 'Belongs to:' },
  networkTitle: { nl: 'Uw netwerk in beeld', en: 'Your network in a picture' },
  networkTitleExpert: { nl: 'Het netwerk in beeld', en: 'The network in a picture' },
  // The same marks and words as the legend under the picture in the web app (networkPicture.legend).
  networkLegend: {
    nl: 'In het midden staat de kandidaat. Een grote cirkel met een naam is een netwerk, zoals familie of een club. Een rondje is een persoon, een vierkant een organisatie, een ruit een contact in een gevoelige sector. "€": doet zaken met de organisatie. Een dubbele rand: zit in meer dan één netwerk. Een rand van streepjes: alleen bekend via een ander contact. Een lijn: deze twee kennen elkaar (dikker: beter). Een lijn van puntjes: deze persoon hoort bij die organisatie.',
    en: 'The candidate is in the middle. A large circle with a name is a network, such as family or a club. A circle is a person, a square an organisation, a diamond a contact in a sensitive sector. "€": does business with the organisation. A double outline: in more than one network. A dashed outline: known only through another contact. A line: these two know each other (thicker: better). A dotted line: this person belongs to that organisation.',
  },
  emptyView: {
    nl: 'Er staat in deze weergave van het rapport niets voor u.',
    en: 'This view of the report holds nothing for you.',
  },
  page: { nl: 'pagina {{n}} van {{total}}', en: 'page {{n}} of {{total}}' },
  confidential: {
    kandidaat: {
      nl: 'Vertrouwelijk — alleen voor de kandidaat',
      en: 'Confidential — for the candidate only',
    },
    expert: {
      nl: 'Vertrouwelijk — alleen voor de beoordelend expert',
      en: 'Confidential — for the assessing expert only',
    },
    opdrachtgever: {
      nl: 'Vertrouwelijk — alleen voor de opdrachtgever van deze procedure',
      en: 'Confidential — for the client of this procedure only',
    },
    commissie: {
      nl: 'Vertrouwelijk — alleen voor de kandidatencommissie van deze procedure',
      en: 'Confidential — for the candidates committee of this procedure only',
    },
  } satisfies Record<ReportReader, Text>,
} as const satisfies TextTree;
