// `npm run bench -- --store postgres [--size medium|large|N]` (or `node bin/run-ts.js bench/postgres.ts …`): the
// PostgreSQL store at size. Ingests the bench's synthetic wire corpus (bench/corpus.ts) through the briefing
// service into PostgreSQL (DATABASE_URL, --url, or a throwaway cluster started here; a database that already holds
// the size is reused as it is), then times `/quote` for the fixed query mix (answer cache off, 40 rounds each) next
// to a raw full-text query on the same database in the same run, interleaved round by round:
// `SELECT <the shown columns> … WHERE search @@ websearch_to_tsquery(…) ORDER BY ts_rank(…) DESC LIMIT 10` with the
// query's words and phrases (not its filters); then
// the digest of the newest 10,000 statements (as the SQLite bench measures it). Times are wall-clock: the work is
// in the server, which the bench's CPU time does not see. Prints the figures and one Markdown table.
import { parseArgs } from 'node:util';
import { createPgStatementStore, openPgConnection } from '../src/adapters/postgres/index.ts';
import { createBriefingService } from '../src/core/briefing-service.ts';
import { loadDocument } from '../src/core/ingest/index.ts';
import { findPostgresBin, startCluster, type Cluster } from '../test/helpers/postgres-cluster.ts';
import { CorpusGenerator } from './corpus.ts';
import { loadSeedSpeakers, percentiles, SIZES } from './harness.ts';
import { measureDigest } from './optional.ts';

const USAGE = 'usage: npm run bench -- --store postgres [--size medium|large|N] [--url postgres://…]';
const ROUNDS = 40;

function targetOf(size: string | undefined): number {
  if (size === undefined) return SIZES.medium;
  if (size in SIZES) return SIZES[size as keyof typeof SIZES];
  const n = Number(size.replace(/_/g, ''));
  if (Number.isInteger(n) && n > 0) return n;
  throw new Error(`unknown size "${size}": tiny, small, medium (100k), large (1M) or a number of statements`);
}

let target: number;
let given: string | undefined;
try {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    options: { size: { type: 'string' }, statements: { type: 'string' }, url: { type: 'string' }, store: { type: 'string' } },
  });
  target = targetOf(values.statements ?? values.size);
  given = values.url;
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}

const wallStart = performance.now();
const cpuStart = process.cpuUsage();
let cluster: Cluster | null = null;
let url = given ?? process.env.DATABASE_URL ?? '';
if (!url) {
  const bin = findPostgresBin();
  if (!bin) throw new Error('no PostgreSQL: give --url or DATABASE_URL, or install postgresql (initdb, pg_ctl)');
  cluster = await startCluster(bin);
  url = cluster.url;
}

const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1e6;
};

try {
  const seedSpeakers = loadSeedSpeakers();
  const generator = new CorpusGenerator({ seed: 'pg-bench', seedSpeakers, expectedArticles: Math.ceil(target / 9) });
  const conn = openPgConnection(url, { timeoutMs: 600_000 });
  const store = createPgStatementStore(conn, { ownsConnection: false });
  const service = createBriefingService({ store, seedSpeakers: generator.registrySpeakers(), quoteCache: 0 });
  let statements = store.stats().statements;
  const before = statements;
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
  if (documents > 0) {
    const seconds = (performance.now() - started) / 1000;
    conn.query('ANALYZE');
    console.log(
      `ingest: ${documents} documents, ${statements - before} statements in ${seconds.toFixed(1)} s (${(documents / seconds).toFixed(0)} documents/s, ` +
        `${((statements - before) / seconds).toFixed(0)} statements/s; bench CPU ${cpuSeconds(cpu).toFixed(1)} s incl. extraction)`,
    );
  } else console.log(`ingest: skipped, the database already holds ${statements} statements`);

  const rows: string[] = [
    `| query (${store.stats().statements} statements) | /quote p50 ms | /quote p95 ms | raw FTS p95 ms | ratio p95 | hits |`,
    '|---|---|---|---|---|---|',
  ];
  for (const q of generator.queryMix()) {
    const words = service.parseQuery(q.text);
    // the query's words, its phrases as phrases (websearch syntax), without its filters
    const raw = [...words.phrases.map((p) => `"${p}"`), ...words.terms].join(' ') || q.text;
    const quote: number[] = [];
    const plain: number[] = [];
    let hits = 0;
    for (let round = 0; round < ROUNDS; round++) {
      let t = performance.now();
      hits = service.quote(q.text, { limit: 10 }).length;
      quote.push(performance.now() - t);
      t = performance.now();
      conn.query(
        `SELECT seq, speaker, text, date, outlet, url FROM statements, websearch_to_tsquery('english', $1) q WHERE search @@ q
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

  const maxSeq = conn.query<{ seq: number }>('SELECT coalesce(max(seq), 0) AS seq FROM statements').rows[0]?.seq ?? 0;
  const digest = await measureDigest(service, maxSeq, 10_000);
  console.log(
    digest.status === 'ok'
      ? `digest of the newest ${digest.statements} statements: ${digest.ms} ms wall, ${digest.cpuMs} ms bench CPU (reading them alone: ${digest.fetchMs} ms), ${digest.groups} groups`
      : `digest: ${digest.status}: ${digest.note}`,
  );
  store.close();
  conn.close();
} finally {
  cluster?.stop();
}
console.log(`bench: ${((performance.now() - wallStart) / 1000).toFixed(0)} s wall, ${cpuSeconds(cpuStart).toFixed(0)} s CPU of this process`);
