// The batcher (db/batch.ts): calls of one turn of the event loop go out together, in the given
// order, each answered with its own result; while a batch is out the next calls gather into one;
// when the shared statement fails every call runs again alone and fails or succeeds on its own.
import { describe, expect, it } from 'vitest';
import { createBatcher, runAlone } from '../../src/server/db/batch.ts';

function recording(
  failWhen: (inputs: number[]) => boolean = () => false,
  aloneWhen: (n: number) => boolean = () => false,
) {
  const batches: number[][] = [];
  const alone: number[] = [];
  const batcher = createBatcher<number, string>({
    async many(inputs) {
      batches.push([...inputs]);
      // A statement takes a while: calls arriving meanwhile must wait for it.
      await new Promise<void>((resolve) => setTimeout(resolve, 5));
      if (failWhen(inputs)) throw new Error('statement failed');
      return inputs.map((n) => (aloneWhen(n) ? runAlone : `many:${n}`));
    },
    async one(n) {
      alone.push(n);
      if (n < 0) throw new Error(`bad ${n}`);
      return `one:${n}`;
    },
    compare: (a, b) => Math.abs(a) - Math.abs(b),
    maxBatch: 4,
  });
  return { batcher, batches, alone };
}

describe('batches of calls', () => {
  it('one call alone goes out alone', async () => {
    const { batcher, batches, alone } = recording();
    expect(await batcher.run(7)).toBe('one:7');
    expect([batches, alone]).toEqual([[], [7]]);
  });

  it('calls of one turn go out as one batch, ordered, each with its own answer', async () => {
    const { batcher, batches } = recording();
    expect(await Promise.all([3, 1, 2].map((n) => batcher.run(n)))).toEqual(['many:3', 'many:1', 'many:2']);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('calls arriving over several turns while a batch is out go together next; at most maxBatch a batch', async () => {
    const { batcher, batches } = recording();
    const turn = () => new Promise((resolve) => setImmediate(resolve));
    const calls = [1, 2].map((n) => batcher.run(n));
    await turn();
    calls.push(batcher.run(3));
    await turn();
    calls.push(batcher.run(4), batcher.run(5));
    await turn();
    calls.push(batcher.run(6));
    expect(await Promise.all(calls)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `many:${n}`));
    expect(batches).toEqual([
      [1, 2],
      [3, 4, 5, 6],
    ]);
    const many = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => batcher.run(n)));
    expect(many).toHaveLength(6);
    expect(batches.slice(2)).toEqual([
      [1, 2, 3, 4],
      [5, 6],
    ]);
  });

  it('a failed batch runs each call alone: the bad one fails, the others get their answers', async () => {
    const { batcher, alone } = recording((inputs) => inputs.some((n) => n < 0));
    const outcomes = await Promise.allSettled([5, -6, 7].map((n) => batcher.run(n)));
    expect(outcomes).toEqual([
      { status: 'fulfilled', value: 'one:5' },
      { status: 'rejected', reason: new Error('bad -6') },
      { status: 'fulfilled', value: 'one:7' },
    ]);
    expect(alone.sort()).toEqual([-6, 5, 7].sort());
  });
  it('a call the batch answers with runAlone runs again on its own; the others keep the batch answer', async () => {
    const { batcher, alone } = recording(undefined, (n) => n === 2);
    expect(await Promise.all([1, 2, 3].map((n) => batcher.run(n)))).toEqual(['many:1', 'one:2', 'many:3']);
    expect(alone).toEqual([2]);
  });
});
