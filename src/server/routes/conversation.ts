// Routes of the conversation work (see ARCHITECTURE.md). Thin: validate → authorise → operation → present.
import type { AnyRoute } from '../http/route.ts';

export const conversationRoutes: readonly AnyRoute[] = [];
