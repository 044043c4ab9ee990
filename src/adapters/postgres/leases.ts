// Leases on PostgreSQL (the Leases port, src/core/leases.ts): one row per key, taken with one statement that
// only succeeds when the row is free, run out, or already this holder's. Times come from the server's clock, so
// instances whose clocks disagree still agree on who holds a lease.
import type { Leases } from '../../core/index.ts';
import { migratePostgres } from './migrations.ts';
import type { PgConnection } from './sync-connection.ts';

export function createPgLeases(conn: PgConnection): Leases & { close(): void } {
  migratePostgres(conn);
  let claims = 0;
  return {
    claim(key, holder, ms) {
      // now and then, forget leases that ran out long ago (per-round keys would pile up otherwise)
      if (++claims % 100 === 0) conn.query("DELETE FROM leases WHERE until < now() - interval '1 day'");
      const { rowCount } = conn.query(
        `INSERT INTO leases (key, holder, until) VALUES ($1, $2, now() + $3 * interval '1 millisecond')
         ON CONFLICT (key) DO UPDATE SET holder = excluded.holder, until = excluded.until
           WHERE leases.until < now() OR leases.holder = excluded.holder`,
        [key, holder, Math.max(0, Math.round(ms))],
      );
      return rowCount > 0;
    },
    release(key, holder) {
      conn.query('DELETE FROM leases WHERE key = $1 AND holder = $2', [key, holder]);
    },
    close: () => conn.close(),
  };
}
