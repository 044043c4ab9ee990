// chrono-node's casual English parser, loaded on first use (a process that never reads a date does not pay for
// it) and run without the two parsers whose patterns cannot match the text at hand. Those two ("3 days ago",
// "two weeks later") hold chrono's largest regular expressions (a time unit repeated up to eleven times): compiling
// each to machine code costs about 0.3 s, once per process, more than everything else chrono does for a whole
// corpus. Any match of theirs ends in a number, a time unit, a few spaces and the keyword; when the text holds
// no such run, the parser cannot find anything, so leaving it out gives exactly the full parser's results
// (refiners only see results).
import { createRequire } from 'node:module';
import type * as ChronoModule from 'chrono-node/en';
import type { Chrono, ParsedResult, ParsingOption } from 'chrono-node/en';

type ChronoEn = typeof ChronoModule;

/**
 * The end of chrono's `(NUMBER)\s{0,3}(UNIT)` (English, with abbreviations): the last word of each NUMBER form
 * ("three", "12", "half an", "a few", "several", "the", "a couple of") and every unit. Spaces are allowed more
 * generously than chrono does, so the test is never stricter than the parser.
 */
const NUMBER_END = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]|half|an?|few|several|the|couple|of)';
const UNIT = '(?:s|sec|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|week|weeks|mo|mon|mos|month|months|qtr|quarter|quarters|y|yr|year|years)';
/** Necessary for ENTimeUnitAgoFormatParser: `(units)\s{0,5}(?:ago|before|earlier)(?=\W|$)`, case-insensitive. */
const MAY_BE_AGO = new RegExp(`${NUMBER_END}\\s{0,5}${UNIT}\\s{0,5}(?:ago|before|earlier)(?=\\W|$)`, 'i');
/** Necessary for ENTimeUnitLaterFormatParser: `(units)\s{0,5}(?:later|after|from now|henceforth|forward|out)(?=\W|$)`. */
const MAY_BE_LATER = new RegExp(`${NUMBER_END}\\s{0,5}${UNIT}\\s{0,5}(?:later|after|from now|henceforth|forward|out)(?=\\W|$)`, 'i');

const AGO_PARSER = 'ENTimeUnitAgoFormatParser';
const LATER_PARSER = 'ENTimeUnitLaterFormatParser';

let chrono: ChronoEn | null = null;
/** Casual parsers without: [neither, the ago parser, the later parser, both]; made when first needed. */
const variants: (Chrono | null)[] = [null, null, null, null];

function load(): ChronoEn {
  chrono ??= createRequire(import.meta.url)('chrono-node/en') as ChronoEn;
  return chrono;
}

function parserFor(text: string): Chrono {
  const c = load();
  const skip = (MAY_BE_AGO.test(text) ? 0 : 1) | (MAY_BE_LATER.test(text) ? 0 : 2);
  if (skip === 0) return c.casual;
  let p = variants[skip];
  if (!p) {
    const left = (name: string): boolean => !((skip & 1 && name === AGO_PARSER) || (skip & 2 && name === LATER_PARSER));
    p = new c.Chrono({ parsers: c.casual.parsers.filter((x) => left(x.constructor.name)), refiners: [...c.casual.refiners] });
    variants[skip] = p;
  }
  return p;
}

/** `chrono.parse` (casual English) with the same results, faster. */
export function parseDates(text: string, ref?: Date, option?: ParsingOption): ParsedResult[] {
  return parserFor(text).parse(text, ref, option);
}

export type { ParsedResult };
