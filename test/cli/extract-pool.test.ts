// The worker pool behind `briefdesk extract` on several cores: results in the files' order whatever order the
// workers finish in; a worker that dies costs the file it held and no other; workers that cannot start leave the
// files to this thread.
import { describe, expect, it } from 'vitest';
import { runInOrder } from '../../src/extract-pool.ts';

type Out = { chunk: string; error: string | null };

async function run(worker: string, files: string[], workers: number) {
  const seen: [number, Out][] = [];
  const inline: string[] = [];
  await runInOrder<Out>(files, {
    workerUrl: new URL(`../fixtures/pool/${worker}`, import.meta.url),
    workerData: null,
    workers,
    failed: (file, reason) => ({ chunk: '', error: `${file}: ${reason}` }),
    inline: (file) => (inline.push(file), { chunk: `inline ${file}`, error: null }),
    onResult: (i, r) => seen.push([i, { chunk: r.chunk, error: r.error }]),
  });
  return { seen, inline };
}

describe('runInOrder', () => {
  it('gives every result once, in the files’ order, however the workers finish', async () => {
    const files = Array.from({ length: 24 }, (_, i) => `f${i}-${(i * 7919) % 5 === 0 ? 300_000 : i * 10}`);
    const { seen, inline } = await run('echo-worker.mjs', files, 3);
    expect(seen.map(([i]) => i)).toEqual(files.map((_, i) => i));
    expect(seen.map(([, r]) => r.chunk)).toEqual(files.map((f) => f.toUpperCase()));
    expect(inline).toEqual([]);
  });

  it('reports the file a dying worker held, and goes on with the others', async () => {
    const files = ['a-10', 'b-10', 'crash', 'c-10', 'd-10', 'e-10'];
    const { seen } = await run('echo-worker.mjs', files, 2);
    expect(seen.map(([i]) => i)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(seen[2]?.[1]).toEqual({ chunk: '', error: 'crash: boom in the worker' });
    expect(seen.filter(([, r]) => r.error === null).map(([, r]) => r.chunk)).toEqual(['A-10', 'B-10', 'C-10', 'D-10', 'E-10']);
  });

  it('does every file in this thread when no worker can start', async () => {
    const { seen, inline } = await run('broken-worker.mjs', ['x', 'y', 'z'], 2);
    expect(inline).toEqual(['x', 'y', 'z']);
    expect(seen.map(([i, r]) => [i, r.chunk])).toEqual([
      [0, 'inline x'],
      [1, 'inline y'],
      [2, 'inline z'],
    ]);
  });

  it('resolves at once for no files', async () => {
    expect((await run('echo-worker.mjs', [], 2)).seen).toEqual([]);
  });
});
