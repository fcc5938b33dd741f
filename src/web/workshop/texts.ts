// Texts of the workshop of the datavolwassenheidsscan, Dutch and English side by side per key.
// Plain words: how far apart the answers are, never a score per person. The content itself (the five
// steps, the questions to start with) is YAML: workshops/datavolwassenheid.yaml.
import type { TextTree } from '../../core/texts/translate.ts';

export const workshopTexts = {
  open: { nl: 'Workshop en rapport', en: 'Workshop and report' },
  openLabel: { nl: 'Workshop en rapport van {{title}}', en: 'Workshop and report of {{title}}' },
  entryOpen: {
    nl: 'Na deze vragenlijst volgt een workshop: een groep bespreekt waar de antwoorden uiteenlopen en legt per thema conclusies en acties vast. Dat kan zodra de ronde gesloten is.',
    en: 'A workshop follows this questionnaire: a group discusses where the answers differ and records conclusions and actions per theme. That is possible once the round is closed.',
  },
  entryClosed: {
    nl: 'De ronde is gesloten. Bespreek in de workshop waar de antwoorden uiteenlopen, leg per thema conclusies en acties vast en download het rapport.',
    en: 'The round is closed. In the workshop, discuss where the answers differ, record conclusions and actions per theme and download the report.',
  },
  back: { nl: 'Terug naar de ronde', en: 'Back to the round' },
  respondents_one: {
    nl: '{{count}} persoon vulde de vragenlijst in.',
    en: '{{count}} person filled in the questionnaire.',
  },
  respondents_other: {
    nl: '{{count}} mensen vulden de vragenlijst in.',
    en: '{{count}} people filled in the questionnaire.',
  },
  stillOpen: {
    nl: 'Deze ronde is nog open. De workshop begint als de ronde gesloten is: pas dan liggen de antwoorden vast.',
    en: 'This round is still open. The workshop starts once the round is closed: only then are the answers final.',
  },
  tooFew: {
    nl: 'Er deden minder dan {{threshold}} mensen mee. Daarom tonen we geen verdeling van de antwoorden; u kunt wel vastleggen wat u besprak.',
    en: 'Fewer than {{threshold}} people took part. That is why we show no spread of the answers; you can still record what you discussed.',
  },
  onlyCounts: {
    nl: 'U ziet alleen hoeveel mensen elk antwoord gaven, voor de hele groep samen. Niemand kan zien wat één persoon antwoordde.',
    en: 'You only see how many people gave each answer, for the whole group together. Nobody can see what one person answered.',
  },
  levelsTitle: { nl: 'De vijf stappen', en: 'The five steps' },
  startTitle: { nl: 'Waar beginnen?', en: 'Where to start?' },
  startIntro: {
    nl: 'Bij deze uitspraken lopen de antwoorden het verst uiteen, of wisten veel mensen het niet. Daar valt het meest te bespreken.',
    en: 'For these statements the answers are furthest apart, or many people did not know. That is where there is most to discuss.',
  },
  noPoints: {
    nl: 'Bij geen enkele uitspraak lopen de antwoorden ver uiteen.',
    en: 'For no statement are the answers far apart.',
  },
  agreement: {
    close: { nl: 'dicht bij elkaar', en: 'close together' },
    apart: { nl: 'lopen uiteen', en: 'differ' },
    'far-apart': { nl: 'lopen ver uiteen', en: 'far apart' },
  },
  manyUnsure: { nl: 'veel mensen wisten het niet', en: 'many people did not know' },
  themeOrder: { nl: 'Bespreek in deze volgorde', en: 'Discuss in this order' },
  prompts: { nl: 'Vragen om het gesprek te openen', en: 'Questions to open the conversation' },
  spreadCaption: {
    nl: 'Hoeveel mensen elk antwoord gaven bij {{theme}}, van 1 (ad hoc) tot 5 (geborgd)',
    en: 'How many people gave each answer for {{theme}}, from 1 (ad hoc) to 5 (embedded)',
  },
  yesNoCaption: {
    nl: 'Hoeveel mensen ja, nee of weet ik niet antwoordden bij {{theme}}',
    en: 'How many people answered yes, no or don’t know for {{theme}}',
  },
  tableRegion: { nl: 'Tabel met de verdeling van de antwoorden', en: 'Table with the spread of the answers' },
  statement: { nl: 'Uitspraak', en: 'Statement' },
  question: { nl: 'Vraag', en: 'Question' },
  step: { nl: 'Stap {{value}}', en: 'Step {{value}}' },
  howFar: { nl: 'Antwoorden', en: 'Answers' },
  middle: { nl: 'Middelste helft', en: 'Middle half' },
  middleRange: { nl: '{{lower}} tot {{upper}}', en: '{{lower}} to {{upper}}' },
  yes: { nl: 'Ja', en: 'Yes' },
  no: { nl: 'Nee', en: 'No' },
  unsure: { nl: 'Weet ik niet', en: 'Don’t know' },
  themeAll: {
    nl: 'Alle uitspraken van dit thema samen: de middelste helft van de antwoorden ligt bij stap {{range}}.',
    en: 'All statements of this theme together: the middle half of the answers lies at step {{range}}.',
  },
  conclusionTitle: { nl: 'Wat we vastleggen', en: 'What we record' },
  discussed: { nl: 'Wat hebben we besproken?', en: 'What did we discuss?' },
  discussedHint: {
    nl: 'In een paar zinnen: wat opviel, waar we het over eens werden en waarover niet.',
    en: 'In a few sentences: what stood out, what we agreed on and what not.',
  },
  maturity: { nl: 'Welke stap herkennen we samen?', en: 'Which step do we recognise together?' },
  noMaturity: { nl: 'Nog geen stap afgesproken', en: 'No step agreed yet' },
  actions: { nl: 'Acties', en: 'Actions' },
  actionsHint: {
    nl: 'Wat gaan we doen, wie pakt het op en wanneer? Schrijf een rol of team, geen persoonlijke gegevens.',
    en: 'What will we do, who takes it up and when? Write a role or team, no personal details.',
  },
  action: { nl: 'Actie {{n}}', en: 'Action {{n}}' },
  actionText: { nl: 'Wat gaan we doen?', en: 'What will we do?' },
  actionOwner: { nl: 'Wie pakt het op?', en: 'Who takes it up?' },
  actionDue: { nl: 'Wanneer klaar? (niet verplicht)', en: 'Done when? (optional)' },
  addAction: { nl: 'Actie toevoegen', en: 'Add an action' },
  removeAction: { nl: 'Actie {{n}} verwijderen', en: 'Remove action {{n}}' },
  errorActionText: { nl: 'Beschrijf de actie, of verwijder haar.', en: 'Describe the action, or remove it.' },
  save: { nl: 'Vastleggen voor {{theme}}', en: 'Record for {{theme}}' },
  saving: { nl: 'Bezig met vastleggen…', en: 'Recording…' },
  saved: { nl: 'Vastgelegd voor {{theme}}.', en: 'Recorded for {{theme}}.' },
  readOnly: {
    nl: 'U kunt de conclusies lezen; vastleggen doet de beheerder of opdrachtgever.',
    en: 'You can read the conclusions; the administrator or client records them.',
  },
  reportTitle: { nl: 'Rapport', en: 'Report' },
  reportIntro: {
    nl: 'Het rapport (PDF/A) bevat per thema de verdeling van de antwoorden, wat u besprak, de afgesproken stap en de acties.',
    en: 'The report (PDF/A) holds per theme the spread of the answers, what you discussed, the agreed step and the actions.',
  },
  download: { nl: 'Rapport downloaden (PDF)', en: 'Download the report (PDF)' },
} as const satisfies TextTree;
