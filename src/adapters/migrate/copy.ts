// Copies an SQLite database into PostgreSQL (`briefdesk migrate --to postgres://…`): every table of tables.ts in
// chunks, each chunk one PostgreSQL transaction. Resumable: a table whose key PostgreSQL keeps starts after the
// largest key already copied; the others are copied again with rows already there skipped. Reads one SQLite
// snapshot. Ends by moving PostgreSQL's identity sequences past the copied ids and comparing row counts.
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { openSqliteStore } from '../sqlite/index.ts';
import { migratePostgres, type PgConnection } from '../postgres/index.ts';
import { insertSql, TABLES, type TableCopy } from './tables.ts';

export interface TableReport {
  readonly table: string;
  /** Rows in the SQLite database. */
  readonly source: number;
  /** Rows read and sent in this run (a resumed run skips what was copied before). */
  readonly sent: number;
  /** Rows in PostgreSQL afterwards. */
  readonly target: number;
}

export interface MigrateReport {
  readonly tables: readonly TableReport[];
  /** True when every table holds as many rows in PostgreSQL as in SQLite. */
  readonly verified: boolean;
}

export class MigrateError extends Error {
  override readonly name = 'MigrateError';
}

/** Copies `file` into the database of `conn`; `onChunk` hears about each chunk (progress). */
export function copySqliteToPostgres(file: string, conn: PgConnection, onChunk?: (table: string, sent: number, total: number) => void): MigrateReport {
  if (file !== ':memory:' && !existsSync(file)) throw new MigrateError(`no SQLite database at ${file}`);
  // bring an older file to the current schema first (every column the copy reads exists then)
  openSqliteStore(file).close();
  migratePostgres(conn);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    refuseOtherData(db, conn);
    db.exec('BEGIN'); // one read snapshot for the whole copy, even while Briefdesk keeps writing
    const tables = TABLES.map((copy) => copyTable(db, conn, copy, onChunk));
    db.exec('COMMIT');
    for (const copy of TABLES) {
      if (copy.identity) {
        conn.query(
          `SELECT setval(pg_get_serial_sequence('${copy.table}', '${copy.identity}'), greatest((SELECT max(${copy.identity}) FROM ${copy.table}), 1))`,
        );
      }
    }
    conn.query("SELECT nextval('store_changes')"); // instances already running drop their cached answers
    return { tables, verified: tables.every((t) => t.source === t.target) };
  } finally {
    db.close();
  }
}

/** A resumed copy continues after the largest key in PostgreSQL: that only works when those rows came from here. */
function refuseOtherData(db: Database.Database, conn: PgConnection): void {
  const first = db.prepare('SELECT id FROM documents ORDER BY rowid LIMIT 1').pluck().get() as string | undefined;
  const some = conn.query<{ id: string }>('SELECT id FROM documents ORDER BY seq LIMIT 1').rows[0];
  if (some && some.id !== first) {
    throw new MigrateError('the PostgreSQL database already holds documents that did not come from this SQLite file: migrate into an empty database');
  }
}

function copyTable(db: Database.Database, conn: PgConnection, copy: TableCopy, onChunk?: (table: string, sent: number, total: number) => void): TableReport {
  const count = (sql: string) => Number(conn.query<{ n: number }>(sql).rows[0]?.n ?? 0);
  const source = Number(db.prepare(`SELECT count(*) FROM ${copy.table}`).pluck().get());
  let after = copy.resumeFrom === null ? -1 : count(`SELECT coalesce(max(${copy.resumeFrom}), -1) AS n FROM ${copy.table}`);
  const page = db.prepare(`SELECT ${copy.key} AS _key, ${copy.select} FROM ${copy.table} WHERE ${copy.key} > ? ORDER BY ${copy.key} LIMIT ?`);
  const sql = insertSql(copy);
  let sent = 0;
  for (;;) {
    const rows = page.all(after, copy.chunk) as Record<string, unknown>[];
    if (rows.length === 0) break;
    const payload = rows.map((row) => {
      const { _key: _, ...fields } = row;
      return copy.extra ? { ...fields, ...copy.extra(row) } : fields;
    });
    conn.transaction(() => conn.query(sql, [JSON.stringify(payload)]));
    after = Number(rows[rows.length - 1]?._key);
    sent += rows.length;
    onChunk?.(copy.table, sent, source);
  }
  return { table: copy.table, source, sent, target: count(`SELECT count(*) AS n FROM ${copy.table}`) };
}
