// Schemas shared by several routes.
import { z } from 'zod';
import {
  languages,
  membershipStatuses,
  type OrganisationAction,
  organisationActions,
  reviewPolicies,
  roles,
} from '../../core/vocabulary.ts';
import { inputMessage } from '../texts.ts';

export const role = z.enum(roles);
export const membershipStatus = z.enum(membershipStatuses);
export const reviewPolicy = z.enum(reviewPolicies);

export const email = z
  .string({ error: inputMessage('email-required') })
  .trim()
  .toLowerCase()
  .max(254, inputMessage('too-long'))
  .pipe(z.email({ error: inputMessage('email-invalid') }));

export const language = z.enum(languages);

export const tenantParams = z.strictObject({
  tenantId: z.uuid({ error: inputMessage('unknown-organisation') }),
});

/** An id in the path, refused with the name of what it is when it is no uuid. */
export const idParam = (what: 'procedure' | 'scan' | 'vrijgave') =>
  z.uuid({ error: inputMessage(`unknown-${what}`) });
/** …/procedures/{procedureId} */
export const procedureParams = tenantParams.extend({ procedureId: idParam('procedure') });
/** …/my-scans/{scanId}: the candidate's own scan. */
export const ownScanParams = tenantParams.extend({ scanId: idParam('scan') });
/** …/procedures/{procedureId}/scans/{scanId}: a scan through its procedure. */
export const procedureScanParams = procedureParams.extend({ scanId: idParam('scan') });

/**
 * What every route of an organisation's members repeats: fully signed in, the organisation rule the
 * caller must pass (policies/organisation.ts), and the path's params. Spread into `defineRoute`:
 * `...member('scans.own', ownScanParams)`.
 */
export function member<const A extends OrganisationAction, P>(organisation: A, params: P) {
  return { auth: 'full' as const, organisation, params };
}

export const sessionSchema = z.object({
  user: z.object({ id: z.string(), email: z.string(), displayName: z.string(), language }),
  memberships: z.array(
    z.object({
      id: z.string(),
      tenantId: z.string(),
      tenantName: z.string(),
      tenantSlug: z.string(),
      role,
      status: membershipStatus,
    }),
  ),
  /** Organisation id → the actions the person may take there (policies/organisation.ts). */
  abilities: z.record(z.string(), z.array(z.enum(organisationActions))),
  secondFactor: z.object({
    required: z.boolean(),
    verified: z.boolean(),
    totp: z.boolean(),
    passkeys: z.number().int(),
    recoveryCodesLeft: z.number().int(),
  }),
  csrfToken: z.string(),
  expiresAt: z.string(),
  idleTimeoutSeconds: z.number().int(),
});

export const memberSchema = z.object({
  id: z.string(),
  userId: z.string(),
  email: z.string(),
  displayName: z.string(),
  role,
  status: z.enum(['invited', 'active', 'disabled']),
  createdAt: z.string(),
  activatedAt: z.string().nullable(),
});

export const sentSchema = z.object({ sent: z.literal(true) });

// Compile-time checks that a reply schema and the domain type it declares say the same, used as
// `const _x: Exactly<z.infer<typeof schema>, DomainType> = true`: a field added to one and not the
// other fails tsc, before the route refuses it at run time.
/** Identical types: also catches an optional field only one side has. */
export type Exactly<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Each assignable to the other (for types built with Omit and &, which are never identical). */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
