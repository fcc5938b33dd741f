// Namespace `agenda`: what the integriteitsagenda's check says next to an action. Dutch and
// English side by side per key; checked by test/texts.test.ts.
import type { TextTree } from '../texts/translate.ts';

export const agendaTexts = {
  duplicate: { nl: 'Dubbele actie', en: 'Duplicate action' },
  what: { nl: 'Beschrijf wat u gaat doen', en: 'Describe what you will do' },
  due: { nl: 'Vul een bestaande datum in', en: 'Enter a real date' },
  measure: { nl: 'Onbekende maatregel', en: 'Unknown measure' },
} as const satisfies TextTree;
