// Lays a Digest out as text messages: a header (date range, counts), one section per group with its
// summary and top quotes (attribution, outlet, date, link), split into parts that fit a platform's limit.
// Styles let Discord (Markdown) and Telegram (HTML) format it without the digest knowing either platform.
import { reportPredicate, type DigestStatement } from '../core/index.ts';
import { formatLocal } from './local-time.ts';
import type { Digest } from './model.ts';

/** Message length limits, in characters. */
export const PLATFORM_LIMITS: Readonly<Record<string, number>> = { discord: 2000, telegram: 4096, console: 1_000_000 };

/** How to mark up text for a platform. `escape` runs on all digest text before bold/link are applied. */
export interface RenderStyle {
  escape(text: string): string;
  bold(text: string): string;
  link(label: string, url: string): string;
}

export const plainStyle: RenderStyle = { escape: (t) => t, bold: (t) => t, link: (label, url) => `${label} ${url}` };

/** Discord Markdown: links in <…> so they do not unfurl into previews. */
export const markdownStyle: RenderStyle = {
  escape: (t) => t.replace(/([\\*_`~|<>[\]()#-])/g, '\\$1'), // "<": no <@user>, <@&role>, <#channel> syntax
  bold: (t) => `**${t}**`,
  link: (label, url) => `[${label}](<${url}>)`,
};

/** Telegram parse_mode "HTML". */
export const htmlStyle: RenderStyle = {
  escape: (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
  bold: (t) => `<b>${t}</b>`,
  link: (label, url) => `<a href="${url.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">${label}</a>`,
};

export interface RenderOptions {
  /** Longest message; default: no split. */
  readonly maxLength?: number;
  readonly style?: RenderStyle;
  /** Zone for the header dates; default: the digest's. */
  readonly timeZone?: string;
  readonly quotesPerGroup?: number;
  /** Longest quote excerpt. */
  readonly quoteChars?: number;
}

/** One line per quote: "• Sergey Lavrov (TASS, 2021-10-08): “…” link". */
function quoteLine(s: DigestStatement, style: RenderStyle, max: number): string {
  const source = s.sources[0];
  const outlet = s.outlet ?? source?.outlet ?? null;
  const url = s.url ?? source?.url ?? null;
  const meta = [outlet, s.date].filter(Boolean).join(', ');
  // Verbatim: a span of the statement cut only with "…"; a direct quotation in marks, reported speech with its verb.
  const body = reportPredicate(s, { maxChars: max });
  const who = s.speaker ?? s.speakerMention;
  const line = `• ${style.bold(style.escape(who))}${meta ? ` (${style.escape(meta)})` : ''}: ${style.escape(body)}`;
  return url && /^https?:\/\//i.test(url) ? `${line} ${style.link('source', url)}` : line;
}

/** Header text for a digest: range and counts. */
export function digestHeader(digest: Digest, timeZone = digest.timeZone): string {
  const to = formatLocal(digest.to, timeZone);
  const range = digest.from ? `${formatLocal(digest.from, timeZone)} → ${to}` : `until ${to}`;
  const groups = digest.groups.length;
  return (
    `Digest ${range} (${timeZone})\n` +
    `${digest.statementCount} statement${digest.statementCount === 1 ? '' : 's'} from ${digest.speakerCount} ` +
    `speaker${digest.speakerCount === 1 ? '' : 's'} in ${groups} group${groups === 1 ? '' : 's'}`
  );
}

/** The digest as messages, each at most `maxLength` characters. An empty digest gives one "nothing new" message. */
export function renderDigestText(digest: Digest, options: RenderOptions = {}): string[] {
  const style = options.style ?? plainStyle;
  const tz = options.timeZone ?? digest.timeZone;
  if (digest.groups.length === 0) {
    const since = digest.from ? ` since ${formatLocal(digest.from, tz)} (${tz})` : '';
    return [style.escape(`Nothing new${since}.`)];
  }
  const header = style.bold(style.escape(digestHeader(digest, tz)));
  const sections = digest.groups.map((g) => {
    // Display names in full: "Hillary Clinton" and "Bill Clinton" stay apart, "Human Rights Watch" is not "Watch".
    const speakers = g.speakers.slice(0, 3).join(', ');
    const title = `${g.label} — ${g.statements.length} statement${g.statements.length === 1 ? '' : 's'}${speakers ? ` (${speakers}${g.speakers.length > 3 ? ', …' : ''})` : ''}`;
    const quotes = g.topQuotes.slice(0, options.quotesPerGroup ?? 3).map((s) => quoteLine(s, style, options.quoteChars ?? 280));
    const more = g.statements.length - quotes.length;
    return {
      title: style.bold(style.escape(g.label)),
      blocks: [
        `${style.bold(style.escape(title))}\n${style.escape(g.summary)}`,
        ...quotes,
        ...(more > 0 ? [style.escape(`…and ${more} more`)] : []),
      ],
    };
  });
  return splitIntoParts(header, sections, options.maxLength ?? Infinity, style);
}

/**
 * Packs blocks into messages under the limit: sections start on a blank line, a section that spills over
 * repeats its title with "(continued)", and a block longer than a whole message is cut at spaces.
 */
export function splitIntoParts(
  header: string,
  sections: readonly { title: string; blocks: readonly string[] }[],
  maxLength: number,
  style: RenderStyle = plainStyle,
): string[] {
  const parts: string[] = [];
  let current = '';
  const push = (piece: string, separator: string, continued: string | null) => {
    for (const chunk of hardSplit(piece, maxLength)) {
      if (current === '') current = chunk;
      else if (current.length + separator.length + chunk.length <= maxLength) current += separator + chunk;
      else {
        parts.push(current);
        const prefix = continued ? `${continued} ${style.escape('(continued)')}\n` : '';
        current = prefix.length + chunk.length <= maxLength ? prefix + chunk : chunk;
      }
    }
  };
  push(header, '', null);
  for (const section of sections) {
    section.blocks.forEach((block, i) => push(block, i === 0 ? '\n\n' : '\n', i === 0 ? null : section.title));
  }
  if (current !== '') parts.push(current);
  return parts;
}

/** Cuts an over-long block at a line break, else after a sentence, else at a space, else anywhere. */
function hardSplit(text: string, max: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    const candidates = [window.lastIndexOf('\n'), lastSentenceEnd(window), window.lastIndexOf(' ')];
    const at = candidates.find((c) => c > max / 2) ?? max;
    out.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest) out.push(rest);
  return out;
}

function lastSentenceEnd(text: string): number {
  let end = -1;
  for (const m of text.matchAll(/[.!?…]["”’]?(?=\s)/g)) end = m.index + m[0].length;
  return end;
}
