// Keeps `npm run bench` from rotting: runs the real CLI at the tiny size (~300 statements, a few seconds)
// and checks that the results file has every field with a sane value. No timing assertions.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { findPostgresBin } from '../helpers/postgres-cluster.ts';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'briefdesk-bench-smoke-'));
const out = join(dir, 'bench-results.json');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Json = Record<string, unknown>;

const get = (obj: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((o, k) => (o !== null && typeof o === 'object' ? (o as Json)[k] : undefined), obj);

/** Fields that must be positive, finite numbers. */
const POSITIVE = [
  'targetStatements',
  'trend.runs',
  'trend.ms.max',
  'trend.drawMs',
  'durationSeconds',
  'corpus.documents',
  'corpus.statements',
  'corpus.plannedStatements',
  'corpus.speakers',
  'corpus.words',
  'corpus.fileMB',
  'corpus.textMB',
  'extraction.documents',
  'extraction.passes',
  'extraction.textMB',
  'extraction.seconds',
  'extraction.mbPerSec',
  'extraction.cpuSeconds',
  'extraction.mbPerCpuSec',
  'extraction.statementsPerSec',
  'ingest.seconds',
  'ingest.extractStoreSeconds',
  'ingest.mbPerSec',
  'ingest.cpuSeconds',
  'ingest.mbPerCpuSec',
  'ingest.docsPerSec',
  'ingest.statementsPerSec',
  'quote.queries',
  'quote.rounds',
  'quote.service.p50',
  'quote.service.p95',
  'quote.service.p99',
  'quote.service.mean',
  'quote.raw.p50',
  'quote.raw.p95',
  'quote.raw.p99',
  'quote.ratioP50',
  'quote.ratioP95',
  'memory.peakRssMB',
  'memory.maxRssMB',
  'memory.searchLoop.queries',
  'memory.searchLoop.rssStartMB',
  'memory.searchLoop.rssEndMB',
  'memory.searchLoop.rssPeakMB',
  'db.bytes',
  'db.mb',
  'db.mbPer100k',
  'load.ingestCpuShare',
  'ranking.queries',
  'ranking.overlap',
  'ranking.boundedCpu.p95',
  'ranking.fullCpu.p95',
];

/** Fields that must be finite numbers (may be zero or negative: growth, counts of rare events). */
const FINITE = [
  'corpus.mergedStatements',
  'corpus.syndicatedDocuments',
  'corpus.generateSeconds',
  'memory.searchLoop.rssGrowthMB',
  'memory.searchLoop.heapGrowthMB',
  'load.loadavgStart',
  'load.loadavgEnd',
];

describe('npm run bench (tiny)', () => {
  it('writes a results file with every measurement', { timeout: 120_000 }, async () => {
    await run(process.execPath, ['bin/run-ts.js', 'bench/bench.ts', '--size', 'tiny', '--out', out, '--real-text', 'off'], {
      cwd: root,
      maxBuffer: 10 * 1024 * 1024,
    });
    const file = JSON.parse(readFileSync(out, 'utf8')) as Json;
    expect(file.schema).toBe(1);
    expect(get(file, 'realText.status')).toBe('skipped');
    expect(typeof get(file, 'machine.cpu')).toBe('string');
    expect(get(file, 'machine.cores')).toBeGreaterThan(0);
    expect(String(get(file, 'machine.node'))).toMatch(/^v\d+/);
    // compiled (dist/ built from these sources) or the sources through tsx: said either way
    expect(['dist', 'tsx']).toContain(get(file, 'machine.code'));

    const tiny = get(file, 'runs.tiny') as Json;
    expect(tiny).toBeTypeOf('object');
    expect(tiny.size).toBe('tiny');
    for (const path of POSITIVE) {
      const v = get(tiny, path);
      expect(typeof v === 'number' && Number.isFinite(v) && v > 0, `${path} = ${String(v)}`).toBe(true);
    }
    for (const path of FINITE) {
      const v = get(tiny, path);
      expect(typeof v === 'number' && Number.isFinite(v), `${path} = ${String(v)}`).toBe(true);
    }
    expect(get(tiny, 'corpus.statements')).toBeGreaterThanOrEqual(300);
    expect(typeof get(tiny, 'ingest.themesAtIngest')).toBe('boolean');

    // Every query of the fixed mix ran through the service and the raw FTS5 baseline.
    const mix = get(tiny, 'quote.mix') as Json[];
    expect(mix.length).toBeGreaterThanOrEqual(10);
    expect(new Set(mix.map((q) => q.kind))).toEqual(new Set(['speaker+term', 'rare term', 'common term', 'phrase', 'filter']));
    for (const q of mix) expect(typeof q.match === 'string' && q.match.length > 0).toBe(true);
    expect(mix.some((q) => (q.hits as number) > 0)).toBe(true);
    for (const kind of Object.values(get(tiny, 'quote.byKind') as Record<string, Json>)) {
      expect(get(kind, 'service.p95')).toBeGreaterThan(0);
      expect(get(kind, 'raw.p95')).toBeGreaterThan(0);
    }

    // Digest and inline sections: measured, or skipped/errored with a reason.
    for (const section of ['digest', 'inline'] as const) {
      const s = tiny[section] as Json;
      expect(['ok', 'skipped', 'error']).toContain(s.status);
      expect(typeof s.note === 'string' && s.note.length > 0).toBe(true);
      if (s.status === 'ok') {
        const value = section === 'digest' ? s.ms : s.perSec;
        expect(typeof value === 'number' && Number.isFinite(value) && value > 0, `${section}`).toBe(true);
      }
    }

    // Target checks are recorded (met or not; no timing assertion here).
    const targets = tiny.targets as Json[];
    expect(targets.map((t) => t.id)).toEqual([
      'quote-ratio',
      'quote-p95',
      'ranking-overlap',
      'extraction',
      'ingest',
      'inline',
      'digest',
      'peak-rss',
      'search-memory',
    ]);
    for (const t of targets) expect([true, false, null]).toContain(t.met);

    // The same corpus on PostgreSQL (a throwaway cluster) when its binaries are installed; otherwise the reason.
    const pg = get(file, 'postgres.tiny') as Json;
    if (findPostgresBin() === null) expect(String(pg.unreachable)).toMatch(/PostgreSQL/);
    else {
      expect(pg.unreachable, String(pg.unreachable)).toBeUndefined();
      expect(get(pg, 'figures.statements')).toBe(get(tiny, 'corpus.statements'));
      for (const path of ['figures.ingest.mbPerCpuSec', 'figures.ingest.serverCpuSeconds', 'figures.quote.p95', 'figures.quote.cpuMsMean', 'figures.dbMB']) {
        const v = get(pg, path);
        expect(typeof v === 'number' && Number.isFinite(v) && v >= 0, `${path} = ${String(v)}`).toBe(true);
      }
    }
  });
});
