// The platform-neutral reply model. Command handlers build a Reply from the core's results; each
// adapter (console, Telegram, Discord) only turns a Reply into its own markup, within its own limits.
// Nothing here knows about a chat platform, and nothing here searches or ranks.
import type { DigestStatement, StatementAct, StatementKind } from '../core/index.ts';

/** One source that carried a statement. `url` is only ever an http(s) link; `path` is a local file. */
export interface SourceRef {
  readonly outlet: string | null;
  readonly title: string | null;
  readonly url: string | null;
  readonly path: string | null;
}

/** One attributed statement, ready to show. */
export interface QuoteItem {
  readonly id: string;
  /** 1-based position in the whole result list (paging keeps counting). */
  readonly rank: number;
  readonly quote: string;
  readonly kind: StatementKind;
  /** What the statement reports (said, wrote, a belief, a wish, a finding, a stance). */
  readonly act: StatementAct;
  readonly speaker: string;
  readonly role: string | null;
  readonly date: string | null;
  /** Every outlet that carried it; the first is the primary source. */
  readonly sources: readonly SourceRef[];
}

/** A block of a reply: an optional heading, plain lines (no markup), quotes. */
export interface Section {
  readonly heading?: string;
  readonly lines?: readonly string[];
  readonly items?: readonly QuoteItem[];
}

/** Where the next/previous page of a paged answer starts; adapters keep it in buttons or offsets. */
export interface PageCursor {
  readonly command: string;
  /** The canonical free text of the command (e.g. the query with speaker:/since: folded in). */
  readonly text: string;
  readonly offset: number;
  readonly limit: number;
  readonly hasMore: boolean;
}

/** A picture sent with a reply (trend charts): Telegram as a photo, Discord as an attachment, the console as a file. */
export interface ReplyImage {
  readonly png: Uint8Array;
  readonly filename: string;
  /** Plain text under the picture (Telegram's limit: 1,024 characters): the numbers in short. */
  readonly caption: string;
  /** What the picture shows, for screen readers (Discord's attachment description). */
  readonly alt: string;
}

/** What a command answers, on every platform. */
export interface Reply {
  readonly title: string;
  readonly sections: readonly Section[];
  /** Present on paged answers. */
  readonly page?: PageCursor;
  /** Shown only to the asker where the platform can (errors, help). */
  readonly ephemeral?: boolean;
  /** A closing hint ("More: …"). */
  readonly footer?: string;
  /** A picture; the sections then hold its numbers as text (for the console, and when a picture cannot be sent). */
  readonly image?: ReplyImage;
}

/** Maps core hits to reply items; `roleOf` looks up the speaker's role in the registry. */
export function quoteItems(hits: readonly { readonly statement: DigestStatement; readonly run?: string }[], firstRank: number, roleOf: (speaker: string, date: string | null) => string | null): QuoteItem[] {
  return hits.map((hit, i) => {
    const s = hit.statement;
    const sources: SourceRef[] = s.sources.map((x) => ({ outlet: x.outlet, title: x.title, url: httpUrl(x.url), path: x.path }));
    if (sources.length === 0) sources.push({ outlet: s.outlet, title: null, url: httpUrl(s.url), path: null });
    return {
      id: s.id,
      rank: firstRank + i,
      // a paragraph of a run is shown with the run it belongs to
      quote: hit.run ?? s.text,
      kind: s.kind,
      act: s.act ?? 'said',
      speaker: s.speaker ?? s.speakerMention,
      // the role the statement's own document gives, else a registry role held at the statement's date
      role: s.speaker ? (s.speakerRole ?? roleOf(s.speaker, s.date)) : null,
      date: s.date,
      sources,
    };
  });
}

const ACT_LABELS: Readonly<Record<StatementAct, string | null>> = {
  said: null,
  wrote: 'in writing',
  thinks: 'a belief',
  wants: 'a wish or plan',
  found: 'a finding',
  stance: 'a stance',
  asked: 'a question or request',
};

/** How an answer tells what a statement reports, when it is not something said ("a belief", "a finding"). */
export function actLabel(item: Pick<QuoteItem, 'act'>): string | null {
  return ACT_LABELS[item.act] ?? null;
}

/** A message-only reply (errors, usage, notices). */
export function notice(title: string, lines: readonly string[] = [], ephemeral = true): Reply {
  return { title, sections: lines.length > 0 ? [{ lines }] : [], ephemeral };
}

/** Only http(s) links survive: chat platforms reject (or mis-render) anything else. */
export function httpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * A statement as a brief quotes it: direct speech in quotation marks, reported speech as is; cut to
 * `max` (as `measure` counts) inside the quotation marks, so a cut quote still closes.
 */
export function quoted(item: Pick<QuoteItem, 'kind' | 'quote'>, max = Number.POSITIVE_INFINITY, measure?: (s: string) => number): string {
  if (item.kind !== 'direct') return Number.isFinite(max) ? truncate(item.quote, max, measure) : item.quote;
  return `“${Number.isFinite(max) ? truncate(item.quote, max - 2, measure) : item.quote}”`;
}

/** The outlets that carried a statement, de-duplicated, in order. */
export function outletsOf(item: QuoteItem): string[] {
  const seen = new Set<string>();
  for (const s of item.sources) if (s.outlet) seen.add(s.outlet);
  return [...seen];
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const SIMPLE_TEXT = /^[^\p{M}\p{Cs}\p{Cf}\r\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff]*$/u;

/**
 * Shortens text to at most `max` units as measured by `measure` (UTF-16 length by default), cutting
 * between grapheme clusters so emoji and accents stay whole, and ending with "…" when cut. `measure`
 * may be an escaped length (HTML, Markdown): the cut is found by binary search over prefixes.
 */
export function truncate(text: string, max: number, measure: (s: string) => number = (s) => s.length): string {
  if (measure(text) <= max) return text;
  const ellipsis = '…';
  const budget = max - measure(ellipsis);
  if (budget <= 0) return max >= measure(ellipsis) ? ellipsis : '';
  // Every measure here counts at least one unit per UTF-16 code unit, so only the first `budget` code units can
  // fit: segment just those (segmenting a whole 300 KB statement takes minutes). A boundary depends on what
  // precedes it and on the next code point, so the window (one code point past `budget`) finds the same
  // boundaries up to `budget` as the whole text; segments that end later could not fit anyway.
  const window = text.slice(0, budget + 2);
  const segments: string[] = [];
  // No combining marks, surrogate pairs, format characters, CR or Hangul jamo (most news): every code unit is a
  // grapheme, and the segmenter would be most of the cost.
  if (SIMPLE_TEXT.test(window)) segments.push(...window.slice(0, budget));
  else {
    for (const { segment, index } of graphemes.segment(window)) {
      if (index + segment.length > budget) break;
      segments.push(segment);
    }
  }
  let lo = 0;
  let hi = Math.min(segments.length, budget); // a grapheme is at least one unit
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(segments.slice(0, mid).join('')) <= budget) lo = mid;
    else hi = mid - 1;
  }
  return `${segments.slice(0, lo).join('').trimEnd()}${ellipsis}`;
}

/**
 * Page state for a button: "p|quote|5|5|Lavrov NATO" (command, offset, limit, text). Null when it does
 * not fit the platform's limit (Discord custom_id: 100 characters; Telegram callback_data: 64 bytes).
 */
export function encodePage(cursor: Pick<PageCursor, 'command' | 'text' | 'limit'>, offset: number, maxSize: number, measure: (s: string) => number): string | null {
  const id = `p|${cursor.command}|${offset}|${cursor.limit}|${cursor.text}`;
  return measure(id) <= maxSize ? id : null;
}

/** The inverse of encodePage; null for anything else. */
export function decodePage(id: string): Omit<PageCursor, 'hasMore'> | null {
  const m = /^p\|([a-z0-9_]{1,32})\|(\d{1,7})\|(\d{1,3})\|([\s\S]*)$/.exec(id);
  if (!m) return null;
  return { command: m[1] ?? '', offset: Number(m[2]), limit: Number(m[3]), text: m[4] ?? '' };
}
