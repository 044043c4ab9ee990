// Headlines written in title case: "Bellwether County Says Trump Should Win GOP Nomination", "Trump ‘The Dealmaker’
// Could Address Clean Energy, Lindsey Graham Says". The cue is capitalised like every word, so the cue frames (which
// take only lower-case cue forms) never see it; only the document's first paragraph, the headline, is read this way.
import { CUE_FORMS, FINDING_SOURCES, ORG_WORDS, ROLE_NOUNS, TITLE_WORDS } from './lexicon.ts';
import { analyseMention, isCapitalised, isPossessive, type Mention } from './mentions.ts';
import { isCommonWord, titleCaseWords } from './names.ts';
import type { Found } from './frames.ts';
import type { Token } from './segment.ts';
import { kindOf, partsOf, wordsIn, type Item, type Unit } from './units.ts';

/** Present-tense cue forms a headline uses ("Says", "Warns", "Endorses"), by their lower-case form. */
const isHeadlineCue = (t: Item): boolean => t.word && /^\p{Lu}[a-z]+s$/u.test(t.text) && CUE_FORMS.has(t.lower);

/** A title-case headline (see titleCaseWords). */
export const titleCase = (items: readonly Item[]): boolean => titleCaseWords(items.filter((t) => t.word).map((t) => t.text));

/** The speaker phrase items[from, to): a name, an institution or a poll. */
function sourceOf(items: readonly Item[], from: number, to: number, text: string): Mention | null {
  if (to - from < 1 || to - from > 6 || !items.slice(from, to).every((t) => t.word && isCapitalised(t as Token))) return null;
  // "Schlafly’s Final Column Explains …": everyday words after a possessive are a thing of hers, not a name
  const owner = items.slice(from, to).findIndex((t) => isPossessive(t as Token));
  // (not an office or a party that speaks for its owner: "Netanyahu's Office Says …", "Khan's Party Says …")
  if (owner >= 0 && items.slice(from + owner + 1, to).every((t) => isCommonWord(t.lower) && !ORG_WORDS.has(t.text) && !TITLE_WORDS.has(t.text) && !ROLE_NOUNS.has(t.lower))) return null;
  const m = analyseMention(items.slice(from, to), text);
  const poll = FINDING_SOURCES.has((items[to - 1] as Item).lower);
  return m && (m.kind === 'name' || m.kind === 'joint' || poll) ? m : null;
}

/** "X Says C" or "C, X Says": a title-case headline's claim and its source. */
export function headlineCue(items: readonly Item[], text: string, unit: Unit): Found | null {
  if (unit.paragraph !== 0 || !titleCase(items)) return null;
  // "…, Lindsey Graham Says."
  let end = items.length;
  while (end > 0 && !(items[end - 1] as Item).word) end--;
  const last = items[end - 1];
  if (last && isHeadlineCue(last)) {
    const comma = items.findIndex((t, k) => k >= end - 7 && k < end - 1 && t.text === ',');
    const m = comma > 2 ? sourceOf(items, comma + 1, end - 1, text) : null;
    if (m && wordsIn(items, 0, comma) >= 3) return { kind: kindOf(items, 0, comma), mention: m, cue: last.lower, parts: partsOf(items, 0, comma), frameText: '', unit };
  }
  // "Bellwether County Says Trump Should Win"
  const c = items.findIndex((t, k) => k >= 1 && k <= 6 && isHeadlineCue(t));
  if (c < 0 || wordsIn(items, c + 1, items.length) < 3) return null;
  const m = sourceOf(items, 0, c, text);
  if (!m) return null;
  return { kind: kindOf(items, c + 1, items.length), mention: m, cue: (items[c] as Item).lower, parts: partsOf(items, c + 1, items.length), frameText: '', unit };
}
