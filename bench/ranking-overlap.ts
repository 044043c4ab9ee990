// How close bounded ranking comes to full ranking: 200 queries sampled from the stored statements (a word, two
// words, a speaker's surname and a word, a quoted phrase, a word with a date or outlet filter — the shapes people
// type), each run twice on the same database: once as the store answers (bounded ranking where it applies) and
// once ranking every match. The figure is the mean share of full ranking's top 10 that bounded ranking also
// returns in its top 10 (1 when both are empty), with the latency of both.
import Database from 'better-sqlite3';
import { createBriefingService } from '../src/core/briefing-service.ts';
import type { Speaker } from '../src/core/model.ts';
import { STOP_WORDS } from '../src/core/query/stop-words.ts';
import { openSqliteStore } from '../src/adapters/sqlite/index.ts';
import { percentiles, type Percentiles } from './harness.ts';
import { Rng } from './rng.ts';

export interface OverlapResult {
  readonly queries: number;
  /** Mean |top10(bounded) ∩ top10(full)| / |top10(full)|. */
  readonly overlap: number;
  /** Queries whose two top 10s hold the same statements. */
  readonly identical: number;
  /** Queries answered by bounded ranking (the others were cheap enough to rank fully anyway). */
  readonly bounded: number;
  readonly byKind: Record<string, { readonly queries: number; readonly overlap: number }>;
  /** CPU ms per query. */
  readonly boundedCpu: Percentiles;
  readonly fullCpu: Percentiles;
  /** The worst queries, for reading. */
  readonly worst: readonly { readonly text: string; readonly overlap: number }[];
}

export interface Sample {
  readonly kind: string;
  readonly text: string;
}

/** One stored statement, as the query sample reads it. */
export interface SampleRow {
  readonly text: string;
  readonly speaker: string | null;
  readonly date: string | null;
  readonly outlet: string | null;
}

const WORD = /[\p{L}][\p{L}'’-]*[\p{L}]/gu;

/** Content words of a text: no stop words, no short words, no digits. */
function contentWords(text: string): string[] {
  return [...text.matchAll(WORD)].map((m) => m[0]).filter((w) => w.length >= 4 && !STOP_WORDS.has(w.toLowerCase()));
}

/**
 * Deterministic query sample from a store's own statements (`rowAt(seq)`: the first statement at or after `seq`): a
 * word, two words, a speaker's surname and a word, a quoted phrase, a word with a date or outlet filter. Both stores'
 * overlap figures use it, so they measure the same shapes of query.
 */
export function sampleFromRows(rowAt: (seq: number) => SampleRow | undefined, maxSeq: number, count: number, rng: Rng): Sample[] {
  const out: Sample[] = [];
  for (let tries = 0; out.length < count && tries < count * 20; tries++) {
    const r = rowAt(1 + rng.int(Math.max(1, maxSeq)));
    if (!r) continue;
    const words = contentWords(r.text);
    if (words.length < 2) continue;
    const pick = () => words[rng.int(words.length)] as string;
    const roll = rng.next();
    const surname = r.speaker?.split(/\s+/).pop() ?? null;
    if (roll < 0.3) out.push({ kind: 'word', text: pick() });
    else if (roll < 0.5) out.push({ kind: 'two words', text: `${pick()} ${pick()}` });
    else if (roll < 0.75 && surname && /^\p{Lu}/u.test(surname)) out.push({ kind: 'speaker + word', text: `${surname} ${pick()}` });
    else if (roll < 0.85) {
      const i = rng.int(words.length - 1);
      out.push({ kind: 'phrase', text: `"${words[i]} ${words[i + 1]}"` });
    } else if (r.date) out.push({ kind: 'filtered', text: `${pick()} since:${r.date.slice(0, 4)}` });
    else if (r.outlet) out.push({ kind: 'filtered', text: `${pick()} from:${r.outlet.split(/\s+/)[0]}` });
  }
  return out;
}

/** Deterministic query sample from the SQLite store's own statements. */
export function sampleQueries(dbFile: string, count: number, seed: string): Sample[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    const maxSeq = Number(db.prepare('SELECT coalesce(max(seq), 0) FROM statements').pluck().get());
    const row = db.prepare<[number], SampleRow>('SELECT text, speaker, date, outlet FROM statements WHERE seq >= ? ORDER BY seq LIMIT 1');
    return sampleFromRows((seq) => row.get(seq), maxSeq, count, new Rng(`${seed}/overlap`));
  } finally {
    db.close();
  }
}

/** Runs the sample against bounded and full ranking on the same database file. */
export function measureOverlap(dbFile: string, seedSpeakers: readonly Speaker[], count = 200, seed = 'briefdesk-1'): OverlapResult {
  const samples = sampleQueries(dbFile, count, seed);
  const boundedStore = openSqliteStore(dbFile);
  const fullStore = openSqliteStore(dbFile, { boundedSearch: false });
  try {
    // No answer cache: each timing is a search.
    const bounded = createBriefingService({ store: boundedStore, seedSpeakers, quoteCache: 0 });
    const full = createBriefingService({ store: fullStore, seedSpeakers, quoteCache: 0 });
    const cpu = (fn: () => unknown): [unknown, number] => {
      const c0 = process.cpuUsage();
      const value = fn();
      const c = process.cpuUsage(c0);
      return [value, (c.user + c.system) / 1000];
    };
    const ids = (hits: unknown) => (hits as { statement: { id: string } }[]).map((h) => h.statement.id);
    for (const s of samples.slice(0, 10)) {
      bounded.quote(s.text, { limit: 10 });
      full.quote(s.text, { limit: 10 });
    }
    const before = boundedStore.searchCounts().bounded;
    const kinds = new Map<string, number[]>();
    const all: number[] = [];
    const timesBounded: number[] = [];
    const timesFull: number[] = [];
    const scored: { text: string; overlap: number }[] = [];
    let identical = 0;
    for (const s of samples) {
      const [b, tb] = cpu(() => bounded.quote(s.text, { limit: 10 }));
      const [f, tf] = cpu(() => full.quote(s.text, { limit: 10 }));
      timesBounded.push(tb);
      timesFull.push(tf);
      const top = ids(f);
      const got = new Set(ids(b));
      const overlap = top.length === 0 ? (got.size === 0 ? 1 : 0) : top.filter((id) => got.has(id)).length / top.length;
      if (overlap === 1 && got.size === top.length) identical++;
      all.push(overlap);
      scored.push({ text: s.text, overlap });
      kinds.set(s.kind, [...(kinds.get(s.kind) ?? []), overlap]);
    }
    const mean = (xs: readonly number[]) => Number((xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)).toFixed(3));
    return {
      queries: samples.length,
      overlap: mean(all),
      identical,
      bounded: boundedStore.searchCounts().bounded - before,
      byKind: Object.fromEntries([...kinds].map(([k, v]) => [k, { queries: v.length, overlap: mean(v) }])),
      boundedCpu: percentiles(timesBounded),
      fullCpu: percentiles(timesFull),
      worst: scored.sort((a, b) => a.overlap - b.overlap).slice(0, 5),
    };
  } finally {
    boundedStore.close();
    fullStore.close();
  }
}
