// `briefdesk ingest` with its extraction on worker threads stores what one thread stores: the same rows in every
// table, in the same order, and prints the same summary and errors.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tableContents } from '../helpers/db-tables.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/briefdesk.js');
const tmp = mkdtempSync(join(tmpdir(), 'briefdesk-ingest-jobs-'));

function ingest(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'ingest', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, BRIEFDESK_DB: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('ingest --jobs', () => {
  it('stores the same rows and reports the same on three threads as on one, and skips them all on a re-run', () => {
    writeFileSync(join(tmp, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0]));
    const inputs = ['data/corpus', 'test/fixtures/blind', join(tmp, 'binary.txt'), 'test/fixtures/blind20', 'test/fixtures/blind'];
    const one = ingest(...inputs, '--db', join(tmp, 'one.db'), '--jobs', '1');
    const three = ingest(...inputs, '--db', join(tmp, 'three.db'), '--jobs', '3');
    expect(one.out).toMatch(/^ingested \d{2} documents \(\d+ already known\), \d{3,} new statements.*1 error/);
    expect(one.err).toContain('binary.txt');
    expect(three).toEqual(one);
    expect(tableContents(join(tmp, 'three.db'))).toEqual(tableContents(join(tmp, 'one.db')));
    const again = ingest(...inputs, '--db', join(tmp, 'three.db'), '--jobs', '3');
    expect(again.out).toMatch(/^ingested 0 documents \(\d{2} already known\), 0 new statements, 1 error/);
  });

  it('answers a --jobs that is not a count', () => {
    const r = ingest('data/corpus', '--db', join(tmp, 'x.db'), '--jobs', '0');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--jobs must be a whole number from 1 to 64 (got "0"); --jobs 1 works in one thread');
  });
});
