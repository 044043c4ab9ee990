// Politeness: at most one request at a time per host, and a pause between two requests to the same
// host. Different hosts proceed in parallel. Time and sleeping are injected so tests never wait.
import { setTimeout as delay } from 'node:timers/promises';

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** Real sleep; rejects when the signal aborts so a stopping poller does not linger. */
export const realSleep: Sleep = (ms, signal) => delay(ms, undefined, signal ? { signal } : undefined);

export interface HostQueueOptions {
  /** Minimum pause between the end of one request and the start of the next to the same host. */
  readonly delayMs: number;
  readonly sleep?: Sleep;
  readonly now?: () => number;
}

export class HostQueue {
  readonly #delayMs: number;
  readonly #sleep: Sleep;
  readonly #now: () => number;
  readonly #tails = new Map<string, Promise<void>>();
  readonly #lastEnd = new Map<string, number>();

  constructor(options: HostQueueOptions) {
    this.#delayMs = Math.max(0, options.delayMs);
    this.#sleep = options.sleep ?? realSleep;
    this.#now = options.now ?? Date.now;
  }

  /** Runs `task` when the host is free and the polite pause has passed; settles like the task. */
  run<T>(host: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const previous = this.#tails.get(host) ?? Promise.resolve();
    const result = previous.then(async () => {
      signal?.throwIfAborted();
      const last = this.#lastEnd.get(host);
      const wait = last === undefined ? 0 : last + this.#delayMs - this.#now();
      if (wait > 0) await this.#sleep(wait, signal);
      try {
        return await task();
      } finally {
        this.#lastEnd.set(host, this.#now());
      }
    });
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.#tails.set(host, tail);
    void tail.then(() => {
      if (this.#tails.get(host) === tail) this.#tails.delete(host);
    });
    return result;
  }
}
