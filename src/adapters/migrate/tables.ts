// What `briefdesk migrate` copies, table by table, in an order that keeps foreign keys satisfied: the SQLite
// columns read, the PostgreSQL columns written (with their types, for jsonb_to_recordset), how a row is paged
// (a rising integer key) and how a copy is resumed (the same key's largest value already in PostgreSQL).
import { foldDiacritics, asciiLower, searchVector } from '../postgres/index.ts';

export interface TableCopy {
  readonly table: string;
  /** SQLite expression paged by (a rising integer: rowid, seq, id). */
  readonly key: string;
  /** PostgreSQL column holding the same key (resume from its maximum); null: page from the start, duplicates skipped. */
  readonly resumeFrom: string | null;
  /** SQLite select list, aliased to the PostgreSQL column names. */
  readonly select: string;
  /** PostgreSQL columns and their types, in jsonb_to_recordset order. */
  readonly columns: readonly (readonly [name: string, type: string])[];
  /** PostgreSQL expressions for columns computed from the row's fields (default: the field itself). */
  readonly computed?: Readonly<Record<string, string>>;
  /** The row's fields and types as sent (default: columns). */
  readonly fields?: readonly (readonly [name: string, type: string])[];
  /** Extra fields computed in JavaScript for `computed` expressions. */
  readonly extra?: (row: Record<string, unknown>) => Record<string, unknown>;
  /** Rows per transaction. */
  readonly chunk: number;
  /** Identity column whose sequence must continue after the copied values. */
  readonly identity?: string;
}

const textCols = (...names: string[]) => names.map((n) => [n, 'text'] as const);

export const TABLES: readonly TableCopy[] = [
  {
    table: 'documents',
    key: 'rowid',
    resumeFrom: 'seq',
    // bytea does not travel in JSON: base64 there, decoded by PostgreSQL
    select: `rowid AS seq, id, content_hash, url, title, outlet, date, path, added_at,
             text_z`,
    columns: [['seq', 'bigint'], ...textCols('id', 'content_hash', 'url', 'title', 'outlet', 'date', 'path', 'added_at', 'text_z')],
    computed: { text_z: `decode(text_z, 'base64')` },
    extra: (row) => ({ text_z: row.text_z instanceof Uint8Array ? Buffer.from(row.text_z).toString('base64') : null }),
    chunk: 200,
    identity: 'seq',
  },
  {
    table: 'statements',
    key: 'seq',
    resumeFrom: 'seq',
    select: `seq, id, speaker, speaker_mention, speaker_role, cue, kind, act, run_id, run_part, run_of, text, context, span_start,
             span_end, date, outlet, url, added_at, first_doc_id, outlet_keys`,
    columns: [
      ['seq', 'bigint'], ...textCols('id', 'speaker', 'speaker_key', 'speaker_mention', 'speaker_role', 'cue', 'kind', 'act', 'run_id'),
      ['run_part', 'int'], ['run_of', 'int'], ...textCols('text', 'context'), ['span_start', 'int'], ['span_end', 'int'],
      ...textCols('date', 'outlet', 'url', 'added_at', 'first_doc_id', 'outlet_keys'), ['search', 'tsvector'],
    ],
    fields: [
      ['seq', 'bigint'], ...textCols('id', 'speaker', 'speaker_key', 'speaker_mention', 'speaker_role', 'cue', 'kind', 'act', 'run_id'),
      ['run_part', 'int'], ['run_of', 'int'], ...textCols('text', 'context'), ['span_start', 'int'], ['span_end', 'int'],
      ...textCols('date', 'outlet', 'url', 'added_at', 'first_doc_id', 'outlet_keys', 'ftext', 'fspeaker', 'fcontext'),
    ],
    computed: { search: searchVector('ftext', 'fspeaker', 'fcontext') },
    extra: (row) => {
      const speaker = row.speaker as string | null;
      return {
        speaker_key: speaker === null ? null : asciiLower(speaker),
        ftext: foldDiacritics(String(row.text)),
        fspeaker: speaker === null ? null : foldDiacritics(speaker),
        fcontext: foldDiacritics(String(row.context)),
      };
    },
    chunk: 2000,
    identity: 'seq',
  },
  {
    table: 'statement_sources',
    key: 'rowid',
    resumeFrom: 'id',
    select: 'rowid AS id, statement_seq, doc_id, span_start, span_end, speaker_mention, cue, context, date',
    columns: [['id', 'bigint'], ['statement_seq', 'bigint'], ['doc_id', 'text'], ['span_start', 'int'], ['span_end', 'int'], ...textCols('speaker_mention', 'cue', 'context', 'date')],
    chunk: 5000,
    identity: 'id',
  },
  {
    table: 'statement_themes',
    key: 'rowid',
    resumeFrom: null,
    select: 'statement_seq, theme, theme_key, score',
    columns: [['statement_seq', 'bigint'], ...textCols('theme', 'theme_key'), ['score', 'float8']],
    chunk: 10000,
  },
  {
    table: 'speakers',
    key: 'rowid',
    resumeFrom: null,
    select: 'name, kind, aliases, roles, affiliation',
    columns: [...textCols('name', 'kind'), ['aliases', 'jsonb'], ['roles', 'jsonb'], ['affiliation', 'text']],
    extra: (row) => ({ aliases: parseJson(row.aliases), roles: parseJson(row.roles) }),
    chunk: 2000,
  },
  {
    table: 'subscriptions',
    key: 'rowid',
    resumeFrom: null,
    select: `id, platform, channel_id, thread_id, time, time_zone, themes, speakers, when_empty, cursor_seq, last_slot,
             last_delivered_at, created_at, updated_at, chart`,
    columns: [
      ...textCols('id', 'platform', 'channel_id', 'thread_id', 'time', 'time_zone'), ['themes', 'jsonb'], ['speakers', 'jsonb'],
      ['when_empty', 'text'], ['cursor_seq', 'bigint'], ...textCols('last_slot', 'last_delivered_at', 'created_at', 'updated_at'),
      ['chart', 'boolean'],
    ],
    extra: (row) => ({ themes: parseJson(row.themes), speakers: parseJson(row.speakers), chart: row.chart === 1 }),
    chunk: 2000,
  },
  {
    table: 'digest_runs',
    key: 'id',
    resumeFrom: 'id',
    select: 'id, subscription_id, slot, from_seq, to_seq, statements, parts, status, created_at, completed_at',
    columns: [
      ['id', 'bigint'], ...textCols('subscription_id', 'slot'), ['from_seq', 'bigint'], ['to_seq', 'bigint'], ['statements', 'int'],
      ['parts', 'jsonb'], ...textCols('status', 'created_at', 'completed_at'),
    ],
    extra: (row) => ({ parts: parseJson(row.parts) }),
    chunk: 500,
    identity: 'id',
  },
  {
    table: 'digest_deliveries',
    key: 'rowid',
    resumeFrom: null,
    select: 'idempotency_key, run_id, part, delivered_at',
    columns: [['idempotency_key', 'text'], ['run_id', 'bigint'], ['part', 'int'], ['delivered_at', 'text']],
    chunk: 5000,
  },
  {
    table: 'feeds',
    key: 'id',
    resumeFrom: 'id',
    select: `id, url, name, title, added_at, etag, last_modified, last_checked_at, last_success_at, last_error, last_error_at, failures,
             next_attempt_at, last_item_error, documents_added, statements_added`,
    columns: [
      ['id', 'bigint'], ...textCols('url', 'name', 'title', 'added_at', 'etag', 'last_modified', 'last_checked_at', 'last_success_at', 'last_error', 'last_error_at'),
      ['failures', 'int'], ...textCols('next_attempt_at', 'last_item_error'), ['documents_added', 'int'], ['statements_added', 'int'],
    ],
    chunk: 2000,
    identity: 'id',
  },
  {
    table: 'feed_items',
    key: 'id',
    resumeFrom: 'id',
    select: 'id, feed_id, guid, url, content_hash, doc_id, title, status, attempts, note, first_seen_at, updated_at',
    columns: [
      ['id', 'bigint'], ['feed_id', 'bigint'], ...textCols('guid', 'url', 'content_hash', 'doc_id', 'title', 'status'), ['attempts', 'int'],
      ...textCols('note', 'first_seen_at', 'updated_at'),
    ],
    chunk: 5000,
    identity: 'id',
  },
];

function parseJson(value: unknown): unknown {
  if (typeof value !== 'string') return [];
  try {
    return JSON.parse(value);
  } catch {
    return [];
  }
}

/** The INSERT of one chunk: rows as one jsonb parameter; a row already there (resumed copy) is skipped. */
export function insertSql(copy: TableCopy): string {
  const record = (copy.fields ?? copy.columns).map(([name, type]) => `${name} ${type}`).join(', ');
  const names = copy.columns.map(([name]) => name);
  const values = names.map((name) => copy.computed?.[name] ?? name);
  return `INSERT INTO ${copy.table} (${names.join(', ')}) SELECT ${values.join(', ')}
    FROM jsonb_to_recordset($1::jsonb) AS r(${record}) ON CONFLICT DO NOTHING`;
}
