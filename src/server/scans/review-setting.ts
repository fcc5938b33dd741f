// Whether a procedure's scans are reviewed by an expert follows the instrument: a scan always is, a
// check may be, a reflection never is (operations/open-procedure.ts).
import type { ReviewPolicy } from '../../core/vocabulary.ts';
import { Problem } from '../http/problem.ts';

/** Review follows the instrument: a scan always has one, a check may, a reflection never does. */
export function reviewFor(mode: string, asked: ReviewPolicy | undefined): ReviewPolicy {
  if (mode === 'scan') {
    if (asked && asked !== 'required')
      throw reviewProblem('Bij deze scan is beoordeling door een expert verplicht.');
    return 'required';
  }
  if (mode === 'check') {
    if (asked === 'none') throw reviewProblem('Kies verplicht of optioneel voor deze check.');
    return asked ?? 'optional';
  }
  if (mode === 'reflectie') {
    if (asked && asked !== 'none')
      throw reviewProblem('Een reflectie blijft bij de persoon zelf: geen beoordeling.');
    return 'none';
  }
  throw new Problem(
    400,
    'invalid-input',
    'Dit instrument is niet bedoeld voor een procedure. / Not for procedures.',
    [
      {
        path: 'instrumentId',
        message: 'De zelfscan is zonder procedure te gebruiken / the self-scan needs no procedure',
      },
    ],
  );
}

function reviewProblem(nl: string) {
  return new Problem(400, 'invalid-input', `${nl} / Review setting not allowed for this instrument.`, [
    { path: 'review', message: nl },
  ]);
}
