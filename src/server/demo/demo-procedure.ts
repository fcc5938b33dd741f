// The demo organisation's procedure, with fictional candidates at every stage (invited, half-way,
// submitted, finalised, released), so a newcomer sees the whole flow right after `npm start`.
// Everything goes through the real operations, acting as the demo people.
import type { Answers } from '../../core/instrument/answers.ts';
import { evaluate } from '../../core/instrument/evaluate.ts';
import { ownFactors, ownMemberships, type SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { beginReview } from '../operations/begin-review.ts';
import { finaliseReport } from '../operations/finalise-report.ts';
import { inviteCandidate } from '../operations/invite-candidate.ts';
import { openProcedure } from '../operations/open-procedure.ts';
import { releaseReport } from '../operations/release-report.ts';
import { saveAnswers } from '../operations/save-answers.ts';
import { saveDecisions } from '../operations/save-decisions.ts';
import { saveNetwork } from '../operations/save-network.ts';
import { submitScan } from '../operations/submit-scan.ts';
import { demoNetwork } from './demo-network.ts';
import { completeAnswers } from './fill-answers.ts';

export const demoProcedureName = 'Wethouder Gemeente Voorbeeld 2026 (demo)';

/**
 * A session for a demo person without their signing in. Unsafe by design and used only here,
 * to seed fictional data on a fresh embedded installation: it skips every sign-in step.
 */
async function unsafeActAs(deps: AppDeps, email: string): Promise<SessionInfo> {
  const user = await inTransaction(deps.database, { tenantId: null, userId: null }, (tx) =>
    tx
      .selectFrom('users')
      .select(['id', 'email', 'display_name', 'preferred_language'])
      .where('email', '=', email)
      .executeTakeFirstOrThrow(),
  );
  return inTransaction(deps.database, { tenantId: null, userId: user.id }, async (tx) => ({
    sessionId: '00000000-0000-4000-8000-000000000000',
    userId: user.id,
    email: user.email,
    displayName: user.display_name,
    language: user.preferred_language,
    createdAt: deps.now(),
    expiresAt: new Date(deps.now().getTime() + 60_000),
    secondFactorAt: deps.now(),
    memberships: await ownMemberships(tx, user.id),
    factors: await ownFactors(tx, user.id),
  }));
}

async function activate(deps: AppDeps, tenantId: string, email: string): Promise<void> {
  await inTransaction(deps.database, { tenantId, userId: null }, async (tx) => {
    const user = await tx
      .selectFrom('users')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    await tx
      .updateTable('memberships')
      .set({ status: 'active', activated_at: deps.now() })
      .where('tenant_id', '=', tenantId)
      .where('user_id', '=', user.id)
      .where('status', '=', 'invited')
      .execute();
  });
}

const fictional = {
  inge: { email: 'inge.uitgenodigd@voorbeeld.nl', name: 'Inge Uitgenodigd (demo)' },
  karim: { email: 'kandidaat@voorbeeld.nl', name: 'Karim Kandidaat (demo)' },
  sanne: { email: 'sanne.ingediend@voorbeeld.nl', name: 'Sanne Ingediend (demo)' },
  floor: { email: 'floor.afgerond@voorbeeld.nl', name: 'Floor Afgerond (demo)' },
  ruben: { email: 'ruben.gedeeld@voorbeeld.nl', name: 'Ruben Gedeeld (demo)' },
};

/** A fictional candidate with a board seat at a subsidised sports club and a few other points. */
const typicalStart: Answers = {
  heeft_nevenfuncties: 'ja',
  nevenfuncties: [
    {
      organisatie: 'Stichting Sportpark Noord',
      rol: 'bestuur',
      betaald: 'nee',
      sector: 'sport_cultuur',
      relatie: ['subsidie'],
      behouden: 'neerleggen',
    },
  ],
};

export async function createDemoProcedure(deps: AppDeps, tenantId: string): Promise<void> {
  const exists = await inTransaction(deps.database, { tenantId, userId: null }, (tx) =>
    tx
      .selectFrom('procedures')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('name', '=', demoProcedureName)
      .executeTakeFirst(),
  );
  if (exists) return;
  const loaded = deps.instruments.latest('weerbaarheidsscan-bestuurder');
  if (!loaded) return;
  await activate(deps, tenantId, 'griffier@voorbeeld.nl');
  await activate(deps, tenantId, 'expert@voorbeeld.nl');
  const griffier = await unsafeActAs(deps, 'griffier@voorbeeld.nl');
  const expert = await unsafeActAs(deps, 'expert@voorbeeld.nl');
  const expertMembership = expert.memberships.find((m) => m.tenantId === tenantId && m.role === 'expert')!;
  const { id: procedureId } = await openProcedure(deps, griffier, {
    tenantId,
    name: demoProcedureName,
    office: 'wethouder',
    instrumentId: loaded.instrument.id,
    retentionDays: 90,
    expertMembershipIds: [expertMembership.id],
  });

  const scans: Record<keyof typeof fictional, string> = {} as never;
  for (const [key, person] of Object.entries(fictional) as Array<
    [keyof typeof fictional, { email: string; name: string }]
  >) {
    scans[key] = (
      await inviteCandidate(deps, griffier, {
        tenantId,
        procedureId,
        email: person.email,
        displayName: person.name,
      })
    ).scanId;
  }

  const answer = async (key: keyof typeof fictional, answers: Answers) => {
    await activate(deps, tenantId, fictional[key].email);
    const candidate = await unsafeActAs(deps, fictional[key].email);
    const { revision } = await saveAnswers(deps, candidate, {
      tenantId,
      scanId: scans[key],
      baseRevision: 0,
      saveId: crypto.randomUUID(),
      changes: answers,
    });
    await saveNetwork(deps, candidate, {
      tenantId,
      scanId: scans[key],
      baseRevision: revision,
      saveId: crypto.randomUUID(),
      network: demoNetwork(),
    });
    return candidate;
  };

  // Karim is half-way: the first part partly answered. He can sign in and go on.
  await answer('karim', { ...typicalStart, beoogde_functie: 'wethouder', voldoet_vereisten: 'ja' });

  const complete = completeAnswers(loaded.instrument, typicalStart);
  const sanne = await answer('sanne', complete);
  await submitScan(deps, sanne, tenantId, scans.sanne);

  for (const key of ['floor', 'ruben'] as const) {
    const candidate = await answer(key, complete);
    await submitScan(deps, candidate, tenantId, scans[key]);
    const where = { tenantId, procedureId, scanId: scans[key] };
    await beginReview(deps, expert, where);
    const themes = evaluate(loaded.instrument, { answers: complete }).themes;
    await saveDecisions(deps, expert, {
      ...where,
      judgements: themes.map((t) => ({
        theme: t.id,
        level: t.level,
        rationale:
          t.level === 'geen-aandachtspunt'
            ? 'In het gesprek kwam niets naar voren dat aandacht vraagt. (fictief)'
            : 'Besproken in het gesprek; de kandidaat ziet het punt en neemt de maatregel. (fictief)',
      })),
      measures: evaluate(loaded.instrument, { answers: complete })
        .measures.map((m) => m.id)
        .slice(0, 3),
    });
    await finaliseReport(deps, expert, where);
  }
  const ruben = await unsafeActAs(deps, fictional.ruben.email);
  await releaseReport(deps, ruben, {
    tenantId,
    scanId: scans.ruben,
    scope: 'volledig',
    until: new Date(deps.now().getTime() + 60 * 86_400_000),
  });
}
