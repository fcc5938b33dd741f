// Every API route of the app. The OpenAPI document and the access-matrix test read this list; the
// web's typed client reads its type (src/web/client.ts, `import type` only) and a generated table of
// ids, methods and paths (src/web/routes.generated.ts, from scripts/generate-web-routes.ts).
import type { AnyRoute } from '../http/route.ts';
import { agendaRoutes } from './agenda.ts';
import { authRoutes } from './auth.ts';
import { collegeRoutes } from './colleges.ts';
import { committeeRoutes } from './committee.ts';
import { conversationRoutes } from './conversation.ts';
import { handreikingRoutes } from './handreiking.ts';
import { health } from './health.ts';
import { instrumentRoutes } from './instruments.ts';
import { nevenfunctiesRoutes } from './nevenfuncties.ts';
import { organisationRoutes } from './organisations.ts';
import { procedureRoutes } from './procedures.ts';
import { reportDocumentsRoutes } from './reportDocuments.ts';
import { researchRoutes } from './research.ts';
import { reviewRoutes } from './reviews.ts';
import { screeningRoutes } from './screening.ts';

// `as const`: each element keeps its own id, method, path and schemas, so the contract is a type.
const routes = [
  health,
  ...authRoutes,
  ...organisationRoutes,
  ...instrumentRoutes,
  ...procedureRoutes,
  ...reviewRoutes,
  ...reportDocumentsRoutes,
  ...conversationRoutes,
  ...agendaRoutes,
  ...collegeRoutes,
  ...screeningRoutes,
  ...handreikingRoutes,
  ...researchRoutes,
  ...nevenfunctiesRoutes,
  ...committeeRoutes,
] as const;

/** One route with all its specifics: the union the web client looks ids up in. */
export type ApiRoute = (typeof routes)[number];

/** For registration, the OpenAPI document and the access matrix, where only the common shape matters. */
export const allRoutes: readonly AnyRoute[] = routes;
