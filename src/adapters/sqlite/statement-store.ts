// SQLite implementation of the StatementStore port (better-sqlite3, FTS5).
// The read side; writes live in ingest.ts, search in search.ts, the connection's set-up in connection.ts.
import { inflateRawSync } from 'node:zlib';
import { toRoles, type CleanDocument, type SpeakerChange, type Speaker, type StatementStore, type StoreStats, type ThemeTag } from '../../core/index.ts';
import { openSqliteDatabase, setUpConnection, type SqliteDatabase } from './connection.ts';
import { createDigestPageReader } from './digest-read.ts';
import { createHydrator, createPageReader } from './hydrate.ts';
import { createIngest } from './ingest.ts';
import type { BoundedOptions } from './bounded.ts';
import { createRankingIndex, type RankingLimits } from './ranking.ts';
import { createSearcher, type SearchCounts } from './search.ts';
import { createSpeakerCounts } from './speaker-counts.ts';
import { createDayCounter } from './trend.ts';

/** Optional knobs, mainly for tests. */
export interface SqliteStoreOptions {
  /** Clock for added_at timestamps. */
  readonly now?: () => Date;
  /** Receives SqliteErrors that search() swallowed (default: ignore). Tests rethrow to prove none happen. */
  readonly onSearchError?: (error: unknown) => void;
  /** Search fast path (default true); tests turn it off to compare results with the plain SQL path. */
  readonly fastSearch?: boolean;
  /**
   * Bounded ranking for searches whose full ranking would be slow (default on, see bounded.ts): false
   * ranks every match (the bench's reference), an object tunes it (tests make it kick in on small stores).
   */
  readonly boundedSearch?: boolean | BoundedOptions;
  /** When words get champion lists and how long they are (tests use small ones). */
  readonly rankingLimits?: RankingLimits;
}

interface SpeakerRow {
  name: string;
  kind: 'person' | 'institution';
  aliases: string;
  roles: string;
  affiliation: string | null;
}

/** The SQLite store always supports batch(). */
export interface SqliteStatementStore extends StatementStore {
  batch<T>(work: () => T): T;
  /** How many match rankings this connection bounded and how many ranked every match (bench, tests). */
  searchCounts(): SearchCounts;
}

/** Opens (creating if needed) a database file, including its parent directory. ':memory:' works too. */
export function openSqliteStore(file: string, options: SqliteStoreOptions = {}): SqliteStatementStore {
  const db = openSqliteDatabase(file);
  try {
    return buildSqliteStore(db, options, () => db.close());
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Wraps an open connection: sets pragmas, migrates the schema, prepares statements. close() closes the db. */
export function createSqliteStore(db: SqliteDatabase, options: SqliteStoreOptions = {}): SqliteStatementStore {
  setUpConnection(db);
  return buildSqliteStore(db, options, () => db.close());
}

/** The store on a connection that is set up (connection.ts); close() calls `release`. */
export function buildSqliteStore(db: SqliteDatabase, options: SqliteStoreOptions, release: () => void): SqliteStatementStore {
  const now = options.now ?? (() => new Date());
  const ranking = createRankingIndex(db, options.rankingLimits);
  // Databases written before the ranking tables existed (or by an older Briefdesk) are ranked now, once.
  ranking.catchUp();

  const q = {
    seqById: db.prepare<[string], number>('SELECT seq FROM statements WHERE id = ?').pluck(),
    deleteThemes: db.prepare('DELETE FROM statement_themes WHERE statement_seq = ?'),
    hasDoc: db.prepare<[string, string | null], number>(
      'SELECT EXISTS (SELECT 1 FROM documents WHERE content_hash = ? OR (url IS NOT NULL AND url = ?))',
    ).pluck(),
    documents: db.prepare<[], { id: string; content_hash: string; url: string | null; title: string | null; outlet: string | null; date: string | null; path: string | null; text_z: Buffer | null }>(
      'SELECT id, content_hash, url, title, outlet, date, path, text_z FROM documents ORDER BY rowid',
    ),
    reattribute: db.prepare<[{ speaker: string | null; role: string | null; doc: string; start: number; end: number }], { seq: number; speaker: string | null }>(
      `UPDATE statements SET speaker = @speaker, speaker_role = @role
        WHERE seq IN (SELECT statement_seq FROM statement_sources WHERE doc_id = @doc)
          AND first_doc_id = @doc AND span_start = @start AND span_end = @end
          AND (speaker IS NOT @speaker OR speaker_role IS NOT @role)
       RETURNING seq, speaker`,
    ),
    upsertSpeaker: db.prepare(
      `INSERT INTO speakers (name, kind, aliases, roles, affiliation) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, aliases = excluded.aliases,
         roles = excluded.roles, affiliation = excluded.affiliation`,
    ),
    loadSpeakers: db.prepare<[], SpeakerRow>('SELECT name, kind, aliases, roles, affiliation FROM speakers ORDER BY name'),
    counts: db.prepare<[], { documents: number; statements: number; speakers: number; firstDate: string | null; lastDate: string | null }>(
      `SELECT (SELECT count(*) FROM documents) AS documents,
              (SELECT count(*) FROM statements) AS statements,
              (SELECT count(DISTINCT speaker) FROM statements) AS speakers,
              (SELECT min(date) FROM documents) AS firstDate,
              (SELECT max(date) FROM documents) AS lastDate`,
    ),
    outlets: db.prepare<[], { outlet: string; documents: number }>(
      `SELECT outlet, count(*) AS documents FROM documents WHERE outlet IS NOT NULL
       GROUP BY outlet ORDER BY documents DESC, outlet`,
    ),
  };
  // stats() scans whole tables (~0.3 s on 1M statements) and chat autocomplete calls it per keystroke: keep the
  // last answer until this connection adds a document or another one commits (speaker counts: see their module).
  let localWrites = 0;
  // A prepared statement: db.pragma() prepares one per call, which cost more than a cached answer saves.
  const dataVersionOf = db.prepare<[], number>('PRAGMA data_version').pluck();
  const dataVersion = () => `${String(dataVersionOf.get())}:${localWrites}`;
  const speakerCounts = createSpeakerCounts(db, dataVersion);
  // New statements join the full-text index, then the ranking tables and speaker counts, in one transaction.
  const ingest = createIngest(db, now, {
    indexed(rows) {
      ranking.add(rows);
      speakerCounts.add(rows.map((r) => r.seq));
    },
    outletAdded: (seq, key) => ranking.addOutlet(seq, key),
  });
  const reattribute = db.transaction((changes: readonly SpeakerChange[]): number => {
    const changed: number[] = [];
    for (const c of changes) {
      for (const r of q.reattribute.all({ speaker: c.speaker, role: c.speakerRole, doc: c.docId, start: c.span[0], end: c.span[1] })) changed.push(r.seq);
    }
    ranking.respeak(changed); // champion lists filter by speaker
    speakerCounts.recount();
    localWrites++;
    return changed.length;
  });
  const cachedStats = memoUntil(dataVersion, (): StoreStats => {
    const c = q.counts.get();
    return {
      documents: c?.documents ?? 0,
      statements: c?.statements ?? 0,
      speakers: c?.speakers ?? 0,
      outlets: q.outlets.all(),
      firstDate: c?.firstDate ?? null,
      lastDate: c?.lastDate ?? null,
    };
  });
  const hydrate = createHydrator(db);
  const readPage = createPageReader(db);
  const readDigestPage = createDigestPageReader(db);
  const runSeqs = db.prepare<[string], number>('SELECT seq FROM statements WHERE run_id = ? ORDER BY run_part LIMIT 200').pluck();
  const boundedOptions = options.boundedSearch ?? true;
  const search = createSearcher(db, hydrate, {
    onError: options.onSearchError,
    fastPath: options.fastSearch,
    bounded: boundedOptions === false ? null : { ranking, options: boundedOptions === true ? {} : boundedOptions },
  });

  const saveSpeakers = db.transaction((speakers: readonly Speaker[]) => {
    for (const sp of speakers) {
      q.upsertSpeaker.run(sp.name, sp.kind, JSON.stringify(sp.aliases), JSON.stringify(sp.roles), sp.affiliation ?? null);
    }
  });

  const setThemes = db.transaction((statementId: string, themes: readonly ThemeTag[]) => {
    const seq = q.seqById.get(statementId);
    if (seq === undefined) return;
    q.deleteThemes.run(seq);
    ingest.upsertThemes(seq, themes);
  });

  return {
    addDocument: (doc, statements, themes) => {
      localWrites++;
      return ingest.addDocument(doc, statements, themes);
    },
    batch: ingest.batch,
    hasDocument: (contentHash, url) => q.hasDoc.get(contentHash, url) === 1,
    search,
    searchCounts: search.counts,
    countByDay: createDayCounter(db),
    statementsSince: (afterSeq, limit = 1000) => readPage(afterSeq, Math.max(0, Math.floor(limit))),
    digestStatementsSince: (afterSeq, limit = 1000) => readDigestPage(afterSeq, Math.max(0, Math.floor(limit))),
    getStatement: (id) => {
      const seq = q.seqById.get(id);
      return seq === undefined ? null : (hydrate([seq])[0] ?? null);
    },
    runOf: (runId) => hydrate(runSeqs.all(runId)).sort((a, b) => (a.run?.part ?? 0) - (b.run?.part ?? 0)),
    speakerCounts: () => speakerCounts.counts().map((c) => ({ ...c })),
    saveSpeakers: (speakers) => saveSpeakers.immediate(speakers),
    loadSpeakers: () =>
      q.loadSpeakers.all().map((r): Speaker => ({
        name: r.name,
        kind: r.kind,
        aliases: parseStringArray(r.aliases),
        roles: toRoles(safeJson(r.roles)),
        affiliation: r.affiliation,
      })),
    setThemes: (statementId, themes) => {
      localWrites++;
      setThemes.immediate(statementId, themes);
    },
    dataVersion,
    *documents() {
      for (const r of q.documents.iterate()) {
        const text = r.text_z ? inflateRawSync(r.text_z).toString('utf8') : '';
        const doc: CleanDocument = { id: r.id, contentHash: r.content_hash, text, title: r.title, outlet: r.outlet, url: r.url, date: r.date, path: r.path };
        yield { doc, textKept: r.text_z !== null };
      }
    },
    reattribute: (changes) => reattribute.immediate(changes),
    stats: (): StoreStats => {
      const st = cachedStats();
      return { ...st, outlets: st.outlets.map((o) => ({ ...o })) };
    },
    close: () => {
      if (db.open) release();
    },
  };
}

/** Memoises `compute` until `version()` changes. */
function memoUntil<T>(version: () => string, compute: () => T): () => T {
  let seen: string | null = null;
  let value: T | undefined;
  return () => {
    const v = version();
    if (v !== seen || value === undefined) {
      value = compute();
      seen = v;
    }
    return value;
  };
}

function parseStringArray(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return [];
  }
}
