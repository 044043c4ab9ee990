// Date evidence and the rule that turns it into one publication date (or null).
// Scraped pages carry several dates of very different trust: a scraper header, a wire dateline, a byline
// timestamp, HTML meta, and the page's "today" banner, which is not the article date at all. Keeping the
// policy in one place makes it testable and keeps wrong dates out of the store.
import { parseDates, type ParsedResult } from './chrono.ts';

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december',
];
const MONTH_NAME = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const MONTH_RE = new RegExp(`\\b${MONTH_NAME}\\b`, 'i');
const NUMERIC_DATE_RE = /\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/;
const YEAR_RE = /\b(?:19|20)\d{2}\b/;

/** Earliest publication date we accept; older ones are scraping noise. */
const MIN_ISO = '1990-01-01';

export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** ISO date of `now` (UTC) plus one day of slack for time zones. */
function latestAcceptable(now: Date): string {
  return new Date(now.getTime() + 24 * 3600 * 1000).toISOString().slice(0, 10);
}

/** A date is plausible when it is not in the future and not before 1990. */
export function isPlausibleDate(iso: string | null, now: Date): iso is string {
  return iso !== null && iso >= MIN_ISO && iso <= latestAcceptable(now);
}

/** Cheap test run before chrono: does the line look like it holds a full date with a year? */
export function mayHoldDate(line: string): boolean {
  return YEAR_RE.test(line) && (MONTH_RE.test(line) || NUMERIC_DATE_RE.test(line));
}

export interface DateMatch {
  readonly iso: string;
  readonly index: number;
  readonly length: number;
}

/** Full dates (day, month and a written year) that chrono finds in a short text. */
export function findFullDates(text: string): DateMatch[] {
  if (!mayHoldDate(text)) return [];
  let results: ParsedResult[];
  try {
    results = parseDates(text, new Date(Date.UTC(2000, 0, 1)));
  } catch {
    return [];
  }
  const out: DateMatch[] = [];
  for (const r of results) {
    const s = r.start;
    if (!s.isCertain('day') || !s.isCertain('month') || !s.isCertain('year')) continue;
    if (!YEAR_RE.test(r.text)) continue; // "4 minutes ago" is certain too, but relative to the scrape
    const iso = isoDate(s.get('year') ?? 0, s.get('month') ?? 0, s.get('day') ?? 0);
    if (iso) out.push({ iso, index: r.index, length: r.text.length });
  }
  return out;
}

/** Times, relative times and labels that may surround a date on a banner or byline line. */
const DATE_NOISE =
  /\b(?:\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|\d+\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago|[ap]\.?m\.?|gmt|utc|bst|cet|cest|msk|pkt|ist|est|edt|pst|pdt|et|published|updated|last|posted|modified|created|on|at|date|time|ago|read|min|mins|minutes?|by|and|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b/gi;

export interface DateLineInfo {
  readonly iso: string;
  /** Words left once the date, times and labels are taken out (names in a byline). */
  readonly rest: string[];
  /** "published" / "updated" label, when the line says so. */
  readonly label: 'published' | 'updated' | null;
}

/**
 * Reads a short line that is only a date, or a byline with a date ("Umer Jamshaid 4 minutes ago Wed 18th
 * August 2021 | 07:45 PM"). Returns null for ordinary sentences.
 */
export function readDateLine(line: string): DateLineInfo | null {
  if (line.length > 160) return null;
  const dates = findFullDates(line);
  const first = dates[0];
  if (!first) return null;
  let rest = line;
  for (const d of [...dates].reverse()) rest = `${rest.slice(0, d.index)} ${rest.slice(d.index + d.length)}`;
  rest = rest.replace(DATE_NOISE, ' ').replace(/[|,•·/\\:;()[\]–—\-_*]+/g, ' ');
  const words = rest.split(/\s+/).filter((w) => w.length > 0);
  if (words.length > 6) return null;
  // What is left must look like a name ("By Jane Doe", "Umer Jamshaid"), not a sentence fragment.
  if (!words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:by|and|of|the|staff|reporter|correspondent)$/i.test(w))) {
    return null;
  }
  if (/[.!?]["”’']?$/.test(line.trim()) && words.length > 2) return null;
  const lower = line.toLowerCase();
  const pubAt = lower.search(/\b(?:published|posted|created)\b/);
  const updAt = lower.search(/\b(?:updated|modified)\b/);
  let label: DateLineInfo['label'] = null;
  let iso = first.iso;
  if (pubAt >= 0) {
    label = 'published';
    // "Published 8 Oct 2021 | Updated 9 Oct 2021": take the date after "published".
    const after = dates.find((d) => d.index > pubAt && (updAt < pubAt || d.index < updAt));
    if (after) iso = after.iso;
  } else if (updAt >= 0 && updAt < first.index) {
    label = 'updated'; // "Updated 9 Oct 2021"; in "8 Oct 2021 ... Updated 2 hours ago" the date is the original
  }
  return { iso, rest: words, label };
}

/** Parses a date attribute from HTML meta or JSON-LD ("2021-10-08T14:30:00+03:00", "Oct 8, 2021"). */
export function parseMetaDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return findFullDates(v.slice(0, 160))[0]?.iso ?? null;
}

const MONTH_FIRST = new RegExp(`^(${MONTH_NAME})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+((?:19|20)\\d{2}))?\\b`, 'i');
/** "26 Dec", "26 December 2021" (RIA Novosti, Interfax and British style). */
const DAY_FIRST = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAME})\\.?(?:,?\\s+((?:19|20)\\d{2}))?\\b`, 'i');

/** Month (1-12) and day from a dateline fragment like "October 8", "Oct. 8, 2021" or "8 Oct". */
export function parseMonthDay(text: string): { month: number; day: number; year: number | null } | null {
  const t = text.trim();
  const first = MONTH_FIRST.exec(t);
  const dayFirst = first ? null : DAY_FIRST.exec(t);
  const m = first ?? (dayFirst ? [dayFirst[0], dayFirst[2], dayFirst[1], dayFirst[3]] : null);
  if (!m) return null;
  const name = (m[1] ?? '').toLowerCase().slice(0, 3);
  const month = MONTHS.findIndex((x) => x.startsWith(name)) + 1;
  const day = Number(m[2]);
  if (month < 1 || day < 1 || day > 31) return null;
  return { month, day, year: m[3] ? Number(m[3]) : null };
}

const BODY_YEAR_RE = new RegExp(
  `\\b(?:${MONTH_NAME}\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME}\\.?,?\\s+|(?:in|since|of|during|until|from|early|late|mid)\\s+)((?:19|20)\\d{2})\\b`,
  'gi',
);

/** Years the text places events in ("in August 2021", "on 15 March 2022", "since 2001"). */
export function mentionedYears(text: string): number[] {
  const years: number[] = [];
  for (const m of text.matchAll(BODY_YEAR_RE)) years.push(Number(m[1]));
  return years;
}

/** Does the text place something "last year"? Together with a mentioned year it implies the article's year. */
export function mentionsLastYear(text: string): boolean {
  return /\blast year\b/i.test(text);
}

export interface DateEvidence {
  /** Explicit scraper header (" date 2021-10-08"). */
  readonly header: string | null;
  /** Wire dateline ("MOSCOW, October 8."): month/day, year when written. */
  readonly dateline: { month: number; day: number; year: number | null } | null;
  /** Byline timestamps and labelled "Published ..." lines, best first. */
  readonly bylines: readonly string[];
  /** HTML meta / JSON-LD / <time>. */
  readonly meta: string | null;
  /** What the feed item said. */
  readonly fallback: string | null;
  /** A date-only line above the headline: possibly just the page's "today" banner. */
  readonly banner: string | null;
  readonly copyrightYear: number | null;
  /** Years the article body mentions (see mentionedYears). */
  readonly bodyYears: readonly number[];
  /** The body says "last year". */
  readonly lastYear?: boolean;
}

/** True when the article itself says the banner date cannot be its date. */
export function bannerContradicted(banner: string, ev: DateEvidence): boolean {
  const year = Number(banner.slice(0, 4));
  if (ev.copyrightYear !== null && ev.copyrightYear < year) return true;
  const past = ev.bodyYears.filter((y) => y <= year);
  // An article dated in `year` whose latest event is two or more years back is almost surely older.
  if (past.length > 0 && year - Math.max(...past) >= 2) return true;
  // "last year ... in August 2021" places the article in 2022.
  if (ev.lastYear && past.length > 0 && Math.max(...past) !== year - 1 && Math.max(...past) !== year) return true;
  return false;
}

/** True when the article supports the banner's year: it names that year, or "last year" with the year before. */
export function bannerCorroborated(banner: string, ev: DateEvidence): boolean {
  const year = Number(banner.slice(0, 4));
  if (ev.bodyYears.includes(year)) return true;
  const past = ev.bodyYears.filter((y) => y <= year);
  return !!ev.lastYear && past.length > 0 && Math.max(...past) === year - 1;
}

/** Picks the publication date from the evidence, most trusted first; null when unsure. */
export function resolveDate(ev: DateEvidence, now: Date): string | null {
  if (isPlausibleDate(ev.header, now)) return ev.header;
  const anchors = [...ev.bylines, ev.meta, ev.fallback].filter((d): d is string => isPlausibleDate(d, now));
  if (ev.dateline) {
    const { month, day } = ev.dateline;
    let composed: string | null = null;
    const banner = isPlausibleDate(ev.banner, now) ? ev.banner : null;
    if (ev.dateline.year !== null) composed = isoDate(ev.dateline.year, month, day);
    // a timestamp line above the headline that gives the dateline's own day is the article's date, not "today"
    else if (!anchors[0] && banner !== null && Number(banner.slice(5, 7)) === month && Number(banner.slice(8, 10)) === day) composed = banner;
    else if (anchors[0]) {
      // Take the year of the best anchor; a December dateline on a January anchor belongs to the year before.
      const anchor = anchors[0];
      const year = Number(anchor.slice(0, 4));
      composed = isoDate(year, month, day);
      if (composed && composed > addDays(anchor, 2)) composed = isoDate(year - 1, month, day);
    }
    if (isPlausibleDate(composed, now)) return composed;
  }
  if (anchors[0]) return anchors[0];
  if (isPlausibleDate(ev.banner, now) && !bannerContradicted(ev.banner, ev)) {
    // A banner is only trusted when the article supports its year: otherwise we cannot tell it from "today".
    if (bannerCorroborated(ev.banner, ev)) return ev.banner;
  }
  return null;
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return new Date(d.getTime() + days * 24 * 3600 * 1000).toISOString().slice(0, 10);
}
