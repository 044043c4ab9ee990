import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../../src/core/ingest/index.ts';
import { parseHTML } from 'linkedom';
import { elementText, looksLikeHtml } from '../../../src/core/ingest/html.ts';

const FIXTURE = new URL('../../fixtures/ingest/article-page.html', import.meta.url);
const NOW = new Date('2026-01-01T00:00:00Z');
const PARA =
  'Kazakhstan is ready to host talks between the Taliban and other Afghan political forces if both sides ask for it, the minister said on Tuesday.';
const PARA2 = 'He said the humanitarian situation in Afghanistan was deteriorating quickly and that the world should act.';

function page(head: string, body: string): string {
  return `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
}

describe('HTML article page', () => {
  const html = readFileSync(FIXTURE);
  const doc = loadDocument({ data: html, path: 'test/fixtures/ingest/article-page.html', url: 'https://steppeherald.example/x?utm=1', now: NOW });

  it('reads title, outlet, canonical URL and date from the page metadata', () => {
    expect(doc.title).toBe('Kazakhstan offers to mediate Afghan talks');
    expect(doc.outlet).toBe('Steppe Herald');
    expect(doc.url).toBe('https://steppeherald.example/world/kazakhstan-mediate-afghan-talks');
    expect(doc.date).toBe('2021-09-14');
    expect(doc.path).toBe('test/fixtures/ingest/article-page.html');
  });

  it('keeps the article paragraphs with entities decoded', () => {
    const paragraphs = doc.text.split('\n\n');
    expect(paragraphs[0]).toMatch(/^Kazakhstan is ready to host talks/);
    expect(doc.text).toContain('“We are prepared to offer a neutral platform for an intra-Afghan dialogue,” Tleuberdi told reporters');
    expect(doc.text).toContain('act "without delay" to prevent famine');
    expect(doc.text).toContain('partners in the region & the United Nations.');
    expect(paragraphs.length).toBeGreaterThanOrEqual(5);
  });

  it('drops navigation, ads, share bars, related links, comments and footer', () => {
    for (const junk of ['Home', 'Subscribe', 'Cheap flights', 'Share on', 'Related', 'Uzbekistan reopens', 'Leave a Reply', 'email address', 'Steppe Herald. All rights', 'Privacy Policy', '.ad-banner']) {
      expect(doc.text).not.toContain(junk);
    }
    expect(doc.text).not.toContain('Kazakhstan offers to mediate Afghan talks');
  });

  it('is detected as HTML by extension, content type or content', () => {
    const text = html.toString('utf8');
    expect(looksLikeHtml(text)).toBe(true);
    expect(loadDocument({ data: text, now: NOW }).title).toBe(doc.title);
    expect(loadDocument({ data: text, path: 'page.txt', contentType: 'html', now: NOW }).title).toBe(doc.title);
    // Forced to text, the markup is not interpreted.
    expect(loadDocument({ data: text, contentType: 'text', now: NOW }).text).toContain('<p>');
  });
});

describe('HTML metadata sources', () => {
  const body = `<article><p>${PARA}</p><p>${PARA2}</p></article>`;

  it('falls back from og:title to <title> without the site suffix', () => {
    const d = loadDocument({ data: page('<title>Talks in Astana - Steppe Herald</title><meta name="application-name" content="Steppe Herald">', body), contentType: 'html', now: NOW });
    expect(d.title).toBe('Talks in Astana');
    expect(d.outlet).toBe('Steppe Herald');
  });

  it('reads outlet and date from JSON-LD, including @graph', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'x' }, { '@type': 'NewsArticle', headline: 'LD headline', datePublished: '2021-03-02T08:00:00Z', publisher: { '@type': 'Organization', name: 'LD Times' } }] });
    const d = loadDocument({ data: page(`<script type="application/ld+json">${ld}</script>`, body), contentType: 'html', now: NOW });
    expect(d.outlet).toBe('LD Times');
    expect(d.date).toBe('2021-03-02');
    expect(d.title).toBe('LD headline');
  });

  it('ignores malformed JSON-LD', () => {
    const d = loadDocument({ data: page('<script type="application/ld+json">{oops</script><title>Plain title here</title>', body), contentType: 'html', now: NOW });
    expect(d.text).toContain(PARA);
  });

  it('reads <time datetime> and meta name=date', () => {
    expect(loadDocument({ data: page('', `<article><time datetime="2020-11-05T10:00:00+05:00">5 Nov</time><p>${PARA}</p><p>${PARA2}</p></article>`), contentType: 'html', now: NOW }).date).toBe('2020-11-05');
    expect(loadDocument({ data: page('<meta name="dc.date" content="2019-07-01">', body), contentType: 'html', now: NOW }).date).toBe('2019-07-01');
  });

  it('resolves a relative canonical link against the given URL, and keeps the given URL otherwise', () => {
    const withCanonical = page('<link rel="canonical" href="/a/b">', body);
    expect(loadDocument({ data: withCanonical, contentType: 'html', url: 'https://news.example/x', now: NOW }).url).toBe('https://news.example/a/b');
    expect(loadDocument({ data: page('', body), contentType: 'html', url: 'https://news.example/x', now: NOW }).url).toBe('https://news.example/x');
    expect(loadDocument({ data: page('', body), contentType: 'html', now: NOW }).url).toBeNull();
  });

  it('uses the feed fallbacks when the page lacks them', () => {
    const d = loadDocument({ data: page('', body), contentType: 'html', fallbackTitle: 'Feed title', fallbackOutlet: 'Feed', fallbackDate: '2021-01-02', now: NOW });
    expect([d.title, d.outlet, d.date]).toEqual(['Feed title', 'Feed', '2021-01-02']);
  });

  it('reads a wire dateline inside HTML', () => {
    const d = loadDocument({ data: page('<meta property="og:site_name" content="Daily">', `<article><p>MOSCOW (TASS): ${PARA}</p><p>${PARA2}</p></article>`), contentType: 'html', now: NOW });
    expect(d.outlet).toBe('TASS');
    expect(d.text.startsWith('Kazakhstan is ready')).toBe(true);
  });

  it('falls back to the body text when Readability finds no article', () => {
    const d = loadDocument({ data: '<html><body><nav>Home | World</nav><p>Short note on talks.</p><footer>© 2020 X</footer></body></html>', contentType: 'html', now: NOW });
    expect(d.text).toBe('Short note on talks.');
  });

  it('accepts a fragment without <html>', () => {
    expect(loadDocument({ data: `<p>${PARA}</p><p>${PARA2}</p>`, contentType: 'html', now: NOW }).text).toBe(`${PARA}\n\n${PARA2}`);
  });
});

describe('elementText', () => {
  it('turns blocks into paragraphs, <br> into line breaks and skips scripts', () => {
    const html = '<div><h2>Head</h2><p>One <b>bold</b> word.<br>Next line</p><script>var x=1</script><ul><li>a</li><li>b</li></ul></div>';
    const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`) as unknown as {
      document: { body: Parameters<typeof elementText>[0] };
    };
    expect(elementText(document.body)).toBe('Head\n\nOne bold word.\nNext line\n\na\n\nb');
  });
});
