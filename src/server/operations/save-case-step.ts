// A case team member saves one step of the afwegingskader: its answers and, by the step's kind,
// the sources with their reliability, the conclusion or the strategies. Checked against the
// framework, sealed under the case's key, audited (step id and counts, never content).
import { type CaseStepContent, checkCaseStep } from '../../core/afwegingskader/case-step.ts';
import { municipalGuides } from '../afwegingskader/registry.ts';
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import { caseSealer } from '../case-files/sealed.ts';
import { type CaseFileView, caseFileView } from '../case-files/view.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { invalidInput } from '../domain-error.ts';
import { caseFileRules, loadCaseFileFor } from '../policies/case-file.ts';
import { assertMay } from '../policies/may.ts';
import { sentence } from '../texts.ts';

export async function saveCaseStep(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; caseId: string; stepId: string; content: CaseStepContent },
): Promise<CaseFileView> {
  const { tenantId, caseId, stepId } = input;
  return inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const caseFile = await loadCaseFileFor(tx, session, tenantId, caseId);
    assertMay(caseFileRules, caseFile, 'save');
    const problems = checkCaseStep(municipalGuides().afwegingskader, stepId, input.content);
    if (problems.length > 0)
      throw invalidInput(
        'case-step',
        sentence('errors', 'case-step'),
        problems.map((p) => ({
          path: p.code === 'unknown-step' ? ['params', 'stepId'] : ['body', ...p.path],
          message: sentence('errors', 'case-step'),
        })),
      );
    // Empty answers are left out: what is stored is what was written.
    const answers = Object.fromEntries(
      Object.entries(input.content.answers)
        .map(([k, v]) => [k, v.trim()] as const)
        .filter(([, v]) => v.length > 0),
    );
    const content: CaseStepContent = { ...input.content, answers };
    const sealed = (await caseSealer(deps, tenantId, caseId)).sealStep(stepId, content);
    const now = deps.now();
    await tx
      .insertInto('case_steps')
      .values({
        tenant_id: tenantId,
        case_id: caseId,
        step_id: stepId,
        content_sealed: sealed,
        saved_by: session.userId,
        saved_at: now,
      })
      .onConflict((oc) =>
        oc
          .columns(['case_id', 'step_id'])
          .doUpdateSet({ content_sealed: sealed, saved_by: session.userId, saved_at: now }),
      )
      .execute();
    await tx
      .updateTable('case_files')
      .set({ updated_at: now })
      .where('id', '=', caseId)
      .where('tenant_id', '=', tenantId)
      .execute();
    await recordAudit(tx, {
      action: 'case.step_saved',
      tenantId,
      actorUserId: session.userId,
      subjectType: 'case_file',
      subjectId: caseId,
      data: {
        step: stepId,
        answers: Object.keys(answers).length,
        sources: content.sources?.length ?? 0,
        strategies: content.strategies?.length ?? 0,
      },
    });
    return caseFileView(deps, tx, session, { ...caseFile, updated_at: now });
  });
}
