// Targets, the results file (merged across runs, one entry per size) and the plain-text table.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import type { SizeName, SizeResult } from './harness.ts';

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly node: string;
  readonly os: string;
  readonly memoryGB: number;
  readonly loadavg: readonly number[];
  /** Commit measured, and whether the working tree had uncommitted changes (other work in progress). */
  readonly git: { readonly commit: string; readonly dirty: boolean } | null;
  /** How the product's code ran: compiled (dist/, as `briefdesk` runs it) or its sources through tsx (see bench.ts). */
  readonly code?: 'dist' | 'tsx';
}

export interface TargetCheck {
  readonly id: string;
  readonly label: string;
  /** The value the target is judged on (CPU-time based where timing is involved). */
  readonly value: number | null;
  /** The wall-clock counterpart, when there is one. */
  readonly wall: number | null;
  readonly limit: string;
  /** null when it could not be measured (module missing). */
  readonly met: boolean | null;
  /** The issue states this target for 1M statements; at smaller sizes it is indicative. */
  readonly at1M: boolean;
}

export interface ResultsFile {
  readonly schema: 1;
  readonly updatedAt: string;
  readonly machine: Machine;
  readonly runs: Partial<Record<SizeName, SizeResult & { readonly machine: Machine; readonly targets: readonly TargetCheck[] }>>;
}

export function machineInfo(): Machine {
  const list = cpus();
  return {
    cpu: (list[0]?.model ?? 'unknown').replace(/\s+/g, ' ').trim(),
    cores: list.length,
    node: process.version,
    os: `${platform()} ${release()}`,
    memoryGB: Number((totalmem() / 2 ** 30).toFixed(1)),
    loadavg: loadavg().map((x) => Number(x.toFixed(2))),
    git: gitState(),
    code: process.env.BRIEFDESK_BENCH_CODE === 'dist' ? 'dist' : 'tsx',
  };
}

function gitState(): Machine['git'] {
  try {
    const cwd = new URL('..', import.meta.url);
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const status = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return { commit, dirty: status.trim() !== '' };
  } catch {
    return null;
  }
}

/**
 * The issue's targets. This machine is shared, so each is judged on CPU time of this process (what one
 * uncontended core would show as wall time); the wall-clock value is recorded beside it.
 */
export function checkTargets(r: SizeResult): TargetCheck[] {
  const digestComplete = r.digest.statements >= Math.min(10_000, r.corpus.statements) * 0.9;
  return [
    { id: 'quote-ratio', label: '/quote p95 ≤ 1.5 × raw FTS5 p95', value: r.quote.ratioP95Cpu, wall: r.quote.ratioP95, limit: '≤ 1.5', met: r.quote.ratioP95Cpu <= 1.5, at1M: false },
    { id: 'quote-p95', label: '/quote p95 ≤ 10 ms', value: r.quote.serviceCpu.p95, wall: r.quote.service.p95, limit: '≤ 10 ms', met: r.quote.serviceCpu.p95 <= 10, at1M: true },
    {
      id: 'ranking-overlap',
      label: 'top-10 overlap, bounded vs full ranking ≥ 0.9',
      value: r.ranking?.overlap ?? null,
      wall: null,
      limit: '≥ 0.9',
      met: r.ranking ? r.ranking.overlap >= 0.9 : null,
      at1M: false,
    },
    { id: 'extraction', label: 'extraction ≥ 1 MB/s per core', value: r.extraction.mbPerCpuSec, wall: r.extraction.mbPerSec, limit: '≥ 1 MB/s', met: r.extraction.mbPerCpuSec >= 1, at1M: false },
    { id: 'ingest', label: 'full ingest ≥ 1 MB/s', value: r.ingest.mbPerCpuSec, wall: r.ingest.mbPerSec, limit: '≥ 1 MB/s', met: r.ingest.mbPerCpuSec >= 1, at1M: true },
    {
      id: 'inline',
      label: 'Telegram inline answers ≥ 300 per CPU-second',
      value: r.inline.perCpuSec,
      wall: r.inline.perSec,
      limit: '≥ 300',
      met: r.inline.perCpuSec === null ? null : r.inline.perCpuSec >= 300,
      at1M: true,
    },
    {
      id: 'digest',
      label: 'digest of 10,000 new statements < 1 s (ms)',
      value: r.digest.cpuMs,
      wall: r.digest.ms,
      limit: '< 1000 ms',
      met: r.digest.cpuMs === null ? null : r.digest.cpuMs < 1000 && digestComplete,
      at1M: false,
    },
    { id: 'peak-rss', label: 'peak RSS while ingesting ≤ 300 MB', value: r.memory.peakRssMB, wall: null, limit: '≤ 300 MB', met: r.memory.peakRssMB <= 300, at1M: true },
    {
      id: 'search-memory',
      label: 'no memory growth in a 1,000-query search loop (RSS Δ < 5 MB)',
      value: r.memory.searchLoop.rssGrowthMB,
      wall: null,
      limit: '< 5 MB',
      met: r.memory.searchLoop.rssGrowthMB < 5,
      at1M: false,
    },
  ];
}

/** Merges this run's results into the existing file (other sizes are kept). */
export function mergeResults(existing: unknown, results: readonly SizeResult[], machine: Machine): ResultsFile {
  const prev = existing as Partial<ResultsFile> | null;
  const runs: ResultsFile['runs'] = prev?.schema === 1 && prev.runs && typeof prev.runs === 'object' ? { ...prev.runs } : {};
  for (const r of results) runs[r.size] = { ...r, machine, targets: checkTargets(r) };
  return { schema: 1, updatedAt: new Date().toISOString(), machine, runs };
}

const SIZE_ORDER: readonly SizeName[] = ['tiny', 'small', 'medium', 'large'];
const fmt = (x: number | null | undefined, digits = 2): string => (x === null || x === undefined || !Number.isFinite(x) ? '—' : x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }));
const int = (x: number | null | undefined): string => (x === null || x === undefined ? '—' : Math.round(x).toLocaleString('en-US'));

/** One plain-text table: a column per size in the file (latest run of each), rows per measurement. */
export function formatTable(file: ResultsFile): string {
  const sizes = SIZE_ORDER.filter((s) => file.runs[s] !== undefined);
  const cols = sizes.map((s) => file.runs[s] as NonNullable<ResultsFile['runs'][SizeName]>);
  const rows: [[string, ...string[]], ...[string, ...string[]][]] = [
    ['size', ...sizes.map((s, i) => `${s} (${int(cols[i]?.targetStatements)})`)],
    ['statements stored (merged)', ...cols.map((c) => `${int(c.corpus.statements)} (${int(c.corpus.mergedStatements)})`)],
    ['documents / article MB', ...cols.map((c) => `${int(c.corpus.documents)} / ${fmt(c.corpus.fileMB, 1)}`)],
    ['speakers', ...cols.map((c) => int(c.corpus.speakers))],
    ['extraction MB/s: wall / per CPU-s', ...cols.map((c) => `${fmt(c.extraction.mbPerSec)} / ${fmt(c.extraction.mbPerCpuSec)}`)],
    ['full ingest MB/s: wall / per CPU-s', ...cols.map((c) => `${fmt(c.ingest.mbPerSec)} / ${fmt(c.ingest.mbPerCpuSec)}`)],
    ['  ingest docs/s, statements/s', ...cols.map((c) => `${int(c.ingest.docsPerSec)}, ${int(c.ingest.statementsPerSec)}`)],
    ['  ingest s: load / extract+store', ...cols.map((c) => `${fmt(c.ingest.loadSeconds, 1)} / ${fmt(c.ingest.extractStoreSeconds, 1)}`)],
    ['/quote ms p50 / p95 / p99 (wall)', ...cols.map((c) => `${fmt(c.quote.service.p50)} / ${fmt(c.quote.service.p95)} / ${fmt(c.quote.service.p99)}`)],
    ['raw FTS5 ms p50 / p95 / p99 (wall)', ...cols.map((c) => `${fmt(c.quote.raw.p50)} / ${fmt(c.quote.raw.p95)} / ${fmt(c.quote.raw.p99)}`)],
    ['/quote ÷ raw, p50 / p95 (wall)', ...cols.map((c) => `${fmt(c.quote.ratioP50)} / ${fmt(c.quote.ratioP95)}`)],
    ['/quote CPU ms p50 / p95 / p99', ...cols.map((c) => `${fmt(c.quote.serviceCpu.p50)} / ${fmt(c.quote.serviceCpu.p95)} / ${fmt(c.quote.serviceCpu.p99)}`)],
    ['raw FTS5 CPU ms p50 / p95 / p99', ...cols.map((c) => `${fmt(c.quote.rawCpu.p50)} / ${fmt(c.quote.rawCpu.p95)} / ${fmt(c.quote.rawCpu.p99)}`)],
    ['/quote ÷ raw, p50 / p95 (CPU)', ...cols.map((c) => `${fmt(c.quote.ratioP50Cpu)} / ${fmt(c.quote.ratioP95Cpu)}`)],
    ['bounded ranking: top-10 overlap', ...cols.map((c) => (c.ranking ? `${fmt(c.ranking.overlap, 3)} (${int(c.ranking.bounded)}/${int(c.ranking.queries)} q)` : '—'))],
    ['  sampled queries CPU ms p95: bounded / full', ...cols.map((c) => (c.ranking ? `${fmt(c.ranking.boundedCpu.p95)} / ${fmt(c.ranking.fullCpu.p95)}` : '—'))],
    ['digest of 10k ms: wall / CPU', ...cols.map((c) => (c.digest.ms === null ? c.digest.status : `${fmt(c.digest.ms, 0)} / ${fmt(c.digest.cpuMs, 0)}`))],
    ['inline answers/s: wall / per CPU-s', ...cols.map((c) => (c.inline.perSec === null ? c.inline.status : `${fmt(c.inline.perSec, 0)} / ${fmt(c.inline.perCpuSec, 0)}`))],
    ['  typed keystroke by keystroke', ...cols.map((c) => (c.typing ? `${fmt(c.typing.perSec, 0)} / ${fmt(c.typing.perCpuSec, 0)}` : '—'))],
    ['peak RSS ingest MB (kernel max)', ...cols.map((c) => `${fmt(c.memory.peakRssMB, 0)} (${fmt(c.memory.maxRssMB, 0)})`)],
    ['DB MB / per 100k statements', ...cols.map((c) => `${fmt(c.db.mb, 1)} / ${fmt(c.db.mbPer100k, 1)}`)],
    ['search loop 1k q: RSS / heap Δ MB', ...cols.map((c) => `${fmt(c.memory.searchLoop.rssGrowthMB, 1)} / ${fmt(c.memory.searchLoop.heapGrowthMB, 1)}`)],
    ['load avg start→end, CPU share', ...cols.map((c) => `${fmt(c.load.loadavgStart)}→${fmt(c.load.loadavgEnd)}, ${fmt(c.load.ingestCpuShare)}`)],
    ['run at (duration)', ...cols.map((c) => `${c.startedAt.slice(0, 16).replace('T', ' ')} (${int(c.durationSeconds)} s)`)],
  ];
  const [header, ...body] = rows;
  const widths = header.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)];
  return out.join('\n');
}

export function formatMachine(m: Machine): string {
  const git = m.git ? `, code ${m.git.commit}${m.git.dirty ? ' + uncommitted src changes' : ''}` : '';
  const code = m.code === undefined ? '' : m.code === 'dist' ? ', run from dist/' : ', run from src/ through tsx';
  return `machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB RAM, ${m.os}, Node ${m.node}, load avg ${m.loadavg.join(' / ')}${git}${code}`;
}

export function formatTargets(file: ResultsFile): string {
  const lines: string[] = [];
  for (const s of SIZE_ORDER) {
    const run = file.runs[s];
    if (!run) continue;
    const parts = run.targets.map((t) => {
      const mark = t.met === null ? '–' : t.met ? '✓' : '✗';
      const scope = t.at1M && s !== 'large' ? ' (target at 1M)' : '';
      const wall = t.wall === null ? '' : ` (wall ${fmt(t.wall)})`;
      const basis = t.wall === null ? '' : ' CPU';
      return `  ${mark} ${t.label}: ${t.value === null ? 'not measured' : `${fmt(t.value)}${basis}`}${wall}${scope}`;
    });
    lines.push(`targets, ${s}:`, ...parts);
  }
  return lines.join('\n');
}
