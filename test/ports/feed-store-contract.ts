// Behaviour every FeedStore must have, whatever the engine: idempotent adds, back-off, moved feeds, and items
// recognised by GUID, URL and content hash. Call runFeedStoreContract from a *.test.ts file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeedStore } from '../../src/feeds/index.ts';

const AT = '2026-03-01T07:30:00.000Z';
const AT2 = '2026-03-01T08:00:00.000Z';

/** Registers the suite; makeStore must return an empty store. */
export function runFeedStoreContract(name: string, makeStore: () => FeedStore): void {
  describe(`FeedStore contract: ${name}`, () => {
    let store: FeedStore;
    beforeEach(() => {
      store = makeStore();
    });
    afterEach(() => store.close());

    it('adds a feed once; a second add returns the first', () => {
      const first = store.addFeed('https://news.example/rss', 'News', AT);
      expect(first.created).toBe(true);
      expect(first.feed).toMatchObject({ url: 'https://news.example/rss', name: 'News', addedAt: AT, failures: 0, itemsSeen: 0, itemsFailed: 0, documentsAdded: 0 });
      const again = store.addFeed('https://news.example/rss', 'Other name', AT2);
      expect(again).toEqual({ feed: first.feed, created: false });
      const second = store.addFeed('https://other.example/atom', null, AT2);
      expect(second.feed.id).toBe(first.feed.id + 1); // no id used up by the repeated add
      expect(store.listFeeds().map((f) => f.url)).toEqual(['https://news.example/rss', 'https://other.example/atom']);
      expect(store.getFeed(first.feed.id)?.name).toBe('News');
      expect(store.getFeed(9999)).toBeNull();
    });

    it('records failures with back-off, and a success clears them and keeps or replaces validators', () => {
      const { feed } = store.addFeed('https://news.example/rss', null, AT);
      store.recordFeed(feed.id, { ok: false, at: AT, error: 'HTTP 503', failures: 2, nextAttemptAt: AT2 });
      expect(store.getFeed(feed.id)).toMatchObject({ lastError: 'HTTP 503', lastErrorAt: AT, failures: 2, nextAttemptAt: AT2, lastCheckedAt: AT, lastSuccessAt: null });
      store.recordFeed(feed.id, { ok: true, at: AT2, title: 'News Feed', etag: '"e1"', lastModified: 'Sun, 01 Mar 2026 07:00:00 GMT' });
      expect(store.getFeed(feed.id)).toMatchObject({ lastError: null, failures: 0, nextAttemptAt: null, lastSuccessAt: AT2, title: 'News Feed', etag: '"e1"' });
      store.recordFeed(feed.id, { ok: true, at: AT2 }); // a 304: validators and title kept
      expect(store.getFeed(feed.id)).toMatchObject({ title: 'News Feed', etag: '"e1"', lastModified: 'Sun, 01 Mar 2026 07:00:00 GMT' });
      store.recordFeed(feed.id, { ok: true, at: AT2, etag: null });
      expect(store.getFeed(feed.id)).toMatchObject({ etag: null, lastModified: null });
    });

    it('follows a permanent move, unless another feed already follows the target', () => {
      const a = store.addFeed('https://a.example/rss', null, AT).feed;
      const b = store.addFeed('https://b.example/rss', null, AT).feed;
      store.recordFeed(a.id, { ok: true, at: AT2, url: 'https://a.example/new' });
      expect(store.getFeed(a.id)?.url).toBe('https://a.example/new');
      store.recordFeed(b.id, { ok: true, at: AT2, url: 'https://a.example/new' });
      expect(store.getFeed(b.id)?.url).toBe('https://b.example/rss');
    });

    it('finds items by GUID in the same feed, then by URL or content hash in any feed, preferring this feed', () => {
      const a = store.addFeed('https://a.example/rss', null, AT).feed;
      const b = store.addFeed('https://b.example/rss', null, AT).feed;
      store.saveItem({ feedId: a.id, guid: 'g1', url: 'https://a.example/1', contentHash: 'h1', title: 'One', docId: 'd1', status: 'ingested', note: null, at: AT, newStatements: 3 });
      expect(store.findItem(a.id, { guid: 'g1', url: null })).toMatchObject({ feedId: a.id, guid: 'g1', status: 'ingested', attempts: 1 });
      expect(store.findItem(b.id, { guid: 'g1', url: null })).toBeNull();
      expect(store.findItem(b.id, { guid: null, url: 'https://a.example/1' })?.feedId).toBe(a.id);
      expect(store.findItem(b.id, { guid: null, url: null, contentHash: 'h1' })?.feedId).toBe(a.id);
      store.saveItem({ feedId: b.id, guid: 'g2', url: 'https://a.example/1', title: null, docId: null, status: 'duplicate', note: null, at: AT });
      expect(store.findItem(b.id, { guid: null, url: 'https://a.example/1' })?.feedId).toBe(b.id);
      expect(store.getFeed(a.id)).toMatchObject({ itemsSeen: 1, documentsAdded: 1, statementsAdded: 3 });
    });

    it('retries a failed item in place and keeps the last item error', () => {
      const { feed } = store.addFeed('https://a.example/rss', null, AT);
      store.saveItem({ feedId: feed.id, guid: 'g1', url: 'https://a.example/1', title: 'One', docId: null, status: 'failed', note: 'HTTP 500', at: AT });
      const failed = store.findItem(feed.id, { guid: 'g1', url: null });
      expect(failed).toMatchObject({ status: 'failed', attempts: 1 });
      expect(store.getFeed(feed.id)).toMatchObject({ itemsFailed: 1, lastItemError: 'HTTP 500' });
      store.saveItem({ id: failed?.id, feedId: feed.id, guid: 'g1', url: null, contentHash: 'h9', title: null, docId: 'd9', status: 'ingested', note: null, at: AT2, newStatements: 1 });
      expect(store.findItem(feed.id, { guid: 'g1', url: null })).toMatchObject({ status: 'ingested', attempts: 2, url: 'https://a.example/1', contentHash: 'h9' });
      expect(store.getFeed(feed.id)).toMatchObject({ itemsSeen: 1, itemsFailed: 0, documentsAdded: 1, statementsAdded: 1 });
    });

    it('removes a feed with its items', () => {
      const { feed } = store.addFeed('https://a.example/rss', null, AT);
      store.saveItem({ feedId: feed.id, guid: 'g1', url: 'https://a.example/1', title: null, docId: null, status: 'ingested', note: null, at: AT });
      expect(store.removeFeed(feed.id)).toBe(true);
      expect(store.removeFeed(feed.id)).toBe(false);
      expect(store.findItem(feed.id, { guid: null, url: 'https://a.example/1' })).toBeNull();
      expect(store.listFeeds()).toEqual([]);
    });
  });
}
