// Namespace `report`: the fixed words of the report that the page and the PDF share — what each
// step of the scale means, "no traffic light, no automated decision", and evidence in words (answers
// to yes/no questions, network measures in plain words). Dutch and English side by side per key,
// placeholders `{{name}}` (see src/core/texts/translate.ts; checked by test/texts.test.ts).
import type { TextTree } from '../texts/translate.ts';

export const reportTexts = {
  levels: {
    'geen-aandachtspunt': {
      nl: 'Niets bijzonders gezien. U hoeft hier niets extra voor te doen.',
      en: 'Nothing in particular seen. You need not do anything extra here.',
    },
    aandachtspunt: {
      nl: 'Iets om bewust mee om te gaan. Bijna iedereen heeft wel een aandachtspunt.',
      en: 'Something to handle with care. Almost everyone has a point of attention.',
    },
    risico: {
      nl: 'Een risico dat met een maatregel goed te beperken is.',
      en: 'A risk that a measure can limit well.',
    },
    'ernstig-risico': {
      nl: 'Een ernstig risico: dit bespreekt u met de expert en zo nodig met de opdrachtgever.',
      en: 'A serious risk: you discuss it with the expert and, where needed, with the client.',
    },
  },
  /** Said in so many words: no stoplicht, no automated decision (AVG art. 22). */
  notATrafficLight: {
    nl: 'Dit rapport is geen stoplicht en geen automatisch besluit.',
    en: 'This report is no traffic light and no automated decision.',
  },
  judgedByExpert: {
    nl: 'Een expert — een mens — heeft de antwoorden gelezen, het gesprek gevoerd en per onderwerp een oordeel gegeven, met uitleg. De software deed alleen een voorstel. Er is geen besluit door een computer alleen genomen (AVG artikel 22).',
    en: 'An expert — a person — read the answers, held the conversation and gave a judgement per topic, with a rationale. The software only made a proposal. No decision was taken by a computer alone (GDPR article 22).',
  },
  judgedByNobody: {
    nl: 'Dit is een hulpmiddel om zelf na te denken. De software doet alleen een voorstel; er wordt geen besluit over u genomen, door een computer noch door iemand anders (AVG artikel 22).',
    en: 'This is an aid to your own reflection. The software only makes a proposal; no decision is taken about you, by a computer or by anyone else (GDPR article 22).',
  },
  evidence: {
    yesNoUnknown: {
      ja: { nl: 'Ja', en: 'Yes' },
      nee: { nl: 'Nee', en: 'No' },
      onbekend: { nl: 'Weet ik niet', en: 'Don’t know' },
    },
    networkNotFilledIn: { nl: 'netwerkkaart nog niet ingevuld', en: 'network map not filled in yet' },
    noEntries: { nl: 'geen', en: 'none' },
    notAnswered: { nl: 'niet beantwoord', en: 'not answered' },
    /** "A, B en C": the last two of a list of names joined. */
    list: { nl: '{{first}} en {{last}}', en: '{{first}} and {{last}}' },
    /** Someone in a sensitive sector known through a contact: the way to them. */
    via: { nl: '{{who}}, via {{via}}', en: '{{who}}, through {{via}}' },
    pairs: {
      nl: '{{linked}} van de {{all}} tweetallen kennen elkaar',
      en: '{{linked}} of the {{all}} pairs know each other',
    },
    ownGroupUnknown: {
      nl: 'niet te bepalen: u heeft bij "Over uzelf" niets ingevuld',
      en: 'cannot be determined: you left "About yourself" empty',
    },
    ownGroup: {
      nl: '{{internal}} van de {{of}} contacten zijn hierin gelijk aan u',
      en: '{{internal}} of {{of}} contacts are like you in this',
    },
  },
  /** Network measures in plain words (src/core/network/metrics.ts has the formulas). */
  networkMeasures: {
    contacts: {
      nl: 'Aantal mensen en organisaties in uw netwerk',
      en: 'Number of people and organisations in your network',
    },
    contexts: { nl: 'Aantal verschillende netwerken', en: 'Number of different networks' },
    multiplexContacts: {
      nl: 'Mensen die u in twee of meer netwerken tegenkomt ("verschillende petten")',
      en: 'People you meet in two or more networks ("different hats")',
    },
    privateInterestOverlaps: {
      nl: 'Mensen die u privé kent en die ook belangen hebben bij de organisatie',
      en: 'People you know privately who also have interests in the organisation',
    },
    density: {
      nl: 'Hoe sterk uw contacten elkaar onderling kennen',
      en: 'How closely your contacts know each other',
    },
    clustering: {
      nl: 'Hoe vaak uw contacten samen een groepje vormen',
      en: 'How often your contacts form small groups',
    },
    components: { nl: 'Aantal losse groepen in uw netwerk', en: 'Number of separate groups in your network' },
    isolates: {
      nl: 'Contacten die niemand anders in uw netwerk kennen',
      en: 'Contacts who know no one else in your network',
    },
    constraint: {
      nl: 'Hoe afhankelijk u bent van een paar nauw verbonden contacten (hoger is afhankelijker)',
      en: 'How much you depend on a few closely linked contacts (higher is more dependent)',
    },
    effectiveSize: {
      nl: 'Aantal contacten dat u echt verschillende kanten op brengt',
      en: 'Number of contacts who lead you in really different directions',
    },
    efficiency: {
      nl: 'Hoe weinig uw contacten elkaar overlappen',
      en: 'How little your contacts overlap',
    },
    top3Share: {
      nl: 'Deel van uw contact dat bij uw drie naaste contacten ligt',
      en: 'Share of your contact that lies with your three closest contacts',
    },
    sensitiveExposure1: {
      nl: 'Contacten in gevoelige sectoren die u zelf kent',
      en: 'Contacts in sensitive sectors you know yourself',
    },
    sensitiveExposure2: {
      nl: 'Contacten in gevoelige sectoren die u via iemand anders kent',
      en: 'Contacts in sensitive sectors you know through someone else',
    },
    sensitiveExposureWeighted: {
      nl: 'Gevoelige sectoren in uw netwerk, gewogen naar hoe dichtbij ze staan',
      en: 'Sensitive sectors in your network, weighted by how close they are',
    },
    interestContacts: {
      nl: 'Contacten die zaken doen met de organisatie (vergunning, subsidie, opdracht)',
      en: 'Contacts who do business with the organisation (permit, subsidy, contract)',
    },
    interestContexts: {
      nl: 'Netwerken waarin zaken met de organisatie spelen',
      en: 'Networks in which business with the organisation plays a part',
    },
  },
  /** A diversity measure is named "<kind> by <attribute>": blau.gender → "Verscheidenheid naar gender". */
  diversity: {
    measure: { nl: '{{kind}} naar {{attribute}}', en: '{{kind}} by {{attribute}}' },
    kinds: {
      blau: { nl: 'Verscheidenheid', en: 'Variety' },
      iqv: { nl: 'Verscheidenheid (genormeerd)', en: 'Variety (normalised)' },
      entropy: { nl: 'Spreiding', en: 'Spread' },
      ei: {
        nl: 'Hoeveel van uw contacten op u lijken',
        en: 'How many of your contacts are like you',
      },
    },
    attributes: {
      gender: { nl: 'gender', en: 'gender' },
      ageBand: { nl: 'leeftijd', en: 'age' },
      place: { nl: 'woonplaats', en: 'place' },
      sector: { nl: 'sector', en: 'sector' },
    },
  },
  /**
   * A confirmed finding of the antecedentenonderzoek as evidence of a theme: a kind of its own,
   * never an answer, always with its source (see report-model.ts `FindingEvidence`).
   */
  finding: {
    kind: {
      nl: 'Bevinding uit het antecedentenonderzoek',
      en: 'Finding from the background check',
    },
    sourceList: {
      nl: 'referentielijst “{{name}}”, versie {{version}}',
      en: 'reference list “{{name}}”, version {{version}}',
    },
    sourceManual: { nl: '{{where}}, gezocht op {{date}}', en: '{{where}}, searched on {{date}}' },
    register: {
      kvk: { nl: 'Handelsregister (KvK)', en: 'Trade register (KvK)' },
      insolventieregister: { nl: 'Centraal Insolventieregister', en: 'Central insolvency register' },
    },
  },
} as const satisfies TextTree;
