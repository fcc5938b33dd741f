// A beheerder sends personal links for an open round: one single-use token per address, mailed
// through the outbox. The round keeps only each token's SHA-256 (inserted in random order) and,
// once used, the day; no address, no mail id, nothing that says whose link is whose. The audit
// event holds the count only.
import { randomInt } from 'node:crypto';
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { randomToken } from '../crypto/tokens.ts';
import { inTransaction } from '../db/transaction.ts';
import { conflict } from '../domain-error.ts';
import { queueMail } from '../mail/outbox.ts';
import { invitationHash, questionnaireOf, requireRound, surveyLink } from '../surveys/rounds.ts';
import { sentence } from '../texts.ts';

function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export async function inviteSurveyRespondents(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; roundId: string; emails: string[]; language: 'nl' | 'en' },
): Promise<{ sent: number }> {
  const emails = [...new Set(input.emails)];
  await inTransaction(deps.database, { tenantId: input.tenantId, userId: session.userId }, async (tx) => {
    const round = await requireRound(tx, input.tenantId, input.roundId);
    if (round.status !== 'open')
      throw conflict('survey-round-closed', sentence('errors', 'survey-round-closed'));
    const questionnaire = questionnaireOf(round);
    const organisation = await tx
      .selectFrom('tenants')
      .select('name')
      .where('id', '=', input.tenantId)
      .executeTakeFirstOrThrow();
    const tokens = emails.map(() => randomToken());
    await tx
      .insertInto('survey_invitations')
      .values(
        shuffled(tokens).map((token) => ({
          token_hash: invitationHash(token),
          tenant_id: input.tenantId,
          round_id: round.id,
        })),
      )
      .execute();
    for (const [i, email] of emails.entries()) {
      await queueMail(tx, deps.keys, {
        to: email,
        template: 'survey-invitation',
        language: input.language,
        variables: {
          link: surveyLink(deps, round.id, tokens[i]!),
          organisation: organisation.name,
          survey: `${questionnaire.title[input.language]} — ${round.title}`,
        },
      });
    }
    await recordAudit(tx, {
      action: 'survey.invitations_sent',
      tenantId: input.tenantId,
      actorUserId: session.userId,
      subjectType: 'survey_round',
      subjectId: round.id,
      data: { count: emails.length },
    });
  });
  await deps.mailer.deliverPending();
  return { sent: emails.length };
}
