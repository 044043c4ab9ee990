// Slips a new user makes, through the real command line: each is answered in one line that says what went wrong
// and what would work, and nothing is created or changed by mistake.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { commandUsage, ingestSummary, shortPath } from '../../src/cli.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/briefdesk.js');
const tmp = mkdtempSync(join(tmpdir(), 'briefdesk-slips-'));
const db = join(tmp, 'slips.db');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, BRIEFDESK_DB: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const PAGE = '<!doctype html><html><head><title>Port talks stall</title></head><body><article><p>"We will not sign an agreement that hurts our fishermen," the harbour master, Ann Cole, said on Monday at the port of Dover in a long interview.</p></article></body></html>';

describe('helpful answers to slips', () => {
  beforeAll(() => {
    const folder = join(tmp, 'articles');
    mkdirSync(folder);
    writeFileSync(join(folder, 'saved-page'), PAGE); // an HTML page saved without an extension
    writeFileSync(join(folder, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
    const r = cli('ingest', 'data/corpus', folder, '--db', db);
    expect(r.code).toBe(0);
    // one error, singular; the page without an extension is read; the photo is counted as left out
    expect(r.out).toMatch(/^ingested 6 documents \(0 already known\), \d+ new statements, 0 errors; 1 file in folders skipped \(not text or HTML\)$/m);
  });

  it('decodes and stores a Russian-language Windows-1251 file, and says it gave no statements', () => {
    const folder = join(tmp, 'ru');
    mkdirSync(folder);
    const text = 'Министр финансов заявил во вторник, что новый налог принесёт бюджету два миллиарда рублей в год.\n\nПредставители оппозиции назвали этот план скрытым повышением налогов.';
    writeFileSync(join(folder, 'nalog.txt'), iconv.encode(text, 'win1251'));
    const ruDb = join(tmp, 'ru.db');
    const r = cli('ingest', folder, '--db', ruDb);
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe('ingested 1 document (0 already known), 0 new statements, 0 errors; 1 document gave no statements (statements are read from English text only)');
    expect(cli('stats', '--db', ruDb).out).toMatch(/^documents: 1\nstatements: 0\n/);
  });

  it('refuses to read a database that does not exist, and creates none', () => {
    const missing = join(tmp, 'does-not-exist.db');
    for (const command of [['quote', 'Kennedy'], ['speakers'], ['stats'], ['digest'], ['summary', 'Kennedy'], ['themes'], ['trend', 'Kennedy', '--out', join(tmp, 'k.png')]]) {
      const r = cli(...command, '--db', missing);
      expect(r.code).not.toBe(0);
      expect(r.out).toBe('');
      expect(r.err.trim().split('\n')).toEqual([`briefdesk: no database at ${missing} (only ingest and start create one: briefdesk ingest PATH --db ${missing})`]);
    }
    expect(existsSync(missing)).toBe(false);
  }, 90_000); // seven CLI processes: under load each can take several seconds to start

  it('says what in a query was not understood and what would work', () => {
    const r = cli('quote', 'since:garbage Lavrov', '--db', db);
    expect(r.code).toBe(0);
    expect(r.err).toContain('note: since:garbage is not a date I can read, so it was left out; write since:2021, since:2021-10 or since:2021-10-08');
    expect(r.out).toMatch(/^1\. Sergey Lavrov/);
    const theme = cli('quote', 'theme:nonexistent', '--db', db);
    expect(theme.err).toMatch(/^note: there is no theme "nonexistent"; themes: [a-z].*, /m);
    const listed = (/themes: (.*)$/m.exec(theme.err)?.[1] ?? '').split(', ');
    expect(listed.length).toBeGreaterThan(3);
    expect([...listed].sort((a, b) => a.localeCompare(b))).toEqual(listed);
  });

  it('suggests or applies a near speaker for a misspelt name', () => {
    const r = cli('quote', 'Lavorv NATO', '--db', db, '--format', 'jsonl');
    expect(r.err).toMatch(/^note: "Lavorv" is not a known speaker: taken as Sergey Lavrov.*\(did you mean Lavrov\?\)$/m);
    const rows = r.out.trim().split('\n').map((l) => JSON.parse(l) as { speaker: string });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.speaker).toBe('Sergey Lavrov');
  });

  it('prints the help of the command asked about', () => {
    const r = cli('quote', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^usage: briefdesk quote …\n {2}quote QUERY/);
    expect(r.out).not.toContain('discord:register');
    expect(commandUsage('feeds')).toContain('feeds poll');
    expect(commandUsage('nonsense')).toMatch(/^usage: briefdesk <command>/);
  });

  it('reads a negative --limit as a value and says what is allowed', () => {
    const r = cli('quote', 'NATO', '--limit', '-3', '--db', db);
    expect(r.code).toBe(2);
    expect(r.err).toBe('briefdesk: --limit must be a whole number from 1 to 1000\n');
  });

  it('names an unknown option and the ones that exist, without stray quotes', () => {
    const r = cli('quote', 'NATO', '--bogus', '--db', db);
    expect(r.code).toBe(2);
    expect(r.err).toBe('briefdesk: unknown option --bogus (options here: --db VALUE, --format VALUE, --limit VALUE, --help; a query that starts with "-" goes after --)\n');
  });

  it('words the ingest summary for one and many', () => {
    const report = { files: 3, documents: 1, skipped: 0, statements: 4, merged: 2, noStatements: 1, errors: [{ path: 'x', message: 'bad' }] };
    expect(ingestSummary(report)).toBe(
      'ingested 1 document (0 already known), 4 new statements (+2 already known from other documents), 1 error; 1 document gave no statements (statements are read from English text only)',
    );
  });

  it('shortens a long path for the progress line keeping the file name whole', () => {
    expect(shortPath('data/a.txt')).toBe('data/a.txt');
    const long = '/home/someone/archives/2021/october/wires/tass/000_a1f6e4b714a21a05.txt';
    expect(shortPath(long)).toBe(`…${long.slice(long.length - 39)}`);
    expect(shortPath(long).endsWith('000_a1f6e4b714a21a05.txt')).toBe(true);
    expect(shortPath(`/x/${'n'.repeat(60)}.txt`)).toHaveLength(40);
  });
});
