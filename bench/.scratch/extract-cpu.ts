import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocument } from '../../src/core/ingest/index.ts';
import { extractStatements } from '../../src/core/extract/extract.ts';
import { SpeakerRegistry } from '../../src/core/extract/speakers.ts';
import { CorpusGenerator } from '../corpus.ts';
import { loadSeedSpeakers } from '../harness.ts';
const dir = process.argv[2]!;
const files: string[] = [];
for (const shard of readdirSync(dir).sort()) for (const f of readdirSync(join(dir, shard)).sort()) files.push(join(dir, shard, f));
const gen = new CorpusGenerator({ seed: 'briefdesk-1', seedSpeakers: loadSeedSpeakers(), expectedArticles: 435 });
let t = performance.now(); const c0 = process.cpuUsage();
const docs = files.map((p) => loadDocument({ data: readFileSync(p), path: p }));
let c = process.cpuUsage(c0);
const bytes = docs.reduce((a, d) => a + Buffer.byteLength(d.text), 0);
const raw = files.reduce((a, p) => a + readFileSync(p).length, 0);
console.log('load: cpu', ((c.user + c.system) / 1000).toFixed(0), 'ms', (raw / 1e6 / ((c.user + c.system) / 1e6)).toFixed(2), 'MB/cpu-s');
const reg = new SpeakerRegistry(gen.registrySpeakers());
for (let pass = 0; pass < 3; pass++) {
  const c1 = process.cpuUsage(); t = performance.now(); let n = 0;
  for (const d of docs) n += extractStatements(d, reg).length;
  c = process.cpuUsage(c1);
  console.log('extract pass', pass, 'cpu', ((c.user + c.system) / 1000).toFixed(0), 'ms', (bytes / 1e6 / ((c.user + c.system) / 1e6)).toFixed(2), 'MB/cpu-s', (bytes / 1e6 / ((performance.now() - t) / 1e3)).toFixed(2), 'MB/wall-s', n);
}
