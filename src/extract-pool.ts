// Files handed out to worker threads, their results given back in the files' order: `briefdesk extract` on a
// multi-core machine (see extract-command.ts). Each worker answers "ready" once its modules are loaded, then one
// message per file it is sent; it gets its next file when it answers, so a long file holds up one worker only.
// A worker that dies while it holds a file (out of memory on a huge document, say) costs that file alone: it is
// reported through `failed` and a new worker takes the rest. Workers that cannot start at all (a broken install)
// cost nothing: the files no worker took are done in this thread by `inline`, one after another.
import { Worker } from 'node:worker_threads';

/** One file sent to a worker. */
export interface PoolTask {
  readonly index: number;
  readonly file: string;
}

export interface PoolOptions<R> {
  /** The worker's module (it answers a PoolTask with `{ index, ...result }`, after a first `{ ready: true }`). */
  readonly workerUrl: URL;
  readonly workerData: unknown;
  /** Node options for the workers (e.g. the TypeScript loader when running the sources). */
  readonly execArgv?: string[];
  readonly workers: number;
  /** The result of a file whose worker died while it held it. */
  failed(file: string, reason: string): R;
  /** A file done in this thread (no worker could start). */
  inline(file: string): R;
  /** Each file's result, in the files' order. */
  onResult(index: number, result: R): void;
}

type Answer<R> = { ready: true } | ({ index: number } & R);

/** Runs every file through the workers; resolves once every result has been given to onResult, in order. */
export function runInOrder<R>(files: readonly string[], o: PoolOptions<R>): Promise<void> {
  return new Promise((resolve) => {
    const results = new Map<number, R>();
    let next = 0;
    let given = 0;
    let live = 0;
    let everReady = false;
    const give = () => {
      while (results.has(given)) {
        const r = results.get(given) as R;
        results.delete(given);
        o.onResult(given++, r);
      }
      if (given === files.length) resolve();
    };
    const inlineRest = () => {
      while (next < files.length) {
        const i = next++;
        results.set(i, o.inline(files[i] as string));
      }
      give();
    };
    const start = () => {
      const worker = new Worker(o.workerUrl, { workerData: o.workerData, execArgv: o.execArgv, stdout: false, stderr: false });
      let held = -1;
      let reason = 'it stopped';
      live++;
      const feed = () => {
        if (next < files.length) {
          held = next++;
          worker.postMessage({ index: held, file: files[held] as string } satisfies PoolTask);
        } else {
          held = -1;
          void worker.terminate();
        }
      };
      worker.on('message', (m: Answer<R>) => {
        if ('ready' in m) {
          everReady = true;
          feed();
          return;
        }
        const { index, ...result } = m;
        results.set(index, result as unknown as R);
        feed();
        give();
      });
      worker.on('error', (err) => {
        reason = err.message;
      });
      worker.on('exit', () => {
        live--;
        if (held >= 0) {
          const file = files[held] as string;
          results.set(held, o.failed(file, reason));
          held = -1;
          give();
        }
        if (next >= files.length) return;
        if (everReady) start();
        else if (live === 0) inlineRest();
      });
    };
    if (files.length === 0) resolve();
    for (let w = 0; w < Math.min(o.workers, files.length); w++) start();
  });
}
