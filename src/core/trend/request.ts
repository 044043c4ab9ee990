// What a trend request says: the /quote query plus by:speaker|theme|outlet and interval:day|week|month, typed in
// the text (chat) or given as options (command line). Bad input is a TrendInputError that says what would work.
import { normaliseDateBound } from '../query/search.ts';
import type { TrendSplit } from '../store/statement-store.ts';
import { TREND_INTERVALS, type TrendInterval } from './periods.ts';

export const TREND_SPLITS: readonly TrendSplit[] = ['speaker', 'theme', 'outlet'];

/** A request the user got wrong; `hints` say what would work. */
export class TrendInputError extends Error {
  override readonly name = 'TrendInputError';
  readonly hints: readonly string[];
  constructor(message: string, hints: readonly string[] = [], options?: { cause?: unknown }) {
    super(message, options);
    this.hints = hints;
  }
}

export interface TrendRequest {
  /** The /quote query: speakers, words, "phrases", since:, until:, from:, theme:, act:. */
  readonly query: string;
  /** Default: speaker. */
  readonly by?: TrendSplit | null;
  /** Default: chosen from the period's length. */
  readonly interval?: TrendInterval | null;
}

const OPTION = /(^|\s)(by|interval|every):(\S*)/gi;
const DATE_FIELD = /(^|\s)(since|until):(\S*)/gi;

/** A by: value, or a TrendInputError naming the ones that work. */
export function splitOf(value: string): TrendSplit {
  const v = value.trim().toLowerCase().replace(/s$/, '');
  if ((TREND_SPLITS as readonly string[]).includes(v)) return v as TrendSplit;
  throw new TrendInputError(`Unknown by:${value}: a trend splits by speaker, theme or outlet.`, ['Use by:speaker, by:theme or by:outlet.']);
}

/** An interval value, or a TrendInputError naming the ones that work. */
export function intervalOf(value: string): TrendInterval {
  const v = value.trim().toLowerCase().replace(/ly$/, '').replace(/^dai$/, 'day');
  if ((TREND_INTERVALS as readonly string[]).includes(v)) return v as TrendInterval;
  throw new TrendInputError(`Unknown interval “${value}”: use day, week or month.`, ['Leave it out and the interval is chosen from the period.']);
}

/**
 * Reads by:… and interval:… out of chat text ("/trend Lavrov NATO by:theme since:2024"); the rest is the query.
 * since:/until: values that are no date are refused here (search would silently drop them).
 */
export function parseTrendText(text: string): TrendRequest {
  let by: TrendSplit | null = null;
  let interval: TrendInterval | null = null;
  const query = text
    .replace(OPTION, (_m, lead: string, key: string, value: string) => {
      if (key.toLowerCase() === 'by') by = splitOf(value);
      else interval = intervalOf(value);
      return lead;
    })
    .replace(/\s+/g, ' ')
    .trim();
  checkDates(query);
  return { query, by, interval };
}

/** since:/until: must be dates: YYYY, YYYY-MM or YYYY-MM-DD. */
export function checkDates(query: string): void {
  for (const m of query.matchAll(DATE_FIELD)) {
    const [, , key = '', value = ''] = m;
    const bound = key.toLowerCase() === 'since' ? 'start' : 'end';
    if (normaliseDateBound(value.replace(/^"|"$/g, ''), bound) === null) {
      throw new TrendInputError(`${key}:${value} is not a date.`, [`Write ${key}:2024, ${key}:2024-03 or ${key}:2024-03-15.`]);
    }
  }
}
