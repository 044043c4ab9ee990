// Statement rows into StoredStatements with their sources and themes, a whole page in one round trip
// (three queries sent together), in the order asked. pageOf() reads a search's page in one statement: the hits,
// each with its sources and themes as JSON, plus every part of the runs among them (so that runOf() needs no
// further round trip while that page is shown).
import type { DigestStatement, StatementAct, StatementKind, StatementSource, StoredStatement, ThemeTag } from '../../core/index.ts';
import type { Ranked } from './bounded.ts';
import type { PgConnection } from './sync-connection.ts';

export interface StatementRow {
  seq: number;
  id: string;
  speaker: string | null;
  speaker_mention: string;
  speaker_role: string | null;
  act: StatementAct | null;
  run_id: string | null;
  run_part: number | null;
  run_of: number | null;
  cue: string;
  kind: StatementKind;
  text: string;
  context: string;
  span_start: number;
  span_end: number;
  date: string | null;
  outlet: string | null;
  url: string | null;
  added_at: string;
  first_doc_id: string;
}

export interface SourceRow {
  statement_seq: number;
  doc_id: string;
  outlet: string | null;
  url: string | null;
  title: string | null;
  date: string | null;
  path: string | null;
}

export interface ThemeRow {
  statement_seq: number;
  theme: string;
  score: number;
}

const COLUMNS = ['seq', 'id', 'speaker', 'speaker_mention', 'speaker_role', 'act', 'run_id', 'run_part', 'run_of', 'cue', 'kind', 'text',
  'context', 'span_start', 'span_end', 'date', 'outlet', 'url', 'added_at', 'first_doc_id'];
const STATEMENT_COLUMNS = COLUMNS.join(', ');

/** A page row: the statement, its rank (null for a run part that is not itself a hit), sources and themes as JSON. */
interface PageRow extends StatementRow {
  rank: number | null;
  how: Ranked | null;
  sources_json: [string, string | null, string | null, string | null, string | null, string | null][];
  themes_json: [string, number][];
}

export interface Page {
  /** The hits in the search's order, with their rank. */
  readonly hits: { readonly statement: StoredStatement; readonly rank: number }[];
  /** Every part of each run a hit belongs to, by run id, in part order. */
  readonly runs: ReadonlyMap<string, StoredStatement[]>;
  /** How the hits were ranked (the hits query's `how` column; null without hits). */
  readonly how: Ranked | null;
}

const HIT_COLUMNS = COLUMNS.map((c) => `s.${c}`).join(', ');

/**
 * Reads a page in one statement. `hitsSql` selects `seq`, `rank` and `how` (Ranked) of the hits (its own ORDER BY and LIMIT);
 * `order` is the same ordering over `p.rank` and the statement columns `p.…`. The hits are joined to their rows
 * once (after the limit: ranking sorts narrow rows), and a run's parts are found by the hits' run ids, so no
 * second join back to statements is planned (planning was much of what this statement cost over the bare
 * full-text query for a rare word).
 */
export function readPage(conn: PgConnection, hitsSql: string, order: string, params: readonly unknown[]): Page {
  const sql = `WITH hits AS (SELECT ${HIT_COLUMNS}, h.rank, h.how FROM (${hitsSql}) h JOIN statements s ON s.seq = h.seq),
      page AS (SELECT * FROM hits
               UNION ALL SELECT ${HIT_COLUMNS}, NULL, NULL FROM statements s WHERE s.run_id IN (SELECT h.run_id FROM hits h WHERE h.run_of >= 2))
    SELECT p.*,
      (SELECT coalesce(json_agg(json_build_array(d.id, d.outlet, d.url, d.title, d.date, d.path) ORDER BY ss.id), '[]')
         FROM statement_sources ss JOIN documents d ON d.id = ss.doc_id WHERE ss.statement_seq = p.seq) AS sources_json,
      (SELECT coalesce(json_agg(json_build_array(t.theme, t.score) ORDER BY t.score DESC, t.theme), '[]')
         FROM statement_themes t WHERE t.statement_seq = p.seq) AS themes_json
      FROM page p
     ORDER BY p.rank IS NULL, ${order}`;
  const hits: Page['hits'][number][] = [];
  const runs = new Map<string, StoredStatement[]>();
  let how: Ranked | null = null;
  for (const r of conn.query<PageRow>(sql, params).rows) {
    how ??= r.how;
    const sources = r.sources_json.map(([docId, outlet, url, title, date, path]): StatementSource => ({ docId, outlet, url, title, date, path }));
    const statement = toStored(r, sources, r.themes_json.map(([theme, score]) => ({ theme, score })));
    if (r.rank !== null) hits.push({ statement, rank: r.rank });
    else if (r.run_id !== null) runs.set(r.run_id, [...(runs.get(r.run_id) ?? []), statement]);
  }
  for (const parts of runs.values()) parts.sort((a, b) => (a.run?.part ?? 0) - (b.run?.part ?? 0));
  return { hits, runs, how };
}

/** Loads full statements by seq, preserving the requested order (missing seqs are skipped). */
export type Hydrator = (seqs: readonly number[]) => StoredStatement[];

export function createPgHydrator(conn: PgConnection): Hydrator {
  return (seqs) => {
    if (seqs.length === 0) return [];
    const ids = [...seqs];
    const [statements, sources, themes] = conn.queries([
      {
        sql: `SELECT ${STATEMENT_COLUMNS} FROM statements WHERE seq = ANY($1::bigint[])`,
        params: [ids],
      },
      {
        sql: `SELECT ss.statement_seq, d.id AS doc_id, d.outlet, d.url, d.title, d.date, d.path
                FROM statement_sources ss JOIN documents d ON d.id = ss.doc_id
               WHERE ss.statement_seq = ANY($1::bigint[]) ORDER BY ss.statement_seq, ss.id`,
        params: [ids],
      },
      {
        sql: `SELECT statement_seq, theme, score FROM statement_themes
               WHERE statement_seq = ANY($1::bigint[]) ORDER BY statement_seq, score DESC, theme`,
        params: [ids],
      },
    ]);
    const sourcesOf = groupBy((sources?.rows ?? []) as unknown as SourceRow[], (r): StatementSource => ({
      docId: r.doc_id,
      outlet: r.outlet,
      url: r.url,
      title: r.title,
      date: r.date,
      path: r.path,
    }));
    const themesOf = groupBy((themes?.rows ?? []) as unknown as ThemeRow[], (r): ThemeTag => ({ theme: r.theme, score: r.score }));
    const rows = new Map(((statements?.rows ?? []) as unknown as StatementRow[]).map((r) => [r.seq, r]));
    const out: StoredStatement[] = [];
    for (const seq of seqs) {
      const r = rows.get(seq);
      if (r) out.push(toStored(r, sourcesOf.get(seq) ?? [], themesOf.get(seq) ?? []));
    }
    return out;
  };
}

function toStored(r: StatementRow, sources: StatementSource[], themes: ThemeTag[]): StoredStatement {
  return {
    ...toDigestStatement(r, sources, themes),
    run: r.run_id !== null ? { id: r.run_id, part: r.run_part ?? 1, of: r.run_of ?? 1 } : null,
    context: r.context,
    span: [r.span_start, r.span_end],
  };
}

/** A statement row without the columns a digest never shows (context, span, run). */
export type DigestRow = Omit<StatementRow, 'run_id' | 'run_part' | 'run_of' | 'context' | 'span_start' | 'span_end'>;

/** A statement row as the digest reads it: every field but context, span and run. */
export function toDigestStatement(r: DigestRow, sources: StatementSource[], themes: ThemeTag[]): DigestStatement {
  return {
    id: r.id,
    docId: r.first_doc_id,
    speaker: r.speaker,
    speakerMention: r.speaker_mention,
    speakerRole: r.speaker_role,
    cue: r.cue,
    kind: r.kind,
    act: r.act ?? 'said',
    text: r.text,
    date: r.date,
    outlet: r.outlet,
    url: r.url,
    sources,
    themes,
    seq: r.seq,
    addedAt: r.added_at,
  };
}

export function groupBy<R extends { statement_seq: number }, T>(rows: R[], map: (row: R) => T): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const row of rows) {
    const list = out.get(row.statement_seq);
    if (list) list.push(map(row));
    else out.set(row.statement_seq, [map(row)]);
  }
  return out;
}
