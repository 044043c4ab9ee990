// Words posted with a picture, a link or a reply, as news of social media writes them: "reposted a screenshot of the
// reply with the caption: “…”", "posted a link to the bill text, with the words “Read it yourself.”", "replied to a
// photograph of an overflowing bin with: “…”". The one who posted speaks (in writing).
import type { Found } from './frames.ts';
import { CAPTION_NOUNS, NOUN_DETERMINERS, POSTING_VERBS } from './lexicon-clauses.ts';
import type { Quote } from './segment.ts';
import { subjectBefore } from './speaker-before.ts';
import { startsClause } from './speaker-phrase.ts';
import { isQuote, type Item, type Unit } from './units.ts';

/**
 * How far before the quotation the posting verb may be, in items and in words: the thing posted and where it was posted
 * lie between, a web address perhaps ("posted a link to the bill text, congress.gov/bill/…, with the words").
 */
const MOST_BETWEEN = 40;
const MOST_WORDS_BETWEEN = 14;

export function postedWithWords(items: readonly Item[], text: string, unit: Unit): Found | null {
  for (let qi = 1; qi < items.length; qi++) {
    if (!isQuote(items[qi])) continue;
    const w = withAt(items, qi);
    if (w < 1) continue;
    let v = w - 1;
    // (past a passive participle of the thing posted: "a photograph …, posted by a resident on Facebook, with: …")
    const posting = (k: number): boolean => POSTING_VERBS.has((items[k] as Item).lower) && items[k + 1]?.lower !== 'by';
    while (v >= 0 && w - v <= MOST_BETWEEN && !isQuote(items[v]) && !posting(v)) v--;
    // (words on a thing someone holds, or someone else's message: "a protester holding a placard with the words …",
    // "a message from his former partner with the words …")
    const between = items.slice(v + 1, w);
    if (v < 1 || w - v > MOST_BETWEEN || between.filter((t) => t.word).length > MOST_WORDS_BETWEEN || !posting(v) || between.some((t, n) => (/^\p{Ll}+ing$/u.test(t.text) && NOUN_DETERMINERS.has(items[v + 2 + n]?.lower ?? '')) || t.lower === 'from')) continue;
    // (a pronoun after an opener too: "Minutes later he posted …")
    const subj = subjectBefore(items, v, text);
    if (!subj || (!startsClause(items, subj.start) && subj.mention.kind !== 'pronoun')) continue;
    const q = (items[qi] as Item).quote as Quote;
    return { kind: 'direct', mention: subj.mention, cue: (items[v] as Item).lower, parts: [{ start: q.innerStart, end: q.innerEnd, quote: q }], frameText: text.slice((items[v] as Item).start, (items[qi - 1] as Item).end), unit, act: 'wrote' };
  }
  return null;
}

/** Where the "with" that introduces the quotation at `qi` stands ("with the caption:", "with the words", "with:"), or -1. */
function withAt(items: readonly Item[], qi: number): number {
  let k = qi - 1;
  if (items[k]?.text === ':' || items[k]?.text === ',') k--;
  if (items[k]?.lower === 'with') return k;
  return CAPTION_NOUNS.has(items[k]?.lower ?? '') && items[k - 1]?.lower === 'the' && items[k - 2]?.lower === 'with' ? k - 2 : -1;
}
