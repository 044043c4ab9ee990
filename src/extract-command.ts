// `briefdesk extract FILE… [--format jsonl|text] [--explain] [--jobs N]`: the statements found in article files,
// printed, without a database. Extraction reads the shipped speaker registry only (as the briefing service's extract
// does), so this command needs no store: it loads the extractor and the file reader alone (see extract-cli.ts).
// A batch of some size is shared out among worker threads, one per core (extract-pool.ts); the output is the same,
// in the same order, as one thread gives, since each document is extracted on its own.
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { listInputFiles, SpeakerRegistry } from './core/extraction.ts';
import { format, options, UsageError } from './cli-base.ts';
import { tuneForBatch } from './batch-tuning.ts';
import { loadSeedSpeakers } from './seed-speakers.ts';
import { extractFile, type ExtractFormat, type ExtractJob, type FileOutput } from './extract-file.ts';
import { runInOrder } from './extract-pool.ts';

/** Most worker threads `extract` starts by itself (more are given with --jobs). */
export const MAX_AUTO_JOBS = 4;
/** Below this many bytes of input a batch runs in one thread: starting a worker costs ~0.1 CPU-s. */
export const PARALLEL_MIN_BYTES = 256 * 1024;
const MAX_JOBS = 64;

function jobsOption(value: string | undefined): number | null {
  if (value === undefined) return null;
  const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!(n >= 1 && n <= MAX_JOBS)) throw new UsageError(`--jobs must be a whole number from 1 to ${MAX_JOBS} (got "${value}"); --jobs 1 extracts in one thread`);
  return n;
}

function bytesOf(files: readonly string[]): number {
  let total = 0;
  for (const f of files) {
    try {
      total += statSync(f).size;
    } catch {
      // (a file that cannot be read is reported when it is extracted)
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

export async function cmdExtract(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = options(args, { explain: { type: 'boolean' }, jobs: { type: 'string' } });
  if (positionals.length === 0) throw new UsageError('extract needs at least one FILE');
  const job: ExtractJob = { format: format(values.format, ['jsonl', 'text'], 'text') as ExtractFormat, explain: (values as { explain?: boolean }).explain === true };
  const given = jobsOption((values as { jobs?: string }).jobs);
  const { files, errors } = listInputFiles(positionals);
  let failed = errors.length;
  for (const e of errors) process.stderr.write(`error: ${e.path}: ${e.message}\n`);
  const tuning = tuneForBatch(); // (a one-shot batch: see batch-tuning.ts)
  let seed: SpeakerRegistry | null = null;
  const inThisThread = (file: string) => extractFile(file, job, (seed ??= new SpeakerRegistry(loadSeedSpeakers())));
  const print = (file: string, r: FileOutput) => {
    tuning.tick();
    if (r.error !== null) {
      failed++;
      process.stderr.write(`error: ${file}: ${r.error}\n`);
    } else if (r.chunk !== '') out.write(r.chunk);
  };
  const jobs = jobsFor(files, given);
  if (jobs <= 1) {
    for (const file of files) print(file, inThisThread(file));
  } else {
    const worker = workerModule();
    await runInOrder(files, {
      workerUrl: worker.url,
      execArgv: worker.execArgv,
      workerData: job,
      workers: jobs,
      failed: (_file, reason) => ({ chunk: '', error: `the worker thread extracting it stopped (${reason}); --jobs 1 extracts in one thread` }),
      inline: inThisThread,
      onResult: (i, r) => print(files[i] as string, r),
    });
  }
  tuning.end();
  // partial success is success (errors are on stderr); nothing readable at all is a failure
  return failed > 0 && failed >= files.length + errors.length ? 1 : 0;
}
