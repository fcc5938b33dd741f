// Master-key rotation on a running data set, for both key stores: organisation keys, TOTP secrets
// and unsent mail are sealed again under the new master key; scan content is not touched and every
// scan still opens; the old master key opens nothing; a shredded scan stays shredded; a run cut off
// after the key store (a crash) is finished by running again, and a further run changes nothing.
import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.ts';
import { totpAssociatedData } from '../../src/server/auth/totp.ts';
import { boot, shutdown } from '../../src/server/boot.ts';
import type { AppDeps } from '../../src/server/context.ts';
import { open } from '../../src/server/crypto/aead.ts';
import { masterKeyProvider } from '../../src/server/crypto/key-provider.ts';
import { ScanKeyGone, WrongMasterKey } from '../../src/server/crypto/scan-keys.ts';
import { inTransaction } from '../../src/server/db/transaction.ts';
import { readSettings, settingsSchema } from '../../src/server/env.ts';
import { createLogger } from '../../src/server/logger.ts';
import { createMailer, queueMail } from '../../src/server/mail/outbox.ts';
import { rotateMasterKey } from '../../src/server/maintenance/rotate-master-key.ts';
import {
  createTestApp,
  lastLinkFor,
  mailsTo,
  makeTenant,
  type SignedIn,
  signedIn,
  type TestApp,
  totpCode,
} from '../support/api.ts';
import { keyStoreKinds } from '../support/key-stores.ts';
import { type InvitedScan, invitedCandidate } from '../support/scan-setup.ts';

describe.each(keyStoreKinds)('master-key rotation (key store: %s)', (keyStore) => {
  let t: TestApp;
  let tenant: string;
  let opener: SignedIn;
  let kept: InvitedScan;
  let nextRaw: Buffer;
  let shredded: InvitedScan;
  beforeAll(async () => {
    t = await createTestApp({ WEERBAAR_SIGN_IN_RATE_LIMIT: '10000' }, { keyStore });
    tenant = await makeTenant(t);
    opener = await signedIn(t, tenant, 'opdrachtgever');
    const expert = await signedIn(t, tenant, 'expert');
    kept = await invitedCandidate(t, tenant, opener, expert, 'Kim');
    shredded = await invitedCandidate(t, tenant, opener, expert, 'Noor');
    const saved = await kept.candidate.call('PUT', `${kept.own}/answers`, {
      baseRevision: 0,
      saveId: randomUUID(),
      changes: { heeft_nevenfuncties: 'ja' },
    });
    expect(saved.status).toBe(200);
    expect((await shredded.candidate.post(`${shredded.own}/withdraw`)).status).toBe(204);
    // A mail queued and not yet sent: its variables are sealed under the master key.
    await inTransaction(t.deps.database, { tenantId: null, userId: null }, (tx) =>
      queueMail(tx, t.deps.keys, {
        to: 'wacht@test.nl',
        template: 'sign-in-link',
        language: 'nl',
        variables: { link: 'http://localhost:3000/aanmelden/link#token=wachtend', minutes: '15' },
      }),
    );
  });
  afterAll(() => t.cleanup());

  it('re-wraps what the master key seals, resumably; everything opens under the new key and nothing under the old', async () => {
    const old = t.deps.keys;
    nextRaw = randomBytes(32);
    const next = masterKeyProvider(nextRaw);

    // A run cut off after the key store: the organisation keys are under the new key, the
    // database is not. The next run finishes the rest; the one after finds nothing to do.
    await t.keyStore.open(old).rewrapTenantKeys(next);
    const finished = await rotateMasterKey(t.deps.database, t.keyStore.open(old), old, next);
    expect(finished).toEqual({
      tenantKeys: { rewrapped: 0, already: 1 },
      totpSecrets: { rewrapped: 2, already: 0 },
      unsentMail: { rewrapped: 1, already: 0 },
    });
    expect(await rotateMasterKey(t.deps.database, t.keyStore.open(old), old, next)).toEqual({
      tenantKeys: { rewrapped: 0, already: 1 },
      totpSecrets: { rewrapped: 0, already: 2 },
      unsentMail: { rewrapped: 0, already: 1 },
    });

    // The old master key opens nothing: no organisation key, no TOTP secret, no queued mail.
    expect(await t.keyStore.open(old).opensAnyTenantKey(old)).toBe(false);
    await expect(t.keyStore.open(old).get(tenant, kept.scanId)).rejects.toThrow();
    const factors = await t.deps.database.owner.selectFrom('totp_factors').selectAll().execute();
    expect(factors.length).toBe(2);
    for (const f of factors) {
      expect(() =>
        open(old.derivedKey('totp-secrets'), f.secret_ciphertext, totpAssociatedData(f.user_id)),
      ).toThrow();
    }
    const queued = await t.deps.database.owner
      .selectFrom('mail_outbox')
      .select(['id', 'variables_sealed'])
      .where(sql<boolean>`length(variables_sealed) > 0`)
      .execute();
    expect(queued.length).toBe(1);
    expect(() =>
      open(old.derivedKey('mail-outbox'), queued[0]!.variables_sealed, `mail_outbox:${queued[0]!.id}`),
    ).toThrow();

    // The app started with the new master key.
    const logger = createLogger('silent');
    const deps: AppDeps = {
      ...t.deps,
      keys: next,
      scanKeys: t.keyStore.open(next),
      mailer: createMailer({
        settings: t.deps.settings,
        database: t.deps.database,
        keys: next,
        logger,
        printNotices: false,
      }),
    };
    await t.deps.mailer.close();
    t.deps = deps;
    t.app = createApp(deps);

    // Every scan still opens: the candidate reads and saves (the session's CSRF token is new).
    expect((await kept.candidate.get('/api/auth/session')).status).toBe(200);
    const read = await kept.candidate.get(kept.own);
    expect(read.status).toBe(200);
    expect(JSON.stringify(read.body)).toContain('"heeft_nevenfuncties":"ja"');
    const saved = await kept.candidate.call('PUT', `${kept.own}/answers`, {
      baseRevision: read.body.revision,
      saveId: randomUUID(),
      changes: { heeft_nevenfuncties: 'nee' },
    });
    expect(saved.status).toBe(200);
    // The shredded scan stays shredded.
    await expect(deps.scanKeys.get(tenant, shredded.scanId)).rejects.toBeInstanceOf(ScanKeyGone);
    // The queued mail goes out, readable.
    expect(await deps.mailer.deliverPending()).toBe(1);
    expect(mailsTo(t, 'wacht@test.nl')[0]?.text).toContain('token=wachtend');
    // The authenticator app still works: a fresh sign-in passes its second factor.
    t.advance(90_000);
    const again = t.client();
    await again.post('/api/auth/sign-in-link', { email: opener.email });
    const redeemed = await again.post('/api/auth/redeem', { token: lastLinkFor(t, opener.email)! });
    expect(redeemed.status).toBe(200);
    const verified = await again.post('/api/auth/totp/verify', {
      code: totpCode(opener.totpSecret!, deps.now()),
    });
    expect(verified.status, JSON.stringify(verified.body)).toBe(200);
  });

  // Two starts (each opening and migrating an embedded database on PGlite): slow on a busy machine.
  it('the app starts with the new master key and refuses one that opens no organisation key', {
    timeout: 180_000,
  }, async () => {
    if (!t.keyStore.settings) return; // the key database on PGlite is not reachable by settings
    const env: Record<string, string> = {};
    for (const key of Object.keys(settingsSchema.shape)) {
      const value = (t.deps.settings as unknown as Record<string, unknown>)[key];
      if (value !== undefined) env[key] = String(value);
    }
    const withKey = (key: Buffer) =>
      readSettings({ ...env, ...t.keyStore.settings, WEERBAAR_MASTER_KEY: key.toString('base64') });
    await expect(boot(withKey(randomBytes(32)), createLogger('silent'))).rejects.toBeInstanceOf(
      WrongMasterKey,
    );
    const started = await boot(withKey(nextRaw), createLogger('silent'));
    await expect(started.scanKeys.get(tenant, kept.scanId)).resolves.toBeInstanceOf(Buffer);
    await shutdown(started);
  });
});
