// Every way a feed or page can go wrong ends as a recorded error on that source, with back-off, while
// the other feeds in the round are ingested as usual.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formatFeedList, formatPollReport } from '../../src/feeds/index.ts';
import { conditional, fixture, huge, page, redirect, silent, startServer, status, type TestServer } from './server.ts';
import { harness, type Harness } from './setup.ts';

let server: TestServer;
let h: Harness;
let flaky = status(500);

beforeAll(async () => {
  server = await startServer();
  const b = server.base;
  server.route('/feeds/good.rss', conditional(() => fixture('agency.rss.xml', b), 'application/rss+xml'));
  server.route('/articles/lavrov-nato.html', page(fixture('pages/lavrov-nato.html', b)));
  server.route('/articles/zakharova-grain.html', page(fixture('pages/zakharova-grain.html', b)));
  server.route('/feeds/broken.rss', page(fixture('broken.rss.xml', b), 'application/rss+xml'));
  server.route('/feeds/not-a-feed', page(fixture('not-a-feed.html', b)));
  server.route('/feeds/error.rss', status(500));
  server.route('/feeds/slow.rss', silent);
  server.route('/feeds/huge.rss', huge(50));
  server.route('/feeds/loop-a', redirect('/feeds/loop-b', 301));
  server.route('/feeds/loop-b', redirect('/feeds/loop-a', 302));
  for (let i = 0; i < 7; i++) server.route(`/feeds/hop-${i}`, redirect(`/feeds/hop-${i + 1}`, 307));
  server.route('/feeds/hop-7', conditional(() => fixture('regional.rdf.xml', b), 'application/rdf+xml'));
  server.route('/feeds/moved.rss', redirect('/feeds/good.rss', 301));
  server.route('/feeds/flaky.rss', (req, res) => flaky(req, res));
  server.route('/feeds/busy.rss', status(503, { 'retry-after': '7200' }));
});
afterAll(() => server.close());

beforeEach(() => {
  server.clear();
  flaky = status(500);
  // Generous enough that a loaded machine still hits the size cap and follows six redirects before the timeout.
  h = harness({ http: { timeoutMs: 3000, maxBytes: 2 * 1024 * 1024 } });
});
afterEach(() => h.close());

describe('a failing feed', () => {
  it('is recorded with a clear error while the rest of the round goes on', async () => {
    const add = (path: string) => h.feeds.add(`${server.base}${path}`).feed.id;
    const ids = {
      broken: add('/feeds/broken.rss'),
      notFeed: add('/feeds/not-a-feed'),
      error: add('/feeds/error.rss'),
      slow: add('/feeds/slow.rss'),
      huge: add('/feeds/huge.rss'),
      loop: add('/feeds/loop-a'),
      hops: add('/feeds/hop-0'),
      good: add('/feeds/good.rss'),
    };
    const report = await h.feeds.pollOnce();
    const byId = new Map(report.feeds.map((f) => [f.feedId, f]));
    const error = (id: number) => byId.get(id)?.error;

    expect(byId.get(ids.good)).toMatchObject({ outcome: 'updated', ingested: 3 });
    expect(error(ids.broken)).toMatch(/^malformed feed/);
    expect(error(ids.notFeed)).toBe('not an RSS, Atom, RDF or JSON feed');
    expect(error(ids.error)).toBe('HTTP 500 Internal Server Error');
    expect(error(ids.slow)).toBe('no complete answer within 3 s');
    expect(error(ids.huge)).toBe('larger than 2048 KB; not downloaded');
    expect(error(ids.loop)).toMatch(/^redirect loop: .*\/feeds\/loop-a → .*\/feeds\/loop-b → .*\/feeds\/loop-a$/);
    expect(error(ids.hops)).toBe('more than 5 redirects');
    for (const id of Object.values(ids)) {
      if (id !== ids.good) expect(byId.get(id)?.outcome).toBe('failed');
    }

    const listed = new Map(h.feeds.list().map((f) => [f.id, f]));
    const errorFeed = listed.get(ids.error);
    expect(errorFeed).toMatchObject({ failures: 1, lastError: 'HTTP 500 Internal Server Error', lastSuccessAt: null });
    expect(errorFeed?.nextAttemptAt).toBe('2024-05-25T06:10:00.000Z');
    expect(listed.get(ids.good)).toMatchObject({ failures: 0, lastError: null, documentsAdded: 3 });
    expect(formatFeedList([...listed.values()])).toContain('FAILING (1 in a row): HTTP 500 Internal Server Error; backing off until 2024-05-25 06:10 UTC');
    expect(formatPollReport(report)).toContain('polled 8 feeds: 1 updated, 0 not modified, 7 failed');
  });

  it('follows a permanent redirect up to five hops', async () => {
    h.feeds.add(`${server.base}/feeds/moved.rss`);
    const report = await h.feeds.pollOnce();
    expect(report.feeds[0]).toMatchObject({ outcome: 'updated', ingested: 3 });
    expect(server.paths().slice(0, 2)).toEqual(['/feeds/moved.rss', '/feeds/good.rss']);
  });

  it('backs off exponentially, is skipped while backing off, and recovers on success', async () => {
    const { feed } = h.feeds.add(`${server.base}/feeds/flaky.rss`);
    await h.feeds.pollOnce();
    expect(h.feeds.get(feed.id)).toMatchObject({ failures: 1, nextAttemptAt: '2024-05-25T06:10:00.000Z' });

    server.clear();
    h.clock.advance(5 * 60_000);
    const skipped = await h.feeds.pollOnce();
    expect(skipped.feeds[0]).toMatchObject({ outcome: 'backing-off', error: 'HTTP 500 Internal Server Error' });
    expect(server.paths()).toEqual([]);

    h.clock.advance(6 * 60_000); // 06:11
    await h.feeds.pollOnce();
    expect(h.feeds.get(feed.id)).toMatchObject({ failures: 2, nextAttemptAt: '2024-05-25T06:31:00.000Z' });

    // A manual round can force the attempt.
    await h.feeds.pollOnce({ force: true });
    expect(h.feeds.get(feed.id)).toMatchObject({ failures: 3, nextAttemptAt: '2024-05-25T06:51:00.000Z' });

    flaky = conditional(() => fixture('agency.rss.xml', server.base), 'application/rss+xml');
    h.clock.set('2024-05-25T07:00:00Z');
    const ok = await h.feeds.pollOnce();
    expect(ok.feeds[0]?.outcome).toBe('updated');
    expect(h.feeds.get(feed.id)).toMatchObject({ failures: 0, nextAttemptAt: null, lastError: null, lastSuccessAt: '2024-05-25T07:00:00.000Z' });
  });

  it('waits as long as Retry-After asks when that is longer than the back-off', async () => {
    const { feed } = h.feeds.add(`${server.base}/feeds/busy.rss`);
    await h.feeds.pollOnce();
    expect(h.feeds.get(feed.id)).toMatchObject({ failures: 1, lastError: 'HTTP 503 Service Unavailable', nextAttemptAt: '2024-05-25T08:00:00.000Z' });
  });
});

describe('a failing article page', () => {
  it('falls back to the item text, or is recorded as a failed item and retried on later rounds', async () => {
    const b = server.base;
    server.route('/feeds/pages.rss', conditional(() => pagesFeed(b), 'application/rss+xml'));
    server.route('/p/slow.html', silent);
    server.route('/p/huge.html', huge(50));
    server.route('/p/gone.html', status(410));
    const { feed } = h.feeds.add(`${b}/feeds/pages.rss`, { name: 'Pages' });

    const first = await h.feeds.pollOnce();
    expect(first.feeds[0]).toMatchObject({ outcome: 'updated', newItems: 3, ingested: 2, fallbacks: 2, failed: 1 });
    expect(first.feeds[0]?.itemErrors[0]?.error).toMatch(/^page: HTTP 410 Gone; feed content: /);
    expect(h.briefing.quote('Shoigu drills')[0]?.statement.text).toContain('The drills are purely defensive');
    expect(h.feeds.get(feed.id)).toMatchObject({ itemsSeen: 3, itemsFailed: 1, failures: 0 });
    expect(h.feeds.get(feed.id)?.lastItemError).toMatch(/HTTP 410 Gone/);

    // The failed item is retried while the feed changes (no validators match), at most three times in all.
    server.clear();
    await h.feeds.pollOnce();
    expect(server.paths()).toContain('/p/gone.html');
    server.clear();
    const third = await h.feeds.pollOnce();
    expect(third.feeds[0]?.failed).toBe(1);
    server.clear();
    const fourth = await h.feeds.pollOnce();
    expect(fourth.feeds[0]?.newItems).toBe(0);
    expect(server.paths()).toEqual(['/feeds/pages.rss']);
  });
});

let pagesRound = 0;
function pagesFeed(base: string): string {
  pagesRound++; // a changing lastBuildDate defeats the 304 so the retries can be seen
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Pages</title><link>${base}/</link><description>x</description>
<lastBuildDate>round ${pagesRound}</lastBuildDate>
<item><title>Slow page</title><link>${base}/p/slow.html</link><guid>p-1</guid><pubDate>Fri, 24 May 2024 10:00:00 GMT</pubDate>
<description>Defence Minister Sergei Shoigu said on Friday that the exercises would continue. "The drills are purely defensive," Shoigu said.</description></item>
<item><title>Huge page</title><link>${base}/p/huge.html</link><guid>p-2</guid><pubDate>Fri, 24 May 2024 11:00:00 GMT</pubDate>
<description>&lt;p&gt;"We will not be drawn into an arms race," Peskov told reporters on Friday.&lt;/p&gt;</description></item>
<item><title>Gone page</title><link>${base}/p/gone.html</link><guid>p-3</guid><pubDate>Fri, 24 May 2024 12:00:00 GMT</pubDate></item>
</channel></rss>`;
}
