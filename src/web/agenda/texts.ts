// Texts of one area of the web app, Dutch and English side by side per key, placeholders `{{name}}`,
// plurals `_one` / `_other`. They live with the feature's pages; i18n/nl.ts and en.ts take each
// language in (`inLanguage`). Checked by test/texts.test.ts.
import type { TextTree } from '../../core/texts/translate.ts';

export const agendaTexts = {
  title: { nl: 'Uw integriteitsagenda', en: 'Your integrity agenda' },
  intro: {
    nl: 'Maak van de gekozen maatregelen uw eigen plan: wat u gaat doen, wanneer, en met wie. Houd bij wat klaar is. U kunt de agenda later aanvullen en bij een herhaalscan gebruiken.',
    en: 'Turn the chosen measures into your own plan: what you will do, by when, and with whom. Keep track of what is done. You can add to it later and use it at a follow-up scan.',
  },
  onlyYou: {
    nl: 'Deze agenda is alleen van u. De opdrachtgever ziet hem nooit. De expert van een latere herhaalscan ziet hem alleen als u daar toestemming voor geeft.',
    en: 'This agenda is yours alone. The client never sees it. The expert of a later follow-up scan sees it only if you consent.',
  },
  draft: {
    nl: 'Dit is een eerste opzet op basis van de maatregelen in uw rapport. Pas hem aan en sla hem op; pas dan wordt hij bewaard.',
    en: 'This is a first draft based on the measures in your report. Adjust it and save it; only then is it kept.',
  },
  empty: {
    nl: 'Er staan nog geen acties in uw agenda. Voeg een eigen actie toe.',
    en: 'Your agenda has no actions yet. Add an action of your own.',
  },
  noMeasures: {
    nl: 'In uw rapport zijn geen maatregelen gekozen. U kunt wel eigen acties toevoegen.',
    en: 'No measures were chosen in your report. You can still add actions of your own.',
  },
  action: { nl: 'Actie {{number}}', en: 'Action {{number}}' },
  fromMeasure: { nl: 'Uit de maatregel: {{title}}', en: 'From the measure: {{title}}' },
  own: { nl: 'Eigen actie', en: 'Own action' },
  what: { nl: 'Wat gaat u doen?', en: 'What will you do?' },
  whatRequired: { nl: 'Beschrijf wat u gaat doen.', en: 'Describe what you will do.' },
  due: { nl: 'Wanneer wilt u het klaar hebben?', en: 'By when do you want it done?' },
  dueDescription: {
    nl: 'Een datum. Laat leeg als u het nog niet weet.',
    en: 'A date. Leave empty if you do not know yet.',
  },
  dueInvalid: {
    nl: 'Vul een bestaande datum in, of laat het veld leeg.',
    en: 'Enter a real date, or leave the field empty.',
  },
  withWhom: { nl: 'Met wie?', en: 'With whom?' },
  withWhomDescription: {
    nl: 'Noem een rol, bijvoorbeeld griffier, vertrouwenspersoon of burgemeester. Noem geen namen van privépersonen.',
    en: 'Name a role, for example clerk of the council, confidential adviser or mayor. Do not name private persons.',
  },
  status: { nl: 'Stand van zaken', en: 'Progress' },
  statusTodo: { nl: 'Nog te doen', en: 'To do' },
  statusDone: { nl: 'Gedaan', en: 'Done' },
  note: { nl: 'Korte notitie (mag leeg blijven)', en: 'Short note (optional)' },
  remove: { nl: 'Actie {{number}} verwijderen', en: 'Remove action {{number}}' },
  add: { nl: 'Eigen actie toevoegen', en: 'Add an action of your own' },
  save: { nl: 'Agenda opslaan', en: 'Save agenda' },
  saved: { nl: 'Uw agenda is opgeslagen.', en: 'Your agenda has been saved.' },
  savedOn: { nl: 'Laatst opgeslagen op {{date}}.', en: 'Last saved on {{date}}.' },
  unsaved: {
    nl: 'U heeft wijzigingen die nog niet zijn opgeslagen.',
    en: 'You have changes that are not saved yet.',
  },
  reload: { nl: 'Agenda opnieuw laden', en: 'Reload agenda' },
  print: { nl: 'Agenda afdrukken', en: 'Print agenda' },
  progress: { nl: '{{done}} van de {{total}} acties gedaan.', en: '{{done}} of {{total}} actions done.' },
  tooMany: {
    nl: 'Een agenda heeft hoogstens {{count}} acties.',
    en: 'An agenda has at most {{count}} actions.',
  },
  printTitle: { nl: 'Integriteitsagenda', en: 'Integrity agenda' },
  printFor: { nl: 'Bij de scan voor {{name}}', en: 'With the scan for {{name}}' },
  printMade: { nl: 'Afgedrukt op {{date}}.', en: 'Printed on {{date}}.' },
  printButton: { nl: 'Afdrukken', en: 'Print' },
  back: { nl: 'Terug naar het rapport', en: 'Back to the report' },
  noDate: { nl: 'nog geen datum', en: 'no date yet' },
  nobody: { nl: 'niet ingevuld', en: 'not filled in' },
  notReady: {
    nl: 'De agenda maakt u bij het afgeronde rapport. Dat is er nog niet.',
    en: 'You make the agenda with the finished report. It is not there yet.',
  },
  earlier: {
    title: { nl: 'Uw eerdere scan', en: 'Your earlier scan' },
    askTitle: { nl: 'Wilt u uw eerdere scan gebruiken?', en: 'Do you want to use your earlier scan?' },
    ask: {
      nl: 'U deed eerder een scan bij de procedure “{{name}}”. Deze scan is een herhaalscan halverwege de termijn.',
      en: 'You took a scan earlier in the procedure “{{name}}”. This scan is a follow-up halfway the term.',
    },
    askWhat: {
      nl: 'Als u dat wilt, ziet u hier uw eerdere integriteitsagenda en hoe de uitkomsten veranderd zijn. De expert van deze herhaalscan ziet dan hetzelfde; dat staat in uw overzicht van wie wat bekeek.',
      en: 'If you want, you will see your earlier integrity agenda here and how the results changed. The expert of this follow-up then sees the same; that is listed in your overview of who looked at what.',
    },
    askWithout: {
      nl: 'Wilt u dat niet, dan ziet niemand iets van uw eerdere scan. U kunt uw keuze altijd weer veranderen.',
      en: 'If you do not want that, nobody sees anything of your earlier scan. You can change your choice at any time.',
    },
    yes: { nl: 'Ja, gebruik mijn eerdere scan', en: 'Yes, use my earlier scan' },
    no: { nl: 'Nee, liever niet', en: 'No, rather not' },
    declined: {
      nl: 'U heeft gekozen uw eerdere scan niet te gebruiken. Niemand ziet er iets van. U kunt dit veranderen.',
      en: 'You chose not to use your earlier scan. Nobody sees anything of it. You can change this.',
    },
    useAfterAll: { nl: 'Toch mijn eerdere scan gebruiken', en: 'Use my earlier scan after all' },
    shared: {
      nl: 'U gebruikt uw eerdere scan van “{{name}}”. De expert van deze herhaalscan ziet dit ook. U kunt dat op elk moment stoppen.',
      en: 'You are using your earlier scan of “{{name}}”. The expert of this follow-up sees it too. You can stop that at any moment.',
    },
    withdraw: { nl: 'Toestemming intrekken', en: 'Withdraw consent' },
    withdrawn: {
      nl: 'U gebruikt uw eerdere scan niet meer. Niemand ziet er nog iets van.',
      en: 'You no longer use your earlier scan. Nobody sees anything of it any more.',
    },
    given: { nl: 'U gebruikt uw eerdere scan.', en: 'You are using your earlier scan.' },
    deleted: {
      nl: 'Uw eerdere scan is verwijderd: ingetrokken, door u gewist, of de bewaartermijn is voorbij. Er is niets meer van te zien.',
      en: 'Your earlier scan has been deleted: withdrawn, erased by you, or its retention period ended. Nothing of it can be seen any more.',
    },
    agendaTitle: { nl: 'Uw eerdere agenda', en: 'Your earlier agenda' },
    agendaNone: {
      nl: 'Bij uw eerdere scan heeft u geen agenda gemaakt.',
      en: 'You made no agenda with your earlier scan.',
    },
    agendaUpdated: { nl: 'Laatst bijgewerkt op {{date}}.', en: 'Last updated on {{date}}.' },
    changeTitle: { nl: 'Wat is er veranderd?', en: 'What has changed?' },
    changeIntro: {
      nl: 'Per thema het oordeel van toen en nu, en per punt het niveau van toen en nu. Een lager niveau is een verbetering.',
      en: 'Per theme the judgement then and now, and per point the level then and now. A lower level is an improvement.',
    },
    notFinished: {
      nl: 'Uw eerdere scan was niet afgerond. Er zijn geen uitkomsten om mee te vergelijken.',
      en: 'Your earlier scan was not finished. There are no results to compare with.',
    },
    notYetNow: {
      nl: 'Uw nieuwe antwoorden zijn nog niet ingediend. Na het indienen ziet u hier de vergelijking.',
      en: 'Your new answers have not been sent yet. After sending you will see the comparison here.',
    },
    versions: {
      nl: 'Toen vragenlijst versie {{earlier}}, nu versie {{now}}.',
      en: 'Then questionnaire version {{earlier}}, now version {{now}}.',
    },
    themesTitle: { nl: 'Per thema', en: 'Per theme' },
    indicatorsTitle: { nl: 'Per punt', en: 'Per point' },
    earlierLabel: { nl: 'Toen', en: 'Then' },
    nowLabel: { nl: 'Nu', en: 'Now' },
    judged: { nl: 'oordeel van de expert', en: "the expert's judgement" },
    computed: { nl: 'berekend uit de antwoorden', en: 'computed from the answers' },
    pending: { nl: 'nog niet bekend', en: 'not known yet' },
    isNew: {
      nl: 'Nieuw in deze versie van de vragenlijst; er is geen eerdere uitkomst.',
      en: 'New in this version of the questionnaire; there is no earlier result.',
    },
    isGone: {
      nl: 'Zit niet meer in deze versie van de vragenlijst.',
      en: 'No longer in this version of the questionnaire.',
    },
    lower: { nl: 'lager dan toen', en: 'lower than then' },
    same: { nl: 'gelijk aan toen', en: 'same as then' },
    higher: { nl: 'hoger dan toen', en: 'higher than then' },
    expertTitle: {
      nl: 'Eerdere scan van de kandidaat (herhaalscan)',
      en: "The candidate's earlier scan (follow-up)",
    },
    expertIntro: {
      nl: 'De kandidaat heeft toestemming gegeven om de eerdere agenda en uitkomsten te gebruiken. Uw inzage staat in het overzicht van de kandidaat.',
      en: "The candidate consented to using the earlier agenda and results. Your reading is listed in the candidate's overview.",
    },
    expertDeleted: {
      nl: 'De eerdere scan van de kandidaat is verwijderd. Er is niets meer van te zien.',
      en: "The candidate's earlier scan has been deleted. Nothing of it can be seen any more.",
    },
  },
  followUp: {
    kind: { nl: 'Soort procedure', en: 'Kind of procedure' },
    kindNew: { nl: 'Een nieuwe procedure', en: 'A new procedure' },
    kindFollowUp: {
      nl: 'Herhaalscan halverwege de termijn van “{{name}}”',
      en: 'Follow-up halfway the term of “{{name}}”',
    },
    kindDescription: {
      nl: 'Bij een herhaalscan wordt de nieuwe scan van een kandidaat gekoppeld aan diens scan in de eerdere procedure. De kandidaat beslist zelf of de eerdere agenda en uitkomsten gebruikt worden.',
      en: "In a follow-up, a candidate's new scan is linked to their scan in the earlier procedure. The candidate decides whether the earlier agenda and results are used.",
    },
    sameInstrument: {
      nl: 'Een herhaalscan gebruikt dezelfde vragenlijst, in de nieuwste versie.',
      en: 'A follow-up uses the same questionnaire, in its newest version.',
    },
    of: { nl: 'Herhaalscan van', en: 'Follow-up of' },
    linked_one: {
      nl: '{{count}} kandidaat heeft een eerdere scan in die procedure.',
      en: '{{count}} candidate has an earlier scan in that procedure.',
    },
    linked_other: {
      nl: '{{count}} kandidaten hebben een eerdere scan in die procedure.',
      en: '{{count}} candidates have an earlier scan in that procedure.',
    },
  },
} as const satisfies TextTree;
