// Gathers the calls of one kind that arrive in one turn of the event loop and runs them as one
// statement (group commit). Under load a statement's fixed cost — the round trip, the transaction,
// locking the tables it touches — outweighs its work (migration 0022 says by how much), so N
// requests arriving together pay it once instead of N times. With one request there is nothing to
// wait for: the batch runs in the same turn (setImmediate), after the poll phase that read it.
//
// Each call keeps its own outcome: when a batch statement fails as a whole, every call in it runs
// again on its own, so one bad call fails alone and a database that is away fails each call with
// its own error (mapped to 503 like any other).
import type { Database } from './database.ts';

/** What `many` answers for a call that must run on its own after all (e.g. it would have to wait). */
export const runAlone: unique symbol = Symbol('run alone');

export interface BatchOptions<I, O> {
  /** Runs many calls as one statement; answers in input order (`runAlone`: that call again alone). */
  many(inputs: I[]): Promise<Array<O | typeof runAlone>>;
  /** Runs one call on its own: with a single call, and for each call of a batch that failed. */
  one(input: I): Promise<O>;
  /** Order inside a batch (e.g. by the row each call locks), so concurrent batches lock alike. */
  compare?: (a: I, b: I) => number;
  /** At most this many calls in one statement. */
  maxBatch?: number;
  /**
   * At most this many batches of this kind at the database at once (default 1): calls that arrive
   * while they run wait and go together in the next, so under load the batches grow instead of
   * the statements multiplying — a pool of connections would otherwise take many small batches.
   */
  maxInFlight?: number;
}

/**
 * PGlite runs one statement at a time, so one batch at the database is best: the calls arriving
 * meanwhile make the next one bigger. A PostgreSQL server runs several at once, on its own cores;
 * but every batch pays a statement's fixed cost again, so two rather than four (issue #11: the
 * autosave benchmark on two cores, the PostgreSQL processes' CPU per save — four in flight
 * 800–810 µs, two 510–650, one 430–440; two keeps one batch gathering while one runs).
 */
function batchesInFlight(database: Pick<Database, 'kind'>): number {
  return database.kind === 'pglite' ? 1 : 2;
}

/**
 * A batcher per database, made on first use with the database's number of batches in flight (the
 * server, a command-line run and each test app have a database of their own).
 */
export function batcherPerDatabase<I, O>(
  options: (database: Database) => BatchOptions<I, O>,
): (database: Database) => Batcher<I, O> {
  const made = new WeakMap<Database, Batcher<I, O>>();
  return (database) => {
    let batcher = made.get(database);
    if (!batcher) {
      batcher = createBatcher({ maxInFlight: batchesInFlight(database), ...options(database) });
      made.set(database, batcher);
    }
    return batcher;
  };
}

/** A batch statement's rows, each naming its place in the input (`ord`, from 1), in input order. */
export function inInputOrder<R extends { ord: number }>(
  rows: readonly R[],
  count: number,
): Array<R | undefined> {
  const placed: Array<R | undefined> = new Array(count).fill(undefined);
  for (const row of rows) placed[row.ord - 1] = row;
  return placed;
}

export interface Batcher<I, O> {
  run(input: I): Promise<O>;
}

interface Pending<I, O> {
  input: I;
  resolve(value: O): void;
  reject(error: unknown): void;
}

export function createBatcher<I, O>(options: BatchOptions<I, O>): Batcher<I, O> {
  const maxBatch = options.maxBatch ?? 100;
  const waiting: Pending<I, O>[] = [];
  let scheduled = false;

  const alone = (call: Pending<I, O>) => options.one(call.input).then(call.resolve, call.reject);

  async function flush(calls: Pending<I, O>[]): Promise<void> {
    if (calls.length === 1) return alone(calls[0]!);
    // A stable sort: calls on the same row keep the order in which they arrived.
    if (options.compare) calls.sort((a, b) => options.compare!(a.input, b.input));
    let outputs: Array<O | typeof runAlone>;
    try {
      outputs = await options.many(calls.map((c) => c.input));
      if (outputs.length !== calls.length) throw new Error('batch: an answer per call expected');
    } catch {
      await Promise.all(calls.map(alone));
      return;
    }
    await Promise.all(
      calls.map((call, i) => {
        const output = outputs[i]!;
        if (output === runAlone) return alone(call);
        call.resolve(output);
        return undefined;
      }),
    );
  }

  const maxInFlight = options.maxInFlight ?? 1;
  let inFlight = 0;

  const dispatch = () => {
    scheduled = false;
    while (waiting.length > 0 && inFlight < maxInFlight) {
      const calls = waiting.splice(0, maxBatch);
      inFlight += 1;
      void flush(calls).finally(() => {
        inFlight -= 1;
        if (waiting.length > 0 && !scheduled) dispatch();
      });
    }
  };

  return {
    run(input) {
      return new Promise<O>((resolve, reject) => {
        waiting.push({ input, resolve, reject });
        if (scheduled || inFlight >= maxInFlight) return;
        scheduled = true;
        setImmediate(dispatch);
      });
    },
  };
}
