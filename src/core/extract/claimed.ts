// "claimed" in the senses that report no words: an act taken on ("claimed responsibility for the attack") or a thing
// taken or won ("claimed the All-Ireland title", "claimed first place", "The cold has already claimed at least one life").
// Read by the frame matcher's check of what a cue reports (frames-subject.ts).
import { isVerbLike } from './content-clauses.ts';
import { CLAIMED_ACTS, CLAIMED_PRIZES } from './lexicon-clauses.ts';
import { isQuote, type Item } from './units.ts';

/**
 * Does "claim" with its object at `from` (up to `end`) report no words: an act ("claimed responsibility for …",
 * "claimed credit"; not "claimed credit cards were stolen": the act takes "for" or ends the clause) or a thing won?
 */
export function claimedNoWords(items: readonly Item[], from: number, end: number): boolean {
  const c0 = items[from];
  return (CLAIMED_ACTS.has(c0?.lower ?? '') && (items[from + 1]?.lower === 'for' || !items[from + 1]?.word)) || claimedPrize(items, from, end);
}

/**
 * Is the object of "claim" at `from` (up to `end`) a thing won or taken: a prize, a title, a place or a life within its
 * first seven words, with no verb nor quotation before it ("claimed the $18.6 million jackpot"), not a clause
 * ("claimed the title was rigged") nor a speech's object ("claimed victory", "claimed fraud")?
 */
function claimedPrize(items: readonly Item[], from: number, end: number): boolean {
  for (let k = from; k < Math.min(end, from + 7); k++) {
    const t = items[k] as Item;
    if (isQuote(t) || (t.word && isVerbLike(t))) return false;
    if (t.word && CLAIMED_PRIZES.has(t.lower)) return !(items[k + 1]?.word === true && isVerbLike(items[k + 1] as Item));
  }
  return false;
}
