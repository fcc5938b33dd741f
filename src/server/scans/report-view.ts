// The report of one scan for one view, built from what is sealed (evaluation, decisions, and for
// the candidate's and expert's view the answers — to name evidence — and the network picture,
// drawn by drawNetwork as in the web app, and the confirmed findings of the antecedentenonderzoek).
// Shared by the HTML report (operations/read-own-report.ts, read-released-report.ts) and the PDF
// (report-pdf.ts), so a reader's file holds exactly what their page holds.
import type { Selectable } from 'kysely';
import type { NetworkBlock, View } from '../../core/instrument/schema.ts';
import { drawNetwork, type NetworkDrawing } from '../../core/network/drawing.ts';
import type { Network } from '../../core/network/model.ts';
import { type NetworkNames, networkNamesOf } from '../../core/report/evidence-text.ts';
import {
  buildReportView,
  personalReader,
  type ReportView,
  readerOf,
} from '../../core/report/report-model.ts';
import type { AppDeps } from '../context.ts';
import type { ProceduresTable, ScansTable } from '../db/schema.ts';
import type { Tx } from '../db/transaction.ts';
import { reportNotReady } from '../policies/scan.ts';
import { findingsOf, openScreening } from '../screening/record.ts';
import { openField, readAnswers } from './content.ts';
import { pinnedInstrument } from './pinned-instrument.ts';
import { emptyDecisions, type StoredEvaluation } from './stored-evaluation.ts';

export async function reportViewOf(
  deps: AppDeps,
  tx: Tx,
  procedure: Selectable<ProceduresTable>,
  scan: Selectable<ScansTable>,
  view: View,
): Promise<ReportView> {
  const { instrument, hash } = await pinnedInstrument(deps, procedure);
  const stored = await openField<StoredEvaluation | null>(deps, scan, 'evaluation', null);
  if (!stored) throw reportNotReady();
  const decisions = await openField(deps, scan, 'report', emptyDecisions);
  const personal = personalReader(readerOf(view));
  // The opdrachtgever's and the commissie's views never hold answers or the network: not even opened.
  const answers = personal ? await readAnswers(deps, tx, scan) : undefined;
  let network: NetworkDrawing | null = null;
  let networkNames: NetworkNames | null = null;
  if (personal && instrument.network) {
    // The frozen map: its labels name the contacts behind a network finding ("JB, via KL").
    const map = await openField<Network | null>(deps, scan, 'network', null);
    network =
      stored.drawing !== undefined ? stored.drawing : drawingOf(deps, scan.id, map, instrument.network);
    if (map) networkNames = networkNamesOf(map, instrument.network);
  }
  // Confirmed findings of the antecedentenonderzoek, as evidence of their theme (never for the
  // opdrachtgever: the record is not opened for their views; dismissed hits are never given).
  const screening = personal ? await openScreening(deps, scan) : null;
  return buildReportView(instrument, stored.evaluation, decisions, view, {
    findings: screening ? findingsOf(screening) : null,
    ...(answers ? { answers } : {}),
    hash: stored.instrument.hash ?? hash,
    network,
    networkNames,
  });
}

/**
 * The picture of a network map, or null for an empty map (or when drawing fails: the report is then
 * given without it). The same function and seeded layout as the web app: the same picture.
 */
export function drawingOf(
  deps: Pick<AppDeps, 'logger'>,
  scanId: string,
  map: Network | null,
  catalogue: NetworkBlock,
): NetworkDrawing | null {
  if (!map || map.contacts.length === 0) return null;
  try {
    return drawNetwork(map, catalogue);
  } catch {
    deps.logger.warn({ scan: scanId }, 'network drawing failed; report without picture');
    return null;
  }
}
