// The authenticator app (TOTP) as we set it up and check it: the code generator for a secret and the
// associated data its sealed secret is bound to (operations/set-up-totp.ts, check-totp-code.ts).
import * as OTPAuth from 'otpauth';

export function totpFor(secret: OTPAuth.Secret, label: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({ issuer: 'Weerbaar', label, algorithm: 'SHA1', digits: 6, period: 30, secret });
}

export const totpAssociatedData = (userId: string) => `totp_factors:${userId}:secret`;
