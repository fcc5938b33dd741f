// Fault: the SMTP peer is down. Mail stays queued in mail_outbox (sealed, no attempt counted
// against it), the mailer's periodic delivery keeps trying with a pause, and once a real SMTP peer
// (smtp-server on loopback, on the same port) is back every mail arrives — exactly once, also with
// two deliverers racing (PostgreSQL: two connection pools, as two app processes have). Nothing in
// the test asks for delivery after the peer returns: the periodic delivery has to do it.
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openPostgres } from '../../src/server/db/database.ts';
import { inTransaction } from '../../src/server/db/transaction.ts';
import { readSettings } from '../../src/server/env.ts';
import { createMailer, type Mailer, queueMail } from '../../src/server/mail/outbox.ts';
import { createTestDatabase, type TestDatabase, testDatabaseKind } from '../support/database.ts';
import { parseMail } from '../support/mime.ts';

interface Received {
  to: string[];
  messageId: string;
}

/** A real SMTP peer on a fixed loopback port; it can be stopped and started again on that port. */
function smtpPeer() {
  const received: Received[] = [];
  let server: SMTPServer | null = null;
  let port = 0;
  const peer = {
    received,
    get url() {
      return `smtp://127.0.0.1:${port}`;
    },
    async start() {
      const s = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS'],
        logger: false,
        onData(stream, session, callback) {
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            const raw = Buffer.concat(chunks).toString('utf8');
            received.push({
              to: session.envelope.rcptTo.map((r) => r.address),
              messageId: /^Message-ID:\s*(\S+)/im.exec(raw)?.[1] ?? '',
            });
            parseMail(raw); // a whole, readable message
            // A little slow, so two deliverers overlap.
            setTimeout(callback, 15);
          });
        },
      });
      await new Promise<void>((resolve, reject) => {
        s.once('error', reject);
        s.listen(port, '127.0.0.1', () => resolve());
      });
      port = (s.server.address() as AddressInfo).port;
      server = s;
    },
    async stop() {
      const s = server;
      server = null;
      if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
    },
  };
  return peer;
}

function countingLogger() {
  const counts = { failed: 0 };
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      // A failed try, however the mailer judged it.
      if (/mail peer unreachable|mail not sent/.test(String(chunk))) counts.failed++;
      callback();
    },
  });
  return { logger: pino({ level: 'warn' }, stream), counts };
}

async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const quick = { everyMs: 40, pauseMs: 40, maxPauseMs: 200, refusedDelayMs: 40, maxRefusedDelayMs: 200 };

describe(`fault: the SMTP peer down (${testDatabaseKind()})`, () => {
  let t: TestDatabase;
  let second: Database | null = null;
  const mailers: Mailer[] = [];
  const peer = smtpPeer();

  beforeAll(async () => {
    t = await createTestDatabase();
    // Take a port, then close it: the peer is "down" on an address the mailers know.
    await peer.start();
    await peer.stop();
  });
  afterAll(async () => {
    await Promise.all(mailers.map((m) => m.close()));
    await peer.stop();
    await second?.close();
    await t?.cleanup();
  });

  it('keeps mail queued while the peer is down and delivers each exactly once when it returns', async () => {
    const recipients = Array.from({ length: 12 }, (_, i) => `ontvanger${i}@example.nl`);
    await inTransaction(t.database, { tenantId: null, userId: null }, async (tx) => {
      for (const to of recipients)
        await queueMail(tx, t.keys, {
          to,
          template: 'sign-in-link',
          language: 'nl',
          variables: { link: 'http://localhost:3000/aanmelden/link#token=abc', minutes: '15' },
        });
    });

    // Deliverers: on PostgreSQL two, each with its own connection pool (as two app processes);
    // PGlite belongs to one process, which has one mailer.
    const databases = [t.database];
    if (testDatabaseKind() === 'postgres' && t.settings.database.kind === 'postgres') {
      second = await openPostgres(t.settings.database.url, t.settings.database.migrationUrl);
      databases.push(second);
    }
    const settings = readSettings({
      WEERBAAR_DATA_DIR: t.settings.dataDir,
      WEERBAAR_PUBLIC_URL: 'http://localhost:3000',
      SMTP_URL: peer.url,
    });
    const logs = databases.map((database) => {
      const { logger, counts } = countingLogger();
      const mailer = createMailer({ settings, database, keys: t.keys, logger, retry: quick });
      mailers.push(mailer);
      mailer.startPeriodicDelivery();
      void mailer.deliverPending(); // as after a commit
      return counts;
    });

    // Down: every deliverer meets the closed port again and again.
    await until('several failed rounds per deliverer', () => logs.every((c) => c.failed >= 4));
    let rows = await t.database.owner.selectFrom('mail_outbox').selectAll().execute();
    expect(rows).toHaveLength(recipients.length);
    for (const row of rows) {
      expect(row.sent_at).toBeNull();
      expect(row.attempts).toBe(0); // the mail was never refused: nothing counts against it
      expect(row.variables_sealed.length).toBeGreaterThan(0); // still there to send
    }
    expect(peer.received).toHaveLength(0);

    // Back, on the same port: the periodic delivery sends everything, nobody asks for it here.
    await peer.start();
    await until('all mail sent', async () => {
      const unsent = await t.database.owner
        .selectFrom('mail_outbox')
        .select('id')
        .where('sent_at', 'is', null)
        .execute();
      return unsent.length === 0;
    });
    // A few more rounds of both deliverers, which must find nothing left to send.
    const after = logs.map(() => 0);
    await until('more delivery rounds', async () => {
      await Promise.all(mailers.map((m) => m.deliverPending()));
      after.forEach((_, i) => {
        after[i]! += 1;
      });
      return after.every((n) => n >= 3);
    });

    const delivered = peer.received.flatMap((r) => r.to).sort();
    expect(delivered).toEqual([...recipients].sort());
    const ids = peer.received.map((r) => r.messageId);
    expect(new Set(ids).size).toBe(recipients.length);
    rows = await t.database.owner.selectFrom('mail_outbox').selectAll().execute();
    for (const row of rows) {
      expect(row.sent_at).toBeInstanceOf(Date);
      expect(row.variables_sealed).toHaveLength(0);
      expect(row.attempts).toBe(1);
    }
  }, 120_000);
});
