// A worker thread of `briefdesk extract` on several cores (see extract-pool.ts): extracts the files it is sent, one
// message per file, each answered with that file's output. Documents are extracted independently of each other (a
// document's statements are the same alone and in any batch), so which worker reads which file changes nothing.
import { parentPort, workerData } from 'node:worker_threads';
import { SpeakerRegistry } from './core/extraction.ts';
import { extractFile, type ExtractJob } from './extract-file.ts';
import { loadSeedSpeakers } from './seed-speakers.ts';
import type { PoolTask } from './extract-pool.ts';

const port = parentPort;
if (port) {
  const job = workerData as ExtractJob;
  const seed = new SpeakerRegistry(loadSeedSpeakers());
  port.on('message', (task: PoolTask) => port.postMessage({ index: task.index, ...extractFile(task.file, job, seed) }));
  port.postMessage({ ready: true });
}
