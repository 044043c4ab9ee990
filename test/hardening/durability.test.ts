// Durability on one database file shared by several connections and processes: WAL mode, a busy timeout
// that lets a writer wait for another process's transaction instead of failing, readers that are never
// blocked by a writer, and `briefdesk backup FILE` (SQLite online backup) with the documented restore.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openService, runCli } from '../../src/cli.ts';
import { loadDocument } from '../../src/core/ingest/index.ts';
import { backupDatabase, BackupError, openSqliteFeedStore, openSqliteSubscriptionStore } from '../../src/adapters/sqlite/index.ts';
import { article } from './generate.ts';
import { checkDatabase, cleanUp, freshService, HEALTHY, statementsByDocument, tempDir } from './helpers.ts';

const LOCK_HOLDER = new URL('./lock-holder.mjs', import.meta.url).pathname;
const CORPUS = new URL('../../data/corpus', import.meta.url).pathname;
const children: ChildProcess[] = [];

afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
  cleanUp();
});

/** Starts a process holding the write lock for `ms`; resolves once it holds it. */
async function holdWriteLock(file: string, ms: number, insert = false): Promise<{ released: Promise<void> }> {
  const child = spawn(process.execPath, [LOCK_HOLDER, file, String(ms), ...(insert ? ['insert'] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  let out = '';
  let onLine: () => void = () => {};
  child.stdout?.on('data', (c: Buffer) => {
    out += c.toString();
    onLine();
  });
  await new Promise<void>((ok, fail) => {
    onLine = () => out.includes('locked') && ok();
    child.once('exit', (code) => fail(new Error(`lock holder exited (${code}) before locking`)));
  });
  const released = new Promise<void>((ok) => child.once('exit', () => ok()));
  return { released };
}

const doc = (n: number) => loadDocument({ data: article(3000, n * 100), path: `a${n}.txt`, url: `https://news.example/${n}` });

describe('WAL and the busy timeout', () => {
  it('every store puts the file in WAL mode', () => {
    const { service, file } = freshService();
    const subs = openSqliteSubscriptionStore(file);
    const feeds = openSqliteFeedStore(file);
    const raw = new Database(file);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
    feeds.close();
    subs.close();
    service.close();
  });

  it('a write waits for another process to commit instead of failing (statements, subscriptions, feeds)', async () => {
    const { service, file } = freshService();
    const subs = openSqliteSubscriptionStore(file);
    const feeds = openSqliteFeedStore(file);
    try {
      // Control: a connection without a busy timeout fails at once while the other process writes.
      let lock = await holdWriteLock(file, 800);
      const impatient = new Database(file, { timeout: 0 });
      expect(() => impatient.prepare("INSERT INTO speakers (name, kind) VALUES ('X', 'person')").run()).toThrow(/locked|busy/i);
      impatient.close();
      // The stores wait (this call blocks until the other process commits, well within 5 s).
      expect(service.ingestDocument(doc(1)).added).toBe(true);
      await lock.released;

      lock = await holdWriteLock(file, 800);
      expect(subs.upsert({ platform: 'telegram', channelId: '1', threadId: null, time: '08:00', timeZone: 'UTC', themes: [], speakers: [], whenEmpty: 'skip' }, { cursor: 0, lastSlot: null }, new Date()).id).toBe('telegram:1');
      await lock.released;

      lock = await holdWriteLock(file, 800);
      expect(feeds.addFeed('https://news.example/feed.xml', null, new Date().toISOString()).created).toBe(true);
      await lock.released;
    } finally {
      feeds.close();
      subs.close();
      service.close();
    }
    expect(checkDatabase(file)).toMatchObject({ ...HEALTHY, documents: 1 });
  });

  it('readers are never blocked by a writer, and see only committed data', async () => {
    const { service, file } = freshService();
    service.ingestDocument(doc(1));
    const before = service.stats();
    const hits = service.quote('commitment').length;
    const lock = await holdWriteLock(file, 1500, true); // holds an uncommitted row
    const reader = new Database(file, { readonly: true, timeout: 0 }); // would fail at once if it had to wait
    expect(reader.prepare("SELECT count(*) AS n FROM speakers WHERE name = 'Lock Holder'").get()).toEqual({ n: 0 });
    reader.close();
    expect(service.stats()).toEqual(before);
    expect(service.quote('commitment')).toHaveLength(hits);
    await lock.released;
    service.close();
  });
});

describe('backup and restore', () => {
  it('backs up a live database and restores it by copying the file back', async () => {
    const { service, file, dir } = freshService();
    expect(service.ingestPaths([CORPUS]).errors).toEqual([]);
    const target = join(dir, 'backups', 'briefdesk-backup.db');
    // Another process is in the middle of a write: the backup takes the committed state and completes.
    const lock = await holdWriteLock(file, 1000, true);
    const result = await backupDatabase(file, target);
    await lock.released;
    const original = { stats: service.stats(), docs: statementsByDocument(file) };
    expect(result).toMatchObject({ file: target, documents: original.stats.documents, statements: original.stats.statements });
    expect(result.bytes).toBeGreaterThan(0);
    expect(existsSync(`${target}-wal`)).toBe(false); // one self-contained file
    expect(checkDatabase(target)).toMatchObject(HEALTHY);
    expect(statementsByDocument(target)).toEqual(original.docs);

    // Life goes on after the backup...
    service.ingestDocument(doc(7));
    expect(service.stats().documents).toBe(original.stats.documents + 1);
    service.close();

    // ...then the restore: stop, delete -wal/-shm if present, copy the backup over the database, start.
    rmSync(`${file}-wal`, { force: true });
    rmSync(`${file}-shm`, { force: true });
    copyFileSync(target, file);
    const restored = openService(file);
    expect(restored.stats()).toEqual(original.stats);
    expect(restored.quote('Lavrov NATO').length).toBeGreaterThan(0);
    restored.close();
    expect(checkDatabase(file)).toMatchObject(HEALTHY);
    expect(statementsByDocument(file)).toEqual(original.docs);
  });

  it('refuses to overwrite a file (unless asked), to copy onto itself or from nothing', async () => {
    const { service, file, dir } = freshService();
    service.close();
    const target = join(dir, 'b.db');
    writeFileSync(target, 'precious');
    await expect(backupDatabase(file, target)).rejects.toThrow(BackupError);
    await expect(backupDatabase(file, target)).rejects.toThrow(/already exists \(add --force/);
    await expect(backupDatabase(file, file)).rejects.toThrow(/another file/);
    await expect(backupDatabase(join(dir, 'missing.db'), join(dir, 'c.db'))).rejects.toThrow(/no database/);
    expect((await backupDatabase(file, target, { overwrite: true })).documents).toBe(0);
    expect(checkDatabase(target)).toMatchObject(HEALTHY);
  });

  it('npx briefdesk backup FILE', async () => {
    const { service, file, dir } = freshService();
    service.ingestPaths([CORPUS]);
    const stats = service.stats();
    service.close();
    const target = join(tempDir(), 'nightly.db');
    let text = '';
    const out = new PassThrough();
    out.on('data', (c: Buffer) => {
      text += c.toString();
    });
    expect(await runCli(['backup', target, '--db', file], out)).toBe(0);
    expect(text).toMatch(new RegExp(`^backed up .*briefdesk\\.db to .*nightly\\.db: ${stats.documents} documents, ${stats.statements} statements, [\\d.]+ MB, integrity ok\\n$`));
    expect(checkDatabase(target)).toMatchObject({ ...HEALTHY, documents: stats.documents });
    expect(await runCli(['backup', target, '--db', file], new PassThrough())).toBe(1); // exists
    expect(await runCli(['backup', target, '--db', file, '--force'], new PassThrough())).toBe(0);
    expect(await runCli(['backup', '--db', file], new PassThrough())).toBe(2); // FILE missing
    expect(dir).toBeTruthy();
  });
});
