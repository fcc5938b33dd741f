// Screening: matching a subject against reference lists, with an explanation for every hit.
// Pure (no I/O, no Node APIs). See ARCHITECTURE.md "Screening match".
export { explainFeature, explainRefusal } from './explain.ts';
export { ftmSchemaKinds, isFtmDate, parseFtmLine } from './ftm.ts';
export { analyseName, fold, type NamePart, type NamePartKind, normaliseName } from './normalise.ts';
export {
  compareParts,
  nameFeatures,
  normaliseIdentifier,
  prepareName,
  scoreEntity,
  scoreOf,
  screeningThreshold,
} from './score.ts';
export { buildScreeningIndex, type ScreeningIndexStats } from './screening-index.ts';
export { allowedEdits, dutchKey, editDistance, internationalKey } from './similarity.ts';
export type {
  EntityKind,
  FtmLineResult,
  FtmRefusal,
  MatchFeature,
  MatchFeatureCode,
  ScreeningEntity,
  ScreeningHit,
  ScreeningIndex,
  ScreeningQuery,
} from './types.ts';
