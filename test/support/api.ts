// An app on a fresh test database, driven through Hono's fetch interface (no sockets), with a
// small cookie-and-CSRF-aware client and helpers to make organisations and signed-in people.
import fs from 'node:fs';
import path from 'node:path';
import * as OTPAuth from 'otpauth';
import { createApp } from '../../src/server/app.ts';
import type { AppDeps } from '../../src/server/context.ts';
import type { Role } from '../../src/server/db/schema.ts';
import { loadRegistry, type Registry } from '../../src/server/instruments/registry.ts';
import { createLogger } from '../../src/server/logger.ts';
import { createMailer } from '../../src/server/mail/outbox.ts';
import { createTenant } from '../../src/server/operations/create-tenant.ts';
import { inviteMember } from '../../src/server/operations/invite-member.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { createTestKeyStore, type KeyStoreKind, type TestKeyStore } from './key-stores.ts';
import { firstLink, parseMail } from './mime.ts';

export interface Reply {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read replies field by field and assert them
  body: any;
  headers: Headers;
}

export class Client {
  cookie: string | null = null;
  csrf: string | null = null;
  private readonly harness: TestApp;
  constructor(harness: TestApp) {
    this.harness = harness;
  }

  async call(
    method: string,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply> {
    const init: RequestInit = { method, headers: { ...headers } };
    const h = init.headers as Record<string, string>;
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrf && method !== 'GET' && !('x-csrf-token' in h)) h['x-csrf-token'] = this.csrf;
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      h['content-type'] ??= 'application/json';
    }
    const response = await this.harness.app.request(url, init);
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      this.cookie = pair && !/=\s*$/.test(pair) && !/Max-Age=0/i.test(setCookie) ? pair : null;
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {}
    if (parsed && typeof parsed === 'object' && 'csrfToken' in parsed)
      this.csrf = (parsed as { csrfToken: string }).csrfToken;
    return { status: response.status, body: parsed, headers: response.headers };
  }
  get(url: string) {
    return this.call('GET', url);
  }
  post(url: string, body?: unknown) {
    return this.call('POST', url, body ?? {});
  }
  patch(url: string, body: unknown) {
    return this.call('PATCH', url, body);
  }
}

export interface TestApp {
  db: TestDatabase;
  deps: AppDeps;
  /** The key store behind deps.scanKeys: the key folder, or the separate key database. */
  keyStore: TestKeyStore;
  app: ReturnType<typeof createApp>;
  /** Moves the app's clock forward (expiry, idle timeouts, TOTP steps). */
  advance(ms: number): void;
  client(): Client;
  cleanup(): Promise<void>;
}

let registry: Promise<Registry> | null = null;

export async function createTestApp(
  settingsOverrides: Record<string, string> = {},
  options: { keyStore?: KeyStoreKind } = {},
): Promise<TestApp> {
  registry ??= loadRegistry();
  const instruments = await registry;
  const db = await createTestDatabase(settingsOverrides);
  const keyStore = await createTestKeyStore(options.keyStore ?? 'folder', db.settings.keyDir);
  let offset = 0;
  const logger = createLogger('silent');
  const deps: AppDeps = {
    settings: db.settings,
    database: db.database,
    keys: db.keys,
    scanKeys: keyStore.open(db.keys),
    logger,
    mailer: createMailer({
      settings: db.settings,
      database: db.database,
      keys: db.keys,
      logger,
      printNotices: false,
    }),
    instruments,
    now: () => new Date(Date.now() + offset),
  };
  const harness: TestApp = {
    db,
    deps,
    keyStore,
    app: createApp(deps),
    advance(ms) {
      offset += ms;
    },
    client: () => new Client(harness),
    async cleanup() {
      await deps.mailer.close();
      await keyStore.cleanup();
      await db.cleanup();
    },
  };
  return harness;
}

let counter = 0;
export function unique(prefix: string): string {
  counter += 1;
  return `${prefix}-${process.pid}-${counter}`;
}

export async function makeTenant(t: TestApp, name = 'Gemeente Test'): Promise<string> {
  return (await createTenant(t.deps, { slug: unique('gemeente'), name })).id;
}

/** The token of the newest mailed link for an address, from the outbox folder (file transport). */
export function lastLinkFor(t: TestApp, email: string): string | null {
  const dir = path.join(t.deps.settings.dataDir, 'outbox');
  if (!fs.existsSync(dir)) return null;
  for (const file of fs.readdirSync(dir).sort().reverse()) {
    const mail = parseMail(fs.readFileSync(path.join(dir, file)));
    if (mail.to.toLowerCase() !== email.toLowerCase()) continue;
    const link = firstLink(mail.text);
    if (link) return tokenOf(link);
  }
  return null;
}

/** Every mail an address received (subject and plain text), oldest first. */
export function mailsTo(t: TestApp, email: string): Array<{ subject: string; text: string }> {
  const dir = path.join(t.deps.settings.dataDir, 'outbox');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .sort()
    .map((file) => parseMail(fs.readFileSync(path.join(dir, file))))
    .filter((mail) => mail.to.toLowerCase() === email.toLowerCase())
    .map((mail) => ({ subject: mail.subject, text: mail.text }));
}

export function tokenOf(url: string): string {
  return new URL(url).hash.replace('#token=', '');
}

export function totpCode(secret: string, at: Date): string {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30 }).generate({
    timestamp: at.getTime(),
  });
}

export interface SignedIn {
  client: Client;
  userId: string;
  membershipId: string;
  email: string;
  totpSecret: string | null;
  recoveryCodes: string[];
}

/** Invites someone with a role, opens the invitation link and, where required, sets up TOTP. */
export async function signedIn(
  t: TestApp,
  tenantId: string,
  role: Role,
  email = `${unique(role)}@test.nl`,
): Promise<SignedIn> {
  const invited = await inviteMember(t.deps, null, { tenantId, email, displayName: `Test ${role}`, role });
  const client = t.client();
  const redeemed = await client.post('/api/auth/redeem', { token: tokenOf(invited.invitationUrl) });
  if (redeemed.status !== 200) throw new Error(`redeem failed: ${JSON.stringify(redeemed.body)}`);
  let totpSecret: string | null = null;
  let recoveryCodes: string[] = [];
  if (redeemed.body.secondFactor.required) {
    const setup = await client.post('/api/auth/totp/setup');
    totpSecret = setup.body.secret as string;
    const confirmed = await client.post('/api/auth/totp/confirm', {
      code: totpCode(totpSecret, t.deps.now()),
    });
    if (confirmed.status !== 200) throw new Error(`totp confirm failed: ${JSON.stringify(confirmed.body)}`);
    recoveryCodes = confirmed.body.recoveryCodes;
  }
  return {
    client,
    userId: invited.userId,
    membershipId: invited.membershipId,
    email,
    totpSecret,
    recoveryCodes,
  };
}
