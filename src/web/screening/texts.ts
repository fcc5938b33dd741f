// Texts of the antecedentenonderzoek on the web: the candidate's consent page, the expert's check
// page and the report's findings section. Dutch and English side by side per key; checked by
// test/texts.test.ts. (The declaration itself is content: declarations/bewilligingsverklaring/.)
import type { TextTree } from '../../core/texts/translate.ts';

export const antecedentsTexts = {
  consent: {
    back: { nl: 'Terug naar uw scan', en: 'Back to your scan' },
    linkTitle: { nl: 'Toestemming voor het antecedentenonderzoek', en: 'Consent to the background check' },
    linkIntro: {
      nl: 'Lees wat er in openbare bronnen wordt nagegaan en geef of weiger uw toestemming.',
      en: 'Read what is looked up in public sources, and give or refuse your consent.',
    },
    link: { nl: 'Naar de toestemmingsverklaring', en: 'To the consent declaration' },
    version: { nl: 'Versie {{version}}', en: 'Version {{version}}' },
    stateUnsigned: {
      nl: 'U heeft nog geen toestemming gegeven. Zonder uw toestemming vindt het onderzoek niet plaats.',
      en: 'You have not given consent yet. Without your consent the check does not take place.',
    },
    stateSigned: {
      nl: 'U heeft op {{date}} toestemming gegeven (versie {{version}}).',
      en: 'You gave your consent on {{date}} (version {{version}}).',
    },
    stateRevoked: {
      nl: 'U heeft uw toestemming op {{date}} ingetrokken. Het onderzoek vindt niet plaats.',
      en: 'You withdrew your consent on {{date}}. The check does not take place.',
    },
    signTitle: { nl: 'Ondertekenen', en: 'Sign' },
    signIntro: {
      nl: 'U ondertekent met uw tweede stap: een code uit uw app of uw passkey. Daarna vraagt de pagina die code als u langer dan vijf minuten geleden voor het laatst bevestigde.',
      en: 'You sign with your second step: a code from your app or your passkey. The page asks for it if you last confirmed more than five minutes ago.',
    },
    agree: { nl: 'Ik heb de verklaring gelezen', en: 'I have read the declaration' },
    agreeMissing: {
      nl: 'Vink eerst aan dat u de verklaring heeft gelezen.',
      en: 'First tick that you have read the declaration.',
    },
    sign: { nl: 'Toestemming geven en ondertekenen', en: 'Give consent and sign' },
    signed: { nl: 'Uw toestemming is vastgelegd.', en: 'Your consent has been recorded.' },
    revoke: { nl: 'Toestemming intrekken', en: 'Withdraw consent' },
    revoked: { nl: 'Uw toestemming is ingetrokken.', en: 'Your consent has been withdrawn.' },
    noFactor: {
      nl: 'Om te ondertekenen heeft u een tweede stap nodig. Stel die eerst in.',
      en: 'To sign you need a second step. Set one up first.',
    },
    toSecurity: { nl: 'Naar Beveiliging', en: 'To Security' },
    ranNotice: {
      nl: 'Het onderzoek is uitgevoerd op {{date}}. Intrekken kan niet meer; u kunt uw scan met alles wat erbij hoort verwijderen.',
      en: 'The check was carried out on {{date}}. Withdrawing is no longer possible; you can delete your scan with everything belonging to it.',
    },
  },
  checked: {
    title: { nl: 'Wat is nagegaan', en: 'What was checked' },
    list: {
      nl: 'Lijst “{{name}}”, versie {{version}}, op {{date}}',
      en: 'List “{{name}}”, version {{version}}, on {{date}}',
    },
    register: { nl: '{{register}}, op {{date}}', en: '{{register}}, on {{date}}' },
    unavailable: { nl: '(niet bereikbaar, niet nagegaan)', en: '(not reachable, not checked)' },
    manual: { nl: '{{where}}, op {{date}}', en: '{{where}}, on {{date}}' },
  },
  findings: {
    title: { nl: 'Bevindingen', en: 'Findings' },
    none: {
      nl: 'Er zijn geen bevindingen: de deskundige heeft geen treffer bevestigd.',
      en: 'There are no findings: the expert confirmed no match.',
    },
    about: { nl: 'Over: {{subject}}', en: 'About: {{subject}}' },
    theme: { nl: 'Thema: {{theme}}', en: 'Theme: {{theme}}' },
    source: { nl: 'Bron: {{source}}', en: 'Source: {{source}}' },
    reason: { nl: 'Toelichting van de deskundige: {{reason}}', en: 'The expert’s explanation: {{reason}}' },
    sourceList: { nl: 'lijst “{{name}}”, versie {{version}}', en: 'list “{{name}}”, version {{version}}' },
    sourceManual: { nl: '{{where}} (geraadpleegd op {{date}})', en: '{{where}} (consulted on {{date}})' },
  },
  report: {
    title: { nl: 'Antecedentenonderzoek', en: 'Background check' },
    declaration: {
      nl: 'Uitgevoerd op {{date}}, met uw toestemming (verklaring versie {{version}}, ondertekend op {{signed}}).',
      en: 'Carried out on {{date}}, with your consent (declaration version {{version}}, signed on {{signed}}).',
    },
  },
  register: {
    kvk: { nl: 'Handelsregister (KvK)', en: 'Trade register (KvK)' },
    insolventieregister: { nl: 'Centraal Insolventieregister', en: 'Central insolvency register' },
  },
  expert: {
    title: { nl: 'Antecedentenonderzoek', en: 'Background check' },
    back: { nl: 'Terug naar de beoordeling', en: 'Back to the review' },
    link: { nl: 'Naar het antecedentenonderzoek', en: 'To the background check' },
    declarationUnsigned: {
      nl: 'De kandidaat heeft nog geen toestemming gegeven. Zonder ondertekende verklaring kan het onderzoek niet.',
      en: 'The candidate has not given consent yet. Without a signed declaration the check cannot run.',
    },
    declarationRevoked: {
      nl: 'De kandidaat heeft de toestemming ingetrokken. Het onderzoek kan niet.',
      en: 'The candidate withdrew their consent. The check cannot run.',
    },
    declarationSigned: {
      nl: 'Toestemming gegeven op {{date}} (verklaring versie {{version}}).',
      en: 'Consent given on {{date}} (declaration version {{version}}).',
    },
    subjectsTitle: { nl: 'Wie wordt nagegaan', en: 'Who is checked' },
    subjectsIntro: {
      nl: 'De kandidaat en de organisaties die de kandidaat zelf in de scan noemde. Niet de mensen uit de netwerkkaart.',
      en: 'The candidate and the organisations the candidate named in the scan. Not the people of the network map.',
    },
    subjectCandidate: { nl: '{{name}} (de kandidaat)', en: '{{name}} (the candidate)' },
    subjectOrganisation: {
      nl: '{{name}} (organisatie uit de antwoorden)',
      en: '{{name}} (organisation from the answers)',
    },
    sourcesTitle: { nl: 'Bronnen', en: 'Sources' },
    sourceList: {
      nl: 'Lijst “{{name}}”, versie {{version}} ({{count}} vermeldingen)',
      en: 'List “{{name}}”, version {{version}} ({{count}} entries)',
    },
    noSources: {
      nl: 'Er zijn geen lijsten geladen en geen registers ingesteld. Vraag de beheerder van het platform.',
      en: 'No lists are loaded and no registers configured. Ask the platform’s operator.',
    },
    run: { nl: 'Onderzoek uitvoeren', en: 'Run the check' },
    ran: {
      nl: 'Uitgevoerd op {{date}}: {{count}} treffers om te beoordelen.',
      en: 'Carried out on {{date}}: {{count}} matches to assess.',
    },
    hitsTitle: { nl: 'Treffers', en: 'Matches' },
    noHits: { nl: 'Geen treffers.', en: 'No matches.' },
    hitTitle: { nl: '{{name}} — voor {{subject}}', en: '{{name}} — for {{subject}}' },
    score: { nl: 'Overeenkomst: {{score}}%', en: 'Similarity: {{score}}%' },
    why: { nl: 'Waarom deze treffer', en: 'Why this match' },
    source: { nl: 'Bron: {{source}}', en: 'Source: {{source}}' },
    decision: { nl: 'Uw oordeel', en: 'Your assessment' },
    confirm: {
      nl: 'Bevestigen: dit gaat over deze kandidaat of organisatie',
      en: 'Confirm: this is about this candidate or organisation',
    },
    dismiss: {
      nl: 'Verwerpen: dit gaat over iemand of iets anders',
      en: 'Dismiss: this is about someone or something else',
    },
    reason: { nl: 'Reden', en: 'Reason' },
    reasonHelp: {
      nl: 'Bij bevestigen leest de kandidaat deze reden in het rapport.',
      en: 'When confirmed, the candidate reads this reason in the report.',
    },
    reasonMissing: { nl: 'Geef een reden.', en: 'Give a reason.' },
    decisionMissing: { nl: 'Kies bevestigen of verwerpen.', en: 'Choose confirm or dismiss.' },
    theme: { nl: 'Thema waar de bevinding over gaat', en: 'Theme the finding concerns' },
    noTheme: { nl: '(geen thema)', en: '(no theme)' },
    save: { nl: 'Oordeel opslaan', en: 'Save assessment' },
    saved: { nl: 'Oordeel opgeslagen.', en: 'Assessment saved.' },
    confirmed: { nl: 'Bevestigd: {{reason}}', en: 'Confirmed: {{reason}}' },
    dismissed: { nl: 'Verworpen: {{reason}}', en: 'Dismissed: {{reason}}' },
    undecided: { nl: 'Nog niet beoordeeld', en: 'Not assessed yet' },
    manualTitle: { nl: 'Bron zonder koppeling vastleggen', en: 'Record a source without a connection' },
    manualIntro: {
      nl: 'Voor nieuws, sociale media en andere bronnen zonder koppeling: leg vast waar u zocht, waarop, wanneer en wat u vond.',
      en: 'For news, social media and other sources without a connection: record where you searched, for what, when and what you found.',
    },
    where: { nl: 'Waar (bron)', en: 'Where (source)' },
    searched: { nl: 'Gezocht op', en: 'Searched for' },
    searchedOn: { nl: 'Datum van de zoektocht', en: 'Date of the search' },
    found: { nl: 'Wat u vond', en: 'What you found' },
    isFinding: { nl: 'Dit is een bevinding voor het rapport', en: 'This is a finding for the report' },
    record: { nl: 'Bron vastleggen', en: 'Record source' },
    recorded: { nl: 'Bron vastgelegd.', en: 'Source recorded.' },
    manualList: {
      nl: '{{where}}, {{date}}: gezocht op “{{searched}}” — {{found}}',
      en: '{{where}}, {{date}}: searched for “{{searched}}” — {{found}}',
    },
    fieldMissing: { nl: 'Vul dit veld in.', en: 'Fill in this field.' },
  },
} as const satisfies TextTree;
