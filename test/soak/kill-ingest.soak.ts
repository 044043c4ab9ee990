// SIGKILL in the middle of a large ingest (the real CLI, `node bin/briefdesk.js ingest DIR`), while this
// process keeps reading the same database through its own connections. After the kill: the file is sound,
// no document is partial (each stored document carries exactly the statements a clean run gives it, and
// what earlier documents taught the speaker registry is there too); a re-run completes the rest and the
// result equals a clean run, document by document.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openService } from '../../src/cli.ts';
import { writeCorpus } from '../hardening/generate.ts';
import { checkDatabase, cleanUp, HEALTHY, statementsByDocument, tempDir } from '../hardening/helpers.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const BIN = join(ROOT, 'bin/briefdesk.js');
// (ingest batches now end after 200 files or three CPU-seconds: enough articles that the third kill still lands
// with whole batches left to go)
const ARTICLES = 800;

afterAll(cleanUp);

function runIngest(dir: string, db: string) {
  const child = spawn(process.execPath, [BIN, 'ingest', dir, '--db', db], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, BRIEFDESK_DB: db } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) => child.once('exit', (code, signal) => ok({ code, signal })));
  return { child, exit, out: () => stdout, err: () => stderr };
}

const pause = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

describe('SIGKILL during a large ingest', () => {
  it('leaves no partial document, and a re-run completes to exactly what a clean run gives', async () => {
    const root = tempDir('briefdesk-soak-');
    const docs = join(root, 'articles');
    writeCorpus(docs, ARTICLES);

    // The reference: a clean, uninterrupted run.
    const cleanDb = join(root, 'clean.db');
    const clean = openService(cleanDb);
    const cleanReport = clean.ingestPaths([docs]);
    clean.close();
    expect(cleanReport.errors).toEqual([]);
    const reference = statementsByDocument(cleanDb);

    // The crashes: kill the CLI once some documents are stored (three times, restarting where it stopped),
    // while reading through two other connections.
    const db = join(root, 'killed.db');
    let afterKill = checkDatabase(cleanDb);
    for (const threshold of [30, 150, 280]) {
      const run = runIngest(docs, db);
      let reader: Database.Database | null = null;
      let service: ReturnType<typeof openService> | null = null;
      const counts: number[] = [];
      let searches = 0;
      const readErrors: string[] = [];
      for (let i = 0; i < 6000 && run.child.exitCode === null; i++) {
        try {
          reader ??= new Database(db, { readonly: true, fileMustExist: true });
          const n = reader.prepare<[], number>('SELECT count(*) FROM documents').pluck().get() ?? 0;
          counts.push(n);
          if (n > 0) {
            service ??= openService(db);
            service.quote('commitment Ralenko');
            searches++;
          }
          if (n >= threshold) break;
        } catch (err) {
          const message = (err as Error).message;
          // Before the CLI has created the file and its schema there is nothing to read yet.
          if (!/unable to open|no such table|does not exist/i.test(message)) readErrors.push(message);
        }
        await pause(10);
      }
      run.child.kill('SIGKILL');
      const { signal } = await run.exit;
      reader?.close();
      service?.close();
      expect(signal).toBe('SIGKILL');
      expect(readErrors).toEqual([]);
      expect(counts.at(-1)).toBeGreaterThanOrEqual(threshold);
      expect(counts.every((n, i) => i === 0 || n >= (counts[i - 1] ?? 0))).toBe(true); // readers only ever see progress
      expect(searches).toBeGreaterThan(0);

      afterKill = checkDatabase(db);
      expect(afterKill).toMatchObject(HEALTHY);
      expect(afterKill.documents).toBeLessThan(ARTICLES);
      const stored = statementsByDocument(db);
      for (const [hash, ids] of stored) expect(ids, `document ${hash}`).toEqual(reference.get(hash));
      console.info(
        `kill-ingest: killed after ${afterKill.documents}/${ARTICLES} documents (${afterKill.statements} statements); ` +
          `${counts.length} reads and ${searches} searches meanwhile, none failed; every stored document complete`,
      );
    }

    // The restart: the same command completes the batch.
    const rerun = runIngest(docs, db);
    const { code } = await rerun.exit;
    expect(code, rerun.err()).toBe(0);
    expect(rerun.out()).toMatch(new RegExp(`ingested ${ARTICLES - afterKill.documents} documents? \\(${afterKill.documents} already known\\)`));
    expect(checkDatabase(db)).toMatchObject({ ...HEALTHY, documents: ARTICLES, statements: cleanReport.statements });
    expect(statementsByDocument(db)).toEqual(reference);
    console.info(`kill-ingest: the re-run completed ${ARTICLES} documents, ${cleanReport.statements} statements, equal to a clean run`);
  });
});
