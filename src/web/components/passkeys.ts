// Passkeys (WebAuthn) through @simplewebauthn/browser, with errors turned into plain sentences.
import { startAuthentication, startRegistration, WebAuthnError } from '@simplewebauthn/browser';
import type { TFunction } from 'i18next';
import { ApiError, api, type Session } from '../api.ts';
import { problemMessage } from '../problem.ts';

export { browserSupportsWebAuthn } from '@simplewebauthn/browser';

export async function registerPasskey(name?: string): Promise<{ recoveryCodes: string[] | null }> {
  const optionsJSON = await api.auth.passkeyRegistrationOptions();
  const response = await startRegistration({ optionsJSON });
  return api.auth.passkeyRegister(response, name || undefined);
}

export async function authenticateWithPasskey(): Promise<Session> {
  const optionsJSON = await api.auth.passkeyAuthenticationOptions();
  const response = await startAuthentication({ optionsJSON });
  return api.auth.passkeyAuthenticate(response);
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
