// Stage 4a, parts of a group before the cue, as polls report them and kept as written: "52 percent of registered
// voters say", "one in five say", "most of them said", "those surveyed said".
import { SUBORDINATORS, GROUP_PHRASE_ENDS, GROUP_PRONOUNS, GROUP_QUANTIFIERS, NOT_GROUP_BEFORE, NUMBER_WORDS, TEENS, TENS, POLLED_PARTICIPLES, QUANTIFIERS, SHARE_APPROXIMATORS, SHARE_OPENERS, SHARE_PRECEDERS } from './lexicon-clauses.ts';
import { FRACTIONS, SHARE_HEADS } from './lexicon-nouns.ts';
import { type Mention, writtenRole } from './mentions.ts';
import { type Item } from './units.ts';
import { startsClause } from './speaker-phrase.ts';

/** A number written out: "four", "forty", "twenty-four" ("Twenty-four percent said …"). */
function isNumberWord(w: string): boolean {
  const dash = w.indexOf('-');
  return NUMBER_WORDS.has(w) || TENS.has(w) || TEENS.has(w) || (dash > 0 && TENS.has(w.slice(0, dash)) && NUMBER_WORDS.has(w.slice(dash + 1)));
}

/**
 * "52 percent of registered voters say", "about half of voters say", "one in five say", "a majority of Republicans
 * support …": a share of a group, as a poll reports it, is the source — kept as written.
 */

export function shareOfGroup(items: readonly Item[], end: number, text: string): { mention: Mention; start: number } | null {
  for (let k = end - 1; k >= 0 && end - k <= 12; k--) {
    const t = items[k] as Item;
    if (!t.word && t.text !== '%') return null;
    // ("two in three voters", "nine out of 10 say": a share written as a ratio)
    const by = t.lower === 'of' && items[k - 1]?.lower === 'out' ? k - 1 : k;
    const ratio = (t.lower === 'in' || by < k) && (NUMBER_WORDS.has(items[by - 1]?.lower ?? '') || /^\d$/.test(items[by - 1]?.text ?? '')) && /^(\d+|two|three|four|five|six|seven|eight|nine|ten)$/.test(items[k + 1]?.lower ?? '');
    const head = SHARE_HEADS.has(t.lower) || FRACTIONS.has(t.lower) || ratio;
    if (!head) continue;
    let start = ratio ? by - 1 : k;
    if (/^\d/.test(items[start - 1]?.text ?? '') || isNumberWord(items[start - 1]?.lower ?? '')) start--;
    // ("more than 4 in 10", "fewer than half")
    if (items[start - 1]?.lower === 'than' && SHARE_APPROXIMATORS.has(items[start - 2]?.lower ?? '')) start -= 2;
    // ("a mere 9 percent", "just over a quarter", "nearly half")
    for (let n = 0; n < 3 && (SHARE_OPENERS.has(items[start - 1]?.lower ?? '') || SHARE_APPROXIMATORS.has(items[start - 1]?.lower ?? '')); n++) start--;
    // the group after "of" must not run into a clause ("of them who", "of voters that")
    // (nor, with no group of its own, hold a clause: "jumped as much as 18% on Thursday after the packaging maker
    // confirmed …"; "Half of those interviewed after the debate said …" has its group, and "after" is a preposition)
    const clause = items[k + 1]?.lower !== 'of' && items.slice(k + 1, end).some((x) => SUBORDINATORS.has(x.lower));
    if (items.slice(start, end).some((x) => GROUP_PHRASE_ENDS.has(x.lower)) || clause) return null;
    if (start > 0 && !/^[,;:(—–]$/.test(items[start - 1]?.text ?? '') && !SHARE_PRECEDERS.has(items[start - 1]?.lower ?? '')) return null;
    const phrase = text.slice((items[start] as Item).start, (items[end - 1] as Item).end);
    const mention = writtenRole(phrase, (items[start] as Item).start, (items[end - 1] as Item).end, false, true);
    return { mention, start };
  }
  return null;
}

/** "most of them said", "many of those …", "…, many said": part of a group named before, kept as written. */
export function partOfGroup(items: readonly Item[], end: number, text: string): { mention: Mention; start: number } | null {
  // ("…, many said Monday that …": a quantifier alone stands for the group)
  // (not "…, as many said it would": "as", "so", "how" make "many" no group that speaks)
  // (not "Hawkins and others said": the others are joined to someone named)
  const alone = GROUP_QUANTIFIERS.has(items[end - 1]?.lower ?? '') && !NOT_GROUP_BEFORE.has(items[end - 2]?.lower ?? '') && !namedBeforeAnd(items, end - 2);
  const start = alone ? end - 1 : end - 3;
  const q = items[start];
  if (!q || (!alone && (items[end - 2]?.lower !== 'of' || !GROUP_PRONOUNS.has(items[end - 1]?.lower ?? '') || !QUANTIFIERS.has(q.lower)))) return null;
  if (start > 0 && !startsClause(items, start)) return null;
  return { mention: writtenRole(text.slice(q.start, (items[end - 1] as Item).end), q.start, (items[end - 1] as Item).end, false, true), start };
}

/**
 * "Hawkins and others said": a capitalised name opening the clause before the "and" at `and` (not "Police arrested Tom
 * Hughes and others said", "The crowd booed Starmer and some said": there "others", "some" speak alone).
 */
function namedBeforeAnd(items: readonly Item[], and: number): boolean {
  if (items[and]?.lower !== 'and') return false;
  let r = and;
  while (r > 0 && items[r - 1]?.word && /^\p{Lu}/u.test((items[r - 1] as Item).text)) r--;
  return r < and && startsClause(items, r);
}

/** "those surveyed said", "voters polled say": a poll's respondents, kept as written. */
export function pollRespondents(items: readonly Item[], end: number, text: string): { mention: Mention; start: number } | null {
  const polled = items[end - 1];
  const group = items[end - 2];
  if (!polled || !group || !POLLED_PARTICIPLES.has(polled.lower) || !group.word || !(group.lower === 'those' || /[a-z]s$/.test(group.lower))) return null;
  if (end - 2 > 0 && !startsClause(items, end - 2)) return null;
  // ("those surveyed": a bare "those" would be cut from the name, so the group is named as people)
  const phrase = group.lower === 'those' ? `people ${polled.lower}` : text.slice(group.start, polled.end);
  return { mention: writtenRole(phrase, group.start, polled.end, false, true), start: end - 2 };
}
