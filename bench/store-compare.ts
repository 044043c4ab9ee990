// The two stores side by side: the same figures of the SQLite run (harness.ts) and of the PostgreSQL run at the same
// size and seed (postgres-size.ts), printed as one table. CPU figures count the server's CPU too on PostgreSQL (read
// from /proc, see server-cpu.ts): its work happens there, not in the bench process.
import type { SizeResult } from './harness.ts';

/** One store's figures at one size. */
export interface StoreFigures {
  readonly store: 'sqlite' | 'postgres';
  readonly statements: number;
  readonly documents: number;
  readonly articleMB: number;
  readonly ingest: {
    readonly seconds: number;
    readonly mbPerSec: number;
    /** The bench process's CPU seconds while ingesting (extraction included). */
    readonly cpuSeconds: number;
    /** The server's CPU seconds while ingesting (PostgreSQL; null: not measurable, or SQLite, which has none). */
    readonly serverCpuSeconds: number | null;
    /** Article MB per CPU-second of bench and server together. */
    readonly mbPerCpuSec: number;
  };
  /** `/quote` over the bench's query mix (answer cache off). */
  readonly quote: { readonly p50: number; readonly p95: number; readonly cpuMsMean: number };
  readonly inline: { readonly perSec: number; readonly perCpuSec: number } | null;
  readonly digestMs: number | null;
  /** Bounded ranking's top 10 against full ranking's on sampled queries (absent in results of older versions). */
  readonly overlap?: { readonly queries: number; readonly overlap: number; readonly bounded: number } | null;
  readonly peakRssMB: number;
  readonly dbMB: number;
}

/** What the PostgreSQL run wrote: its figures, or why there are none. */
export type PostgresOutcome = { readonly figures: StoreFigures; readonly note: string } | { readonly unreachable: string };

export function sqliteFigures(r: SizeResult): StoreFigures {
  return {
    store: 'sqlite',
    statements: r.corpus.statements,
    documents: r.corpus.documents,
    articleMB: r.corpus.fileMB,
    ingest: { seconds: r.ingest.seconds, mbPerSec: r.ingest.mbPerSec, cpuSeconds: r.ingest.cpuSeconds, serverCpuSeconds: null, mbPerCpuSec: r.ingest.mbPerCpuSec },
    quote: { p50: r.quote.service.p50, p95: r.quote.service.p95, cpuMsMean: r.quote.serviceCpu.mean },
    inline: r.inline.perSec === null || r.inline.perCpuSec === null ? null : { perSec: r.inline.perSec, perCpuSec: r.inline.perCpuSec },
    digestMs: r.digest.ms,
    overlap: r.ranking ? { queries: r.ranking.queries, overlap: r.ranking.overlap, bounded: r.ranking.bounded } : null,
    peakRssMB: r.memory.peakRssMB,
    dbMB: r.db.mb,
  };
}

const num = (x: number | null | undefined, digits = 2): string =>
  x === null || x === undefined || !Number.isFinite(x) ? '—' : x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** The comparison at one size: a Markdown table, or a plain line saying why PostgreSQL was not measured. */
export function formatComparison(size: string, sqlite: StoreFigures, pg: PostgresOutcome): string {
  if ('unreachable' in pg) return `stores compared (${size}): PostgreSQL not measured: ${pg.unreachable}. SQLite's figures are in the table above.`;
  const p = pg.figures;
  const serverCpu = p.ingest.serverCpuSeconds === null ? ' (bench CPU only: the server is not on this machine)' : '';
  const rows: [string, (f: StoreFigures) => string][] = [
    ['statements / documents / article MB', (f) => `${f.statements.toLocaleString('en-US')} / ${f.documents.toLocaleString('en-US')} / ${num(f.articleMB, 1)}`],
    ['full ingest MB per CPU-s (bench + server)', (f) => num(f.ingest.mbPerCpuSec)],
    ['  CPU s: bench / server', (f) => `${num(f.ingest.cpuSeconds, 1)} / ${f.store === 'sqlite' ? 'in-process' : num(f.ingest.serverCpuSeconds, 1)}`],
    ['full ingest MB/s (wall)', (f) => num(f.ingest.mbPerSec)],
    ['/quote p50 / p95 ms (wall)', (f) => `${num(f.quote.p50)} / ${num(f.quote.p95)}`],
    ['/quote CPU ms per query, mean (bench + server)', (f) => num(f.quote.cpuMsMean)],
    ['inline answers per CPU-s / per s (wall)', (f) => (f.inline ? `${num(f.inline.perCpuSec, 0)} / ${num(f.inline.perSec, 0)}` : '—')],
    ['digest of 10k statements ms (wall)', (f) => num(f.digestMs, 0)],
    ['top-10 overlap, bounded vs full ranking (queries, bounded)', (f) => (f.overlap ? `${num(f.overlap.overlap, 3)} (${f.overlap.queries}, ${f.overlap.bounded})` : '—')],
    ['peak RSS of the bench while ingesting MB', (f) => num(f.peakRssMB, 0)],
    ['database MB', (f) => num(f.dbMB, 1)],
  ];
  return [
    `stores compared (${size}, same corpus)${serverCpu}; ${pg.note}`,
    '',
    '| figure | SQLite | PostgreSQL |',
    '|---|---|---|',
    ...rows.map(([label, cell]) => `| ${label} | ${cell(sqlite)} | ${cell(p)} |`),
  ].join('\n');
}
