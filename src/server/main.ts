// env → database → migrations → app → listen. Also creates the demo organisation on first start
// in embedded mode and prints how each demo person signs in.
//
// WEERBAAR_WORKERS > 1 (PostgreSQL only): this process becomes a node:cluster primary that opens
// no database and forks that many workers; each worker runs everything below and listens on the
// same port, and the primary hands each new connection to one of them. A worker that dies is
// replaced; SIGINT/SIGTERM stop the workers (each seals its audit events and closes its pool).
import cluster from 'node:cluster';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { boot, shutdown } from './boot.ts';
import type { AppDeps } from './context.ts';
import { type AppPresence, holdAppPresence } from './db/app-presence.ts';
import { inTransaction } from './db/transaction.ts';
import { createDemoOrganisation, demoSlug } from './demo/create-demo-organisation.ts';
import { printDemoSignIns } from './demo/print-demo-sign-ins.ts';
import { readSettings, type Settings, SettingsError } from './env.ts';
import { faultMessage } from './faults.ts';
import { scheduleCommitteeReminders } from './jobs/committee-reminders.ts';
import { scheduleRetention } from './jobs/retention.ts';
import { installMemoryProbe, relayMemoryProbe } from './memory-probe.ts';

function settingsOrExit(): Settings {
  try {
    return readSettings();
  } catch (error) {
    if (error instanceof SettingsError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}

function runPrimary(settings: Settings) {
  let stopping = false;
  if (settings.WEERBAAR_MEMORY_PROBE) relayMemoryProbe();
  const fork = () => cluster.fork();
  for (let i = 0; i < settings.WEERBAAR_WORKERS; i++) fork();
  let announced = false;
  const listened = new Set<number>();
  cluster.on('listening', (worker) => {
    listened.add(worker.id);
    if (announced) return;
    announced = true;
    console.log(
      `Weerbaar draait op / runs at ${settings.publicUrl.origin} ` +
        `(database: postgres, ${settings.WEERBAAR_WORKERS} processen / processes)`,
    );
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    if (!listened.has(worker.id)) {
      // It never started (its own message says why): starting it again would fail the same way.
      console.error('Een werkproces kon niet starten / a worker could not start');
      stop();
      process.exitCode = 1;
      return;
    }
    console.error(
      `Werkproces ${worker.process.pid} gestopt (${signal ?? code}); een nieuw start / worker stopped; starting another`,
    );
    fork();
  });
  const stop = () => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {});
    if (workers.length === 0) process.exit(process.exitCode ?? 0);
    for (const worker of workers) worker?.process.kill('SIGTERM');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/**
 * Boots, listens and stops on SIGINT/SIGTERM; resolves with the app's dependencies once it is set
 * up (the browser journeys' server, e2e/support/serve.ts, runs the command line against them).
 */
export async function runServer(settings: Settings): Promise<AppDeps> {
  // PostgreSQL: this process says it runs (db/app-presence.ts) before it touches the database, so
  // `weerbaar restore` and `weerbaar keys rotate` refuse while it runs, and it refuses while they do.
  let lost: (() => void) | null = null;
  const presence: AppPresence | null =
    settings.database.kind === 'postgres'
      ? await holdAppPresence(settings.database.url, (error) => {
          console.error(error.message);
          process.exitCode = 1;
          lost?.();
        })
      : null;
  const deps = await boot(settings);
  // In a cluster only the first worker considers the demo (workers share one database).
  if (settings.demo && (!cluster.isWorker || cluster.worker?.id === 1)) {
    const exists = await inTransaction(deps.database, { tenantId: null, userId: null }, (tx) =>
      tx.selectFrom('tenants').select('id').where('slug', '=', demoSlug).executeTakeFirst(),
    );
    if (!exists) printDemoSignIns(await createDemoOrganisation(deps));
  }
  const retention = scheduleRetention(deps);
  const reminders = scheduleCommitteeReminders(deps);
  // Mail that could not go out (the SMTP peer away) is tried again now and then, not only after
  // the next action.
  deps.mailer.startPeriodicDelivery();
  const app = createApp(deps);
  if (settings.WEERBAAR_MEMORY_PROBE) installMemoryProbe();
  const server = serve({ fetch: app.fetch, port: settings.PORT, hostname: settings.HOST }, () => {
    deps.logger.info({ port: settings.PORT, database: deps.database.kind }, 'listening');
    if (!cluster.isWorker) {
      console.log(
        `Weerbaar draait op / runs at ${settings.publicUrl.origin} (database: ${deps.database.kind})`,
      );
    }
  });
  // Keep idle keep-alive connections longer than a proxy or client would (Node's default is 5 s):
  // a server that closes first races the next request on that connection, which then fails with a
  // reset — seen under load, where answers are slow and event-loop timers late.
  (server as import('node:http').Server).keepAliveTimeout = 65_000;
  (server as import('node:http').Server).headersTimeout = 66_000;
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    retention.stop();
    reminders.stop();
    server.close();
    await shutdown(deps);
    await presence?.stop();
    process.exit(process.exitCode ?? 0);
  };
  lost = () => void stop();
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return deps;
}

async function main() {
  const settings = settingsOrExit();
  if (cluster.isPrimary && settings.WEERBAAR_WORKERS > 1) runPrimary(settings);
  else await runServer(settings);
}

/** Starts the server: `node src/server/main.ts` (also each cluster worker) and `npm start`. */
export function start(): void {
  main().catch((error) => {
    // A full disk or an unreachable database in words, not a driver's message.
    const message = faultMessage(error) ?? (error as Error).message;
    console.error(`Weerbaar kon niet starten / could not start: ${message}`);
    process.exit(1);
  });
}

// Started only as the program itself; a module that imports this one calls start() (scripts/start.ts).
if (import.meta.main) start();
