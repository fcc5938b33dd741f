import { csrfTokenFor, type SessionInfo, secondFactorRequired } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { abilitiesIn } from '../policies/organisation.ts';

/** The session as the web app sees it; the same rules decide what the server allows. */
export function presentSession(deps: AppDeps, session: SessionInfo) {
  return {
    user: {
      id: session.userId,
      email: session.email,
      displayName: session.displayName,
      language: session.language,
    },
    memberships: session.memberships.map(({ candidateSecondFactorRequired: _, ...m }) => m),
    // Per organisation the person is an active member of: what they may do there.
    abilities: Object.fromEntries(
      [...new Set(session.memberships.filter((m) => m.status === 'active').map((m) => m.tenantId))].map(
        (tenantId) => [tenantId, abilitiesIn(session.memberships, tenantId)],
      ),
    ),
    secondFactor: {
      required: secondFactorRequired(session),
      verified: session.secondFactorAt !== null,
      ...session.factors,
    },
    csrfToken: csrfTokenFor(deps, session.sessionId),
    expiresAt: session.expiresAt.toISOString(),
    idleTimeoutSeconds: deps.settings.WEERBAAR_SESSION_IDLE_MINUTES * 60,
  };
}
