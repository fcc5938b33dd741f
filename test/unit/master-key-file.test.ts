// The key file during a master-key rotation: the next key waits in master.key.next (0600) until
// everything is re-wrapped; meanwhile the server refuses to start with the old one; a second run
// resumes with the same next key; finishing puts it in place of master.key.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  keyFileProvider,
  keyFileRotation,
  RotationUnfinished,
} from '../../src/server/crypto/key-provider.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('master key file rotation', () => {
  it('keeps the old key until finish, refuses a start in between, resumes with the same next key', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-master-'));
    dirs.push(dir);
    const before = keyFileProvider(dir).derivedKey('tenant-keys');

    const first = keyFileRotation(dir);
    expect(first.resumed).toBe(false);
    expect(first.current.equals(first.next)).toBe(false);
    expect(fs.statSync(path.join(dir, 'master.key.next')).mode & 0o777).toBe(0o600);
    expect(() => keyFileProvider(dir)).toThrow(RotationUnfinished);

    // "Crash": run again without finishing; the same two keys come back.
    const second = keyFileRotation(dir);
    expect(second.resumed).toBe(true);
    expect(second.current.equals(first.current)).toBe(true);
    expect(second.next.equals(first.next)).toBe(true);

    second.finish();
    expect(fs.existsSync(path.join(dir, 'master.key.next'))).toBe(false);
    expect(fs.readFileSync(path.join(dir, 'master.key'), 'utf8').trim()).toBe(first.next.toString('base64'));
    const after = keyFileProvider(dir).derivedKey('tenant-keys');
    expect(after.equals(before)).toBe(false);
  });
});
