// Ingest's loop over files: documents stored in batches, one commit (and one full-text and ranking update) per
// batch instead of per document. Each document stays atomic inside its batch; a crash loses the uncommitted batch
// whole, never part of a document, and a re-run stores it. Two ways round the same loop:
// - storeFiles: each file read, extracted and stored in turn, in this thread;
// - storeFilesWith: extraction handed to an `extract` function that works elsewhere (the CLI's worker threads): this
//   thread reads a batch's files, sends off the documents not yet stored, reads the next batch while they are
//   extracted, then stores the batch in one commit. The store's contents are the same either way.
import type { CleanDocument, ExtractedDocument } from './model.ts';
import type { AddDocumentResult } from './store/statement-store.ts';
import { loadDocumentFile } from './ingest/index.ts';
import { describeError } from './describe-error.ts';

/**
 * A batch ends after this many files or this much CPU time, whichever comes first. CPU time, not wall time: on a
 * busy machine a second of wall time held a tenth of the documents, and every commit costs the same pages written
 * whatever it holds (batches of 20 documents took ~30% more store CPU than batches of 200). Three seconds, not one:
 * at ~10 ms per document one second cut batches at ~130 documents (31 batches for the 100k bench corpus instead of
 * 21; store CPU 17.6 → 16.1 s, alternated). storeFilesWith cuts by files only (its CPU clock would count the
 * extracting threads too).
 */
export const INGEST_BATCH = { files: 200, ms: 3000 } as const;

export interface IngestProblem {
  readonly path: string;
  readonly message: string;
}

/** What the loop needs from the service. */
export interface IngestSteps {
  /** Whether the document is stored already (it is then skipped, not extracted). */
  known(doc: CleanDocument): boolean;
  /** Stores one document, extracting it unless its extraction is given; skips one stored already. */
  ingest(doc: CleanDocument, extracted?: ExtractedDocument): AddDocumentResult & { readonly statements: number };
  /** Runs the work as one commit. */
  inBatch<T>(work: () => T): T;
}

export interface IngestTally {
  documents: number;
  skipped: number;
  statements: number;
  merged: number;
  noStatements: number;
}

export interface LoopOptions {
  readonly onProgress?: (done: number, total: number, path: string) => void;
  /** Milliseconds of CPU time (storeFiles' batch length). */
  readonly clock: () => number;
}

const tally = (): IngestTally => ({ documents: 0, skipped: 0, statements: 0, merged: 0, noStatements: 0 });

function count(counts: IngestTally, r: AddDocumentResult & { readonly statements: number }): void {
  if (!r.added) {
    counts.skipped++;
    return;
  }
  counts.documents++;
  counts.statements += r.newStatements;
  counts.merged += r.mergedStatements;
  if (r.statements === 0) counts.noStatements++;
}

function addTo(total: IngestTally, counts: IngestTally): void {
  for (const k of Object.keys(total) as (keyof IngestTally)[]) total[k] += counts[k];
}

/**
 * Stores one batch in one commit: `run` stores the files from `first` on and returns the index after the last one it
 * took. A file that fails is reported by `run` and the batch goes on; a commit that fails reports every file of the
 * batch as not stored. Returns where the next batch starts.
 */
function storeBatch(steps: IngestSteps, files: readonly string[], first: number, run: (failed: IngestProblem[], counts: IngestTally) => number, total: IngestTally, errors: IngestProblem[]): number {
  const counts = tally();
  const failed: IngestProblem[] = [];
  let end = first;
  try {
    steps.inBatch(() => {
      end = run(failed, counts);
    });
  } catch (err) {
    // The commit itself failed (disk full …): nothing of this batch was stored.
    for (const file of files.slice(first, Math.max(end, first + 1))) if (!failed.some((f) => f.path === file)) failed.push({ path: file, message: `not stored: ${describeError(err)}` });
    errors.push(...failed);
    return Math.max(end, first + 1);
  }
  errors.push(...failed);
  addTo(total, counts);
  return end;
}

/** Every file read, extracted and stored in this thread. */
export function storeFiles(files: readonly string[], steps: IngestSteps, o: LoopOptions): { total: IngestTally; errors: IngestProblem[] } {
  const total = tally();
  const errors: IngestProblem[] = [];
  let i = 0;
  while (i < files.length) {
    const first = i;
    const started = o.clock();
    i = storeBatch(steps, files, first, (failed, counts) => {
      for (; i < files.length && i - first < INGEST_BATCH.files && o.clock() - started < INGEST_BATCH.ms; i++) {
        const file = files[i] as string;
        try {
          count(counts, steps.ingest(loadDocumentFile(file)));
        } catch (err) {
          failed.push({ path: file, message: describeError(err) });
        }
        o.onProgress?.(i + 1, files.length, file);
      }
      return i;
    }, total, errors);
  }
  return { total, errors };
}

/** A file of a batch read ahead: its document and its extraction on the way, or why it could not be read. */
interface ReadAhead {
  readonly file: string;
  readonly doc: CleanDocument | null;
  readonly problem: string | null;
  /** null: stored already (not extracted); an Error: extraction failed; null value inside: extract here. */
  readonly extracted: Promise<ExtractedDocument | null | Error> | null;
}

function readBatch(files: readonly string[], first: number, steps: IngestSteps, extract: (doc: CleanDocument) => Promise<ExtractedDocument | null>): ReadAhead[] {
  const batch: ReadAhead[] = [];
  for (let i = first; i < files.length && i - first < INGEST_BATCH.files; i++) {
    const file = files[i] as string;
    try {
      const doc = loadDocumentFile(file);
      // (one stored by an earlier batch of this run is still caught when it is stored: ingest checks again)
      const extracted = steps.known(doc) ? null : extract(doc).catch((err: unknown) => (err instanceof Error ? err : new Error(String(err))));
      batch.push({ file, doc, problem: null, extracted });
    } catch (err) {
      batch.push({ file, doc: null, problem: describeError(err), extracted: null });
    }
  }
  return batch;
}

/**
 * Every file read here, extracted by `extract` (which resolves null for a document it leaves to this thread) and
 * stored here, in the files' order.
 */
export async function storeFilesWith(files: readonly string[], steps: IngestSteps, extract: (doc: CleanDocument) => Promise<ExtractedDocument | null>, o: LoopOptions): Promise<{ total: IngestTally; errors: IngestProblem[] }> {
  const total = tally();
  const errors: IngestProblem[] = [];
  let first = 0;
  let batch = readBatch(files, 0, steps, extract);
  while (batch.length > 0) {
    const next = readBatch(files, first + batch.length, steps, extract); // read while this batch is extracted
    const extracted = await Promise.all(batch.map((b) => b.extracted));
    const current = batch;
    // (the next batch was read from first + current.length on, whatever storeBatch returns)
    storeBatch(steps, files, first, (failed, counts) => {
      current.forEach((b, k) => {
        const got = extracted[k];
        if (b.doc === null || got instanceof Error) failed.push({ path: b.file, message: b.problem ?? (got as Error).message });
        else {
          try {
            count(counts, steps.ingest(b.doc, got ?? undefined));
          } catch (err) {
            failed.push({ path: b.file, message: describeError(err) });
          }
        }
        o.onProgress?.(first + k + 1, files.length, b.file);
      });
      return first + current.length;
    }, total, errors);
    first += current.length;
    batch = next;
  }
  return { total, errors };
}
