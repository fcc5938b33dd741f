// The seam for organisations that sign in through their own identity provider (OpenID Connect,
// via openid-client) instead of a mailed link. Not wired yet: this is the contract the OIDC work
// fills in, so that everything after "we know who this is" stays shared.
//
// Flow: GET /api/auth/oidc/{tenantSlug}/start → redirect to the provider with state + PKCE
// (stored hashed on a pre-session row) → GET /api/auth/oidc/callback → `finishSignIn` verifies
// the ID token and returns a verified e-mail → an operation `redeem-oidc-sign-in.ts` finds the
// user by that e-mail and an active membership in *that* tenant, then calls `createSession`
// (auth/session.ts) exactly as `redeem-sign-in-link.ts` does. Second factor: an organisation may
// declare that its provider already enforces MFA (`acr` claim), which then counts as the second
// step; otherwise Weerbaar's own passkey/TOTP step follows as usual.
export interface OidcSettings {
  issuer: string;
  clientId: string;
  /** Sealed with the master key like TOTP secrets; never stored in the clear. */
  clientSecretSealed: Uint8Array;
  /** The provider enforces multi-factor sign-in (checked through the acr claim). */
  providerEnforcesMfa: boolean;
}

export interface IdentityProvider {
  /** Where to send the browser, and the state to keep (hashed) until the callback. */
  startSignIn(input: { redirectUri: string }): Promise<{ url: string; state: string; codeVerifier: string }>;
  /** Verifies the callback; returns the verified e-mail address and whether MFA was used. */
  finishSignIn(input: {
    callbackUrl: string;
    state: string;
    codeVerifier: string;
  }): Promise<{ email: string; emailVerified: boolean; mfa: boolean }>;
}
