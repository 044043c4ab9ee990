// The small rules under polling: URL identity, feed parsing across formats, charsets, OPML, back-off.
import { describe, expect, it } from 'vitest';
import { backoffMs } from '../../src/feeds/backoff.ts';
import { decodeBody } from '../../src/feeds/decode.ts';
import { FeedError, normaliseUrl } from '../../src/feeds/index.ts';
import { parseOpmlFeeds } from '../../src/feeds/opml.ts';
import { isoDate, parseFeedText } from '../../src/feeds/parse-feed.ts';
import { fixture } from './server.ts';

const BASE = 'https://news.example';

describe('normaliseUrl', () => {
  it('removes tracking parameters and the fragment but keeps parameters that select the article', () => {
    expect(normaliseUrl('https://News.Example:443/a/b.html?utm_source=rss&utm_medium=feed#top')).toBe('https://news.example/a/b.html');
    expect(normaliseUrl('https://news.example/story?id=42&fbclid=IwAR0&gclid=x&mc_cid=1&_ga=2')).toBe('https://news.example/story?id=42');
    expect(normaliseUrl('http://news.example/story?page=2&UTM_Campaign=x')).toBe('http://news.example/story?page=2');
    expect(normaliseUrl('/rel/path?x=1', 'https://news.example/feeds/rss')).toBe('https://news.example/rel/path?x=1');
    expect(normaliseUrl('https://news.example/index.php?rss=1&format=atom')).toBe('https://news.example/index.php?rss=1&format=atom');
  });

  it('refuses what is not an http(s) URL', () => {
    expect(() => normaliseUrl('ftp://files.example/feed.xml')).toThrow(FeedError);
    expect(() => normaliseUrl('not a url')).toThrow(/not a valid URL/);
    expect(() => normaliseUrl('javascript:alert(1)')).toThrow(/only http and https/);
  });
});

describe('parseFeedText', () => {
  it('reads RSS 2.0 items with GUIDs, links, local dates and content', () => {
    const feed = parseFeedText(fixture('agency.rss.xml', BASE), `${BASE}/feeds/agency.rss`);
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Steppe News Agency — English service');
    expect(feed.entries.map((e) => [e.guid, e.date])).toEqual([
      ['sna-1002', '2024-05-21'],
      ['sna-1003', '2024-05-21'],
      ['sna-1001', '2024-05-20'],
    ]);
    expect(feed.entries[1]?.content).toContain('The door to negotiations remains open');
  });

  it('reads Atom entries: id as GUID, the alternate link resolved against the feed URL, HTML titles as text', () => {
    const feed = parseFeedText(fixture('ministry.atom.xml', BASE), `${BASE}/feeds/ministry.atom`);
    expect(feed.format).toBe('atom');
    expect(feed.entries[0]).toMatchObject({
      guid: 'tag:mfa.example,2024:press/1950',
      link: `${BASE}/press/zakharova-afghanistan.html`,
      title: 'Briefing by Foreign Ministry Spokeswoman Maria Zakharova on Afghanistan',
      date: '2024-05-23',
    });
    expect(feed.entries[1]?.date).toBe('2024-05-22'); // no <published>: <updated>
  });

  it('reads RDF (RSS 1.0) items with Dublin Core dates and publisher', () => {
    const feed = parseFeedText(fixture('regional.rdf.xml', BASE), `${BASE}/feeds/regional.rdf`);
    expect(feed.format).toBe('rdf');
    expect(feed.entries).toEqual([
      expect.objectContaining({ guid: `${BASE}/regional/kabulov-format.html`, date: '2024-05-24', outlet: 'Kazan Courier' }),
    ]);
  });

  it('reads JSON Feed and gives link-less, GUID-less items a content-based identity', () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Wire',
      items: [{ id: 'w1', url: '/w/1', title: 'One', content_text: 'Text', date_published: '2024-05-01T23:30:00-05:00' }],
    });
    const feed = parseFeedText(json, `${BASE}/wire.json`);
    expect(feed.entries[0]).toMatchObject({ guid: 'w1', link: `${BASE}/w/1`, date: '2024-05-01' });
    const rss = parseFeedText(
      '<rss version="2.0"><channel><title>T</title><item><title>No link</title><description>Body</description></item></channel></rss>',
      BASE,
    );
    expect(rss.entries[0]?.guid).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('tells a broken feed from a page that is not a feed', () => {
    expect(() => parseFeedText(fixture('broken.rss.xml', BASE), BASE)).toThrow(expect.objectContaining({ kind: 'malformed' }));
    expect(() => parseFeedText(fixture('not-a-feed.html', BASE), BASE)).toThrow(expect.objectContaining({ kind: 'not-a-feed' }));
  });

  it('keeps the publisher’s local date', () => {
    expect(isoDate('Tue, 21 May 2024 01:10:00 +0300')).toBe('2024-05-21');
    expect(isoDate('2024-05-21T01:10:00+03:00')).toBe('2024-05-21');
    expect(isoDate('yesterday-ish')).toBeNull();
  });
});

describe('decodeBody', () => {
  it('honours the declared charset of a feed or page', () => {
    const cp1251 = Buffer.from([0xcb, 0xe0, 0xe2, 0xf0, 0xee, 0xe2]); // "Лавров"
    const xml = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="windows-1251"?><t>'), cp1251, Buffer.from('</t>')]);
    expect(decodeBody(xml, 'application/rss+xml')).toContain('Лавров');
    expect(decodeBody(cp1251, 'text/html; charset=windows-1251')).toBe('Лавров');
    expect(decodeBody(Buffer.from('Zakharova – “quote”'), null)).toBe('Zakharova – “quote”');
  });
});

describe('parseOpmlFeeds', () => {
  it('flattens folders and keeps titles as names', () => {
    expect(parseOpmlFeeds(fixture('subscriptions.opml', BASE))).toEqual([
      { url: `${BASE}/feeds/agency.rss`, name: 'Steppe News Agency (English)' },
      { url: `${BASE}/feeds/ministry.atom`, name: 'MFA press releases' },
      { url: `${BASE}/feeds/regional.rdf`, name: 'Kazan Courier' },
      { url: 'ftp://files.example/feed.xml', name: 'Broken entry' },
    ]);
    expect(() => parseOpmlFeeds('<html>no</html>')).toThrow(FeedError);
  });
});

describe('backoffMs', () => {
  it('doubles from 10 minutes up to 12 hours, and honours a longer Retry-After', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n) / 60_000)).toEqual([10, 20, 40, 80]);
    expect(backoffMs(40)).toBe(12 * 3_600_000);
    expect(backoffMs(1, {}, 3_600_000)).toBe(3_600_000);
  });
});
