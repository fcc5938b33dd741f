// The web's texts in English, as i18next reads them (see nl.ts).
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
import type { Messages } from './nl.ts';
import { appTexts } from './texts.ts';

export const en: Messages = {
  networkMap: inLanguage(networkMapTexts, 'en'),
  networkPicture: inLanguage(networkPictureTexts, 'en'),
  reportDocuments: inLanguage(reportDocumentsTexts, 'en'),
  conversation: inLanguage(conversationTexts, 'en'),
  agenda: inLanguage(agendaTexts, 'en'),
  college: inLanguage(collegeTexts, 'en'),
  antecedents: inLanguage(antecedentsTexts, 'en'),
  handreiking: inLanguage(handreikingTexts, 'en'),
  research: inLanguage(researchTexts, 'en'),
  nevenfuncties: inLanguage(nevenfunctiesTexts, 'en'),
  committee: inLanguage(committeeTexts, 'en'),
  ...inLanguage(appTexts, 'en'),
};
