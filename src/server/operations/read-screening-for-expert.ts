import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { mayList } from '../policies/may.ts';
import { expertScreeningRules } from '../policies/screening.ts';
import { logExpertRead } from '../scans/access-log.ts';
import { readAnswers } from '../scans/content.ts';
import { loadForExpert } from '../scans/expert-review.ts';
import { pinnedInstrument } from '../scans/pinned-instrument.ts';
import { configuredAdapters } from '../screening/adapters/registry.ts';
import { currentLists } from '../screening/lists.ts';
import { openScreening, subjectsOf } from '../screening/record.ts';
import { declarationSummary, screeningStateOf } from '../screening/views.ts';

export async function readScreeningForExpert(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; procedureId: string; scanId: string },
) {
  return inTransaction(deps.database, { tenantId: input.tenantId, userId: session.userId }, async (tx) => {
    const { procedure, scan } = await loadForExpert(tx, session, input);
    const { instrument } = await pinnedInstrument(deps, procedure);
    await logExpertRead(tx, deps, session.userId, scan);
    const record = await openScreening(deps, scan);
    let subjects = record?.subjects;
    if (!subjects) {
      const candidate = scan.candidate_user_id
        ? await tx
            .selectFrom('users')
            .select('display_name')
            .where('id', '=', scan.candidate_user_id)
            .executeTakeFirst()
        : undefined;
      subjects = subjectsOf(candidate?.display_name ?? '', instrument, await readAnswers(deps, tx, scan));
    }
    return {
      declaration: declarationSummary(scan),
      subjects,
      available: {
        lists: (await currentLists(tx)).map((l) => ({
          name: l.name,
          version: l.version,
          licence: l.licence,
          entityCount: l.entityCount,
        })),
        registers: configuredAdapters(deps.settings).map((a) => a.id),
      },
      themes: instrument.themes.map((t) => ({ id: t.id, title: t.title })),
      check: record
        ? { ranAt: record.ranAt, sources: record.sources, hits: record.hits, manual: record.manual }
        : null,
      may: mayList(expertScreeningRules, screeningStateOf(scan)),
    };
  });
}
