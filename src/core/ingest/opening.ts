// The opening lines of an article, where wire copy puts its furniture: a timestamp line ("26 DEC 2021, 15:42",
// "Source: Xinhua| 2021-12-26 18:03:12|Editor: huaxia", "17:35 26.12.2021"), a reading time, a one-sentence
// standfirst, and only then the dateline ("IGORA /Leningrad Region/, December 26. /TASS/."). The dateline is looked
// for in the first paragraphs whatever stands above it; the furniture above it is taken out of the text, its
// timestamps kept as publication dates, and a standfirst is kept in the text and reported. Official readouts with
// no dateline open with a time and a place line ("18:30", "Novo-Ogaryovo, Moscow Region"): those go too.
import { endsSentence, wordCount } from './boilerplate.ts';
import { isoDate, readDateLine } from './dates.ts';
import { shippedGazetteer } from '../places/index.ts';

/** What a dateline reader returns (metadata.ts). */
export interface DatelineLike {
  readonly outlet: string | null;
  readonly monthDay: unknown;
  readonly rest: string;
}

export interface Opening<D extends DatelineLike> {
  readonly dateline: D | null;
  /** The sentence between headline and dateline, as written (still the first paragraph of the text). */
  readonly standfirst: string | null;
  /** ISO dates of timestamp lines above the body, first first. */
  readonly timestamps: readonly string[];
}

/** Paragraphs looked at above the dateline, and the most words one of them may have. */
const MAX_ABOVE = 5;
const MAX_ABOVE_WORDS = 45;

const TIME_ONLY = /^\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|gmt|utc|msk|cet|est|et))?$/i;
const READING_TIME = /^(?:\d+\s*(?:-\s*)?min(?:ute)?s?\s+read|updated(?:\s+\S+){0,3}|listen(?:\s+to\s+(?:this\s+)?article)?)$/i;

/**
 * Finds the dateline in the opening paragraphs and clears the furniture above it; changes `paragraphs` in place
 * (the dateline taken off its paragraph, furniture removed).
 */
export function readOpening<D extends DatelineLike>(paragraphs: string[], readDateline: (paragraph: string) => D | null): Opening<D> {
  let at = -1;
  let dateline: D | null = null;
  for (let i = 0; i < Math.min(paragraphs.length, MAX_ABOVE + 1); i++) {
    const paragraph = paragraphs[i] ?? '';
    const d = readDateline(paragraph);
    if (d) {
      // A bare city ("KABUL — ") counts only at the top, or after one short paragraph, as it always has.
      const strong = d.outlet !== null || d.monthDay !== null;
      if (strong || i === 0 || (i === 1 && wordCount(paragraphs[0] ?? '') < 25)) {
        at = i;
        dateline = d;
      }
      break;
    }
    if (wordCount(paragraph) > MAX_ABOVE_WORDS) break;
  }
  const timestamps: string[] = [];
  let standfirst: string | null = null;
  if (dateline === null) {
    // No dateline: a readout's time and place lines above the first sentence.
    while (paragraphs.length > 1) {
      const first = paragraphs[0] ?? '';
      const stamp = timestampOf(first);
      if (stamp) timestamps.push(stamp);
      else if (!TIME_ONLY.test(first) && !isPlaceLine(first)) break;
      paragraphs.splice(0, 1);
    }
    return { dateline, standfirst, timestamps };
  }
  const rest = dateline.rest.trim();
  if (rest.length > 0) paragraphs[at] = rest;
  else paragraphs.splice(at, 1);
  for (let i = at - 1; i >= 0; i--) {
    const above = paragraphs[i] ?? '';
    const stamp = timestampOf(above);
    if (stamp) timestamps.unshift(stamp);
    else if (!isFurniture(above)) {
      standfirst = above;
      continue;
    }
    paragraphs.splice(i, 1);
  }
  return { dateline, standfirst, timestamps };
}

/** A short line that is no sentence: a reading time, "Updated", a kicker, a photo credit. */
function isFurniture(paragraph: string): boolean {
  const p = paragraph.trim();
  if (READING_TIME.test(p) || TIME_ONLY.test(p)) return true;
  return wordCount(p) <= 6 && !endsSentence(p);
}

/** The date of a timestamp line ("26 DEC 2021, 15:42", "17:35 26.12.2021", "Source: X| 2021-12-26 18:03:12|…"). */
export function timestampOf(paragraph: string): string | null {
  const p = paragraph.trim();
  if (wordCount(p) > 12 || endsSentence(p)) return null;
  const line = readDateLine(p);
  if (line) return line.iso;
  const iso = /(?:^|[^\d])((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[^\d]|$)/.exec(p);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  // Day first with dots (26.12.2021); with slashes only when the day cannot be a month (26/12/2021).
  const dotted = /(?:^|[^\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?:[^\d]|$)/.exec(p);
  if (dotted) return isoDate(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  const slashed = /(?:^|[^\d/])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?:[^\d]|$)/.exec(p);
  if (slashed && Number(slashed[1]) > 12) return isoDate(Number(slashed[3]), Number(slashed[2]), Number(slashed[1]));
  return null;
}

const NAME_PART = /^(?:The\s+)?\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*)*$/u;

/** "Novo-Ogaryovo, Moscow Region", "The Kremlin, Moscow": short, no sentence, names only, a known place among them. */
export function isPlaceLine(paragraph: string): boolean {
  const p = paragraph.trim();
  if (wordCount(p) > 6 || endsSentence(p)) return false;
  const parts = p.split(/\s*,\s*/);
  if (!parts.every((part) => NAME_PART.test(part))) return false;
  const gazetteer = shippedGazetteer();
  return parts.some((part) => gazetteer.isPlace(part.replace(/^The\s+/, '')));
}
