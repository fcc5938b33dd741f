// The browser journeys' Weerbaar server: the real server (src/server/main.ts runServer) plus a
// command-line channel for the test that started it. e2e/support/server.ts forks this file with an
// IPC channel and sends { id, argv }; the command runs in this process against the database the
// server has open (src/cli/main.ts runCommand), and the reply is { id, code, stdout, stderr }.
// A new `weerbaar` process per command would boot, open the data folder and check migrations each
// time, and in embedded mode the server would have to stop for it (PGlite: one process per folder).
//
// Only the browser journeys start this file; production starts src/server/main.ts, which has no
// such channel. It refuses to run unless forked with IPC and WEERBAAR_E2E_CLI_CHANNEL=1 (set only
// by server.ts): no route, no port, nothing another process can reach.
import { AsyncLocalStorage } from 'node:async_hooks';
import { format } from 'node:util';
import { runCommand } from '../../src/cli/main.ts';
import { readSettings, SettingsError } from '../../src/server/env.ts';
import { faultMessage } from '../../src/server/faults.ts';
import { runServer } from '../../src/server/main.ts';

export interface CliRequest {
  id: number;
  argv: string[];
}

export interface CliReply {
  id: number;
  code: number;
  stdout: string;
  stderr: string;
}

if (process.env.WEERBAAR_E2E_CLI_CHANNEL !== '1' || !process.send) {
  console.error('e2e/support/serve.ts: alleen voor de browsertests / only for the browser journeys');
  process.exit(64);
}

/** What a command prints goes to its reply; everything else to the server's log as before. */
const captured = new AsyncLocalStorage<{ stdout: string[]; stderr: string[] }>();
for (const [method, stream] of [
  ['log', 'stdout'],
  ['info', 'stdout'],
  ['error', 'stderr'],
  ['warn', 'stderr'],
] as const) {
  const original = console[method].bind(console);
  console[method] = (...args: unknown[]) => {
    const output = captured.getStore();
    if (output) output[stream].push(`${format(...args)}\n`);
    else original(...args);
  };
}

try {
  const deps = await runServer(readSettings());
  // One command at a time, in the order they came.
  let queue = Promise.resolve();
  process.on('message', (message: CliRequest) => {
    queue = queue.then(async () => {
      const output = { stdout: [] as string[], stderr: [] as string[] };
      const code = await captured
        .run(output, () => runCommand(message.argv, deps))
        .catch((error: Error) => {
          output.stderr.push(`${error.message}\n`);
          return 70; // EX_SOFTWARE: the channel itself failed, not the command
        });
      const reply: CliReply = {
        id: message.id,
        code,
        stdout: output.stdout.join(''),
        stderr: output.stderr.join(''),
      };
      process.send?.(reply);
    });
  });
  // The test runner went away without stopping us: stop as on SIGTERM.
  process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
} catch (error) {
  const message =
    error instanceof SettingsError ? error.message : (faultMessage(error) ?? (error as Error).message);
  console.error(`Weerbaar kon niet starten / could not start: ${message}`);
  process.exit(1);
}
