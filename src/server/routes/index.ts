// Every API route of the app. The OpenAPI document and the access-matrix test read this list.
import type { AnyRoute } from '../http/route.ts';
import { agendaRoutes } from './agenda.ts';
import { authRoutes } from './auth.ts';
import { conversationRoutes } from './conversation.ts';
import { health } from './health.ts';
import { instrumentRoutes } from './instruments.ts';
import { organisationRoutes } from './organisations.ts';
import { procedureRoutes } from './procedures.ts';
import { reportDocumentsRoutes } from './reportDocuments.ts';
import { reviewRoutes } from './reviews.ts';

export const allRoutes: readonly AnyRoute[] = [
  health,
  ...authRoutes,
  ...organisationRoutes,
  ...instrumentRoutes,
  ...procedureRoutes,
  ...reviewRoutes,
  ...reportDocumentsRoutes,
  ...conversationRoutes,
  ...agendaRoutes,
];
