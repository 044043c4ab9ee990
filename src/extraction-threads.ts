// Extraction on several cores for the batch commands: how many worker threads a batch gets, and the pool of
// extract-worker.ts threads (worker-pool.ts) that `extract` sends files to and `ingest` sends loaded documents to.
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { CleanDocument, ExtractedDocument, Speaker } from './core/extraction.ts';
import type { ExtractJob, FileOutput } from './extract-file.ts';
import { createWorkerPool, type WorkerPool } from './worker-pool.ts';

/** Most worker threads a batch command starts by itself (more are given with --jobs). */
export const MAX_AUTO_JOBS = 4;
/** Below this many bytes of input a batch runs in one thread: starting a worker costs ~0.1 CPU-s. */
export const PARALLEL_MIN_BYTES = 256 * 1024;
export const MAX_JOBS = 64;

/** What a worker is started with: extract's output options, the seed registry (default: data/speakers.json). */
export interface WorkerSetup {
  readonly job?: ExtractJob;
  readonly seedSpeakers?: readonly Speaker[];
}
export type ExtractionTask = { readonly file: string } | { readonly doc: CleanDocument };

/** --jobs read from the command line: null when not given; a usage problem as a message. */
export function parseJobs(value: string | undefined): number | null | { problem: string } {
  if (value === undefined) return null;
  const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!(n >= 1 && n <= MAX_JOBS)) return { problem: `--jobs must be a whole number from 1 to ${MAX_JOBS} (got "${value}"); --jobs 1 works in one thread` };
  return n;
}

function bytesOf(files: readonly string[]): number {
  let total = 0;
  for (const f of files) {
    try {
      total += statSync(f).size;
    } catch {
      // (a file that cannot be read is reported when it is read)
    }
  }
  return total;
}

/** The threads a batch runs on: --jobs when given, else one per core (at most MAX_AUTO_JOBS) for a large batch. */
export function jobsFor(files: readonly string[], given: number | null, cores = availableParallelism()): number {
  if (given !== null) return Math.min(given, Math.max(files.length, 1));
  if (files.length < 2 || cores < 2 || bytesOf(files) < PARALLEL_MIN_BYTES) return 1;
  return Math.min(cores, MAX_AUTO_JOBS, files.length);
}

/** The worker module next to this one, and the TypeScript loader it needs when this runs from the sources. */
function workerModule(): { url: URL; execArgv: string[] | undefined } {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return { url: new URL('./extract-worker.js', here), execArgv: undefined };
  const tsx = pathToFileURL(createRequire(here).resolve('tsx/esm')).href;
  return { url: new URL('./extract-worker.ts', here), execArgv: [...process.execArgv, '--import', tsx] };
}

/** Workers that extract files as `extract` prints them. */
export function fileExtractionPool(size: number, job: ExtractJob): WorkerPool<{ file: string }, FileOutput> {
  const { url, execArgv } = workerModule();
  return createWorkerPool({ workerUrl: url, execArgv, size, workerData: { job } satisfies WorkerSetup });
}

/** Workers that extract loaded documents for ingest, against the given seed registry. */
export function documentExtractionPool(size: number, seedSpeakers: readonly Speaker[]): WorkerPool<{ doc: CleanDocument }, ExtractedDocument> {
  const { url, execArgv } = workerModule();
  return createWorkerPool({ workerUrl: url, execArgv, size, workerData: { seedSpeakers } satisfies WorkerSetup });
}
