// A feed with 10,000 items: parsed whole, but each polling round handles only the per-feed cap (30): the newest
// 30 not yet seen, oldest of them first; the rest wait for later rounds, nothing is fetched or ingested twice,
// and the database stays consistent.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseFeedText } from '../../src/feeds/parse-feed.ts';
import { page, startServer, type TestServer } from '../feeds/server.ts';
import { harness, type Harness } from '../feeds/setup.ts';
import { checkDatabase, HEALTHY } from './helpers.ts';

const ITEMS = 10_000;
const CAP = 30;
const SPEAKERS = ['Russian Foreign Minister Sergey Lavrov', 'Foreign Ministry spokeswoman Maria Zakharova', 'Kremlin spokesman Dmitry Peskov'];

let server: TestServer;
let h: Harness;
let feedXml = '';

/** Item i was published i minutes after the first; the feed lists the newest first, as feeds do. */
function rss(base: string): string {
  const items: string[] = [];
  for (let i = ITEMS - 1; i >= 0; i--) {
    const date = new Date(Date.UTC(2024, 4, 1) + i * 60_000).toUTCString();
    items.push(
      `<item><title>Consultations, round ${i}</title><link>${base}/a/${i}.html</link><guid>urn:item:${i}</guid>` +
        `<pubDate>${date}</pubDate><description>Round ${i} of consultations.</description></item>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Ten Thousand News</title><link>${base}/</link>${items.join('')}</channel></rss>`;
}

function article(i: number): string {
  const speaker = SPEAKERS[i % SPEAKERS.length];
  return `<!doctype html><html><head><title>Consultations, round ${i}</title><meta property="og:site_name" content="Ten Thousand News"></head>
<body><article><p>MOSCOW, May 1. ${speaker} said on Wednesday that round ${i} of the consultations on the border corridor had been useful.</p>
<p>“We expect commitment number ${i} to be honoured in full,” the official said.</p></article></body></html>`;
}

beforeAll(async () => {
  server = await startServer();
  feedXml = rss(server.base);
  server.route('/feeds/big.rss', page(feedXml, 'application/rss+xml; charset=utf-8'));
  for (let i = 0; i < ITEMS; i++) server.route(`/a/${i}.html`, page(article(i)));
});
afterAll(() => server.close());
beforeEach(() => {
  server.clear();
  h = harness();
});
afterEach(() => h.close());

describe('a feed with 10,000 items', () => {
  it('parses every item', () => {
    expect(feedXml.length).toBeLessThan(5 * 1024 * 1024); // under the fetcher's body cap
    const parsed = parseFeedText(feedXml, `${server.base}/feeds/big.rss`);
    expect(parsed.entries).toHaveLength(ITEMS);
    expect(parsed.entries[0]).toMatchObject({ guid: `urn:item:${ITEMS - 1}`, link: `${server.base}/a/${ITEMS - 1}.html`, date: '2024-05-07' });
  });

  it('handles at most the per-round cap (the newest waiting items, oldest of them first); later rounds take the next ones', async () => {
    h.feeds.add(`${server.base}/feeds/big.rss`);
    const first = (await h.feeds.pollOnce()).feeds[0];
    expect(first).toMatchObject({ outcome: 'updated', items: ITEMS, newItems: CAP, ingested: CAP, failed: 0, deferred: ITEMS - CAP });
    const pages = () => server.paths().filter((p) => p.startsWith('/a/'));
    expect(pages()).toEqual(Array.from({ length: CAP }, (_, i) => `/a/${ITEMS - CAP + i}.html`));

    server.clear();
    h.clock.advance(15 * 60_000);
    const second = (await h.feeds.pollOnce()).feeds[0];
    expect(second).toMatchObject({ ingested: CAP, duplicates: 0, deferred: ITEMS - 2 * CAP });
    expect(pages()).toEqual(Array.from({ length: CAP }, (_, i) => `/a/${ITEMS - 2 * CAP + i}.html`));
    // Two rounds in, the feed is re-read whole (no validators kept while items wait) and nothing repeats.
    expect(server.paths().filter((p) => p === '/feeds/big.rss')).toHaveLength(1);

    const health = checkDatabase(h.db);
    expect(health).toMatchObject({ ...HEALTHY, documents: 2 * CAP });
    expect(health.statements).toBeGreaterThanOrEqual(2 * CAP);
    expect(h.briefing.quote('commitment 9945')[0]?.statement.text).toContain('commitment number 9945');
  });
});
