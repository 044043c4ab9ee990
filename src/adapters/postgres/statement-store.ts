// PostgreSQL implementation of the StatementStore port: many Briefdesk instances on one database. Same answers as
// the SQLite store on the contract suite (test/core/store/store-contract.ts); writes in ingest.ts, search in
// search.ts, schema in migrations.ts.
import { inflateRawSync } from 'node:zlib';
import { toRoles, type CleanDocument, type Speaker, type SpeakerCount, type StatementStore, type StoredStatement, type StoreStats } from '../../core/index.ts';
import type { PgBoundedOptions } from './bounded.ts';
import { createPgDigestReader } from './digest-read.ts';
import { createPgHydrator } from './hydrate.ts';
import { createPgIngest } from './ingest.ts';
import { migratePostgres } from './migrations.ts';
import { createPgDayCounter, createPgSearcher, type PgSearchCounts } from './search.ts';
import type { PgConnection } from './sync-connection.ts';
import { asciiLower, foldDiacritics, withSpeaker } from './text-search.ts';

export interface PgStoreOptions {
  /** Clock for added_at timestamps. */
  readonly now?: () => Date;
  /** Receives PostgreSQL errors that search() swallowed (default: ignore). Tests rethrow them. */
  readonly onSearchError?: (error: unknown) => void;
  /** Bounded ranking's knobs (bounded.ts); null ranks every match of every query. */
  readonly boundedSearch?: PgBoundedOptions | null;
  /** close() also closes the connection (default true: the store was given a connection of its own). */
  readonly ownsConnection?: boolean;
}

/** How long the runs read with a page answer runOf() (the service asks at once; later asks read afresh). */
const RECENT_RUNS_MS = 2000;

/** The PostgreSQL store always supports batch(). */
export interface PgStatementStore extends StatementStore {
  batch<T>(work: () => T): T;
  /** How many pages bounded ranking answered and how many ranked every match, since the store was made. */
  searchCounts(): PgSearchCounts;
}

interface SpeakerRow {
  name: string;
  kind: 'person' | 'institution';
  aliases: unknown;
  roles: unknown;
  affiliation: string | null;
}

/** Builds the store on a connection: migrates the schema (once per database, whichever instance comes first). */
export function createPgStatementStore(conn: PgConnection, options: PgStoreOptions = {}): PgStatementStore {
  migratePostgres(conn);
  const ingest = createPgIngest(conn, options.now ?? (() => new Date()));
  const hydrate = createPgHydrator(conn);
  const readDigestPage = createPgDigestReader(conn);
  // Every committed change bumps store_changes (after the commit: a reader never caches old answers under a new
  // version); local writes also count, so this instance sees its own changes at once.
  let localWrites = 0;
  let changedInTransaction = false;
  const bump = () => {
    try {
      conn.query("SELECT nextval('store_changes')");
    } catch {
      // other instances see the change at the next bump; this one counts its own writes (localWrites)
    }
  };
  const write = <T>(work: () => T): T => {
    localWrites++;
    if (conn.inTransaction) {
      changedInTransaction = true;
      return work();
    }
    try {
      return conn.transaction(work);
    } finally {
      bump();
    }
  };
  const dataVersion = () => `${String(conn.query<{ v: number }>('SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS v FROM store_changes').rows[0]?.v)}:${localWrites}`;
  // the runs of the last page searched: the service asks runOf() for each hit that is part of one, right after
  let lastRuns: { readonly runs: ReadonlyMap<string, StoredStatement[]>; readonly writes: number; readonly at: number } | null = null;
  const search = createPgSearcher(conn, {
    onError: options.onSearchError,
    bounded: options.boundedSearch,
    onRuns: (runs) => {
      lastRuns = { runs, writes: localWrites, at: Date.now() };
    },
  });
  const recentRun = (runId: string): StoredStatement[] | null => {
    const recent = lastRuns !== null && lastRuns.writes === localWrites && Date.now() - lastRuns.at < RECENT_RUNS_MS ? lastRuns.runs.get(runId) : undefined;
    return recent ? [...recent] : null;
  };

  const memo = <T>(compute: () => T): (() => T) => {
    let seen: string | null = null;
    let value: T | undefined;
    return () => {
      const v = dataVersion();
      if (v !== seen || value === undefined) {
        value = compute();
        seen = v;
      }
      return value;
    };
  };

  const speakerCounts = memo((): SpeakerCount[] =>
    conn
      .query<{ name: string; statements: number; latest: string | null }>(
        `SELECT speaker AS name, count(*)::int AS statements,
                max(CASE WHEN speaker_role IS NOT NULL THEN coalesce(date, '') || chr(1) || speaker_role END COLLATE "C") AS latest
           FROM statements WHERE speaker IS NOT NULL GROUP BY speaker ORDER BY statements DESC, name`,
      )
      .rows.map((r) => (r.latest ? { name: r.name, statements: r.statements, role: r.latest.split('\u0001')[1] ?? null } : { name: r.name, statements: r.statements })),
  );
  const stats = memo((): StoreStats => {
    const [counts, outlets] = conn.queries([
      {
        sql: `SELECT (SELECT count(*) FROM documents)::int AS documents, (SELECT count(*) FROM statements)::int AS statements,
                     (SELECT count(DISTINCT speaker) FROM statements)::int AS speakers,
                     (SELECT min(date) FROM documents) AS "firstDate", (SELECT max(date) FROM documents) AS "lastDate"`,
      },
      {
        sql: `SELECT outlet, count(*)::int AS documents FROM documents WHERE outlet IS NOT NULL
               GROUP BY outlet ORDER BY documents DESC, outlet`,
      },
    ]);
    const c = (counts?.rows[0] ?? {}) as Partial<Omit<StoreStats, 'outlets'>>;
    return {
      documents: c.documents ?? 0,
      statements: c.statements ?? 0,
      speakers: c.speakers ?? 0,
      outlets: (outlets?.rows ?? []) as unknown as { outlet: string; documents: number }[],
      firstDate: c.firstDate ?? null,
      lastDate: c.lastDate ?? null,
    };
  });

  const seqOf = (id: string): number | undefined => conn.query<{ seq: number }>('SELECT seq FROM statements WHERE id = $1', [id]).rows[0]?.seq;

  return {
    addDocument: (doc, statements, themes) => write(() => ingest.addDocument(doc, statements, themes)),
    batch: <T>(work: () => T): T => {
      if (conn.inTransaction) return work();
      changedInTransaction = false;
      try {
        return conn.transaction(work);
      } finally {
        if (changedInTransaction) bump();
      }
    },
    hasDocument: (contentHash, url) =>
      conn.query('SELECT 1 FROM documents WHERE content_hash = $1 OR (url IS NOT NULL AND url = $2) LIMIT 1', [contentHash, url]).rows.length > 0,
    search,
    searchCounts: () => search.counts(),
    countByDay: createPgDayCounter(conn),
    statementsSince: (afterSeq, limit = 1000) =>
      hydrate(
        conn.query<{ seq: number }>('SELECT seq FROM statements WHERE seq > $1 ORDER BY seq LIMIT $2', [afterSeq, Math.max(0, Math.floor(limit))]).rows.map((r) => r.seq),
      ),
    digestStatementsSince: (afterSeq, limit = 1000) => readDigestPage(afterSeq, Math.max(0, Math.floor(limit))),
    getStatement: (id) => {
      const seq = seqOf(id);
      return seq === undefined ? null : (hydrate([seq])[0] ?? null);
    },
    runOf: (runId) =>
      recentRun(runId) ??
      hydrate(conn.query<{ seq: number }>('SELECT seq FROM statements WHERE run_id = $1 ORDER BY run_part LIMIT 200', [runId]).rows.map((r) => r.seq)).sort(
        (a, b) => (a.run?.part ?? 0) - (b.run?.part ?? 0),
      ),
    speakerCounts: () => speakerCounts().map((c) => ({ ...c })),
    saveSpeakers: (speakers) => {
      const byName = new Map(speakers.map((s) => [s.name, s])); // the last one wins, as successive upserts would
      if (byName.size === 0) return;
      const rows = [...byName.values()].map((s) => ({ name: s.name, kind: s.kind, aliases: s.aliases, roles: s.roles, affiliation: s.affiliation ?? null }));
      conn.query(
        `INSERT INTO speakers (name, kind, aliases, roles, affiliation)
         SELECT name, kind, aliases, roles, affiliation
           FROM jsonb_to_recordset($1::jsonb) AS r(name text, kind text, aliases jsonb, roles jsonb, affiliation text)
         ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, aliases = excluded.aliases, roles = excluded.roles,
           affiliation = excluded.affiliation`,
        [JSON.stringify(rows)],
      );
    },
    loadSpeakers: () =>
      conn.query<SpeakerRow>('SELECT name, kind, aliases, roles, affiliation FROM speakers ORDER BY name').rows.map((r): Speaker => ({
        name: r.name,
        kind: r.kind,
        aliases: Array.isArray(r.aliases) ? r.aliases.filter((a): a is string => typeof a === 'string') : [],
        roles: toRoles(r.roles),
        affiliation: r.affiliation,
      })),
    setThemes: (statementId, themes) =>
      write(() => {
        const seq = seqOf(statementId);
        if (seq === undefined) return;
        conn.query('DELETE FROM statement_themes WHERE statement_seq = $1', [seq]);
        ingest.upsertThemes(themes.map((t) => ({ seq, theme: t.theme, score: t.score })));
      }),
    dataVersion,
    *documents() {
      for (let after = 0; ; ) {
        const { rows } = conn.query<{ seq: number; id: string; content_hash: string; url: string | null; title: string | null; outlet: string | null; date: string | null; path: string | null; text_z: Uint8Array | null }>(
          'SELECT seq, id, content_hash, url, title, outlet, date, path, text_z FROM documents WHERE seq > $1 ORDER BY seq LIMIT 200',
          [after],
        );
        for (const r of rows) {
          const text = r.text_z ? inflateRawSync(r.text_z).toString('utf8') : '';
          const doc: CleanDocument = { id: r.id, contentHash: r.content_hash, text, title: r.title, outlet: r.outlet, url: r.url, date: r.date, path: r.path };
          yield { doc, textKept: r.text_z !== null };
          after = r.seq;
        }
        if (rows.length < 200) return;
      }
    },
    reattribute: (changes) =>
      write(() => {
        if (changes.length === 0) return 0;
        const rows = changes.map((c) => ({
          doc: c.docId, span_start: c.span[0], span_end: c.span[1], speaker: c.speaker, role: c.speakerRole,
          key: c.speaker === null ? null : asciiLower(c.speaker), fspeaker: c.speaker === null ? null : foldDiacritics(c.speaker),
        }));
        return conn.query(
          `UPDATE statements s SET speaker = c.speaker, speaker_role = c.role, speaker_key = c.key,
                  search = ${withSpeaker('s.search', 'c.fspeaker')}
             FROM jsonb_to_recordset($1::jsonb) AS c(doc text, span_start int, span_end int, speaker text, role text, key text, fspeaker text)
            WHERE s.first_doc_id = c.doc AND s.span_start = c.span_start AND s.span_end = c.span_end
              AND (s.speaker IS DISTINCT FROM c.speaker OR s.speaker_role IS DISTINCT FROM c.role)
           RETURNING s.seq`,
          [JSON.stringify(rows)],
        ).rowCount;
      }),
    stats: (): StoreStats => {
      const st = stats();
      return { ...st, outlets: st.outlets.map((o) => ({ ...o })) };
    },
    close: () => {
      if (options.ownsConnection ?? true) conn.close();
    },
  };
}
