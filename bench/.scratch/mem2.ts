import { loadDocument } from '../../src/core/ingest/index.ts';
import { createBriefingService } from '../../src/core/briefing-service.ts';
import { openSqliteStore } from '../../src/core/store/sqlite-store.ts';
import { loadTaxonomyFile } from '../../src/core/themes/index.ts';
import { CorpusGenerator } from '../corpus.ts';
import { loadSeedSpeakers } from '../harness.ts';
import { rmSync } from 'node:fs';
const db = `/tmp/bt/mem2-${process.pid}.db`;
const target = Number(process.argv[2] ?? 25000);
const gen = new CorpusGenerator({ seed: 'briefdesk-1', seedSpeakers: loadSeedSpeakers(), expectedArticles: target / 23 });
const r0 = process.memoryUsage.rss();
const service = createBriefingService({ store: openSqliteStore(db), seedSpeakers: gen.registrySpeakers(), taxonomy: loadTaxonomyFile() });
let st = 0, peak = 0, cpu = 0;
while (st < target) {
  const a = gen.next();
  const c0 = process.cpuUsage();
  st += service.ingestDocument(loadDocument({ data: a.text, path: a.fileName })).newStatements;
  const c = process.cpuUsage(c0); cpu += c.user + c.system;
  peak = Math.max(peak, process.memoryUsage.rss());
}
console.log(process.env.NODE_OPTIONS ?? 'default', 'start rss', (r0 / 1e6).toFixed(0), 'peak rss', (peak / 1e6).toFixed(0), 'ingest cpu s', (cpu / 1e6).toFixed(1));
for (const x of ['', '-wal', '-shm']) rmSync(db + x, { force: true });
