// What a workshop records per theme, pure: what was discussed, the maturity step the group agreed
// (1–5, or none yet), and the actions agreed. The limits are here so route, page and report agree.
import type { Maturity } from './schema.ts';

export const conclusionLimits = {
  discussed: 4000,
  actions: 20,
  actionText: 500,
  owner: 200,
} as const;

export interface WorkshopAction {
  text: string;
  /** who takes it up: a role or team, as the group writes it */
  owner: string;
  /** a day (YYYY-MM-DD), or null */
  due: string | null;
}

export interface ThemeConclusion {
  themeId: string;
  discussed: string;
  maturity: Maturity | null;
  actions: WorkshopAction[];
}

/** An empty conclusion for each theme that has none yet, in the questionnaire's order. */
export function conclusionsInOrder(
  themeIds: readonly string[],
  recorded: ReadonlyArray<ThemeConclusion>,
): ThemeConclusion[] {
  const byTheme = new Map(recorded.map((c) => [c.themeId, c]));
  return themeIds.map(
    (themeId) => byTheme.get(themeId) ?? { themeId, discussed: '', maturity: null, actions: [] },
  );
}
