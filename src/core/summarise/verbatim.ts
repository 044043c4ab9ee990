// Quotations that keep the source's exact words. An excerpt is always a span of the statement's own text (which is
// a span of the article), shortened only with "…"; it is never capitalised, re-punctuated or stitched. Inner double
// quotation marks become single ones (the only change to a character, so the outer marks stay unambiguous), and
// `isVerbatim` compares with every kind of quotation mark folded together.
import { salientStems } from '../themes/terms.ts';

export const ELLIPSIS = '…';

/** [start, end) of each sentence of a text (a quote often runs over several). */
export function sentenceRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(/(?<=[.!?]["”’)]?)\s+(?=["“‘'(]?\p{Lu})/gu)) {
    out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push([start, text.length]);
  return out.filter(([a, b]) => b > a);
}

/** Index of the sentence sharing most salient words with `focus`; the first one on a tie. */
function focusIndex(text: string, ranges: readonly [number, number][], focus?: ReadonlySet<string>): number {
  if (ranges.length <= 1 || !focus || focus.size === 0) return 0;
  let best = 0;
  let bestScore = 0;
  ranges.forEach(([a, b], i) => {
    let score = 0;
    for (const t of salientStems(text.slice(a, b))) if (focus.has(t)) score++;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

const DOUBLE_QUOTE = /["“”]/g;

/** Cuts a piece so that it holds no unpaired double quotation mark (a stray mark left by a paragraph join or a cut). */
function withoutStrayQuote(piece: string): { text: string; cutStart: boolean; cutEnd: boolean } {
  const marks = [...piece.matchAll(DOUBLE_QUOTE)].map((m) => m.index);
  if (marks.length % 2 === 0) return { text: piece, cutStart: false, cutEnd: false };
  const last = marks[marks.length - 1] as number;
  const first = marks[0] as number;
  if (last > piece.length * 0.4 || marks.length > 1) return { text: piece.slice(0, last).trimEnd(), cutStart: false, cutEnd: true };
  return { text: piece.slice(first + 1).trimStart(), cutStart: true, cutEnd: false };
}

export interface Excerpt {
  /** The excerpt as shown: verbatim pieces of the text, with "…" where it was cut. */
  readonly text: string;
  /** True when the excerpt does not end where the statement does (it was cut or a later sentence was left out). */
  readonly cutEnd: boolean;
}

export interface ExcerptOptions {
  /** Longest excerpt in characters (default 200). */
  readonly maxChars?: number;
  /** Salient word stems of the surrounding group: picks which sentence of a long statement to show. */
  readonly focus?: ReadonlySet<string>;
  /** Keep the start of the text (reported content that must stay joined to its verb). */
  readonly fromStart?: boolean;
  /** Reported speech, not a quotation: a lower-case start needs no "…" (default false). */
  readonly reported?: boolean;
}

/**
 * A verbatim excerpt of a statement: its best sentence (or its start), cut at a word boundary when too long. A cut
 * start or end shows "…"; a sentence that starts in lower case is marked "…" too (the source's sentence began earlier).
 */
export function excerpt(text: string, options: ExcerptOptions = {}): Excerpt {
  const max = Math.max(20, options.maxChars ?? 200);
  const clean = text.replace(/\s+/g, ' ').trim();
  const ranges = sentenceRanges(clean);
  const index = options.fromStart ? 0 : focusIndex(clean, ranges, options.focus);
  const [a, b] = ranges[index] ?? [0, clean.length];
  let piece = options.fromStart && clean.length <= max ? clean : clean.slice(a, b);
  let cutEnd = options.fromStart ? piece.length < clean.length : b < clean.length;
  let cutStart = false;
  if (piece.length > max) {
    const window = piece.slice(0, max - 1);
    const space = window.lastIndexOf(' ');
    piece = (space > max * 0.5 ? window.slice(0, space) : window).replace(/[\s,;:–—-]+$/, '');
    cutEnd = true;
  }
  const paired = withoutStrayQuote(piece);
  piece = paired.text;
  cutStart = paired.cutStart;
  cutEnd ||= paired.cutEnd;
  piece = piece.replace(/^[\s,;:–—-]+/, '');
  const lead = cutStart || (!options.reported && /^\p{Ll}/u.test(piece)) ? ELLIPSIS : '';
  const tail = cutEnd && !/[.!?…]$/.test(piece) ? ELLIPSIS : '';
  const body = tail ? piece.replace(/[\s,;:–—-]+$/, '') : piece;
  return { text: `${lead}${body}${tail}`, cutEnd };
}

/** Inner double quotation marks as single ones, so that a passage can stand inside “…”. */
export function nestQuotes(text: string): string {
  return text
    .replace(/“/g, '‘')
    .replace(/”/g, '’')
    .replace(/(^|[\s([{—–-])"/g, '$1‘')
    .replace(/"/g, '’');
}

/** A quotation in curly marks, with the sentence's full stop outside unless the passage ends one itself. */
export function quote(passage: string): string {
  return `“${nestQuotes(passage)}”`;
}

/** Every quoted passage: between “ and ” (outermost pairs), then between straight double marks outside those. */
export function quotedPassages(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = -1;
  let rest = '';
  let restFrom = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“') {
      if (depth === 0) {
        start = i + 1;
        rest += text.slice(restFrom, i);
      }
      depth++;
    } else if (c === '”' && depth > 0) {
      depth--;
      if (depth === 0) {
        out.push(text.slice(start, i));
        restFrom = i + 1;
      }
    }
  }
  rest += depth === 0 ? text.slice(restFrom) : '';
  for (const m of rest.matchAll(/"([^"]+)"/g)) out.push(m[1] as string);
  return out;
}

const fold = (text: string) =>
  text
    .replace(/[“”"‘’'`´]+/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/**
 * True when the passage is made of pieces of one of the sources, in order, joined only by "…" (or "..."): what a
 * quotation may be. Quotation marks of any kind count as one, white space as one space.
 */
export function isVerbatim(passage: string, sources: readonly string[]): boolean {
  const pieces = fold(passage)
    .split(/…|\.\.\./)
    .map((p) => p.trim().replace(/^'+|'+$/g, '').trim())
    .filter((p) => /[\p{L}\p{N}]/u.test(p));
  if (pieces.length === 0) return true;
  return sources.some((source) => {
    const s = fold(source);
    let from = 0;
    for (const p of pieces) {
      const at = s.indexOf(p, from);
      if (at < 0) return false;
      from = at + p.length;
    }
    return true;
  });
}

/** The quotations in `text` that are not verbatim in any of the sources (empty when all are faithful). */
export function unfaithfulQuotes(text: string, sources: readonly string[]): string[] {
  return quotedPassages(text).filter((p) => !isVerbatim(p, sources));
}
