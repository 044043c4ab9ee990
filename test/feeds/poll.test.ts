// End-to-end polling against a loopback publisher: new items are ingested once, 304s fetch nothing,
// re-stamped and re-pushed items are not duplicated, and the statements are searchable afterwards.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { conditional, fixture, page, silent, startServer, status, type TestServer } from './server.ts';
import { harness, type Harness } from './setup.ts';

let server: TestServer;
let h: Harness;
let agencyFeed = 'agency.rss.xml';

beforeAll(async () => {
  server = await startServer();
  const b = server.base;
  server.route('/feeds/agency.rss', conditional(() => fixture(agencyFeed, b), 'application/rss+xml; charset=utf-8'));
  server.route('/feeds/ministry.atom', conditional(() => fixture('ministry.atom.xml', b), 'application/atom+xml'));
  server.route('/feeds/regional.rdf', conditional(() => fixture('regional.rdf.xml', b), 'application/rdf+xml'));
  server.route('/articles/lavrov-nato.html', page(fixture('pages/lavrov-nato.html', b)));
  server.route('/articles/zakharova-grain.html', page(fixture('pages/zakharova-grain.html', b)));
  server.route('/amp/zakharova-grain.html', page(fixture('pages/zakharova-grain.html', b)));
  server.route('/articles/stoltenberg-summit.html', page(fixture('pages/stoltenberg-summit.html', b)));
  server.route('/articles/peskov-negotiations.html', status(500));
  server.route('/press/zakharova-afghanistan.html', page(fixture('pages/ministry-briefing.html', b)));
  server.route('/press/statement-1949.pdf', page('%PDF-1.4 not really', 'application/pdf'));
  server.route('/regional/kabulov-format.html', page(fixture('pages/kabulov-format.html', b)));
});
afterAll(() => server.close());

beforeEach(() => {
  agencyFeed = 'agency.rss.xml';
  server.clear();
  h = harness();
});
afterEach(() => h.close());

describe('polling an RSS feed', () => {
  it('ingests each new item once, from its article page, and the statements are searchable', async () => {
    const { feed } = h.feeds.add(`${server.base}/feeds/agency.rss`, { name: 'Steppe News Agency' });
    const report = await h.feeds.pollOnce();

    expect(report.feeds).toHaveLength(1);
    const r = report.feeds[0];
    expect(r).toMatchObject({ outcome: 'updated', items: 3, newItems: 3, ingested: 3, duplicates: 0, failed: 0, fallbacks: 1 });
    expect(r?.statements).toBeGreaterThanOrEqual(8);
    // Oldest item first; one request at a time to the publisher's host.
    expect(server.paths()).toEqual([
      '/feeds/agency.rss',
      '/articles/lavrov-nato.html?utm_source=rss&utm_medium=feed&utm_campaign=english',
      '/articles/peskov-negotiations.html',
      '/articles/zakharova-grain.html',
    ]);
    expect(server.maxInFlight()).toBe(1);
    expect(server.requests[0]?.headers['user-agent']).toBe('Briefdesk/0.1 (+feeds)');

    const lavrov = h.briefing.quote('Lavrov NATO');
    expect(lavrov.length).toBeGreaterThan(0);
    const hit = lavrov[0]?.statement;
    expect(hit?.speaker).toBe('Sergey Lavrov');
    expect(hit?.url).toBe(`${server.base}/articles/lavrov-nato.html`); // tracking parameters gone
    expect(hit?.outlet).toBe('Steppe News Agency');
    expect(hit?.date).toBe('2024-05-20');

    // The page answered 500: the item's own content was used, with the feed's title and date.
    const peskov = h.briefing.quote('Peskov negotiations');
    expect(peskov[0]?.statement.text).toContain('The door to negotiations remains open');
    expect(peskov[0]?.statement.sources[0]?.title).toBe('Peskov: door to negotiations remains open');
    expect(peskov[0]?.statement.date).toBe('2024-05-21');

    // The digest cursor sees them too.
    expect(h.briefing.statementsSince(0).length).toBe(r?.statements);

    const status = h.feeds.get(feed.id);
    expect(status).toMatchObject({ itemsSeen: 3, itemsFailed: 0, documentsAdded: 3, failures: 0, lastError: null, title: 'Steppe News Agency — English service' });
    expect(status?.lastSuccessAt).toBe('2024-05-25T06:00:00.000Z');
    expect(status?.etag).toMatch(/^"/);
  });

  it('asks conditionally on the next poll and fetches nothing on 304 Not Modified', async () => {
    h.feeds.add(`${server.base}/feeds/agency.rss`);
    await h.feeds.pollOnce();
    const documents = h.briefing.stats().documents;
    server.clear();

    h.clock.advance(15 * 60_000);
    const report = await h.feeds.pollOnce();
    expect(report.feeds[0]?.outcome).toBe('not-modified');
    expect(server.paths()).toEqual(['/feeds/agency.rss']);
    expect(server.requests[0]?.headers['if-none-match']).toMatch(/^"/);
    expect(server.requests[0]?.headers['if-modified-since']).toBe('Tue, 21 May 2024 09:00:00 GMT');
    expect(h.briefing.stats().documents).toBe(documents);
    expect(h.feeds.list()[0]?.lastSuccessAt).toBe('2024-05-25T06:15:00.000Z');
  });

  it('does not duplicate a re-stamped item (new GUID, other tracking parameters) or a re-pushed copy (same content)', async () => {
    h.feeds.add(`${server.base}/feeds/agency.rss`, { name: 'Steppe News Agency' });
    await h.feeds.pollOnce();
    const before = h.briefing.stats();
    const lavrovBefore = h.briefing.quote('Lavrov NATO', { limit: 50 }).length;
    server.clear();

    agencyFeed = 'agency-restamped.rss.xml';
    const report = await h.feeds.pollOnce();
    const r = report.feeds[0];
    expect(r).toMatchObject({ outcome: 'updated', items: 4, newItems: 2, ingested: 1, duplicates: 1 });
    // The re-stamped Lavrov item is known by its normalised URL: its page is not even fetched.
    expect(server.paths()).toEqual(['/feeds/agency.rss', '/amp/zakharova-grain.html', '/articles/stoltenberg-summit.html?utm_source=rss']);

    const after = h.briefing.stats();
    expect(after.documents).toBe(before.documents + 1);
    expect(h.briefing.quote('Lavrov NATO', { limit: 50 })).toHaveLength(lavrovBefore);
    expect(h.briefing.quote('grain deal', { limit: 50 }).every((x) => x.statement.sources.length === 1)).toBe(true);

    // The page of the new item has no outlet: the feed's name stands in.
    const stoltenberg = h.briefing.quote('Stoltenberg air defence');
    expect(stoltenberg[0]?.statement.outlet).toBe('Steppe News Agency');

    // A third poll of the same feed text recognises everything by GUID without any page request.
    server.clear();
    h.feeds.remove(999); // no such feed: harmless
    const third = await h.feeds.pollOnce();
    expect(third.feeds[0]?.outcome).toBe('not-modified');
    expect(server.paths()).toEqual(['/feeds/agency.rss']);
  });
});

describe('the same article in two feeds', () => {
  it('is stored once and its page fetched once', async () => {
    server.route('/feeds/mirror.rss', conditional(() => fixture('agency.rss.xml', server.base), 'application/rss+xml'));
    h.feeds.add(`${server.base}/feeds/agency.rss`);
    h.feeds.add(`${server.base}/feeds/mirror.rss`);
    const report = await h.feeds.pollOnce();
    // Both feeds are polled at once; whichever reaches an article first ingests it, the other skips it.
    expect(report.feeds.reduce((n, f) => n + f.ingested, 0)).toBe(3);
    expect(report.feeds.reduce((n, f) => n + f.duplicates, 0)).toBe(3);
    expect(report.feeds.every((f) => f.outcome === 'updated' && f.failed === 0)).toBe(true);
    expect(h.briefing.stats().documents).toBe(3);
    expect(server.paths().filter((p) => p.startsWith('/articles/'))).toHaveLength(3);
  });
});

describe('Atom and RDF feeds', () => {
  it('resolve relative links, fall back to the entry content for non-HTML pages and take missing dates from the item', async () => {
    h.feeds.add(`${server.base}/feeds/ministry.atom`, { name: 'MFA' });
    h.feeds.add(`${server.base}/feeds/regional.rdf`);
    const report = await h.feeds.pollOnce();
    expect(report.feeds.map((f) => [f.name, f.outcome, f.ingested, f.fallbacks])).toEqual([
      ['MFA', 'updated', 2, 1],
      ['Kazan Courier', 'updated', 1, 0],
    ]);
    expect(server.paths()).toContain('/press/zakharova-afghanistan.html');

    const format = h.briefing.quote('Lavrov neighbours');
    expect(format[0]?.statement.text).toContain("No other format brings all of Afghanistan's neighbours");
    expect(format[0]?.statement.outlet).toBe('MFA');

    const kabulov = h.briefing.quote('Kabulov inclusive government');
    expect(kabulov[0]?.statement.speaker).toBe('Zamir Kabulov');
    expect(kabulov[0]?.statement.date).toBe('2024-05-24'); // from dc:date: the page has none
    expect(kabulov[0]?.statement.outlet).toBe('Kazan Courier');
  });
});

describe('limits of a round', () => {
  it('handles at most maxItemsPerFeed new items (newest first) and picks up the rest next round', async () => {
    h.close();
    h = harness({ deps: { maxItemsPerFeed: 2 } });
    const { feed } = h.feeds.add(`${server.base}/feeds/agency.rss`);
    const first = await h.feeds.pollOnce();
    expect(first.feeds[0]).toMatchObject({ newItems: 2, ingested: 2, deferred: 1 });
    expect(server.paths()).not.toContain('/articles/lavrov-nato.html?utm_source=rss&utm_medium=feed&utm_campaign=english');
    expect(h.feeds.get(feed.id)?.etag).toBeNull(); // so the next round reads the whole feed again

    server.clear();
    const second = await h.feeds.pollOnce();
    expect(second.feeds[0]).toMatchObject({ outcome: 'updated', newItems: 1, ingested: 1, deferred: 0 });
    expect(server.requests[0]?.headers['if-none-match']).toBeUndefined();
    expect(h.feeds.get(feed.id)).toMatchObject({ itemsSeen: 3, documentsAdded: 3 });
  });

  it('stops between requests when its signal aborts, recording no failure', async () => {
    const b = server.base;
    server.route('/feeds/stuck.rss', conditional(() => `<rss version="2.0"><channel><title>Stuck</title><link>${b}/</link><description>x</description>
      <item><title>Never answers</title><link>${b}/p/stuck.html</link><guid>s-1</guid><description>"Text," Lavrov said.</description></item>
      </channel></rss>`, 'application/rss+xml'));
    server.route('/p/stuck.html', silent);
    const { feed } = h.feeds.add(`${b}/feeds/stuck.rss`);
    const controller = new AbortController();
    const round = h.feeds.pollOnce({ signal: controller.signal });
    while (!server.paths().includes('/p/stuck.html')) await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    const report = await round;
    expect(report.feeds[0]).toMatchObject({ outcome: 'stopped', newItems: 0, deferred: 1, error: null });
    expect(h.feeds.get(feed.id)).toMatchObject({ failures: 0, itemsSeen: 0, lastError: null });
  });
});
