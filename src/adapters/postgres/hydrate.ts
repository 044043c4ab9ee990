// Statement rows into StoredStatements with their sources and themes, a whole page in one round trip
// (three queries sent together), in the order asked.
import type { StatementAct, StatementKind, StatementSource, StoredStatement, ThemeTag } from '../../core/index.ts';
import type { PgConnection } from './sync-connection.ts';

interface StatementRow {
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

interface SourceRow {
  statement_seq: number;
  doc_id: string;
  outlet: string | null;
  url: string | null;
  title: string | null;
  date: string | null;
  path: string | null;
}

interface ThemeRow {
  statement_seq: number;
  theme: string;
  score: number;
}

/** Loads full statements by seq, preserving the requested order (missing seqs are skipped). */
export type Hydrator = (seqs: readonly number[]) => StoredStatement[];

export function createPgHydrator(conn: PgConnection): Hydrator {
  return (seqs) => {
    if (seqs.length === 0) return [];
    const ids = [...seqs];
    const [statements, sources, themes] = conn.queries([
      {
        sql: `SELECT seq, id, speaker, speaker_mention, speaker_role, act, run_id, run_part, run_of, cue, kind, text, context,
                     span_start, span_end, date, outlet, url, added_at, first_doc_id
                FROM statements WHERE seq = ANY($1::bigint[])`,
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
    id: r.id,
    docId: r.first_doc_id,
    speaker: r.speaker,
    speakerMention: r.speaker_mention,
    speakerRole: r.speaker_role,
    cue: r.cue,
    kind: r.kind,
    act: r.act ?? 'said',
    run: r.run_id !== null ? { id: r.run_id, part: r.run_part ?? 1, of: r.run_of ?? 1 } : null,
    text: r.text,
    context: r.context,
    span: [r.span_start, r.span_end],
    date: r.date,
    outlet: r.outlet,
    url: r.url,
    sources,
    themes,
    seq: r.seq,
    addedAt: r.added_at,
  };
}

function groupBy<R extends { statement_seq: number }, T>(rows: R[], map: (row: R) => T): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const row of rows) {
    const list = out.get(row.statement_seq);
    if (list) list.push(map(row));
    else out.set(row.statement_seq, [map(row)]);
  }
  return out;
}
