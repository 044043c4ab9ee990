// The store's share of an ingest, alone: `capture` runs the bench corpus of a size through the service with a
// recording store (reading, cleaning, extraction and themes as `ingestPaths` does them, nothing stored) and writes
// what the store was handed, in order, to a JSON-lines file; `replay` hands the same calls to a fresh SQLite store,
// in batches of 200 documents as the bench's folders give, and prints the store's CPU time, peak RSS and database
// size. At 1M statements a replay takes a couple of minutes instead of the bench's ten, and measures nothing but
// the store.
//
//   node bin/run-ts.js bench/store-replay.ts capture --size large [--statements N] --out FILE
//   node bin/run-ts.js bench/store-replay.ts replay --in FILE [--db FILE] [--documents N]
import { createReadStream, createWriteStream, readFileSync, rmSync, statSync, type WriteStream } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createBriefingService } from '../src/core/briefing-service.ts';
import type { CleanDocument, Speaker, Statement, ThemeTag } from '../src/core/model.ts';
import type { StatementStore } from '../src/core/store/statement-store.ts';
import { loadTaxonomyFile } from '../src/core/themes/index.ts';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../src/adapters/sqlite/index.ts';
import { keepHeapSmall } from '../src/heap.ts';
import { CorpusGenerator } from './corpus.ts';
import { loadSeedSpeakers, SIZES, type SizeName } from './harness.ts';

const [mode] = process.argv.slice(2);
const { values } = parseArgs({
  args: process.argv.slice(3),
  options: {
    size: { type: 'string', default: 'medium' },
    statements: { type: 'string' },
    seed: { type: 'string', default: 'briefdesk-1' },
    out: { type: 'string' },
    in: { type: 'string' },
    db: { type: 'string' },
    documents: { type: 'string' },
    skip: { type: 'string' },
    append: { type: 'boolean', default: false },
  },
});

/** One line of the capture: a document the store was asked to add, and the speakers saved with it. */
interface Call {
  doc: CleanDocument;
  statements: Statement[];
  themes: [string, ThemeTag[]][] | null;
  learned: Speaker[];
}

async function capture(): Promise<void> {
  const size = values.size as SizeName;
  const target = values.statements ? Number(values.statements) : SIZES[size];
  const out: WriteStream = createWriteStream(values.out ?? join(tmpdir(), `briefdesk-store-capture-${size}.jsonl`));
  const hashes = new Set<string>();
  let pending: Call | null = null;
  const flush = () => {
    if (pending) out.write(`${JSON.stringify(pending)}\n`);
    pending = null;
  };
  const recorder = {
    loadSpeakers: () => [],
    hasDocument: (hash: string, url: string | null) => hashes.has(hash) || (url !== null && hashes.has(url)),
    addDocument(doc: CleanDocument, statements: readonly Statement[], themes?: ReadonlyMap<string, readonly ThemeTag[]>) {
      flush();
      hashes.add(doc.contentHash);
      if (doc.url) hashes.add(doc.url);
      pending = { doc, statements: [...statements], themes: themes ? [...themes].map(([k, v]) => [k, [...v]]) : null, learned: [] };
      return { added: true, docId: doc.id, newStatements: statements.length, mergedStatements: 0 };
    },
    saveSpeakers(speakers: readonly Speaker[]) {
      pending?.learned.push(...speakers);
    },
  } as unknown as StatementStore;
  const gen = new CorpusGenerator({ seed: values.seed as string, seedSpeakers: loadSeedSpeakers(), expectedArticles: Math.ceil(SIZES[size] / 23) });
  const speakers = gen.registrySpeakers();
  const service = createBriefingService({ store: recorder, seedSpeakers: speakers, taxonomy: loadTaxonomyFile() });
  let statements = 0;
  let bytes = 0;
  let documents = 0;
  while (statements < target) {
    const a = gen.next();
    bytes += Buffer.byteLength(a.text);
    const path = join(tmpdir(), `briefdesk-capture-${process.pid}.txt`);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, a.text);
    const r = service.ingestPaths([path]);
    statements += r.statements;
    documents += r.documents;
    rmSync(path, { force: true });
    if (documents % 5000 === 0) process.stderr.write(`${documents} documents, ${statements} statements\n`);
  }
  flush();
  out.write(`${JSON.stringify({ speakers, bytes })}\n`);
  await new Promise((resolve) => out.end(resolve));
  process.stderr.write(`captured ${documents} documents, ${statements} statements, ${(bytes / 1e6).toFixed(1)} MB of article files\n`);
}

async function replay(): Promise<void> {
  const file = values.in as string;
  const limit = values.documents ? Number(values.documents) : Infinity;
  keepHeapSmall();
  const dbFile = values.db ?? join(tmpdir(), `briefdesk-store-replay-${process.pid}.db`);
  if (!values.append) for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbFile}${suffix}`, { force: true });
  const skip = values.skip ? Number(values.skip) : 0;
  let skipped = 0;
  const store = openSqliteStore(dbFile);
  const bySql = process.env.STORE_REPLAY_SQL ? timeStatements(dbFile) : null;
  // STORE_REPLAY_FTS="automerge=8,crisismerge=32": FTS5 settings to try (persisted in the database's FTS config).
  for (const setting of (process.env.STORE_REPLAY_FTS ?? '').split(',').filter(Boolean)) {
    const [name, value] = setting.split('=');
    const raw = new Database(dbFile);
    raw.exec(`INSERT INTO statements_fts (statements_fts, rank) VALUES ('${name}', ${Number(value)})`);
    raw.close();
  }
  const cpu = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  };
  const load0 = loadavg()[0] ?? 0;
  let storeCpu = 0;
  let peakRss = 0;
  let documents = 0;
  let statements = 0;
  let batch: Call[] = [];
  const run = () => {
    const t = cpu();
    store.batch?.(() => {
      for (const c of batch) {
        store.batch?.(() => {
          store.addDocument(c.doc, c.statements, c.themes ? new Map(c.themes) : undefined);
          if (c.learned.length > 0) store.saveSpeakers(c.learned);
        });
      }
    });
    storeCpu += cpu() - t;
    const rss = process.memoryUsage.rss();
    if (rss > peakRss) peakRss = rss;
    batch = [];
  };
  let last = Date.now();
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) {
    const c = JSON.parse(line) as Call | { speakers: Speaker[] };
    if (!('doc' in c)) continue;
    if (skipped < skip) {
      skipped++;
      continue;
    }
    if (documents >= limit) break;
    batch.push(c);
    documents++;
    statements += c.statements.length;
    if (batch.length === 200) run();
    if (Date.now() - last > 30_000) {
      last = Date.now();
      process.stderr.write(`${documents} documents, ${statements} statements, store ${storeCpu.toFixed(1)} CPU-s, rss ${(process.memoryUsage.rss() / 1e6).toFixed(0)} MB\n`);
    }
  }
  if (batch.length > 0) run();
  store.close();
  const size = (s: string) => {
    try {
      return statSync(`${dbFile}${s}`).size;
    } catch {
      return 0;
    }
  };
  const out = {
    documents,
    statements,
    storeCpuSeconds: Number(storeCpu.toFixed(2)),
    peakRssMB: Math.round(peakRss / 1e6),
    maxRssMB: Math.round((process.resourceUsage().maxRSS * 1024) / 1e6),
    dbMB: Number(((size('') + size('-wal')) / 1e6).toFixed(1)),
    load: [Number(load0.toFixed(2)), Number((loadavg()[0] ?? 0).toFixed(2))],
  };
  if (!values.db) for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbFile}${suffix}`, { force: true });
  process.stdout.write(`${JSON.stringify(out)}\n`);
  if (bySql) {
    for (const [sql, t] of [...bySql].sort((a, b) => b[1].ms - a[1].ms).slice(0, 30)) {
      process.stdout.write(`${(t.ms / 1000).toFixed(2).padStart(8)} s ${String(t.calls).padStart(9)} × ${sql.replace(/\s+/g, ' ').slice(0, 110)}\n`);
    }
  }
}

/** STORE_REPLAY_SQL=1: wall time of each prepared statement's run/get/all (transactions' BEGIN, COMMIT, SAVEPOINT too). */
function timeStatements(dbFile: string): Map<string, { ms: number; calls: number }> {
  const times = new Map<string, { ms: number; calls: number }>();
  const probe = new Database(`${dbFile}-probe`);
  const proto = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<string, (...args: unknown[]) => unknown>;
  probe.close();
  rmSync(`${dbFile}-probe`, { force: true });
  for (const name of ['run', 'get', 'all']) {
    const original = proto[name] as (...args: unknown[]) => unknown;
    proto[name] = function (this: { source: string }, ...args: unknown[]) {
      const t = process.hrtime.bigint();
      try {
        return original.apply(this, args);
      } finally {
        let entry = times.get(this.source);
        if (!entry) times.set(this.source, (entry = { ms: 0, calls: 0 }));
        entry.ms += Number(process.hrtime.bigint() - t) / 1e6;
        entry.calls++;
      }
    };
  }
  return times;
}

if (mode === 'capture') await capture();
else if (mode === 'replay') await replay();
else {
  process.stderr.write(`usage: store-replay capture|replay …\n${readFileSync(new URL(import.meta.url)).toString().split('\n').slice(6, 9).join('\n')}\n`);
  process.exit(2);
}
