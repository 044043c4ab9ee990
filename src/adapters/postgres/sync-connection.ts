// A synchronous PostgreSQL connection for the synchronous store ports (the same calling shape as better-sqlite3).
// node-postgres only speaks promises, so its pool runs in a worker thread (pg-worker.js): each call posts a request
// and waits on a shared flag (Atomics.wait) until the worker has the answer. The caller's thread is blocked for
// one round trip, exactly as it is for a better-sqlite3 query; the pool reconnects after a dropped connection.
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

/** A failed statement, with PostgreSQL's SQLSTATE (`code`, e.g. '23505' for a unique violation) when it had one. */
export class PostgresError extends Error {
  override readonly name = 'PostgresError';
  readonly code: string | null;
  readonly detail: string | null;
  readonly constraint: string | null;
  constructor(message: string, info: { code?: string | null; detail?: string | null; constraint?: string | null } = {}) {
    super(message);
    this.code = info.code ?? null;
    this.detail = info.detail ?? null;
    this.constraint = info.constraint ?? null;
  }
}

export interface QueryResult<R> {
  readonly rows: R[];
  readonly rowCount: number;
}

export interface PgQuery {
  readonly sql: string;
  readonly params?: readonly unknown[];
}

export interface PgConnectionOptions {
  /** Connections in the worker's pool (default 2: one transaction and one reader at most are ever open). */
  readonly poolSize?: number;
  /** How long one request may take before the caller gives up (default 120 s: a migration or a long copy). */
  readonly timeoutMs?: number;
  /** Shown in pg_stat_activity (default 'briefdesk'). */
  readonly applicationName?: string;
}

export interface PgConnection {
  /** Runs one statement; `$1`… are bound to params (never interpolate user text into sql). */
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): QueryResult<R>;
  /** Runs several statements in order in one round trip; stops at the first error (which is thrown). */
  queries(list: readonly PgQuery[]): QueryResult<Record<string, unknown>>[];
  /**
   * Runs `work` in a transaction (BEGIN … COMMIT, ROLLBACK when it throws). Nested calls become savepoints, so an
   * inner failure undoes only the inner work. `begin` replaces the outer BEGIN statement (isolation level).
   */
  transaction<T>(work: () => T, begin?: string): T;
  /** True inside transaction(). */
  readonly inTransaction: boolean;
  close(): void;
}

interface Reply {
  readonly id: number;
  readonly ok: boolean;
  readonly value?: unknown;
  readonly error?: { message: string; code: string | null; detail: string | null; constraint: string | null };
}

const WORKER_URL = new URL('./pg-worker.js', import.meta.url);

/** Opens a pool on `url` (postgres://user:password@host:port/database) in a worker thread. Connects lazily. */
export function openPgConnection(url: string, options: PgConnectionOptions = {}): PgConnection {
  const flag = new SharedArrayBuffer(4);
  const signal = new Int32Array(flag);
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER_URL, {
    workerData: { url, port: port2, flag, poolSize: options.poolSize ?? 2, applicationName: options.applicationName ?? 'briefdesk' },
    transferList: [port2],
    // plain JavaScript: no need for the TypeScript loader the main thread may run under
    execArgv: [],
  });
  // A forgotten close() must not keep a command-line run alive.
  worker.unref();
  const timeoutMs = options.timeoutMs ?? 120_000;
  let closed = false;
  let broken: Error | null = null;
  let depth = 0;
  let savepoints = 0;
  let requests = 0;

  // The flag can be up a moment before the answer is readable on the port: look again, a millisecond apart.
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const receiveReply = (id: number, deadline: number): Reply => {
    for (;;) {
      const reply = receiveMessageOnPort(port1)?.message as Reply | undefined;
      if (reply?.id === id) return reply;
      if (reply === undefined && Date.now() < deadline) {
        Atomics.wait(pause, 0, 0, 1);
        continue;
      }
      // never read another request's answer: the connection cannot be trusted any more
      broken = new PostgresError(`the PostgreSQL worker answered ${reply ? `request ${reply.id}` : 'nothing'} for request ${id}; the connection was given up`);
      void worker.terminate();
      throw broken;
    }
  };

  const call = (request: Record<string, unknown>): unknown => {
    if (closed) throw new PostgresError('the PostgreSQL connection is closed');
    if (broken) throw broken;
    const id = ++requests;
    Atomics.store(signal, 0, 0);
    port1.postMessage({ ...request, id });
    if (Atomics.wait(signal, 0, 0, timeoutMs) === 'timed-out') {
      broken = new PostgresError(`PostgreSQL did not answer within ${timeoutMs} ms; the connection was given up`);
      void worker.terminate();
      throw broken;
    }
    const reply = receiveReply(id, Date.now() + 5000);
    if (!reply.ok) {
      const e = reply.error ?? { message: 'unknown error', code: null, detail: null, constraint: null };
      throw new PostgresError(e.message, e);
    }
    return reply.value;
  };

  const queries = (list: readonly PgQuery[]) =>
    call({ op: 'query', queries: list.map((q) => ({ sql: q.sql, params: q.params ?? [] })) }) as QueryResult<Record<string, unknown>>[];

  return {
    query<R>(sql: string, params: readonly unknown[] = []): QueryResult<R> {
      const [first] = queries([{ sql, params }]);
      return (first ?? { rows: [], rowCount: 0 }) as QueryResult<R>;
    },
    queries,
    transaction<T>(work: () => T, begin?: string): T {
      if (depth === 0) {
        call({ op: 'begin', sql: begin ?? 'BEGIN' });
        depth++;
        try {
          const value = work();
          depth--;
          call({ op: 'end', commit: true });
          return value;
        } catch (error) {
          depth = 0;
          try {
            call({ op: 'end', commit: false });
          } catch {
            // the first error is the one to tell (a broken connection says so at its next use)
          }
          throw error;
        }
      }
      const name = `sp_${++savepoints}`;
      queries([{ sql: `SAVEPOINT ${name}` }]);
      depth++;
      try {
        const value = work();
        queries([{ sql: `RELEASE SAVEPOINT ${name}` }]);
        return value;
      } catch (error) {
        queries([{ sql: `ROLLBACK TO SAVEPOINT ${name}` }, { sql: `RELEASE SAVEPOINT ${name}` }]);
        throw error;
      } finally {
        depth--;
      }
    },
    get inTransaction() {
      return depth > 0;
    },
    close() {
      if (closed) return;
      try {
        if (!broken) call({ op: 'close' });
      } finally {
        closed = true;
        port1.close();
        void worker.terminate();
      }
    },
  };
}
