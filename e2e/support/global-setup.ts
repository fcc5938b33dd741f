// Once per `playwright test` run, before any spec (playwright.config.ts globalSetup):
//   - the web app is built if dist/web/index.html is missing (`npm test` builds just before; this
//     is for `npx playwright test` on a fresh checkout), once for every spec;
//   - a migrated data folder (PGlite database and key files) is made as the template that each
//     spec's server copies (server.ts), instead of every server migrating an empty folder.
// Returns the teardown, which removes the template.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeTemplateDataDir, TEMPLATE_ENV } from './server.ts';

const root = path.resolve(import.meta.dirname, '..', '..');

export default async function globalSetup(): Promise<() => void> {
  if (!fs.existsSync(path.join(root, 'dist', 'web', 'index.html'))) {
    execFileSync(path.join(root, 'node_modules', '.bin', 'vite'), ['build'], { cwd: root, stdio: 'inherit' });
  }
  const template = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-e2e-template-'));
  await makeTemplateDataDir(template);
  // Workers inherit the environment that global set-up leaves behind.
  process.env[TEMPLATE_ENV] = template;
  return () => fs.rmSync(template, { recursive: true, force: true });
}
