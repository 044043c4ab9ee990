// `briefdesk extract FILE… [--format jsonl|text] [--explain] [--jobs N]`: the statements found in article files,
// printed, without a database. Extraction reads the shipped speaker registry only (as the briefing service's extract
// does), so this command needs no store: it loads the extractor and the file reader alone (see extract-cli.ts).
// A batch of some size is shared out among worker threads, one per core (extraction-threads.ts); the output is the same,
// in the same order, as one thread gives, since each document is extracted on its own.
import { listInputFiles, SpeakerRegistry } from './core/extraction.ts';
import { format, options, UsageError } from './cli-base.ts';
import { tuneForBatch } from './batch-tuning.ts';
import { loadSeedSpeakers } from './seed-speakers.ts';
import { extractFile, type ExtractFormat, type ExtractJob, type FileOutput } from './extract-file.ts';
import { fileExtractionPool, jobsFor, jobsOption } from './extraction-threads.ts';
import { PoolStartError } from './worker-pool.ts';

export async function cmdExtract(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = options(args, { explain: { type: 'boolean' }, jobs: { type: 'string' } });
  if (positionals.length === 0) throw new UsageError('extract needs at least one FILE');
  const job: ExtractJob = { format: format(values.format, ['jsonl', 'text'], 'text') as ExtractFormat, explain: (values as { explain?: boolean }).explain === true };
  const given = jobsOption((values as { jobs?: string }).jobs);
  const { files, errors, bytes } = listInputFiles(positionals);
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
  const jobs = jobsFor(files.length, bytes, given);
  if (jobs <= 1) {
    for (const file of files) print(file, inThisThread(file));
  } else {
    // every file is queued at once; the results are printed in the files' order as they come
    const pool = fileExtractionPool(jobs, job);
    const results = files.map((file) =>
      pool.run({ file }).catch((err: Error): FileOutput => (err instanceof PoolStartError ? inThisThread(file) : { chunk: '', error: `${err.message}; --jobs 1 extracts in one thread` })),
    );
    for (const [i, file] of files.entries()) print(file, await (results[i] as Promise<FileOutput>));
    await pool.close();
  }
  tuning.end();
  // partial success is success (errors are on stderr); nothing readable at all is a failure
  return failed > 0 && failed >= files.length + errors.length ? 1 : 0;
}
