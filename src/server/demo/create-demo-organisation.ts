// The demo organisation "Gemeente Voorbeeld" with one person per role, so a newcomer can try
// every part right after `npm start`. Returns a sign-in link per person (embedded mode prints
// them). Running it again creates nothing new but hands out fresh links.
import { recordAudit } from '../audit/record.ts';
import { createLink } from '../auth/links.ts';
import type { AppDeps } from '../context.ts';
import type { Role } from '../db/schema.ts';
import { inTransaction, setScope } from '../db/transaction.ts';
import { createTenant } from '../operations/create-tenant.ts';
import { inviteMemberInTransaction } from '../organisation/membership-invitation.ts';
import { importDemoList } from './demo-list.ts';
import { createDemoProcedure } from './demo-procedure.ts';

export const demoSlug = 'gemeente-voorbeeld';

export const demoPeople: ReadonlyArray<{ role: Role; email: string; displayName: string }> = [
  { role: 'beheerder', email: 'beheerder@voorbeeld.nl', displayName: 'Bea Beheer (demo)' },
  { role: 'opdrachtgever', email: 'griffier@voorbeeld.nl', displayName: 'Gerrit Griffier (demo)' },
  { role: 'expert', email: 'expert@voorbeeld.nl', displayName: 'Esther Expert (demo)' },
  { role: 'kandidaat', email: 'kandidaat@voorbeeld.nl', displayName: 'Karim Kandidaat (demo)' },
  { role: 'onderzoeker', email: 'onderzoeker@voorbeeld.nl', displayName: 'Olga Onderzoek (demo)' },
  // The kandidatencommissie of a party (issue 14): opens election lists of its own.
  { role: 'commissie', email: 'commissie@voorbeeld.nl', displayName: 'Cas Commissie (demo)' },
];

export interface DemoSignIn {
  role: Role;
  email: string;
  url: string;
}

export async function createDemoOrganisation(
  deps: AppDeps,
): Promise<{ created: boolean; signIns: DemoSignIn[] }> {
  let tenant = await inTransaction(deps.database, { tenantId: null, userId: null }, (tx) =>
    tx.selectFrom('tenants').select('id').where('slug', '=', demoSlug).executeTakeFirst(),
  );
  const created = !tenant;
  if (!tenant) tenant = await createTenant(deps, { slug: demoSlug, name: 'Gemeente Voorbeeld' });
  const tenantId = tenant.id;
  const signIns = await inTransaction(deps.database, { tenantId, userId: null }, async (tx) => {
    const result: DemoSignIn[] = [];
    for (const person of demoPeople) {
      const user = await tx
        .selectFrom('users')
        .select('id')
        .where('email', '=', person.email)
        .executeTakeFirst();
      const member = user
        ? await tx
            .selectFrom('memberships')
            .select(['id', 'status'])
            .where('tenant_id', '=', tenantId)
            .where('user_id', '=', user.id)
            .where('role', '=', person.role)
            .executeTakeFirst()
        : undefined;
      if (!user || !member) {
        const invited = await inviteMemberInTransaction(tx, deps, null, {
          tenantId,
          ...person,
          language: 'nl',
        });
        result.push({ role: person.role, email: person.email, url: invited.invitationUrl });
      } else {
        await setScope(tx, { tenantId, userId: null });
        const link =
          member.status === 'invited'
            ? await createLink(tx, deps, { userId: user.id, purpose: 'invitation', membershipId: member.id })
            : await createLink(tx, deps, { userId: user.id, purpose: 'sign-in' });
        result.push({ role: person.role, email: person.email, url: link.url });
      }
    }
    await recordAudit(tx, {
      action: 'demo.created',
      tenantId,
      actorUserId: null,
      subjectType: 'tenant',
      subjectId: tenantId,
      data: { created },
    });
    return result;
  });
  // The demo procedure acts as these people; fresh sign-in links stay valid because a link that
  // belongs to an already active membership simply signs in.
  await createDemoProcedure(deps, tenantId);
  await importDemoList(deps);
  await deps.mailer.deliverPending();
  return { created, signIns };
}
