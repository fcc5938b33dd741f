// Texts of the college view, Dutch and English side by side per key. Plain words: the combined
// view of a college's network maps, never the words of network analysis for people and links.
import type { TextTree } from '../../core/texts/translate.ts';

export const collegeTexts = {
  nav: {
    manage: { nl: 'Colleges', en: 'Colleges' },
    own: { nl: 'Mijn college', en: 'My college' },
  },
  manage: {
    title: { nl: 'Colleges', en: 'Colleges' },
    intro: {
      nl: 'Een college is een groep bestuurders die hun netwerkkaarten samen laten optellen, bijvoorbeeld het college van B&W. Pas als iedereen in de groep heeft ingestemd, ziet u het samengestelde beeld: alleen aantallen, nooit namen of contacten.',
      en: 'A college is a group of administrators whose network maps are added up together, for example the municipal executive. Only once everyone in the group has agreed do you see the combined view: only numbers, never names or contacts.',
    },
    listTitle: { nl: 'Uw colleges', en: 'Your colleges' },
    empty: { nl: 'Er zijn nog geen colleges.', en: 'There are no colleges yet.' },
    caption: { nl: 'Colleges en hoeveel leden hebben ingestemd', en: 'Colleges and how many members agreed' },
    tableRegion: { nl: 'Tabel met colleges', en: 'Table of colleges' },
    name: { nl: 'Naam', en: 'Name' },
    viewer: { nl: 'Opdrachtgever die het ziet', en: 'Client who sees it' },
    agreed: { nl: 'Ingestemd', en: 'Agreed' },
    open: { nl: 'Bekijken', en: 'View' },
    openLabel: { nl: 'Samengesteld beeld van {{name}} bekijken', en: 'View the combined view of {{name}}' },
    newTitle: { nl: 'Een college samenstellen', en: 'Put a college together' },
    newIntro: {
      nl: 'Kies de leden: mensen in deze organisatie met een ingediende scan met netwerkkaart. Elk lid krijgt de vraag of hij of zij instemt; niemand wordt meegeteld zonder eigen ja.',
      en: 'Choose the members: people in this organisation with a submitted scan with a network map. Each member is asked to agree; nobody is counted without their own yes.',
    },
    nameLabel: { nl: 'Naam van het college', en: 'Name of the college' },
    nameHint: {
      nl: 'Bijvoorbeeld: College van B&W Voorbeeld 2026',
      en: 'For example: College van B&W Voorbeeld 2026',
    },
    viewerLabel: {
      nl: 'Welke opdrachtgever mag het samengestelde beeld zien?',
      en: 'Which client may see the combined view?',
    },
    viewerHint: {
      nl: 'De leden zien wie dit is voordat zij instemmen.',
      en: 'The members see who this is before they agree.',
    },
    chooseViewer: { nl: 'Kies een opdrachtgever', en: 'Choose a client' },
    membersLegend: { nl: 'Leden (minstens 3)', en: 'Members (at least 3)' },
    noPeople: {
      nl: 'Er is nog niemand met een ingediende scan met netwerkkaart die u kunt kiezen.',
      en: 'There is nobody yet with a submitted scan with a network map whom you can choose.',
    },
    make: { nl: 'College samenstellen', en: 'Put the college together' },
    made: {
      nl: 'Het college is samengesteld. De leden zien de vraag om in te stemmen bij "Mijn college".',
      en: 'The college has been put together. The members see the request to agree under "My college".',
    },
    errorName: { nl: 'Geef het college een naam.', en: 'Give the college a name.' },
    errorViewer: { nl: 'Kies een opdrachtgever.', en: 'Choose a client.' },
    errorMembers: { nl: 'Kies minstens 3 leden.', en: 'Choose at least 3 members.' },
  },
  own: {
    title: { nl: 'Mijn college', en: 'My college' },
    empty: { nl: 'U hoort (nog) niet bij een college.', en: 'You are not (yet) part of a college.' },
    what: {
      nl: 'Wat wordt samengeteld: uw netwerkkaart wordt opgeteld bij die van de andere leden. Zo ziet het college welke soorten netwerken, sectoren en woonplekken u delen, hoe gevarieerd de netwerken samen zijn, en hoeveel contacten er samen in sectoren zijn die gevoelig zijn voor ondermijning.',
      en: "What is combined: your network map is added up with the other members' maps. The college then sees which kinds of networks, sectors and places you share, how varied the networks are together, and how many contacts there are together in sectors sensitive to subversion.",
    },
    who: {
      nl: 'Wie het ziet: de leden van het college en opdrachtgever {{viewer}}. Niemand anders.',
      en: 'Who sees it: the members of the college and the client {{viewer}}. Nobody else.',
    },
    notContacts: {
      nl: 'Niemand ziet uw contacten, hun aanduidingen, uw naam of uw eigen cijfers: alleen aantallen van het hele college. Soorten netwerken, sectoren en plaatsen die maar bij één lid voorkomen, worden niet bij naam genoemd.',
      en: 'Nobody sees your contacts, their labels, your name or your own figures: only numbers for the whole college. Kinds of networks, sectors and places found with only one member are not named.',
    },
    when: {
      nl: 'Het beeld verschijnt pas als alle leden hebben ingestemd. U kunt uw instemming altijd intrekken; dan verdwijnt het beeld meteen weer.',
      en: 'The view appears only once all members have agreed. You can withdraw your consent at any time; the view then disappears at once.',
    },
    agreedCount: {
      nl: '{{agreed}} van {{members}} leden hebben ingestemd.',
      en: '{{agreed}} of {{members}} members have agreed.',
    },
    yours: { nl: 'Uw keuze: {{choice}}', en: 'Your choice: {{choice}}' },
    yes: { nl: 'ingestemd', en: 'agreed' },
    no: { nl: 'niet ingestemd', en: 'not agreed' },
    agree: { nl: 'Ik stem in', en: 'I agree' },
    agreeLabel: { nl: 'Ik stem in met samentellen voor {{name}}', en: 'I agree to combining for {{name}}' },
    decline: { nl: 'Ik stem niet in', en: 'I do not agree' },
    declineLabel: {
      nl: 'Ik stem niet in met samentellen voor {{name}}',
      en: 'I do not agree to combining for {{name}}',
    },
    withdraw: { nl: 'Instemming intrekken', en: 'Withdraw consent' },
    withdrawLabel: { nl: 'Instemming intrekken voor {{name}}', en: 'Withdraw consent for {{name}}' },
    given: { nl: 'U heeft ingestemd.', en: 'You have agreed.' },
    declined: {
      nl: 'U heeft niet ingestemd. Er wordt niets samengeteld.',
      en: 'You have not agreed. Nothing is combined.',
    },
    open: { nl: 'Samengesteld beeld bekijken', en: 'View the combined view' },
  },
  view: {
    title: { nl: 'Samengesteld beeld: {{name}}', en: 'Combined view: {{name}}' },
    intro: {
      nl: 'De netwerkkaarten van alle {{members}} leden samengeteld. Alleen aantallen van het hele college: geen namen, geen contacten, geen cijfers van één lid.',
      en: 'The network maps of all {{members}} members added up. Only numbers for the whole college: no names, no contacts, no figures of one member.',
    },
    waiting: {
      nl: '{{agreed}} van {{members}} leden hebben ingestemd. Het beeld verschijnt als iedereen heeft ingestemd.',
      en: '{{agreed}} of {{members}} members have agreed. The view appears once everyone has agreed.',
    },
    unavailable: {
      nl: 'De netwerkkaart van een van de leden is er niet meer (ingetrokken of verwijderd). Daarom wordt niets getoond.',
      en: "One of the members' network maps is no longer there (withdrawn or deleted). So nothing is shown.",
    },
    back: { nl: 'Terug', en: 'Back' },
    summaryTitle: { nl: 'Samen', en: 'Together' },
    summaryCaption: { nl: 'Het college in aantallen', en: 'The college in numbers' },
    measure: { nl: 'Wat', en: 'What' },
    value: { nl: 'Aantal', en: 'Number' },
    members: { nl: 'Leden', en: 'Members' },
    contacts: { nl: 'Contacten, opgeteld', en: 'Contacts, added up' },
    contexts: { nl: 'Netwerken, opgeteld', en: 'Networks, added up' },
    ownNamed: { nl: 'Waarvan zelf benoemde netwerken', en: 'Of which networks named by members themselves' },
    multiplex: {
      nl: 'Contacten die een lid in meer dan één netwerk tegenkomt',
      en: 'Contacts a member meets in more than one network',
    },
    contextsTitle: { nl: 'Gedeelde soorten netwerken', en: 'Shared kinds of networks' },
    contextsCaption: {
      nl: 'Soorten netwerken die bij minstens 2 leden voorkomen',
      en: 'Kinds of networks found with at least 2 members',
    },
    sectorsTitle: { nl: 'Overlap in sectoren', en: 'Overlap in sectors' },
    sectorsCaption: {
      nl: 'Sectoren van contacten die bij minstens 2 leden voorkomen',
      en: 'Sectors of contacts found with at least 2 members',
    },
    placesTitle: { nl: 'Overlap in woonplekken', en: 'Overlap in places of residence' },
    placesCaption: {
      nl: 'Woonplekken van contacten die bij minstens 2 leden voorkomen',
      en: 'Places of residence of contacts found with at least 2 members',
    },
    item: { nl: 'Soort', en: 'Kind' },
    byMembers: { nl: 'Bij hoeveel leden', en: 'With how many members' },
    itemContacts: { nl: 'Contacten, opgeteld', en: 'Contacts, added up' },
    elsewhere: {
      nl: 'Nog {{items}} andere, elk bij één lid (samen {{contacts}} contacten); niet bij naam genoemd.',
      en: '{{items}} others, each with one member ({{contacts}} contacts together); not named.',
    },
    noneShared: {
      nl: 'Geen enkele komt bij meer dan één lid voor.',
      en: 'None is found with more than one member.',
    },
    chartLabel: { nl: 'Staafje: bij hoeveel leden', en: 'Bar: with how many members' },
    inclusiveTitle: { nl: 'Hoe gevarieerd is het college samen?', en: 'How varied is the college together?' },
    inclusiveIntro: {
      nl: 'Over alle contacten van het college samen. Verscheidenheid (Blau) loopt van 0 (iedereen gelijk) omhoog; ten opzichte van het maximum (IQV) van 0 tot 1. Eigen kring (EI-index) loopt van −1 (alleen contacten zoals het lid zelf) tot +1 (alleen contacten die anders zijn).',
      en: "Over all the college's contacts together. Variety (Blau) runs from 0 (everyone alike) upwards; relative to the maximum (IQV) from 0 to 1. Own circle (EI index) runs from −1 (only contacts like the member) to +1 (only contacts who differ).",
    },
    inclusiveCaption: { nl: 'Verscheidenheid per kenmerk', en: 'Variety per characteristic' },
    attribute: { nl: 'Kenmerk', en: 'Characteristic' },
    valued: { nl: 'Contacten met dit kenmerk ingevuld', en: 'Contacts with this filled in' },
    blau: { nl: 'Verscheidenheid (Blau)', en: 'Variety (Blau)' },
    iqv: { nl: 'Ten opzichte van het maximum (IQV)', en: 'Relative to the maximum (IQV)' },
    ei: { nl: 'Eigen kring of daarbuiten (EI)', en: 'Own circle or beyond (EI)' },
    notKnown: { nl: 'niet te bepalen', en: 'cannot be determined' },
    attributes: {
      gender: { nl: 'gender', en: 'gender' },
      ageBand: { nl: 'leeftijdsgroep', en: 'age group' },
      sector: { nl: 'sector', en: 'sector' },
      place: { nl: 'woonplek', en: 'place of residence' },
    },
    sensitiveTitle: {
      nl: 'Sectoren die gevoelig zijn voor ondermijning',
      en: 'Sectors sensitive to subversion',
    },
    sensitiveIntro: {
      nl: '"Gevoelig" zegt niets over de mensen die er werken; het zegt waar het college alert op kan zijn.',
      en: '"Sensitive" says nothing about the people who work there; it says what the college can be alert to.',
    },
    sensitiveCaption: {
      nl: 'Contacten in gevoelige sectoren, opgeteld',
      en: 'Contacts in sensitive sectors, added up',
    },
    sensitiveDirect: { nl: 'Contacten die een lid zelf kent', en: 'Contacts a member knows personally' },
    sensitiveRemoved: { nl: 'Contacten via iemand anders', en: 'Contacts through someone else' },
    sensitiveMembers: { nl: 'Leden met zulke contacten', en: 'Members with such contacts' },
    sensitiveSectorsCaption: {
      nl: 'Gevoelige sectoren die bij minstens 2 leden voorkomen',
      en: 'Sensitive sectors found with at least 2 members',
    },
  },
} as const satisfies TextTree;
