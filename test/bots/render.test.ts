// Rendering limits and escaping on every platform: HTML and Markdown in quotes, @everyone, 10,000-
// character statements, emoji. Pure functions, no database.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/bots/console/format.ts';
import { embedSize, escapeDiscord, LIMITS, renderDiscord } from '../../src/bots/discord/format.ts';
import { decodePage, encodePage, httpUrl, truncate, type QuoteItem, type Reply } from '../../src/bots/render.ts';
import { escapeHtml, inlineMessage, renderTelegram, splitMessages, TELEGRAM_MESSAGE_MAX } from '../../src/bots/telegram/format.ts';

const NASTY = '<b>not bold</b> & "quoted" @everyone @here <@123> **bold** _it_ ~~s~~ `code` ||spoiler|| [link](https://evil.example) # heading';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const FAMILY = '👨‍👩‍👧';

function item(quote: string, over: Partial<QuoteItem> = {}): QuoteItem {
  return {
    id: 'abc',
    rank: 1,
    quote,
    kind: 'direct',
    act: 'said',
    speaker: 'Sergey Lavrov',
    role: 'Russian Foreign Minister',
    date: '2021-10-08',
    sources: [{ outlet: 'TASS', title: 'Lavrov on NATO', url: 'https://tass.com/politics/1', path: null }],
    ...over,
  };
}

function reply(items: QuoteItem[], over: Partial<Reply> = {}): Reply {
  return { title: 'Statements for “x”', sections: [{ items }], ...over };
}

/** Tags must open and close on the same message (Telegram rejects unbalanced HTML). */
function balanced(html: string): boolean {
  for (const tag of ['b', 'i', 'a']) {
    const open = html.match(new RegExp(`<${tag}[ >]`, 'g'))?.length ?? 0;
    const close = html.match(new RegExp(`</${tag}>`, 'g'))?.length ?? 0;
    if (open !== close) return false;
  }
  return true;
}

describe('shared helpers', () => {
  it('truncates between graphemes, so emoji and ZWJ sequences stay whole', () => {
    const cut = truncate(FAMILY.repeat(100), 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.slice(0, -1).split(FAMILY).join('')).toBe('');
    expect(truncate('short', 50)).toBe('short');
  });

  it('keeps only http(s) links', () => {
    expect(httpUrl('https://tass.com/a')).toBe('https://tass.com/a');
    expect(httpUrl('javascript:alert(1)')).toBeNull();
    expect(httpUrl('/work/data/corpus/a.txt')).toBeNull();
  });

  it('encodes page state within a size limit and decodes it back', () => {
    const id = encodePage({ command: 'quote', text: 'Lavrov NATO', limit: 5 }, 10, 100, (s) => s.length);
    expect(id).toBe('p|quote|10|5|Lavrov NATO');
    expect(decodePage(id ?? '')).toEqual({ command: 'quote', offset: 10, limit: 5, text: 'Lavrov NATO' });
    expect(encodePage({ command: 'quote', text: 'x'.repeat(200), limit: 5 }, 10, 100, (s) => s.length)).toBeNull();
    expect(decodePage('something else')).toBeNull();
  });
});

describe('telegram HTML', () => {
  it('escapes markup in quotes, names and titles', () => {
    const [msg] = renderTelegram(reply([item(NASTY, { speaker: 'A <i>B</i> & C' })], { title: 'Quotes for <script>' }));
    expect(msg).toContain('&lt;b&gt;not bold&lt;/b&gt; &amp; "quoted" @everyone');
    expect(msg).toContain('<b>1. A &lt;i&gt;B&lt;/i&gt; &amp; C, Russian Foreign Minister</b>');
    expect(msg).toContain('<b>Quotes for &lt;script&gt;</b>');
    expect(msg).toContain('<a href="https://tass.com/politics/1">Lavrov on NATO</a>');
    expect(balanced(msg ?? '')).toBe(true);
  });

  it('escapes quotes inside link addresses', () => {
    const [msg] = renderTelegram(reply([item('x', { sources: [{ outlet: null, title: null, url: 'https://a.example/?q="x"&y=<z>', path: null }] })]));
    expect(msg).toContain('<a href="https://a.example/?q=&quot;x&quot;&amp;y=&lt;z&gt;">source</a>');
  });

  it('cuts a 10,000-character statement to fit one message', () => {
    const msgs = renderTelegram(reply([item('&'.repeat(10_000))]));
    expect(msgs).toHaveLength(1);
    expect(msgs[0]?.length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_MAX);
    expect(msgs[0]).toMatch(/&amp;…”$/m); // cut before escaping (no half entity), inside the quotation marks
    expect(msgs[0]).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
  });

  it('splits long answers at line boundaries, every message under 4,096 and balanced', () => {
    const items = Array.from({ length: 30 }, (_, i) => item(`${'word '.repeat(180)}${i}`, { rank: i + 1 }));
    const msgs = renderTelegram(reply(items));
    expect(msgs.length).toBeGreaterThan(1);
    for (const m of msgs) {
      expect(m.length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_MAX);
      expect(balanced(m)).toBe(true);
    }
    // Nothing lost: every item header made it, in order.
    const headers = msgs.join('\n').match(/<b>\d+\. /g) ?? [];
    expect(headers).toHaveLength(30);
  });

  it('never breaks emoji when cutting', () => {
    const [msg] = renderTelegram(reply([item('😀'.repeat(10_000))]));
    expect(msg?.length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_MAX);
    expect(LONE_SURROGATE.test(msg ?? '')).toBe(false);
  });

  it('packs lines without exceeding the limit (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 300 }), { maxLength: 60 }), fc.integer({ min: 300, max: 5000 }), (lines, max) => {
        const msgs = splitMessages(lines.map(escapeHtml), max);
        return msgs.every((m) => m.length <= max && m.trim() !== '');
      }),
    );
  });

  it('renders any text safely (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 6000 }), fc.string({ unit: 'binary', maxLength: 200 }), (quote, speaker) => {
        const msgs = renderTelegram(reply([item(quote, { speaker })], { title: speaker }));
        return msgs.every((m) => m.length <= TELEGRAM_MESSAGE_MAX && balanced(m) && !/<(?!\/?(b|i|a)[ >])/.test(m));
      }),
      { numRuns: 200 },
    );
  });

  it('builds the inline message with attribution, escaped and bounded', () => {
    const text = inlineMessage(item(`${NASTY} ${'x'.repeat(10_000)}`));
    expect(text.length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_MAX);
    expect(text).toContain('— <b>Sergey Lavrov, Russian Foreign Minister</b>, 2021-10-08');
    expect(text).toContain('&lt;b&gt;not bold');
  });
});

describe('discord embeds', () => {
  it('escapes Markdown in quotes and never allows mentions', () => {
    const msg = renderDiscord(reply([item(NASTY)], { title: 'Statements for “@everyone **x**”' }));
    const d = msg.embeds[0]?.description ?? '';
    expect(d).toContain('\\*\\*bold\\*\\*');
    expect(d).toContain('\\_it\\_');
    expect(d).toContain('\\~\\~s\\~\\~');
    expect(d).toContain('\\`code\\`');
    expect(d).toContain('\\|\\|spoiler\\|\\|');
    expect(d).toContain('\\[link\\](https://evil.example)');
    expect(d).toContain('\\<@123>');
    expect(msg.content).toBe('**Statements for “@everyone \\*\\*x\\*\\*”**');
    expect(msg.allowedMentions).toEqual({ parse: [] });
  });

  it('escapes block quotes and headings at line starts', () => {
    expect(escapeDiscord('> quoted\n# heading\n- item\n  12. n\nmid-line - 2021-10')).toBe('\\> quoted\n\\# heading\n\\- item\n  12\\. n\nmid-line - 2021-10');
  });

  it('keeps 10 quotes of 10,000 characters within every limit', () => {
    const items = Array.from({ length: 12 }, (_, i) => item('*'.repeat(10_000), { rank: i + 1, speaker: 'S'.repeat(400), role: 'R'.repeat(400) }));
    const msg = renderDiscord(reply(items, { title: 'T'.repeat(5000) }));
    expect(msg.embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
    expect(msg.embeds.reduce((n, e) => n + embedSize(e), 0)).toBeLessThanOrEqual(LIMITS.total);
    expect(msg.content.length).toBeLessThanOrEqual(LIMITS.content);
    for (const e of msg.embeds) {
      expect(e.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.description);
      expect(e.author?.name.length ?? 0).toBeLessThanOrEqual(LIMITS.author);
      expect(e.description).not.toMatch(/(^|[^\\])(\\\\)*\\…$/); // no dangling escape before the ellipsis
    }
  });

  it('bounds the source field, fields count and links', () => {
    const sources = Array.from({ length: 200 }, (_, i) => ({ outlet: `Outlet ${i}`, title: `Title ${i}`, url: `https://example.com/${i}`, path: null }));
    const msg = renderDiscord(reply([item('q', { sources })]));
    const e = msg.embeds[0];
    expect(e?.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fields);
    for (const f of e?.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    expect(e?.url).toBe('https://example.com/0');
  });

  it('makes paging buttons only when the state fits a custom id', () => {
    const page = { command: 'quote', text: 'Lavrov NATO', offset: 5, limit: 5, hasMore: true };
    const ids = renderDiscord(reply([item('q')], { page })).components[0]?.components.map((b) => ('custom_id' in b ? b.custom_id : ''));
    expect(ids).toEqual(['p|quote|0|5|Lavrov NATO', 'p|quote|10|5|Lavrov NATO']);
    for (const id of ids ?? []) expect(id.length).toBeLessThanOrEqual(LIMITS.customId);
    const long = renderDiscord(reply([item('q')], { page: { ...page, text: 'x'.repeat(120) } }));
    expect(long.components).toEqual([]);
  });

  it('marks ephemeral replies', () => {
    expect(renderDiscord({ title: 'Oops', sections: [], ephemeral: true }).flags).toBe(64);
    expect(renderDiscord({ title: 'Fine', sections: [] }).flags).toBeUndefined();
  });

  it('renders any text within the limits (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 5000 }), { minLength: 1, maxLength: 10 }), (quotes) => {
        const msg = renderDiscord(reply(quotes.map((q, i) => item(q, { rank: i + 1 }))));
        const total = msg.embeds.reduce((n, e) => n + embedSize(e), 0);
        return total <= LIMITS.total && msg.embeds.every((e) => (e.description?.length ?? 0) <= LIMITS.description);
      }),
      { numRuns: 100 },
    );
  });
});

describe('console text', () => {
  it('prints quotes with attribution and sources, no markup', () => {
    const text = renderText(reply([item(NASTY)], { page: { command: 'quote', text: 'x', offset: 0, limit: 1, hasMore: true } }));
    expect(text).toContain(`1. Sergey Lavrov, Russian Foreign Minister (2021-10-08): “${NASTY}”`);
    expect(text).toContain('   — TASS https://tass.com/politics/1');
    expect(text).toContain('More: /more');
  });
});

describe('what a statement reports', () => {
  const belief = item('NATO expansion threatens Russia', { kind: 'indirect', act: 'thinks' });
  it('is told on every platform when it is not something said', () => {
    expect(renderText(reply([belief]))).toContain('(2021-10-08, a belief)');
    expect(renderTelegram(reply([belief])).join('\n')).toContain('· a belief');
    expect(inlineMessage(belief)).toContain('(a belief)');
    const embed = renderDiscord(reply([belief])).embeds?.[0];
    expect(embed?.fields?.find((f) => f.name === 'Reports')?.value).toBe('a belief');
    expect(inlineMessage(item('whether the tariffs would go', { kind: 'indirect', act: 'asked' }))).toContain('(a question or request)');
  });
  it('is not told for what was said', () => {
    const said = item('NATO expansion threatens Russia');
    expect(renderText(reply([said]))).not.toMatch(/a belief|in writing/);
    expect(renderDiscord(reply([said])).embeds?.[0]?.fields?.some((f) => f.name === 'Reports')).toBe(false);
  });
});
