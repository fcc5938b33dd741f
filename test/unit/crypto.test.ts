import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { open, seal } from '../../src/server/crypto/aead.ts';
import { keyFileProvider, masterKeyProvider } from '../../src/server/crypto/key-provider.ts';
import { normaliseRecoveryCode, recoveryCode } from '../../src/server/crypto/tokens.ts';

describe('sealing', () => {
  const key = randomBytes(32);
  it('round-trips and binds the associated data', () => {
    const sealed = seal(key, Buffer.from('geheim'), 'totp:1');
    expect(open(key, sealed, 'totp:1').toString()).toBe('geheim');
    expect(() => open(key, sealed, 'totp:2')).toThrow();
    expect(() => open(randomBytes(32), sealed, 'totp:1')).toThrow();
    expect(sealed.includes(Buffer.from('geheim'))).toBe(false);
  });
  it('detects a flipped bit', () => {
    const sealed = seal(key, Buffer.from('geheim'), 'x');
    sealed[sealed.length - 1]! ^= 1;
    expect(() => open(key, sealed, 'x')).toThrow();
  });
});

describe('keys', () => {
  it('creates the key file once, mode 0600, and derives stable purpose keys', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-key-'));
    const a = keyFileProvider(dir);
    const b = keyFileProvider(dir);
    expect(a.derivedKey('csrf').equals(b.derivedKey('csrf'))).toBe(true);
    expect(a.derivedKey('csrf').equals(a.derivedKey('totp-secrets'))).toBe(false);
    expect(fs.statSync(path.join(dir, 'master.key')).mode & 0o777).toBe(0o600);
    fs.rmSync(dir, { recursive: true });
  });
  it('refuses a master key of the wrong size', () => {
    expect(() => masterKeyProvider(randomBytes(16))).toThrow();
  });
});

describe('recovery codes', () => {
  it('are readable groups and forgive case, spaces and dashes', () => {
    const code = recoveryCode();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(normaliseRecoveryCode(code.toLowerCase().replaceAll('-', ' '))).toBe(code);
  });
});
