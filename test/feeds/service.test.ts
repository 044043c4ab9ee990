// FeedService as the bots and the CLI use it: add, list, remove, import OPML, a joined polling round.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeedError } from '../../src/feeds/index.ts';
import { fixture } from './server.ts';
import { harness, type Harness } from './setup.ts';

let h: Harness;
beforeEach(() => {
  h = harness();
});
afterEach(() => h.close());

describe('FeedService', () => {
  it('adds a feed once per normalised URL and lists it with its status', () => {
    const first = h.feeds.add('https://news.example/rss.xml?utm_source=share#x', { name: '  Steppe   News ' });
    expect(first).toMatchObject({ created: true, feed: { id: 1, url: 'https://news.example/rss.xml', name: 'Steppe News' } });
    const again = h.feeds.add('https://NEWS.example/rss.xml');
    expect(again).toMatchObject({ created: false, feed: { id: 1, name: 'Steppe News' } });
    expect(h.feeds.list()).toEqual([
      expect.objectContaining({
        id: 1, addedAt: '2024-05-25T06:00:00.000Z', lastCheckedAt: null, lastSuccessAt: null, lastError: null,
        failures: 0, nextAttemptAt: null, itemsSeen: 0, documentsAdded: 0, statementsAdded: 0,
      }),
    ]);
  });

  it('refuses URLs it cannot poll', () => {
    expect(() => h.feeds.add('file:///etc/passwd')).toThrow(FeedError);
    expect(() => h.feeds.add('tass.com/rss')).toThrow(/not a valid URL/);
    expect(h.feeds.list()).toEqual([]);
  });

  it('removes a feed by id', () => {
    const { feed } = h.feeds.add('https://news.example/rss.xml');
    expect(h.feeds.remove(feed.id)).toBe(true);
    expect(h.feeds.remove(feed.id)).toBe(false);
    expect(h.feeds.list()).toEqual([]);
  });

  it('imports an OPML subscription list, reporting invalid and already-followed entries', () => {
    const opml = fixture('subscriptions.opml', 'https://news.example');
    const r = h.feeds.importOpml(opml);
    expect(r.added.map((f) => f.name)).toEqual(['Steppe News Agency (English)', 'MFA press releases', 'Kazan Courier']);
    expect(r.invalid).toEqual([{ url: 'ftp://files.example/feed.xml', error: 'only http and https URLs are supported, not ftp:' }]);
    expect(h.feeds.importOpml(opml)).toMatchObject({ added: [], existing: [{}, {}, {}] });
  });

  it('joins a round that is already running instead of starting a second one', async () => {
    const a = h.feeds.pollOnce();
    const b = h.feeds.pollOnce();
    expect(b).toBe(a);
    expect((await a).feeds).toEqual([]);
    const c = h.feeds.pollOnce();
    expect(c).not.toBe(a);
    await c;
  });
});
