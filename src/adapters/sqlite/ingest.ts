// The write path of the SQLite store: addDocument (one transaction, idempotent, merging repeated statements)
// and batch(). Speed matters (bulk ingest): statements are added to the FTS index with ONE statement per
// document (or per batch) instead of a trigger per row, because FTS5 flushes its pending index data at every
// statement savepoint, which made per-row indexing the dominant cost.
import { deflateRawSync } from 'node:zlib';
import type Database from 'better-sqlite3';
import { outletKey, themeKey, type AddDocumentResult, type CleanDocument, type Statement, type ThemeTag } from '../../core/index.ts';
import { CACHE_KIB, CHECKPOINT_PAGES, INGEST_CACHE_KIB, INGEST_CHECKPOINT_PAGES } from './connection.ts';
import type { RankRow } from './ranking.ts';

export interface Ingest {
  addDocument(
    doc: CleanDocument,
    statements: readonly Statement[],
    themes?: ReadonlyMap<string, readonly ThemeTag[]>,
  ): AddDocumentResult;
  batch<T>(work: () => T): T;
  /** Upserts theme tags for a stored statement (keeps the highest score per theme). */
  upsertThemes(seq: number, themes: readonly ThemeTag[]): void;
}

/** What else the store keeps about statements (ranking tables, speaker counts), told inside the same transaction. */
export interface IngestListener {
  /**
   * New statements, just added to the full-text index: their seqs and what the ranking tables read of them (as
   * stored, outlets added by later documents of the batch included: the rows are not read back).
   */
  indexed(rows: readonly RankRow[]): void;
  /** A stored statement is now also carried by an outlet (its outletKey). */
  outletAdded(seq: number, key: string): void;
}

/** Prepares the write statements once for a connection. `now` stamps added_at. */
export function createIngest(db: Database.Database, now: () => Date, listener: IngestListener): Ingest {
  const q = {
    findDoc: db.prepare<[string, string, string | null], { id: string }>(
      'SELECT id FROM documents WHERE id = ? OR content_hash = ? OR (url IS NOT NULL AND url = ?) LIMIT 1',
    ),
    insertDoc: db.prepare(
      `INSERT INTO documents (id, content_hash, url, title, outlet, date, path, added_at, text_z)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertStatement: db.prepare<unknown[]>(
      `INSERT INTO statements (id, speaker, speaker_mention, cue, kind, text, context, span_start, span_end,
                               date, outlet, url, added_at, first_doc_id, outlet_keys, speaker_role, act,
                               run_id, run_part, run_of)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO NOTHING`,
    ),
    // A statement re-reported by another outlet: that outlet's documents must find it too (see outletKey).
    addOutletKey: db.prepare<[{ key: string; seq: number }]>(
      `UPDATE statements SET outlet_keys = CASE outlet_keys WHEN '' THEN @key ELSE outlet_keys || substr(@key, 2) END
        WHERE seq = @seq AND instr(outlet_keys, @key) = 0`,
    ),
    seqById: db.prepare<[string], number>('SELECT seq FROM statements WHERE id = ?').pluck(),
    insertSource: db.prepare(
      `INSERT INTO statement_sources (statement_seq, doc_id, span_start, span_end, speaker_mention, cue, context, date)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    ),
    upsertTheme: db.prepare(
      `INSERT INTO statement_themes (statement_seq, theme, theme_key, score) VALUES (?, ?, ?, ?)
       ON CONFLICT (statement_seq, theme_key) DO UPDATE SET score = max(score, excluded.score)`,
    ),
    index: db.prepare<[string]>(
      `INSERT INTO statements_fts (rowid, text, speaker, context)
       SELECT seq, text, speaker, context FROM statements WHERE seq IN (SELECT value FROM json_each(?))`,
    ),
  };

  const upsertThemes = (seq: number, themes: readonly ThemeTag[]) => {
    for (const tag of themes) q.upsertTheme.run(seq, tag.theme, themeKey(tag.theme), tag.score);
  };

  /**
   * Stores the rows of one document; returns the result, the new statements that still need indexing and the
   * outlets it added to statements stored before it (an outlet's key for a seq).
   */
  const store = (
    doc: CleanDocument,
    statements: readonly Statement[],
    themes: ReadonlyMap<string, readonly ThemeTag[]> | undefined,
  ): { result: AddDocumentResult; fresh: RankRow[]; outlets: { seq: number; key: string }[] } => {
    const existing = q.findDoc.get(doc.id, doc.contentHash, doc.url);
    if (existing) return { result: { added: false, docId: existing.id, newStatements: 0, mergedStatements: 0 }, fresh: [], outlets: [] };
    const addedAt = now().toISOString();
    q.insertDoc.run(doc.id, doc.contentHash, doc.url, doc.title, doc.outlet, doc.date, doc.path, addedAt, deflateRawSync(doc.text, { level: 1 }));
    const fresh: RankRow[] = [];
    const freshSeqs = new Set<number>();
    const outlets: { seq: number; key: string }[] = [];
    const merged = new Set<number>();
    const key = doc.outlet === null ? null : outletKey(doc.outlet);
    for (const s of statements) {
      // run(), not RETURNING: a RETURNING clause costs a temporary table per row.
      const info = q.insertStatement.run(
        s.id, s.speaker, s.speakerMention, s.cue, s.kind, s.text, s.context, s.span[0], s.span[1],
        s.date, s.outlet, s.url, addedAt, doc.id, key ?? '', s.speakerRole ?? null, s.act ?? null,
        s.run?.id ?? null, s.run?.part ?? null, s.run?.of ?? null,
      );
      const inserted = info.changes > 0;
      const seq = inserted ? Number(info.lastInsertRowid) : q.seqById.get(s.id);
      if (seq === undefined) throw new Error(`statement ${s.id} vanished during insert`);
      if (inserted) {
        fresh.push({ seq, text: s.text, speaker: s.speaker, context: s.context, date: s.date, outletKeys: key ?? '' });
        freshSeqs.add(seq);
      } else if (!freshSeqs.has(seq)) {
        merged.add(seq);
        if (key !== null && q.addOutletKey.run({ key, seq }).changes > 0) {
          listener.outletAdded(seq, key);
          outlets.push({ seq, key });
        }
      }
      // The first source's context is the statement's own: kept once (NULL here) to keep the file small.
      q.insertSource.run(seq, doc.id, s.span[0], s.span[1], s.speakerMention, s.cue, inserted ? null : s.context, s.date);
      upsertThemes(seq, themes?.get(s.id) ?? []);
    }
    return { result: { added: true, docId: doc.id, newStatements: fresh.length, mergedStatements: merged.size }, fresh, outlets };
  };

  // Inside batch(): new statements of committed-so-far documents, indexed in one go when the batch ends (by seq).
  let pending: RankRow[] | null = null;
  const pendingBySeq = new Map<number, RankRow>();
  const indexRows = (rows: readonly RankRow[]) => {
    for (let i = 0; i < rows.length; i += 10_000) q.index.run(JSON.stringify(rows.slice(i, i + 10_000).map((r) => r.seq)));
    if (rows.length > 0) listener.indexed(rows);
  };

  const addTx = db.transaction(
    (doc: CleanDocument, statements: readonly Statement[], themes?: ReadonlyMap<string, readonly ThemeTag[]>) => {
      const stored = store(doc, statements, themes);
      if (pending === null) indexRows(stored.fresh);
      return stored;
    },
  );

  const batchTx = db.transaction((work: () => unknown) => {
    pending = [];
    try {
      const value = work();
      indexRows(pending);
      return value;
    } finally {
      pending = null;
      pendingBySeq.clear();
    }
  });

  return {
    addDocument: (doc, statements, themes) => {
      // Outside a batch this is a transaction; inside one, a savepoint (a failure undoes only this document).
      const { result, fresh, outlets } = addTx.immediate(doc, statements, themes);
      if (pending !== null) {
        for (const row of fresh) {
          pending.push(row); // no spread: a 50 MB document has ~290,000
          pendingBySeq.set(row.seq, row);
        }
        // Once the document is in (its savepoint released): what addOutletKey wrote, on the rows not yet indexed.
        for (const { seq, key } of outlets) {
          const row = pendingBySeq.get(seq);
          if (row && !row.outletKeys.includes(key)) row.outletKeys = row.outletKeys === '' ? key : row.outletKeys + key.slice(1);
        }
      }
      return result;
    },
    batch: <T>(work: () => T): T => {
      if (pending !== null) return work();
      // A larger page cache and rarer checkpoints while the batch runs (see INGEST_CACHE_KIB and
      // INGEST_CHECKPOINT_PAGES), given back afterwards, failed or not.
      db.pragma(`cache_size = -${INGEST_CACHE_KIB}`);
      if (!db.memory) db.pragma(`wal_autocheckpoint = ${INGEST_CHECKPOINT_PAGES}`);
      try {
        return batchTx.immediate(work) as T;
      } finally {
        db.pragma(`cache_size = -${CACHE_KIB}`);
        if (!db.memory) db.pragma(`wal_autocheckpoint = ${CHECKPOINT_PAGES}`);
      }
    },
    upsertThemes,
  };
}
