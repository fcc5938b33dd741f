// Routes of the agenda work (see ARCHITECTURE.md). Thin: validate → authorise → operation → present.
import type { AnyRoute } from '../http/route.ts';

export const agendaRoutes: readonly AnyRoute[] = [];
