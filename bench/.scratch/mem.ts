import { rmSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadDocument } from '../../src/core/ingest/index.ts';
import { createBriefingService } from '../../src/core/briefing-service.ts';
import { openSqliteStore } from '../../src/core/store/sqlite-store.ts';
import { loadTaxonomyFile } from '../../src/core/themes/index.ts';
import { CorpusGenerator } from '../corpus.ts';
import { loadSeedSpeakers } from '../harness.ts';
setFlagsFromString('--expose-gc'); const gc = runInNewContext('gc') as () => void;
const db = '/tmp/bt/mem.db';
for (const x of ['', '-wal', '-shm']) rmSync(db + x, { force: true });
const target = Number(process.argv[2] ?? 60000);
const gen = new CorpusGenerator({ seed: 'briefdesk-1', seedSpeakers: loadSeedSpeakers(), expectedArticles: target / 23 });
const service = createBriefingService({ store: openSqliteStore(db), seedSpeakers: gen.registrySpeakers(), taxonomy: loadTaxonomyFile() });
let st = 0, docs = 0;
const mb = (x: number) => (x / 1e6).toFixed(0);
while (st < target) {
  const a = gen.next();
  st += service.ingestDocument(loadDocument({ data: a.text, path: a.fileName })).newStatements;
  if (++docs % 400 === 0) {
    const m0 = process.memoryUsage();
    gc();
    const m1 = process.memoryUsage();
    console.log(`${st} st: rss ${mb(m0.rss)} heapUsed ${mb(m0.heapUsed)} heapTotal ${mb(m0.heapTotal)} | after gc: rss ${mb(m1.rss)} heapUsed ${mb(m1.heapUsed)} heapTotal ${mb(m1.heapTotal)} external ${mb(m1.external)} speakers ${service.registry.all().length}`);
  }
}
