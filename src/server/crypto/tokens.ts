// Secrets handed to people (link tokens, session tokens, recovery codes) are random and only
// their SHA-256 is stored, so a copy of the database does not let anyone sign in.
import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function sha256(value: string | Uint8Array): Buffer {
  return createHash('sha256').update(value).digest();
}

export function sha256Hex(value: string | Uint8Array): string {
  return createHash('sha256').update(value).digest('hex');
}

export function hmacHex(key: Uint8Array, value: string): string {
  return createHmac('sha256', key).update(value).digest('hex');
}

export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

// No 0/O, 1/I/L: recovery codes are read from paper.
const recoveryAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A recovery code like "K7QM-2WXP-HR4D". */
export function recoveryCode(): string {
  const chars = Array.from({ length: 12 }, () => recoveryAlphabet[randomInt(recoveryAlphabet.length)]);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8)].map((g) => g.join('')).join('-');
}

/** Normalise what a person types: case, spaces and dashes do not matter. */
export function normaliseRecoveryCode(input: string): string {
  const compact = input.toUpperCase().replace(/[\s-]/g, '');
  return compact.length === 12
    ? `${compact.slice(0, 4)}-${compact.slice(4, 8)}-${compact.slice(8)}`
    : compact;
}
