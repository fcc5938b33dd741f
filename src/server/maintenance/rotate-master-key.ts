// Master-key rotation (`weerbaar keys rotate`): everything sealed directly under a key derived from
// the master key is sealed again under the new one; scan content is not touched, because it is
// sealed under scan keys, which are sealed under organisation keys, which stay the same.
//
// What is sealed under the master key (crypto/key-provider.ts, HKDF purposes):
//   tenant-keys   the organisation keys in the key store           → re-wrapped by the key store
//   totp-secrets  totp_factors.secret_ciphertext                    → sealed again, one transaction
//   mail-outbox   mail_outbox.variables_sealed of unsent mail       → sealed again, same transaction
//   csrf          an HMAC, never stored: sessions simply get a new token on their next session read
//
// Crash-safe by being idempotent: every value is first tried with the new key and left alone when
// it opens, so a run interrupted anywhere (key store done, database not; or halfway the key folder)
// is finished by running it again with the same two keys. The old key is given up only by the
// caller, after this returns (master-key-file.ts, or the operator replacing WEERBAAR_MASTER_KEY).
import { sql } from 'kysely';
import { recordAudit } from '../audit/record.ts';
import { totpAssociatedData } from '../auth/totp.ts';
import { open, seal } from '../crypto/aead.ts';
import type { KeyProvider } from '../crypto/key-provider.ts';
import type { RewrappableKeyStore } from '../crypto/scan-keys.ts';
import type { Database } from '../db/database.ts';

export interface RotationReport {
  tenantKeys: { rewrapped: number; already: number };
  totpSecrets: { rewrapped: number; already: number };
  unsentMail: { rewrapped: number; already: number };
}

/** Opens under `next` (null: already there) or else under `current`, and seals under `next`. */
function resealed(
  current: KeyProvider,
  next: KeyProvider,
  purpose: string,
  sealed: Uint8Array,
  associatedData: string,
  what: string,
): Buffer | null {
  try {
    open(next.derivedKey(purpose), sealed, associatedData);
    return null;
  } catch {}
  let plain: Buffer;
  try {
    plain = open(current.derivedKey(purpose), sealed, associatedData);
  } catch {
    throw new Error(`${what} opent met geen van beide hoofdsleutels / ${what} opens with neither master key`);
  }
  return seal(next.derivedKey(purpose), plain, associatedData);
}

export async function rotateMasterKey(
  database: Database,
  store: RewrappableKeyStore,
  current: KeyProvider,
  next: KeyProvider,
): Promise<RotationReport> {
  // Key store first: if the database step then fails, the next run finds the organisation keys
  // already under the new key and does the database.
  const tenantKeys = await store.rewrapTenantKeys(next);
  const totpSecrets = { rewrapped: 0, already: 0 };
  const unsentMail = { rewrapped: 0, already: 0 };
  // The database part is one transaction over the owner connection: all of it or none.
  await database.owner.transaction().execute(async (tx) => {
    const factors = await tx
      .selectFrom('totp_factors')
      .select(['user_id', 'secret_ciphertext'])
      .forUpdate()
      .execute();
    for (const factor of factors) {
      const sealed = resealed(
        current,
        next,
        'totp-secrets',
        factor.secret_ciphertext,
        totpAssociatedData(factor.user_id),
        `TOTP ${factor.user_id}`,
      );
      if (!sealed) {
        totpSecrets.already += 1;
        continue;
      }
      await tx
        .updateTable('totp_factors')
        .set({ secret_ciphertext: sealed })
        .where('user_id', '=', factor.user_id)
        .execute();
      totpSecrets.rewrapped += 1;
    }
    // Sent mail has its variables wiped (an empty value): nothing to seal again.
    const mail = await tx
      .selectFrom('mail_outbox')
      .select(['id', 'variables_sealed'])
      .where(sql<boolean>`length(variables_sealed) > 0`)
      .forUpdate()
      .execute();
    for (const row of mail) {
      const sealed = resealed(
        current,
        next,
        'mail-outbox',
        row.variables_sealed,
        `mail_outbox:${row.id}`,
        `mail ${row.id}`,
      );
      if (!sealed) {
        unsentMail.already += 1;
        continue;
      }
      await tx
        .updateTable('mail_outbox')
        .set({ variables_sealed: sealed })
        .where('id', '=', row.id)
        .execute();
      unsentMail.rewrapped += 1;
    }
    await recordAudit(tx, {
      action: 'keys.rotated',
      tenantId: null,
      actorUserId: null,
      subjectType: null,
      subjectId: null,
      data: {
        tenantKeys: tenantKeys.rewrapped + tenantKeys.already,
        totpSecrets: totpSecrets.rewrapped,
        unsentMail: unsentMail.rewrapped,
      },
    });
  });
  // The proof the caller prints: the old key opens no organisation key any more.
  if (await store.opensAnyTenantKey(current)) {
    throw new Error(
      'na het herverpakken opent de oude hoofdsleutel nog een organisatiesleutel / ' +
        'after re-wrapping the old master key still opens an organisation key',
    );
  }
  return { tenantKeys, totpSecrets, unsentMail };
}
