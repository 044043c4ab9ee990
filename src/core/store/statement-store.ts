// The storage port: what the core needs from a database, in domain words.
// SQLite implements it (src/adapters/sqlite/statement-store.ts); another engine only has to pass the same contract tests.
import type {
  CleanDocument,
  DigestStatement,
  QuoteHit,
  QuoteQuery,
  Speaker,
  Statement,
  StoredStatement,
  ThemeTag,
} from '../model.ts';

export interface AddDocumentResult {
  /** False when the document (same content hash or URL) was already stored: nothing was added. */
  readonly added: boolean;
  readonly docId: string;
  /** Statements newly stored (a statement already known from another outlet only gains a source). */
  readonly newStatements: number;
  /** Statements that already existed and gained this document as a source. */
  readonly mergedStatements: number;
}

export interface StoreStats {
  readonly documents: number;
  readonly statements: number;
  readonly speakers: number;
  readonly outlets: readonly { outlet: string; documents: number }[];
  readonly firstDate: string | null;
  readonly lastDate: string | null;
}

export interface SpeakerCount {
  readonly name: string;
  readonly statements: number;
  /** The role their most recent statement gives them ("Conservative leader"), when any does. */
  readonly role?: string | null;
}

/** A stored document with its cleaned text (null when the store did not keep it: older databases). */
export interface StoredDocument {
  readonly doc: CleanDocument;
  readonly textKept: boolean;
}

/** A new speaker for the statement a document carries at `span` (re-resolution). */
export interface SpeakerChange {
  readonly docId: string;
  readonly span: readonly [number, number];
  readonly speaker: string | null;
  readonly speakerRole: string | null;
}

/** What a trend chart splits its counts by. */
export type TrendSplit = 'speaker' | 'theme' | 'outlet';

/** Matching statements of one day and one speaker, theme or outlet (see StatementStore.countByDay). */
export interface DayCount {
  /** The statements' date (ISO YYYY-MM-DD); null for undated statements. */
  readonly day: string | null;
  /** The speaker, the theme's name, or the outlet; null when the statement has none. */
  readonly key: string | null;
  readonly statements: number;
}

export interface StatementStore {
  /** Stores a document and its statements in one transaction; idempotent by content hash and URL. */
  addDocument(
    doc: CleanDocument,
    statements: readonly Statement[],
    themes?: ReadonlyMap<string, readonly ThemeTag[]>,
  ): AddDocumentResult;
  /**
   * Optional bulk-ingest hook (added by the store module; engines may omit it): runs `work`, typically many
   * addDocument calls, inside ONE outer transaction so they share one commit (several times faster on disk).
   * Each addDocument inside stays atomic on its own: a failing one is undone and rethrown, and the caller may
   * catch it and continue. If `work` itself throws, the whole batch is rolled back. Synchronous work only;
   * statements added inside become searchable when the batch ends.
   */
  batch?<T>(work: () => T): T;
  hasDocument(contentHash: string, url: string | null): boolean;
  /** Ranked search; speaker matches first, then FTS relevance. Never throws on user text. */
  search(query: QuoteQuery, limit: number, offset?: number): QuoteHit[];
  /**
   * Trend charts: the statements that match `query` counted per day and per speaker, theme or outlet, one row per
   * (day, key) that has any. A statement matches as in search() with every word and phrase required (no any-word
   * fallback) and the same filters (speakers, since/until, outlet, theme, act). `speaker`: the statement's
   * speaker; `theme`: each of its themes (a statement with two themes counts under both; none: key null; an
   * undated statement is counted once, under key null);
   * `outlet`: the outlet of the first document that carried it. Row order is not specified.
   */
  countByDay(query: QuoteQuery, by: TrendSplit): DayCount[];
  /** Statements with seq > afterSeq, oldest first (digest cursor). */
  statementsSince(afterSeq: number, limit?: number): StoredStatement[];
  /**
   * The digest's read: the same statements as statementsSince, in the same order with the same sources and themes,
   * without their context, span and run (a digest of 10,000 statements shows none of them).
   */
  digestStatementsSince(afterSeq: number, limit?: number): DigestStatement[];
  getStatement(id: string): StoredStatement | null;
  /** The paragraphs of a speaker's run of quotation (see Statement.run), in order; [] for an unknown run. */
  runOf(runId: string): StoredStatement[];
  /** Speakers that have statements, most quoted first. */
  speakerCounts(): SpeakerCount[];
  /** Speakers learned from ingestion (and the seed registry), to resolve mentions in later documents. */
  saveSpeakers(speakers: readonly Speaker[]): void;
  loadSpeakers(): Speaker[];
  /** Every stored document, oldest first, with its text when kept (for re-resolving speakers). Optional. */
  documents?(): Iterable<StoredDocument>;
  /**
   * Gives statements first stored from `docId` at `span` their new speaker, all changes in ONE transaction;
   * statement ids stay (digests and links keep pointing at them). Returns how many statements changed. Optional.
   */
  reattribute?(changes: readonly SpeakerChange[]): number;
  setThemes(statementId: string, themes: readonly ThemeTag[]): void;
  /**
   * A token that changes whenever stored statements change, by this connection or another (answers cached
   * under one token are stale under the next). Optional: without it nothing is cached.
   */
  dataVersion?(): string;
  stats(): StoreStats;
  close(): void;
}
