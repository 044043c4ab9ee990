// The core's public door: what adapters (stores on other engines), the bots, the digest, the feeds, the charts and
// the CLI may use. Modules outside src/core import from here, never from files deeper in the core (lint enforces it).
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
// The service every caller wires: ingest, extract, /quote, speakers, /trend.
export {
  createBriefingService,
  describeError,
  INGEST_BATCH,
  type BriefingDeps,
  type BriefingService,
  type IngestOptions,
  type IngestProblem,
  type IngestReport,
  type QuoteOptions,
  type ReresolveReport,
} from './briefing-service.ts';
export { describeEmpty, intervalOf, parseTrendText, splitOf, TrendInputError, type Trend, type TrendRequest, type TrendResult } from './trend/index.ts';
// Reading articles (files, feed items) and legacy encodings.
export { decodeLegacy, detectLegacyEncoding, IngestError, listInputFiles, loadDocument, loadDocumentFile } from './ingest/index.ts';
// Themes and summaries (the digest, /summary, /themes).
export { clusterBySimilarity, findTheme, loadTaxonomyFile, TaxonomyError, type Taxonomy } from './themes/index.ts';
export {
  createLlmSummariser,
  rankStatements,
  reportPredicate,
  summarise,
  summariseTopic,
  SummaryConfigError,
  summaryConfigFromEnv,
  type LlmSummaryConfig,
  type Summariser,
} from './summarise/index.ts';
// Secrets kept out of logs and messages.
export { redact, redactingSink, secretsFromEnv } from './redact.ts';
