// Routes of the reportDocuments work (see ARCHITECTURE.md). Thin: validate → authorise → operation → present.
import type { AnyRoute } from '../http/route.ts';

export const reportDocumentsRoutes: readonly AnyRoute[] = [];
