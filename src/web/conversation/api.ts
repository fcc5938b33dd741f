// The conversation tools' calls: the interview guide of one scan (expert, or opdrachtgever while
// released) and the public dilemma cards. Same client as the rest of the app (../api.ts).
import type { InterviewGuide } from '../../core/conversation/interview-guide.ts';
import type { Dilemma, FullText } from '../../core/conversation/schema.ts';
import type { Text } from '../../core/instrument/schema.ts';
import { request } from '../api.ts';

export interface GuideReply {
  reader: 'expert' | 'opdrachtgever';
  guide: InterviewGuide;
}

export interface DilemmaCards {
  audiences: Array<{ id: string; label: FullText }>;
  themes: Array<{ id: string; title: Text }>;
  dilemmas: Dilemma[];
}

export const conversationApi = {
  guide: (tenantId: string, procedureId: string, scanId: string) =>
    request<GuideReply>(
      'GET',
      `/api/organisations/${encodeURIComponent(tenantId)}/procedures/${encodeURIComponent(procedureId)}/scans/${encodeURIComponent(scanId)}/leidraad`,
    ),
  /** Public: no account needed; nothing is sent but this GET. */
  dilemmas: () => request<DilemmaCards>('GET', '/api/public/dilemmakaarten'),
};
