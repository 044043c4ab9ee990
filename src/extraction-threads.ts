// Extraction on several cores for the batch commands: how many worker threads a batch gets, and the pool of
// extract-worker.ts threads (worker-pool.ts) that `extract` sends files to and `ingest` sends loaded documents to.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { CleanDocument, ExtractedDocument } from './core/extraction.ts';
import { UsageError } from './cli-base.ts';
import type { ExtractJob, FileOutput } from './extract-file.ts';
import { createWorkerPool, type WorkerPool } from './worker-pool.ts';

/** Most worker threads a batch command starts by itself (more are given with --jobs). */
export const MAX_AUTO_JOBS = 4;
/** Below this many bytes of input a batch runs in one thread: starting a worker costs ~0.1 CPU-s. */
export const PARALLEL_MIN_BYTES = 256 * 1024;
export const MAX_JOBS = 64;

/** What a worker is started with: extract's output options (the seed registry is data/speakers.json, as the CLI's). */
export interface WorkerSetup {
  readonly job?: ExtractJob;
}
export type ExtractionTask = { readonly file: string } | { readonly doc: CleanDocument };

/** --jobs from the command line (null: not given); anything but a whole number from 1 to MAX_JOBS is a usage error. */
export function jobsOption(value: string | undefined): number | null {
  if (value === undefined) return null;
  const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!(n >= 1 && n <= MAX_JOBS)) throw new UsageError(`--jobs must be a whole number from 1 to ${MAX_JOBS} (got "${value}"); --jobs 1 works in one thread`);
  return n;
}

/**
 * The threads a batch of `count` files and `bytes` bytes (as listInputFiles lists them) runs on: --jobs when given,
 * else one per core (at most MAX_AUTO_JOBS) for a large batch.
 */
export function jobsFor(count: number, bytes: number, given: number | null, cores = availableParallelism()): number {
  if (given !== null) return Math.min(given, Math.max(count, 1));
  if (count < 2 || cores < 2 || bytes < PARALLEL_MIN_BYTES) return 1;
  return Math.min(cores, MAX_AUTO_JOBS, count);
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

/** Workers that extract loaded documents for ingest. */
export function documentExtractionPool(size: number): WorkerPool<{ doc: CleanDocument }, ExtractedDocument> {
  const { url, execArgv } = workerModule();
  return createWorkerPool({ workerUrl: url, execArgv, size, workerData: {} satisfies WorkerSetup });
}
