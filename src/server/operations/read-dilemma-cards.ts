// The dilemma cards, public: the audiences, the themes the cards are about (with their titles
// from the instruments) and the cards. Not confidential and nothing stored: content, like the
// zelfscan's questions.
import type { Audience, Dilemma } from '../../core/conversation/schema.ts';
import type { Text } from '../../core/instrument/schema.ts';
import type { AppDeps } from '../context.ts';
import { conversationFor } from '../conversation/registry.ts';

export interface DilemmaCards {
  audiences: Array<Pick<Audience, 'id' | 'label'>>;
  themes: Array<{ id: string; title: Text }>;
  dilemmas: Dilemma[];
}

export function readDilemmaCards(deps: AppDeps): DilemmaCards {
  const { dilemmas, themeTitles } = conversationFor(deps.instruments);
  const used = new Set(dilemmas.dilemmas.flatMap((d) => d.themes));
  return {
    audiences: dilemmas.audiences.map((a) => ({ id: a.id, label: a.label })),
    // In the order of the instruments' themes, so the choice reads like the scan.
    themes: [...themeTitles.entries()].filter(([id]) => used.has(id)).map(([id, title]) => ({ id, title })),
    dilemmas: dilemmas.dilemmas,
  };
}
