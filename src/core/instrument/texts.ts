// Namespace `instrument`: what the engine says about answers (the checks every save and submit
// run, in the browser and on the server) and the names of the four steps of the scale. Dutch and
// English side by side per key, {{name}} placeholders; checked by test/texts.test.ts.
import type { TextTree } from '../texts/translate.ts';

export const instrumentTexts = {
  answers: {
    required: { nl: 'Dit is nog niet ingevuld.', en: 'This has not been answered yet.' },
    wrongType: { nl: 'Dit antwoord past niet bij de vraag.', en: 'This answer does not fit the question.' },
    unknownOption: { nl: 'Kies een van de gegeven mogelijkheden.', en: 'Choose one of the options given.' },
    notInteger: { nl: 'Vul een heel getal in.', en: 'Enter a whole number.' },
    notDate: { nl: 'Vul een datum in als jjjj-mm-dd.', en: 'Enter a date as yyyy-mm-dd.' },
    unknownItem: {
      nl: 'Deze vraag bestaat niet in deze vragenlijst.',
      en: 'This question is not part of this questionnaire.',
    },
    unknownQuestion: { nl: 'Deze vraag bestaat niet in deze vragenlijst.', en: 'Unknown question.' },
    unknownField: { nl: 'Dit veld bestaat niet.', en: 'This field does not exist.' },
    tooMany: { nl: 'Kies er hoogstens {{max}}.', en: 'Choose at most {{max}}.' },
    numberRange: { nl: 'Vul een getal in tussen {{range}}.', en: 'Enter a number between {{range}}.' },
    dateRange: { nl: 'Kies een datum tussen {{range}}.', en: 'Choose a date between {{range}}.' },
    tooLong: { nl: 'Gebruik hoogstens {{max}} tekens.', en: 'Use at most {{max}} characters.' },
    tooFewEntries: { nl: 'Vul er minstens {{min}} in.', en: 'Add at least {{min}}.' },
    tooManyEntries: { nl: 'Hoogstens {{max}}.', en: 'At most {{max}}.' },
  },
  /** The four steps of domain.md §7, as a level is named in a sentence. */
  levels: {
    'geen-aandachtspunt': { nl: 'geen aandachtspunt', en: 'no point of attention' },
    aandachtspunt: { nl: 'aandachtspunt', en: 'point of attention' },
    risico: { nl: 'risico — beheersmaatregel nodig', en: 'risk — mitigating measure needed' },
    'ernstig-risico': { nl: 'ernstig risico — bespreken', en: 'serious risk — to be discussed' },
  },
} as const satisfies TextTree;
