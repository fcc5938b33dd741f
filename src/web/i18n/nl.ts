// The web's texts in Dutch (the default language), as i18next reads them: each feature's texts and
// the app-wide ones (texts.ts), all written Dutch and English side by side.

import { inLanguage } from '../../core/texts/translate.ts';
import { agendaTexts } from '../agenda/texts.ts';
import { collegeTexts } from '../college/texts.ts';
import { committeeTexts } from '../committee/texts.ts';
import { conversationTexts } from '../conversation/texts.ts';
import { handreikingTexts } from '../handreiking/texts.ts';
import { networkPictureTexts } from '../network/picture/texts.ts';
import { networkMapTexts } from '../network/texts.ts';
import { nevenfunctiesTexts } from '../nevenfuncties/texts.ts';
import { reportDocumentsTexts } from '../report/texts.ts';
import { researchTexts } from '../research/texts.ts';
import { antecedentsTexts } from '../screening/texts.ts';
import { appTexts } from './texts.ts';

export const nl = {
  networkMap: inLanguage(networkMapTexts, 'nl'),
  networkPicture: inLanguage(networkPictureTexts, 'nl'),
  reportDocuments: inLanguage(reportDocumentsTexts, 'nl'),
  conversation: inLanguage(conversationTexts, 'nl'),
  agenda: inLanguage(agendaTexts, 'nl'),
  college: inLanguage(collegeTexts, 'nl'),
  antecedents: inLanguage(antecedentsTexts, 'nl'),
  handreiking: inLanguage(handreikingTexts, 'nl'),
  research: inLanguage(researchTexts, 'nl'),
  nevenfuncties: inLanguage(nevenfunctiesTexts, 'nl'),
  committee: inLanguage(committeeTexts, 'nl'),
  ...inLanguage(appTexts, 'nl'),
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof nl>;
