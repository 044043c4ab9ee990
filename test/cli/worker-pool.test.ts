// The worker pool behind `extract` and `ingest` on several cores (src/worker-pool.ts): every task answered once by
// a real worker thread; a worker that dies costs the task it held and no other; workers that cannot start fail
// every task with PoolStartError (the caller then works in its own thread).
import { describe, expect, it } from 'vitest';
import { createWorkerPool, PoolStartError } from '../../src/worker-pool.ts';

const pool = (worker: string, size: number) => createWorkerPool<string, string>({ workerUrl: new URL(`../fixtures/pool/${worker}`, import.meta.url), size });

describe('createWorkerPool', () => {
  it('answers every task with its own result, however the workers finish', async () => {
    const p = pool('echo-worker.mjs', 3);
    const tasks = Array.from({ length: 24 }, (_, i) => `f${i}-${(i * 7919) % 5 === 0 ? 300_000 : i * 10}`);
    const finished: string[] = [];
    const answers = await Promise.all(tasks.map((t) => p.run(t).then((v) => (finished.push(v), v))));
    expect(answers).toEqual(tasks.map((t) => t.toUpperCase()));
    expect(new Set(finished)).toEqual(new Set(answers));
    await p.close();
  });

  it('fails the task a worker answers with an error, and the one a dying worker held, and goes on', async () => {
    const p = pool('echo-worker.mjs', 2);
    const settled = await Promise.allSettled(['a-10', 'fail', 'b-10', 'crash', 'c-10', 'd-10', 'e-10'].map((t) => p.run(t)));
    expect(settled.map((s) => (s.status === 'fulfilled' ? s.value : (s.reason as Error).message))).toEqual([
      'A-10',
      'cannot do "fail"',
      'B-10',
      'the worker thread stopped (boom in the worker)',
      'C-10',
      'D-10',
      'E-10',
    ]);
    await p.close();
  });

  it('fails every task with PoolStartError when no worker can start', async () => {
    const p = pool('broken-worker.mjs', 2);
    const settled = await Promise.allSettled(['x', 'y', 'z'].map((t) => p.run(t)));
    for (const s of settled) {
      expect(s.status).toBe('rejected');
      expect((s as PromiseRejectedResult).reason).toBeInstanceOf(PoolStartError);
      expect(((s as PromiseRejectedResult).reason as Error).message).toContain('cannot load the extractor');
    }
    await expect(p.run('later')).rejects.toBeInstanceOf(PoolStartError);
    await p.close();
  });

  it('refuses tasks once closed', async () => {
    const p = pool('echo-worker.mjs', 1);
    await p.close();
    await expect(p.run('a-1')).rejects.toThrow('the worker pool is closed');
  });
});
