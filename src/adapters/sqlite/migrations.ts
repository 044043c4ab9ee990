// Versioned schema migrations for the SQLite store, tracked with PRAGMA user_version.
// Append new versions at the end; never edit a released one (old databases replay only what they lack).
import type Database from 'better-sqlite3';
import { LATER_MIGRATIONS } from './migrations-later.ts';

export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly sql: string;
}

/** Ordered schema history. v1: core tables; v2: full-text index (rebuilt from existing rows). */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'documents, statements, sources, themes, speakers',
    sql: `
      CREATE TABLE documents (
        id           TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        url          TEXT UNIQUE,
        title        TEXT,
        outlet       TEXT,
        date         TEXT,
        path         TEXT,
        added_at     TEXT NOT NULL
      );
      CREATE INDEX documents_outlet ON documents (outlet COLLATE NOCASE);
      CREATE INDEX documents_date ON documents (date);

      CREATE TABLE statements (
        seq             INTEGER PRIMARY KEY AUTOINCREMENT,
        id              TEXT NOT NULL UNIQUE,
        speaker         TEXT,
        speaker_mention TEXT NOT NULL,
        cue             TEXT NOT NULL,
        kind            TEXT NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed')),
        text            TEXT NOT NULL,
        context         TEXT NOT NULL,
        span_start      INTEGER NOT NULL,
        span_end        INTEGER NOT NULL,
        date            TEXT,
        outlet          TEXT,
        url             TEXT,
        added_at        TEXT NOT NULL,
        first_doc_id    TEXT NOT NULL REFERENCES documents (id)
      );
      CREATE INDEX statements_speaker_date ON statements (speaker COLLATE NOCASE, date);
      CREATE INDEX statements_date ON statements (date);
      CREATE INDEX statements_first_doc ON statements (first_doc_id);

      -- One row per document carrying a statement (the same quote reported by several outlets).
      CREATE TABLE statement_sources (
        statement_seq   INTEGER NOT NULL REFERENCES statements (seq) ON DELETE CASCADE,
        doc_id          TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        span_start      INTEGER NOT NULL,
        span_end        INTEGER NOT NULL,
        speaker_mention TEXT NOT NULL,
        cue             TEXT NOT NULL,
        context         TEXT NOT NULL,
        date            TEXT,
        PRIMARY KEY (statement_seq, doc_id)
      );
      CREATE INDEX statement_sources_doc ON statement_sources (doc_id);

      CREATE TABLE statement_themes (
        statement_seq INTEGER NOT NULL REFERENCES statements (seq) ON DELETE CASCADE,
        theme         TEXT NOT NULL,
        theme_key     TEXT NOT NULL,
        score         REAL NOT NULL,
        PRIMARY KEY (statement_seq, theme_key)
      );
      CREATE INDEX statement_themes_key ON statement_themes (theme_key, statement_seq);

      CREATE TABLE speakers (
        name        TEXT PRIMARY KEY,
        kind        TEXT NOT NULL CHECK (kind IN ('person', 'institution')),
        aliases     TEXT NOT NULL DEFAULT '[]',
        roles       TEXT NOT NULL DEFAULT '[]',
        affiliation TEXT
      );
    `,
  },
  {
    version: 2,
    description: 'FTS5 index over statement text, speaker and context',
    sql: `
      CREATE VIRTUAL TABLE statements_fts USING fts5 (
        text, speaker, context,
        content = 'statements', content_rowid = 'seq',
        tokenize = 'porter unicode61 remove_diacritics 2'
      );
      -- Default ranking: speaker and text weigh more than the surrounding context.
      INSERT INTO statements_fts (statements_fts, rank) VALUES ('rank', 'bm25(4.0, 6.0, 1.0)');

      CREATE TRIGGER statements_fts_ai AFTER INSERT ON statements BEGIN
        INSERT INTO statements_fts (rowid, text, speaker, context) VALUES (new.seq, new.text, new.speaker, new.context);
      END;
      CREATE TRIGGER statements_fts_ad AFTER DELETE ON statements BEGIN
        INSERT INTO statements_fts (statements_fts, rowid, text, speaker, context)
          VALUES ('delete', old.seq, old.text, old.speaker, old.context);
      END;
      CREATE TRIGGER statements_fts_au AFTER UPDATE OF text, speaker, context ON statements BEGIN
        INSERT INTO statements_fts (statements_fts, rowid, text, speaker, context)
          VALUES ('delete', old.seq, old.text, old.speaker, old.context);
        INSERT INTO statements_fts (rowid, text, speaker, context) VALUES (new.seq, new.text, new.speaker, new.context);
      END;

      INSERT INTO statements_fts (statements_fts) VALUES ('rebuild');
    `,
  },
  {
    version: 3,
    description: 'digest: subscriptions with cursors, digest runs and their delivered parts',
    // IF NOT EXISTS: databases already at v4 before v3 existed get these tables from the subscription store.
    sql: `
      CREATE TABLE IF NOT EXISTS subscriptions (
        id                TEXT PRIMARY KEY,
        platform          TEXT NOT NULL,
        channel_id        TEXT NOT NULL,
        thread_id         TEXT NOT NULL DEFAULT '',
        time              TEXT NOT NULL,
        time_zone         TEXT NOT NULL,
        themes            TEXT NOT NULL DEFAULT '[]',
        speakers          TEXT NOT NULL DEFAULT '[]',
        when_empty        TEXT NOT NULL DEFAULT 'skip' CHECK (when_empty IN ('skip', 'say')),
        cursor_seq        INTEGER NOT NULL DEFAULT 0,
        last_slot         TEXT,
        last_delivered_at TEXT,
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL,
        UNIQUE (platform, channel_id, thread_id)
      );

      -- One digest per subscription and local day, frozen (statement range and rendered parts) before sending.
      CREATE TABLE IF NOT EXISTS digest_runs (
        id              INTEGER PRIMARY KEY AUTOINCREMENT,
        subscription_id TEXT NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
        slot            TEXT NOT NULL,
        from_seq        INTEGER NOT NULL,
        to_seq          INTEGER NOT NULL,
        statements      INTEGER NOT NULL,
        parts           TEXT NOT NULL,
        status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered')),
        created_at      TEXT NOT NULL,
        completed_at    TEXT,
        UNIQUE (subscription_id, slot)
      );
      CREATE INDEX IF NOT EXISTS digest_runs_status ON digest_runs (subscription_id, status);

      -- Each part the platform confirmed, under the idempotency key it was sent with.
      CREATE TABLE IF NOT EXISTS digest_deliveries (
        idempotency_key TEXT PRIMARY KEY,
        run_id          INTEGER NOT NULL REFERENCES digest_runs (id) ON DELETE CASCADE,
        part            INTEGER NOT NULL,
        delivered_at    TEXT NOT NULL,
        UNIQUE (run_id, part)
      );
    `,
  },
  {
    version: 4,
    description: 'feeds: followed sources with polling state, and the items already seen',
    sql: `
      CREATE TABLE feeds (
        id               INTEGER PRIMARY KEY AUTOINCREMENT,
        url              TEXT NOT NULL UNIQUE,
        name             TEXT,
        title            TEXT,
        added_at         TEXT NOT NULL,
        etag             TEXT,
        last_modified    TEXT,
        last_checked_at  TEXT,
        last_success_at  TEXT,
        last_error       TEXT,
        last_error_at    TEXT,
        failures         INTEGER NOT NULL DEFAULT 0,
        next_attempt_at  TEXT,
        last_item_error  TEXT,
        documents_added  INTEGER NOT NULL DEFAULT 0,
        statements_added INTEGER NOT NULL DEFAULT 0
      );

      -- One row per item seen in a feed; doc_id points at documents.id without a foreign key
      -- (the feed store may live on its own connection, and documents outlive removed feeds).
      CREATE TABLE feed_items (
        id            INTEGER PRIMARY KEY AUTOINCREMENT,
        feed_id       INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
        guid          TEXT,
        url           TEXT,
        content_hash  TEXT,
        doc_id        TEXT,
        title         TEXT,
        status        TEXT NOT NULL CHECK (status IN ('ingested', 'duplicate', 'failed')),
        attempts      INTEGER NOT NULL DEFAULT 1,
        note          TEXT,
        first_seen_at TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      );
      CREATE UNIQUE INDEX feed_items_guid ON feed_items (feed_id, guid) WHERE guid IS NOT NULL;
      CREATE INDEX feed_items_url ON feed_items (url) WHERE url IS NOT NULL;
      CREATE INDEX feed_items_hash ON feed_items (content_hash) WHERE content_hash IS NOT NULL;
      CREATE INDEX feed_items_feed_status ON feed_items (feed_id, status);
    `,
  },
  {
    version: 5,
    description: 'store: bulk FTS indexing (no per-row insert trigger); sources keep only a context of their own',
    // The store now indexes new statements itself with one INSERT ... SELECT per document or batch
    // (ingest.ts): the AFTER INSERT trigger made FTS5 flush its pending data once per row.
    // statement_sources.context becomes nullable: NULL means "same as statements.context" (saves ~1/3 of the file).
    sql: `
      DROP TRIGGER IF EXISTS statements_fts_ai;

      CREATE TABLE statement_sources_v5 (
        statement_seq   INTEGER NOT NULL REFERENCES statements (seq) ON DELETE CASCADE,
        doc_id          TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        span_start      INTEGER NOT NULL,
        span_end        INTEGER NOT NULL,
        speaker_mention TEXT NOT NULL,
        cue             TEXT NOT NULL,
        context         TEXT,
        date            TEXT,
        PRIMARY KEY (statement_seq, doc_id)
      );
      INSERT INTO statement_sources_v5
             (rowid, statement_seq, doc_id, span_start, span_end, speaker_mention, cue, context, date)
        SELECT ss.rowid, ss.statement_seq, ss.doc_id, ss.span_start, ss.span_end, ss.speaker_mention, ss.cue,
               CASE WHEN ss.context = s.context THEN NULL ELSE ss.context END, ss.date
          FROM statement_sources ss JOIN statements s ON s.seq = ss.statement_seq
         ORDER BY ss.rowid;
      DROP TABLE statement_sources;
      ALTER TABLE statement_sources_v5 RENAME TO statement_sources;
      CREATE INDEX statement_sources_doc ON statement_sources (doc_id);
    `,
  },
  {
    version: 6,
    description: 'store: covering index for the outlet filter',
    // from:OUTLET checks every FTS match's sources; with (id, outlet) each source costs one index probe.
    sql: `CREATE INDEX IF NOT EXISTS documents_id_outlet ON documents (id, outlet COLLATE NOCASE);`,
  },
  {
    version: 7,
    description: 'store: narrow covering index for filtered searches',
    // Filtered searches read date and speaker of every FTS match; from this index (~30 bytes a row, mostly
    // cached) instead of the wide statements rows, which made them 2-4x slower on a 1M-statement store.
    sql: `CREATE INDEX IF NOT EXISTS statements_seq_meta ON statements (seq, date, speaker);`,
  },
  {
    version: 8,
    description: 'store: outlets of every source on the statement row, in the search index',
    // from:OUTLET probed each match's sources and documents (3-4x a raw FTS query on 1M statements).
    // outlet_keys is "|key|key|" with key = ASCII-lower-cased outlet ('|' replaced by ' '), kept by the store.
    sql: `
      ALTER TABLE statements ADD COLUMN outlet_keys TEXT NOT NULL DEFAULT '';
      UPDATE statements SET outlet_keys = coalesce((
        SELECT '|' || group_concat(k, '|') || '|' FROM (
          SELECT DISTINCT lower(replace(d.outlet, '|', ' ')) AS k
            FROM statement_sources ss JOIN documents d ON d.id = ss.doc_id
           WHERE ss.statement_seq = statements.seq AND d.outlet IS NOT NULL)), '');
      DROP INDEX IF EXISTS statements_seq_meta;
      DROP INDEX IF EXISTS documents_id_outlet; -- v6: the outlet filter no longer reads documents
      CREATE INDEX statements_search_meta ON statements (seq, date, speaker, outlet_keys);
    `,
  },
  {
    version: 9,
    description: 'speakers: the role a statement gives its speaker; document text kept for re-resolving speakers',
    // speaker_role tells apart people who share a name ("Michael Howard (Conservative leader)"); text_z is the
    // cleaned text, deflated, so that `briefdesk speakers --reresolve` can repair speakers of stored documents.
    sql: `
      ALTER TABLE statements ADD COLUMN speaker_role TEXT;
      ALTER TABLE documents ADD COLUMN text_z BLOB;
    `,
  },
  ...LATER_MIGRATIONS,
];

/** Schema version this code expects. */
export const LATEST_VERSION: number = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);

/**
 * Brings the database up to the newest version, one transaction per migration (a failing step leaves the
 * previous version intact). Refuses databases written by a newer Briefdesk. Returns the resulting version.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  let current = userVersion(db);
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  if (current > latest) {
    throw new Error(`database schema version ${current} is newer than this program supports (${latest})`);
  }
  const pending = [...migrations].filter((m) => m.version > current).sort((a, b) => a.version - b.version);
  for (const m of pending) {
    if (!Number.isInteger(m.version) || m.version <= current) throw new Error(`bad migration order at ${m.version}`);
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
    current = m.version;
  }
  return current;
}

/** Current schema version of a database (0 for a new one). */
export function userVersion(db: Database.Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}
