// Reading the mail the server wrote to <dataDir>/outbox/ (embedded mode without SMTP_URL).
// File names are <UTC time, yyyymmddThhmmssmmmZ>-<mail id>.eml, so they sort by time.
//
//   const since = new Date();
//   await page.getByRole('button', { name: 'Stuur link' }).click();
//   const mail = await waitForMail(app.dataDir, 'anna@example.nl', { since });
//   await page.goto(mail.link);
import fs from 'node:fs';
import path from 'node:path';
import { firstLink, parseMail } from '../../test/support/mime.ts';

export interface OutboxMail {
  file: string;
  sentAt: Date;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The one link in the mail (sign-in or invitation). */
  link: string;
}

function fileTime(name: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-/.exec(name);
  if (!m) return null;
  return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, +m[7]!));
}

/** Every mail in the outbox for this address, oldest first. */
export function mailsFor(dataDir: string, recipient: string): OutboxMail[] {
  const folder = path.join(dataDir, 'outbox');
  if (!fs.existsSync(folder)) return [];
  const wanted = recipient.trim().toLowerCase();
  const mails: OutboxMail[] = [];
  for (const file of fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.eml') && !f.startsWith('.'))
    .sort()) {
    const sentAt = fileTime(file);
    if (!sentAt) continue;
    const parsed = parseMail(fs.readFileSync(path.join(folder, file)));
    const addresses: string[] = parsed.to.toLowerCase().match(/[^\s<>,;"]+@[^\s<>,;"]+/g) ?? [];
    if (!addresses.includes(wanted)) continue;
    const link = firstLink(parsed.text);
    if (!link) throw new Error(`mail ${file} has no link`);
    mails.push({
      file,
      sentAt,
      to: parsed.to,
      subject: parsed.subject,
      text: parsed.text,
      html: parsed.html,
      link,
    });
  }
  return mails;
}

/** The newest mail for this address, or null. */
export function latestMail(dataDir: string, recipient: string): OutboxMail | null {
  return mailsFor(dataDir, recipient).at(-1) ?? null;
}

/**
 * Waits for the newest mail for this address; with `since`, only a mail written at or after that
 * moment counts (take `new Date()` just before the action that sends it).
 */
export async function waitForMail(
  dataDir: string,
  recipient: string,
  options: { since?: Date; timeoutMs?: number } = {},
): Promise<OutboxMail> {
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  // The file name has millisecond precision; allow for the clock step between our Date and the server's.
  const since = options.since ? options.since.getTime() - 5 : Number.NEGATIVE_INFINITY;
  for (;;) {
    const mail = latestMail(dataDir, recipient);
    if (mail && mail.sentAt.getTime() >= since) return mail;
    if (Date.now() > deadline) {
      throw new Error(
        `no mail for ${recipient} in ${path.join(dataDir, 'outbox')} within ${options.timeoutMs ?? 10_000} ms`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
