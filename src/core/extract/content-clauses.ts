// Stage 3b, clause checks for the content: a new attributed clause after a dash or a conjunction, a comparison of the
// writer's, and where an addressee ("a Senate panel", "The Huffington Post", "a gathering in Washington") ends.
import { cueAt } from './cues.ts';
import { BANG_NAMES, CUE_FORMS, FINITE_VERBS, INTERVENING, ORG_WORDS, PRONOUNS, ROLE_NOUNS, TAIL_STARTERS, WEAK_CUES, WEEKDAYS } from './lexicon.ts';
import { isPersonNoun } from './person-words.ts';
import { ARTICLES_AND_DEMONSTRATIVES, AUXILIARIES, BE_HAVE_FORMS, CLAUSE_BEGUN, MODALS, NOUN_DETERMINERS, PREDICATE_ADVERBS, QUANTIFIERS, QUESTION_WORDS, SHARE_APPROXIMATORS } from './lexicon-clauses.ts';
import { SHARE_HEADS } from './lexicon-nouns.ts';
import { isCapitalised, isPossessive } from './mentions.ts';
import type { Token } from './segment.ts';
import { isQuote, type Item } from './units.ts';

/** A finite verb or an auxiliary: the word that makes a run of words a clause ("has", "won", "would"). */
export function isFiniteVerb(t: Item): boolean {
  return AUXILIARIES.has(t.lower) || FINITE_VERBS.has(t.lower);
}

/** A form of "be" or "have", or a modal ("was", "has", "would"): after a content's opening "that" it makes "that" a demonstrative. */
export function beHaveOrModal(word: string): boolean {
  const w = word.toLowerCase();
  return BE_HAVE_FORMS.has(w) || MODALS.has(w);
}

/** A finite verb, an auxiliary or a lower-case past form ("resigned", "accused"): a clause's verb, not a noun's. */
export function isVerbLike(t: Item): boolean {
  return isFiniteVerb(t) || /^[a-z]+ed$/.test(t.text);
}

/**
 * A name opening a clause at `from`: its capitalised words, then a verb ("noted Clinton held …") or, after a possessive,
 * a noun phrase and a verb within reach ("reports Clinton's last press conference was held …"); not a name as the
 * object ("reported Gore's decision earlier Sunday", "noted Clinton in a speech").
 */
export function nameOpensClause(items: readonly Item[], from: number, end: number): boolean {
  let k = from;
  // (two joined: "noted Latinos and Blacks have …")
  const joined = (j: number): boolean => j > from && items[j]?.lower === 'and' && isCapitalised(items[j + 1] as Item);
  while (k < end && k - from < 5 && (items[k] as Item).word && (isCapitalised(items[k] as Item) || joined(k))) k++;
  if (k === from) return false;
  const next = items[k];
  if (!isPossessive(items[k - 1] as Item)) return next !== undefined && next.word && isVerbLike(next);
  for (let v = k; v < end && v - k < 6; v++) {
    const t = items[v] as Item;
    if (!t.word || isQuote(t)) return false;
    if (isVerbLike(t)) return v > k;
  }
  return false;
}

/**
 * A new attributed clause at `k`: a subject (a pronoun, a name, a determiner and its noun) and right after it a cue
 * that is not weak ("but she also insisted", "and Orr said"; not "but only if the rebels said", "and the figures
 * show it", "and that voters knew it").
 */
export function speakerAndCueAt(items: readonly Item[], k: number): boolean {
  const t = items[k];
  if (!t?.word) return false;
  let j = k + 1;
  if (NOUN_DETERMINERS.has(t.lower)) j = k + 2;
  // ("“not too likely” and 14 percent said “…”": a share of a poll's respondents)
  else if (/^\d/.test(t.text) && SHARE_HEADS.has(items[k + 1]?.lower ?? '')) j = k + 2;
  // ("— but teenagers say …": a bare plural of people too)
  else if (!PRONOUNS.has(t.lower) && !isCapitalised(t) && !(/[^s]s$/.test(t.lower) && (ROLE_NOUNS.has(t.lower) || isPersonNoun(t.lower.slice(0, -1))))) return false;
  while (j < items.length && j - k <= 4 && isCapitalised(items[j] as Token)) j++;
  for (let x = j; x < items.length && x - j <= 2; x++) {
    const cue = cueAt(items, x);
    if (cue) return !WEAK_CUES.has(cue.lemma);
    if (!INTERVENING.has((items[x] as Item).lower)) return false;
  }
  return false;
}

/**
 * A clause of the writer's after a dash and "and": "he" or "she", or a noun phrase, and a verb in the plain past or
 * present ("… before speaking events - and her management … was no less precise", "- and he makes sure …"); not a
 * modal or "had", which carry on the reported clause ("- and it would grow faster", "- and that voters knew it").
 */
export function dashClauseAt(items: readonly Item[], k: number): boolean {
  const t = items[k];
  if (!t?.word) return false;
  let v = k + 1;
  if (NOUN_DETERMINERS.has(t.lower) && t.lower !== 'that') {
    while (v < items.length && v - k <= 7 && (items[v] as Item).word && !isFiniteVerb(items[v] as Item)) v++;
  } else if (t.lower !== 'he' && t.lower !== 'she') return false;
  while (v < items.length && PREDICATE_ADVERBS.has((items[v] as Item).lower)) v++;
  const w = items[v];
  if (!w?.word || MODALS.has(w.lower) || w.lower === 'had') return false;
  return isFiniteVerb(w) || /[a-z](s|ed)$/.test(w.text);
}

/**
 * A quotation with its own short attribution set between dashes at `k`: "- “Again, we need to get into the details,”
 * she said - and …".
 */
export function quoteAsideAt(items: readonly Item[], k: number): boolean {
  if (!isQuote(items[k])) return false;
  let j = k + 1;
  while (j < items.length && j - k <= 4 && (PRONOUNS.has((items[j] as Item).lower) || isCapitalised(items[j] as Token))) j++;
  const cue = j > k + 1 ? cueAt(items, j) : null;
  if (cue === null || WEAK_CUES.has(cue.lemma)) return false;
  const after = items[cue.next];
  return after === undefined || /^[-—–.]$/.test(after.text);
}

/** A clause's subject at `k`: a pronoun, "there", or a determiner opening a noun phrase ("though it is unclear"). */
export function clauseSubjectAt(items: readonly Item[], k: number): boolean {
  const t = items[k];
  return t !== undefined && (PRONOUNS.has(t.lower) || t.lower === 'there' || NOUN_DETERMINERS.has(t.lower)) && (AUXILIARIES.has(items[k + 1]?.lower ?? '') || AUXILIARIES.has(items[k + 2]?.lower ?? ''));
}

/** "compared with 64 percent who say …": the comparison's group has a cue of its own. */
export function comparedGroupSpeaks(items: readonly Item[], k: number): boolean {
  if (!/^(with|to)$/.test(items[k]?.lower ?? '')) return false;
  for (let j = k + 1; j < items.length && j - k <= 6; j++) if ((items[j] as Item).lower === 'who') return cueAt(items, j + 1) !== null;
  return false;
}

/** A broadcaster's acronym as an addressee, possessive or not: "told CBC News", "told CNN's Jake Tapper". */
export const broadcasterAcronym = (word: string): boolean => /^[A-Z]{2,5}(['’]s)?$/.test(word);

/**
 * Where an addressee after its determiner ends: "a Senate panel", "the local radio station"; capitalised words go
 * on with lower-case nouns after them ("Senate panel") but not with a clause ("the BBC Russia would …" ends after
 * "BBC"). `k` is the first word after the determiner.
 */
export function addresseeEnd(items: readonly Item[], k: number): number {
  // (a share opens the clause: "told the court almost all of the money had been spent")
  const stops = (t: Item | undefined): boolean => !t?.word || isQuote(t) || NOUN_DETERMINERS.has(t.lower) || TAIL_STARTERS.has(t.lower) || WEEKDAYS.has(t.lower) || CLAUSE_BEGUN.has(t.lower) || t.lower === 'that' || CUE_FORMS.has(t.text) || SHARE_APPROXIMATORS.has(t.lower) || QUANTIFIERS.has(t.lower) || SHARE_HEADS.has(t.lower);
  let x = k;
  // ("told E! News the …": a name's own exclamation mark goes on with it)
  const bang = (y: number): boolean => items[y]?.text === '!' && BANG_NAMES.has(items[y - 1]?.text ?? '') && items[y - 1]?.end === items[y]?.start;
  while (x < items.length && x - k < 4 && ((!stops(items[x]) && isCapitalised(items[x] as Token)) || bang(x))) x++;
  // ("told BBC Radio 4's Today programme the …": a broadcaster's station and its programme, whatever its name)
  if (x > k + 1 && /^\d+['’]s$/.test(items[x]?.text ?? '') && /^[A-Z]{2,5}$/.test((items[k] as Item).text)) for (x++; x < items.length && x - k < 7 && items[x]?.word === true && !isQuote(items[x]) && isCapitalised(items[x] as Token); ) x++;
  // (a run of capitals ends after its first word, "told the BBC Russia would …", unless it is an outlet's or a body's
  // name: "told The Huffington Post he was …")
  // (not "told the BBC Hamas had agreed": a verb after the run makes its last word the clause's subject)
  // ("told CBC News the plan …", "told BBC Scotland it …": a broadcaster's acronym and its service, before the clause)
  const clauseNext = NOUN_DETERMINERS.has(items[x]?.lower ?? '') || PRONOUNS.has(items[x]?.lower ?? '') || items[x]?.lower === 'that';
  const station = broadcasterAcronym((items[k] as Item).text);
  const verbNext = AUXILIARIES.has(items[x]?.lower ?? '') || FINITE_VERBS.has(items[x]?.lower ?? '');
  const named = (ORG_WORDS.has((items[x - 1] as Item).text) || (station && clauseNext)) && !verbNext;
  // ("told CBS News Democrats would win": after a broadcaster's service, the last capitalised word is the clause's subject)
  if (station && verbNext && x > k + 2) return x - 1;
  if (x > k + 1 && !named && !(items[x] !== undefined && !stops(items[x]) && /^[a-z]+$/.test((items[x] as Item).text))) return k + 1;
  while (x < items.length && x - k < 6 && !stops(items[x]) && /^[a-z][a-z-]*$/.test((items[x] as Item).text)) x++;
  // ("told the court phone records showed …": a verb right after the words makes those after the first its subject)
  if (x - k >= 2 && items[x] !== undefined && isVerbLike(items[x] as Item)) return k + 1;
  return pastMeetingPlace(items, x);
}

/** "told a Planned Parenthood gathering in Washington she will …": where the addressee was met goes with it. */
export function pastMeetingPlace(items: readonly Item[], x: number): number {
  const place = items[x + 1];
  if (!/^(in|at)$/.test(items[x]?.lower ?? '') || place === undefined || !isCapitalised(place)) return x;
  let y = x + 1;
  while (y < items.length && y - x <= 3 && isCapitalised(items[y] as Token)) y++;
  // (or a determiner opening the clause's subject: "told reporters in Leeds the plan was dead")
  return PRONOUNS.has(items[y]?.lower ?? '') || items[y]?.lower === 'that' || (ARTICLES_AND_DEMONSTRATIVES.has(items[y]?.lower ?? '') && items[y]?.lower !== 'that' && verbWithinFour(items, y)) ? y : x;
}

/**
 * Where a question put ends: at a comma before the writer's words (", but no answer was given", ", a charge she
 * denied", ", the inquest heard"), once the question has its verb; not at an appositive or a relative inside it ("whether
 * the company, the largest employer in the town, would …") nor before a second question (", and who would pay").
 */
export function questionEnd(items: readonly Item[], from: number, end: number): number {
  let verb = false;
  for (let k = from + 1; k < end; k++) {
    const t = items[k] as Item;
    if (t.word && isVerbLike(t)) verb = true;
    if (t.text !== ',' || !verb) continue;
    const nx = items[k + 1]?.lower ?? '';
    if (nx === 'but' || (nx === 'to' && items[k + 2]?.lower === 'which')) return k;
    if (nx === 'and' && !QUESTION_WORDS.has(items[k + 2]?.lower ?? '') && speakerAndCueAt(items, k + 2)) return k;
    // (", a charge she denied", ", the inquest heard": a noun phrase, then its verb)
    if ((nx === 'a' || nx === 'an' || nx === 'the') && items.slice(k + 2, k + 6).some((x) => x.word && isVerbLike(x))) return k;
  }
  return end;
}

/**
 * "By eliminating the receiving line", "Like his comments about Mr. Curiel": words from `from` to `to` that open a
 * sentence with no verb of their own (no finite verb, auxiliary or past form after the first word, no comma or
 * quotation), so a clause after them completes them.
 */
export function verblessOpener(items: readonly Item[], from: number, to: number): boolean {
  if (to - from < 2 || to - from > 14) return false;
  for (let k = from; k < to; k++) {
    const t = items[k] as Item;
    if (!t.word || isQuote(t) || isFiniteVerb(t) || PRONOUNS.has(t.lower) || (k > from && /^[a-z]+ed$/.test(t.text))) return false;
  }
  return true;
}

/**
 * A main clause opens at `k`: a subject that opens with a determiner, a pronoun or a capital, then its verb (a finite
 * verb or an auxiliary) within twelve words and before any comma ("the White House is able …", "Mr. Trump's jabs at
 * Mr. and Mrs. Khan were …"); not a frame ("in a statement"), a conjunction or a participle.
 */
export function clauseOpensAt(items: readonly Item[], k: number): boolean {
  const t = items[k];
  if (!t?.word || isQuote(t) || TAIL_STARTERS.has(t.lower) || INTERVENING.has(t.lower) || WEEKDAYS.has(t.lower) || CUE_FORMS.has(t.text)) return false;
  if (!(NOUN_DETERMINERS.has(t.lower) || PRONOUNS.has(t.lower) || isCapitalised(t))) return false;
  for (let x = k + 1; x < items.length && x - k <= 12; x++) {
    const w = items[x] as Item;
    if (isQuote(w) || /^[,;:—–-]$/.test(w.text)) return false;
    if (w.word && isFiniteVerb(w)) return true;
    // (not a noun with a clause of its own after it: "a promise she has repeated", "the platform Republicans have run on")
    const prev = items[x - 1] as Item;
    if (w.word && prev.word && /^\p{Ll}+$/u.test(prev.text) && !NOUN_DETERMINERS.has(prev.lower) && !CLAUSE_BEGUN.has(prev.lower) && !TAIL_STARTERS.has(prev.lower) && prev.lower !== 'of' && prev.lower !== 'and' && (PRONOUNS.has(w.lower) || isCapitalised(w))) return false;
  }
  return false;
}

/** A verb within four words after `k`: "the plan was …". */
function verbWithinFour(items: readonly Item[], k: number): boolean {
  for (let x = k + 1; x < items.length && x - k <= 4; x++) if (AUXILIARIES.has((items[x] as Item).lower) || FINITE_VERBS.has((items[x] as Item).lower)) return true;
  return false;
}
