// `npm start`: build the web app once if it has not been built (dist/web/index.html missing), then
// run the server in this same process. Later starts skip the build; `npm run build` rebuilds.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const builtIndex = path.join(root, 'dist', 'web', 'index.html');
const viteConfig = path.join(root, 'vite.config.ts');

async function buildWebApp(): Promise<void> {
  if (!fs.existsSync(viteConfig)) {
    console.warn(
      'Geen vite.config.ts: de web-app wordt niet gebouwd / no vite.config.ts: not building the web app',
    );
    return;
  }
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    console.error(
      'De web-app is nog niet gebouwd en Vite ontbreekt (npm ci zonder --omit=dev, dan npm run build).\n' +
        'The web app has not been built and Vite is missing (install without --omit=dev, then npm run build).',
    );
    process.exit(1);
  }
  console.log('Web-app bouwen (eenmalig) / building the web app (once)…');
  const started = performance.now();
  await vite.build({ configFile: viteConfig, root: path.join(root, 'src', 'web'), logLevel: 'warn' });
  console.log(`Web-app gebouwd / built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (!fs.existsSync(builtIndex)) await buildWebApp();
const { start } = await import('../src/server/main.ts');
start();
