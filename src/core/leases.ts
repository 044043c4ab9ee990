// Leases: which of several Briefdesk instances sharing one database does a piece of work (a subscription's
// digest, a round of feed polling). A lease has a holder and an end; the holder renews it while it works, and a
// holder that dies simply lets it run out, so another instance takes the work over. One instance alone needs
// none of this: localLeases() always grants.

export interface Leases {
  /**
   * Takes the lease on `key` for `holder` for `ms` milliseconds, or extends it when `holder` already has it.
   * False while another holder's lease has not run out.
   */
  claim(key: string, holder: string, ms: number): boolean;
  /** Gives the lease up early (only the holder can). */
  release(key: string, holder: string): void;
}

/** Leases inside one process (SQLite: one instance per database file). `now` for tests. */
export function localLeases(now: () => number = Date.now): Leases {
  const held = new Map<string, { holder: string; until: number }>();
  return {
    claim(key, holder, ms) {
      const lease = held.get(key);
      if (lease && lease.holder !== holder && lease.until > now()) return false;
      held.set(key, { holder, until: now() + ms });
      return true;
    },
    release(key, holder) {
      if (held.get(key)?.holder === holder) held.delete(key);
    },
  };
}

/** A name for this instance in leases: host, process and a random part (a restarted process is a new holder). */
export function instanceName(host: string, pid: number): string {
  return `${host}:${pid}:${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * Runs `work` while holding the lease on `key` (renewed every third of `ms`, given up at the end). Resolves to
 * null without running it when another holder has the lease. A failed renewal is told to `onRenewError` and the
 * work goes on: what it records stays exactly-once, and the lease is taken again at the next renewal.
 */
export async function underLease<T>(
  lease: { readonly leases: Leases; readonly key: string; readonly holder: string; readonly ms: number },
  work: () => Promise<T>,
  onRenewError: (error: unknown) => void = () => {},
): Promise<T | null> {
  const { leases, key, holder, ms } = lease;
  if (!leases.claim(key, holder, ms)) return null;
  const renew = setInterval(() => {
    try {
      leases.claim(key, holder, ms);
    } catch (error) {
      onRenewError(error);
    }
  }, Math.max(1, Math.floor(ms / 3)));
  try {
    return await work();
  } finally {
    clearInterval(renew);
    try {
      leases.release(key, holder);
    } catch (error) {
      onRenewError(error); // it runs out by itself
    }
  }
}
