// Turns statement rows into StoredStatements with their sources and themes, for a whole page at once: four
// queries per page (statements, source links, their documents, themes) instead of N+1, all prepared once per
// store. Rows come back as arrays (better-sqlite3's raw mode): building a named-column object per row cost about
// as much as the rest of the read. A page of `statementsSince` is a seq range, so its sources and themes are read
// by range (no seq list to serialise), and each document's metadata once per page rather than once per link.
import type Database from 'better-sqlite3';
import type { StatementAct, StatementKind, StatementSource, StoredStatement, ThemeTag } from '../../core/index.ts';

const STATEMENT_COLUMNS = `seq, id, speaker, speaker_mention, speaker_role, act, run_id, run_part, run_of, cue, kind, text, context,
  span_start, span_end, date, outlet, url, added_at, first_doc_id`;

/** One statements row in STATEMENT_COLUMNS order. */
type StatementRow = [
  seq: number,
  id: string,
  speaker: string | null,
  speakerMention: string,
  speakerRole: string | null,
  act: StatementAct | null,
  runId: string | null,
  runPart: number | null,
  runOf: number | null,
  cue: string,
  kind: StatementKind,
  text: string,
  context: string,
  spanStart: number,
  spanEnd: number,
  date: string | null,
  outlet: string | null,
  url: string | null,
  addedAt: string,
  firstDocId: string,
];
type LinkRow = [statementSeq: number, docId: string];
type DocumentRow = [id: string, outlet: string | null, url: string | null, title: string | null, date: string | null, path: string | null];
type ThemeRow = [statementSeq: number, theme: string, score: number];

/** Loads full statements by seq, preserving the requested order (missing seqs are skipped). */
export type Hydrator = (seqs: readonly number[]) => StoredStatement[];

/** The statements with seq > afterSeq, oldest first, at most `limit` of them. */
export type PageReader = (afterSeq: number, limit: number) => StoredStatement[];

const BY_LIST = 'IN (SELECT value FROM json_each(?))';
const BY_RANGE = '> ? AND statement_seq <= ?';

/** The three companion queries (links, documents, themes) for one way of naming the statements. */
function companionQueries<P extends unknown[]>(db: Database.Database, where: string) {
  return {
    links: db.prepare<P, LinkRow>(`SELECT statement_seq, doc_id FROM statement_sources WHERE statement_seq ${where} ORDER BY statement_seq, rowid`).raw(true),
    documents: db
      .prepare<P, DocumentRow>(`SELECT id, outlet, url, title, date, path FROM documents WHERE id IN (SELECT doc_id FROM statement_sources WHERE statement_seq ${where})`)
      .raw(true),
    themes: db.prepare<P, ThemeRow>(`SELECT statement_seq, theme, score FROM statement_themes WHERE statement_seq ${where} ORDER BY statement_seq, score DESC, theme`).raw(true),
  };
}

type Companions<P extends unknown[]> = ReturnType<typeof companionQueries<P>>;

/** Sources and themes of the statements the parameters name, by seq. */
function readCompanions<P extends unknown[]>(q: Companions<P>, params: P) {
  const docs = new Map<string, DocumentRow>();
  for (const d of q.documents.all(...params)) docs.set(d[0], d);
  const links = q.links.all(...params).filter((r) => docs.has(r[1])); // as the inner join it replaces
  const sources = groupBy(links, (r): StatementSource => {
    const d = docs.get(r[1]) as DocumentRow;
    return { docId: d[0], outlet: d[1], url: d[2], title: d[3], date: d[4], path: d[5] };
  });
  const themes = groupBy(q.themes.all(...params), (r): ThemeTag => ({ theme: r[1], score: r[2] }));
  return { sources, themes };
}

/** Prepares the page-loading queries once for a store's connection. */
export function createHydrator(db: Database.Database): Hydrator {
  const statementsBySeq = db.prepare<[string], StatementRow>(`SELECT ${STATEMENT_COLUMNS} FROM statements WHERE seq ${BY_LIST}`).raw(true);
  const companions = companionQueries<[string]>(db, BY_LIST);
  return (seqs) => {
    if (seqs.length === 0) return [];
    const param = JSON.stringify(seqs);
    const { sources, themes } = readCompanions(companions, [param]);
    const rows = new Map(statementsBySeq.all(param).map((r) => [r[0], r]));
    const out: StoredStatement[] = [];
    for (const seq of seqs) {
      const r = rows.get(seq);
      if (r) out.push(toStored(r, sources.get(seq) ?? [], themes.get(seq) ?? []));
    }
    return out;
  };
}

/** Prepares the queries behind `statementsSince`: one seq range per page. */
export function createPageReader(db: Database.Database): PageReader {
  const page = db.prepare<[number, number], StatementRow>(`SELECT ${STATEMENT_COLUMNS} FROM statements WHERE seq > ? ORDER BY seq LIMIT ?`).raw(true);
  const companions = companionQueries<[number, number]>(db, BY_RANGE);
  return (afterSeq, limit) => {
    const rows = page.all(afterSeq, limit);
    const last = rows[rows.length - 1];
    if (!last) return [];
    const { sources, themes } = readCompanions(companions, [afterSeq, last[0]]);
    return rows.map((r) => toStored(r, sources.get(r[0]) ?? [], themes.get(r[0]) ?? []));
  };
}

function toStored(r: StatementRow, sources: StatementSource[], themes: ThemeTag[]): StoredStatement {
  return {
    id: r[1],
    docId: r[19],
    speaker: r[2],
    speakerMention: r[3],
    speakerRole: r[4],
    cue: r[9],
    kind: r[10],
    act: r[5] ?? 'said',
    run: r[6] !== null ? { id: r[6], part: r[7] ?? 1, of: r[8] ?? 1 } : null,
    text: r[11],
    context: r[12],
    span: [r[13], r[14]],
    date: r[15],
    outlet: r[16],
    url: r[17],
    sources,
    themes,
    seq: r[0],
    addedAt: r[18],
  };
}

function groupBy<R extends readonly [number, ...unknown[]], T>(rows: R[], map: (row: R) => T): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const row of rows) {
    const list = out.get(row[0]);
    if (list) list.push(map(row));
    else out.set(row[0], [map(row)]);
  }
  return out;
}
