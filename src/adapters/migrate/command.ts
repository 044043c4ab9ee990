// `briefdesk migrate --to postgres://… [--db FILE]`: copies the SQLite database (documents, statements, sources,
// themes, speakers, subscriptions, digest runs and delivery records, feeds and their items) into PostgreSQL,
// resumably, then compares the row counts. Exit 0 when every count matches, 1 when one does not.
import { parseArgs } from 'node:util';
import { openPgConnection } from '../postgres/index.ts';
import { copySqliteToPostgres } from './copy.ts';

export interface MigrateCliContext {
  /** The SQLite file when --db is not given. */
  readonly defaultDb: string;
  readonly usage: (message: string) => Error;
}

const URL_PATTERN = /^postgres(?:ql)?:\/\/\S+$/i;

export function runMigrateCommand(args: string[], out: NodeJS.WritableStream, ctx: MigrateCliContext): number {
  let values: { to?: string; db?: string };
  try {
    ({ values } = parseArgs({ args, options: { to: { type: 'string' }, db: { type: 'string' } } }));
  } catch (err) {
    throw ctx.usage((err as Error).message);
  }
  const to = values.to ?? '';
  if (!URL_PATTERN.test(to)) throw ctx.usage('migrate needs --to with a PostgreSQL URL, e.g. briefdesk migrate --to postgres://briefdesk:secret@localhost:5432/briefdesk');
  const file = values.db ?? ctx.defaultDb;
  if (URL_PATTERN.test(file)) throw ctx.usage(`migrate copies an SQLite file: give it with --db FILE (the default is ${file}, a server URL; unset DATABASE_URL)`);
  const conn = openPgConnection(to, { timeoutMs: 600_000 });
  try {
    const report = copySqliteToPostgres(file, conn);
    for (const t of report.tables) {
      const ok = t.source === t.target ? 'ok' : `MISMATCH (${t.target - t.source > 0 ? 'more' : 'fewer'} in PostgreSQL)`;
      out.write(`${t.table}: ${t.source} in SQLite, ${t.target} in PostgreSQL (${t.sent} copied now) ${ok}\n`);
    }
    out.write(report.verified ? 'verified: every table holds the same number of rows\n' : 'not verified: some counts differ (see above)\n');
    return report.verified ? 0 : 1;
  } finally {
    conn.close();
  }
}
