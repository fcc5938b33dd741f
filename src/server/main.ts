// env → database → migrations → app → listen. Also creates the demo organisation on first start
// in embedded mode and prints how each demo person signs in.
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { boot, shutdown } from './boot.ts';
import { inTransaction } from './db/transaction.ts';
import { createDemoOrganisation, demoSlug } from './demo/create-demo-organisation.ts';
import { printDemoSignIns } from './demo/print-demo-sign-ins.ts';
import { readSettings, SettingsError } from './env.ts';
import { faultMessage } from './faults.ts';
import { scheduleRetention } from './jobs/retention.ts';

async function main() {
  let settings: ReturnType<typeof readSettings>;
  try {
    settings = readSettings();
  } catch (error) {
    if (error instanceof SettingsError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const deps = await boot(settings);
  if (settings.demo) {
    const exists = await inTransaction(deps.database, { tenantId: null, userId: null }, (tx) =>
      tx.selectFrom('tenants').select('id').where('slug', '=', demoSlug).executeTakeFirst(),
    );
    if (!exists) printDemoSignIns(await createDemoOrganisation(deps));
  }
  const retention = scheduleRetention(deps);
  // Mail that could not go out (the SMTP peer away) is tried again now and then, not only after
  // the next action.
  deps.mailer.startPeriodicDelivery();
  const app = createApp(deps);
  const server = serve({ fetch: app.fetch, port: settings.PORT, hostname: settings.HOST }, () => {
    deps.logger.info({ port: settings.PORT, database: deps.database.kind }, 'listening');
    console.log(
      `Weerbaar draait op / runs at ${settings.publicUrl.origin} (database: ${deps.database.kind})`,
    );
  });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    retention.stop();
    server.close();
    await shutdown(deps);
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  // A full disk or an unreachable database in words, not a driver's message.
  const message = faultMessage(error) ?? (error as Error).message;
  console.error(`Weerbaar kon niet starten / could not start: ${message}`);
  process.exit(1);
});
