// Exponential back-off for a failing feed: 10 min after the first failure, then 20, 40 … up to 12 h,
// or longer when the publisher asked for it (Retry-After). A success resets it.

export interface BackoffOptions {
  readonly baseMs?: number;
  readonly maxMs?: number;
}

export const DEFAULT_BACKOFF = { baseMs: 10 * 60_000, maxMs: 12 * 3_600_000 } as const;

/** Wait before the next attempt after `failures` consecutive failures (1 = the first). */
export function backoffMs(failures: number, options: BackoffOptions = {}, retryAfterMs: number | null = null): number {
  const base = options.baseMs ?? DEFAULT_BACKOFF.baseMs;
  const max = options.maxMs ?? DEFAULT_BACKOFF.maxMs;
  const exponential = Math.min(max, base * 2 ** Math.min(30, Math.max(0, failures - 1)));
  return Math.max(exponential, Math.min(retryAfterMs ?? 0, 7 * 24 * 3_600_000));
}
