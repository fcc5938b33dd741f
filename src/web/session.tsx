// The signed-in session, shared by every page. Loaded once from GET /api/auth/session and
// replaced by what the auth calls return. Also ends the session in the browser when the
// server's idle timeout has passed, so an unattended screen does not keep showing data.
import { createContext, type ReactNode, use, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type OrganisationAction, type Role, roles } from '../core/vocabulary.ts';
import { API_REQUEST_EVENT, ApiError, setCsrfToken, setUnauthorizedHandler } from './api.ts';
import { call } from './client.ts';
import type { Membership, Session } from './contract.ts';

export type Notice = 'sessionExpired' | 'signedOut' | 'signedOutEverywhere';

export type SessionState =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'signed-out' }
  | { status: 'signed-in'; session: Session };

interface SessionContextValue {
  state: SessionState;
  session: Session | null;
  /** A message for the sign-in page, e.g. after signing out. */
  notice: Notice | null;
  setNotice: (notice: Notice | null) => void;
  setSession: (session: Session) => void;
  refresh: () => Promise<Session | null>;
  /** Forget the session in the browser (after sign-out, or when it expired). */
  clear: (notice?: Notice) => void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [notice, setNotice] = useState<Notice | null>(null);
  const lastActivity = useRef(Date.now());
  // Bumped on every change, so a slow GET /api/auth/session that started before a sign-in
  // (or sign-out) cannot overwrite the newer state when it finally answers.
  const version = useRef(0);

  const setSession = useCallback((session: Session) => {
    version.current += 1;
    setCsrfToken(session.csrfToken);
    lastActivity.current = Date.now();
    setState({ status: 'signed-in', session });
    setNotice(null);
  }, []);

  const clear = useCallback((reason?: Notice) => {
    version.current += 1;
    setCsrfToken(null);
    setState({ status: 'signed-out' });
    setNotice(reason ?? null);
  }, []);

  const refresh = useCallback(async (): Promise<Session | null> => {
    const started = version.current;
    try {
      const session = await call('auth.session');
      if (version.current !== started) return null;
      setSession(session);
      return session;
    } catch (error) {
      if (version.current !== started) return null;
      if (error instanceof ApiError && error.status === 401) {
        setCsrfToken(null);
        setState({ status: 'signed-out' });
        return null;
      }
      setState({
        status: 'error',
        error:
          error instanceof ApiError
            ? error
            : new ApiError({ type: 'about:blank', title: 'Error', status: 0, code: 'network' }),
      });
      return null;
    }
  }, [setSession]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // A 401 on a request made while signed in means the server ended the session.
  useEffect(() => {
    setUnauthorizedHandler(() => clear('sessionExpired'));
    return () => setUnauthorizedHandler(null);
  }, [clear]);

  // Any request keeps the server session alive; mirror that here.
  useEffect(() => {
    const touch = () => {
      lastActivity.current = Date.now();
    };
    window.addEventListener(API_REQUEST_EVENT, touch);
    return () => window.removeEventListener(API_REQUEST_EVENT, touch);
  }, []);

  const session = state.status === 'signed-in' ? state.session : null;

  useEffect(() => {
    if (!session) return;
    const timer = window.setInterval(() => {
      const now = Date.now();
      const idleLimit = session.idleTimeoutSeconds * 1000;
      const expired =
        now > Date.parse(session.expiresAt) || (idleLimit > 0 && now - lastActivity.current > idleLimit);
      if (expired) clear('sessionExpired');
    }, 15_000);
    return () => window.clearInterval(timer);
  }, [session, clear]);

  const value = useMemo<SessionContextValue>(
    () => ({ state, session, notice, setNotice, setSession, refresh, clear }),
    [state, session, notice, setSession, refresh, clear],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionContextValue {
  const value = use(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

export function needsSecondFactor(session: Session): boolean {
  return session.secondFactor.required && !session.secondFactor.verified;
}

export function activeMemberships(session: Session): Membership[] {
  return session.memberships.filter((membership) => membership.status === 'active');
}

/** An organisation the user works for, with all their active roles there (one person can have several). */
export interface Organisation {
  tenantId: string;
  tenantName: string;
  tenantSlug: string;
  /** For showing who someone is here; what they may do is `abilities`, never decided from roles. */
  roles: Role[];
  /** What the server's policies allow this person here (sent with the session). */
  abilities: readonly OrganisationAction[];
}

/** Whether the person may take this action in the organisation (the server decides the same way). */
export function may(organisation: Organisation, action: OrganisationAction): boolean {
  return organisation.abilities.includes(action);
}

export function organisations(session: Session): Organisation[] {
  const byTenant = new Map<string, Organisation>();
  for (const membership of activeMemberships(session)) {
    const existing = byTenant.get(membership.tenantId);
    if (existing) {
      if (!existing.roles.includes(membership.role)) existing.roles.push(membership.role);
    } else {
      byTenant.set(membership.tenantId, {
        tenantId: membership.tenantId,
        tenantName: membership.tenantName,
        tenantSlug: membership.tenantSlug,
        roles: [membership.role],
        abilities: session.abilities[membership.tenantId] ?? [],
      });
    }
  }
  const order = (role: Role) => roles.indexOf(role);
  for (const organisation of byTenant.values()) organisation.roles.sort((a, b) => order(a) - order(b));
  return [...byTenant.values()];
}

export function organisationFor(session: Session, tenantId: string | undefined): Organisation | undefined {
  if (!tenantId) return undefined;
  return organisations(session).find((organisation) => organisation.tenantId === tenantId);
}
