import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocument } from '../../src/core/ingest/index.ts';
import { createBriefingService } from '../../src/core/briefing-service.ts';
import { openSqliteStore } from '../../src/core/store/sqlite-store.ts';
import { loadTaxonomyFile } from '../../src/core/themes/index.ts';
import { CorpusGenerator } from '../corpus.ts';
import { loadSeedSpeakers } from '../harness.ts';
const dir = process.argv[2]!;
const db = '/tmp/bt/ingest-prof.db';
rmSync(db, { force: true }); rmSync(db + '-wal', { force: true }); rmSync(db + '-shm', { force: true });
const files: string[] = [];
for (const shard of readdirSync(dir).sort()) for (const f of readdirSync(join(dir, shard)).sort()) files.push(join(dir, shard, f));
const gen = new CorpusGenerator({ seed: 'briefdesk-1', seedSpeakers: loadSeedSpeakers(), expectedArticles: 435 });
const service = createBriefingService({ store: openSqliteStore(db), seedSpeakers: gen.registrySpeakers(), ...(process.env.NOTAX ? {} : { taxonomy: loadTaxonomyFile() }) });
let raw = 0; const c0 = process.cpuUsage(); const t0 = performance.now(); let st = 0;
let cl = 0, ci = 0;
for (const p of files) {
  const a = process.cpuUsage();
  const data = readFileSync(p); raw += data.length;
  const doc = loadDocument({ data, path: p });
  const b = process.cpuUsage(a);
  st += service.ingestDocument(doc).newStatements;
  const c = process.cpuUsage(a);
  cl += b.user + b.system; ci += c.user + c.system - (b.user + b.system);
}
const c = process.cpuUsage(c0);
console.log('ingest', st, 'statements', (raw / 1e6).toFixed(2), 'MB; cpu', ((c.user + c.system) / 1e6).toFixed(2), 's =', (raw / 1e6 / ((c.user + c.system) / 1e6)).toFixed(2), 'MB/cpu-s; wall', ((performance.now() - t0) / 1e3).toFixed(2), 's; load cpu', (cl/1e6).toFixed(2), 'extract+store cpu', (ci/1e6).toFixed(2));
