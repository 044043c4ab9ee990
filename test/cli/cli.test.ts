// The CLI contract, driven as a user would: `node bin/briefdesk.js …` in a child process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/briefdesk.js');
const tmp = mkdtempSync(join(tmpdir(), 'briefdesk-cli-'));
const db = join(tmp, 'test.db');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, BRIEFDESK_DB: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('briefdesk CLI', () => {
  beforeAll(() => {
    writeFileSync(join(tmp, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0]));
    // stray high bytes in a short text: an encoding no detector can tell
    writeFileSync(join(tmp, 'latin1.txt'), Buffer.concat([Buffer.from('Talks '), Buffer.from([0xfe, 0x8f, 0xe9, 0xa4, 0x81]), Buffer.from(' go on.')]));
  });

  it('ingests the corpus, reports per-file errors and goes on', () => {
    const r = cli('ingest', 'data/corpus', join(tmp, 'binary.txt'), join(tmp, 'latin1.txt'), '--db', db);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^ingested 5 documents \(0 already known\), \d+ new statements, 2 errors$/m);
    expect(r.err).toContain('binary.txt');
    expect(r.err).toContain('latin1.txt');
  });

  it('adds nothing when the same documents are ingested again', () => {
    const r = cli('ingest', 'data/corpus', '--db', db);
    expect(r.out).toMatch(/^ingested 0 documents \(5 already known\), 0 new statements/m);
  });

  it('answers "Lavrov NATO" with Lavrov’s NATO statements only, as jsonl', () => {
    const r = cli('quote', 'Lavrov NATO', '--db', db, '--format', 'jsonl', '--limit', '20');
    expect(r.code).toBe(0);
    const rows = r.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) {
      expect(row.speaker).toBe('Sergey Lavrov');
      expect(String(row.text) + String((row as { context?: string }).context ?? '')).toBeTruthy();
      expect(Object.keys(row)).toEqual(expect.arrayContaining(['text', 'speaker', 'date', 'source', 'url', 'doc', 'themes']));
    }
    expect(rows.some((row) => String(row.text).includes('NATO'))).toBe(true);
  });

  it('never fails on FTS syntax in the query', () => {
    for (const q of ['NEAR(Lavrov', '"unbalanced', 'a AND OR NOT', '*', 'col:umn ^x', '-(']) {
      const r = cli('quote', '--db', db, '--', q);
      expect(r.code).toBe(0);
      expect(r.err).toBe('');
    }
  });

  it('extracts without a database, with the documented jsonl fields', () => {
    const r = cli('extract', 'data/corpus/000_a1f6e4b714a21a05.txt', '--format', 'jsonl');
    expect(r.code).toBe(0);
    const rows = r.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.length).toBeGreaterThanOrEqual(8);
    for (const row of rows) {
      expect(row.doc).toBe('data/corpus/000_a1f6e4b714a21a05.txt');
      expect(['direct', 'indirect', 'mixed']).toContain(row.kind);
      expect(row.span).toEqual([expect.any(Number), expect.any(Number)]);
      for (const k of ['speaker', 'speaker_mention', 'cue', 'text', 'date', 'source']) expect(row).toHaveProperty(k);
    }
    expect(rows[0]).toMatchObject({ speaker: 'Sergey Lavrov', source: 'TASS', date: '2021-10-08' });
  });

  it('explains each statement: the frame that found it and how its speaker was resolved', () => {
    const rows = cli('extract', 'data/corpus/000_a1f6e4b714a21a05.txt', '--format', 'jsonl', '--explain')
      .out.trim().split('\n').map((l) => JSON.parse(l) as { act: string; explain: { frame: string; mention: string; mentionKind: string; via: string } });
    expect(rows.length).toBeGreaterThanOrEqual(8);
    for (const row of rows) {
      expect(row.explain.frame).toMatch(/^[a-z-]+(\+[a-z-]+)?$/);
      expect(row.explain.via.length).toBeGreaterThan(5);
      expect(['said', 'wrote', 'thinks', 'wants', 'found', 'stance']).toContain(row.act);
    }
    const text = cli('extract', 'data/corpus/000_a1f6e4b714a21a05.txt', '--explain').out;
    expect(text).toMatch(/\n {4}frame [a-z-]+.* · speaker ".+" \((name|pronoun|role|institution|joint)\) → /);
  });

  it('prints speakers and stats', () => {
    expect(cli('speakers', '--db', db).out).toMatch(/\d+\s+Sergey Lavrov/);
    expect(cli('stats', '--db', db).out).toMatch(/documents: 5\nstatements: \d+/);
  });

  it('exits non-zero with one line on bad usage', () => {
    const r = cli('quote');
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(cli('frobnicate').code).toBe(2);
    expect(cli('quote', 'x', '--limit', 'lots', '--db', db).code).toBe(2);
  });
});
