// The assigned expert starts the review of a submitted scan.
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { reviewStep } from '../scans/expert-review.ts';

export function beginReview(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; procedureId: string; scanId: string },
) {
  return reviewStep(deps, session, input, 'begin', async () => ({}), 'scan.review_started');
}
