// The feeds' storage port, in domain words: followed sources with their polling state, and the items
// already seen (by GUID, normalised URL and content hash). SQLite implements it (src/adapters/sqlite/feed-store.ts).

/** A followed feed with everything `feeds list` and `/sources` show. Timestamps are ISO strings. */
export interface FeedSource {
  readonly id: number;
  /** Normalised feed URL. */
  readonly url: string;
  /** Name given by whoever added the feed (or the OPML file); also the outlet when a page names none. */
  readonly name: string | null;
  /** The feed's own title, from the last successful fetch. */
  readonly title: string | null;
  readonly addedAt: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly lastCheckedAt: string | null;
  readonly lastSuccessAt: string | null;
  /** Why the last attempt failed; cleared by the next success. */
  readonly lastError: string | null;
  readonly lastErrorAt: string | null;
  /** Consecutive failed attempts: the back-off exponent. 0 when healthy. */
  readonly failures: number;
  /** While backing off: no attempt before this time. */
  readonly nextAttemptAt: string | null;
  /** Items recorded for this feed (ingested, duplicates and failures). */
  readonly itemsSeen: number;
  readonly itemsFailed: number;
  readonly lastItemError: string | null;
  readonly documentsAdded: number;
  readonly statementsAdded: number;
}

export type FeedItemStatus = 'ingested' | 'duplicate' | 'failed';

/** One recorded feed item. */
export interface FeedItemRecord {
  readonly id: number;
  readonly feedId: number;
  readonly guid: string | null;
  readonly url: string | null;
  readonly contentHash: string | null;
  readonly status: FeedItemStatus;
  readonly attempts: number;
}

/** What identifies an item; any one match means "seen". */
export interface FeedItemKey {
  readonly guid: string | null;
  readonly url: string | null;
  readonly contentHash?: string | null;
}

export interface FeedItemWrite extends FeedItemKey {
  /** Set to update that record (a retried failure) instead of adding one. */
  readonly id?: number;
  readonly feedId: number;
  readonly title: string | null;
  readonly docId: string | null;
  readonly status: FeedItemStatus;
  /** Why it failed, or a note (the page failed and the feed's summary was used). */
  readonly note: string | null;
  readonly at: string;
  /** Counted into the feed's totals when the item added a document. */
  readonly newStatements?: number;
}

export type FeedOutcome =
  | {
      readonly ok: true;
      readonly at: string;
      readonly title?: string | null;
      readonly etag?: string | null;
      readonly lastModified?: string | null;
      /** The feed moved permanently (301/308): follow this normalised URL from now on. */
      readonly url?: string;
    }
  | { readonly ok: false; readonly at: string; readonly error: string; readonly failures: number; readonly nextAttemptAt: string };

export interface FeedStore {
  /** Adds a feed, or returns the one already following this URL (created: false). */
  addFeed(url: string, name: string | null, at: string): { feed: FeedSource; created: boolean };
  getFeed(id: number): FeedSource | null;
  listFeeds(): FeedSource[];
  /** Removes a feed and its item records; stored documents and statements stay. */
  removeFeed(id: number): boolean;
  /**
   * Records a polling attempt. Success clears error and back-off; validators (etag, lastModified) are
   * replaced when given (null clears them) and kept when undefined (a 304). A success with `url` moves the
   * feed to that URL in the same transaction, unless another feed already follows it (then the URL stays).
   * Failure stores the back-off.
   */
  recordFeed(id: number, outcome: FeedOutcome): void;
  /** The item record matching the key: same feed's GUID first, then URL, then content hash (any feed). */
  findItem(feedId: number, key: FeedItemKey): FeedItemRecord | null;
  saveItem(item: FeedItemWrite): void;
  close(): void;
}
