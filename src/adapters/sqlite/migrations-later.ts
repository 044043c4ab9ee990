// The SQLite schema's later versions (10 on); migrations.ts has the earlier ones and applies them all.
import type { Migration } from './migrations.ts';

export const LATER_MIGRATIONS: readonly Migration[] = [
  {
    version: 10,
    description: 'search: term counts and champion lists for bounded ranking',
    // Bounded ranking (bounded.ts) scores a few hundred candidates instead of every match. rank_terms
    // counts the statements holding each index token (bm25's IDF without a scan); rank_top keeps, for each
    // common token, the statements where it weighs most (bm25's share of that token, quantised), best first.
    // The store fills both for statements it has not ranked yet (rank_state.ranked_to) when it opens.
    sql: `
      CREATE TABLE rank_terms (
        id     INTEGER PRIMARY KEY,
        term   TEXT NOT NULL UNIQUE,
        word   TEXT NOT NULL,
        df     INTEGER NOT NULL DEFAULT 0,
        floor  INTEGER,
        listed INTEGER NOT NULL DEFAULT 0
      );
      -- freq: the token's weighted count in the statement; len, speaker, day, sig0-3: as in rank_rows below.
      -- Enough to score and filter an entry without reading the statement.
      CREATE TABLE rank_top (
        term_id INTEGER NOT NULL,
        impact  INTEGER NOT NULL,
        seq     INTEGER NOT NULL,
        freq    INTEGER NOT NULL,
        len     INTEGER NOT NULL,
        speaker INTEGER NOT NULL,
        day     INTEGER,
        sig0    INTEGER NOT NULL,
        sig1    INTEGER NOT NULL,
        sig2    INTEGER NOT NULL,
        sig3    INTEGER NOT NULL,
        PRIMARY KEY (term_id, impact, seq)
      ) WITHOUT ROWID;
      -- Every statement's length in tokens, speaker (a hash of the ASCII-lower-cased name, 0: none), day (YYYYMMDD)
      -- and a 128-bit signature of its tokens (one bit per token, by hash): "the shortest statements of this
      -- speaker that may hold these words", read from an index without the rows.
      CREATE TABLE rank_rows (
        seq     INTEGER PRIMARY KEY,
        len     INTEGER NOT NULL,
        speaker INTEGER NOT NULL,
        day     INTEGER,
        sig0    INTEGER NOT NULL,
        sig1    INTEGER NOT NULL,
        sig2    INTEGER NOT NULL,
        sig3    INTEGER NOT NULL
      );
      CREATE INDEX rank_rows_len ON rank_rows (len, sig0, sig1, sig2, sig3, day);
      CREATE INDEX rank_rows_speaker ON rank_rows (speaker, len, sig0, sig1, sig2, sig3, day);
      -- ranked_to: the last statement counted; rows and tokens: bm25's N and total length, kept with the counts.
      CREATE TABLE rank_state (
        id        INTEGER PRIMARY KEY CHECK (id = 1),
        ranked_to INTEGER NOT NULL,
        rows      INTEGER NOT NULL,
        tokens    INTEGER NOT NULL
      );
      INSERT INTO rank_state (id, ranked_to, rows, tokens) VALUES (1, 0, 0, 0);
    `,
  },
  {
    version: 11,
    description: 'statements: what each reports (act) and the run of paragraphs it belongs to',
    // act: said, wrote, thinks, wants, found or stance (NULL in rows stored before: read as said). A speaker's run
    // of quoted paragraphs is one statement per paragraph; run_id links them, run_part/run_of place them.
    sql: `
      ALTER TABLE statements ADD COLUMN act TEXT;
      ALTER TABLE statements ADD COLUMN run_id TEXT;
      ALTER TABLE statements ADD COLUMN run_part INTEGER;
      ALTER TABLE statements ADD COLUMN run_of INTEGER;
      CREATE INDEX statements_run ON statements (run_id) WHERE run_id IS NOT NULL;
    `,
  },
  {
    version: 12,
    description: 'speakers: statements per speaker, kept at ingest',
    // /speakers, Discord autocomplete and as-you-type speaker completion read counts on every keystroke; counting
    // a million statements took seconds (a scan of the wide rows). The store adds each new statement here.
    // latest: "date \x01 role" of the speaker's latest statement giving a role (max() orders by date first).
    sql: `
      CREATE TABLE speaker_counts (
        name       TEXT PRIMARY KEY,
        statements INTEGER NOT NULL,
        latest     TEXT
      ) WITHOUT ROWID;
      INSERT INTO speaker_counts (name, statements, latest)
        SELECT speaker, count(*), max(CASE WHEN speaker_role IS NOT NULL THEN coalesce(date, '') || char(1) || speaker_role END)
          FROM statements WHERE speaker IS NOT NULL GROUP BY speaker;
    `,
  },
  {
    version: 13,
    description: 'digest: a subscription may ask for a "this period by theme" chart',
    sql: `ALTER TABLE subscriptions ADD COLUMN chart INTEGER NOT NULL DEFAULT 0 CHECK (chart IN (0, 1));`,
  },
  {
    version: 14,
    description: 'ingest: fewer index entries written at random places per statement',
    // statements_first_doc served only the re-resolving of speakers, which finds a document's statements through
    // statement_sources_doc as well. rank_rows_len ordered statements of one length by signature, which nothing reads
    // in that order (the signature is a bit test, not a range): each new statement went to a random page of it. By
    // seq, newest first, new statements go to the head of their length; the shortest statements holding some words
    // are now the newest of them at equal length.
    sql: `
      DROP INDEX IF EXISTS statements_first_doc;
      DROP INDEX IF EXISTS rank_rows_len;
      CREATE INDEX rank_rows_len ON rank_rows (len, seq DESC, sig0, sig1, sig2, sig3, day);
    `,
  },
];
