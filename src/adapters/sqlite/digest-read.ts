// The digest's read (StatementStore.digestStatementsSince): a page of statements by seq range, as statementsSince
// reads it but lighter, since a digest reads 10,000 statements at a time and shows few of their parts:
// - no context, span or run columns (each column of 10,000 rows costs about as much to read as any other);
// - each document of the page becomes one StatementSource object, and the statements it alone carries share one
//   list holding it: most statements have one source, the document stored with them first (first_doc_id), so only
//   the links of statements carried by several documents are read;
// - act and kind come back as numbers, and a page's repeated values (outlet, date, time stored, cue, speaker, theme
//   tag) are kept once: what the digest holds while it works is smaller, which is most of its garbage collection.
import type Database from 'better-sqlite3';
import { STATEMENT_ACTS, type DigestStatement, type StatementAct, type StatementKind, type StatementSource, type ThemeTag } from '../../core/index.ts';

type Row = [
  seq: number,
  id: string,
  speaker: string | null,
  speakerMention: string,
  speakerRole: string | null,
  act: number | StatementAct | null,
  cue: string,
  kind: number | StatementKind,
  text: string,
  date: string | null,
  outlet: string | null,
  url: string | null,
  addedAt: string,
  firstDocId: string,
];
type DocumentRow = [id: string, outlet: string | null, url: string | null, title: string | null, date: string | null, path: string | null];
type LinkRow = [statementSeq: number, docId: string];
type ThemeRow = [statementSeq: number, theme: string, score: number];

/** The statements with seq > afterSeq, oldest first, at most `limit` of them. */
export type DigestPageReader = (afterSeq: number, limit: number) => DigestStatement[];

const RANGE = 'statement_seq > ? AND statement_seq <= ?';

// act and kind come back as their place in these lists (a number costs nothing to read; a string is made per row);
// a value not listed comes back as written.
const KINDS: readonly StatementKind[] = ['direct', 'indirect', 'mixed'];
const coded = (column: string, values: readonly string[]) =>
  `CASE ${column} ${values.map((v, i) => `WHEN '${v}' THEN ${i}`).join(' ')} ELSE ${column} END`;
const ACT_CODE = coded('act', STATEMENT_ACTS);
const KIND_CODE = coded('kind', KINDS);
const decode = <T extends string>(value: number | T | null, values: readonly T[]): T | null => (typeof value === 'number' ? (values[value] ?? null) : value);
const NONE: readonly never[] = [];

/** Prepares the page queries once for a store's connection. */
export function createDigestPageReader(db: Database.Database): DigestPageReader {
  const q = {
    statements: db
      .prepare<[number, number], Row>(
        `SELECT seq, id, speaker, speaker_mention, speaker_role, ${ACT_CODE}, cue, ${KIND_CODE}, text, date, outlet, url, added_at, first_doc_id
           FROM statements WHERE seq > ? ORDER BY seq LIMIT ?`,
      )
      .raw(true),
    documents: db
      .prepare<[number, number], DocumentRow>(`SELECT id, outlet, url, title, date, path FROM documents WHERE id IN (SELECT doc_id FROM statement_sources WHERE ${RANGE})`)
      .raw(true),
    // every link of the statements that have more than one, in the order statementsSince lists them
    sharedLinks: db
      .prepare<[number, number], LinkRow>(
        `SELECT statement_seq, doc_id FROM statement_sources
          WHERE statement_seq IN (SELECT statement_seq FROM statement_sources WHERE ${RANGE} GROUP BY statement_seq HAVING count(*) > 1)
          ORDER BY statement_seq, rowid`,
      )
      .raw(true),
    themes: db.prepare<[number, number], ThemeRow>(`SELECT statement_seq, theme, score FROM statement_themes WHERE ${RANGE} ORDER BY statement_seq, score DESC, theme`).raw(true),
  };
  return (afterSeq, limit) => {
    const rows = q.statements.all(afterSeq, limit);
    const last = rows[rows.length - 1];
    if (!last) return [];
    const range = [afterSeq, last[0]] as const;
    const alone = new Map<string, readonly StatementSource[]>();
    const documents = new Map<string, StatementSource>();
    for (const d of q.documents.all(...range)) {
      const source: StatementSource = { docId: d[0], outlet: d[1], url: d[2], title: d[3], date: d[4], path: d[5] };
      documents.set(d[0], source);
      alone.set(d[0], [source]);
    }
    const several = new Map<number, StatementSource[]>();
    for (const [seq, docId] of q.sharedLinks.all(...range)) {
      const source = documents.get(docId);
      if (!source) continue; // as statementsSince's join: a link to a missing document is no source
      const list = several.get(seq);
      if (list) list.push(source);
      else several.set(seq, [source]);
    }
    const themes = new Map<number, ThemeTag[]>();
    // one tag object per theme and score: most statements of a page share a few
    const tags = new Map<string, Map<number, ThemeTag>>();
    for (const [seq, theme, score] of q.themes.all(...range)) {
      let byScore = tags.get(theme);
      if (!byScore) tags.set(theme, (byScore = new Map()));
      let tag = byScore.get(score);
      if (!tag) byScore.set(score, (tag = { theme, score }));
      const list = themes.get(seq);
      if (list) list.push(tag);
      else themes.set(seq, [tag]);
    }
    // a value repeated on the page (outlet, date, time stored, document, cue, speaker) is kept once: the copies
    // better-sqlite3 made die young instead of living as long as the digest
    const known = new Map<string, string>();
    const once = <T extends string | null>(value: T): T => {
      if (value === null) return value;
      const seen = known.get(value);
      if (seen !== undefined) return seen as T;
      known.set(value, value);
      return value;
    };
    return rows.map(
      (r): DigestStatement => ({
        id: r[1],
        docId: once(r[13]),
        speaker: once(r[2]),
        speakerMention: r[3],
        speakerRole: once(r[4]),
        cue: once(r[6]),
        kind: decode(r[7], KINDS) as StatementKind,
        act: decode(r[5], STATEMENT_ACTS) ?? 'said',
        text: r[8],
        date: once(r[9]),
        outlet: once(r[10]),
        url: once(r[11]),
        sources: several.get(r[0]) ?? alone.get(r[13]) ?? NONE,
        themes: themes.get(r[0]) ?? NONE,
        seq: r[0],
        addedAt: once(r[12]),
      }),
    );
  };
}
