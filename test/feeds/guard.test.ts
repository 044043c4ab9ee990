// The private-address guard (no fetch of loopback, private, link-local … hosts unless FEEDS_ALLOW_PRIVATE)
// and permanent redirects moving a feed. No test touches DNS or the internet: host names are resolved by
// an injected lookup, and "public" hosts are a fetch that carries the request to the loopback stand-in.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHttpFetcher, FeedError, formatFeedList, formatPollReport, type HttpFetcher } from '../../src/feeds/index.ts';
import { assertPublicHost, isPublicAddress, nonPublicRange, type HostLookup } from '../../src/feeds/guard.ts';
import { createFeedService } from '../../src/feeds/service.ts';
import { openSqliteFeedStore } from '../../src/adapters/sqlite/index.ts';
import { conditional, fixture, page, redirect, startServer, type TestServer } from './server.ts';
import { harness, type Harness } from './setup.ts';

/** A lookup over a fixed table; any other name does not exist. Records every name asked. */
function fakeDns(table: Record<string, string[]>): HostLookup & { asked: string[] } {
  const asked: string[] = [];
  const lookup = async (hostname: string) => {
    asked.push(hostname);
    const addresses = table[hostname];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return Object.assign(lookup, { asked });
}

describe('address classification', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.0.0.1', 'private'],
    ['10.255.1.2', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'], // cloud metadata service
    ['100.64.0.1', 'carrier-grade NAT'],
    ['100.127.255.254', 'carrier-grade NAT'],
    ['0.0.0.0', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['192.0.2.10', 'reserved'],
    ['240.0.0.1', 'reserved'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['::', 'unspecified'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456:789a::1', 'unique-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['ff02::1', 'multicast'],
    ['fec0::1', 'site-local'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.1.2.3', 'private'],
    ['::ffff:169.254.169.254', 'link-local'],
    ['64:ff9b::7f00:1', 'loopback'], // NAT64 of 127.0.0.1
    ['2002:c0a8:0101::1', 'private'], // 6to4 of 192.168.1.1
    ['::127.0.0.1', 'reserved'], // IPv4-compatible (deprecated), not mapped
    ['::8.8.8.8', 'reserved'],
    ['2001:db8::1', 'reserved'], // documentation
    ['2001::1', 'Teredo tunnel'],
    ['100::1', 'special-purpose (discard)'],
    ['localhost', 'not an IP address'],
    ['127.1', 'not an IP address'], // only canonical forms: URLs and DNS give those
  ])('%s is refused (%s)', (address, range) => {
    expect(nonPublicRange(address)).toBe(range);
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['8.8.8.8', '1.1.1.1', '93.184.216.34', '172.32.0.1', '100.128.0.1', '2606:4700::1111', '2a00:1450:4001:81c::200e', '::ffff:8.8.8.8', '64:ff9b::808:808', '2002:0808:0808::1'])(
    '%s is public',
    (address) => {
      expect(nonPublicRange(address)).toBeNull();
      expect(isPublicAddress(address)).toBe(true);
    },
  );
});

describe('assertPublicHost', () => {
  const dns = fakeDns({
    'news.example': ['93.184.216.34', '2606:4700::1111'],
    'intranet.example': ['10.0.0.5'],
    'split.example': ['93.184.216.34', '::ffff:127.0.0.1'],
  });

  it('passes a name whose every address is public', async () => {
    await expect(assertPublicHost('https://news.example/rss', dns)).resolves.toBeUndefined();
  });

  it('refuses loopback and private literals and localhost without asking DNS', async () => {
    dns.asked.length = 0;
    for (const url of ['http://127.0.0.1:8080/rss', 'http://[::1]/rss', 'http://[::ffff:7f00:1]/', 'http://0x7f.1/', 'http://2130706433/', 'http://localhost:3000/', 'http://LOCALHOST./', 'http://api.localhost/', 'http://169.254.169.254/latest/meta-data/']) {
      const err = await assertPublicHost(url, dns).catch((e: unknown) => e);
      expect(err, url).toBeInstanceOf(FeedError);
      expect(err, url).toMatchObject({ kind: 'forbidden-address', url });
    }
    expect(dns.asked).toEqual([]);
    await expect(assertPublicHost('http://127.0.0.1/', dns)).rejects.toThrow(
      '127.0.0.1 is a loopback address: not fetched (FEEDS_ALLOW_PRIVATE=true allows private addresses)',
    );
  });

  it('refuses a name when any of its addresses is not public', async () => {
    await expect(assertPublicHost('http://intranet.example/rss', dns)).rejects.toMatchObject({
      kind: 'forbidden-address',
      message: 'intranet.example resolves to 10.0.0.5, a private address: not fetched (FEEDS_ALLOW_PRIVATE=true allows private addresses)',
    });
    await expect(assertPublicHost('http://split.example/rss', dns, true)).rejects.toMatchObject({
      kind: 'forbidden-address',
      message: expect.stringMatching(/^redirect: split\.example resolves to ::ffff:127\.0\.0\.1, a loopback address/),
    });
  });

  it('reports a name that does not resolve as a network error', async () => {
    await expect(assertPublicHost('http://nowhere.example/', dns)).rejects.toMatchObject({ kind: 'network', message: 'network error: ENOTFOUND' });
  });
});

describe('the HTTP client with the guard on (the default)', () => {
  const dns = fakeDns({ 'news.example': ['93.184.216.34'], 'intranet.example': ['10.0.0.5'], 'cdn.example': ['2606:4700::1111'] });

  /** A stand-in for the internet: answers from a table and records what was asked. */
  function fakeFetch(answers: Record<string, () => Response>): typeof fetch & { urls: string[] } {
    const urls: string[] = [];
    const f = async (input: string | URL | Request) => {
      const url = String(input);
      urls.push(url);
      const answer = answers[url];
      if (!answer) throw new Error(`unexpected request to ${url}`);
      return answer();
    };
    return Object.assign(f as typeof fetch, { urls });
  }
  const moved = (location: string, status = 301) => () => new Response(null, { status, headers: { location } });
  const rss = () => new Response('<rss version="2.0"><channel><title>x</title></channel></rss>', { headers: { 'content-type': 'application/rss+xml' } });

  it('refuses a redirect hop from a public host to a private one before requesting it', async () => {
    const fetchImpl = fakeFetch({ 'https://news.example/rss': moved('http://intranet.example/admin/rss', 302) });
    const http = createHttpFetcher({ politeDelayMs: 0, fetch: fetchImpl, lookup: dns });
    const err = await http.get('https://news.example/rss').catch((e: unknown) => e);
    expect(err).toMatchObject({
      kind: 'forbidden-address',
      url: 'http://intranet.example/admin/rss',
      message: 'redirect: intranet.example resolves to 10.0.0.5, a private address: not fetched (FEEDS_ALLOW_PRIVATE=true allows private addresses)',
    });
    expect(fetchImpl.urls).toEqual(['https://news.example/rss']);
  });

  it('refuses a redirect to a literal loopback address', async () => {
    const fetchImpl = fakeFetch({ 'https://news.example/rss': moved('http://[::ffff:127.0.0.1]:8080/rss') });
    const http = createHttpFetcher({ politeDelayMs: 0, fetch: fetchImpl, lookup: dns });
    await expect(http.get('https://news.example/rss')).rejects.toMatchObject({ kind: 'forbidden-address', message: expect.stringContaining('loopback') });
    expect(fetchImpl.urls).toHaveLength(1);
  });

  it('follows redirects between public hosts and tells where the URL moved for good', async () => {
    const fetchImpl = fakeFetch({
      'https://news.example/rss': moved('https://news.example/feed.xml', 308),
      'https://news.example/feed.xml': moved('https://cdn.example/feed.xml', 301),
      'https://cdn.example/feed.xml': moved('https://cdn.example/today.xml', 302),
      'https://cdn.example/today.xml': rss,
    });
    const http = createHttpFetcher({ politeDelayMs: 0, fetch: fetchImpl, lookup: dns });
    const res = await http.get('https://news.example/rss');
    expect(res).toMatchObject({ notModified: false, url: 'https://cdn.example/today.xml', movedTo: 'https://cdn.example/feed.xml' });
    expect(fetchImpl.urls).toHaveLength(4);
  });

  it('stops a lookup that hangs when the signal aborts', async () => {
    const http = createHttpFetcher({ politeDelayMs: 0, fetch: fakeFetch({}), lookup: () => new Promise(() => undefined) });
    const controller = new AbortController();
    const pending = http.get('https://slow-dns.example/rss', { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ kind: 'aborted' });
  });

  it('does not look anything up with allowPrivate', async () => {
    const lookup = fakeDns({});
    const fetchImpl = fakeFetch({ 'http://intranet.example/rss': rss });
    const http = createHttpFetcher({ politeDelayMs: 0, fetch: fetchImpl, lookup, allowPrivate: true });
    await expect(http.get('http://intranet.example/rss')).resolves.toMatchObject({ notModified: false });
    expect(lookup.asked).toEqual([]);
  });
});

describe('polling with the guard on', () => {
  let server: TestServer;
  let h: Harness;
  let port: string;
  let publicBase: string;
  // news.test is "a public publisher": it resolves to a public address and its requests reach the stand-in.
  const dns = fakeDns({ 'news.test': ['93.184.216.34'], 'intranet.test': ['192.168.10.20'], 'dual.test': ['93.184.216.34', 'fd00::20'] });

  beforeAll(async () => {
    server = await startServer();
    port = new URL(server.base).port;
    publicBase = `http://news.test:${port}`;
    server.route('/feeds/agency.rss', conditional(() => fixture('agency.rss.xml', publicBase), 'application/rss+xml'));
    server.route('/articles/lavrov-nato.html', page(fixture('pages/lavrov-nato.html', publicBase)));
    server.route('/articles/zakharova-grain.html', page(fixture('pages/zakharova-grain.html', publicBase)));
    server.route('/feeds/secret.rss', conditional(() => fixture('agency.rss.xml', server.base), 'application/rss+xml'));
    server.route('/feeds/jump.rss', redirect(`http://intranet.test:${port}/feeds/secret.rss`, 302));
    server.route('/feeds/inside-links.rss', page(insideLinks(publicBase), 'application/rss+xml'));
    server.route('/p/internal.html', page('<html><body><p>internal page</p></body></html>'));
  });
  afterAll(() => server.close());

  beforeEach(() => {
    server.clear();
    h = harness({
      http: {
        allowPrivate: false,
        lookup: dns,
        // Only news.test is carried to the stand-in; any other host would be a real request, which the
        // guard must have refused first.
        fetch: (input, init) => {
          const url = String(input);
          if (!url.startsWith(publicBase)) throw new Error(`the guard let through ${url}`);
          return fetch(server.base + url.slice(publicBase.length), init);
        },
      },
    });
  });
  afterEach(() => h.close());

  it('refuses loopback, localhost, private and redirected-to-private feeds with a clear error while the others are ingested', async () => {
    const add = (url: string) => h.feeds.add(url).feed.id;
    const ids = {
      loopback: add(`${server.base}/feeds/secret.rss`),
      localhost: add(`http://localhost:${port}/feeds/secret.rss`),
      intranet: add(`http://intranet.test:${port}/feeds/secret.rss`),
      dual: add(`http://dual.test:${port}/feeds/secret.rss`),
      jump: add(`${publicBase}/feeds/jump.rss`),
      good: add(`${publicBase}/feeds/agency.rss`),
    };
    const report = await h.feeds.pollOnce();
    const byId = new Map(report.feeds.map((f) => [f.feedId, f]));
    const hint = ': not fetched (FEEDS_ALLOW_PRIVATE=true allows private addresses)';

    expect(byId.get(ids.good)).toMatchObject({ outcome: 'updated', ingested: 3, failed: 0 });
    expect(byId.get(ids.loopback)).toMatchObject({ outcome: 'failed', error: `127.0.0.1 is a loopback address${hint}` });
    expect(byId.get(ids.localhost)).toMatchObject({ outcome: 'failed', error: `localhost is this machine (loopback)${hint}` });
    expect(byId.get(ids.intranet)).toMatchObject({ outcome: 'failed', error: `intranet.test resolves to 192.168.10.20, a private address${hint}` });
    expect(byId.get(ids.dual)).toMatchObject({ outcome: 'failed', error: `dual.test resolves to fd00::20, a unique-local address${hint}` });
    expect(byId.get(ids.jump)).toMatchObject({ outcome: 'failed', error: `redirect: intranet.test resolves to 192.168.10.20, a private address${hint}` });

    // Nothing private was requested: only the public feed, its pages and the redirecting URL.
    expect(server.paths()).not.toContain('/feeds/secret.rss');
    expect(server.paths()).toContain('/feeds/jump.rss');

    const listed = formatFeedList(h.feeds.list());
    expect(listed).toContain(`FAILING (1 in a row): 127.0.0.1 is a loopback address${hint}; backing off until 2024-05-25 06:10 UTC`);
    expect(listed).toContain(`FAILING (1 in a row): redirect: intranet.test resolves to 192.168.10.20`);
    expect(formatPollReport(report)).toContain('polled 6 feeds: 1 updated, 0 not modified, 5 failed');
    expect(h.feeds.get(ids.good)).toMatchObject({ failures: 0, documentsAdded: 3 });
  });

  it('does not fetch an item link that points inside; the item falls back to its own text', async () => {
    const { feed } = h.feeds.add(`${publicBase}/feeds/inside-links.rss`, { name: 'Inside' });
    const report = await h.feeds.pollOnce();
    expect(report.feeds[0]).toMatchObject({ outcome: 'updated', newItems: 1, ingested: 1, fallbacks: 1 });
    expect(server.paths()).toEqual(['/feeds/inside-links.rss']);
    expect(h.briefing.quote('Shoigu drills')[0]?.statement.text).toContain('The drills are purely defensive');
    expect(h.feeds.get(feed.id)).toMatchObject({ failures: 0, itemsSeen: 1 });
  });
});

function insideLinks(base: string): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Inside</title><link>${base}/</link><description>x</description>
<item><title>Drills</title><link>http://10.20.30.40/p/internal.html</link><guid>in-1</guid><pubDate>Fri, 24 May 2024 10:00:00 GMT</pubDate>
<description>Defence Minister Sergei Shoigu said on Friday that the exercises would continue. "The drills are purely defensive," Shoigu said.</description></item>
</channel></rss>`;
}

describe('a permanent redirect on the feed URL', () => {
  let server: TestServer;
  let h: Harness;

  beforeAll(async () => {
    server = await startServer();
    const b = server.base;
    server.route('/feeds/new.rss', conditional(() => fixture('agency.rss.xml', b), 'application/rss+xml'));
    server.route('/articles/lavrov-nato.html', page(fixture('pages/lavrov-nato.html', b)));
    server.route('/articles/zakharova-grain.html', page(fixture('pages/zakharova-grain.html', b)));
    server.route('/feeds/old-301.rss', redirect('/feeds/new.rss', 301));
    server.route('/feeds/old-308.rss', redirect(`${b}/feeds/new.rss?utm_source=moved`, 308));
    server.route('/feeds/temp-302.rss', redirect('/feeds/new.rss', 302));
    server.route('/feeds/temp-307.rss', redirect('/feeds/new.rss', 307));
    server.route('/feeds/temp-303.rss', redirect('/feeds/new.rss', 303));
    server.route('/feeds/mixed.rss', redirect('/feeds/step.rss', 301));
    server.route('/feeds/step.rss', redirect('/feeds/new.rss', 302));
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.clear();
    h = harness(); // loopback stand-in: private addresses allowed
  });
  afterEach(() => h.close());

  it.each([301, 308])('%i updates the stored URL with the poll result, and the next poll goes straight there', async (code) => {
    const { feed } = h.feeds.add(`${server.base}/feeds/old-${code}.rss`, { name: 'Agency' });
    const report = await h.feeds.pollOnce();
    const newUrl = `${server.base}/feeds/new.rss`; // normalised: the tracking parameter of the 308 is gone
    expect(report.feeds[0]).toMatchObject({ outcome: 'updated', ingested: 3, url: newUrl, movedTo: newUrl });
    expect(formatPollReport(report)).toContain(`\n    moved permanently: now following ${newUrl}\n`);
    expect(h.feeds.get(feed.id)).toMatchObject({ url: newUrl, lastSuccessAt: '2024-05-25T06:00:00.000Z', failures: 0, documentsAdded: 3 });
    expect(h.feeds.get(feed.id)?.etag).toMatch(/^"/);
    expect(formatFeedList(h.feeds.list())).toContain(`#${feed.id}  Agency — ${newUrl}`);

    server.clear();
    const again = await h.feeds.pollOnce();
    expect(again.feeds[0]).toMatchObject({ outcome: 'not-modified', url: newUrl, movedTo: null });
    expect(server.paths()).toEqual(['/feeds/new.rss']);
    expect(server.requests[0]?.headers['if-none-match']).toMatch(/^"/);
  });

  it.each([302, 303, 307])('%i leaves the stored URL alone', async (code) => {
    const oldUrl = `${server.base}/feeds/temp-${code}.rss`;
    const { feed } = h.feeds.add(oldUrl);
    const report = await h.feeds.pollOnce();
    expect(report.feeds[0]).toMatchObject({ outcome: 'updated', ingested: 3, url: oldUrl, movedTo: null });
    expect(formatPollReport(report)).not.toContain('moved permanently');
    expect(h.feeds.get(feed.id)?.url).toBe(oldUrl);

    server.clear();
    await h.feeds.pollOnce();
    expect(server.paths()).toEqual([`/feeds/temp-${code}.rss`, '/feeds/new.rss']);
  });

  it('moves only as far as the permanent redirects go (301 then 302)', async () => {
    const { feed } = h.feeds.add(`${server.base}/feeds/mixed.rss`);
    await h.feeds.pollOnce();
    expect(h.feeds.get(feed.id)?.url).toBe(`${server.base}/feeds/step.rss`);
  });

  it('keeps the old URL when another feed already follows the new one', async () => {
    const other = h.feeds.add(`${server.base}/feeds/new.rss`).feed;
    const { feed } = h.feeds.add(`${server.base}/feeds/old-301.rss`);
    const report = await h.feeds.pollOnce();
    expect(report.feeds.map((f) => f.outcome)).toEqual(['updated', 'updated']);
    expect(report.feeds[1]?.movedTo).toBeNull();
    expect(h.feeds.get(feed.id)).toMatchObject({ url: `${server.base}/feeds/old-301.rss`, failures: 0 });
    expect(h.feeds.get(other.id)?.url).toBe(`${server.base}/feeds/new.rss`);
  });

  it('does not move a feed from https down to http', async () => {
    const feedText = fixture('agency.rss.xml', 'https://news.example');
    const http: HttpFetcher = {
      get: async (url) =>
        url.endsWith('.rss')
          ? { notModified: false, url: 'http://news.example/feed.rss', movedTo: 'http://news.example/feed.rss', body: Buffer.from(feedText), contentType: 'application/rss+xml', etag: null, lastModified: null }
          : Promise.reject(new FeedError('http-status', 'HTTP 404 Not Found', { url, status: 404 })),
    };
    const feeds = createFeedService({ store: openSqliteFeedStore(':memory:'), briefing: h.briefing, http, now: h.clock.now });
    try {
      const { feed } = feeds.add('https://news.example/feed.rss');
      const report = await feeds.pollOnce();
      expect(report.feeds[0]).toMatchObject({ outcome: 'updated', movedTo: null });
      expect(feeds.get(feed.id)?.url).toBe('https://news.example/feed.rss');
    } finally {
      feeds.close();
    }
  });
});
