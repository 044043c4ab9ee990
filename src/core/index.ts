// The core's public door: what adapters (stores on other engines), the bots, the digest and the CLI may use.
// Modules outside src/core import from here, not from files deeper in the core.
export type * from './model.ts';
export { STATEMENT_ACTS } from './model.ts';
export type {
  AddDocumentResult,
  DayCount,
  SpeakerChange,
  SpeakerCount,
  StatementStore,
  StoreStats,
  StoredDocument,
  TrendSplit,
} from './store/statement-store.ts';
export { clampInt, ftsQuote, outletKey, planSearch, quoteAlternatives, SEARCH_LIMITS, themeKey, withSpeakerMatch, type SearchPlan } from './query/search.ts';
// The query language's tokens and relevance, for stores that rank inside the database (the SQLite adapter).
export { bm25Frequencies, COLUMN_WEIGHTS, idf, phraseFrequency, termImpact, type Column, type CorpusStats, type Phrase, type RowTokens } from './query/bm25.ts';
export { eachToken, ftsTokens, indexToken, tokensStartingWith } from './query/fts-tokens.ts';
export { toRoles } from './extract/speakers.ts';
export { instanceName, localLeases, underLease, type Leases } from './leases.ts';
