// Stage 3, cues that tell how words were said ("he boomed", "she laughed", "went on"): what they report, and what not.
import { finalAttributionAt } from './content.ts';
import { isVerbLike } from './content-clauses.ts';
import { AUXILIARIES, PARTS_OF_DAY, PERSON_OBJECT_PRONOUNS, POINTING_PARTICLES, REFLEXIVES, TIME_UNITS } from './lexicon-clauses.ts';
import { isCapitalised } from './capitals.ts';
import { isQuote, type Item } from './units.ts';

/**
 * Does the content at `start` (right after the cue, whose next item is `next`) report words? Only a "that" clause with a
 * verb of its own (not a time or a particle: "went on that evening", "laughed that off"), or a quotation after a comma
 * or a colon, or one that is a sentence of its own ("yelled “Get out!”"); not a programme's title or a scare quote
 * ("went on “Meet the Press”", "sighed “deeply”"), nor a quotation the sentence then gives to someone else ("The dog
 * barked “all night,” a neighbour told the court").
 */
export function mannerContentOk(items: readonly Item[], next: number, start: number, that: boolean, end: number, text: string): boolean {
  // ("corrected him: “…”", "chided Tom Hale: “…”": the one spoken to, then a colon)
  const addressed = items[start - 1]?.text === ':' && start - next <= 4 && items.slice(next, start - 1).every((x) => PERSON_OBJECT_PRONOUNS.has(x.lower) || REFLEXIVES.has(x.lower) || isCapitalised(x));
  if (start > next + 1 && !addressed) return false;
  if (that) {
    const first = items[start];
    if (!first || TIME_UNITS.has(first.lower) || PARTS_OF_DAY.has(first.lower) || POINTING_PARTICLES.has(first.lower)) return false;
    for (let k = start; k < end; k++) if (isVerbLike(items[k] as Item) || AUXILIARIES.has((items[k] as Item).lower)) return true;
    return false;
  }
  const q = items[start];
  if (!q || !isQuote(q) || !q.quote) return false;
  const inner = text.slice(q.quote.innerStart, q.quote.innerEnd).trim();
  if (inner.endsWith(',') || finalAttributionAt(items, start + 1) || (items[start + 1]?.lower === 'according' && items[start + 2]?.lower === 'to')) return false;
  return /^[,:]$/.test(items[start - 1]?.text ?? '') || /[.!?]$/.test(inner);
}
