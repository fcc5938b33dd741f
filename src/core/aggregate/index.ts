// Disclosure control for aggregate tables, pure (browser and server): see ARCHITECTURE.md,
// "Disclosure control".

export {
  type DifferencingConflict,
  differencingConflicts,
  type LinkedConflict,
  linkedConflicts,
  type ReleasedSets,
} from './differencing.ts';
export {
  type AttackerBounds,
  attackerBounds,
  type CellState,
  type CountTable,
  type ProtectedCell,
  type ProtectedTable,
  protectTable,
  protectTableAgainst,
  publishedMemberSets,
  suppressedMemberSets,
  suppressionPattern,
} from './protect.ts';
export {
  checkDisclosureSettings,
  type DisclosureSettings,
  type DisclosureSettingsProblem,
  defaultDisclosureSettings,
  minimumThreshold,
  protectionLevel,
} from './settings.ts';
