// The PostgreSQL half of the store comparison (store-compare.ts), run by bench.ts in a child process after the
// SQLite run of a size: `node bin/run-ts.js bench/postgres-size.ts --size S [--seed TEXT] [--pg auto|URL] --json FILE`.
// Generates the same corpus (same generator, same seed) into a temporary folder and ingests it as the SQLite run
// does (service.ingestPaths, 200 files at a time, themes included) into PostgreSQL: a throwaway cluster started
// here from the local binaries (`--pg auto`), or an empty database at `--pg URL`. Then `/quote` over the query mix
// (answer cache off), Telegram inline answers, the digest of the newest 10,000 statements and bounded ranking's
// top-10 overlap with full ranking (postgres-overlap.ts). CPU figures add the
// server's CPU (server-cpu.ts) to the bench's. Writes { figures, note } or { unreachable: why } to the JSON file.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createPgStatementStore, openPgConnection, type PgConnection } from '../src/adapters/postgres/index.ts';
import { createBriefingService } from '../src/core/briefing-service.ts';
import { loadTaxonomyFile } from '../src/core/themes/index.ts';
import { keepHeapSmall } from '../src/heap.ts';
import { findPostgresBin, startCluster, type Cluster } from '../test/helpers/postgres-cluster.ts';
import { CorpusGenerator } from './corpus.ts';
import { loadSeedSpeakers, percentiles, SIZES, type SizeName } from './harness.ts';
import { measureDigest, measureInline } from './optional.ts';
import { measurePgOverlap } from './postgres-overlap.ts';
import { postmasterOf, serverCpuSeconds } from './server-cpu.ts';
import type { PostgresOutcome, StoreFigures } from './store-compare.ts';

const MB = 1e6;
const STATEMENTS_PER_ARTICLE = 23; // as harness.ts
const cpuSeconds = (since?: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1e6;
};

/** A server to measure: a throwaway cluster (stopped afterwards) or the given URL; or why there is none. */
async function findServer(pg: string): Promise<{ url: string; cluster: Cluster | null } | { unreachable: string }> {
  if (pg !== 'auto') return { url: pg, cluster: null };
  const bin = findPostgresBin();
  if (!bin) return { unreachable: 'no PostgreSQL binaries (initdb, pg_ctl) found: install postgresql, or give --pg postgres://… (an empty database)' };
  try {
    const cluster = await startCluster(bin);
    return { url: cluster.url, cluster };
  } catch (error) {
    return { unreachable: `a throwaway cluster from ${bin} did not start: ${String((error as Error).message).split('\n')[0]}` };
  }
}

async function measure(conn: PgConnection, size: SizeName, seed: string): Promise<StoreFigures> {
  const backend = conn.query<{ pid: number }>('SELECT pg_backend_pid() AS pid').rows[0]?.pid;
  const postmaster = backend === undefined ? null : postmasterOf(backend);
  const server = () => (postmaster === null ? null : serverCpuSeconds(postmaster));
  const target = SIZES[size];
  const seedSpeakers = loadSeedSpeakers();
  const gen = new CorpusGenerator({ seed, seedSpeakers, expectedArticles: Math.ceil(target / STATEMENTS_PER_ARTICLE) });
  const store = createPgStatementStore(conn, { ownsConnection: false });
  if (store.stats().statements > 0) throw new Error('the database already holds statements: the comparison needs an empty one');
  const service = createBriefingService({ store, seedSpeakers: gen.registrySpeakers(), taxonomy: loadTaxonomyFile() });
  const dir = mkdtempSync(join(tmpdir(), `briefdesk-bench-pg-${size}-`));
  try {
    let statements = 0;
    let documents = 0;
    let bytes = 0;
    let wall = 0;
    let cpu = 0;
    let serverCpu: number | null = 0;
    let peakRss = process.memoryUsage.rss();
    let lastLog = Date.now();
    const sampleRss = () => {
      peakRss = Math.max(peakRss, process.memoryUsage.rss());
    };
    while (statements < target) {
      const chunk: string[] = [];
      const want = Math.min(200, Math.ceil((target - statements) / STATEMENTS_PER_ARTICLE) + 1);
      for (let k = 0; k < want; k++) {
        const article = gen.next();
        const shard = join(dir, String(Math.floor(article.index / 1000)).padStart(4, '0'));
        mkdirSync(shard, { recursive: true });
        writeFileSync(join(shard, article.fileName), article.text);
        chunk.push(join(shard, article.fileName));
        bytes += Buffer.byteLength(article.text);
      }
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      const s0 = server();
      const r = service.ingestPaths(chunk, { onProgress: sampleRss });
      const s1 = server();
      cpu += cpuSeconds(c0);
      wall += (performance.now() - t0) / 1000;
      serverCpu = serverCpu === null || s0 === null || s1 === null ? null : serverCpu + (s1 - s0);
      statements += r.statements;
      documents += r.documents;
      if (Date.now() - lastLog > 30_000) {
        lastLog = Date.now();
        process.stderr.write(`[${size}] PostgreSQL ingest ${((100 * statements) / target).toFixed(1)}% ${statements.toLocaleString('en-US')} statements, ${(bytes / MB / wall).toFixed(2)} MB/s\n`);
      }
    }
    conn.query('ANALYZE');
    const searching = createBriefingService({ store, seedSpeakers: gen.registrySpeakers(), quoteCache: 0 });
    const rounds = size === 'tiny' ? 10 : 40;
    const times: number[] = [];
    const q0 = process.cpuUsage();
    const qs0 = server();
    for (let round = 0; round < rounds; round++) {
      for (const q of gen.queryMix()) {
        const t = performance.now();
        searching.quote(q.text, { limit: 10 });
        times.push(performance.now() - t);
      }
    }
    const qs1 = server();
    const quoteCpu = cpuSeconds(q0) + (qs0 === null || qs1 === null ? 0 : qs1 - qs0);
    const is0 = server();
    const inline = await measureInline(service, gen.queryMix().map((q) => q.text), size === 'tiny' ? 50 : 500);
    const is1 = server();
    const maxSeq = conn.query<{ seq: number }>('SELECT coalesce(max(seq), 0) AS seq FROM statements').rows[0]?.seq ?? 0;
    const digest = await measureDigest(service, maxSeq, 10_000);
    const overlap = measurePgOverlap(conn, gen.registrySpeakers(), size === 'tiny' ? 20 : 200, seed);
    const dbBytes = Number(conn.query<{ b: string }>('SELECT pg_database_size(current_database()) AS b').rows[0]?.b ?? 0);
    const p = percentiles(times);
    const inlineCpu = inline.perCpuSec === null ? null : inline.answered / inline.perCpuSec + (is0 === null || is1 === null ? 0 : is1 - is0);
    return {
      store: 'postgres',
      statements,
      documents,
      articleMB: bytes / MB,
      ingest: { seconds: wall, mbPerSec: bytes / MB / wall, cpuSeconds: cpu, serverCpuSeconds: serverCpu, mbPerCpuSec: bytes / MB / (cpu + (serverCpu ?? 0)) },
      quote: { p50: p.p50, p95: p.p95, cpuMsMean: (quoteCpu * 1000) / times.length },
      inline: inline.perSec === null || inlineCpu === null ? null : { perSec: inline.perSec, perCpuSec: inline.answered / inlineCpu },
      digestMs: digest.ms,
      overlap: { queries: overlap.queries, overlap: overlap.overlap, bounded: overlap.bounded },
      peakRssMB: peakRss / MB,
      dbMB: dbBytes / MB,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    options: { size: { type: 'string', default: 'small' }, seed: { type: 'string', default: 'briefdesk-1' }, pg: { type: 'string', default: 'auto' }, json: { type: 'string' } },
  });
  const size = String(values.size) as SizeName;
  if (!(size in SIZES) || !values.json) throw new Error('usage: postgres-size.ts --size tiny|small|medium|large [--seed TEXT] [--pg auto|URL] --json FILE');
  keepHeapSmall(); // as the briefdesk program and the SQLite run do
  const started = Date.now();
  const load = loadavg()[0] ?? 0;
  let outcome: PostgresOutcome;
  const found = await findServer(String(values.pg));
  if ('unreachable' in found) outcome = found;
  else {
    let conn: PgConnection | null = null;
    try {
      conn = openPgConnection(found.url, { timeoutMs: 600_000 });
      const figures = await measure(conn, size, String(values.seed));
      const where = found.cluster ? 'a throwaway PostgreSQL cluster on loopback (fsync off)' : 'the PostgreSQL server given';
      outcome = { figures, note: `${where}; load average ${load.toFixed(1)} -> ${(loadavg()[0] ?? 0).toFixed(1)}; ${((Date.now() - started) / 1000).toFixed(0)} s` };
    } catch (error) {
      outcome = { unreachable: String((error as Error).message).split('\n')[0] ?? 'unknown error' };
    } finally {
      conn?.close();
      found.cluster?.stop();
    }
  }
  writeFileSync(String(values.json), `${JSON.stringify(outcome, null, 2)}\n`);
}

await main();
