// `briefdesk extract` and `briefdesk ingest` on several worker threads: extract prints what one thread prints, byte
// for byte and in the same order, errors included; ingest stores the same rows in every table, in the same order, and
// prints the same summary; --jobs is checked; a batch decides its own thread count only when it is large enough.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listInputFiles } from '../../src/core/extraction.ts';
import { jobsFor, MAX_AUTO_JOBS, PARALLEL_MIN_BYTES } from '../../src/extraction-threads.ts';
import { tableContents } from '../helpers/db-tables.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/briefdesk.js');
const tmp = mkdtempSync(join(tmpdir(), 'briefdesk-jobs-'));

function briefdesk(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, BRIEFDESK_DB: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const extract = (...args: string[]) => briefdesk('extract', ...args);
const ingest = (...args: string[]) => briefdesk('ingest', ...args);

describe('extract --jobs', () => {
  it('prints the same statements, errors and exit code on three threads as on one', () => {
    writeFileSync(join(tmp, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0]));
    const inputs = ['data/corpus', 'test/fixtures/blind', 'test/fixtures/blind20', join(tmp, 'binary.txt'), 'test/fixtures/blind30'];
    for (const format of ['jsonl', 'text']) {
      const one = extract(...inputs, '--format', format, '--jobs', '1');
      const three = extract(...inputs, '--format', format, '--jobs', '3');
      expect(one.out.split('\n').length).toBeGreaterThan(100);
      expect(one.err).toContain('binary.txt');
      expect(three).toEqual(one);
    }
  });

  it('answers a --jobs that is not a count with what would work', () => {
    for (const bad of ['0', 'two', '1.5', '65']) {
      const r = extract('data/corpus', '--jobs', bad);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`--jobs must be a whole number from 1 to 64 (got "${bad}"); --jobs 1 works in one thread`);
    }
  });
});

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

describe('jobsFor', () => {
  // (each file its own: a batch's count and bytes as listInputFiles lists them, a path given twice counting once)
  const file = (name: string, size: number) => {
    writeFileSync(join(tmp, name), 'x'.repeat(size));
    return join(tmp, name);
  };
  const big = Array.from({ length: 10 }, (_, i) => file(`big${i}.txt`, PARALLEL_MIN_BYTES));
  const small = Array.from({ length: 3 }, (_, i) => file(`small${i}.txt`, 1));
  const jobs = (paths: string[], given: number | null, cores: number) => {
    const listed = listInputFiles(paths);
    return jobsFor(listed.files.length, listed.bytes, given, cores);
  };

  it('takes --jobs as given, but never more threads than files', () => {
    expect(jobs(small, 2, 8)).toBe(2);
    expect(jobs(small.slice(0, 2), 16, 8)).toBe(2);
    expect(jobs(small.slice(0, 1), 1, 8)).toBe(1);
  });

  it('runs a small batch, a single file or a single core in this thread', () => {
    expect(jobs(small, null, 8)).toBe(1);
    expect(jobs(big.slice(0, 1), null, 8)).toBe(1);
    expect(jobs([big[0] as string, small[0] as string], null, 1)).toBe(1);
  });

  it('uses one thread per core for a large batch, up to MAX_AUTO_JOBS', () => {
    expect(jobs([big[0] as string, small[0] as string], null, 2)).toBe(2);
    expect(jobs(big, null, 16)).toBe(MAX_AUTO_JOBS);
    expect(jobs([big[0] as string, ...small.slice(0, 2)], null, 16)).toBe(3);
  });

  it('counts the bytes of the files a folder holds', () => {
    const dir = join(tmp, 'folder');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.txt'), 'x'.repeat(PARALLEL_MIN_BYTES / 2));
    writeFileSync(join(dir, 'b.txt'), 'x'.repeat(PARALLEL_MIN_BYTES / 2));
    writeFileSync(join(dir, 'c.png'), 'x'.repeat(PARALLEL_MIN_BYTES));
    expect(listInputFiles([dir]).bytes).toBe(PARALLEL_MIN_BYTES);
    expect(jobs([dir], null, 2)).toBe(2);
  });
});
