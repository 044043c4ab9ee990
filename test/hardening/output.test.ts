// Statements are text from the open web: HTML, Markdown, @everyone/@here, user, role and channel mentions,
// javascript: links, terminal escapes. Ingested for real (an HTML page and a feed-like fallback title/outlet),
// then answered by /quote and inline search and by a digest on each platform: Telegram gets escaped HTML with
// only our own tags and http(s) links, Discord gets escaped Markdown and no mention can ping, the console gets
// plain text without control characters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTextInput, type CommandContext } from '../../src/bots/commands.ts';
import { renderText } from '../../src/bots/console/format.ts';
import { renderDiscord, type DiscordMessage } from '../../src/bots/discord/format.ts';
import { createDefaultRegistry } from '../../src/bots/handlers.ts';
import type { Reply } from '../../src/bots/render.ts';
import { renderTelegram } from '../../src/bots/telegram/format.ts';
import { answerInline } from '../../src/bots/telegram/inline.ts';
import type { BriefingService } from '../../src/core/briefing-service.ts';
import { loadDocument } from '../../src/core/ingest/index.ts';
import { buildDigest } from '../../src/digest/build-digest.ts';
import { htmlStyle, markdownStyle, plainStyle, renderDigestText } from '../../src/digest/render.ts';
import { cleanUp, freshService } from './helpers.ts';

const NASTY =
  '<b>bold</b> <script>alert(1)</script> <a href=javascript:alert(1)>x</a> & &amp; **strong** __under__ ~~gone~~ `code` ||spoiler|| ' +
  '[click](javascript:alert(1)) <javascript:alert(1)> @everyone @here <@123> <@!123> <@&456> <#789> </quote:1> ' +
  '\u001b[2J\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007';
const PAGE = `<!doctype html><html><head>
<title>Evil &lt;b&gt;title</title>
<meta property="og:site_name" content="Outlet @everyone <@&amp;456> **x**">
<link rel="canonical" href="javascript:alert(document.cookie)">
<meta property="article:published_time" content="2021-10-08T10:00:00Z">
</head><body><article>
<p>MOSCOW, October 8. Russian Foreign Minister Sergey Lavrov met his counterparts in Dushanbe on Friday.</p>
<p>“Zanzibar ${NASTY.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')} is our answer,” Lavrov said.</p>
<p>Lavrov said that the zanzibar talks would go on, adding that [more](javascript:void(0)) @here was <i>welcome</i>.</p>
</article></body></html>`;

let service: BriefingService;
let ctx: (platform: 'telegram' | 'discord' | 'console') => CommandContext;
const registry = createDefaultRegistry();

beforeAll(() => {
  ({ service } = freshService());
  const page = service.ingestDocument(loadDocument({ data: PAGE, path: 'evil.html', url: 'javascript:alert(2)' }));
  expect(page.newStatements).toBeGreaterThanOrEqual(2);
  // A feed item whose page names no title or outlet: the item's own (hostile) ones are used.
  const feedDoc = loadDocument({
    data: 'MOSCOW, October 9. Russian Foreign Minister Sergey Lavrov said on Saturday that the zanzibar corridor was open to everyone.',
    contentType: 'text',
    url: 'https://news.example/zanzibar',
    fallbackTitle: 'Title \u001b]8;;javascript:alert(1)\u0007<@&456>',
    fallbackOutlet: 'Feed \u001b[31m@everyone',
  });
  expect(service.ingestDocument(feedDoc).newStatements).toBeGreaterThan(0);
  ctx = (platform) => ({ service, registry, chat: { platform, chatId: '1', userId: '2' }, pageSize: 5, now: () => new Date('2021-10-10T12:00:00Z') });
});

afterAll(() => {
  service.close();
  cleanUp();
});

async function quoteReply(platform: 'telegram' | 'discord' | 'console'): Promise<Reply> {
  const def = registry.get('quote');
  if (!def) throw new Error('no /quote');
  const reply = await registry.run('quote', parseTextInput(def, 'zanzibar'), ctx(platform));
  expect(reply.sections.flatMap((s) => s.items ?? []).length).toBeGreaterThanOrEqual(3);
  return reply;
}

/** Telegram HTML: only <b>, <i> and <a href="http(s)…">, and every other "<" escaped. */
function expectSafeTelegramHtml(html: string): void {
  const tags = html.match(/<[^>]*>/g) ?? [];
  for (const tag of tags) expect(tag).toMatch(/^<(\/?[bi]|\/a|a href="https?:\/\/[^"<>]*")>$/);
  expect(html).not.toMatch(/href="(?!https?:)/);
  expect(html).not.toMatch(/\p{Cc}(?<![\n])/u);
}

/** Discord Markdown: every "<" from the text escaped (no mention, channel or command syntax), links only to http(s). */
function expectSafeDiscordMarkdown(text: string): void {
  expect(text).not.toMatch(/(?<!\\|\]\()<[@#/a-z]/i); // "](<https://…>)" is our own link
  for (const m of text.matchAll(/(?<!\\)\]\(<?([^)>]*)/g)) expect(m[1]).toMatch(/^https?:\/\//); // unescaped "](" is a link
  expect(text).not.toMatch(/(^|[^\\])\*\*strong/);
  expect(text).not.toMatch(/\p{Cc}(?<![\n])/u);
}

/** Where Discord renders Markdown and mentions: content, descriptions and field values. */
function discordTexts(msg: DiscordMessage): string[] {
  return [msg.content, ...msg.embeds.flatMap((e) => [e.description ?? '', ...(e.fields ?? []).map((f) => f.value)])];
}

/** Embed titles and author names show mention syntax as typed (no mention renders there); they must stay clean text. */
function discordPlainTexts(msg: DiscordMessage): string[] {
  return msg.embeds.flatMap((e) => [e.title ?? '', e.author?.name ?? '', ...(e.fields ?? []).map((f) => f.name)]);
}

describe('/quote answers', () => {
  it('Telegram: escaped HTML, our tags only, no javascript: link', async () => {
    const messages = renderTelegram(await quoteReply('telegram'));
    const all = messages.join('\n');
    for (const m of messages) expectSafeTelegramHtml(m);
    expect(all).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(all).toContain('&lt;@&amp;456&gt;');
    expect(all).toContain('[click](javascript:alert(1))'); // shown as text, never a link
    expect(all).toContain('<i>Outlet @everyone &lt;@&amp;456&gt; **x**</i>');
  });

  it('Telegram inline: every result message is escaped HTML', async () => {
    const inline = await answerInline('zanzibar', '', ctx('telegram'), 10);
    expect(inline.results.length).toBeGreaterThanOrEqual(3);
    for (const r of inline.results) {
      const content = r.input_message_content as { message_text: string; parse_mode?: string };
      expect(content.parse_mode).toBe('HTML');
      expectSafeTelegramHtml(content.message_text);
      expect(`${r.title} ${r.description}`).not.toMatch(/\p{Cc}/u); // plain fields, shown as typed
    }
  });

  it('Discord: Markdown and mentions escaped, allowed_mentions empty, links only http(s)', async () => {
    const msg = renderDiscord(await quoteReply('discord'));
    expect(msg.allowedMentions).toEqual({ parse: [] });
    const texts = discordTexts(msg);
    for (const t of texts) expectSafeDiscordMarkdown(t);
    for (const t of discordPlainTexts(msg)) expect(t).not.toMatch(/\p{Cc}/u);
    const all = texts.join('\n');
    expect(all).toContain('\\<@&456>');
    expect(all).toContain('\\<#789>');
    expect(all).toContain('\\<@123>');
    expect(all).toContain('\\*\\*strong\\*\\*');
    expect(all).toContain('\\[click\\](javascript:alert(1))');
    for (const e of msg.embeds) if (e.url) expect(e.url).toMatch(/^https?:\/\//);
    expect(msg.embeds.some((e) => e.url === 'https://news.example/zanzibar')).toBe(true);
  });

  it('console: plain text without control characters (no terminal escapes)', async () => {
    const text = renderText(await quoteReply('console'));
    expect(text).not.toMatch(/(?![\n\t])\p{Cc}/u);
    expect(text).toContain('@everyone'); // harmless as plain text
    expect(text).not.toContain('javascript:alert(2)'); // the page's javascript: URL was never stored
  });
});

describe('digests', () => {
  const digest = () =>
    buildDigest({ store: service, afterSeq: 0, themes: [], speakers: [], from: null, now: new Date('2021-10-10T12:00:00Z'), timeZone: 'UTC' });

  it('Telegram digest: escaped HTML, our tags only', () => {
    const parts = renderDigestText(digest(), { style: htmlStyle, maxLength: 4096 });
    expect(parts.join('\n')).toContain('&lt;script&gt;');
    for (const p of parts) expectSafeTelegramHtml(p);
  });

  it('Discord digest: Markdown and mentions escaped (posted with allowed_mentions empty by the adapter)', () => {
    const parts = renderDigestText(digest(), { style: markdownStyle, maxLength: 2000 });
    const all = parts.join('\n');
    expect(all).toContain('@everyone');
    for (const p of parts) expectSafeDiscordMarkdown(p);
  });

  it('console digest: plain text without control characters', () => {
    const parts = renderDigestText(digest(), { style: plainStyle });
    expect(parts.join('\n')).not.toMatch(/(?![\n\t])\p{Cc}/u);
  });
});
