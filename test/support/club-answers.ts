// The answer set many tests start from: every question answered (completeAnswers), with one side
// job that the candidate keeps — a board seat at a sports club that gets a subsidy from the
// municipality (the weerbaarheidsscan rates it "risico"). No test runner or app imports here, so
// the browser journeys (e2e/support/api.ts) use it too.
import type { Instrument } from '../../src/core/instrument/schema.ts';
import { completeAnswers } from '../../src/server/demo/fill-answers.ts';

export const club = {
  organisatie: 'VV De Zwaluwen',
  rol: 'bestuur',
  betaald: 'nee',
  sector: 'sport_cultuur',
  relatie: ['subsidie'],
  behouden: 'behouden',
};

/** A complete answer set with the club seat (heeft_nevenfuncties: ja). */
export function clubAnswers(instrument: Instrument) {
  return completeAnswers(instrument, { heeft_nevenfuncties: 'ja', nevenfuncties: [club] });
}
