// Real news in `npm run bench`: extraction over the PolNeAR train texts (../shared/datasets/polnear/train/text,
// 840 US political news articles, 3.9 MB; `--real-text DIR` for another folder of .txt files, `--real-text off`
// to skip), next to the synthetic corpus. The synthetic corpus is three times easier than real news, so this is
// the figure to watch. Every process below is measured in the same run, one after the other:
//
//   whole process  `node bin/briefdesk.js extract --format jsonl --jobs 1 FILES…`, one thread: start-up included
//                  (dist/ when current, else tsx compiling the sources), wall time and MB/s, CPU time and peak
//                  RSS of that process (read at its exit by a tiny --import hook)
//   all cores      the same command without --jobs, as ../shared/eval/polnear.py runs it: a batch this size is
//                  shared out among worker threads, one per core (src/extract-command.ts); the same figures
//   per CPU-second the same extract command in-process on one thread (bench/real-text-child.js), timed with
//                  process.cpuUsage around the work only: MB per CPU-second
//   baselines      wink-nlp (full pipeline: sentences, POS, entities) and compromise (tag, quotations, people)
//                  on the same files, each in its own process, with the same two figures; ratios are Briefdesk's
//                  figure divided by the baseline's (> 1: Briefdesk is faster)
//
// No corpus text is copied anywhere: the processes read the files where they are.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distState } from '../bin/dist-state.js';
import { jobsFor } from '../src/extraction-threads.ts';

export const DEFAULT_REAL_TEXT = fileURLToPath(new URL('../../shared/datasets/polnear/train/text', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/briefdesk.js');
const CHILD = fileURLToPath(new URL('./real-text-child.js', import.meta.url));
const MB = 1e6;

/**
 * Writes the process's CPU time and peak RSS to fd 3 at exit (the parent opens that pipe), from the main thread only:
 * worker threads inherit `--import`, and a worker's "exit" would write a second record (with tsx's loader, which the
 * extract's workers run when dist/ is stale, they do).
 */
export const EXIT_HOOK = `data:text/javascript,${encodeURIComponent(
  "import{writeSync}from'node:fs';import{isMainThread}from'node:worker_threads';if(isMainThread)process.on('exit',()=>{const u=process.resourceUsage();try{writeSync(3,JSON.stringify({cpuSeconds:(u.userCPUTime+u.systemCPUTime)/1e6,peakRssMB:u.maxRSS/1024}))}catch{}})",
)}`;

export const BASELINES = [
  { tool: 'wink-nlp', packages: ['wink-nlp', 'wink-eng-lite-web-model'], label: 'wink-nlp (full pipeline)', items: 'entities' },
  { tool: 'compromise', packages: ['compromise'], label: 'compromise (tag, quotations, people)', items: 'quotations' },
] as const;

export interface WholeProcess {
  readonly wallSeconds: number;
  readonly mbPerSec: number;
  readonly cpuSeconds: number;
  readonly peakRssMB: number;
}

export interface InProcess {
  /** Importing the code (and a baseline's model), not timed below. */
  readonly loadSeconds: number;
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly mbPerCpuSec: number;
  readonly peakRssMB: number;
}

export interface ToolResult {
  readonly tool: string;
  readonly label: string;
  readonly status: 'ok' | 'skipped' | 'error';
  readonly note: string;
  /** How Briefdesk ran: 'dist' (compiled) or 'tsx' (sources; start-up includes compiling). */
  readonly mode?: string;
  /** Statements for Briefdesk; what the baseline found (entities, quotations), as a sanity check. */
  readonly items?: number;
  readonly itemsLabel?: string;
  readonly whole?: WholeProcess;
  /** Briefdesk only: the whole process on every core (its default for a batch this size), and on how many threads. */
  readonly allCores?: WholeProcess & { readonly threads: number };
  readonly inProcess?: InProcess;
  /** Briefdesk's figure ÷ this baseline's (> 1: Briefdesk is faster); allCoresMbPerSec from Briefdesk's allCores. */
  readonly ratios?: { readonly wholeMbPerSec: number; readonly allCoresMbPerSec?: number; readonly mbPerCpuSec: number };
}

export interface RealTextResult {
  readonly status: 'ok' | 'skipped';
  readonly note: string;
  readonly dir: string;
  readonly files: number;
  readonly mb: number;
  readonly startedAt: string;
  readonly tools: readonly ToolResult[];
}

const round = (x: number, digits = 3) => Number(x.toFixed(digits));
/** Rates keep four significant digits (a tiny test folder still gives a non-zero MB/s). */
const rate = (x: number) => Number(x.toPrecision(4));

interface Spawned {
  readonly code: number | null;
  readonly wallSeconds: number;
  readonly stdout: string;
  readonly stdoutLines: number;
  readonly stderr: string;
  readonly fd3: string;
}

/** Runs a process to its end; stdout is kept (`keep`) or only its lines counted. */
function run(args: readonly string[], keep: boolean): Promise<Spawned> {
  return new Promise((done, fail) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let lines = 0;
    let stderr = '';
    let fd3 = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      if (keep) stdout += chunk.toString('utf8');
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-4000);
    });
    child.stdio[3]?.on('data', (chunk: Buffer) => {
      fd3 += chunk.toString('utf8');
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code, wallSeconds: Number(process.hrtime.bigint() - t0) / 1e9, stdout, stdoutLines: lines, stderr, fd3 }));
  });
}

interface ChildReport {
  readonly mode: string;
  readonly items: number;
  readonly loadSeconds: number;
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly processCpuSeconds: number;
  readonly peakRssMB: number;
}

function lastLine(text: string): string {
  return text.trim().split('\n').pop() ?? '';
}

async function runChild(tool: string, listFile: string, bytes: number): Promise<{ report: ChildReport; whole: WholeProcess; inProcess: InProcess }> {
  const r = await run([CHILD, tool, listFile], true);
  if (r.code !== 0) throw new Error(`${tool} exited ${r.code}: ${lastLine(r.stderr)}`);
  const report = JSON.parse(lastLine(r.stdout)) as ChildReport;
  return {
    report,
    whole: { wallSeconds: round(r.wallSeconds), mbPerSec: rate(bytes / MB / r.wallSeconds), cpuSeconds: round(report.processCpuSeconds), peakRssMB: round(report.peakRssMB, 1) },
    inProcess: {
      loadSeconds: round(report.loadSeconds),
      seconds: round(report.seconds),
      cpuSeconds: round(report.cpuSeconds),
      mbPerCpuSec: rate(bytes / MB / report.cpuSeconds),
      peakRssMB: round(report.peakRssMB, 1),
    },
  };
}

/** The first of `packages` that is not installed, or null. */
function missingPackage(packages: readonly string[]): string | null {
  return packages.find((name) => !existsSync(join(ROOT, 'node_modules', name, 'package.json'))) ?? null;
}

/** `spec`: undefined or 'auto' (the PolNeAR train texts when present), 'off', or a folder of .txt files. */
export async function measureRealText(spec: string | undefined, log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Promise<RealTextResult> {
  const startedAt = new Date().toISOString();
  const skipped = (dir: string, note: string): RealTextResult => ({ status: 'skipped', note, dir, files: 0, mb: 0, startedAt, tools: [] });
  if (spec === 'off') return skipped('', 'real-text section skipped (--real-text off)');
  const dir = spec === undefined || spec === 'auto' ? DEFAULT_REAL_TEXT : resolve(spec);
  if (!existsSync(dir)) return skipped(dir, `real-text section skipped: no folder ${dir} (the PolNeAR texts live in ../shared/datasets, beside the repository)`);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(dir, f));
  if (files.length === 0) return skipped(dir, `real-text section skipped: no .txt files in ${dir}`);
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  const tmp = mkdtempSync(join(tmpdir(), 'briefdesk-real-'));
  const listFile = join(tmp, 'files.txt');
  writeFileSync(listFile, `${files.join('\n')}\n`);
  const tools: ToolResult[] = [];
  try {
    const state = distState();
    const mode = state === 'current' ? 'dist' : 'tsx';
    log(`[real text] ${files.length} files, ${(bytes / MB).toFixed(2)} MB; briefdesk runs from ${mode}${state === 'current' ? '' : ` (dist/ is ${state}: start-up includes tsx compiling; \`npm run build\` first)`}`);

    // 1. Briefdesk, the real CLI process.
    const label = 'briefdesk extract';
    let briefdesk: ToolResult;
    try {
      log('[real text] briefdesk: whole process, one thread');
      const one = await wholeExtract(['--jobs', '1'], files, bytes);
      log('[real text] briefdesk: whole process, all cores');
      const all = await wholeExtract([], files, bytes);
      log('[real text] briefdesk: in-process');
      const inner = await runChild('briefdesk', listFile, bytes);
      const allCores = { ...all.whole, threads: jobsFor(files.length, bytes, null) };
      briefdesk = { tool: 'briefdesk', label, status: 'ok', note: '', mode, items: one.lines, itemsLabel: 'statements', whole: one.whole, allCores, inProcess: inner.inProcess };
      const differs = [inner.report.items !== one.lines ? `in-process run found ${inner.report.items} statements` : '', all.lines !== one.lines ? `all-cores run printed ${all.lines} lines` : ''].filter(Boolean);
      if (differs.length > 0) briefdesk = { ...briefdesk, note: differs.join('; ') };
    } catch (error) {
      briefdesk = { tool: 'briefdesk', label, status: 'error', note: firstLine(error) };
    }
    tools.push(briefdesk);

    // 2. Baselines on the same files.
    for (const b of BASELINES) {
      const missing = missingPackage(b.packages);
      if (missing) {
        tools.push({ tool: b.tool, label: b.label, status: 'skipped', note: `${missing} is not installed (a devDependency: npm ci installs it)` });
        continue;
      }
      try {
        log(`[real text] ${b.tool}`);
        const m = await runChild(b.tool, listFile, bytes);
        const ratios =
          briefdesk.whole && briefdesk.inProcess
            ? {
                wholeMbPerSec: round(briefdesk.whole.mbPerSec / m.whole.mbPerSec, 2),
                ...(briefdesk.allCores ? { allCoresMbPerSec: round(briefdesk.allCores.mbPerSec / m.whole.mbPerSec, 2) } : {}),
                mbPerCpuSec: round(briefdesk.inProcess.mbPerCpuSec / m.inProcess.mbPerCpuSec, 2),
              }
            : undefined;
        tools.push({ tool: b.tool, label: b.label, status: 'ok', note: '', mode: m.report.mode, items: m.report.items, itemsLabel: b.items, whole: m.whole, inProcess: m.inProcess, ...(ratios ? { ratios } : {}) });
      } catch (error) {
        tools.push({ tool: b.tool, label: b.label, status: 'error', note: firstLine(error) });
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return { status: 'ok', note: '', dir, files: files.length, mb: round(bytes / MB), startedAt, tools };
}

/** `briefdesk extract --format jsonl` over the files in its own process, with the given options. */
async function wholeExtract(extra: readonly string[], files: readonly string[], bytes: number): Promise<{ whole: WholeProcess; lines: number }> {
  const r = await run(['--import', EXIT_HOOK, BIN, 'extract', '--format', 'jsonl', ...extra, ...files], false);
  if (r.code !== 0) throw new Error(`briefdesk extract exited ${r.code}: ${lastLine(r.stderr)}`);
  const exit = JSON.parse(r.fd3 || '{}') as { cpuSeconds?: number; peakRssMB?: number };
  const whole: WholeProcess = {
    wallSeconds: round(r.wallSeconds),
    mbPerSec: rate(bytes / MB / r.wallSeconds),
    cpuSeconds: round(exit.cpuSeconds ?? Number.NaN),
    peakRssMB: round(exit.peakRssMB ?? Number.NaN, 1),
  };
  return { whole, lines: r.stdoutLines };
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0] ?? '';
}

const fmt = (x: number | undefined, digits = 2) => (x === undefined || !Number.isFinite(x) ? '—' : x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }));

/** The section as printed under the synthetic table. */
export function formatRealText(r: RealTextResult): string {
  if (r.status === 'skipped') return r.note;
  const rows: string[][] = [['', 'wall s', 'MB/s', 'CPU s', 'peak RSS MB', 'CPU s', 'MB per CPU-s', 'found']];
  for (const t of r.tools) {
    const name = t.mode === 'dist' || t.mode === 'tsx' ? `${t.label} (${t.mode})` : t.label;
    if (t.status !== 'ok' || !t.whole || !t.inProcess) {
      rows.push([name, `${t.status}: ${t.note}`]);
      continue;
    }
    rows.push([
      name,
      fmt(t.whole.wallSeconds),
      fmt(t.whole.mbPerSec),
      fmt(t.whole.cpuSeconds),
      fmt(t.whole.peakRssMB, 0),
      fmt(t.inProcess.cpuSeconds),
      fmt(t.inProcess.mbPerCpuSec),
      `${(t.items ?? 0).toLocaleString('en-US')} ${t.itemsLabel ?? ''}`.trim(),
    ]);
    const all = t.allCores;
    if (all) rows.push([`  all cores (${all.threads} thread${all.threads === 1 ? '' : 's'})`, fmt(all.wallSeconds), fmt(all.mbPerSec), fmt(all.cpuSeconds), fmt(all.peakRssMB, 0), '—', '—', '']);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.filter((row) => row.length > 2).map((row) => (row[i] ?? '').length)));
  const line = (row: readonly string[]) => (row.length <= 2 ? row.join('  ') : row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
  const first = widths[0]! + 2;
  const wholeWidth = widths.slice(1, 5).reduce((a, b) => a + b + 2, 0);
  const out = [
    `real text: ${r.files} files, ${fmt(r.mb)} MB (${r.dir})`,
    `${' '.repeat(first)}${'whole process (start-up included)'.padEnd(Math.max(wholeWidth, 35))}in-process extraction`,
    ...rows.map(line),
  ];
  const briefdesk = r.tools.find((t) => t.tool === 'briefdesk');
  for (const t of r.tools) {
    const allCores = t.ratios?.allCoresMbPerSec === undefined ? '' : ` (all cores ${fmt(t.ratios.allCoresMbPerSec)}×)`;
    if (t.ratios) out.push(`Briefdesk ÷ ${t.tool}: whole process MB/s ${fmt(t.ratios.wholeMbPerSec)}×${allCores}, MB per CPU-second ${fmt(t.ratios.mbPerCpuSec)}×`);
  }
  if (briefdesk?.mode === 'tsx') out.push('note: dist/ was not current, so Briefdesk ran its sources through tsx (start-up includes compiling); `npm run build` first');
  if (briefdesk?.note) out.push(`note: ${briefdesk.note}`);
  return out.join('\n');
}

/** Adds the section to the results file under `realText` (the synthetic sizes stay as they are). */
export function recordRealText(outFile: string, r: RealTextResult): void {
  let file: Record<string, unknown> = {};
  try {
    file = JSON.parse(readFileSync(outFile, 'utf8')) as Record<string, unknown>;
  } catch {
    // no results file yet
  }
  writeFileSync(outFile, `${JSON.stringify({ ...file, realText: r }, null, 2)}\n`);
}
