// The assigned expert finalises the report: a judgement with a rationale for every theme is needed.
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { unprocessable } from '../domain-error.ts';
import { openField, sealField } from '../scans/content.ts';
import { reviewStep } from '../scans/expert-review.ts';
import { pinnedInstrument } from '../scans/pinned-instrument.ts';
import { emptyDecisions } from '../scans/stored-evaluation.ts';
import { sentence, t as translate } from '../texts.ts';

/** Finalising needs a judgement with a rationale for every theme. */
export function finaliseReport(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; procedureId: string; scanId: string },
) {
  return reviewStep(
    deps,
    session,
    input,
    'finalise',
    async ({ scan, procedure }) => {
      const { instrument } = await pinnedInstrument(deps, procedure);
      const decisions = await openField(deps, scan, 'report', emptyDecisions);
      const missing = instrument.themes.filter(
        (t) => !decisions.judgements.some((j) => j.theme === t.id && j.rationale.trim().length > 0),
      );
      if (missing.length > 0) {
        throw unprocessable(
          'judgements-missing',
          sentence('errors', 'judgements-missing'),
          missing.map((t) => ({
            path: ['judgements', t.id],
            message: {
              nl: translate('errors', 'fields.judgement-missing', { theme: t.title.nl }, 'nl'),
              en: translate('errors', 'fields.judgement-missing', { theme: t.title.en ?? t.title.nl }, 'en'),
            },
          })),
        );
      }
      const now = deps.now();
      return {
        report_sealed: await sealField(deps, scan, 'report', {
          ...decisions,
          finalisedAt: now.toISOString(),
        }),
        finalised_at: now,
      };
    },
    'scan.finalised',
  );
}
