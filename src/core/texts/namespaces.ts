// The namespaces core itself speaks in, with their `t` and `sentence`. The server joins these with
// its own (src/server/texts.ts); the web loads them into i18next (src/web/i18n).
import { agendaTexts } from '../agenda/texts.ts';
import { instrumentTexts } from '../instrument/texts.ts';
import { networkTexts } from '../network/texts.ts';
import { reportTexts } from '../report/texts.ts';
import { screeningTexts } from '../screening/texts.ts';
import { translator } from './translate.ts';

export const coreNamespaces = {
  report: reportTexts,
  network: networkTexts,
  instrument: instrumentTexts,
  agenda: agendaTexts,
  screening: screeningTexts,
} as const;

export const { t, sentence } = translator(coreNamespaces);
