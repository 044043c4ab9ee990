// Where the ingest's CPU goes: the bench corpus of a size (generated once into a folder and kept, so that runs
// compare the same files), ingested as the bench does (folders of 200 files through ingestPaths, themes included)
// into a fresh database, with the CPU of each phase of each document measured around it: reading and cleaning the
// file, the duplicate look-up, extraction, theme tagging, the document's rows, and the batch's end (full-text index,
// ranking tables, commit). Run with `node --cpu-prof` for a profile of the same work.
//
//   node bin/run-ts.js bench/ingest-profile.ts --size medium [--statements N] [--corpus DIR] [--db FILE]
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createBriefingService } from '../src/core/briefing-service.ts';
import type { Speaker } from '../src/core/model.ts';
import { loadTaxonomyFile } from '../src/core/themes/index.ts';
import { openSqliteStore } from '../src/adapters/sqlite/index.ts';
import { keepHeapSmall } from '../src/heap.ts';
import { CorpusGenerator } from './corpus.ts';
import { loadSeedSpeakers, SIZES, type SizeName } from './harness.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'medium' },
    statements: { type: 'string' },
    corpus: { type: 'string' },
    db: { type: 'string' },
    seed: { type: 'string', default: 'briefdesk-1' },
  },
});
const size = values.size as SizeName;
const target = values.statements ? Number(values.statements) : SIZES[size];
const corpusDir = values.corpus ?? join(tmpdir(), `briefdesk-ingest-profile-${size}-${values.seed}`);
const manifest = join(corpusDir, 'manifest.json');

interface Manifest {
  files: { path: string; statements: number }[];
  speakers: Speaker[];
}

/** The corpus as the bench writes it (same generator, seed and date spread), up to `target` planned statements. */
function corpus(): Manifest {
  const have = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as Manifest) : null;
  const planned = have?.files.reduce((n, f) => n + f.statements, 0) ?? 0;
  if (have && planned >= target) return have;
  rmSync(corpusDir, { recursive: true, force: true });
  const gen = new CorpusGenerator({ seed: values.seed as string, seedSpeakers: loadSeedSpeakers(), expectedArticles: Math.ceil(SIZES[size] / 23) });
  const files: Manifest['files'] = [];
  let total = 0;
  while (total < target) {
    const a = gen.next();
    const shard = join(corpusDir, String(Math.floor(a.index / 1000)).padStart(4, '0'));
    mkdirSync(shard, { recursive: true });
    const path = join(shard, a.fileName);
    writeFileSync(path, a.text);
    files.push({ path, statements: a.plannedStatements });
    total += a.plannedStatements;
  }
  const m = { files, speakers: gen.registrySpeakers() };
  writeFileSync(manifest, JSON.stringify(m));
  return m;
}

const { files: all, speakers } = corpus();
const files: string[] = [];
let planned = 0;
for (const f of all) {
  if (planned >= target) break;
  files.push(f.path);
  planned += f.statements;
}

keepHeapSmall();
const dbFile = values.db ?? join(tmpdir(), `briefdesk-ingest-profile-${process.pid}.db`);
for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbFile}${suffix}`, { force: true });
const store = openSqliteStore(dbFile);

// Phases, by wrapping the store's methods (the service calls them in this order for each document).
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const phase: Record<string, number> = { hasDocument: 0, addDocument: 0, saveSpeakers: 0, batchEnd: 0 };
const wrap = <K extends 'hasDocument' | 'addDocument' | 'saveSpeakers'>(name: K) => {
  const original = (store[name] as (...args: unknown[]) => unknown).bind(store);
  (store as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
    const t = cpu();
    try {
      return original(...args);
    } finally {
      phase[name] = (phase[name] ?? 0) + cpu() - t;
    }
  };
};
wrap('hasDocument');
wrap('addDocument');
wrap('saveSpeakers');
const batch = store.batch?.bind(store);
let depth = 0;
if (batch) {
  store.batch = <T>(work: () => T): T => {
    if (depth > 0) return work();
    let workEnd = 0;
    const t = cpu();
    depth++;
    try {
      return batch(() => {
        try {
          return work();
        } finally {
          workEnd = cpu();
        }
      });
    } finally {
      depth--;
      phase.batchEnd = (phase.batchEnd ?? 0) + cpu() - (workEnd || t);
    }
  };
}

const service = createBriefingService({ store, seedSpeakers: speakers, taxonomy: loadTaxonomyFile() });
const load0 = loadavg()[0] ?? 0;
const bytes = files.reduce((n, f) => n + readFileSync(f).length, 0);
const c0 = cpu();
const w0 = Date.now();
let statements = 0;
let peakRss = 0;
let last = Date.now();
for (let i = 0; i < files.length; i += 200) {
  const r = service.ingestPaths(files.slice(i, i + 200), {
    onProgress: () => {
      const rss = process.memoryUsage.rss();
      if (rss > peakRss) peakRss = rss;
    },
  });
  statements += r.statements;
  if (Date.now() - last > 30_000) {
    last = Date.now();
    process.stderr.write(`${statements} statements, ${((cpu() - c0) / 1000).toFixed(1)} CPU-s, rss ${(process.memoryUsage.rss() / 1e6).toFixed(0)} MB\n`);
  }
}
const total = cpu() - c0;
const wall = (Date.now() - w0) / 1000;
const storeMs = (phase.hasDocument ?? 0) + (phase.addDocument ?? 0) + (phase.saveSpeakers ?? 0) + (phase.batchEnd ?? 0);
const out = {
  files: files.length,
  statements,
  textMB: Number((bytes / 1e6).toFixed(2)),
  cpuSeconds: Number((total / 1000).toFixed(2)),
  wallSeconds: Number(wall.toFixed(1)),
  mbPerCpuSec: Number((bytes / 1e6 / (total / 1000)).toFixed(3)),
  storeCpuSeconds: Number((storeMs / 1000).toFixed(2)),
  restCpuSeconds: Number(((total - storeMs) / 1000).toFixed(2)),
  phases: Object.fromEntries(Object.entries(phase).map(([k, v]) => [k, Number((v / 1000).toFixed(2))])),
  peakRssMB: Math.round(peakRss / 1e6),
  maxRssMB: Math.round((process.resourceUsage().maxRSS * 1024) / 1e6),
  load: [Number(load0.toFixed(2)), Number((loadavg()[0] ?? 0).toFixed(2))],
};
store.close();
if (!values.db) for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbFile}${suffix}`, { force: true });
process.stdout.write(`${JSON.stringify(out)}\n`);
