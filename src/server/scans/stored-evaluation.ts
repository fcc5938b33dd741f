// What a scan keeps sealed once it is submitted: the evaluation (with the network analysis and
// picture) and, beside it, the expert's decisions (judgements, measures, finalised).
import type { Evaluation } from '../../core/instrument/evaluate.ts';
import type { NetworkDrawing } from '../../core/network/drawing.ts';
import type { NetworkAnalysis } from '../../core/network/metrics.ts';
import type { ReportDecisions } from '../../core/report/report-model.ts';

export interface StoredEvaluation {
  instrument: { id: string; version: string; hash: string };
  evaluatedAt: string;
  evaluation: Evaluation;
  /** The network measures and their per-contact details, when the scan has a network map. */
  network?: NetworkAnalysis | null;
  /**
   * The network picture, drawn once at submit (the map is frozen from then on): the layout of a
   * few hundred contacts takes a noticeable part of a second, too long to repeat at every read of
   * the report or PDF. Absent for scans submitted before it was kept; then it is drawn per read.
   */
  drawing?: NetworkDrawing | null;
}

export const emptyDecisions: ReportDecisions = { judgements: [], measures: [], finalisedAt: null };
