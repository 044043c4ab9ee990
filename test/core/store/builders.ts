// Test data builders: valid documents and statements with sensible defaults, overridable per test.
import { createHash } from 'node:crypto';
import type { CleanDocument, QuoteQuery, Statement } from '../../../src/core/model.ts';

let counter = 0;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A document whose id/contentHash derive from its text (as in production) unless overridden. */
export function makeDoc(overrides: Partial<CleanDocument> = {}): CleanDocument {
  counter++;
  const text = overrides.text ?? `Document body number ${counter}.`;
  const contentHash = overrides.contentHash ?? sha256(text);
  return {
    id: contentHash.slice(0, 16),
    contentHash,
    text,
    title: `Title ${counter}`,
    outlet: 'TASS',
    url: `https://news.example/${counter}`,
    date: '2021-11-01',
    path: null,
    ...overrides,
  };
}

/** Stable statement id from text and speaker, like the extractor's (same quote in two outlets → same id). */
export function statementId(text: string, speaker: string | null): string {
  return sha256(`${speaker ?? ''}\u0000${text.toLowerCase()}`).slice(0, 16);
}

/** A statement found in `doc`; outlet/url/date default to the document's. */
export function makeStatement(doc: CleanDocument, overrides: Partial<Statement> = {}): Statement {
  const text = overrides.text ?? `Statement ${++counter} about diplomacy`;
  const speaker = overrides.speaker === undefined ? 'Sergey Lavrov' : overrides.speaker;
  return {
    id: statementId(text, speaker),
    docId: doc.id,
    speaker,
    speakerMention: speaker ?? 'an official',
    cue: 'said',
    kind: 'direct',
    text,
    context: `${speaker ?? 'An official'} said: "${text}".`,
    span: [10, 10 + text.length],
    date: doc.date,
    outlet: doc.outlet,
    url: doc.url,
    ...overrides,
  };
}

/** A QuoteQuery with everything empty except the given fields. */
export function makeQuery(overrides: Partial<QuoteQuery> = {}): QuoteQuery {
  return {
    speakers: [],
    terms: [],
    phrases: [],
    since: null,
    until: null,
    outlet: null,
    theme: null,
    ...overrides,
  };
}

export const rethrow = (error: unknown): never => {
  throw error;
};

/**
 * A small store made to behave like a big one for bounded ranking: lists from 20 statements on, 15 entries long; never
 * ranks fully when it can bound; small candidate sets; search errors thrown, not logged.
 */
export const SMALL = {
  rankingLimits: { listFrom: 20, listSize: 15 },
  boundedSearch: { exactBudgetUs: 0, complete: 10, newest: 5, partial: 5, shortest: 5, wholeSpeaker: 5 },
  onSearchError: rethrow,
} as const;
