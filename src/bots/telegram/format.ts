// Renders a Reply as Telegram HTML: every piece of user and corpus text escaped, each line closed on
// itself (tags never span lines), and messages split at line boundaries under the 4,096 limit.
import { actLabel, quoted, truncate, type QuoteItem, type Reply } from '../render.ts';

/** Telegram's limit on one message's text. */
export const TELEGRAM_MESSAGE_MAX = 4096;
/** Longest escaped quote we show in one message line; a 10,000-character statement is cut here. */
const QUOTE_MAX = 3000;
const LINE_MAX = 1000;
const URL_MAX = 900;
const LINKS_MAX = 3;
const SOURCES_MAX = 6;

/** Escapes text for HTML parse mode (the three characters Telegram requires). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const escapedLength = (s: string) => escapeHtml(s).length;

/** Cuts raw text so that its escaped form fits `max`, then escapes it. */
export function clipHtml(text: string, max: number): string {
  return escapeHtml(truncate(text, max, escapedLength));
}

function link(url: string, label: string): string {
  return `<a href="${escapeHtml(url).replace(/"/g, '&quot;')}">${clipHtml(label, 100)}</a>`;
}

/** "— TASS <a>article title</a>; paradox: article title": outlets and titles, linked where a web address is known. */
function sourcesLine(item: QuoteItem): string | null {
  const parts: string[] = [];
  let links = 0;
  for (const s of item.sources) {
    const outlet = s.outlet ? `<i>${clipHtml(s.outlet, 100)}</i>` : '';
    if (s.url && s.url.length <= URL_MAX && links < LINKS_MAX) {
      links++;
      parts.push(`${outlet}${outlet ? ' ' : ''}${link(s.url, s.title ?? 'source')}`);
    } else {
      const part = [outlet, s.title ? clipHtml(s.title, 200) : ''].filter(Boolean).join(': ');
      if (part && !parts.includes(part)) parts.push(part);
    }
  }
  if (parts.length === 0) return null;
  const shown = parts.slice(0, SOURCES_MAX);
  return `— ${shown.join('; ')}${parts.length > shown.length ? ` (+${parts.length - shown.length} more)` : ''}`;
}

function attribution(item: QuoteItem): string {
  return `${clipHtml(item.speaker, 200)}${item.role ? `, ${clipHtml(item.role, 200)}` : ''}`;
}

/** A numbered item: header line, quote line, sources line. */
export function itemLines(item: QuoteItem): string[] {
  const act = actLabel(item);
  const lines = [`<b>${item.rank}. ${attribution(item)}</b> · ${escapeHtml(item.date ?? 'date unknown')}${act ? ` · ${act}` : ''}`, escapeHtml(quoted(item, QUOTE_MAX, escapedLength))];
  const src = sourcesLine(item);
  if (src) lines.push(src);
  return lines;
}

/** The message an inline result sends: the quote, then who said it when, then the source. */
export function inlineMessage(item: QuoteItem): string {
  const lines = [escapeHtml(quoted(item, QUOTE_MAX, escapedLength)), `— <b>${attribution(item)}</b>, ${escapeHtml(item.date ?? 'date unknown')}${actLabel(item) ? ` (${actLabel(item)})` : ''}`];
  const src = sourcesLine(item);
  if (src) lines.push(src.replace(/^— /, ''));
  return lines.join('\n');
}

/** The reply as HTML lines; each line is valid HTML on its own. */
export function replyLines(reply: Reply): string[] {
  const lines = [`<b>${clipHtml(reply.title, LINE_MAX)}</b>`];
  for (const section of reply.sections) {
    lines.push('');
    if (section.heading) lines.push(`<b>${clipHtml(section.heading, LINE_MAX)}</b>`);
    for (const l of section.lines ?? []) lines.push(clipHtml(l, LINE_MAX));
    section.items?.forEach((item, i) => {
      if (i > 0) lines.push('');
      lines.push(...itemLines(item));
    });
  }
  if (reply.footer) lines.push('', `<i>${clipHtml(reply.footer, LINE_MAX)}</i>`);
  return lines;
}

/** Packs lines into messages of at most `max` characters, breaking only between lines. */
export function splitMessages(lines: readonly string[], max = TELEGRAM_MESSAGE_MAX): string[] {
  const out: string[] = [];
  let current = '';
  for (const raw of lines) {
    const line = raw.length > max ? raw.slice(0, max) : raw; // unreachable with replyLines' bounds; a last guard
    if (current === '') {
      if (line.trim() !== '') current = line;
    } else if (current.length + 1 + line.length <= max) current += `\n${line}`;
    else {
      out.push(current.trimEnd());
      current = line.trim() === '' ? '' : line;
    }
  }
  if (current.trim() !== '') out.push(current.trimEnd());
  return out;
}

/** The reply as one or more HTML messages. */
export function renderTelegram(reply: Reply, max = TELEGRAM_MESSAGE_MAX): string[] {
  return splitMessages(replyLines(reply), max);
}
