// The four-step scale of domain.md §7, without zod, so the browser bundle of the engine stays small.
export const levels = ['geen-aandachtspunt', 'aandachtspunt', 'risico', 'ernstig-risico'] as const;
export type Level = (typeof levels)[number];
