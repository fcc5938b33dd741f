// Texts of one area of the web app, Dutch and English side by side per key, placeholders `{{name}}`,
// plurals `_one` / `_other`. They live with the feature's pages; i18n/nl.ts and en.ts take each
// language in (`inLanguage`). Checked by test/texts.test.ts.
import type { TextTree } from '../../core/texts/translate.ts';

export const conversationTexts = {
  guide: {
    title: { nl: 'Leidraad selectiegesprek', en: 'Interview guide' },
    titleNamed: {
      nl: 'Leidraad selectiegesprek met {{name}}',
      en: 'Interview guide for the conversation with {{name}}',
    },
    link: { nl: 'Leidraad voor het gesprek', en: 'Guide for the conversation' },
    linkText: {
      nl: 'Vragen voor het gesprek met de kandidaat, per thema dat aandacht vraagt. U kunt de leidraad afdrukken en er aantekeningen op maken.',
      en: 'Questions for the conversation with the candidate, per theme that needs attention. You can print the guide and make notes on it.',
    },
    backToReview: { nl: 'Terug naar de beoordeling', en: 'Back to the review' },
    backToReport: { nl: 'Terug naar het rapport', en: 'Back to the report' },
    introExpert: {
      nl: 'Deze leidraad is gemaakt uit de uitkomst van de scan en uw oordelen tot nu toe. Per thema dat aandacht vraagt staan open vragen, wat een goed antwoord laat zien, en de gesprekspunten uit de vragenlijst. De antwoorden van de kandidaat staan er niet in.',
      en: "This guide was made from the scan's outcome and your judgements so far. For every theme that needs attention there are open questions, what a good answer shows, and the questionnaire's talking points. The candidate's answers are not in it.",
    },
    introClient: {
      nl: 'Deze leidraad is gemaakt uit het rapport dat de kandidaat met u heeft gedeeld: het oordeel per thema en, als de kandidaat het volledige rapport deelde, wat opviel. De antwoorden van de kandidaat staan er niet in.',
      en: "This guide was made from the report the candidate shared with you: the judgement per theme and, if the candidate shared the full report, what stood out. The candidate's answers are not in it.",
    },
    notATest: {
      nl: 'Het gaat er niet om of de kandidaat het "goede" antwoord geeft. Het gaat erom of de kandidaat zijn of haar netwerk en de risico\'s ziet, en weet wat te doen.',
      en: 'The point is not whether the candidate gives the "right" answer. It is whether the candidate sees their network and its risks, and knows what to do.',
    },
    logged: {
      nl: 'De kandidaat kan zien dat u deze leidraad heeft geopend.',
      en: 'The candidate can see that you opened this guide.',
    },
    print: { nl: 'Leidraad afdrukken', en: 'Print the guide' },
    printHint: {
      nl: 'Bij het afdrukken verdwijnen het menu en de knoppen, en komt er ruimte voor aantekeningen onder elke vraag.',
      en: 'When printed, the menu and buttons disappear, and there is room for notes under every question.',
    },
    refusedTitle: { nl: 'Leidraad niet beschikbaar', en: 'Guide not available' },
    refused: {
      nl: 'De kandidaat heeft het rapport niet (meer) met u gedeeld. Daarom is er geen leidraad. Alleen de kandidaat kan het rapport delen.',
      en: 'The candidate has not shared the report with you (any more). That is why there is no guide. Only the candidate can share the report.',
    },
    notSubmitted: {
      nl: 'De kandidaat heeft de scan nog niet ingediend. De leidraad komt er zodra de scan is ingediend.',
      en: 'The candidate has not submitted the scan yet. The guide is there once the scan is submitted.',
    },
    attentionTitle: { nl: "Thema's om te bespreken", en: 'Themes to discuss' },
    attentionNone: {
      nl: 'Geen enkel thema vraagt extra aandacht. Gebruik de algemene vragen hieronder.',
      en: 'No theme needs extra attention. Use the general questions below.',
    },
    otherTitle: { nl: "Overige thema's", en: 'Other themes' },
    otherIntro: {
      nl: "Bij deze thema's viel niets op. Eén algemene vraag per thema is genoeg.",
      en: 'Nothing stood out for these themes. One general question per theme is enough.',
    },
    nothingShared: {
      nl: "Het gedeelde rapport noemt geen thema's. Er zijn daarom geen vragen per thema.",
      en: 'The shared report names no themes, so there are no questions per theme.',
    },
    level: { nl: 'Oordeel:', en: 'Judgement:' },
    proposed: { nl: 'Voorstel uit de vragenlijst:', en: 'Proposed by the questionnaire:' },
    questions: { nl: 'Vragen', en: 'Questions' },
    goodAnswer: { nl: 'Een goed antwoord laat zien', en: 'A good answer shows' },
    found: { nl: 'Wat opviel', en: 'What stood out' },
    talkingPoints: { nl: 'Gesprekspunten uit de vragenlijst', en: 'Talking points from the questionnaire' },
    why: { nl: 'Waarom dit opvalt', en: 'Why this stands out' },
    notes: { nl: 'Ruimte voor aantekeningen', en: 'Room for notes' },
    dilemmasTitle: { nl: "Dilemma's om samen te bespreken", en: 'Dilemmas to discuss together' },
    dilemmasIntro: {
      nl: "Deze dilemmakaarten passen bij de thema's die aandacht vragen. Leg er een voor en vraag wat de kandidaat zou doen.",
      en: 'These dilemma cards fit the themes that need attention. Present one and ask what the candidate would do.',
    },
    confidential: {
      nl: 'Vertrouwelijk. Vernietig deze leidraad na het gesprek.',
      en: 'Confidential. Destroy this guide after the conversation.',
    },
    madeOn: { nl: 'Gemaakt op {{date}}', en: 'Made on {{date}}' },
    candidateLine: { nl: 'Kandidaat:', en: 'Candidate:' },
    dateLine: { nl: 'Datum gesprek:', en: 'Date of conversation:' },
  },
  dilemma: {
    questions: { nl: 'Vragen om te bespreken', en: 'Questions to discuss' },
    themes: { nl: "Thema's:", en: 'Themes:' },
  },
  suggested: {
    title: { nl: "Dilemma's om over na te denken", en: 'Dilemmas to think about' },
    intro: {
      nl: "Deze situaties passen bij de thema's waarover de expert een aandachtspunt of risico zag. Er is geen goed of fout antwoord: ze helpen u om na te denken over wat u zou doen.",
      en: 'These situations fit the themes where the expert saw a point of attention or a risk. There is no right or wrong answer: they help you think about what you would do.',
    },
    more: { nl: 'Alle dilemmakaarten bekijken', en: 'See all dilemma cards' },
  },
  home: {
    title: { nl: 'Dilemmakaarten', en: 'Dilemma cards' },
    text: {
      nl: 'Bespreek situaties uit de grijze zone met een groep, op een gedeeld scherm. Er is geen account nodig en er wordt niets bewaard.',
      en: 'Discuss grey-zone situations with a group, on a shared screen. No account is needed and nothing is stored.',
    },
    link: { nl: 'Naar de dilemmakaarten', en: 'To the dilemma cards' },
  },
  session: {
    title: { nl: 'Dilemmakaarten', en: 'Dilemma cards' },
    lead: {
      nl: "Bespreek met een groep situaties uit de grijze zone: een vriend die om een gunst vraagt, een uitnodiging, een bedreiging. Kies voor wie de kaarten zijn en over welke thema's, en loop ze samen door op een groot scherm.",
      en: 'Discuss grey-zone situations with a group: a friend asking a favour, an invitation, a threat. Choose whom the cards are for and which themes, and go through them together on a large screen.',
    },
    privacy: {
      nl: 'We bewaren niets en we versturen niets. Wat u kiest en bespreekt, blijft in deze kamer.',
      en: 'We store nothing and send nothing. What you choose and discuss stays in this room.',
    },
    audienceLegend: { nl: 'Voor wie zijn de kaarten?', en: 'Whom are the cards for?' },
    audienceAll: { nl: 'Alle doelgroepen', en: 'All audiences' },
    themesLegend: {
      nl: "Over welke thema's? (niets kiezen is alles)",
      en: 'Which themes? (choosing none means all)',
    },
    count_one: { nl: '{{count}} kaart past bij uw keuze.', en: '{{count}} card fits your choice.' },
    count_other: { nl: '{{count}} kaarten passen bij uw keuze.', en: '{{count}} cards fit your choice.' },
    none: {
      nl: "Er past geen kaart bij deze keuze. Kies minder thema's of een andere doelgroep.",
      en: 'No card fits this choice. Choose fewer themes or another audience.',
    },
    start: { nl: 'Begin de sessie', en: 'Start the session' },
    position: { nl: 'Kaart {{number}} van {{count}}', en: 'Card {{number}} of {{count}}' },
    previous: { nl: 'Vorige kaart', en: 'Previous card' },
    next: { nl: 'Volgende kaart', en: 'Next card' },
    showQuestions: { nl: 'Toon de vragen', en: 'Show the questions' },
    hideQuestions: { nl: 'Verberg de vragen', en: 'Hide the questions' },
    fullScreen: { nl: 'Volledig scherm', en: 'Full screen' },
    leaveFullScreen: { nl: 'Volledig scherm verlaten', en: 'Leave full screen' },
    change: { nl: 'Andere kaarten kiezen', en: 'Choose other cards' },
    keys: {
      nl: 'Toetsen: pijl rechts of spatie voor de volgende kaart, pijl links voor de vorige, Home voor de eerste en End voor de laatste.',
      en: 'Keys: right arrow or space for the next card, left arrow for the previous one, Home for the first and End for the last.',
    },
    end: { nl: 'Dit was de laatste kaart.', en: 'This was the last card.' },
    linkFromZelfscan: {
      nl: 'Wilt u met een groep praten over lastige situaties? Gebruik de dilemmakaarten.',
      en: 'Would you like to talk with a group about difficult situations? Use the dilemma cards.',
    },
  },
} as const satisfies TextTree;
