// Stage 4a, speaker phrases before the cue whose head a participle phrase follows: "Democrats trying to regain
// control of the Senate say", "A statement from the campaign released at 1:30 a.m. said", "a study published Thursday
// in the journal Nature found", "A senior official speaking on condition of anonymity said".
import { CUE_FORMS, FINDING_SOURCES, MODIFIER_PREPOSITIONS, ROLE_NOUNS, TAIL_STARTERS, WEEKDAYS } from './lexicon.ts';
import { ASIDE_SUBORDINATORS, IRREGULAR_PARTICIPLES, PARTICIPLE_ADVERBS, TIME_ADVERBS, ISSUING_PARTICIPLES, RELATIVE_TIME, DOCUMENT_PARTICIPLES, LEADING_PARTICIPLES, NOUN_DETERMINERS, OBJECT_MODIFIER_PREPOSITIONS, VERB_PHRASE_OPENERS, PARTICIPIAL_OPENERS, SCENE_PREPOSITIONS } from './lexicon-clauses.ts';
import { analyseMention, isCapitalised, type Mention, trimNp, writtenRole } from './mentions.ts';
import type { Token } from './segment.ts';
import { isQuote, type Item } from './units.ts';
import { npBackFrom, startsClause } from './speaker-phrase.ts';

/**
 * In a phrase with a participle and its verb phrase ("Democrats trying to regain control of the Senate"), the head
 * before the participle speaks: a group or a role as written with its modifier, a person by name; null when the head
 * is no speaker; undefined when the phrase has no such participle before the name it gave.
 */
export function participlePhrase(tokens: readonly Token[], m: Mention, text: string): Mention | null | undefined {
  // ("Lawyers representing Dana Ruiz said": a person by role before the participle makes the name its object)
  const roleBefore = (n: number): boolean => analyseMention(trimNp(tokens.slice(0, n)), text)?.kind === 'role';
  const ing = tokens.findIndex((t, n) => n > 0 && /^[a-z]+ing$/.test(t.text) && !CUE_FORMS.has(t.text) && (VERB_PHRASE_OPENERS.has(tokens[n + 1]?.lower ?? '') || ((isCapitalised(tokens[n + 1] as Token) || placePreposition(tokens[n + 1])) && roleBefore(n))));
  // (the name read from the whole phrase must lie in the participle's phrase, not in the head: "Officials working
  // for the Kremlin" gave "Kremlin")
  if (ing < 0 || !m.name || text.slice((tokens[0] as Token).start, (tokens[ing] as Token).start).includes(m.name)) return undefined;
  const head = analyseMention(trimNp(tokens.slice(0, ing)), text);
  if (!head || head.kind === 'pronoun') return null;
  if (head.kind === 'name' && !head.institution) return head;
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  return writtenRole(text.slice(first.start, last.end), first.start, last.end, head.institution, head.plural || /[^s]s$/.test((tokens[ing - 1] as Token).lower));
}

/** "driving behind Belcourt", "standing near Ruiz": a preposition of place after a participle. */
function placePreposition(t: Token | undefined): boolean {
  return t !== undefined && (OBJECT_MODIFIER_PREPOSITIONS.has(t.lower) || SCENE_PREPOSITIONS.has(t.lower));
}

/**
 * "A statement from the Dunmore campaign released at 1:30 a.m. said …": the speaker before a participle phrase (or, not
 * `strict`, before a verb of issuing and its document: "Dana Ruiz released a video that said …").
 */
export function reducedRelativeSubject(items: readonly Item[], end: number, text: string, strict = false): { mention: Mention; start: number } | null {
  // ("A letter signed by 40 doctors and sent to the minister says": a second participle joined by "and" tells what
  // became of the document the first names; the phrase ends before it)
  let joined = -1;
  for (let k = end - 1; k > 0 && end - k <= (joined < 0 ? 10 : 16); k--) {
    const t = items[k] as Item;
    if (isQuote(t) || t.text === ',' || t.text === ';') return null;
    if (!DOCUMENT_PARTICIPLES.has(t.lower) && !(LEADING_PARTICIPLES.has(t.lower) && items[k + 1]?.lower === 'by')) continue;
    if (joined < 0 && items[k - 1]?.lower === 'and' && !strict) {
      joined = k - 1;
      continue;
    }
    // (`strict`: only a participle's phrase, not a verb with its object: "the company issued a forecast that …")
    if (strict && NOUN_DETERMINERS.has(items[k + 1]?.lower ?? '')) return null;
    const np = npBackFrom(items, k);
    if (!np) return null;
    const m = analyseMention(np.tokens, text);
    // the phrase may open with its document: "A statement from …"
    let start = np.start;
    for (let b = np.start - 1; b >= 0 && np.start - b <= 4; b--) {
      const x = items[b] as Item;
      if (x.text === ',' || isQuote(x)) break;
      if (b === 0 || (items[b - 1] as Item).text === ',') {
        start = b;
        break;
      }
    }
    // ("a team led by Dr Harriet Anand", "research conducted by the Center for …": the group or document with its
    // leader or maker, as written)
    const last = items[(joined > k ? joined : end) - 1] as Item;
    const head = documentBeforePreposition(items, start, np.start, text);
    if (!m || m.kind === 'pronoun') return head ? { mention: head, start } : null;
    if (items[k + 1]?.lower === 'by' && m.kind === 'role' && start === np.start) return { mention: writtenRole(text.slice(m.start, last.end), m.start, last.end, false, m.plural), start };
    return { mention: head ?? m, start };
  }
  return null;
}

/**
 * "A letter signed by 40 doctors and sent to the minister says", "An engineering report commissioned by the board and
 * obtained by the Star concludes": the document before two participles joined by "and", the first with its agent;
 * null when the phrase before the cue at `end` has no such pair.
 */
export function joinedParticipleSubject(items: readonly Item[], end: number, text: string): { mention: Mention; start: number } | null {
  const from = Math.max(1, end - 16);
  const and = items.findLastIndex((t, k) => k >= from && k < end && t.lower === 'and' && DOCUMENT_PARTICIPLES.has(items[k + 1]?.lower ?? ''));
  if (and < 0 || !items.slice(from, and).some((t, k, a) => DOCUMENT_PARTICIPLES.has(t.lower) && a[k + 1]?.lower === 'by')) return null;
  const r = reducedRelativeSubject(items, end, text);
  return r && r.mention.kind !== 'pronoun' ? r : null;
}

/**
 * "A report about the integration of migrants issued over the summer noted", "A study of the economy released on Monday
 * found": the document named before the preposition whose object the participle follows; null if none.
 */
function documentBeforePreposition(items: readonly Item[], start: number, npStart: number, text: string): Mention | null {
  const prep = items[npStart - 1]?.lower ?? '';
  if (start >= npStart - 1 || !(MODIFIER_PREPOSITIONS.has(prep) || prep === 'of')) return null;
  const head = analyseMention(trimNp(items.slice(start, npStart - 1)), text);
  return head && head.institution && head.kind === 'role' ? head : null;
}

/** "Activists clamoring to block Donald Trump from the nomination say", "Leaders gathered in Ottawa say": a plural role before a participle phrase. */
export function participleModifierSubject(items: readonly Item[], end: number, text: string, past = false): { mention: Mention; start: number } | null {
  for (let k = end - 1; k > 0 && end - k <= 12; k--) {
    const t = items[k] as Item;
    if (isQuote(t) || !t.word) return null;
    // (`past`: "First Nations leaders gathered in Ottawa this week say", a past participle and its preposition too, where
    // a time before the cue leaves no phrase to read back from)
    const participle = /^[a-z]+ing$/.test(t.text) || (past && /^[a-z]+ed$/.test(t.text) && (TAIL_STARTERS.has(items[k + 1]?.lower ?? '') || items[k + 1]?.lower === 'by'));
    if (!participle || CUE_FORMS.has(t.text)) continue;
    const np = npBackFrom(items, k);
    const m = np ? analyseMention(np.tokens, text) : null;
    // (not "the 125,000 suspensions stemming from …": the head is people by role)
    const head = np?.tokens[np.tokens.length - 1]?.lower ?? '';
    const people = ROLE_NOUNS.has(head) || ROLE_NOUNS.has(head.replace(/s$/, ''));
    return np && m && m.kind === 'role' && m.plural && people ? { mention: m, start: np.start } : null;
  }
  return null;
}

/**
 * "a study published Thursday in the journal Nature found", "a report released by the Brookings Institution
 * estimated": a finding's source and how it came out; the issuer after "by" speaks, else the source as written (an
 * indefinite "a study" is no earlier report).
 */
export function publishedSourceSubject(items: readonly Item[], j: number, text: string): { mention: Mention; start: number } | null {
  for (let k = j - 2; k > 1 && j - k <= 9; k--) {
    const t = items[k] as Item;
    // (never across another cue: "A study published in Nature found most scientists believe …" is the study's finding)
    if (!t.word || isQuote(t) || (k < j - 1 && CUE_FORMS.has(t.text) && !DOCUMENT_PARTICIPLES.has(t.lower))) return null;
    if (!DOCUMENT_PARTICIPLES.has(t.lower) || !FINDING_SOURCES.has(items[k - 1]?.lower ?? '') || !NOUN_DETERMINERS.has(items[k - 2]?.lower ?? '')) continue;
    if (!startsClause(items, k - 2)) return null;
    // (the one who put it out speaks, not one who obtained or saw it: "A report obtained by The Associated Press said")
    const issuer = ISSUING_PARTICIPLES.has(t.lower) ? issuerAfter(items, k + 1, j, text) : null;
    if (issuer) return { mention: issuer, start: k - 2 };
    const phrase = text.slice((items[k - 2] as Item).start, (items[k - 1] as Item).end);
    return { mention: writtenRole(phrase.toLowerCase(), (items[k - 2] as Item).start, (items[k - 1] as Item).end, false, false), start: k - 2 };
  }
  return null;
}

/** The body after "by" in "released Friday by the county clerk's office", "by the Brookings Institution last year". */
function issuerAfter(items: readonly Item[], from: number, end: number, text: string): Mention | null {
  let y = from;
  while (y < end && y - from < 4 && (items[y] as Item).lower !== 'by') y++;
  if ((items[y] as Item | undefined)?.lower !== 'by') return null;
  let e = y + 1;
  // ("the Institute for Fiscal Studies", "the Council on Foreign Relations": a preposition inside a capitalised name)
  const inName = (x: number): boolean => x > y + 1 && isCapitalised(items[x - 1] as Item) && isCapitalised(items[x + 1] as Item);
  while (e < end && (items[e] as Item).word && (!TAIL_STARTERS.has((items[e] as Item).lower) || inName(e)) && !WEEKDAYS.has((items[e] as Item).lower) && !RELATIVE_TIME.has((items[e] as Item).lower)) e++;
  const tokens = trimNp(items.slice(y + 1, e));
  const m = tokens.length > 0 ? analyseMention(tokens, text) : null;
  return m && (m.kind === 'name' || m.institution) ? m : null;
}

/** "A senior official speaking on condition of anonymity said", "a man standing by the road said": the phrase before a participle, no commas. */
export function participialAsideSubject(items: readonly Item[], j: number, text: string, speakingOnly: boolean): { mention: Mention; start: number } | null {
  for (let k = j - 2; k > 0 && j - k <= 9; k--) {
    const t = items[k] as Item;
    // (a cue form after a determiner or preposition is a noun: "responding to reports of gunfire")
    const noun = NOUN_DETERMINERS.has(items[k - 1]?.lower ?? '') || TAIL_STARTERS.has(items[k - 1]?.lower ?? '') || items[k - 1]?.lower === 'of';
    if (!t.word || isQuote(t) || (CUE_FORMS.has(t.lower) && !PARTICIPIAL_OPENERS.has(t.lower) && !noun)) return null;
    // ("a man standing by the flooded road at Pooley Bridge tells …": any participle with a place or object after it)
    // (right after a person's noun or name: not "a person familiar with the planning for …", "the most recent polling in …")
    // (not an article's capital: "A briefing to the board in March said" is a document's noun in -ing)
    const afterPerson = ROLE_NOUNS.has(items[k - 1]?.lower ?? '') || (isCapitalised(items[k - 1] as Item) && !NOUN_DETERMINERS.has(items[k - 1]?.lower ?? ''));
    const participle = PARTICIPIAL_OPENERS.has(t.lower) || (!speakingOnly && /^[a-z]{3,}ing$/.test(t.text) && t.lower !== 'according' && afterPerson && (TAIL_STARTERS.has(items[k + 1]?.lower ?? '') || items[k + 1]?.lower === 'by' || NOUN_DETERMINERS.has(items[k + 1]?.lower ?? '')));
    if (!participle) continue;
    const np = npBackFrom(items, k);
    const m = np ? analyseMention(np.tokens, text) : null;
    return np && m && (m.kind === 'name' || m.kind === 'role') && startsClause(items, np.start) ? { mention: m, start: np.start } : null;
  }
  return null;
}

/** "reached by phone Wednesday", "set up by the ministry", "best known for …": a lower-case past participle and its phrase. */
export function pastParticipleAside(seg: readonly Token[]): boolean {
  // (an adverb before it: "best known for playing a detective", "widely seen as …")
  // ("The mayor's office, when contacted by reporters, said", "Reyes, when asked what he thought …, responded": a
  // subordinator before it; "Reyes, later alleging that the mayor lied, said": a present participle after an adverb)
  const lead = seg.length > 2 && (PARTICIPLE_ADVERBS.has(seg[0]?.lower ?? '') || /^[a-z]{3,}ly$/.test(seg[0]?.text ?? '') || ASIDE_SUBORDINATORS.has(seg[0]?.lower ?? '') || TIME_ADVERBS.has(seg[0]?.lower ?? ''));
  const first = seg[lead ? 1 : 0];
  const next = seg[lead ? 2 : 1];
  // ("Mayor Jane Smith, citing a budget shortfall, said": or a present participle and its object, with no adverb)
  const present = first !== undefined && /^[a-z]{3,}ing$/.test(first.text) && (lead || (seg.length >= 2 && (next as Token).word && /^\p{Ll}/u.test((next as Token).text) && (next as Token).lower !== 'that'));
  // ("A statement from …, read to the meeting by …, said": "read", whose past form is its present's, in an aside)
  return first !== undefined && next !== undefined && first.word && /^\p{Ll}/u.test(first.text) && (/[^e]ed$/.test(first.text) || IRREGULAR_PARTICIPLES.has(first.text) || first.text === 'read' || present) && next.word && !/^\p{Lu}/u.test(next.text);
}
