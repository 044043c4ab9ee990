// The digest's read on PostgreSQL (StatementStore.digestStatementsSince): a page of statements after a cursor with
// their sources and themes, in one round trip (three queries sent together), without the context, span and run
// columns a digest never shows. Same statements, order, sources and themes as statementsSince.
import type { DigestStatement, StatementSource, ThemeTag } from '../../core/index.ts';
import { type DigestRow, groupBy, type SourceRow, type ThemeRow, toDigestStatement } from './hydrate.ts';
import type { PgConnection } from './sync-connection.ts';

/** The page's seqs, for the sources and themes queries (rows of statements added meanwhile are not asked for). */
const PAGE = 'SELECT seq FROM statements WHERE seq > $1 ORDER BY seq LIMIT $2';

/** The statements with seq > afterSeq, oldest first, at most `limit` of them. */
export function createPgDigestReader(conn: PgConnection): (afterSeq: number, limit: number) => DigestStatement[] {
  return (afterSeq, limit) => {
    const params = [afterSeq, limit];
    const [statements, sources, themes] = conn.queries([
      {
        sql: `SELECT seq, id, speaker, speaker_mention, speaker_role, act, cue, kind, text, date, outlet, url, added_at, first_doc_id
                FROM statements WHERE seq > $1 ORDER BY seq LIMIT $2`,
        params,
      },
      {
        sql: `SELECT ss.statement_seq, d.id AS doc_id, d.outlet, d.url, d.title, d.date, d.path
                FROM statement_sources ss JOIN documents d ON d.id = ss.doc_id
               WHERE ss.statement_seq IN (${PAGE}) ORDER BY ss.statement_seq, ss.id`,
        params,
      },
      {
        sql: `SELECT statement_seq, theme, score FROM statement_themes
               WHERE statement_seq IN (${PAGE}) ORDER BY statement_seq, score DESC, theme`,
        params,
      },
    ]);
    // one source object per document of the page, shared by the statements it carries
    const documents = new Map<string, StatementSource>();
    const sourcesOf = new Map<number, StatementSource[]>();
    for (const r of (sources?.rows ?? []) as unknown as SourceRow[]) {
      let source = documents.get(r.doc_id);
      if (!source) documents.set(r.doc_id, (source = { docId: r.doc_id, outlet: r.outlet, url: r.url, title: r.title, date: r.date, path: r.path }));
      const list = sourcesOf.get(r.statement_seq);
      if (list) list.push(source);
      else sourcesOf.set(r.statement_seq, [source]);
    }
    const themesOf = groupBy((themes?.rows ?? []) as unknown as ThemeRow[], (r): ThemeTag => ({ theme: r.theme, score: r.score }));
    return ((statements?.rows ?? []) as unknown as DigestRow[]).map((r) => toDigestStatement(r, sourcesOf.get(r.seq) ?? [], themesOf.get(r.seq) ?? []));
  };
}
