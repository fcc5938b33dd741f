// Texts of the handreiking pages (vuistregels, zelfassessment, ondermijning herkennen), Dutch and
// English side by side per key. The content itself (rules, questions, signals) is YAML in
// handreiking/ and reaches the page in both languages; these are the words around it.
import type { TextTree } from '../../core/texts/translate.ts';

export const handreikingTexts = {
  vuistregels: {
    title: { nl: 'Vuistregels integriteit', en: 'Rules of thumb on integrity' },
    titleFor: { nl: 'Vuistregels integriteit: {{title}}', en: 'Rules of thumb on integrity: {{title}}' },
    beforeStart: {
      nl: 'Lees deze vuistregels voordat u begint. Ze gaan over situaties waar de vragen hierna ook over gaan.',
      en: 'Read these rules of thumb before you begin. They are about situations the questions below are about too.',
    },
    ownWording: {
      nl: '{{org}} heeft deze vuistregels zelf geformuleerd.',
      en: '{{org}} worded these rules of thumb itself.',
    },
    openPrintable: {
      nl: 'Vuistregels op een eigen pagina, om af te drukken',
      en: 'The rules of thumb on a page of their own, to print',
    },
    print: { nl: 'Afdrukken', en: 'Print' },
    allSets: { nl: 'Alle vuistregels van deze organisatie', en: "All of this organisation's rules of thumb" },
    fromReport: {
      nl: 'Vuistregels integriteit voor uw functie',
      en: 'Rules of thumb on integrity for your office',
    },
    offices: { nl: 'Voor: {{offices}}', en: 'For: {{offices}}' },
    manage: {
      title: { nl: 'Vuistregels aanpassen', en: 'Adjust the rules of thumb' },
      link: { nl: 'Vuistregels aanpassen', en: 'Adjust the rules of thumb' },
      homeText: {
        nl: 'De vuistregels integriteit die kandidaten lezen voordat zij beginnen. U kunt ze voor uw organisatie anders formuleren.',
        en: 'The rules of thumb on integrity candidates read before they begin. You can word them differently for your organisation.',
      },
      intro: {
        nl: 'Kandidaten lezen de vuistregels van hun functie voordat zij aan de vragenlijst beginnen, en vinden ze terug bij hun rapport. U kunt per groep de tekst aanpassen, regels toevoegen of weghalen. Elke wijziging komt in het logboek. Met "Terug naar de standaard" zet u de meegeleverde tekst terug.',
        en: 'Candidates read the rules of thumb for their office before they start the questionnaire, and find them again with their report. For each group you can change the wording, add rules or remove them. Every change goes into the log. "Back to the default" restores the text that came with the software.',
      },
      adjusted: { nl: 'Aangepast door uw organisatie', en: 'Adjusted by your organisation' },
      standard: { nl: 'De standaardtekst', en: 'The default text' },
      rule: { nl: 'Vuistregel {{number}}', en: 'Rule {{number}}' },
      ruleNl: { nl: 'Vuistregel {{number}} in het Nederlands', en: 'Rule {{number}} in Dutch' },
      ruleEn: { nl: 'Vuistregel {{number}} in het Engels', en: 'Rule {{number}} in English' },
      remove: { nl: 'Vuistregel {{number}} weghalen', en: 'Remove rule {{number}}' },
      add: { nl: 'Vuistregel toevoegen', en: 'Add a rule' },
      save: { nl: 'Opslaan', en: 'Save' },
      reset: { nl: 'Terug naar de standaard', en: 'Back to the default' },
      saved: {
        nl: 'De vuistregels voor {{title}} zijn opgeslagen.',
        en: 'The rules for {{title}} are saved.',
      },
      wasReset: {
        nl: 'De vuistregels voor {{title}} zijn terug naar de standaard.',
        en: 'The rules for {{title}} are back to the default.',
      },
      bothLanguages: {
        nl: 'Vul elke vuistregel in het Nederlands en het Engels in.',
        en: 'Fill in every rule in Dutch and in English.',
      },
    },
  },
  zelfassessment: {
    footerLink: {
      nl: 'Zelfassessment volksvertegenwoordiger — zonder account',
      en: 'Self-assessment for representatives — no account needed',
    },
    lead: {
      nl: '{{count}} onderwerpen, elk met een paar vragen. Ongeveer 10 minuten.',
      en: '{{count}} topics, each with a few questions. About 10 minutes.',
    },
    privacyTitle: { nl: 'Alleen voor uzelf', en: 'Only for yourself' },
    privacy: {
      nl: 'We bewaren niets en we versturen niets. Uw antwoorden blijven in dit venster; sluit u het, dan zijn ze weg.',
      en: 'We keep nothing and we send nothing. Your answers stay in this window; when you close it, they are gone.',
    },
    start: { nl: 'Begin met het zelfassessment', en: 'Start the self-assessment' },
    topicTitle: {
      nl: 'Onderwerp {{number}} van {{count}}: {{title}}',
      en: 'Topic {{number}} of {{count}}: {{title}}',
    },
    next: { nl: 'Volgende: {{title}}', en: 'Next: {{title}}' },
    previous: { nl: 'Vorige: {{title}}', en: 'Previous: {{title}}' },
    backToIntro: { nl: 'Terug naar de uitleg', en: 'Back to the introduction' },
    toAdvice: { nl: 'Naar uw advies', en: 'To your advice' },
    skipHint: {
      nl: 'U mag een vraag overslaan. Uw antwoorden blijven staan als u terug- of vooruitgaat.',
      en: 'You may skip a question. Your answers stay when you go back or forward.',
    },
    adviceTitle: { nl: 'Uw advies', en: 'Your advice' },
    adviceLead: {
      nl: 'U beantwoordde {{answered}} van de {{questions}} vragen. Bij {{ready}} van de {{topics}} onderwerpen bent u er klaar voor.',
      en: 'You answered {{answered}} of the {{questions}} questions. For {{ready}} of the {{topics}} topics you are ready.',
    },
    topicReady: { nl: 'Hier bent u op voorbereid.', en: 'You are prepared for this.' },
    topicSkipped: { nl: 'U heeft deze vragen overgeslagen.', en: 'You skipped these questions.' },
    topicCount: {
      nl: '{{ready}} van de {{questions}} vragen met "ja" beantwoord.',
      en: '{{ready}} of the {{questions}} questions answered "yes".',
    },
    yourAnswer: { nl: 'Uw antwoord', en: 'Your answer' },
    consider: { nl: 'Om over na te denken', en: 'To consider' },
    download: { nl: 'Download uw advies', en: 'Download your advice' },
    downloadText: { nl: 'Download als tekstbestand', en: 'Download as a text file' },
    downloaded: { nl: 'Uw advies is gedownload.', en: 'Your advice has been downloaded.' },
    downloadHint: {
      nl: 'Het bestand wordt in uw browser gemaakt en niet verstuurd.',
      en: 'The file is made in your browser and not sent anywhere.',
    },
    fileName: { nl: 'zelfassessment-advies', en: 'self-assessment-advice' },
    made: { nl: 'Gemaakt op {{date}}', en: 'Made on {{date}}' },
    edit: { nl: 'Antwoorden aanpassen', en: 'Change your answers' },
    restart: { nl: 'Opnieuw beginnen', en: 'Start again' },
    moreTitle: { nl: 'Verder lezen', en: 'Further reading' },
  },
  ondermijning: {
    link: { nl: 'Herkennen van mogelijke ondermijning', en: 'Recognising possible subversion' },
    linkText: {
      nl: 'Wordt u benaderd, krijgt u een gunst aangeboden of voelt u druk? Lees welke signalen er zijn en bij wie u terechtkunt.',
      en: 'Are you approached, offered a favour, or do you feel pressure? Read which signals there are and where you can turn.',
    },
    signalsTitle: { nl: 'Signalen', en: 'Signals' },
    examples: { nl: 'Bijvoorbeeld', en: 'For example' },
    sectorsTitle: { nl: 'Gevoelige branches', en: 'Sensitive trades' },
    stepsTitle: { nl: 'Wat u kunt doen', en: 'What you can do' },
    emergency: {
      nl: 'Bent u of is iemand anders in direct gevaar? Bel 112.',
      en: 'Are you or someone else in immediate danger? Call 112.',
    },
    print: { nl: 'Gids afdrukken', en: 'Print the guide' },
  },
} as const satisfies TextTree;
