// Mail goes through the mail_outbox table: an operation queues it inside its own transaction (so
// a rolled-back invitation sends nothing), and the mailer delivers it after the commit. The
// variables (they hold one-time links) are sealed in the table and wiped once the mail is sent.
//
// Delivery: with SMTP_URL over SMTP (nodemailer); without it as .eml files in
// <data folder>/outbox/, with a short notice on stdout in embedded mode so a local user can click
// the link. Logs carry mail ids and outcomes, never addresses or links.
//
// When a mail does not go through:
// - the peer cannot be reached (refused, timed out, 421) or the outbox folder's disk is full: the
//   mail is not at fault, so no attempt is counted; the round stops, and this mailer pauses
//   (growing from `pauseMs` to `maxPauseMs`) before it tries again;
// - the peer answers and refuses this mail (a 5xx or a 4xx), or it cannot be opened: one attempt is
//   counted and the mail waits (`next_attempt_at`, growing from `refusedDelayMs` to
//   `maxRefusedDelayMs`); after `maxMailAttempts` refusals it is left for an operator.
// Besides after each commit, every process delivers every `everyMs` (startPeriodicDelivery), so
// mail queued while the peer was away goes out once it is back without waiting for the next action.
// Each mail is sent at most once: on PostgreSQL a mail is claimed FOR UPDATE SKIP LOCKED and sent
// while locked, so two deliverers never send the same row. (SMTP itself is at-least-once: should
// the peer take a mail and the connection break before its "250", or the database go away before
// the commit, the mail is sent again later, with the same Message-ID for the receiver to spot.)
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import nodemailer from 'nodemailer';
import type pino from 'pino';
import { open, seal } from '../crypto/aead.ts';
import type { KeyProvider } from '../crypto/key-provider.ts';
import type { Database } from '../db/database.ts';
import { inTransaction, type Tx } from '../db/transaction.ts';
import type { Settings } from '../env.ts';
import {
  type MailLanguage,
  type MailTemplate,
  mailTemplates,
  type RenderedMail,
  renderMail,
} from './templates.ts';

export type { MailLanguage, MailTemplate } from './templates.ts';

/** After this many refusals a mail is no longer tried (an operator can reset attempts). */
export const maxMailAttempts = 8;

export interface MailRetry {
  /** Periodic delivery, for mail that waited. */
  everyMs: number;
  /** Pause after the peer could not be reached; doubles up to maxPauseMs. */
  pauseMs: number;
  maxPauseMs: number;
  /** Wait of a refused mail; doubles per refusal up to maxRefusedDelayMs. */
  refusedDelayMs: number;
  maxRefusedDelayMs: number;
}

export const defaultMailRetry: MailRetry = {
  everyMs: 30_000,
  pauseMs: 5_000,
  maxPauseMs: 60_000,
  refusedDelayMs: 60_000,
  maxRefusedDelayMs: 60 * 60_000,
};
/** Upper bound of mails one deliverPending call handles; the next call continues. */
const batchLimit = 200;
const keyPurpose = 'mail-outbox';

export interface OutgoingMail {
  to: string;
  template: MailTemplate;
  language: MailLanguage;
  variables: Record<string, string>;
}

function associatedData(id: string): string {
  return `mail_outbox:${id}`;
}

/** Queues a mail in the caller's transaction; it is delivered after the commit (deliverPending). */
export async function queueMail(tx: Tx, keys: KeyProvider, mail: OutgoingMail): Promise<void> {
  if (!mailTemplates.includes(mail.template)) throw new Error(`unknown mail template ${mail.template}`);
  if (!/^[^\s@<>,;]+@[^\s@<>,;]+$/.test(mail.to))
    throw new Error('mail recipient is not a plain e-mail address');
  // Render once now, so a missing or malformed variable fails the operation, not the delivery.
  renderMail(mail.template, mail.language, mail.variables);
  const id = randomUUID();
  const sealed = seal(
    keys.derivedKey(keyPurpose),
    Buffer.from(JSON.stringify(mail.variables), 'utf8'),
    associatedData(id),
  );
  await tx
    .insertInto('mail_outbox')
    .values({
      id,
      recipient: mail.to,
      template: mail.template,
      language: mail.language,
      variables_sealed: sealed,
    })
    .execute();
}

export interface Mailer {
  /**
   * Delivers queued mail; resolves to the number sent. Never rejects: a failed mail stays queued
   * with its attempts counted and the error noted, and is tried again on a later call.
   */
  deliverPending(): Promise<number>;
  /** Deliver every `retry.everyMs` as well (the server; a CLI command only delivers after its work). */
  startPeriodicDelivery(): void;
  close(): Promise<void>;
}

export interface MailerOptions {
  settings: Settings;
  database: Database;
  keys: KeyProvider;
  logger: pino.Logger;
  /** Print a notice (recipient, subject, link) on stdout for each file-outbox mail. Default: in embedded mode. */
  printNotices?: boolean;
  /** Retry timing; default `defaultMailRetry` (tests shorten it). */
  retry?: Partial<MailRetry>;
}

interface OutboxRow {
  id: string;
  recipient: string;
  template: string;
  language: MailLanguage;
  variables_sealed: Uint8Array;
  attempts: number;
}

interface Transport {
  send(row: OutboxRow, mail: RenderedMail): Promise<void>;
  close(): void;
}

/** `unreachable`: the peer (or the outbox folder) was not there; the mail itself was not refused. */
type Outcome = { sent: true } | { sent: false; error: string; unreachable: boolean };

const unreachableCodes = new Set([
  'ECONNECTION',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ESOCKET',
  'EDNS',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENOSPC',
  'EDQUOT',
]);

/** The peer could not be reached, or would not talk (421), or our outbox folder's disk is full. */
export function isUnreachable(error: unknown): boolean {
  const e = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  if (e.responseCode === 421) return true;
  if (typeof e.responseCode === 'number') return false;
  return typeof e.code === 'string' && unreachableCodes.has(e.code);
}

const doubling = (first: number, max: number, n: number) => Math.min(max, first * 2 ** Math.max(0, n - 1));

export function createMailer(options: MailerOptions): Mailer {
  const { settings, database, keys } = options;
  const logger = options.logger.child({ component: 'mail' });
  const transport = settings.SMTP_URL
    ? smtpTransport(settings)
    : fileTransport(settings, options.printNotices ?? settings.database.kind === 'pglite');
  const key = keys.derivedKey(keyPurpose);
  const scope = { tenantId: null, userId: null };
  const retry: MailRetry = { ...defaultMailRetry, ...options.retry };
  let closed = false;
  /** Consecutive rounds that found the peer away, and until when this mailer waits. */
  let unreachableRounds = 0;
  let pausedUntil = 0;
  let timer: ReturnType<typeof setInterval> | null = null;

  async function attempt(row: OutboxRow): Promise<Outcome> {
    try {
      if (!(mailTemplates as readonly string[]).includes(row.template)) throw new Error('unknown template');
      const variables = JSON.parse(open(key, row.variables_sealed, associatedData(row.id)).toString('utf8'));
      await transport.send(row, renderMail(row.template as MailTemplate, row.language, variables));
      return { sent: true };
    } catch (error) {
      return { sent: false, error: describeError(error), unreachable: isUnreachable(error) };
    }
  }

  async function record(tx: Tx, row: OutboxRow, outcome: Outcome): Promise<void> {
    if (outcome.sent) {
      await tx
        .updateTable('mail_outbox')
        .set((eb) => ({
          sent_at: new Date(),
          variables_sealed: new Uint8Array(0),
          attempts: eb('attempts', '+', 1),
          last_error: null,
        }))
        .where('id', '=', row.id)
        .execute();
      logger.info({ mailId: row.id, template: row.template }, 'mail sent');
    } else if (outcome.unreachable) {
      // Not the mail's fault: nothing counted, tried again when the mailer's pause is over.
      await tx
        .updateTable('mail_outbox')
        .set({ last_error: outcome.error })
        .where('id', '=', row.id)
        .execute();
      logger.warn({ mailId: row.id, template: row.template, error: outcome.error }, 'mail peer unreachable');
    } else {
      const delaySeconds = doubling(retry.refusedDelayMs, retry.maxRefusedDelayMs, row.attempts + 1) / 1000;
      await tx
        .updateTable('mail_outbox')
        .set((eb) => ({
          attempts: eb('attempts', '+', 1),
          last_error: outcome.error,
          next_attempt_at: sql<Date>`now() + make_interval(secs => ${delaySeconds})`,
        }))
        .where('id', '=', row.id)
        .execute();
      logger.warn(
        { mailId: row.id, template: row.template, attempts: row.attempts + 1, error: outcome.error },
        'mail not sent',
      );
    }
  }

  function pending(tx: Tx, tried: Set<string>) {
    let query = tx
      .selectFrom('mail_outbox')
      .select(['id', 'recipient', 'template', 'language', 'variables_sealed', 'attempts'])
      .where('sent_at', 'is', null)
      .where('attempts', '<', maxMailAttempts)
      .where((eb) =>
        eb.or([eb('next_attempt_at', 'is', null), eb('next_attempt_at', '<=', sql<Date>`now()`)]),
      )
      .orderBy('created_at')
      .orderBy('id')
      .limit(1);
    if (tried.size > 0) query = query.where('id', 'not in', [...tried]);
    return query;
  }

  /**
   * PostgreSQL: several app processes may deliver at once. Each mail is claimed with
   * FOR UPDATE SKIP LOCKED and sent while the row stays locked, so no two processes send it.
   */
  async function deliverOneLocked(tried: Set<string>): Promise<Outcome | null> {
    return inTransaction(database, scope, async (tx) => {
      const row = await pending(tx, tried).forUpdate().skipLocked().executeTakeFirst();
      if (!row) return null;
      tried.add(row.id);
      const outcome = await attempt(row);
      await record(tx, row, outcome);
      return outcome;
    });
  }

  /**
   * PGlite: one process owns the data folder and deliveries are serialised below, so there is no
   * one to race; sending outside the transaction keeps PGlite's single connection free meanwhile.
   */
  async function deliverOneUnlocked(tried: Set<string>): Promise<Outcome | null> {
    const row = await inTransaction(database, scope, (tx) => pending(tx, tried).executeTakeFirst());
    if (!row) return null;
    tried.add(row.id);
    const outcome = await attempt(row);
    await inTransaction(database, scope, (tx) => record(tx, row, outcome));
    return outcome;
  }

  async function deliverRound(): Promise<number> {
    if (closed) return 0;
    // The peer was away just now: leave the mail queued until the pause is over.
    if (Date.now() < pausedUntil) return 0;
    const tried = new Set<string>();
    let sent = 0;
    try {
      for (let i = 0; i < batchLimit && !closed; i++) {
        const outcome =
          database.kind === 'postgres' ? await deliverOneLocked(tried) : await deliverOneUnlocked(tried);
        if (!outcome) break;
        if (outcome.sent || !outcome.unreachable) unreachableRounds = 0;
        if (outcome.sent) sent++;
        else if (outcome.unreachable) {
          // Every other mail would meet the same closed door: stop this round and pause.
          unreachableRounds++;
          pausedUntil = Date.now() + doubling(retry.pauseMs, retry.maxPauseMs, unreachableRounds);
          break;
        }
      }
    } catch (error) {
      logger.error({ error: describeError(error) }, 'mail delivery interrupted');
    }
    return sent;
  }

  // One round at a time per process. A call during a round queues one more round (which sees
  // everything committed before the call); calls while that one waits share it.
  let tail: Promise<unknown> = Promise.resolve();
  let waiting: Promise<number> | null = null;

  const mailer: Mailer = {
    deliverPending() {
      if (waiting) return waiting;
      const next = tail.then(() => {
        waiting = null;
        return deliverRound();
      });
      waiting = next;
      tail = next;
      return next;
    },
    startPeriodicDelivery() {
      if (timer || closed) return;
      timer = setInterval(() => void mailer.deliverPending(), retry.everyMs);
      timer.unref();
    },
    async close() {
      closed = true;
      if (timer) clearInterval(timer);
      timer = null;
      await tail;
      transport.close();
    },
  };
  return mailer;
}

/** Error text for the table and the log: no addresses or links, bounded length. */
export function describeError(error: unknown): string {
  const e = (error ?? {}) as { code?: unknown; responseCode?: unknown; command?: unknown; message?: unknown };
  const parts = [
    typeof e.code === 'string' ? e.code : undefined,
    typeof e.responseCode === 'number' ? `SMTP ${e.responseCode}` : undefined,
    typeof e.command === 'string' ? `(${e.command})` : undefined,
    typeof e.message === 'string' ? e.message : String(error),
  ].filter((p): p is string => Boolean(p));
  const text = parts
    .join(' ')
    .replace(/[a-z][a-z0-9+.-]*:\/\/\S+/gi, '[link]')
    .replace(/\S+@\S+/g, '[adres]')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 500 ? `${text.slice(0, 499)}…` : text;
}

function message(settings: Settings, row: OutboxRow, mail: RenderedMail) {
  return {
    from: settings.MAIL_FROM,
    to: row.recipient,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: `<${row.id}@${settings.publicUrl.hostname}>`,
    headers: { 'Auto-Submitted': 'auto-generated', 'Content-Language': row.language },
    textEncoding: 'quoted-printable' as const,
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}

function smtpTransport(settings: Settings): Transport {
  // Options in the URL's query (e.g. ?requireTLS=true) override these.
  const transporter = nodemailer.createTransport({
    url: settings.SMTP_URL,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    async send(row, mail) {
      await transporter.sendMail(message(settings, row, mail));
    },
    close() {
      transporter.close();
    },
  };
}

function fileTransport(settings: Settings, printNotices: boolean): Transport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  const folder = path.join(settings.dataDir, 'outbox');
  return {
    async send(row, mail) {
      const info = await transporter.sendMail(message(settings, row, mail));
      const content = info.message;
      if (!Buffer.isBuffer(content)) throw new Error('stream transport did not return a buffer');
      fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
      // Sortable by time; holds no address. Written under a temporary name first, so a reader
      // never sees half a file.
      const stamp = new Date().toISOString().replace(/[-:.]/g, '');
      const name = `${stamp}-${row.id}.eml`;
      const temporary = path.join(folder, `.${name}.tmp`);
      try {
        fs.writeFileSync(temporary, content, { mode: 0o600 });
        fs.renameSync(temporary, path.join(folder, name));
      } finally {
        fs.rmSync(temporary, { force: true }); // a full disk leaves no half file behind
      }
      if (printNotices) {
        process.stdout.write(
          `\n✉  E-mail in de outbox / mail in the outbox (${name})\n` +
            `   aan / to:   ${row.recipient}\n` +
            `   onderwerp:  ${mail.subject}\n` +
            `   link:       ${mail.link}\n\n`,
        );
      }
    },
    close() {
      transporter.close();
    },
  };
}
