import { describe, expect, it } from 'vitest';
import { readSettings, SettingsError } from '../../src/server/env.ts';

describe('settings', () => {
  it('defaults to embedded PGlite in ./data on port 3000 with the demo on', () => {
    const s = readSettings({});
    expect(s.PORT).toBe(3000);
    expect(s.database).toEqual({ kind: 'pglite' });
    expect(s.dataDir.endsWith('/data')).toBe(true);
    expect(s.publicUrl.origin).toBe('http://localhost:3000');
    expect(s.demo).toBe(true);
  });

  it('uses a real PostgreSQL when DATABASE_URL is set, without demo by default', () => {
    const s = readSettings({ DATABASE_URL: 'postgres://app@db/weerbaar', PORT: '8080' });
    expect(s.database).toEqual({
      kind: 'postgres',
      url: 'postgres://app@db/weerbaar',
      migrationUrl: 'postgres://app@db/weerbaar',
    });
    expect(s.demo).toBe(false);
    expect(s.publicUrl.origin).toBe('http://localhost:8080');
  });

  it('lists every wrong setting at once, readably', () => {
    try {
      readSettings({
        PORT: 'abc',
        DATABASE_URL: 'mysql://x',
        WEERBAAR_MASTER_KEY: 'kort',
        WEERBAAR_DEMO: 'misschien',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SettingsError);
      const problems = (error as SettingsError).problems.join('\n');
      expect(problems).toMatch(/PORT/);
      expect(problems).toMatch(/DATABASE_URL: .*postgres:\/\//);
      expect(problems).toMatch(/WEERBAAR_MASTER_KEY/);
      expect(problems).toMatch(/WEERBAAR_DEMO/);
      expect((error as SettingsError).problems).toHaveLength(4);
    }
  });

  it('treats empty values as unset', () => {
    expect(readSettings({ DATABASE_URL: '', PORT: '' }).database.kind).toBe('pglite');
  });

  it('chooses the key store: the folder by default, a key database of its own on request', () => {
    expect(readSettings({ WEERBAAR_DATA_DIR: '/srv/w' }).keyStore).toEqual({
      kind: 'folder',
      dir: '/srv/w/keys',
    });
    expect(
      readSettings({
        DATABASE_URL: 'postgres://app@db/weerbaar',
        WEERBAAR_KEY_STORE: 'database',
        WEERBAAR_KEY_DATABASE_URL: 'postgres://keys@keydb/weerbaar_keys',
      }).keyStore,
    ).toEqual({ kind: 'database', url: 'postgres://keys@keydb/weerbaar_keys' });
    const refused = (env: Record<string, string>) => {
      try {
        readSettings(env);
      } catch (error) {
        return (error as SettingsError).problems.join('\n');
      }
      return '';
    };
    expect(refused({ WEERBAAR_KEY_STORE: 'database' })).toMatch(/WEERBAAR_KEY_DATABASE_URL: nodig/);
    expect(refused({ WEERBAAR_KEY_DATABASE_URL: 'postgres://keys@keydb/k' })).toMatch(/alleen samen met/);
    expect(
      refused({
        DATABASE_URL: 'postgres://app@db:5432/weerbaar',
        WEERBAAR_KEY_STORE: 'database',
        WEERBAAR_KEY_DATABASE_URL: 'postgres://keys@db/weerbaar',
      }),
    ).toMatch(/een eigen database/);
    expect(refused({ WEERBAAR_KEY_STORE: 'kms' })).toMatch(/folder of database/);
  });
});
