// Mail delivery through the outbox table, against a real SMTP peer (smtp-server on loopback) and
// the file outbox, on PGlite and PostgreSQL.
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Writable } from 'node:stream';
import { sql } from 'kysely';
import pino from 'pino';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { masterKeyProvider } from '../src/server/crypto/key-provider.ts';
import { inTransaction } from '../src/server/db/transaction.ts';
import { readSettings } from '../src/server/env.ts';
import { createMailer, type Mailer, type OutgoingMail, queueMail } from '../src/server/mail/outbox.ts';
import { createTestDatabase, type TestDatabase, testDatabaseKind } from './support/database.ts';
import { firstLink, parseMail } from './support/mime.ts';

interface Peer {
  url: string;
  received: { from: string; to: string[]; raw: string }[];
  close(): Promise<void>;
}

async function startPeer(options: Partial<SMTPServerOptions> = {}): Promise<Peer> {
  const received: Peer['received'] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
    ...options,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function memoryLogger(): { logger: pino.Logger; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      lines.push(String(chunk));
      callback();
    },
  });
  return { logger: pino({ level: 'trace' }, stream), lines };
}

const linkA = 'http://localhost:3000/aanmelden/link#token=tokenAAAA_aaaa-1111';
const linkB = 'http://localhost:3000/aanmelden/link#token=tokenBBBB_bbbb-2222';

function signIn(to: string, language: 'nl' | 'en' = 'nl', link = linkA): OutgoingMail {
  return { to, template: 'sign-in-link', language, variables: { link, minutes: '15' } };
}

describe(`mail outbox (${testDatabaseKind()})`, () => {
  let t: TestDatabase;
  let peer: Peer;
  const mailers: Mailer[] = [];

  beforeAll(async () => {
    t = await createTestDatabase();
    peer = await startPeer();
  });
  afterAll(async () => {
    await peer?.close();
    await t?.cleanup();
  });
  beforeEach(async () => {
    peer.received.length = 0;
    await t.database.owner.deleteFrom('mail_outbox').execute();
  });
  afterEach(async () => {
    await Promise.all(mailers.splice(0).map((m) => m.close()));
    vi.restoreAllMocks();
  });

  function mailer(
    overrides: Record<string, string> = {},
    logger = memoryLogger().logger,
    printNotices = false,
  ) {
    const settings = readSettings({
      WEERBAAR_DATA_DIR: t.settings.dataDir,
      WEERBAAR_PUBLIC_URL: 'http://localhost:3000',
      MAIL_FROM: 'Weerbaar <noreply@weerbaar.test>',
      ...overrides,
    });
    const created = createMailer({ settings, database: t.database, keys: t.keys, logger, printNotices });
    mailers.push(created);
    return created;
  }

  async function queue(...mails: OutgoingMail[]): Promise<void> {
    await inTransaction(t.database, { tenantId: null, userId: null }, async (tx) => {
      for (const mail of mails) await queueMail(tx, t.keys, mail);
    });
  }

  async function rows() {
    return t.database.owner
      .selectFrom('mail_outbox')
      .selectAll()
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  it('stores the variables sealed, not in the clear', async () => {
    await queue(signIn('anna@example.nl'));
    const [row] = await rows();
    expect(row?.recipient).toBe('anna@example.nl');
    expect(row?.sent_at).toBeNull();
    expect(row?.attempts).toBe(0);
    expect(Buffer.from(row!.variables_sealed).toString('latin1')).not.toContain('token');
  });

  it('sends a Dutch sign-in link over SMTP, marks it sent and wipes the variables', async () => {
    await queue(signIn('anna@example.nl', 'nl'));
    expect(await mailer({ SMTP_URL: peer.url }).deliverPending()).toBe(1);

    expect(peer.received).toHaveLength(1);
    const envelope = peer.received[0]!;
    expect(envelope.to).toEqual(['anna@example.nl']);
    expect(envelope.from).toBe('noreply@weerbaar.test');
    const mail = parseMail(envelope.raw);
    expect(mail.subject).toBe('Uw aanmeldlink voor Weerbaar');
    expect(mail.to).toContain('anna@example.nl');
    expect(firstLink(mail.text)).toBe(linkA);
    expect(mail.text).toContain('15 minuten');
    expect(mail.html).toContain('lang="nl"');
    expect(mail.html).toContain(`href="${linkA}"`);

    const [row] = await rows();
    expect(row?.sent_at).toBeInstanceOf(Date);
    expect(row?.variables_sealed).toHaveLength(0);
    expect(row?.last_error).toBeNull();
  });

  it('sends an English invitation with the organisation and the role’s name', async () => {
    await queue({
      to: 'bob@example.org',
      template: 'invitation',
      language: 'en',
      variables: { link: linkB, organisation: 'Provincie Zeeland', role: 'expert', days: '7' },
    });
    expect(await mailer({ SMTP_URL: peer.url }).deliverPending()).toBe(1);
    const mail = parseMail(peer.received[0]!.raw);
    expect(mail.subject).toBe('Invitation from Provincie Zeeland to Weerbaar');
    expect(mail.text).toContain('in the role of expert');
    expect(mail.text).toContain('7 days');
    expect(firstLink(mail.text)).toBe(linkB);
    expect(mail.html).toContain('lang="en"');
  });

  it('sends each mail once, also when delivery is asked for again', async () => {
    await queue(signIn('c1@example.nl'), signIn('c2@example.nl', 'en', linkB));
    const m = mailer({ SMTP_URL: peer.url });
    // Calls made before a round starts share that round.
    const counts = await Promise.all([m.deliverPending(), m.deliverPending(), m.deliverPending()]);
    expect(counts).toEqual([2, 2, 2]);
    expect(await m.deliverPending()).toBe(0);
    expect(peer.received.flatMap((r) => r.to).sort()).toEqual(['c1@example.nl', 'c2@example.nl']);
  });

  it('sends nothing for a transaction that rolled back', async () => {
    await expect(
      inTransaction(t.database, { tenantId: null, userId: null }, async (tx) => {
        await queueMail(tx, t.keys, signIn('rollback@example.nl'));
        throw new Error('operation failed');
      }),
    ).rejects.toThrow('operation failed');
    expect(await mailer({ SMTP_URL: peer.url }).deliverPending()).toBe(0);
    expect(await rows()).toEqual([]);
  });

  it('refuses to queue a mail with a missing variable or an odd address', async () => {
    await expect(
      queue({ to: 'd@example.nl', template: 'sign-in-link', language: 'nl', variables: { link: linkA } }),
    ).rejects.toThrow(/minutes/);
    await expect(queue(signIn('Someone <d@example.nl>'))).rejects.toThrow();
    expect(await rows()).toEqual([]);
  });

  it('keeps a rejected mail queued, counts the attempt and notes the error without the address', async () => {
    const rejecting = await startPeer({
      onRcptTo(address, _session, callback) {
        const error = Object.assign(new Error(`Mailbox <${address.address}> unavailable`), {
          responseCode: 550,
        });
        callback(error);
      },
    });
    const { logger, lines } = memoryLogger();
    try {
      await queue(signIn('eva@example.nl'));
      const m = mailer({ SMTP_URL: rejecting.url }, logger);
      expect(await m.deliverPending()).toBe(0);
      let [row] = await rows();
      expect(row?.sent_at).toBeNull();
      expect(row?.attempts).toBe(1);
      expect(row?.variables_sealed.length).toBeGreaterThan(0);
      expect(row?.last_error).toMatch(/550/);
      expect(row?.last_error).not.toContain('eva');
      expect(row?.last_error).not.toContain('@');

      // A refused mail waits before it is tried again: asking at once changes nothing.
      expect(row?.next_attempt_at?.getTime()).toBeGreaterThan(Date.now());
      expect(await m.deliverPending()).toBe(0);
      [row] = await rows();
      expect(row?.attempts).toBe(1);

      // Once its wait is over it is tried again (and refused again, waiting longer).
      const waitAfterOne = row!.next_attempt_at!.getTime() - Date.now();
      await t.database.owner.updateTable('mail_outbox').set({ next_attempt_at: null }).execute();
      expect(await m.deliverPending()).toBe(0);
      [row] = await rows();
      expect(row?.attempts).toBe(2);
      expect(row!.next_attempt_at!.getTime() - Date.now()).toBeGreaterThan(waitAfterOne);

      // The next run on a working server sends it after all.
      await t.database.owner.updateTable('mail_outbox').set({ next_attempt_at: null }).execute();
      expect(await mailer({ SMTP_URL: peer.url }).deliverPending()).toBe(1);
      [row] = await rows();
      expect(row?.sent_at).toBeInstanceOf(Date);
      expect(row?.attempts).toBe(3);
      expect(row?.last_error).toBeNull();
    } finally {
      await rejecting.close();
    }
    const log = lines.join('');
    expect(log).toContain('mail not sent');
    expect(log).not.toContain('eva@example.nl');
    expect(log).not.toContain('token');
  });

  it('counts no attempt against the mail when the SMTP server is unreachable, and notes why', async () => {
    const down = await startPeer();
    const url = down.url;
    await down.close();
    await queue(signIn('frank@example.nl'));
    expect(await mailer({ SMTP_URL: url }).deliverPending()).toBe(0);
    const [row] = await rows();
    // The mail was not refused: it keeps all its attempts for when the peer is back.
    expect(row?.attempts).toBe(0);
    expect(row?.sent_at).toBeNull();
    expect(row?.last_error).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);
    expect(row?.last_error).not.toContain('frank');
  });

  it('notes mail it cannot open (another master key) as failed, and carries on', async () => {
    await inTransaction(t.database, { tenantId: null, userId: null }, (tx) =>
      queueMail(tx, masterKeyProvider(Buffer.alloc(32, 7)), signIn('gerda@example.nl')),
    );
    await queue(signIn('hans@example.nl'));
    expect(await mailer({ SMTP_URL: peer.url }).deliverPending()).toBe(1);
    expect(peer.received.flatMap((r) => r.to)).toEqual(['hans@example.nl']);
    const failed = (await rows()).find((r) => r.recipient === 'gerda@example.nl');
    expect(failed?.attempts).toBe(1);
    expect(failed?.sent_at).toBeNull();
  });

  it('writes an .eml file to the outbox folder without SMTP, and prints a notice', async () => {
    const outbox = path.join(t.settings.dataDir, 'outbox');
    fs.rmSync(outbox, { recursive: true, force: true });
    const printed: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      printed.push(String(chunk));
      return true;
    });
    const { logger, lines } = memoryLogger();
    await queue(signIn('ida@example.nl', 'en', linkB));
    expect(await mailer({}, logger, true).deliverPending()).toBe(1);
    vi.restoreAllMocks();

    const files = fs.readdirSync(outbox);
    expect(files).toHaveLength(1);
    const [file] = files;
    expect(file).toMatch(/^\d{8}T\d{9}Z-[0-9a-f-]{36}\.eml$/);
    expect(file).not.toContain('ida');
    expect(fs.statSync(path.join(outbox, file!)).mode & 0o077).toBe(0);
    const mail = parseMail(fs.readFileSync(path.join(outbox, file!)));
    expect(mail.to).toContain('ida@example.nl');
    expect(mail.subject).toBe('Your sign-in link for Weerbaar');
    expect(firstLink(mail.text)).toBe(linkB);

    const notice = printed.join('');
    expect(notice).toContain('ida@example.nl');
    expect(notice).toContain(linkB);
    expect(lines.join('')).not.toContain('ida@example.nl');
    expect(lines.join('')).not.toContain(linkB);

    const [row] = await rows();
    expect(row?.sent_at).toBeInstanceOf(Date);
    expect(row?.variables_sealed).toHaveLength(0);
  });

  it.runIf(testDatabaseKind() === 'postgres')(
    'lets two processes deliver at once without sending a mail twice',
    async () => {
      const slow = await startPeer({
        onData(stream, session, callback) {
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            slow.received.push({ from: '', to: session.envelope.rcptTo.map((r) => r.address), raw: '' });
            setTimeout(callback, 50);
          });
        },
      });
      try {
        const recipients = Array.from({ length: 8 }, (_, i) => `p${i}@example.nl`);
        await queue(...recipients.map((to) => signIn(to)));
        const counts = await Promise.all([
          mailer({ SMTP_URL: slow.url }).deliverPending(),
          mailer({ SMTP_URL: slow.url }).deliverPending(),
        ]);
        expect(counts[0]! + counts[1]!).toBe(8);
        expect(slow.received.flatMap((r) => r.to).sort()).toEqual(recipients.sort());
        const unsent = await sql<{
          n: number;
        }>`select count(*)::int as n from mail_outbox where sent_at is null`.execute(t.database.owner);
        expect(unsent.rows[0]?.n).toBe(0);
      } finally {
        await slow.close();
      }
    },
  );
});
