// Findings given to a poll at the end of their sentence: "Cruz had 38 percent support in a Fox poll."
import { afterDateline, isFrameTail } from './content.ts';
import { isFiniteVerb } from './content-clauses.ts';
import type { Found } from './frames.ts';
import { NOUN_DETERMINERS, OPENING_PREPOSITIONS, POLL_NOUNS, POLL_STANDINGS, RECENT_WORDS, RELATIVE_PRONOUNS, SUBORDINATORS } from './lexicon-clauses.ts';
import { isCapitalised, writtenRole } from './mentions.ts';
import { isQuote, kindOf, partsOf, type Item, type Unit, wordsIn } from './units.ts';

/**
 * "In March, Cruz had 38 percent support in a Fox poll.", "Clinton stays well ahead of Sanders in the latest
 * Quinnipiac poll.": a standing, share or number before "in" + a poll or survey that is named or dated is what the
 * poll found. A poll neither named nor dated ("rising in the polls"), an investigation or a report gives nothing.
 */
export function pollAtEnd(items: readonly Item[], text: string, unit: Unit): Found | null {
  let end = items.length;
  while (end > 0 && !(items[end - 1] as Item).word && !isQuote(items[end - 1])) end--;
  for (let k = end - 3; k > 0 && end - k <= 14; k--) {
    if ((items[k] as Item).lower !== 'in' || !NOUN_DETERMINERS.has(items[k + 1]?.lower ?? '')) continue;
    const noun = items.slice(k + 2, Math.min(end, k + 9)).findIndex((t) => POLL_NOUNS.has(t.lower));
    if (noun < 0) return null;
    const head = k + 2 + noun;
    const phrase = items.slice(k + 1, head + 1);
    // ("in the hours before the first Super Tuesday polls": the poll is the head of the phrase, after its modifiers;
    // "the RealClearPolitics average of recent polls" is one)
    if (phrase.some((t) => (OPENING_PREPOSITIONS.has(t.lower) && t.lower !== 'of') || SUBORDINATORS.has(t.lower))) return null;
    // the poll is named ("a Fox poll") or dated ("the latest poll"); what follows it is only its details
    // ("in a CBS News poll last month has evaporated": a verb after the poll makes it the subject's, not the source)
    const tail = items.slice(head + 1, end);
    if (!phrase.some((t) => isCapitalised(t) || RECENT_WORDS.has(t.lower)) || !isFrameTail(items, head + 1, end) || tail.some(isFiniteVerb)) return null;
    const from = afterDateline(unit, text);
    // (a relative clause before the poll is the finding, not the sentence: "…, where Mr. Trump holds a lead in …")
    if (wordsIn(items, from, k) < 4 || items.slice(from, k).some((t) => isQuote(t) || RELATIVE_PRONOUNS.has(t.lower) || t.lower === 'where')) return null;
    // what a poll finds is a standing, a share or a number ("Voters were asked about immigration in a new Gallup
    // survey" is how it was made; "Trump mocked the results in the latest CNN poll" is an act)
    if (!items.slice(from, k).some((t) => POLL_STANDINGS.has(t.lower) || /\d/.test(t.text) || t.text === '%')) return null;
    const first = phrase[0] as Item;
    const last = items[head] as Item;
    const mention = writtenRole(text.slice(first.start, last.end), first.start, last.end, true, false);
    return { kind: kindOf(items, from, k), mention, cue: 'in', parts: partsOf(items, from, k), frameText: '', unit, act: 'found' };
  }
  return null;
}
