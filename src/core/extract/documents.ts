// Documents that speak for someone: who issued one ("a statement by the ministry saying …"), and whether it sits in an
// aside of the sentence, whose end a content read from it would run past.
import { PARTICIPLE } from './cues.ts';
import { CUE_FORMS } from './lexicon.ts';
import { RELATIVE_PRONOUNS } from './lexicon-clauses.ts';
import { DOCUMENT_NOUNS, POSSESSIVE_PRONOUNS } from './lexicon-nouns.ts';
import { isPlace } from './places.ts';
import { analyseMention, trimNp, type Mention } from './mentions.ts';
import type { Token } from './segment.ts';
import { isQuote, type Item } from './units.ts';

/**
 * Is the document at `doc` inside an aside of the sentence: a relative clause ("the board, which had issued a statement
 * saying …", "Hughes, who received a letter saying …") or a participle's ("Responding to a tweet saying …")? Not after
 * an opener or a closed aside ("On Saturday, …", "Tuazon, who was in Singapore, sent a letter saying …").
 */
export function inAside(items: readonly Item[], doc: number): boolean {
  let c = doc - 1;
  while (c >= 0 && (items[c] as Item).text !== ',' && !isQuote(items[c])) c--;
  const first = items[c + 1];
  return (first !== undefined && PARTICIPLE.test(first.text)) || items.slice(c + 1, doc).some((x) => RELATIVE_PRONOUNS.has(x.lower) || x.lower === 'whose');
}

/** Who a document right before the participle at `at` is from: "a statement by the ministry saying", "a letter from Tom Hughes saying". */
export function documentIssuer(items: readonly Item[], at: number, text: string): Mention | null {
  const by = items.findLastIndex((x, k) => k < at && at - k <= 8 && (x.lower === 'by' || x.lower === 'from'));
  // (not inside an aside, whose end the content would run past: "Hughes, who received a letter from the council saying …, said")
  if (by < 1 || !DOCUMENT_NOUNS.has(items[by - 1]?.lower ?? '') || items.slice(by + 1, at).some((x) => !x.word || CUE_FORMS.has(x.text)) || inAside(items, by - 1)) return null;
  // (not where it was sent from, nor the subject's own office: "a statement from Geneva", "a letter from her office")
  if (POSSESSIVE_PRONOUNS.has(items[by + 1]?.lower ?? '')) return null;
  const m = analyseMention(trimNp(items.slice(by + 1, at) as Token[]), text);
  return m && ((m.kind === 'name' && !isPlace(m.name ?? '')) || m.kind === 'role') ? m : null;
}
