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
/** Any character one of the replacements below changes (most texts hold none: five scans saved). */
const TO_NORMALISE = new RegExp([NEWLINES, INVISIBLE, HYPHENS, SPACES, CONTROL].map((r) => `(?:${r.source})`).join('|'));

/** Character-level normalisation: newlines, spaces, invisible characters, hyphen variants. */
export function normaliseText(raw: string): string {
  let t = raw.normalize('NFC');
  if (!TO_NORMALISE.test(t)) return t;
  t = t.replace(NEWLINES, '\n');
  t = t.replace(INVISIBLE, ''); // soft hyphen, zero-width characters
  t = t.replace(HYPHENS, '-');
  t = t.replace(SPACES, ' ');
  t = t.replace(CONTROL, ''); // remaining C0/C1 controls are noise in text
  return t;
}

const HEADER_DATE = /^\s*(?:date|published|pubdate|pub_date)\s*[:=]?\s*(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?(?=\s|$)\s*/i;

/**
 * `s.replace(/\s+/g, ' ')`: every run of white space one space. Only a run of two or more, or one character that
 * is not a space, changes anything, so only those are matched (replacing every single space was slow).
 */
const SPACE_RUN = /\s{2,}|[^\S ]/g;
export const oneSpace = (s: string): string => s.replace(SPACE_RUN, ' ');

function normKey(line: string): string {
  return oneSpace(line.toLowerCase()).trim();
}

/** Classifies every line of `text` (already normalised or not). */
export function scanText(text: string): ScannedText {
  const rawLines = normaliseText(text).split('\n');
  const lines: ScannedLine[] = rawLines.map((l) => {
    const t = l.replace(/ {2,}/g, ' ').trim();
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
  const position = new Map<ScannedLine, number>(content.map((l, i) => [l, i]));
  const total = content.length;

  // Document script: foreign-script lines count as ads only in a mostly Latin document.
  let latin = 0;
  let other = 0;
  const scripts = new Map<ScannedLine, { latin: number; other: number }>();
  for (const l of content) {
    const c = scriptCounts(l.text);
    scripts.set(l, c);
    latin += c.latin;
    other += c.other;
  }
  const latinDocument = latin > 0 && latin / (latin + other) >= 0.8;

  // 1. Comment form: once prose has been seen, everything from the marker on is not article text.
  let seenProse = false;
  let cut = false;
  let copyright: CopyrightInfo | null = null;
  for (const l of content) {
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
    if (isProse(l.text)) seenProse = true;
  }

  // 2. Teaser blocks: a heading and the teaser items after it, until prose resumes. Before the article
  // has started, only the heading itself goes (the items could be the headline and byline).
  let inTeaser = false;
  seenProse = false;
  for (const l of content) {
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
    else if (isProse(l.text)) seenProse = true;
  }

  // 3. Single-line boilerplate.
  let siteName: string | null = null;
  let breadcrumb: string[] | null = null;
  for (const l of content) {
    if (l.kind !== 'body') continue;
    const pos = position.get(l) ?? 0;
    const nearEdge = pos < HEAD_LINES || pos >= total - TAIL_LINES;
    if (latinDocument && isForeignScriptLine(l.text, scripts.get(l))) {
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
  for (const l of lines) {
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
  for (const b of blocks) {
    for (const l of b) lengths.push(l.length);
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
