// The thread that talks to PostgreSQL for a PgConnection (sync-connection.ts): node-postgres is asynchronous and
// the store ports are synchronous, so the caller posts one request, sleeps on a shared flag, and this thread runs
// the request on its pool, posts the answer back and wakes it. Plain JavaScript so that it runs the same from
// src/ (tests, tsx) and dist/ (the build copies it).
import { workerData } from 'node:worker_threads';
import pg from 'pg';

// bigint (count(*), identity columns) as numbers: sequence numbers and counts stay far below 2^53.
pg.types.setTypeParser(20, (value) => Number(value));

const { url, port, flag, poolSize, applicationName } = workerData;
const signal = new Int32Array(flag);
const pool = new pg.Pool({ connectionString: url, max: poolSize, application_name: applicationName });
// An idle pooled connection that dies (server restart) is dropped by the pool; nothing to do but not crash.
pool.on('error', () => {});
/** The client of the open transaction, if any: every query goes to it until commit or rollback. */
let tx = null;

function errorOf(error) {
  const e = error instanceof Error ? error : new Error(String(error));
  return { message: e.message, code: e.code ?? null, detail: e.detail ?? null, constraint: e.constraint ?? null };
}

async function handle(request) {
  switch (request.op) {
    case 'query': {
      const results = [];
      for (const q of request.queries) {
        const r = await (tx ?? pool).query(q.sql, q.params);
        results.push({ rows: r.rows ?? [], rowCount: r.rowCount ?? 0 });
      }
      return results;
    }
    case 'begin': {
      if (tx !== null) throw new Error('a transaction is already open on this connection');
      const client = await pool.connect();
      try {
        await client.query(request.sql ?? 'BEGIN');
      } catch (error) {
        client.release(true);
        throw error;
      }
      tx = client;
      return null;
    }
    case 'end': {
      if (tx === null) return null;
      const client = tx;
      tx = null;
      try {
        await client.query(request.commit ? 'COMMIT' : 'ROLLBACK');
        client.release();
      } catch (error) {
        client.release(true);
        throw error;
      }
      return null;
    }
    case 'close': {
      if (tx !== null) tx.release(true);
      tx = null;
      await pool.end();
      return null;
    }
    default:
      throw new Error(`unknown request ${String(request.op)}`);
  }
}

port.on('message', async (request) => {
  let reply;
  try {
    reply = { id: request.id, ok: true, value: await handle(request) };
  } catch (error) {
    reply = { id: request.id, ok: false, error: errorOf(error) };
  }
  port.postMessage(reply);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
  if (request.op === 'close') port.close();
});
