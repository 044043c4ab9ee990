// Work handed out to worker threads (`briefdesk extract` and `briefdesk ingest` on a multi-core machine). Each worker
// answers `{ ready: true }` once its modules are loaded, then one `{ id, ok, value | error }` per task it is sent; it
// gets its next task when it answers, so a long task holds up one worker only. A worker that dies while it holds a
// task (out of memory on a huge document, say) fails that task alone, with the reason, and a new worker takes the
// rest. When no worker can start at all (a broken install), every task fails with a PoolStartError, and the caller
// does the work in its own thread.
import { type MessagePort, Worker } from 'node:worker_threads';

/** No worker of the pool could start: do the work in this thread. */
export class PoolStartError extends Error {
  constructor(reason: string) {
    super(`no worker thread could start (${reason})`);
    this.name = 'PoolStartError';
  }
}

export interface PoolOptions {
  /** The worker's module (see workerLoop). */
  readonly workerUrl: URL;
  readonly workerData?: unknown;
  /** Node options for the workers (e.g. the TypeScript loader when running the sources). */
  readonly execArgv?: string[];
  readonly size: number;
}

/** A task's message to the worker, and the worker's answer. */
export interface PoolRequest<T> {
  readonly id: number;
  readonly task: T;
}
export type PoolAnswer<R> = { readonly ready: true } | { readonly id: number; readonly ok: true; readonly value: R } | { readonly id: number; readonly ok: false; readonly error: string };

interface Pending<T, R> {
  readonly id: number;
  readonly task: T;
  resolve(value: R): void;
  reject(error: Error): void;
}

export interface WorkerPool<T, R> {
  /** The task's result from a worker; rejects with the worker's error, or PoolStartError when none could start. */
  run(task: T): Promise<R>;
  /** Ends the workers (tasks not yet answered fail). */
  close(): Promise<void>;
}

export function createWorkerPool<T, R>(o: PoolOptions): WorkerPool<T, R> {
  const queue: Pending<T, R>[] = [];
  /** Workers waiting for a task, each as the function that hands it one. */
  const idle: ((p: Pending<T, R>) => void)[] = [];
  const workers = new Set<Worker>();
  let nextId = 0;
  let startFailure: string | null = null;
  let closed = false;

  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) (idle.shift() as (p: Pending<T, R>) => void)(queue.shift() as Pending<T, R>);
    if (startFailure !== null && workers.size === 0) for (const p of queue.splice(0)) p.reject(new PoolStartError(startFailure));
  };
  const start = () => {
    const worker = new Worker(o.workerUrl, { workerData: o.workerData, execArgv: o.execArgv });
    workers.add(worker);
    let held: Pending<T, R> | null = null;
    let ready = false;
    let reason = 'it stopped';
    const give = (p: Pending<T, R>) => {
      held = p;
      worker.postMessage({ id: p.id, task: p.task } satisfies PoolRequest<T>);
    };
    worker.on('message', (m: PoolAnswer<R>) => {
      if ('ready' in m) ready = true;
      else if (held?.id === m.id) {
        const p = held;
        held = null;
        if (m.ok) p.resolve(m.value);
        else p.reject(new Error(m.error));
      }
      idle.push(give);
      dispatch();
    });
    worker.on('error', (err) => {
      reason = err.message;
    });
    worker.on('exit', () => {
      workers.delete(worker);
      const i = idle.indexOf(give);
      if (i >= 0) idle.splice(i, 1);
      held?.reject(new Error(`the worker thread stopped (${reason})`));
      held = null;
      if (closed) return;
      // a worker that had started is replaced; one that never started is not (the next would fail the same way)
      if (ready) start();
      else startFailure = reason;
      dispatch();
    });
  };
  for (let w = 0; w < Math.max(1, o.size); w++) start();
  return {
    run(task) {
      return new Promise<R>((resolve, reject) => {
        if (closed) return reject(new Error('the worker pool is closed'));
        queue.push({ id: nextId++, task, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const p of queue.splice(0)) p.reject(new Error('the worker pool is closed'));
      await Promise.all([...workers].map((w) => w.terminate()));
    },
  };
}

/**
 * The worker's side: answers each task with `work(task)` (a thrown error is sent back as the task's error), after
 * telling the pool it is ready. Call it from the worker module once its modules are loaded.
 */
export function workerLoop<T, R>(port: MessagePort, work: (task: T) => R): void {
  port.on('message', ({ id, task }: PoolRequest<T>) => {
    let answer: PoolAnswer<R>;
    try {
      answer = { id, ok: true, value: work(task) };
    } catch (err) {
      answer = { id, ok: false, error: err instanceof Error ? err.message : String(err) };
    }
    port.postMessage(answer);
  });
  port.postMessage({ ready: true } satisfies PoolAnswer<R>);
}
