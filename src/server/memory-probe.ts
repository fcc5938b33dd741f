// A debug-only look at memory, for the soak in bench/load.ts: with WEERBAAR_MEMORY_PROBE=true and
// an IPC channel from the process that started the server (node's `spawn(..., { stdio: [..., 'ipc'] })`),
// the server answers a message `{ type: 'weerbaar:memory', id }` with its RSS and its heap in use
// after a forced full garbage collection — the honest figure for a leak, as RSS also holds freed
// pages the allocator keeps. With `snapshot: '<file prefix>'` it also writes a V8 heap snapshot.
// In a cluster the primary passes the question to every worker and answers with all replies.
//
// Not reachable from the network: no route, no port; only the parent process can ask. Without the
// setting nothing is installed.
import cluster, { type Worker } from 'node:cluster';
import v8 from 'node:v8';
import vm from 'node:vm';

export interface MemoryFigures {
  pid: number;
  role: 'primary' | 'worker' | 'server';
  rssMiB: number;
  /** Heap in use right after a forced full GC. */
  heapUsedMiB: number;
  heapTotalMiB: number;
  externalMiB: number;
  arrayBuffersMiB: number;
  /** The heap snapshot written, when asked for. */
  snapshot?: string;
}

export interface MemoryQuestion {
  type: 'weerbaar:memory';
  id: number;
  /** A path prefix; each process writes `<prefix>-<pid>.heapsnapshot`. */
  snapshot?: string;
}

export interface MemoryAnswer {
  type: 'weerbaar:memory-answer';
  id: number;
  processes: MemoryFigures[];
}

const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

let collect: (() => void) | null = null;
function fullGc(): void {
  if (!collect) {
    // Without --expose-gc at start: turn it on now and take gc from a fresh context.
    v8.setFlagsFromString('--expose-gc');
    collect = vm.runInNewContext('gc') as () => void;
  }
  collect();
}

function isQuestion(message: unknown): message is MemoryQuestion {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as MemoryQuestion).type === 'weerbaar:memory' &&
    Number.isInteger((message as MemoryQuestion).id)
  );
}

function measure(role: MemoryFigures['role'], snapshotPrefix?: string): MemoryFigures {
  fullGc();
  const usage = process.memoryUsage();
  const figures: MemoryFigures = {
    pid: process.pid,
    role,
    rssMiB: mib(usage.rss),
    heapUsedMiB: mib(usage.heapUsed),
    heapTotalMiB: mib(usage.heapTotal),
    externalMiB: mib(usage.external),
    arrayBuffersMiB: mib(usage.arrayBuffers),
  };
  if (snapshotPrefix)
    figures.snapshot = v8.writeHeapSnapshot(`${snapshotPrefix}-${process.pid}.heapsnapshot`);
  return figures;
}

/** A server process (one process, or a cluster worker) answers the question itself. */
export function installMemoryProbe(): void {
  if (!process.send) return;
  const role = cluster.isWorker ? 'worker' : 'server';
  process.on('message', (message) => {
    if (!isQuestion(message)) return;
    const answer: MemoryAnswer = {
      type: 'weerbaar:memory-answer',
      id: message.id,
      processes: [measure(role, message.snapshot)],
    };
    process.send?.(answer);
  });
}

/** The cluster primary asks every worker and answers with its own figures and theirs. */
export function relayMemoryProbe(): void {
  if (!process.send) return;
  process.on('message', (message) => {
    if (!isQuestion(message)) return;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    const replies = workers.map(
      (worker) =>
        new Promise<MemoryFigures[]>((resolve) => {
          const timer = setTimeout(() => {
            worker.off('message', listen);
            resolve([]);
          }, 120_000);
          const listen = (reply: unknown) => {
            const answer = reply as MemoryAnswer;
            if (answer?.type !== 'weerbaar:memory-answer' || answer.id !== message.id) return;
            clearTimeout(timer);
            worker.off('message', listen);
            resolve(answer.processes);
          };
          worker.on('message', listen);
          worker.send(message);
        }),
    );
    void Promise.all(replies).then((lists) => {
      const answer: MemoryAnswer = {
        type: 'weerbaar:memory-answer',
        id: message.id,
        processes: [measure('primary'), ...lists.flat()],
      };
      process.send?.(answer);
    });
  });
}
