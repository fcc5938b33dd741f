// Step one of adding an authenticator app: a new secret (stored sealed) and its QR code.
// It counts only after confirm-totp proves the app produces the right codes.
import * as OTPAuth from 'otpauth';
import QRCode from 'qrcode';
import { assertMayEnrolFactor } from '../auth/factors.ts';
import type { SessionInfo } from '../auth/session.ts';
import { totpAssociatedData, totpFor } from '../auth/totp.ts';
import type { AppDeps } from '../context.ts';
import { seal } from '../crypto/aead.ts';
import { inTransaction } from '../db/transaction.ts';
import { conflict } from '../domain-error.ts';
import { sentence } from '../texts.ts';

export async function setUpTotp(
  deps: AppDeps,
  session: SessionInfo,
): Promise<{ secret: string; otpauthUrl: string; qrSvg: string }> {
  assertMayEnrolFactor(session);
  if (session.factors.totp) {
    throw conflict('totp-exists', sentence('errors', 'totp-exists'));
  }
  const secret = new OTPAuth.Secret({ size: 20 });
  const sealed = seal(
    deps.keys.derivedKey('totp-secrets'),
    Buffer.from(secret.base32),
    totpAssociatedData(session.userId),
  );
  await inTransaction(deps.database, { tenantId: null, userId: session.userId }, async (tx) => {
    await tx
      .insertInto('totp_factors')
      .values({ user_id: session.userId, secret_ciphertext: sealed, created_at: deps.now() })
      .onConflict((oc) =>
        oc.column('user_id').doUpdateSet({ secret_ciphertext: sealed, created_at: deps.now() }),
      )
      .execute();
  });
  const otpauthUrl = totpFor(secret, session.email).toString();
  const qrSvg = await QRCode.toString(otpauthUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret: secret.base32, otpauthUrl, qrSvg };
}
