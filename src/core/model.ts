// Domain types shared by every part of Briefdesk. Plain data only: no behaviour, no platform types.

/** A cleaned article, ready for statement extraction. */
export interface CleanDocument {
  /** Stable id: first 16 hex chars of the SHA-256 of the cleaned text. */
  readonly id: string;
  /** SHA-256 (hex) of the cleaned text; used for idempotent ingest. */
  readonly contentHash: string;
  /** Cleaned article body: boilerplate removed, hyphenation repaired, paragraphs joined by "\n\n". */
  readonly text: string;
  /** The headline (wire copy: the line above the timestamp), kept out of `text`. */
  readonly title: string | null;
  /**
   * Wire copy's one-sentence standfirst between headline and dateline, as written; it is also the first paragraph
   * of `text`. Present only when the dateline below it was found (not stored: re-read from the text when needed).
   */
  readonly standfirst?: string | null;
  /** Outlet or agency, e.g. "TASS", "UrduPoint". */
  readonly outlet: string | null;
  readonly url: string | null;
  /** Publication date as ISO `YYYY-MM-DD`, or null when it cannot be known with confidence. */
  readonly date: string | null;
  /** The input path as given by the user, when the document came from a file. */
  readonly path: string | null;
}

export type StatementKind = 'direct' | 'indirect' | 'mixed';

/**
 * What a statement reports: words spoken or written, a belief, a wish or plan, a finding (of a poll, report or
 * study), a stance with no words of its own ("endorsed Mr. Trump"), or a question put ("asked whether …").
 */
export type StatementAct = 'said' | 'wrote' | 'thinks' | 'wants' | 'found' | 'stance' | 'asked';
export const STATEMENT_ACTS: readonly StatementAct[] = ['said', 'wrote', 'thinks', 'wants', 'found', 'stance', 'asked'];

/** One attributed statement found in one document. */
export interface Statement {
  /** Stable id of the statement: hash of its normalised text and canonical speaker (same quote in two outlets → same id). */
  readonly id: string;
  readonly docId: string;
  /** Canonical speaker (person or institution), or null when it cannot be resolved. */
  readonly speaker: string | null;
  /** The speaker as written in the text ("the top diplomat", "he", "Lavrov"). */
  readonly speakerMention: string;
  /**
   * What the speaker is at the statement's date, as this document describes them ("Conservative leader"), or a
   * registry role whose period covers that date; null when neither says. Tells apart people who share a name.
   */
  readonly speakerRole?: string | null;
  /** The cue verb or phrase ("said", "stressed", "according to"). */
  readonly cue: string;
  readonly kind: StatementKind;
  /** What it reports (absent in statements stored before acts existed: read as "said"). */
  readonly act?: StatementAct;
  /** The statement as it would be quoted in a brief. */
  readonly text: string;
  /** The sentence(s) around it in the document. */
  readonly context: string;
  /** Character span [start, end) of the statement content in the cleaned document text. */
  readonly span: readonly [number, number];
  /** Date of the statement (ISO), resolved from "on Friday" against the publication date, else the publication date. */
  readonly date: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  /**
   * Set when the statement is one paragraph of a speaker's run of quoted paragraphs: the run's id (shared by its
   * paragraphs), this paragraph's place (1-based) and the run's length. Answers can show the run whole.
   */
  readonly run?: StatementRun | null;
}

/** A document's statements and the people it named in full, as extraction gives them (ingest stores both). */
export interface ExtractedDocument {
  readonly statements: Statement[];
  readonly learned: Speaker[];
}

export interface StatementRun {
  readonly id: string;
  readonly part: number;
  readonly of: number;
}

/**
 * An office or description a speaker holds, with the period it applies to (ISO dates; an open end is unknown or
 * still running). A role is only attached to statements whose date falls inside it.
 */
export interface SpeakerRole {
  readonly title: string;
  readonly from?: string | null;
  readonly until?: string | null;
}

/** A known speaker: a person or an institution, with the ways texts refer to it. */
export interface Speaker {
  /** Canonical name, e.g. "Sergey Lavrov" or "Russian Foreign Ministry". */
  readonly name: string;
  readonly kind: 'person' | 'institution';
  /** Other spellings and short forms ("Sergei Lavrov", "Lavrov"). */
  readonly aliases: readonly string[];
  /** Roles with the period they were held ("Russian Foreign Minister" from 2004); used for nominal mentions. */
  readonly roles: readonly SpeakerRole[];
  /** Country or organisation the speaker belongs to, when known. */
  readonly affiliation?: string | null;
}

/** A statement as stored: the statement plus every source that carried it. */
export interface StoredStatement extends Statement {
  /** All documents that carry this statement (first one is the earliest ingested). */
  readonly sources: readonly StatementSource[];
  /** Theme tags with scores, when themes have been assigned. */
  readonly themes: readonly ThemeTag[];
  /** Monotonic insertion sequence; digests use it as a cursor. */
  readonly seq: number;
  /** ISO timestamp of when the statement was first stored. */
  readonly addedAt: string;
}

/**
 * A statement without what only an answer about that one statement shows (the sentences around it, its span in the
 * document, its run of paragraphs): what summaries and similarity groups read, so that a Statement, a
 * StoredStatement and a DigestStatement all do.
 */
export type StatementBrief = Omit<Statement, 'context' | 'span' | 'run'>;

/**
 * A stored statement as a digest reads it (StatementStore.digestStatementsSince): no context, span or run, which a
 * digest of thousands of statements never shows and would only spend time and memory reading.
 */
export type DigestStatement = Omit<StoredStatement, 'context' | 'span' | 'run'>;

export interface StatementSource {
  readonly docId: string;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly title: string | null;
  readonly date: string | null;
  readonly path: string | null;
}

export interface ThemeTag {
  readonly theme: string;
  readonly score: number;
}

/** A parsed `/quote` query. */
export interface QuoteQuery {
  /** Canonical speakers named in the query (filter). */
  readonly speakers: readonly string[];
  /** Free search terms (not speaker names). */
  readonly terms: readonly string[];
  /** Exact phrases from "double quotes". */
  readonly phrases: readonly string[];
  readonly since: string | null;
  readonly until: string | null;
  /** Outlet filter from `from:tass` (case-insensitive). */
  readonly outlet: string | null;
  /** Theme filter from `theme:refugees`. */
  readonly theme: string | null;
  /** What the statements report, from `act:said` (said, wrote, thinks, wants, found, stance); absent: any. */
  readonly act?: StatementAct | null;
  /**
   * The word still being typed (as-you-type inline search): it matches every word that starts with it, like
   * a search term otherwise ("NAT" finds NATO, nations …). Absent in complete queries.
   */
  readonly prefix?: string | null;
  /**
   * Other words that count as a term or phrase, keyed by its lower-cased text: a place's names ("syria" →
   * Syrian, Syrians, Damascus …). A statement holding any of them matches the term.
   */
  readonly alternatives?: Readonly<Record<string, readonly string[]>>;
  /** Speakers counted only between dates (a role's holders while they held it: `"foreign minister"`). */
  readonly speakerWindows?: readonly SpeakerWindow[];
  /** What the parser could not read, one line each, with what would work (`since:garbage`). */
  readonly problems?: readonly string[];
}

/** A speaker and the days (inclusive ISO dates; null: open) their statements count. */
export interface SpeakerWindow {
  readonly speaker: string;
  readonly from: string | null;
  readonly until: string | null;
}

export interface QuoteHit {
  readonly statement: StoredStatement;
  /** Higher is better. */
  readonly score: number;
  /** When the statement is one paragraph of a speaker's run of quotation: the whole run's text, to show. */
  readonly run?: string;
}
