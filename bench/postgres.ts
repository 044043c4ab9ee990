// `node bin/run-ts.js bench/postgres.ts [--statements N] [--url postgres://…]`: the PostgreSQL store at size.
// Ingests the bench's synthetic wire corpus (bench/corpus.ts) through the briefing service into PostgreSQL
// (DATABASE_URL, --url, or a throwaway cluster started here), then times `/quote` for the fixed query mix (answer
// cache off, 20 rounds each) next to a raw full-text query on the same database in the same run:
// `WHERE search @@ q ORDER BY ts_rank(…) DESC LIMIT 10` with the query's words. Prints one table.
import { parseArgs } from 'node:util';
import { createPgStatementStore, openPgConnection } from '../src/adapters/postgres/index.ts';
import { createBriefingService } from '../src/core/briefing-service.ts';
import { loadDocument } from '../src/core/ingest/index.ts';
import { findPostgresBin, startCluster, type Cluster } from '../test/helpers/postgres-cluster.ts';
import { CorpusGenerator } from './corpus.ts';
import { loadSeedSpeakers, percentiles } from './harness.ts';

const { values } = parseArgs({ options: { statements: { type: 'string' }, url: { type: 'string' } } });
const target = Number(values.statements ?? 100_000);
let cluster: Cluster | null = null;
let url = values.url ?? process.env.DATABASE_URL ?? '';
if (!url) {
  const bin = findPostgresBin();
  if (!bin) throw new Error('no PostgreSQL: give --url or DATABASE_URL, or install postgresql');
  cluster = await startCluster(bin);
  url = cluster.url;
}

try {
  const seedSpeakers = loadSeedSpeakers();
  const generator = new CorpusGenerator({ seed: 'pg-bench', seedSpeakers, expectedArticles: Math.ceil(target / 9) });
  const conn = openPgConnection(url, { timeoutMs: 600_000 });
  const store = createPgStatementStore(conn, { ownsConnection: false });
  const service = createBriefingService({ store, seedSpeakers: generator.registrySpeakers(), quoteCache: 0 });
  let statements = store.stats().statements;
  let documents = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  while (statements < target) {
    store.batch(() => {
      for (let i = 0; i < 200; i++) {
        const article = generator.next();
        const r = service.ingestDocument(loadDocument({ data: Buffer.from(article.text), path: article.fileName }));
        statements += r.newStatements;
        documents += r.added ? 1 : 0;
      }
    });
  }
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = (process.cpuUsage(cpu).user + process.cpuUsage(cpu).system) / 1e6;
  conn.query('ANALYZE');
  console.log(`ingest: ${documents} documents, ${store.stats().statements} statements in ${seconds.toFixed(1)} s (${(documents / seconds).toFixed(0)} documents/s, ${(statements / seconds).toFixed(0)} statements/s; bench CPU ${cpuSeconds.toFixed(1)} s incl. extraction)`);

  const rows: string[] = ['| query | /quote p50 ms | /quote p95 ms | raw FTS p95 ms | ratio p95 | hits |', '|---|---|---|---|---|---|'];
  for (const q of generator.queryMix()) {
    const words = service.parseQuery(q.text);
    const raw = [...words.phrases, ...words.terms].join(' ') || q.text;
    const quote: number[] = [];
    const plain: number[] = [];
    let hits = 0;
    for (let round = 0; round < 20; round++) {
      let t = performance.now();
      hits = service.quote(q.text, { limit: 10 }).length;
      quote.push(performance.now() - t);
      t = performance.now();
      conn.query(
        `SELECT seq FROM statements, plainto_tsquery('english', $1) q WHERE search @@ q
          ORDER BY ts_rank('{0.1667, 0, 0.6667, 1.0}', search, q) DESC LIMIT 10`,
        [raw],
      );
      plain.push(performance.now() - t);
    }
    const a = percentiles(quote);
    const b = percentiles(plain);
    rows.push(`| \`${q.text}\` | ${a.p50.toFixed(1)} | ${a.p95.toFixed(1)} | ${b.p95.toFixed(1)} | ${(a.p95 / b.p95).toFixed(2)}× | ${hits} |`);
  }
  console.log(rows.join('\n'));
  store.close();
  conn.close();
} finally {
  cluster?.stop();
}
