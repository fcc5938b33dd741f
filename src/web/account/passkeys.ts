// Passkeys (WebAuthn) through @simplewebauthn/browser, with errors turned into plain sentences.
import { startAuthentication, startRegistration, WebAuthnError } from '@simplewebauthn/browser';
import type { TFunction } from 'i18next';
import { ApiError } from '../api.ts';
import { call } from '../client.ts';
import type { Session } from '../contract.ts';
import { problemMessage } from '../problem.ts';

export { browserSupportsWebAuthn } from '@simplewebauthn/browser';

export async function registerPasskey(name?: string): Promise<{ recoveryCodes: string[] | null }> {
  const optionsJSON = await call('auth.passkeyRegistrationOptions');
  const response = await startRegistration({ optionsJSON });
  // Spread: the library's interface has no index signature, the route's loose object type wants one.
  return call('auth.passkeyRegistration', { body: { response: { ...response }, name: name || undefined } });
}

export async function authenticateWithPasskey(): Promise<Session> {
  const optionsJSON = await call('auth.passkeyAuthenticationOptions');
  const response = await startAuthentication({ optionsJSON });
  return call('auth.passkeyAuthentication', { body: { response: { ...response } } });
}

export function passkeyErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) return problemMessage(error, t);
  if (error instanceof WebAuthnError) {
    if (error.code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED') return t('passkey.alreadyRegistered');
    if (error.code === 'ERROR_CEREMONY_ABORTED') return t('passkey.cancelled');
  }
  if (error instanceof Error && (error.name === 'NotAllowedError' || error.name === 'AbortError')) {
    return t('passkey.cancelled');
  }
  return t('passkey.failed');
}
