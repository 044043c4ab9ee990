// How close the PostgreSQL store's bounded ranking (src/adapters/postgres/bounded.ts) comes to ranking every match:
// queries sampled from the stored statements, in the shapes of the SQLite figure (ranking-overlap.ts: a word, two
// words, a speaker's surname and a word, a quoted phrase, a word with a date or outlet filter), each run on the same
// database by a bounded store and by one ranking every match. The figure is the mean share of full ranking's top 10
// that bounded ranking also returns (1 when both are empty).
import { createPgStatementStore, type PgConnection } from '../src/adapters/postgres/index.ts';
import { createBriefingService } from '../src/core/briefing-service.ts';
import type { Speaker } from '../src/core/model.ts';
import { sampleFromRows, type Sample, type SampleRow } from './ranking-overlap.ts';
import { Rng } from './rng.ts';

export interface PgOverlap {
  readonly queries: number;
  /** Mean |top10(bounded) ∩ top10(full)| / |top10(full)|. */
  readonly overlap: number;
  /** Pages answered from bounded candidates (the others were exact anyway, or fell back to full ranking). */
  readonly bounded: number;
  readonly byKind: Record<string, { readonly queries: number; readonly overlap: number }>;
  readonly worst: readonly { readonly text: string; readonly overlap: number }[];
}

/** Deterministic sample of query texts from the stored statements (the same shapes as the SQLite figure's). */
function sample(conn: PgConnection, count: number, seed: string): Sample[] {
  const maxSeq = Number(conn.query<{ m: string }>('SELECT coalesce(max(seq), 0) AS m FROM statements').rows[0]?.m ?? 0);
  const rowAt = (seq: number) => conn.query<SampleRow>('SELECT text, speaker, date, outlet FROM statements WHERE seq >= $1 ORDER BY seq LIMIT 1', [seq]).rows[0];
  return sampleFromRows(rowAt, maxSeq, count, new Rng(`${seed}/pg-overlap`));
}

/** Runs the sample against bounded and full ranking on the database of `conn`. */
export function measurePgOverlap(conn: PgConnection, seedSpeakers: readonly Speaker[], count = 200, seed = 'briefdesk-1'): PgOverlap {
  const samples = sample(conn, count, seed);
  const boundedStore = createPgStatementStore(conn, { ownsConnection: false });
  const fullStore = createPgStatementStore(conn, { ownsConnection: false, boundedSearch: null });
  const bounded = createBriefingService({ store: boundedStore, seedSpeakers, quoteCache: 0 });
  const full = createBriefingService({ store: fullStore, seedSpeakers, quoteCache: 0 });
  const ids = (text: string, service: typeof full) => service.quote(text, { limit: 10 }).map((h) => h.statement.id);
  const kinds = new Map<string, number[]>();
  const scored: { text: string; overlap: number }[] = [];
  for (const s of samples) {
    const top = ids(s.text, full);
    const got = new Set(ids(s.text, bounded));
    const overlap = top.length === 0 ? (got.size === 0 ? 1 : 0) : top.filter((id) => got.has(id)).length / top.length;
    scored.push({ text: s.text, overlap });
    kinds.set(s.kind, [...(kinds.get(s.kind) ?? []), overlap]);
  }
  const mean = (xs: readonly number[]) => Number((xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)).toFixed(3));
  return {
    queries: samples.length,
    overlap: mean(scored.map((s) => s.overlap)),
    bounded: boundedStore.searchCounts().bounded,
    byKind: Object.fromEntries([...kinds].map(([k, v]) => [k, { queries: v.length, overlap: mean(v) }])),
    worst: scored.sort((a, b) => a.overlap - b.overlap).slice(0, 5),
  };
}
