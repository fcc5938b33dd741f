// The workshop of an organisation survey, pure: its content as data, the spread of a round's
// answers to discuss, and what the group records. See ARCHITECTURE.md, "Datavolwassenheidsscan".
export {
  conclusionLimits,
  conclusionsInOrder,
  type ThemeConclusion,
  type WorkshopAction,
} from './conclusions.ts';
export { loadWorkshop } from './load.ts';
export {
  type Maturity,
  type MaturityLevel,
  maturityValues,
  type Workshop,
  workshopSchema,
} from './schema.ts';
export {
  type Agreement,
  agreementOf,
  type DiscussionPoint,
  leikDispersion,
  middleOf,
  type OptionShare,
  qualitativeVariation,
  type SpreadQuestionnaire,
  type SpreadResults,
  type StatementSpread,
  type ThemeSpread,
  type WorkshopSpread,
  workshopSpread,
} from './spread.ts';
