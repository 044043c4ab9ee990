// `briefdesk trend`, run through the CLI's own entry (runCli) on a database of dated statements.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli.ts';
import { openSqliteStore } from '../../src/adapters/sqlite/index.ts';
import { makeDoc, makeStatement } from '../core/store/builders.ts';

const tmp = mkdtempSync(join(tmpdir(), 'briefdesk-trend-cli-'));
const db = join(tmp, 'trend.db');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

beforeAll(() => {
  const store = openSqliteStore(db);
  // Lavrov on NATO three times in the first week of March 2024, Zakharova twice in the third; nothing in between
  const days = [['2024-03-04', 'Sergey Lavrov'], ['2024-03-05', 'Sergey Lavrov'], ['2024-03-06', 'Sergey Lavrov'], ['2024-03-18', 'Maria Zakharova'], ['2024-03-19', 'Maria Zakharova']];
  days.forEach(([date, speaker], i) => {
    const doc = makeDoc({ date, outlet: i % 2 ? 'Reuters' : 'TASS' });
    store.addDocument(doc, [makeStatement(doc, { speaker, text: `NATO statement number ${i}` })]);
  });
  const undated = makeDoc({ date: null });
  store.addDocument(undated, [makeStatement(undated, { text: 'NATO without a date' })]);
  store.close();
});

async function trend(...args: string[]) {
  let out = '';
  const sink = new Writable({ write: (chunk, _enc, done) => ((out += String(chunk)), done()) });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const code = await runCli(['trend', ...args, '--db', db], sink);
    return { code, out, err: err.mock.calls.map((c) => String(c[0])).join('') };
  } finally {
    err.mockRestore();
  }
}

describe('briefdesk trend', () => {
  it('writes a PNG and prints its path, the caption and the table (empty days as zero)', async () => {
    const file = join(tmp, 'nato.png');
    const r = await trend('NATO', '--out', file, '--interval', 'week');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`wrote ${file} (PNG, 1200×675)`);
    expect(r.out).toContain('“NATO” by speaker, 4–19 Mar 2024: 5 statements per week');
    expect(r.out).toContain('1 statement without a date left out.');
    expect(r.out).toMatch(/week of\s+Sergey Lavrov\s+Maria Zakharova\s+total\n2024-03-04\s+3\s+0\s+3\n2024-03-11\s+0\s+0\s+0\n2024-03-18\s+0\s+2\s+2/);
    const png = PNG.sync.read(readFileSync(file));
    expect([png.width, png.height]).toEqual([1200, 675]);
  });

  it('writes SVG or JSON by extension or --format, split by outlet on request', async () => {
    const svg = join(tmp, 'nato.svg');
    expect((await trend('NATO', '--out', svg)).code).toBe(0);
    expect(readFileSync(svg, 'utf8')).toMatch(/^<svg/);
    const json = join(tmp, 'out', 'nato.data');
    const r = await trend('NATO', '--by', 'outlet', '--since', '2024-03-01', '--until', '2024-03-10', '--format', 'json', '--out', json);
    expect(r.code).toBe(0);
    const data = JSON.parse(readFileSync(json, 'utf8')) as { interval: string; intervals: string[]; series: { label: string; counts: number[] }[] };
    expect(data.interval).toBe('day');
    expect(data.intervals).toHaveLength(10);
    expect(data.series.map((s) => [s.label, s.counts.reduce((a, b) => a + b, 0)])).toEqual([['TASS', 2], ['Reuters', 1]]);
  });

  it('answers bad input clearly: no --out, unknown --by, a period without data, a query without match', async () => {
    expect(await trend('NATO')).toMatchObject({ code: 2, err: expect.stringContaining('trend needs --out FILE') });
    expect(await trend('NATO', '--by', 'colour', '--out', join(tmp, 'x.png'))).toMatchObject({ code: 2, err: expect.stringContaining('Unknown by:colour') });
    expect(await trend('NATO', '--format', 'gif', '--out', join(tmp, 'x.gif'))).toMatchObject({ code: 2, err: expect.stringContaining('--format must be one of png, svg, json') });
    const period = await trend('NATO', '--since', '2023-01', '--until', '2023-02', '--out', join(tmp, 'x.png'));
    expect(period.code).toBe(1);
    expect(period.err).toContain('No dated statements match “NATO since:2023-01 until:2023-02” from 2023-01-01 to 2023-02-28.');
    expect(period.err).toContain('It matches 5 statements from 2024-03-04 to 2024-03-19: try since:2024-03.');
    expect(await trend('zzzqqq', '--out', join(tmp, 'x.png'))).toMatchObject({ code: 1, err: expect.stringContaining('No statements match “zzzqqq”.') });
  });
});
