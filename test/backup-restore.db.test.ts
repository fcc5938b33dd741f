// The backup and restore drill, as an operator runs it: the real `weerbaar backup`, `restore` and
// `audit verify` processes on a real data folder (PGlite) or database (PostgreSQL), with the app
// booted from the same settings in between. Backup → a scan is withdrawn (its key destroyed) and
// another invited → restore: the shredded scan stays unreadable — "deleted", never a 500 — the rest
// is back as it was at the backup, and the audit chain verifies.
import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/server/app.ts';
import { boot, shutdown } from '../src/server/boot.ts';
import type { AppDeps } from '../src/server/context.ts';
import { ScanKeyGone } from '../src/server/crypto/scan-keys.ts';
import { runScoped, type Tx } from '../src/server/db/transaction.ts';
import { settingsSchema } from '../src/server/env.ts';
import { createLogger } from '../src/server/logger.ts';
import { reconcileRestoredScans, restoreDatabase } from '../src/server/maintenance/backup.ts';
import { openAnswerChanges } from '../src/server/scans/answer-changes.ts';
import { Client, makeTenant, signedIn, type TestApp } from './support/api.ts';
import { createTestDatabase, testDatabaseKind } from './support/database.ts';
import { createTestKeyStore, keyStoreKinds, type TestKeyStore } from './support/key-stores.ts';
import { invitedCandidate } from './support/scan-setup.ts';

const root = path.resolve(import.meta.dirname, '..');
const pinnedNode = path.join(root, 'node_modules/.bin/node');
const node = fs.existsSync(pinnedNode) ? pinnedNode : process.execPath;

function weerbaar(args: string[], env: Record<string, string>) {
  const result = spawnSync(node, [path.join(root, 'src/cli/main.ts'), ...args], {
    cwd: root,
    env: { ...process.env, ...env, LOG_LEVEL: 'silent' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe.each(keyStoreKinds)('backup and restore drill (key store: %s)', { timeout: 600_000 }, (kind) => {
  // The key database is reachable by settings only on a real server (on PGlite the key database
  // exists only inside a test), so that pair is proven by test/unit/scan-keys.test.ts instead.
  const unreachable = kind === 'database' && testDatabaseKind() === 'pglite';

  it.skipIf(unreachable)(
    'backup → withdraw a scan → restore: it stays deleted, the rest is back, the chain verifies',
    async () => {
      const keyStore: TestKeyStore = await createTestKeyStore(kind);
      cleanups.push(() => keyStore.cleanup());
      const db = await createTestDatabase({
        WEERBAAR_MASTER_KEY: randomBytes(32).toString('base64'),
        WEERBAAR_SIGN_IN_RATE_LIMIT: '10000',
        ...keyStore.settings,
      });
      cleanups.push(() => db.cleanup());
      const { settings } = db;
      // The same settings as an environment, for the CLI processes.
      const env: Record<string, string> = {};
      for (const key of Object.keys(settingsSchema.shape)) {
        const value = (settings as unknown as Record<string, unknown>)[key];
        if (value !== undefined) env[key] = String(value);
      }
      const backupFile = path.join(settings.dataDir, 'drill.backup');

      // The app as the server wires it (boot: settings → database, master key, key store).
      let deps!: AppDeps;
      const t = { db, keyStore, advance() {}, client: () => new Client(t) } as unknown as TestApp;
      async function start() {
        deps = await boot(settings, createLogger('silent'));
        t.deps = deps;
        t.app = createApp(deps);
      }
      await start();

      const tenant = await makeTenant(t);
      const opener = await signedIn(t, tenant, 'opdrachtgever');
      const expert = await signedIn(t, tenant, 'expert');
      const kept = await invitedCandidate(t, tenant, opener, expert, 'Kim');
      const doomed = await invitedCandidate(t, tenant, opener, expert, 'Noor');
      for (const [scan, answer] of [
        [kept, 'ja'],
        [doomed, 'nee'],
      ] as const) {
        const saved = await scan.candidate.call('PUT', `${scan.own}/answers`, {
          baseRevision: 0,
          saveId: randomUUID(),
          changes: { heeft_nevenfuncties: answer },
        });
        expect(saved.status).toBe(200);
      }
      // The doomed scan's answers as sealed at the backup: its save's change set.
      const doomedChanges = (tx: Tx) =>
        tx.selectFrom('answers_changes').selectAll().where('scan_id', '=', doomed.scanId).execute();
      const [doomedRow] = await runScoped(
        deps.database.db,
        { tenantId: tenant, userId: null },
        doomedChanges,
      );
      expect(doomedRow?.sealed).toBeDefined();

      // 1. The backup, by the CLI (embedded: the server must be stopped, its lock says so).
      await shutdown(deps);
      const backup = weerbaar(['backup', '--out', backupFile], env);
      expect(backup.code, backup.err).toBe(0);
      expect(backup.out).toMatch(/Back-up geschreven \/ backup written/);
      expect(fs.statSync(backupFile).mode & 0o777).toBe(0o600);

      // 2. After the backup: one scan is withdrawn (key destroyed first), another candidate invited.
      await start();
      const withdrawn = await doomed.candidate.post(`${doomed.own}/withdraw`);
      expect(withdrawn.status).toBe(204);
      expect(await keyStore.holdsScan(doomed.scanId)).toBe(false);
      const later = await invitedCandidate(t, tenant, opener, expert, 'Sam');
      await shutdown(deps);

      // 3a. The database alone put back (no reconciliation yet): the sealed row is back, its key is
      //     not; reading it answers "deleted" (410 problem+json), never a 500.
      await restoreDatabase(settings, backupFile);
      await start();
      const unreconciled = await doomed.candidate.get(doomed.own);
      expect(unreconciled.status).toBe(410);
      expect(unreconciled.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(unreconciled.body).toMatchObject({
        code: 'scan-deleted',
        message: { nl: 'Deze scan is verwijderd.' },
      });
      await expect(
        deps.scanKeys
          .get(tenant, doomed.scanId)
          .then((key) =>
            openAnswerChanges(
              key,
              { id: doomed.scanId, tenant_id: tenant },
              doomedRow!.revision,
              doomedRow!.sealed,
            ),
          ),
      ).rejects.toBeInstanceOf(ScanKeyGone);
      await shutdown(deps);

      // 3b. The restore as the operator runs it: database back, then the scans whose key is gone
      //     shredded again (tombstone), then the audit chain checked.
      const restored = weerbaar(['restore', '--from', backupFile, '--yes'], env);
      expect(restored.code, restored.err).toBe(0);
      expect(restored.out).toMatch(
        /opnieuw vernietigd \(sleutel was weg\) \/ shredded again \(key gone\): 1\./,
      );
      const verified = weerbaar(['audit', 'verify'], env);
      expect(verified.code, verified.err).toBe(0);
      expect(verified.out).toMatch(/^Auditlog intact: \d+ events/);

      await start();
      // The shredded scan: deleted for its candidate, a tombstone naming no one for the organisation.
      expect((await doomed.candidate.get(doomed.own)).status).toBe(404);
      const overview = await opener.client.get(
        `/api/organisations/${tenant}/procedures/${doomed.procedureId}`,
      );
      expect(overview.status).toBe(200);
      const doomedNow = overview.body.candidates.find((c: { scanId: string }) => c.scanId === doomed.scanId);
      expect(doomedNow).toMatchObject({ status: 'deleted', displayName: null, email: null });
      // …and its change sets went with the rest of its content.
      expect(await runScoped(deps.database.db, { tenantId: tenant, userId: null }, doomedChanges)).toEqual(
        [],
      );
      // Everything else is as it was at the backup: the kept scan opens with its answers…
      const keptNow = await kept.candidate.get(kept.own);
      expect(keptNow.status).toBe(200);
      expect(JSON.stringify(keptNow.body)).toContain('"heeft_nevenfuncties":"ja"');
      // …and what happened after the backup is not there (the later invitation's procedure is back
      // to its state at the backup: no such scan).
      const laterProcedure = await opener.client.get(
        `/api/organisations/${tenant}/procedures/${later.procedureId}`,
      );
      expect(laterProcedure.status).toBe(404);
      // The restore is on the record; running the reconciliation again finds nothing left to shred.
      expect(await reconcileRestoredScans(deps)).toMatchObject({ shredded: 0 });
      const restoredEvents = await deps.database.owner
        .selectFrom('audit_events')
        .select('action')
        .where('action', '=', 'database.restored')
        .execute();
      expect(restoredEvents.length).toBe(2);
      await shutdown(deps);
    },
  );
});
