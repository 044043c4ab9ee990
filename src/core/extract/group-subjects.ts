// A group of people as a sentence's subject ("Hundreds of people, many of them farmers, have blocked the road."):
// remembered for the "they" of the next statement, which is theirs rather than the body's that spoke last.
import type { Token } from './segment.ts';
import type { DocumentContext } from './coreference.ts';
import { CUE_FORMS, FINITE_VERBS } from './lexicon.ts';
import { AUXILIARIES, BE_FORMS, IRREGULAR_PARTICIPLES, QUANTIFIERS, RELATIVE_PRONOUNS, SUBJECT_PREPOSITIONS } from './lexicon-clauses.ts';
import { GROUP_COUNTS, PLURALS_WITHOUT_S } from './lexicon-nouns.ts';
import { personHead } from './speaker-phrase.ts';
import { analyseMention, type Mention, trimNp } from './mentions.ts';
import { isVerbLike } from './content-clauses.ts';
import { isQuote, type Item } from './units.ts';

/**
 * Notes the group of people opening the clause at `s` with its verb, if it is one (not a body, not one person); or
 * opening the unit, whose first comma the subject reader may take for an opener's ("Hundreds of people, many …,").
 */
export function noteGroupSubject(items: readonly Item[], s: number, text: string, ctx: DocumentContext): void {
  // (a sentence about something else in between makes the group no one's "they": "… senior aides have been holding calls
  // …. The animating question for people close to the operation is …, they believe")
  if (!groupAt(items, s, text, ctx) && !(s > 0 && groupAt(items, 0, text, ctx))) ctx.clearGroup();
}

/**
 * The group of people opening the sentence, for a "they" right before the cue at `j` in a relative clause after it:
 * "The farmers are protesting against the agreement, which they say will flood the market" (theirs, not the body's
 * that spoke last); null if none.
 */
export function relativeTheyGroup(items: readonly Item[], j: number, text: string): { mention: Mention; start: number } | null {
  if (items[j - 1]?.lower !== 'they' || !RELATIVE_PRONOUNS.has(items[j - 2]?.lower ?? '')) return null;
  const groups: Mention[] = [];
  groupAt(items, 0, text, { noteGroup: (m: Mention) => groups.push(m) > 0 });
  const found = groups[0] ?? null;
  // (the only people in the plural before the clause: not "Villagers fled as soldiers torched the market, which they said …")
  const others = found !== null && items.slice(0, j - 2).some((t) => t.start >= found.end && t.word && (PLURALS_WITHOUT_S.has(t.lower) || (pluralLike(t) && personHead([t as Token]))));
  return found && !others ? { mention: found, start: j - 1 } : null;
}

function groupAt(items: readonly Item[], s: number, text: string, ctx: Pick<DocumentContext, 'noteGroup'>): boolean {
  const first = items[s];
  // (cheap first: a plural or a quantifier opens the phrase, "Farmers", "The residents", "Hundreds of people")
  if (!first?.word || !(pluralLike(first) || QUANTIFIERS.has(first.lower) || pluralLike(items[s + 1]))) return false;
  let e = s;
  // (a relative clause or a cue ends it, and then there is no group: "Friends of Mr. Clinton's who have seen him …")
  while (e < items.length && e - s < 8 && (items[e] as Item).word && !isQuote(items[e]) && !verbAt(items, e) && !CUE_FORMS.has((items[e] as Item).text) && !RELATIVE_PRONOUNS.has((items[e] as Item).lower) && (items[e] as Item).lower !== 'that') e++;
  // ("People briefed on the reshuffling were adamant …": a participle's phrase inside the subject, then its verb)
  const aux = /^[a-z]+ed$/.test(items[e]?.text ?? '') ? items.findIndex((t, k) => k > e && k - e <= 6 && (AUXILIARIES.has(t.lower) || !t.word)) : -1;
  if (aux > 0 && AUXILIARIES.has((items[aux] as Item).lower)) e = aux;
  // ("Hundreds of people, many of them farmers from …, have blocked …": an appositive between the phrase and its verb)
  let v = e;
  if (items[e]?.text === ',') {
    v = items.findIndex((t, k) => k > e && k - e <= 16 && t.text === ',');
    v = v > 0 ? v + 1 : -1;
  }
  if (e === s || v < 0 || !verbAt(items, v) || CUE_FORMS.has(items[v]?.lower ?? '') || passiveAt(items, v)) return false;
  const phrase = trimNp(items.slice(s, e));
  // (people, not things or figures: "Farmers", "Hundreds of people"; not "Early results", "The numbers")
  const counted = GROUP_COUNTS.has(phrase[0]?.lower ?? '') && phrase[1]?.lower === 'of' ? phrase.slice(2) : phrase;
  // (the head before any modifier: "Opinions among older people" are no people)
  const cut = counted.findIndex((t, k) => k > 0 && (SUBJECT_PREPOSITIONS.has(t.lower) || /^[a-z]+ed$/.test(t.text)));
  const head = cut > 0 ? counted.slice(0, cut) : counted;
  if (!personHead(head) && !PLURALS_WITHOUT_S.has(head[head.length - 1]?.lower ?? '')) return false;
  const m = analyseMention(phrase, text);
  return m !== null && ctx.noteGroup(m);
}

const pluralLike = (t: Item | undefined): boolean => t !== undefined && t.word && (/[^s']s$/.test(t.lower) || PLURALS_WITHOUT_S.has(t.lower));

/** "Customers were charged twice", "Employees were told", "drivers were stuck": a group that things happened to. */
function passiveAt(items: readonly Item[], v: number): boolean {
  const be = BE_FORMS.has(items[v]?.lower ?? '') ? v : BE_FORMS.has(items[v + 1]?.lower ?? '') ? v + 1 : -1;
  const next = items[be + 1];
  return be >= 0 && next !== undefined && next.word && (/^[a-z]+ed$/.test(next.text) || IRREGULAR_PARTICIPLES.has(next.lower) || FINITE_VERBS.has(next.lower));
}

/** A verb of the clause: an auxiliary, an irregular past, or a regular past form. */
function verbAt(items: readonly Item[], k: number): boolean {
  const t = items[k];
  return t !== undefined && t.word && isVerbLike(t);
}
