// Plain-text clean-up shared by the text and HTML paths: normalises characters, classifies every line
// (article text or one kind of boilerplate), rebuilds paragraphs from wrapped lines and repairs split words.
// Metadata extraction (metadata.ts) reads the classified lines, so nothing is parsed twice.
import {
  endsSentence,
  isBylineLine,
  isCommentMarker,
  isCreditLine,
  isForeignScriptLine,
  isInlineTeaser,
  isPromptLine,
  isProse,
  isTeaserHeading,
  isTeaserItem,
  readBreadcrumb,
  readCopyright,
  readSiteName,
  scriptCounts,
  type CopyrightInfo,
} from './boilerplate.ts';
import { isoDate, readDateLine, type DateLineInfo } from './dates.ts';
import { repairHyphenation } from './hyphenation.ts';

export type LineKind =
  | 'body'
  | 'blank'
  | 'comment'
  | 'teaser'
  | 'copyright'
  | 'prompt'
  | 'ad'
  | 'repeated'
  | 'breadcrumb'
  | 'site-name'
  | 'date'
  | 'byline'
  | 'title'
  | 'label';

export interface ScannedLine {
  text: string;
  kind: LineKind;
  /** For 'date' lines: the date read from the line. */
  dateInfo?: DateLineInfo;
}

export interface ScannedText {
  readonly lines: ScannedLine[];
  /** Date from a scraper header at the top (" date 2021-10-08"). */
  readonly headerDate: string | null;
  readonly copyright: CopyrightInfo | null;
  readonly siteName: string | null;
  /** The crumbs of a breadcrumb line near the top, if any. */
  readonly breadcrumb: readonly string[] | null;
}

/** Lines near the top and bottom where banners, bylines and breadcrumbs live. */
const HEAD_LINES = 25;
const TAIL_LINES = 10;

const INVISIBLE = /\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/g;
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]/g;

const NEWLINES = /\r\n?|\u2028|\u2029|\u0085/g;
const HYPHENS = /[\u2010\u2011]/g;
const SPACES = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
/**
 * Any character one of the five replacements changes, as one character class (every one of them starts with a
 * single character: "\r\n" with "\r"). Most texts hold none, and a class is tested several times faster than the
 * alternation of the five.
 */
const TO_NORMALISE = new RegExp(`[${[NEWLINES, INVISIBLE, HYPHENS, SPACES, CONTROL].map(classBody).join('')}]`);
/** The five in one pass: "\r\n" first, then any one character of the class. */
const NORMALISE_ALL = new RegExp(`\\r\\n|${TO_NORMALISE.source}`, 'g');

/** The characters a replacement pattern matches, written as the body of a character class. */
function classBody(r: RegExp): string {
  return r.source
    .replace('\\r\\n?', '\\r')
    .split('|')
    .map((alt) => (alt.startsWith('[') ? alt.slice(1, -1) : alt))
    .join('');
}

/** What one matched character (or "\r\n") becomes. */
function normalised(ch: string): string {
  if (ch === '\r\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029' || ch === '\u0085') return '\n';
  if (ch === '\u2010' || ch === '\u2011') return '-';
  SPACES.lastIndex = 0;
  if (SPACES.test(ch)) return ' ';
  return ''; // soft hyphen, zero-width characters, remaining C0/C1 controls (noise in text)
}

/**
 * Character-level normalisation: newlines, spaces, invisible characters, hyphen variants. One pass does what
 * the five replacements NEWLINES, INVISIBLE, HYPHENS, SPACES, CONTROL did in turn: their character sets are
 * disjoint, no replacement makes a character another one changes ("\r" and "\n" are in none of the later four),
 * so only the order within NEWLINES ("\r\n" before "\r") matters.
 */
export function normaliseText(raw: string): string {
  const t = raw.normalize('NFC');
  if (!TO_NORMALISE.test(t)) return t;
  return t.replace(NORMALISE_ALL, normalised);
}

/** A letter of a script other than Latin (one character class: the `v` flag's difference of two sets). */
const OTHER_LETTER = new RegExp('[\\p{L}--\\p{Script=Latin}]', 'v');

/**
 * False when `line` holds no letter of a script other than Latin for certain: every character is ASCII, Latin-1 or
 * Latin Extended-A/B other than µ, or general punctuation (curly quotation marks, dashes) — where OTHER_LETTER cannot
 * match. (Most lines that are not ASCII are so for their quotation marks; the class is tested by hand, first.)
 */
export function mayHoldOtherLetter(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c < 0xb5 || (c > 0xb5 && c <= 0x24f) || (c >= 0x2000 && c <= 0x206f)) continue;
    return true;
  }
  return false;
}

const HEADER_DATE = /^\s*(?:date|published|pubdate|pub_date)\s*[:=]?\s*(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?(?=\s|$)\s*/i;

/**
 * `s.replace(/\s+/g, ' ')`: every run of white space one space. Only a run of two or more, or one character that
 * is not a space, changes anything, so only those are matched (replacing every single space was slow).
 */
const SPACE_RUN = /\s{2,}|[^\S ]/g;
/** White space other than a space; with "  " this finds every string SPACE_RUN would change, faster. */
const OTHER_SPACE = /[^\S ]/;
export const oneSpace = (s: string): string => (s.includes('  ') || OTHER_SPACE.test(s) ? s.replace(SPACE_RUN, ' ') : s);

function normKey(line: string): string {
  return oneSpace(line.toLowerCase()).trim();
}

/** Classifies every line of `text` (already normalised or not). */
export function scanText(text: string): ScannedText {
  const rawLines = normaliseText(text).split('\n');
  const lines: ScannedLine[] = rawLines.map((l) => {
    const t = (l.includes('  ') ? l.replace(/ {2,}/g, ' ') : l).trim();
    return { text: t, kind: t.length === 0 ? 'blank' : 'body' };
  });

  // Scraper header on the first non-blank line: keep the rest of the line as text.
  let headerDate: string | null = null;
  const first = lines.find((l) => l.kind !== 'blank');
  if (first) {
    const m = HEADER_DATE.exec(first.text);
    if (m) {
      headerDate = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
      first.text = first.text.slice(m[0].length).trim();
      if (first.text.length === 0) first.kind = 'blank';
    }
  }

  const content = lines.filter((l) => l.kind !== 'blank');
  const total = content.length;
  // isProse of each content line, read once (passes 1 and 2 both ask; a line's text does not change here)
  const prose: (boolean | undefined)[] = new Array<boolean | undefined>(total);
  const isProseAt = (i: number): boolean => (prose[i] ??= isProse((content[i] as ScannedLine).text));

  // Document script: foreign-script lines count as ads only in a mostly Latin document. Only a line with three
  // letters of another script can be one, and a line without any (null here: ASCII, or Latin letters and
  // punctuation) is none: the letters of the whole document are counted only when some line could be one.
  const scripts = content.map((l) => (mayHoldOtherLetter(l.text) && OTHER_LETTER.test(l.text) ? scriptCounts(l.text) : null));
  let latinDocument = false;
  if (scripts.some((c) => c !== null && c.other >= 3)) {
    let latin = 0;
    let other = 0;
    content.forEach((l, i) => {
      const c = scripts[i] ?? scriptCounts(l.text);
      latin += c.latin;
      other += c.other;
    });
    latinDocument = latin > 0 && latin / (latin + other) >= 0.8;
  }

  // 1. Comment form: once prose has been seen, everything from the marker on is not article text.
  let seenProse = false;
  let cut = false;
  let copyright: CopyrightInfo | null = null;
  for (let i = 0; i < total; i++) {
    const l = content[i] as ScannedLine;
    const c = readCopyright(l.text);
    if (c) {
      if (!copyright || (c.holder && !copyright.holder)) copyright = c;
      if (!cut) l.kind = 'copyright';
    }
    if (cut) {
      l.kind = 'comment';
      continue;
    }
    if (l.kind !== 'body') continue;
    if (isCommentMarker(l.text)) {
      l.kind = 'comment';
      if (seenProse) cut = true;
      continue;
    }
    if (isProseAt(i)) seenProse = true;
  }

  // 2. Teaser blocks: a heading and the teaser items after it, until prose resumes. Before the article
  // has started, only the heading itself goes (the items could be the headline and byline).
  let inTeaser = false;
  seenProse = false;
  for (let i = 0; i < total; i++) {
    const l = content[i] as ScannedLine;
    if (l.kind !== 'body') continue;
    if (isTeaserHeading(l.text)) {
      l.kind = 'teaser';
      inTeaser = seenProse;
      continue;
    }
    if (inTeaser && isTeaserItem(l.text)) {
      l.kind = 'teaser';
      continue;
    }
    inTeaser = false;
    if (isInlineTeaser(l.text)) l.kind = 'teaser';
    else if (isProseAt(i)) seenProse = true;
  }

  // 3. Single-line boilerplate.
  let siteName: string | null = null;
  let breadcrumb: string[] | null = null;
  for (let pos = 0; pos < total; pos++) {
    const l = content[pos] as ScannedLine;
    if (l.kind !== 'body') continue;
    const nearEdge = pos < HEAD_LINES || pos >= total - TAIL_LINES;
    const counts = scripts[pos];
    if (latinDocument && counts && isForeignScriptLine(l.text, counts)) {
      l.kind = 'ad';
    } else if (isPromptLine(l.text) || isCreditLine(l.text)) {
      l.kind = 'prompt';
    } else if (nearEdge && isBylineLine(l.text)) {
      l.kind = 'byline';
    } else if (nearEdge && readBreadcrumb(l.text)) {
      l.kind = 'breadcrumb';
      if (!breadcrumb && pos < HEAD_LINES) breadcrumb = readBreadcrumb(l.text);
    } else if (nearEdge && readSiteName(l.text)) {
      l.kind = 'site-name';
      if (!siteName && pos < HEAD_LINES) siteName = readSiteName(l.text);
    } else if (nearEdge) {
      const info = readDateLine(l.text);
      if (info) {
        l.kind = 'date';
        l.dateInfo = info;
      }
    }
  }

  // 4. Repeated short lines: ads and navigation repeat; a headline repeated near the top is kept once.
  markRepeated(content);

  return { lines, headerDate, copyright, siteName, breadcrumb };
}

function markRepeated(content: ScannedLine[]): void {
  const groups = new Map<string, number[]>();
  content.forEach((l, i) => {
    if (l.kind !== 'body' || l.text.length > 150 || l.text.length < 3) return;
    const key = normKey(l.text);
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  });
  for (const idx of groups.values()) {
    if (idx.length < 2) continue;
    // A headline printed twice sits twice at the top, close together; ads are spread through the page.
    const inHead = idx.every((i) => i < 8) && (idx.at(-1) ?? 0) - (idx[0] ?? 0) <= 2;
    const keepFirst = inHead || isProse(content[idx[0] ?? 0]?.text ?? '');
    idx.forEach((i, n) => {
      const line = content[i];
      if (!line || (keepFirst && n === 0)) return;
      line.kind = keepFirst ? 'repeated' : 'ad';
    });
  }
}

/** Starts like a continuation of the previous line. */
function startsLower(line: string): boolean {
  return /^[\p{Ll}]/u.test(line);
}

/**
 * Rebuilds paragraphs from the kept lines. Blank lines and removed lines separate paragraphs. In
 * hard-wrapped text (many lines of similar width) lines of a block are joined unless a short line ends a
 * sentence; otherwise each line is a paragraph unless it plainly runs on into the next.
 */
export function assembleParagraphs(lines: readonly ScannedLine[]): string[] {
  const blocks: string[][] = [];
  let current: string[] = [];
  // (by index: this runs per document, mostly before V8 optimises it, and unoptimised code makes an object for every
  // step of a `for … of`)
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k] as ScannedLine;
    if (l.kind === 'body') current.push(l.text);
    else if (current.length > 0) {
      blocks.push(current);
      current = [];
    }
  }
  if (current.length > 0) blocks.push(current);

  const width = wrapWidth(blocks);
  const paragraphs: string[] = [];
  for (const block of blocks) {
    let para = block[0] ?? '';
    for (let i = 1; i < block.length; i++) {
      const prev = block[i - 1] ?? '';
      const next = block[i] ?? '';
      const runsOn = !/[.!?:;…"”’)]$/.test(prev) && startsLower(next);
      const wrapped = width > 0 && (prev.length >= width * 0.6 || startsLower(next) || !endsSentence(prev));
      if (runsOn || wrapped) {
        para = /\p{L}-$/u.test(para) && startsLower(next) ? para + next : `${para} ${next}`;
      } else {
        paragraphs.push(para);
        para = next;
      }
    }
    paragraphs.push(para);
  }
  return paragraphs.map((p) => oneSpace(p).trim()).filter((p) => p.length > 0);
}

/** Estimated wrap width when the text is hard-wrapped, else 0. */
function wrapWidth(blocks: readonly string[][]): number {
  const lengths: number[] = [];
  let inMulti = 0;
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k] as string[];
    for (let n = 0; n < b.length; n++) lengths.push((b[n] as string).length);
    if (b.length > 1) inMulti += b.length;
  }
  if (lengths.length < 5 || inMulti / lengths.length < 0.5) return 0;
  const sorted = [...lengths].sort((a, b) => a - b);
  const p90 = sorted[Math.floor(sorted.length * 0.9)] ?? 0;
  if (p90 > 120 || p90 < 30) return 0;
  const nearWidth = lengths.filter((n) => n >= p90 * 0.6).length;
  return nearWidth / lengths.length >= 0.5 ? p90 : 0;
}

/** Paragraphs → final text: split words repaired, paragraphs joined by a blank line. */
export function finishText(paragraphs: readonly string[]): string {
  return repairHyphenation(paragraphs.join('\n\n')).trim();
}

/** The whole clean-up for plain text, without metadata extraction (title and dateline stay in). */
export function cleanText(text: string): string {
  return finishText(assembleParagraphs(scanText(text).lines));
}
