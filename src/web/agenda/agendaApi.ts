// The agenda and re-scan part of the API (routes in src/server/routes/agenda.ts).
import type { AgendaAction } from '../../core/agenda/agenda.ts';
import type { Comparison } from '../../core/agenda/compare.ts';
import type { Text } from '../../core/instrument/schema.ts';
import { type NewProcedure, request } from '../api.ts';

export interface OwnAgenda {
  revision: number;
  updatedAt: string | null;
  actions: AgendaAction[];
  measures: Array<{ id: string; title: Text; description: Text }>;
  procedure: { name: string };
  finalisedAt: string | null;
}

export type EarlierState = 'none' | 'ask' | 'declined' | 'deleted' | 'shared';

export interface EarlierView {
  state: EarlierState;
  earlier: { procedureName: string; submittedAt: string | null; finished: boolean } | null;
  consentAt: string | null;
  agenda: { actions: AgendaAction[] } | null;
  agendaUpdatedAt: string | null;
  comparison: Comparison | null;
}

const org = (tenantId: string) => `/api/organisations/${encodeURIComponent(tenantId)}`;
const own = (tenantId: string, scanId: string) => `${org(tenantId)}/my-scans/${encodeURIComponent(scanId)}`;
const procedure = (tenantId: string, procedureId: string) =>
  `${org(tenantId)}/procedures/${encodeURIComponent(procedureId)}`;

export const agendaApi = {
  read: (tenantId: string, scanId: string) => request<OwnAgenda>('GET', `${own(tenantId, scanId)}/agenda`),
  save: (tenantId: string, scanId: string, input: { baseRevision: number; actions: AgendaAction[] }) =>
    request<{ revision: number; updatedAt: string }>('PUT', `${own(tenantId, scanId)}/agenda`, input),
  earlier: (tenantId: string, scanId: string) =>
    request<EarlierView>('GET', `${own(tenantId, scanId)}/earlier`),
  consent: (tenantId: string, scanId: string, consent: boolean) =>
    request<{ consent: boolean }>('PUT', `${own(tenantId, scanId)}/earlier/consent`, { consent }),
  expertEarlier: (tenantId: string, procedureId: string, scanId: string) =>
    request<EarlierView>(
      'GET',
      `${procedure(tenantId, procedureId)}/scans/${encodeURIComponent(scanId)}/earlier`,
    ),
  openFollowUp: (tenantId: string, earlierProcedureId: string, input: NewProcedure) =>
    request<{ id: string }>('POST', `${procedure(tenantId, earlierProcedureId)}/follow-ups`, input),
  followUp: (tenantId: string, procedureId: string) =>
    request<{ follows: { id: string; name: string } | null; linkedScans: number }>(
      'GET',
      `${procedure(tenantId, procedureId)}/follow-up`,
    ),
};
