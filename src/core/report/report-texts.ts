// Fixed texts of the report that the page and the PDF share, in both languages: what each step
// of the scale means, and the words that say this is no traffic light and no automated decision.
import type { Level, Text } from '../instrument/schema.ts';

export const levelMeanings: Record<Level, Text> = {
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
};

/** Said in so many words: no stoplicht, no automated decision (AVG art. 22). */
export const notATrafficLight: Text = {
  nl: 'Dit rapport is geen stoplicht en geen automatisch besluit.',
  en: 'This report is no traffic light and no automated decision.',
};

export const judgedByExpert: Text = {
  nl: 'Een expert — een mens — heeft de antwoorden gelezen, het gesprek gevoerd en per onderwerp een oordeel gegeven, met uitleg. De software deed alleen een voorstel. Er is geen besluit door een computer alleen genomen (AVG artikel 22).',
  en: 'An expert — a person — read the answers, held the conversation and gave a judgement per topic, with a rationale. The software only made a proposal. No decision was taken by a computer alone (GDPR article 22).',
};

export const judgedByNobody: Text = {
  nl: 'Dit is een hulpmiddel om zelf na te denken. De software doet alleen een voorstel; er wordt geen besluit over u genomen, door een computer noch door iemand anders (AVG artikel 22).',
  en: 'This is an aid to your own reflection. The software only makes a proposal; no decision is taken about you, by a computer or by anyone else (GDPR article 22).',
};
