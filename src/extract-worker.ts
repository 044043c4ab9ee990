// A worker thread of `briefdesk extract` and `briefdesk ingest` on several cores (see extraction-threads.ts). It is
// sent either a file, answered with that file's printed output (extract), or a loaded document, answered with its
// statements and the people it named (ingest). Documents are extracted independently of each other (a document's
// statements are the same alone and in any batch), so which worker reads which file changes nothing.
import { parentPort, workerData } from 'node:worker_threads';
import { extractWithSpeakers, SpeakerRegistry, type CleanDocument } from './core/extraction.ts';
import { extractFile, type ExtractJob } from './extract-file.ts';
import { loadSeedSpeakers } from './seed-speakers.ts';
import { workerLoop } from './worker-pool.ts';
import type { ExtractionTask, WorkerSetup } from './extraction-threads.ts';

const port = parentPort;
if (port) {
  const setup = (workerData ?? {}) as WorkerSetup;
  const seed = new SpeakerRegistry(loadSeedSpeakers());
  const job: ExtractJob = setup.job ?? { format: 'jsonl', explain: false };
  workerLoop(port, (task: ExtractionTask) => {
    if ('file' in task) return extractFile(task.file, job, seed);
    const { statements, learned } = extractWithSpeakers(task.doc as CleanDocument, seed);
    return { statements, learned };
  });
}
