// The procedure's expert runs the antecedentenonderzoek of a submitted scan: the candidate and the
// organisations they named, against the newest version of every reference list and every register
// the operator configured. Only with a signed, unrevoked bewilligingsverklaring; once per scan.
// Every hit is stored with its score and features, undecided; the record is sealed under the scan
// key. The lists' indexes are loaded and the registers asked outside the transactions (an embedded
// database has one connection; a register may be slow).
import { randomUUID } from 'node:crypto';
import type { ScreeningEntity } from '../../core/screening/index.ts';
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { assertMay } from '../policies/may.ts';
import { expertScreeningRules } from '../policies/screening.ts';
import { readAnswers, sealField } from '../scans/content.ts';
import { loadForExpert } from '../scans/expert-review.ts';
import { pinnedInstrument } from '../scans/pinned-instrument.ts';
import { RegisterUnavailable } from '../screening/adapters/adapter.ts';
import { configuredAdapters, searchRegister } from '../screening/adapters/registry.ts';
import { currentLists, listIndex } from '../screening/lists.ts';
import {
  type ScreeningRecord,
  type SourceUsed,
  type StoredHit,
  screeningMinScore,
  subjectsOf,
} from '../screening/record.ts';
import { screeningStateOf } from '../screening/views.ts';

const hitsPerSubjectAndSource = 10;

function detailOf(entity: ScreeningEntity): string {
  return [
    entity.schema,
    ...entity.birthDates.slice(0, 2),
    entity.countries.slice(0, 3).join(' ').toUpperCase(),
    entity.topics.slice(0, 3).join(', '),
  ]
    .filter(Boolean)
    .join(' · ');
}

export async function runScreeningCheck(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; procedureId: string; scanId: string },
) {
  const scope = { tenantId: input.tenantId, userId: session.userId };
  // 1. Who and against what.
  const prepared = await inTransaction(deps.database, scope, async (tx) => {
    const { procedure, scan } = await loadForExpert(tx, session, input);
    assertMay(expertScreeningRules, screeningStateOf(scan), 'run');
    const { instrument } = await pinnedInstrument(deps, procedure);
    const candidate = scan.candidate_user_id
      ? await tx
          .selectFrom('users')
          .select('display_name')
          .where('id', '=', scan.candidate_user_id)
          .executeTakeFirst()
      : undefined;
    const answers = await readAnswers(deps, tx, scan);
    return {
      subjects: subjectsOf(candidate?.display_name ?? '', instrument, answers),
      lists: await currentLists(tx),
    };
  });

  // 2. The lists and the registers.
  const sources: SourceUsed[] = [];
  const hits: StoredHit[] = [];
  const subjects = prepared.subjects.filter((s) => s.name.trim() !== '');
  for (const list of prepared.lists) {
    const source = {
      kind: 'list' as const,
      listId: list.id,
      name: list.name,
      version: list.version,
      licence: list.licence,
    };
    const loaded = await listIndex(deps, list.id);
    for (const subject of subjects) {
      for (const hit of loaded.index.match(
        { kind: subject.kind, name: subject.name },
        { limit: hitsPerSubjectAndSource, minScore: screeningMinScore },
      )) {
        const entity = loaded.entities.get(hit.entityId);
        if (!entity) continue;
        hits.push({
          id: randomUUID(),
          subjectId: subject.id,
          source,
          entity: {
            id: entity.id,
            name: entity.names[0] ?? entity.id,
            schema: entity.schema,
            detail: detailOf(entity),
          },
          score: hit.score,
          features: hit.features,
          decision: null,
        });
      }
    }
    sources.push({ ...source, outcome: 'checked' });
  }
  for (const adapter of configuredAdapters(deps.settings)) {
    const source = { kind: 'register' as const, register: adapter.id };
    try {
      const found: StoredHit[] = [];
      for (const subject of subjects) {
        for (const hit of await searchRegister(adapter, subject, screeningMinScore)) {
          found.push({
            id: randomUUID(),
            subjectId: subject.id,
            source,
            entity: {
              id: hit.record.id,
              name: hit.record.names[0] ?? hit.record.id,
              schema: hit.record.kind === 'person' ? 'Person' : 'Company',
              detail: hit.record.detail,
            },
            score: hit.score,
            features: hit.features,
            decision: null,
          });
        }
      }
      hits.push(...found);
      sources.push({ ...source, outcome: 'checked' });
    } catch (error) {
      if (!(error instanceof RegisterUnavailable)) throw error;
      deps.logger.warn({ register: adapter.id }, 'register unavailable during a screening check');
      sources.push({ ...source, outcome: 'unavailable' });
    }
  }

  // 3. Sealed with the scan, if nothing changed meanwhile (a revocation, another run).
  return inTransaction(deps.database, scope, async (tx) => {
    const { scan } = await loadForExpert(tx, session, input, true);
    assertMay(expertScreeningRules, screeningStateOf(scan), 'run');
    const now = deps.now();
    const record: ScreeningRecord = {
      ranAt: now.toISOString(),
      declaration: {
        id: scan.declaration_id ?? '',
        version: scan.declaration_version ?? '',
        signedAt: new Date(scan.declaration_signed_at ?? now).toISOString(),
      },
      subjects: prepared.subjects,
      sources,
      hits,
      manual: [],
    };
    await tx
      .updateTable('scans')
      .set({
        screening_sealed: await sealField(deps, scan, 'screening', record),
        screening_ran_at: now,
        updated_at: now,
      })
      .where('id', '=', scan.id)
      .where('tenant_id', '=', input.tenantId)
      .execute();
    await recordAudit(tx, {
      action: 'screening.check_run',
      tenantId: input.tenantId,
      actorUserId: session.userId,
      subjectType: 'scan',
      subjectId: scan.id,
      data: {
        subjects: prepared.subjects.length,
        sources: sources.length,
        hits: hits.length,
        lists: prepared.lists.length,
      },
    });
    return { ranAt: record.ranAt, hits: hits.length };
  });
}
