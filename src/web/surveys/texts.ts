// Texts of organisation surveys, Dutch and English side by side per key. The questions themselves
// are content (surveys/<id>/<version>.yaml); these are the pages' own words.
import type { TextTree } from '../../core/texts/translate.ts';

export const surveyTexts = {
  nav: { nl: 'Vragenlijsten', en: 'Surveys' },
  respond: {
    loading: { nl: 'Vragenlijst', en: 'Questionnaire' },
    noToken: {
      nl: 'Deze link is niet compleet. Open de link precies zoals u hem kreeg, of vraag de organisatie om een nieuwe.',
      en: 'This link is incomplete. Open the link exactly as you received it, or ask the organisation for a new one.',
    },
    from: { nl: 'Een vragenlijst van {{organisation}}', en: 'A questionnaire from {{organisation}}' },
    anonymousTitle: { nl: 'Anoniem', en: 'Anonymous' },
    anonymous: {
      nl: 'U heeft geen account nodig. Uw antwoorden blijven in dit venster tot u ze verstuurt, en worden dan alleen opgeteld bij die van anderen: niemand kan uw antwoorden terugzien, ook de beheerder niet. Laat u het venster open staan tot u klaar bent; bij opnieuw laden zijn uw antwoorden weg.',
      en: 'You do not need an account. Your answers stay in this window until you send them, and are then only added to those of others: nobody can see your answers again, not even the administrator. Keep the window open until you are done; reloading loses your answers.',
    },
    closed: {
      nl: 'Deze vragenlijst is gesloten. Er kunnen geen antwoorden meer bij.',
      en: 'This questionnaire is closed. No more answers can be added.',
    },
    used: {
      nl: 'Met deze persoonlijke link is de vragenlijst al ingevuld. Dank u wel.',
      en: 'This personal link has already been used to answer. Thank you.',
    },
    unitNone: { nl: 'Zeg ik liever niet', en: 'I would rather not say' },
    unitHelp: {
      nl: 'Uitkomsten per onderdeel worden alleen getoond als er genoeg mensen uit dat onderdeel meedoen.',
      en: 'Results per part are only shown when enough people from that part take part.',
    },
    yes: { nl: 'Ja', en: 'Yes' },
    no: { nl: 'Nee', en: 'No' },
    unknown: { nl: 'Weet ik niet', en: "Don't know" },
    missing: { nl: 'Kies een antwoord', en: 'Choose an answer' },
    missingUnit: {
      nl: 'Kies een onderdeel, of "zeg ik liever niet"',
      en: 'Choose a part, or "I would rather not say"',
    },
    send: { nl: 'Antwoorden versturen', en: 'Send answers' },
    sentTitle: { nl: 'Verstuurd', en: 'Sent' },
    progress: {
      nl: '{{answered}} van {{total}} vragen beantwoord',
      en: '{{answered}} of {{total}} questions answered',
    },
  },
  rounds: {
    title: { nl: 'Vragenlijsten voor medewerkers', en: 'Staff surveys' },
    intro: {
      nl: 'Een ronde is één keer een vragenlijst uitzetten in uw organisatie. Medewerkers vullen hem anoniem in via een gedeelde link of een persoonlijke link, zonder account. U ziet alleen uitkomsten van groepen die groot genoeg zijn, en pas als de ronde gesloten is.',
      en: 'A round is putting out a questionnaire in your organisation once. Staff fill it in anonymously through a shared link or a personal link, without an account. You only see results of groups that are large enough, and only once the round is closed.',
    },
    listTitle: { nl: 'Rondes', en: 'Rounds' },
    empty: { nl: 'Er zijn nog geen rondes.', en: 'There are no rounds yet.' },
    caption: { nl: 'Rondes en hoeveel mensen meededen', en: 'Rounds and how many people took part' },
    tableRegion: { nl: 'Tabel met rondes', en: 'Table of rounds' },
    name: { nl: 'Ronde', en: 'Round' },
    questionnaire: { nl: 'Vragenlijst', en: 'Questionnaire' },
    status: { nl: 'Stand', en: 'Status' },
    open: { nl: 'open', en: 'open' },
    closed: { nl: 'gesloten', en: 'closed' },
    respondents: { nl: 'Ingevuld', en: 'Responses' },
    newTitle: { nl: 'Een ronde openen', en: 'Open a round' },
    titleLabel: { nl: 'Naam van de ronde', en: 'Name of the round' },
    titleHint: { nl: 'Bijvoorbeeld "Voorjaar 2026".', en: 'For example "Spring 2026".' },
    questionnaireLabel: { nl: 'Vragenlijst', en: 'Questionnaire' },
    unitsLabel: { nl: 'Onderdelen (één per regel)', en: 'Parts of the organisation (one per line)' },
    unitsHint: {
      nl: 'Respondenten kiezen hun onderdeel uit deze lijst. Een onderdeel met te weinig respondenten wordt nooit apart getoond. Laat leeg voor geen indeling.',
      en: 'Respondents choose their part from this list. A part with too few respondents is never shown separately. Leave empty for no division.',
    },
    thresholdLabel: { nl: 'Kleinste groep die getoond wordt', en: 'Smallest group shown' },
    thresholdHint: {
      nl: 'Minstens 5. Een groep met minder respondenten wordt samengevoegd of niet getoond.',
      en: 'At least 5. A group with fewer respondents is merged or not shown.',
    },
    sharedLabel: { nl: 'Een gedeelde link voor iedereen', en: 'One shared link for everyone' },
    sharedHint: {
      nl: 'Handig voor intranet of een nieuwsbrief. Iedereen met de link kan meedoen; wie het zeker wil weten gebruikt persoonlijke links, die elk één keer werken.',
      en: 'Handy for an intranet or a newsletter. Anyone with the link can take part; for certainty use personal links, which each work once.',
    },
    earlierLabel: { nl: 'Vergelijken met een eerdere ronde', en: 'Compare with an earlier round' },
    earlierNone: { nl: 'Geen', en: 'None' },
    make: { nl: 'Ronde openen', en: 'Open round' },
    errorTitle: { nl: 'Geef de ronde een naam', en: 'Name the round' },
    errorThreshold: { nl: 'Kies een getal van minstens 5', en: 'Choose a number of at least 5' },
    openLabel: { nl: 'Ronde {{name}} bekijken', en: 'View round {{name}}' },
  },
  round: {
    back: { nl: 'Alle rondes', en: 'All rounds' },
    facts: { nl: 'Over deze ronde', en: 'About this round' },
    statusOpen: { nl: 'Open sinds {{date}}', en: 'Open since {{date}}' },
    statusClosed: { nl: 'Gesloten op {{date}}', en: 'Closed on {{date}}' },
    respondents_one: {
      nl: '{{count}} persoon heeft de vragenlijst ingevuld.',
      en: '{{count}} person has filled in the questionnaire.',
    },
    respondents_other: {
      nl: '{{count}} mensen hebben de vragenlijst ingevuld.',
      en: '{{count}} people have filled in the questionnaire.',
    },
    invitations: {
      nl: '{{sent}} persoonlijke links verstuurd, {{used}} gebruikt.',
      en: '{{sent}} personal links sent, {{used}} used.',
    },
    threshold: {
      nl: 'Kleinste groep die getoond wordt: {{threshold}}.',
      en: 'Smallest group shown: {{threshold}}.',
    },
    units: { nl: 'Onderdelen: {{units}}.', en: 'Parts: {{units}}.' },
    earlier: { nl: 'Vergeleken met: {{title}}.', en: 'Compared with: {{title}}.' },
    linksTitle: { nl: 'Links', en: 'Links' },
    sharedLink: { nl: 'Gedeelde link', en: 'Shared link' },
    sharedLinkHint: {
      nl: 'Deel deze link met alle medewerkers, bijvoorbeeld op intranet.',
      en: 'Share this link with all staff, for example on the intranet.',
    },
    inviteLabel: {
      nl: 'E-mailadressen voor persoonlijke links (één per regel)',
      en: 'E-mail addresses for personal links (one per line)',
    },
    inviteHint: {
      nl: 'Elk adres krijgt een eigen link die één keer werkt. De adressen worden niet bij de ronde bewaard.',
      en: 'Each address receives its own link that works once. The addresses are not kept with the round.',
    },
    invite: { nl: 'Links versturen', en: 'Send links' },
    invited_one: { nl: '{{count}} link verstuurd.', en: '{{count}} link sent.' },
    invited_other: { nl: '{{count}} links verstuurd.', en: '{{count}} links sent.' },
    inviteError: {
      nl: 'Vul minstens één geldig e-mailadres in',
      en: 'Enter at least one valid e-mail address',
    },
    closeTitle: { nl: 'Ronde sluiten', en: 'Close round' },
    closeHint: {
      nl: 'Na sluiten kan niemand meer invullen, en ziet u de uitkomsten. Zolang de ronde open is, ziet u alleen hoeveel mensen meededen: uitkomsten die na elke inzending veranderen, zouden door vergelijken één persoons antwoorden laten zien.',
      en: 'After closing nobody can answer any more, and you see the results. While the round is open you only see how many took part: results that change after each submission would show one person’s answers by comparison.',
    },
    close: { nl: 'Ronde sluiten', en: 'Close round' },
    closedNow: { nl: 'De ronde is gesloten.', en: 'The round is closed.' },
  },
  results: {
    title: { nl: 'Uitkomsten', en: 'Results' },
    waitOpen: {
      nl: 'De uitkomsten verschijnen als de ronde gesloten is.',
      en: 'The results appear once the round is closed.',
    },
    tooFew: {
      nl: 'Er deden {{count}} mensen mee; dat is minder dan {{threshold}}. Om niemand herkenbaar te maken, worden geen uitkomsten getoond.',
      en: '{{count}} people took part; that is fewer than {{threshold}}. So that nobody can be recognised, no results are shown.',
    },
    groupsNote: {
      nl: 'Alleen groepen van minstens {{threshold}} mensen worden getoond. Een onderdeel met minder mensen telt mee in "Overige onderdelen", samen met zoveel andere onderdelen als nodig is om het ook door aftrekken niet te kunnen herleiden.',
      en: 'Only groups of at least {{threshold}} people are shown. A part with fewer people is counted in "Other parts", together with as many other parts as needed so that it cannot be worked out by subtraction either.',
    },
    othersAre: { nl: 'Overige onderdelen: {{units}}.', en: 'Other parts: {{units}}.' },
    notSaid: { nl: 'niet genoemd', en: 'not given' },
    all: { nl: 'Hele organisatie', en: 'Whole organisation' },
    others: { nl: 'Overige onderdelen', en: 'Other parts' },
    group: { nl: 'Groep', en: 'Group' },
    people: { nl: 'Aantal', en: 'Number' },
    mean: { nl: 'Gemiddelde (1–5)', en: 'Mean (1–5)' },
    earlier: { nl: 'Vorige ronde', en: 'Previous round' },
    earlierMean: {
      nl: 'Vorige ronde: gemiddeld {{mean}} ({{count}} mensen)',
      en: 'Previous round: mean {{mean}} ({{count}} people)',
    },
    earlierShare: {
      nl: 'Vorige ronde: {{share}} ({{count}} mensen)',
      en: 'Previous round: {{share}} ({{count}} people)',
    },
    captionScale: {
      nl: '{{question}} Gemiddelde en verdeling per groep',
      en: '{{question}} Mean and distribution per group',
    },
    captionShare: {
      nl: '{{question}} Aandeel per antwoord per groep',
      en: '{{question}} Share per answer per group',
    },
    tableRegion: { nl: 'Tabel bij: {{question}}', en: 'Table for: {{question}}' },
    percent: { nl: '{{percent}}%', en: '{{percent}}%' },
  },
} as const satisfies TextTree;
