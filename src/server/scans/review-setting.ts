// Whether a procedure's scans are reviewed by an expert follows the instrument: a scan always is, a
// check may be, a reflection never is (operations/open-procedure.ts).
import type { ReviewPolicy, Sentence } from '../../core/vocabulary.ts';
import { invalidInput } from '../domain-error.ts';

/** Review follows the instrument: a scan always has one, a check may, a reflection never does. */
export function reviewFor(mode: string, asked: ReviewPolicy | undefined): ReviewPolicy {
  if (mode === 'scan') {
    if (asked && asked !== 'required')
      throw refusedReview({
        nl: 'Bij deze scan is beoordeling door een expert verplicht.',
        en: 'This scan is always reviewed by an expert.',
      });
    return 'required';
  }
  if (mode === 'check') {
    if (asked === 'none')
      throw refusedReview({
        nl: 'Kies verplicht of optioneel voor deze check.',
        en: 'Choose required or optional for this check.',
      });
    return asked ?? 'optional';
  }
  if (mode === 'reflectie') {
    if (asked && asked !== 'none')
      throw refusedReview({
        nl: 'Een reflectie blijft bij de persoon zelf: geen beoordeling.',
        en: 'A reflection stays with the person: no review.',
      });
    return 'none';
  }
  throw invalidInput(
    'invalid-input',
    { nl: 'Dit instrument is niet bedoeld voor een procedure.', en: 'Not for procedures.' },
    [
      {
        path: ['instrumentId'],
        message: {
          nl: 'De zelfscan is zonder procedure te gebruiken',
          en: 'the self-scan needs no procedure',
        },
      },
    ],
  );
}

function refusedReview(message: Sentence) {
  return invalidInput(
    'invalid-input',
    { nl: message.nl, en: 'Review setting not allowed for this instrument.' },
    [{ path: ['review'], message }],
  );
}
