// Sign-in routes: link, redeem, second factor (TOTP, passkey, recovery code), sign-out.
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { cookieOptions, loadSession, sessionCookieName } from '../auth/session.ts';
import { notSignedIn } from '../domain-error.ts';
import { enforceRateLimit } from '../http/rate-limit.ts';
import { defineRoute, type RouteRequest } from '../http/route.ts';
import { checkTotpCode } from '../operations/check-totp-code.ts';
import { finishPasskeyAuthentication } from '../operations/finish-passkey-authentication.ts';
import { finishPasskeyRegistration } from '../operations/finish-passkey-registration.ts';
import { redeemSignInLink } from '../operations/redeem-sign-in-link.ts';
import { requestSignInLink } from '../operations/request-sign-in-link.ts';
import { setUpTotp } from '../operations/set-up-totp.ts';
import { signOut } from '../operations/sign-out.ts';
import { startPasskeyAuthentication } from '../operations/start-passkey-authentication.ts';
import { startPasskeyRegistration } from '../operations/start-passkey-registration.ts';
import { useRecoveryCode } from '../operations/use-recovery-code.ts';
import { inputMessage } from '../texts.ts';
import { presentSession } from './present-session.ts';
import { email, language, sentSchema, sessionSchema } from './schemas.ts';

const tag = 'aanmelden';

async function freshSession(req: RouteRequest<unknown, unknown, unknown>) {
  const session = await loadSession(req.deps, getCookie(req.c, sessionCookieName));
  if (!session) throw notSignedIn();
  return presentSession(req.deps, session);
}

/**
 * Second-factor attempts are limited per person (guessing codes for one account) and, more
 * loosely, per address: a town hall behind one NAT address must not lock itself out.
 */
async function limitSecondFactor(req: RouteRequest<unknown, unknown, unknown>) {
  const session = req.requireSession();
  const limit = req.deps.settings.WEERBAAR_SIGN_IN_RATE_LIMIT;
  await enforceRateLimit(req.deps, 'second-factor', [`user:${session.userId}`], limit);
  await enforceRateLimit(req.deps, 'second-factor-address', [`ip:${req.clientAddress}`], limit * 10);
}

const codeBody = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, inputMessage('totp-digits')),
});

// WebAuthn JSON is checked by @simplewebauthn; here only its outer shape and size.
const webauthnResponse = z.looseObject({ id: z.string().max(1024), type: z.literal('public-key') });
const webauthnOptions = z.looseObject({ challenge: z.string() });

export const requestLinkRoute = defineRoute({
  id: 'auth.requestLink',
  method: 'post',
  path: '/api/auth/sign-in-link',
  summary: 'Send a sign-in link to an e-mail address (same answer for unknown addresses)',
  tag,
  auth: 'public',
  body: z.strictObject({ email, language: language.optional() }),
  responses: { 202: sentSchema },
  handler: async ({ deps, body, clientAddress }) => {
    const limit = deps.settings.WEERBAAR_SIGN_IN_RATE_LIMIT;
    await enforceRateLimit(deps, 'sign-in-link', [`ip:${clientAddress}`, `email:${body.email}`], limit);
    await requestSignInLink(deps, body);
    return { status: 202, body: { sent: true } };
  },
});

export const redeemRoute = defineRoute({
  id: 'auth.redeem',
  method: 'post',
  path: '/api/auth/redeem',
  summary: 'Use a sign-in or invitation link; starts a session',
  tag,
  auth: 'public',
  body: z.strictObject({ token: z.string().min(10).max(100) }),
  responses: { 200: sessionSchema },
  handler: async ({ deps, body, c, clientAddress }) => {
    await enforceRateLimit(
      deps,
      'redeem',
      [`ip:${clientAddress}`],
      deps.settings.WEERBAAR_SIGN_IN_RATE_LIMIT * 3,
    );
    const { sessionToken } = await redeemSignInLink(deps, body.token);
    setCookie(
      c,
      sessionCookieName,
      sessionToken,
      cookieOptions(deps.settings.WEERBAAR_SESSION_ABSOLUTE_HOURS * 3600),
    );
    const session = await loadSession(deps, sessionToken);
    if (!session) throw notSignedIn();
    return { status: 200, body: presentSession(deps, session) };
  },
});

export const sessionRoute = defineRoute({
  id: 'auth.session',
  method: 'get',
  path: '/api/auth/session',
  summary: 'Who am I: person, organisations and roles, second-factor state, CSRF token',
  tag,
  auth: 'partial',
  responses: { 200: sessionSchema },
  handler: async ({ deps, requireSession }) => ({
    status: 200,
    body: presentSession(deps, requireSession()),
  }),
});

export const totpSetupRoute = defineRoute({
  id: 'auth.totpSetup',
  method: 'post',
  path: '/api/auth/totp/setup',
  summary: 'Start adding an authenticator app: secret and QR code',
  tag,
  auth: 'partial',
  responses: { 200: z.object({ secret: z.string(), otpauthUrl: z.string(), qrSvg: z.string() }) },
  handler: async ({ deps, requireSession }) => ({
    status: 200,
    body: await setUpTotp(deps, requireSession()),
  }),
});

export const totpConfirmRoute = defineRoute({
  id: 'auth.totpConfirm',
  method: 'post',
  path: '/api/auth/totp/confirm',
  summary: 'Confirm the authenticator app with a code; returns recovery codes the first time',
  tag,
  auth: 'partial',
  body: codeBody,
  responses: { 200: z.object({ recoveryCodes: z.array(z.string()).nullable() }) },
  handler: async (req) => {
    await limitSecondFactor(req);
    return {
      status: 200,
      body: await checkTotpCode(req.deps, req.requireSession(), req.body.code, 'confirm'),
    };
  },
});

export const totpVerifyRoute = defineRoute({
  id: 'auth.totpVerify',
  method: 'post',
  path: '/api/auth/totp/verify',
  summary: 'Second step of signing in with a code from the authenticator app',
  tag,
  auth: 'partial',
  body: codeBody,
  responses: { 200: sessionSchema },
  handler: async (req) => {
    await limitSecondFactor(req);
    await checkTotpCode(req.deps, req.requireSession(), req.body.code, 'verify');
    return { status: 200, body: await freshSession(req) };
  },
});

export const passkeyRegistrationOptionsRoute = defineRoute({
  id: 'auth.passkeyRegistrationOptions',
  method: 'post',
  path: '/api/auth/passkeys/registration-options',
  summary: 'Start registering a passkey',
  tag,
  auth: 'partial',
  responses: { 200: webauthnOptions },
  handler: async ({ deps, requireSession }) => ({
    status: 200,
    body: await startPasskeyRegistration(deps, requireSession()),
  }),
});

export const passkeyRegistrationRoute = defineRoute({
  id: 'auth.passkeyRegistration',
  method: 'post',
  path: '/api/auth/passkeys/registration',
  summary: 'Finish registering a passkey; returns recovery codes when it is the first second factor',
  tag,
  auth: 'partial',
  body: z.strictObject({ response: webauthnResponse, name: z.string().max(60).optional() }),
  responses: { 200: z.object({ recoveryCodes: z.array(z.string()).nullable() }) },
  handler: async (req) => {
    await limitSecondFactor(req);
    return {
      status: 200,
      body: await finishPasskeyRegistration(
        req.deps,
        req.requireSession(),
        req.body.response as never,
        req.body.name,
      ),
    };
  },
});

export const passkeyAuthenticationOptionsRoute = defineRoute({
  id: 'auth.passkeyAuthenticationOptions',
  method: 'post',
  path: '/api/auth/passkeys/authentication-options',
  summary: 'Start the second step with a passkey',
  tag,
  auth: 'partial',
  responses: { 200: webauthnOptions },
  handler: async ({ deps, requireSession }) => ({
    status: 200,
    body: await startPasskeyAuthentication(deps, requireSession()),
  }),
});

export const passkeyAuthenticationRoute = defineRoute({
  id: 'auth.passkeyAuthentication',
  method: 'post',
  path: '/api/auth/passkeys/authentication',
  summary: 'Finish the second step with a passkey',
  tag,
  auth: 'partial',
  body: z.strictObject({ response: webauthnResponse }),
  responses: { 200: sessionSchema },
  handler: async (req) => {
    await limitSecondFactor(req);
    await finishPasskeyAuthentication(req.deps, req.requireSession(), req.body.response as never);
    return { status: 200, body: await freshSession(req) };
  },
});

export const recoveryCodeRoute = defineRoute({
  id: 'auth.recoveryCode',
  method: 'post',
  path: '/api/auth/recovery-code',
  summary: 'Second step with a one-time recovery code',
  tag,
  auth: 'partial',
  body: z.strictObject({ code: z.string().trim().min(12).max(20) }),
  responses: { 200: sessionSchema },
  handler: async (req) => {
    await limitSecondFactor(req);
    await useRecoveryCode(req.deps, req.requireSession(), req.body.code);
    return { status: 200, body: await freshSession(req) };
  },
});

export const signOutRoute = defineRoute({
  id: 'auth.signOut',
  method: 'post',
  path: '/api/auth/sign-out',
  summary: 'End this session',
  tag,
  auth: 'partial',
  responses: { 204: null },
  handler: async ({ deps, c, requireSession }) => {
    await signOut(deps, requireSession(), false);
    deleteCookie(c, sessionCookieName, { path: '/', secure: true });
    return { status: 204 };
  },
});

export const signOutEverywhereRoute = defineRoute({
  id: 'auth.signOutEverywhere',
  method: 'post',
  path: '/api/auth/sign-out-everywhere',
  summary: 'End every session of this person, on every device',
  tag,
  auth: 'full',
  responses: { 204: null },
  handler: async ({ deps, c, requireSession }) => {
    await signOut(deps, requireSession(), true);
    deleteCookie(c, sessionCookieName, { path: '/', secure: true });
    return { status: 204 };
  },
});

export const authRoutes = [
  requestLinkRoute,
  redeemRoute,
  sessionRoute,
  totpSetupRoute,
  totpConfirmRoute,
  totpVerifyRoute,
  passkeyRegistrationOptionsRoute,
  passkeyRegistrationRoute,
  passkeyAuthenticationOptionsRoute,
  passkeyAuthenticationRoute,
  recoveryCodeRoute,
  signOutRoute,
  signOutEverywhereRoute,
] as const;
