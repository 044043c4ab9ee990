// Stage 5, names of bodies read whole where a person's name would otherwise be cut out of them: "the Department of
// Fisheries and Oceans" (no person "Oceans"), "the U.S. Court of Appeals for the 6th Circuit" (no person "Circuit").
import { isGivenName } from './given-names.ts';
import { DETERMINERS, ORG_WORDS, PORTFOLIO_HEADS, TITLE_WORDS } from './lexicon.ts';
import { isCapitalised, PERSONAL_HONORIFIC } from './capitals.ts';
import type { Token } from './segment.ts';
import { isCommonWord } from './names.ts';
import { countryOf } from './places.ts';
import { isNationality } from './nationality.ts';

/** "Department of Hydrology and Meteorology": a body word and "of" before the "and", capitalised words after it. */
export function bodyOverAnd(tokens: readonly Token[], andAt: number): boolean {
  let of = -1;
  for (let x = 1; x < andAt; x++) if ((tokens[x] as Token).lower === 'of' && ORG_WORDS.has((tokens[x - 1] as Token).text)) of = x;
  if (of < 0 || of > andAt - 2) return false;
  for (let x = of + 1; x < tokens.length; x++) {
    const t = tokens[x] as Token;
    // (a portfolio word is no person's title here, "Energy and Climate Change"; a minister or a given name is one)
    if (x !== andAt && (!isCapitalised(t) || PORTFOLIO_HEADS.has(t.text) || PERSONAL_HONORIFIC.test(t.text) || isGivenName(t.text))) return false;
  }
  return true;
}

/**
 * "Fisheries and Oceans Canada", "Immigration, Refugees and Citizenship Canada": everyday words in capitals joined by
 * "and" (and commas), then a country's name: a government department named for its portfolios and its country, no
 * person "Oceans Canada".
 */
export function portfoliosOfCountry(tokens: readonly Token[], andAt: number): boolean {
  const last = tokens[tokens.length - 1] as Token;
  if (andAt < 1 || andAt > tokens.length - 3 || countryOf(last.text) === null || isNationality(last.text)) return false;
  // (words in capitals, none a given name or an office, and one at least an everyday word: not "Cole and Reed Canada")
  let plain = false;
  for (let x = 0; x < tokens.length - 1; x++) {
    const t = tokens[x] as Token;
    if (t.lower === 'and' || t.text === ',') continue;
    if (!isCapitalised(t) || PORTFOLIO_HEADS.has(t.text) || PERSONAL_HONORIFIC.test(t.text) || isGivenName(t.text)) return false;
    plain ||= isCommonWord(t.lower);
  }
  return plain;
}

/**
 * "the 6th Circuit", "the U.S. Court of Appeals for the 2nd Circuit": capitalised words from `i` on after an ordinal
 * name a body (not "the 45th President Donald Trump": a title or a given name makes it a person).
 */
export function ordinalBody(tokens: readonly Token[], i: number): boolean {
  const ordinal = i > 0 ? tokens[i - 1] : undefined;
  return ordinal !== undefined && /^\d+(st|nd|rd|th)$/.test(ordinal.lower) && !tokens.slice(i).some((t) => TITLE_WORDS.has(t.text) || isGivenName(t.text));
}

/** A body's name as written, without the determiners before it ("Nepal's Department of Hydrology and Meteorology"). */
export function bodyName(tokens: readonly Token[], text: string): string {
  // (and past lower-case words before its capitalised name: "the national Department of Water and Sanitation")
  const from = Math.max(0, tokens.findIndex((t) => !DETERMINERS.has(t.lower) && !/^\p{Ll}/u.test(t.text)));
  return text.slice((tokens[from] as Token).start, (tokens[tokens.length - 1] as Token).end);
}
