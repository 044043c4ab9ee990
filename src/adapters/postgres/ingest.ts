// The write path of the PostgreSQL statement store: addDocument in one transaction, idempotent by content hash
// and URL, merging a statement already stored from another outlet. Rows go in as one JSON parameter per table
// (jsonb_to_recordset), a handful of round trips per document whatever its size.
//
// Writers take one advisory lock for their transaction: statement seqs are then committed in the order they are
// handed out, which the digest cursor (statementsSince) relies on. Without it, instance B could commit seq 101
// while instance A still holds 100, and a digest read in between would skip 100 for ever.
import { deflateRawSync } from 'node:zlib';
import { outletKey, themeKey, type AddDocumentResult, type CleanDocument, type Statement, type ThemeTag } from '../../core/index.ts';
import type { PgConnection } from './sync-connection.ts';
import { asciiLower, foldDiacritics, searchVector } from './text-search.ts';

/** Key of the advisory lock that orders statement writes (any constant shared by every instance). */
export const WRITE_LOCK = 0x62727731; // 'brw1'

export interface PgIngest {
  addDocument(doc: CleanDocument, statements: readonly Statement[], themes?: ReadonlyMap<string, readonly ThemeTag[]>): AddDocumentResult;
  /** Upserts theme tags for stored statements (keeps the highest score per theme). */
  upsertThemes(tags: readonly { seq: number; theme: string; score: number }[]): void;
}

export function createPgIngest(conn: PgConnection, now: () => Date): PgIngest {
  const upsertThemes = (tags: readonly { seq: number; theme: string; score: number }[]) => {
    // one row per statement and theme key, best score: ON CONFLICT may not touch a row twice in one statement
    const best = new Map<string, { seq: number; theme: string; key: string; score: number }>();
    for (const t of tags) {
      const key = themeKey(t.theme);
      const k = `${t.seq}\u0000${key}`;
      const seen = best.get(k);
      if (!seen || t.score > seen.score) best.set(k, { seq: t.seq, theme: t.theme, key, score: t.score });
    }
    if (best.size === 0) return;
    conn.query(
      `INSERT INTO statement_themes (statement_seq, theme, theme_key, score)
       SELECT seq, theme, key, score FROM jsonb_to_recordset($1::jsonb) AS t(seq bigint, theme text, key text, score float8)
       ON CONFLICT (statement_seq, theme_key) DO UPDATE SET score = greatest(statement_themes.score, excluded.score)`,
      [JSON.stringify([...best.values()])],
    );
  };

  const store = (doc: CleanDocument, statements: readonly Statement[], themes?: ReadonlyMap<string, readonly ThemeTag[]>): AddDocumentResult => {
    const known = (): AddDocumentResult | null => {
      const { rows } = conn.query<{ id: string }>(
        'SELECT id FROM documents WHERE id = $1 OR content_hash = $2 OR (url IS NOT NULL AND url = $3) LIMIT 1',
        [doc.id, doc.contentHash, doc.url],
      );
      return rows[0] ? { added: false, docId: rows[0].id, newStatements: 0, mergedStatements: 0 } : null;
    };
    const before = known();
    if (before) return before;
    const addedAt = now().toISOString();
    const inserted = conn.query(
      `INSERT INTO documents (id, content_hash, url, title, outlet, date, path, added_at, text_z)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING`,
      [doc.id, doc.contentHash, doc.url, doc.title, doc.outlet, doc.date, doc.path, addedAt, deflateRawSync(doc.text, { level: 1 })],
    );
    // another instance stored it between the look-up and the insert
    if (inserted.rowCount === 0) return known() ?? { added: false, docId: doc.id, newStatements: 0, mergedStatements: 0 };
    const key = doc.outlet === null ? null : outletKey(doc.outlet);
    const rows = statements.map((s, ord) => ({
      ord,
      id: s.id, speaker: s.speaker, speaker_key: s.speaker === null ? null : asciiLower(s.speaker), speaker_mention: s.speakerMention,
      speaker_role: s.speakerRole ?? null, cue: s.cue, kind: s.kind, act: s.act ?? null, run_id: s.run?.id ?? null,
      run_part: s.run?.part ?? null, run_of: s.run?.of ?? null, text: s.text, context: s.context, span_start: s.span[0],
      span_end: s.span[1], date: s.date, outlet: s.outlet, url: s.url, ftext: foldDiacritics(s.text),
      fspeaker: s.speaker === null ? null : foldDiacritics(s.speaker), fcontext: foldDiacritics(s.context),
    }));
    const fresh = conn.query<{ seq: number; id: string }>(
      `INSERT INTO statements (id, speaker, speaker_key, speaker_mention, speaker_role, cue, kind, act, run_id, run_part, run_of,
                               text, context, span_start, span_end, date, outlet, url, added_at, first_doc_id, outlet_keys, search)
       SELECT id, speaker, speaker_key, speaker_mention, speaker_role, cue, kind, act, run_id, run_part, run_of,
              text, context, span_start, span_end, date, outlet, url, $2, $3, $4, ${searchVector('ftext', 'fspeaker', 'fcontext')}
         FROM jsonb_to_recordset($1::jsonb) AS r(ord int, id text, speaker text, speaker_key text, speaker_mention text,
              speaker_role text, cue text, kind text, act text, run_id text, run_part int, run_of int, text text, context text,
              span_start int, span_end int, date text, outlet text, url text, ftext text, fspeaker text, fcontext text)
        ORDER BY ord
       ON CONFLICT (id) DO NOTHING RETURNING seq, id`,
      [JSON.stringify(rows), addedAt, doc.id, key ?? ''],
    ).rows;
    const freshIds = new Set(fresh.map((r) => r.id));
    const seqOf = new Map(fresh.map((r) => [r.id, r.seq]));
    const others = [...new Set(statements.map((s) => s.id).filter((id) => !freshIds.has(id)))];
    if (others.length > 0) {
      for (const r of conn.query<{ seq: number; id: string }>('SELECT seq, id FROM statements WHERE id = ANY($1::text[])', [others]).rows) {
        seqOf.set(r.id, r.seq);
      }
    }
    const merged = others.map((id) => seqOf.get(id)).filter((seq): seq is number => seq !== undefined);
    if (merged.length !== others.length) throw new Error('a statement vanished during insert');
    if (key !== null && merged.length > 0) {
      // a statement re-reported by another outlet: that outlet's filter must find it too
      conn.query(
        `UPDATE statements SET outlet_keys = CASE outlet_keys WHEN '' THEN $1 ELSE outlet_keys || substr($1, 2) END
          WHERE seq = ANY($2::bigint[]) AND strpos(outlet_keys, $1) = 0`,
        [key, merged],
      );
    }
    const sources = statements.map((s, ord) => ({
      ord, seq: seqOf.get(s.id), span_start: s.span[0], span_end: s.span[1], speaker_mention: s.speakerMention, cue: s.cue,
      // the first source's context is the statement's own: kept once
      context: freshIds.has(s.id) ? null : s.context, date: s.date,
    }));
    if (sources.length > 0) {
      conn.query(
        `INSERT INTO statement_sources (statement_seq, doc_id, span_start, span_end, speaker_mention, cue, context, date)
         SELECT seq, $2, span_start, span_end, speaker_mention, cue, context, date
           FROM jsonb_to_recordset($1::jsonb) AS r(ord int, seq bigint, span_start int, span_end int, speaker_mention text, cue text,
                context text, date text)
          ORDER BY ord
         ON CONFLICT DO NOTHING`,
        [JSON.stringify(sources), doc.id],
      );
    }
    const tags = statements.flatMap((s) => (themes?.get(s.id) ?? []).map((t) => ({ seq: seqOf.get(s.id) ?? 0, theme: t.theme, score: t.score })));
    upsertThemes(tags);
    return { added: true, docId: doc.id, newStatements: fresh.length, mergedStatements: merged.length };
  };

  return {
    addDocument: (doc, statements, themes) =>
      conn.transaction(() => {
        conn.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
        return store(doc, statements, themes);
      }),
    upsertThemes,
  };
}
