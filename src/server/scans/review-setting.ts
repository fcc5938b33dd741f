// Whether a procedure's scans are reviewed by an expert follows the instrument: a scan always is, a
// check may be, a reflection never is (operations/open-procedure.ts).
import type { ReviewPolicy, Sentence } from '../../core/vocabulary.ts';
import { invalidInput } from '../domain-error.ts';
import { sentence } from '../texts.ts';

/** Review follows the instrument: a scan always has one, a check may, a reflection never does. */
export function reviewFor(mode: string, asked: ReviewPolicy | undefined): ReviewPolicy {
  if (mode === 'scan') {
    if (asked && asked !== 'required') throw refusedReview(sentence('errors', 'fields.review-required'));
    return 'required';
  }
  if (mode === 'check') {
    if (asked === 'none') throw refusedReview(sentence('errors', 'fields.review-check'));
    return asked ?? 'optional';
  }
  if (mode === 'reflectie') {
    if (asked && asked !== 'none') throw refusedReview(sentence('errors', 'fields.review-reflection'));
    return 'none';
  }
  throw invalidInput('invalid-input', sentence('errors', 'invalid-input.not-for-procedures'), [
    {
      path: ['instrumentId'],
      message: sentence('errors', 'fields.self-scan'),
    },
  ]);
}

function refusedReview(message: Sentence) {
  return invalidInput('invalid-input', sentence('errors', 'invalid-input.review-setting'), [
    { path: ['review'], message },
  ]);
}
