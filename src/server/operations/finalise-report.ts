// The assigned expert finalises the report: a judgement with a rationale for every theme is needed.
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { unprocessable } from '../domain-error.ts';
import { openField, sealField } from '../scans/content.ts';
import { reviewStep } from '../scans/expert-review.ts';
import { pinnedInstrument } from '../scans/pinned-instrument.ts';
import { emptyDecisions } from '../scans/stored-evaluation.ts';

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
          {
            nl: 'Geef voor elk thema een oordeel met onderbouwing.',
            en: 'Give a judgement with a rationale for every theme.',
          },
          missing.map((t) => ({
            path: ['judgements', t.id],
            message: {
              nl: `${t.title.nl}: oordeel of onderbouwing ontbreekt`,
              en: `${t.title.en ?? t.title.nl}: judgement or rationale missing`,
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
