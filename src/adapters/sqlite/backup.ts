// `briefdesk backup FILE`: a consistent copy of the live database through SQLite's online backup API
// (better-sqlite3's db.backup), safe while the bots, the feed poller or an ingest are writing (WAL: readers
// never block writers). The copy is taken in one step from one read snapshot, so a busy writer cannot make
// it restart forever; it is written to a temporary file next to the target, checked (integrity_check) and
// only then renamed into place, so FILE is either a complete, sound backup or untouched.
//
// Restore (documented in the README): stop Briefdesk, delete data/briefdesk.db-wal and -shm if they exist,
// copy the backup over data/briefdesk.db, start again.
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';

export class BackupError extends Error {
  override readonly name = 'BackupError';
}

export interface BackupOptions {
  /** Replace an existing FILE (default: refuse). */
  readonly overwrite?: boolean;
}

export interface BackupResult {
  readonly source: string;
  readonly file: string;
  readonly bytes: number;
  readonly pages: number;
  readonly documents: number;
  readonly statements: number;
}

/** Pages per backup step: everything at once (one snapshot, no restart when the source changes meanwhile). */
const ALL_PAGES = 0x7fffffff;

/** Copies the database `source` to `target`; throws BackupError for a bad request or a failed check. */
export async function backupDatabase(source: string, target: string, options: BackupOptions = {}): Promise<BackupResult> {
  const from = resolve(source);
  const to = resolve(target);
  if (from === to) throw new BackupError('the backup must go to another file than the database itself');
  if (!existsSync(from)) throw new BackupError(`no database at ${source}`);
  if (existsSync(to) && !options.overwrite) throw new BackupError(`${target} already exists (add --force to replace it)`);
  mkdirSync(dirname(to), { recursive: true });

  const partial = `${to}.partial-${process.pid}`;
  const removePartial = () => {
    for (const f of [partial, `${partial}-wal`, `${partial}-shm`, `${partial}-journal`]) rmSync(f, { force: true });
  };
  removePartial();
  const db = new Database(from, { fileMustExist: true });
  let pages = 0;
  try {
    db.pragma('busy_timeout = 5000');
    const progress = await db.backup(partial, { progress: () => ALL_PAGES });
    pages = progress.totalPages;
  } catch (err) {
    removePartial();
    throw new BackupError(`backup of ${source} failed: ${(err as Error).message}`, { cause: err });
  } finally {
    db.close();
  }

  let documents = 0;
  let statements = 0;
  try {
    const copy = new Database(partial, { fileMustExist: true });
    try {
      const check = (copy.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
      if (check.length !== 1 || check[0] !== 'ok') throw new BackupError(`the copy failed its integrity check: ${check.slice(0, 3).join('; ')}`);
      const has = (table: string) => copy.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
      if (has('documents')) documents = copy.prepare<[], number>('SELECT count(*) FROM documents').pluck().get() ?? 0;
      if (has('statements')) statements = copy.prepare<[], number>('SELECT count(*) FROM statements').pluck().get() ?? 0;
    } finally {
      copy.close(); // the last connection: a WAL copy is checkpointed into the one file here
    }
    renameSync(partial, to);
  } catch (err) {
    removePartial();
    throw err instanceof BackupError ? err : new BackupError(`backup of ${source} failed: ${(err as Error).message}`, { cause: err });
  }
  return { source: from, file: to, bytes: statSync(to).size, pages, documents, statements };
}
