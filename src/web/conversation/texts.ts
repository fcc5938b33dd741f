// Texts of one area of the web app, Dutch first with English in the same shape (checked by the
// type). They live with the feature's pages; i18n/nl.ts and en.ts join them in.
export const conversationNl = {
  guide: {
    title: 'Leidraad selectiegesprek',
    titleNamed: 'Leidraad selectiegesprek met {{name}}',
    link: 'Leidraad voor het gesprek',
    linkText:
      'Vragen voor het gesprek met de kandidaat, per thema dat aandacht vraagt. U kunt de leidraad afdrukken en er aantekeningen op maken.',
    backToReview: 'Terug naar de beoordeling',
    backToReport: 'Terug naar het rapport',
    introExpert:
      'Deze leidraad is gemaakt uit de uitkomst van de scan en uw oordelen tot nu toe. Per thema dat aandacht vraagt staan open vragen, wat een goed antwoord laat zien, en de gesprekspunten uit de vragenlijst. De antwoorden van de kandidaat staan er niet in.',
    introClient:
      'Deze leidraad is gemaakt uit het rapport dat de kandidaat met u heeft gedeeld: het oordeel per thema en, als de kandidaat het volledige rapport deelde, wat opviel. De antwoorden van de kandidaat staan er niet in.',
    notATest:
      'Het gaat er niet om of de kandidaat het "goede" antwoord geeft. Het gaat erom of de kandidaat zijn of haar netwerk en de risico\'s ziet, en weet wat te doen.',
    logged: 'De kandidaat kan zien dat u deze leidraad heeft geopend.',
    print: 'Leidraad afdrukken',
    printHint:
      'Bij het afdrukken verdwijnen het menu en de knoppen, en komt er ruimte voor aantekeningen onder elke vraag.',
    refusedTitle: 'Leidraad niet beschikbaar',
    refused:
      'De kandidaat heeft het rapport niet (meer) met u gedeeld. Daarom is er geen leidraad. Alleen de kandidaat kan het rapport delen.',
    notSubmitted:
      'De kandidaat heeft de scan nog niet ingediend. De leidraad komt er zodra de scan is ingediend.',
    attentionTitle: "Thema's om te bespreken",
    attentionNone: 'Geen enkel thema vraagt extra aandacht. Gebruik de algemene vragen hieronder.',
    otherTitle: "Overige thema's",
    otherIntro: "Bij deze thema's viel niets op. Eén algemene vraag per thema is genoeg.",
    nothingShared: "Het gedeelde rapport noemt geen thema's. Er zijn daarom geen vragen per thema.",
    level: 'Oordeel:',
    proposed: 'Voorstel uit de vragenlijst:',
    questions: 'Vragen',
    goodAnswer: 'Een goed antwoord laat zien',
    found: 'Wat opviel',
    talkingPoints: 'Gesprekspunten uit de vragenlijst',
    why: 'Waarom dit opvalt',
    notes: 'Ruimte voor aantekeningen',
    dilemmasTitle: "Dilemma's om samen te bespreken",
    dilemmasIntro:
      "Deze dilemmakaarten passen bij de thema's die aandacht vragen. Leg er een voor en vraag wat de kandidaat zou doen.",
    confidential: 'Vertrouwelijk. Vernietig deze leidraad na het gesprek.',
    madeOn: 'Gemaakt op {{date}}',
    candidateLine: 'Kandidaat:',
    dateLine: 'Datum gesprek:',
  },
  dilemma: {
    questions: 'Vragen om te bespreken',
    themes: "Thema's:",
  },
  suggested: {
    title: "Dilemma's om over na te denken",
    intro:
      "Deze situaties passen bij de thema's waarover de expert een aandachtspunt of risico zag. Er is geen goed of fout antwoord: ze helpen u om na te denken over wat u zou doen.",
    more: 'Alle dilemmakaarten bekijken',
  },
  home: {
    title: 'Dilemmakaarten',
    text: 'Bespreek situaties uit de grijze zone met een groep, op een gedeeld scherm. Er is geen account nodig en er wordt niets bewaard.',
    link: 'Naar de dilemmakaarten',
  },
  session: {
    title: 'Dilemmakaarten',
    lead: "Bespreek met een groep situaties uit de grijze zone: een vriend die om een gunst vraagt, een uitnodiging, een bedreiging. Kies voor wie de kaarten zijn en over welke thema's, en loop ze samen door op een groot scherm.",
    privacy: 'We bewaren niets en we versturen niets. Wat u kiest en bespreekt, blijft in deze kamer.',
    audienceLegend: 'Voor wie zijn de kaarten?',
    audienceAll: 'Alle doelgroepen',
    themesLegend: "Over welke thema's? (niets kiezen is alles)",
    count_one: '{{count}} kaart past bij uw keuze.',
    count_other: '{{count}} kaarten passen bij uw keuze.',
    none: "Er past geen kaart bij deze keuze. Kies minder thema's of een andere doelgroep.",
    start: 'Begin de sessie',
    position: 'Kaart {{number}} van {{count}}',
    previous: 'Vorige kaart',
    next: 'Volgende kaart',
    showQuestions: 'Toon de vragen',
    hideQuestions: 'Verberg de vragen',
    fullScreen: 'Volledig scherm',
    leaveFullScreen: 'Volledig scherm verlaten',
    change: 'Andere kaarten kiezen',
    keys: 'Toetsen: pijl rechts of spatie voor de volgende kaart, pijl links voor de vorige, Home voor de eerste en End voor de laatste.',
    end: 'Dit was de laatste kaart.',
    linkFromZelfscan: 'Wilt u met een groep praten over lastige situaties? Gebruik de dilemmakaarten.',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const conversationEn: Widen<typeof conversationNl> = {
  guide: {
    title: 'Interview guide',
    titleNamed: 'Interview guide for the conversation with {{name}}',
    link: 'Guide for the conversation',
    linkText:
      'Questions for the conversation with the candidate, per theme that needs attention. You can print the guide and make notes on it.',
    backToReview: 'Back to the review',
    backToReport: 'Back to the report',
    introExpert:
      "This guide was made from the scan's outcome and your judgements so far. For every theme that needs attention there are open questions, what a good answer shows, and the questionnaire's talking points. The candidate's answers are not in it.",
    introClient:
      "This guide was made from the report the candidate shared with you: the judgement per theme and, if the candidate shared the full report, what stood out. The candidate's answers are not in it.",
    notATest:
      'The point is not whether the candidate gives the "right" answer. It is whether the candidate sees their network and its risks, and knows what to do.',
    logged: 'The candidate can see that you opened this guide.',
    print: 'Print the guide',
    printHint:
      'When printed, the menu and buttons disappear, and there is room for notes under every question.',
    refusedTitle: 'Guide not available',
    refused:
      'The candidate has not shared the report with you (any more). That is why there is no guide. Only the candidate can share the report.',
    notSubmitted:
      'The candidate has not submitted the scan yet. The guide is there once the scan is submitted.',
    attentionTitle: 'Themes to discuss',
    attentionNone: 'No theme needs extra attention. Use the general questions below.',
    otherTitle: 'Other themes',
    otherIntro: 'Nothing stood out for these themes. One general question per theme is enough.',
    nothingShared: 'The shared report names no themes, so there are no questions per theme.',
    level: 'Judgement:',
    proposed: 'Proposed by the questionnaire:',
    questions: 'Questions',
    goodAnswer: 'A good answer shows',
    found: 'What stood out',
    talkingPoints: 'Talking points from the questionnaire',
    why: 'Why this stands out',
    notes: 'Room for notes',
    dilemmasTitle: 'Dilemmas to discuss together',
    dilemmasIntro:
      'These dilemma cards fit the themes that need attention. Present one and ask what the candidate would do.',
    confidential: 'Confidential. Destroy this guide after the conversation.',
    madeOn: 'Made on {{date}}',
    candidateLine: 'Candidate:',
    dateLine: 'Date of conversation:',
  },
  dilemma: {
    questions: 'Questions to discuss',
    themes: 'Themes:',
  },
  suggested: {
    title: 'Dilemmas to think about',
    intro:
      'These situations fit the themes where the expert saw a point of attention or a risk. There is no right or wrong answer: they help you think about what you would do.',
    more: 'See all dilemma cards',
  },
  home: {
    title: 'Dilemma cards',
    text: 'Discuss grey-zone situations with a group, on a shared screen. No account is needed and nothing is stored.',
    link: 'To the dilemma cards',
  },
  session: {
    title: 'Dilemma cards',
    lead: 'Discuss grey-zone situations with a group: a friend asking a favour, an invitation, a threat. Choose whom the cards are for and which themes, and go through them together on a large screen.',
    privacy: 'We store nothing and send nothing. What you choose and discuss stays in this room.',
    audienceLegend: 'Whom are the cards for?',
    audienceAll: 'All audiences',
    themesLegend: 'Which themes? (choosing none means all)',
    count_one: '{{count}} card fits your choice.',
    count_other: '{{count}} cards fit your choice.',
    none: 'No card fits this choice. Choose fewer themes or another audience.',
    start: 'Start the session',
    position: 'Card {{number}} of {{count}}',
    previous: 'Previous card',
    next: 'Next card',
    showQuestions: 'Show the questions',
    hideQuestions: 'Hide the questions',
    fullScreen: 'Full screen',
    leaveFullScreen: 'Leave full screen',
    change: 'Choose other cards',
    keys: 'Keys: right arrow or space for the next card, left arrow for the previous one, Home for the first and End for the last.',
    end: 'This was the last card.',
    linkFromZelfscan:
      'Would you like to talk with a group about difficult situations? Use the dilemma cards.',
  },
};
