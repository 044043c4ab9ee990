// Reads what a plain-text article says about itself: headline, wire dateline (outlet and day), byline and
// banner dates, copyright and site-name hints. Works on the lines classified by clean-text.ts and returns the
// article body with the headline and dateline taken out, since statements are extracted from the body.
import { endsSentence, wordCount } from './boilerplate.ts';
import { assembleParagraphs, finishText, scanText, type ScannedLine } from './clean-text.ts';
import { mentionedYears, mentionsLastYear, parseMonthDay } from './dates.ts';
import { shippedGazetteer } from '../places/index.ts';
import { readOpening } from './opening.ts';

export interface DatelineInfo {
  readonly outlet: string | null;
  readonly monthDay: { month: number; day: number; year: number | null } | null;
  /** The paragraph without the dateline. */
  readonly rest: string;
}

export interface TextAnalysis {
  readonly text: string;
  readonly title: string | null;
  /** The one-sentence summary between headline and dateline (wire copy), as written; it stays in `text`. */
  readonly standfirst: string | null;
  readonly outletFromDateline: string | null;
  readonly outletFromSiteLine: string | null;
  readonly outletFromCopyright: string | null;
  readonly headerDate: string | null;
  readonly dateline: DatelineInfo['monthDay'];
  /** Byline and "Published ..." dates, best first. */
  readonly bylineDates: readonly string[];
  readonly bannerDate: string | null;
  readonly copyrightYear: number | null;
  readonly bodyYears: readonly number[];
  readonly lastYear: boolean;
}

export interface AnalyseOptions {
  /** A title already known for sure (HTML meta): lines repeating it are dropped, none is guessed. */
  readonly knownTitle?: string | null;
  /** A title from outside the page (feed item): helps recognise the headline line. */
  readonly hintTitle?: string | null;
}

/** Wire agencies as they are usually written. Unknown agencies are kept as written. */
const AGENCIES: Record<string, string> = {
  tass: 'TASS', reuters: 'Reuters', ap: 'AP', 'associated press': 'AP', afp: 'AFP', xinhua: 'Xinhua',
  sputnik: 'Sputnik', ria: 'RIA Novosti', 'ria novosti': 'RIA Novosti', interfax: 'Interfax', ians: 'IANS',
  pti: 'PTI', ani: 'ANI', app: 'APP', anadolu: 'Anadolu', aa: 'Anadolu', upi: 'UPI', dpa: 'dpa', efe: 'EFE',
  ansa: 'ANSA', irna: 'IRNA', kyodo: 'Kyodo', yonhap: 'Yonhap', bernama: 'Bernama', bloomberg: 'Bloomberg',
  cnn: 'CNN', bbc: 'BBC', sana: 'SANA', wam: 'WAM', spa: 'SPA', kuna: 'KUNA', qna: 'QNA', belta: 'BelTA',
  kabar: 'Kabar', trend: 'Trend', azertac: 'AZERTAC', kazinform: 'Kazinform', ukrinform: 'Ukrinform',
  unian: 'UNIAN', 'pajhwok': 'Pajhwok', 'tolo': 'Tolo', 'tolonews': 'TOLOnews', 'ria-novosti': 'RIA Novosti',
};

/** Words that can stand in parentheses after a city but are not an agency. */
const NOT_AGENCY = /^(?:updated?|corrected|correction|video|photos?|live|breaking|analysis|opinion|exclusive|file|reuters\/.*)$/i;

/** An agency as usually written, or null for what is no agency: a date, a label, a place ("Leningrad Region"). */
function normaliseAgency(raw: string): string | null {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (name.length === 0 || name.length > 30 || NOT_AGENCY.test(name)) return null;
  if (parseMonthDay(name)) return null;
  const known = AGENCIES[name.toLowerCase()];
  if (known) return known;
  if (!/^[\p{Lu}]/u.test(name) || wordCount(name) > 4) return null;
  if (shippedGazetteer().isPlace(name)) return null;
  return name;
}

function knownAgency(raw: string): boolean {
  return AGENCIES[raw.trim().replace(/\s+/g, ' ').toLowerCase()] !== undefined;
}

const CITY = "[A-Z][A-Z.'’ -]{1,40}?";
/** "October 8", "Oct. 8, 2021", "8 Oct" (RIA Novosti, Interfax). */
const MONTH_DAY = "(?:[A-Z][a-z]{2,9}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}\\s+[A-Z][a-z]{2,9}\\.?)(?:,?\\s+\\d{4})?";
/** "MOSCOW, October 8. /TASS/.", "IGORA /Leningrad Region/, December 26. /TASS/." (a region between slashes) */
const DATELINE_SLASH = new RegExp(`^(${CITY})(?:\\s*/[^/\\n]{2,40}/)?(?:,\\s*(${MONTH_DAY}))?\\s*[.,]?\\s*/\\s*([A-Za-z][A-Za-z .-]{0,30}?)\\s*/\\s*\\.?\\s*(?:[-–—:]\\s*)?`);
/** "MOSCOW (TASS):", "WASHINGTON (Reuters) -", "KABUL, Afghanistan (AP) —", "MOSCOW. Dec 26 (Interfax) -", "Paris (AFP) -" */
const DATELINE_PAREN = new RegExp(`^(${CITY}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?:[,.]\\s*([^()\\n]{1,40}?))?\\s*\\(([A-Za-z][A-Za-z .&-]{0,30})\\)\\s*(?:[-–—:]+|\\.)\\s*`);
/** "MOSCOW, 26 Dec - RIA Novosti." (a known agency after a dash) */
const DATELINE_DASH_AGENCY = new RegExp(`^(${CITY}),\\s*(${MONTH_DAY})\\s*[-–—]\\s*([A-Z][A-Za-z .]{1,30}?)\\.\\s+`);
/** "(AFP) -" */
const DATELINE_AGENCY_ONLY = /^\(([A-Z][A-Za-z]{1,20})\)\s*[-–—:]+\s*/;
/** "MOSCOW, October 8 -" */
const DATELINE_DATE = new RegExp(`^(${CITY}),\\s*(${MONTH_DAY})\\s*(?:[-–—:.]\\s*|(?=\\())`);
/** "KABUL — The Taliban said" */
const DATELINE_CITY = /^([A-Z][A-Z.'’ ]{3,30}?)\s*[-–—]\s+(?=[\p{Lu}"“‘])/u;

/** Reads a wire dateline at the start of a paragraph; null when there is none. */
export function readDateline(paragraph: string): DatelineInfo | null {
  const head = paragraph.slice(0, 200);
  let m = DATELINE_SLASH.exec(head);
  if (m) {
    return {
      outlet: normaliseAgency(m[3] ?? ''),
      monthDay: m[2] ? parseMonthDay(m[2]) : null,
      rest: paragraph.slice(m[0].length),
    };
  }
  m = DATELINE_PAREN.exec(head);
  // a city in capitals, or written as a name before a known agency ("Paris (AFP) -")
  if (m && (isCity(m[1] ?? '') || knownAgency(m[3] ?? ''))) {
    const outlet = normaliseAgency(m[3] ?? '');
    if (outlet) return { outlet, monthDay: m[2] ? parseMonthDay(m[2]) : null, rest: paragraph.slice(m[0].length) };
  }
  m = DATELINE_DASH_AGENCY.exec(head);
  if (m && isCity(m[1] ?? '') && knownAgency(m[3] ?? '')) {
    return { outlet: normaliseAgency(m[3] ?? ''), monthDay: parseMonthDay(m[2] ?? ''), rest: paragraph.slice(m[0].length) };
  }
  m = DATELINE_AGENCY_ONLY.exec(head);
  if (m) {
    const outlet = normaliseAgency(m[1] ?? '');
    if (outlet) return { outlet, monthDay: null, rest: paragraph.slice(m[0].length) };
  }
  m = DATELINE_DATE.exec(head);
  if (m && isCity(m[1] ?? '')) {
    const monthDay = parseMonthDay(m[2] ?? '');
    if (monthDay) {
      let rest = paragraph.slice(m[0].length);
      const agency = /^\(([A-Za-z][A-Za-z .&-]{0,30})\)\s*(?:[-–—:]+\s*)?/.exec(rest);
      const outlet = agency ? normaliseAgency(agency[1] ?? '') : null;
      if (agency && outlet) rest = rest.slice(agency[0].length);
      return { outlet, monthDay, rest };
    }
  }
  m = DATELINE_CITY.exec(head);
  if (m && isCity(m[1] ?? '') && (m[1] ?? '').replace(/[^A-Z]/g, '').length >= 4) {
    return { outlet: null, monthDay: null, rest: paragraph.slice(m[0].length) };
  }
  return null;
}

/** A dateline city is written in capitals and has at least one letter run of 3+. */
function isCity(s: string): boolean {
  const t = s.trim();
  return t.length >= 2 && t === t.toUpperCase() && /[A-Z]{3,}|[A-Z]{2}$/.test(t);
}

/** Compares titles ignoring case, quotes and punctuation. */
export function titleKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function sameTitle(line: string, title: string): boolean {
  const a = titleKey(line);
  const b = titleKey(title);
  if (a.length === 0 || b.length === 0) return false;
  if (a === b) return true;
  // A breadcrumb or feed may shorten the headline with an ellipsis.
  if (/(?:…|\.\.\.)$/.test(title.trim()) && b.length >= 20 && a.startsWith(b)) return true;
  return false;
}

/** Could this line be a headline? Short, no closing sentence punctuation, not a dateline. */
export function isHeadlineLike(line: string): boolean {
  const words = wordCount(line);
  if (words < 2 || words > 30 || line.length > 220) return false;
  if (/[.,;:]["'”’»)\]]*$/.test(line)) return false;
  if (!/^[\p{Lu}\p{N}"“‘'«]/u.test(line)) return false;
  if (readDateline(line)) return false;
  return true;
}

function isSectionLabel(line: string): boolean {
  return wordCount(line) <= 2 && line.length <= 30 && !endsSentence(line);
}

/** Finds and marks the headline line among the first lines; returns its text. */
function markTitle(lines: readonly ScannedLine[], breadcrumb: readonly string[] | null, options: AnalyseOptions): string | null {
  const head = lines.filter((l) => l.kind === 'body').slice(0, 10);
  const markDuplicates = (title: string, except: ScannedLine | null): void => {
    for (const l of head.slice(0, 6)) if (l !== except && l.kind === 'body' && sameTitle(l.text, title)) l.kind = 'repeated';
  };
  if (options.knownTitle) {
    markDuplicates(options.knownTitle, null);
    return options.knownTitle;
  }
  const hints = [breadcrumb?.at(-1), options.hintTitle].filter((h): h is string => !!h && wordCount(h) >= 2);
  for (const hint of hints) {
    const line = head.slice(0, 6).find((l) => sameTitle(l.text, hint));
    if (line) {
      line.kind = 'title';
      markDuplicates(line.text, line);
      return line.text;
    }
  }
  const [first, second, third] = head;
  if (!first || !second) return null;
  let title: ScannedLine | null = null;
  if (isHeadlineLike(first.text)) title = first;
  else if (isSectionLabel(first.text) && third && isHeadlineLike(second.text)) {
    first.kind = 'label';
    title = second;
  }
  if (!title) return null;
  title.kind = 'title';
  markDuplicates(title.text, title);
  return title.text;
}

/** Cleans plain text and reads its metadata. */
export function analyseText(input: string, options: AnalyseOptions = {}): TextAnalysis {
  const scan = scanText(input);
  const content = scan.lines.filter((l) => l.kind !== 'blank');
  const title = markTitle(scan.lines, scan.breadcrumb, options);

  // Date lines above the headline (or above the first text when there is no headline) are banners.
  const anchor = content.findIndex((l) => l.kind === 'title' || l.kind === 'body');
  let bannerDate: string | null = null;
  const published: string[] = [];
  const plain: string[] = [];
  const updated: string[] = [];
  content.forEach((l, i) => {
    const info = l.dateInfo;
    if (l.kind !== 'date' || !info) return;
    if (anchor >= 0 && i < anchor && info.label === null && info.rest.length === 0) {
      bannerDate ??= info.iso;
    } else if (info.label === 'published') published.push(info.iso);
    else if (info.label === 'updated') updated.push(info.iso);
    else plain.push(info.iso);
  });

  const paragraphs = assembleParagraphs(scan.lines);
  // The dateline may sit below a timestamp line, a reading time and a standfirst (wire copy): see opening.ts.
  const opening = readOpening(paragraphs, readDateline);
  const dateline = opening.dateline;
  published.unshift(...opening.timestamps);
  const text = finishText(paragraphs);
  // The years the body mentions decide only between a banner date and none (see resolveDate), which few
  // documents come to: they are read from the text when first asked.
  let bodyYears: number[] | null = null;
  let lastYear: boolean | null = null;
  return {
    text,
    title: title === null ? null : finishText([title]),
    standfirst: opening.standfirst === null ? null : finishText([opening.standfirst]),
    outletFromDateline: dateline?.outlet ?? null,
    outletFromSiteLine: scan.siteName,
    outletFromCopyright: scan.copyright?.holder ?? null,
    headerDate: scan.headerDate,
    dateline: dateline?.monthDay ?? null,
    bylineDates: [...published, ...plain, ...updated],
    bannerDate,
    copyrightYear: scan.copyright?.year ?? null,
    get bodyYears() {
      return (bodyYears ??= mentionedYears(text));
    },
    get lastYear() {
      return (lastYear ??= mentionsLastYear(text));
    },
  };
}
