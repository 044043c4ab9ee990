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
export { clampInt, outletKey, planSearch, SEARCH_LIMITS, themeKey, type SearchPlan } from './query/search.ts';
export { toRoles } from './extract/speakers.ts';
export { instanceName, localLeases, underLease, type Leases } from './leases.ts';
// The SQLite adapter still lives in the core (TODO(issue 15): its own folder owning the connection).
export { openSqliteStore, type SqliteStatementStore, type SqliteStoreOptions } from './store/sqlite-store.ts';
