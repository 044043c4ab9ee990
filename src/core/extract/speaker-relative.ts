// Stage 4a, the speaker before a relative clause: "a Moscow activist who asked not to be named told", "… remarks by
// Nikol Pashinyan, who told parliament that …"; and a clause's object who speaks in its own relative clause ("He met
// residents who said …", "leads among voters who believe …"), never the clause's subject.
import { CUE_FORMS, FINITE_VERBS, INTERVENING, ROLE_NOUNS, MONTHS, PRONOUNS, TAIL_STARTERS, WEEKDAYS } from './lexicon.ts';
import { AUXILIARIES, CONTACT_PREPOSITIONS, CONTACT_VERBS, HEARD_FROM_VERBS, NAME_WITHHOLDING_WORDS, OWN_NAME_LEADS, RELATIVE_WORDS, DEGREE_WORDS, INDEFINITE_ARTICLES, QUANTIFIERS, OPENING_PREPOSITIONS as OBJECT_LEADS, RELATIVE_TIME, NOUN_DETERMINERS, REFLEXIVES, ROLE_PREPOSITIONS } from './lexicon-clauses.ts';
import { isVerbLike } from './content-clauses.ts';
import { ISSUER_PREPOSITIONS as ROLE_PREPOSITIONS_OF_ISSUER } from './lexicon-nouns.ts';
import { analyseMention, isCapitalised, type Mention } from './mentions.ts';
import type { Token } from './segment.ts';
import { isQuote, type Item } from './units.ts';
import { isPlace } from './places.ts';
import { npBackFrom, personHead, startsClause } from './speaker-phrase.ts';
import { shareOfGroup } from './speaker-shares.ts';
import { postModifiedSubject } from './speaker-modified.ts';

/**
 * The person by role in the phrase before ", who": from the first determiner after the phrase's last verb ("we spoke
 * to a former official"), its head a person noun. Not the object of a preposition ("a spokesman for the governor, who
 * …": the governor may not be the one who speaks), and not a phrase without a determiner.
 */
function roleBeforeWho(items: readonly Item[], named: { tokens: Token[]; start: number }, text: string): Mention | null {
  const tokens = named.tokens;
  let from = 0;
  tokens.forEach((x, n) => {
    if (FINITE_VERBS.has(x.lower) || CUE_FORMS.has(x.lower) || /^[a-z]+ed$/.test(x.text)) from = n + 1;
  });
  const det = tokens.findIndex((x, n) => n >= from && NOUN_DETERMINERS.has(x.lower));
  if (det < 0) return null;
  // ("a spokesman for the governor", "a friend of the victim": the person before the preposition, not its object)
  const before = det > 0 ? tokens[det - 1] : items[named.start - 1];
  const owner = det > 1 ? tokens[det - 2] : items[named.start + det - 2];
  if (before && owner && (ROLE_PREPOSITIONS.has(before.lower) || ROLE_PREPOSITIONS_OF_ISSUER.has(before.lower) || before.lower === 'to') && personHead([owner])) return null;
  const phrase = tokens.slice(det);
  // ("said Alfonso Aguilar, the executive director of …, who also said": the name the role is given to)
  const start = items.findIndex((x) => x.start === (phrase[0] as Token).start);
  const named0 = start > 1 && items[start - 1]?.text === ',' ? npBackFrom(items, start - 1) : null;
  const ownerName = named0 ? analyseMention(named0.tokens, text) : null;
  // (or after whom a court or a meeting heard or spoke to: "The court heard from Kelly Brennan, a friend of both men, who
  // said …", "Police spoke to Ann Cole, a cousin of the victim, who said …")
  const heard = named0 !== null && (((items[named0.start - 1]?.lower ?? '') === 'from' && HEARD_FROM_VERBS.has(items[named0.start - 2]?.lower ?? '')) || (CONTACT_PREPOSITIONS.has(items[named0.start - 1]?.lower ?? '') && CONTACT_VERBS.has(items[named0.start - 2]?.lower ?? '')));
  if (named0 && ownerName?.kind === 'name' && !ownerName.institution && !isPlace(ownerName.name ?? '') && (startsClause(items, named0.start) || CUE_FORMS.has(items[named0.start - 1]?.lower ?? '') || heard)) return ownerName;
  const role = personHead(phrase) ? analyseMention(phrase, text) : null;
  return role?.kind === 'role' && !role.institution ? role : null;
}

/** "a Moscow activist who asked not to be named told …": the speaker before a comma-less relative clause (within 24 words). */
export function relativeClauseSubject(items: readonly Item[], end: number, text: string): { mention: Mention; start: number } | null {
  for (let k = end - 1; k > 0 && end - k < 24; k--) {
    const t = items[k] as Item;
    if (isQuote(t) || t.text === ',' || t.text === ';') return null;
    // ("The union, which says it cannot accept the terms, …": a body before ", which")
    // (the cue right after it, past adverbs and auxiliaries: not "ISIL, which French officials said was responsible")
    if (t.lower === 'which' && items[k - 1]?.text === ',') return items.slice(k + 1, end).every((x) => INTERVENING.has(x.lower) || AUXILIARIES.has(x.lower)) ? bodyBeforeWhich(items, k, text) : null;
    // ("Groups that have endorsed him say …": a restrictive "that" clause with its own verb on the sentence's subject)
    if (t.lower === 'that' && items[k - 1]?.word === true) return subjectBeforeThat(items, k, end, text);
    if (t.lower !== 'who') continue;
    // ("Bannon, who Beck on Wednesday called “…”": a relative clause with a subject of its own before the cue is that
    // subject's; not "Smith, who Thursday told …")
    if (k + 1 < end && objectRelative(items, k + 1, end, text)) return null;
    // "… remarks by Nikol Pashinyan, who told parliament that …": the name before the comma
    // (within 16 words: a longer clause after a comma is an aside whose own cue is nobody's, "Mrs. Clinton, who remained
    // in the contest despite … Democratic calls for her to bow out, has said …"; without a comma a longer clause is the
    // subject's, "A longtime fan who asked not to be named because he had … said")
    if ((items[k - 1] as Item | undefined)?.text === ',') {
      if (end - k >= 16) return null;
      const named = npBackFrom(items, k - 1);
      const nm = named ? analyseMention(named.tokens, text) : null;
      // (not "…, the leader of the opposition in North-Rhine Westphalia, who suggested …": a place ends an appositive)
      if (nm?.kind === 'name' && !nm.institution) return !isPlace(nm.name ?? '') ? { mention: nm, start: k } : null;
      // ("said a former official, who described …", "we spoke to a former official, who …": a person by role)
      const role = named ? roleBeforeWho(items, named, text) : null;
      return role ? { mention: role, start: k } : null;
    }
    const np = npBackFrom(items, k);
    // "Clinton performed well among voters who believe …": a phrase with a subject and its verb is a clause
    // (an adverb between them too: "President Obama passionately rebuked critics who say …")
    // ("Sanders's push for health centers helped convince some lawmakers who thought …": a verb after a noun too)
    // — whose object, right before "who", is who speaks: "He met residents who said …", "echoing experts who say …"
    const verb = np ? np.tokens.findLastIndex((x, n) => n > 0 && (FINITE_VERBS.has(x.lower) || /^[a-z]+ed$/.test(x.text) || nameVerb(np.tokens, n)) && (subjectEndsAt(np.tokens, /ly$/.test((np.tokens[n - 1] as Token).lower) && n > 1 ? n - 2 : n - 1) || verbAfterNoun(np.tokens, n) || ROLE_NOUNS.has((np.tokens[n - 1] as Token).lower))) : -1;
    // (not when that clause is itself a relative one: "The film, in which Tom Hughes plays a detective who tells …")
    if (np && verb > 0) return RELATIVE_WORDS.has(items[np.start - 1]?.lower ?? '') ? null : objectBeforeWho(items, items.findIndex((x) => x.start === (np.tokens[verb] as Token).start) + 1, k, text);
    // ("a convergence, uniting liberals who decried …": a participle before the phrase is the clause's verb, not its)
    // (a phrase inside the sentence, no relative's own: "allow him to consolidate the voters who …" from its object)
    if (np && !startsClause(items, np.start) && !RELATIVE_WORDS.has(items[np.start - 1]?.lower ?? '')) return objectBeforeWho(items, np.start, k, text);
    const lead = np && np.tokens.length > 1 && /^\p{Ll}+ing$/u.test((np.tokens[0] as Token).text) ? 1 : 0;
    const m = np ? analyseMention(np.tokens.slice(lead), text) : null;
    // ("Nate Silver, the polling guru who founded fivethirtyeight.com tweeted": the name the role is given to)
    const owner = np && m?.kind === 'role' && !m.plural && items[np.start - 1]?.text === ',' ? npBackFrom(items, np.start - 1) : null;
    const named = owner ? analyseMention(owner.tokens, text) : null;
    if (owner && named?.kind === 'name' && !named.institution && !isPlace(named.name ?? '') && (startsClause(items, owner.start) || isQuote(items[owner.start - 1]))) return { mention: named, start: owner.start };
    return np && m && m.kind !== 'pronoun' ? { mention: m, start: np.start + lead } : null;
  }
  return null;
}

/**
 * The verb's object right before a restrictive "who" at `who`, from `from` (the item after the verb): people by role
 * or a share of them ("residents", "security experts", "12 percent"), past an adverb and a preposition ("performed
 * well among voters who …"); null if none.
 */
function objectBeforeWho(items: readonly Item[], from: number, who: number, text: string): { mention: Mention; start: number } | null {
  // (from past the last word that cannot be in it: "allow him to consolidate the voters", "appealed to working-class
  // white voters", "her surrogates for chastising young women": a determiner opens it, a preposition or a verb ends
  // what came before)
  let k = from;
  for (let n = from; n < who; n++) {
    const x = items[n] as Item;
    if (NOUN_DETERMINERS.has(x.lower) || QUANTIFIERS.has(x.lower)) k = n;
    else if (!x.word || OBJECT_LEADS.has(x.lower) || ROLE_PREPOSITIONS.has(x.lower) || isVerbLike(x) || /^[a-z]+(ing|ly)$/.test(x.text) || DEGREE_WORDS.has(x.lower) || x.lower === 'well') k = n + 1;
  }
  // ("to sandbag convention delegates": a bare verb after "to")
  if (items[k - 1]?.lower === 'to' && who - k >= 2 && /^[a-z]+$/.test((items[k] as Item).text) && !personHead([items[k] as Token])) k++;
  const phrase = items.slice(k, who);
  if (phrase.length === 0 || PRONOUNS.has((phrase[0] as Item).lower) || phrase.some((x) => isQuote(x) || FINITE_VERBS.has(x.lower) || CUE_FORMS.has(x.lower))) return null;
  const share = shareOfGroup(items, who, text);
  if (share && share.start >= k) return share;
  // (or a group by name: "leads among Republicans who say …")
  const group = personHead(phrase as Token[]) || (phrase.length === 1 && isCapitalised(phrase[0] as Token));
  const m = group ? analyseMention(phrase as Token[], text) : null;
  return m && ((m.kind === 'role' && !m.institution) || (m.kind === 'name' && (m.plural || /[^s]s$/.test(m.text)))) ? { mention: m, start: k } : null;
}

/**
 * A present verb in -s right after a name, then a preposition: "Clinton leads among voters who …" (not "Tom Hughes plays
 * a detective who tells …": a verb with an object may be a story's, with no statement in it).
 */
function nameVerb(tokens: readonly Token[], n: number): boolean {
  const t = tokens[n] as Token;
  const next = tokens[n + 1];
  return /^[a-z]+s$/.test(t.text) && !ROLE_NOUNS.has(t.lower.slice(0, -1)) && isCapitalised(tokens[n - 1] as Token) && next !== undefined && (OBJECT_LEADS.has(next.lower) || ROLE_PREPOSITIONS.has(next.lower));
}

/**
 * "A group that represents farmers says …", "Residents that live near the plant say …": the people or body opening the
 * sentence before a restrictive "that" or "which" clause of two words or more (its verb may be any word) that ends at
 * `end`, the cue; null if none. (Not yet "Groups that …" opening a sentence: a lone capitalised word reads as a name.)
 */
export function restrictiveHost(items: readonly Item[], end: number, text: string): { mention: Mention; start: number } | null {
  for (let k = end - 1; k >= 1 && end - k < 12; k--) {
    const t = items[k] as Item;
    if (!t.word || isQuote(t)) return null;
    if (t.lower !== 'that' && t.lower !== 'which') continue;
    // (the clause's verb may be any word: "that represents farmers", "that live near the plant"; the host a noun for
    // people or a body: not "The passing of the deal means that …")
    const host = (items[k - 1] as Item).word && end - k >= 3 ? hostBefore(items, k, text) : null;
    return host && startsClause(items, host.start) && (host.mention.institution || personHead(items.slice(host.start, k) as Token[])) ? host : null;
  }
  return null;
}

/** The people or body opening the sentence right before a restrictive "that" at `that`, its clause's verb before `end`. */
function subjectBeforeThat(items: readonly Item[], that: number, end: number, text: string): { mention: Mention; start: number } | null {
  return items.slice(that + 1, end).some((x) => isVerbLike(x)) ? hostBefore(items, that, text) : null;
}

/** The people or body opening the sentence right before `that`, a relative pronoun. */
function hostBefore(items: readonly Item[], that: number, text: string): { mention: Mention; start: number } | null {
  const np = npBackFrom(items, that);
  const m = np && startsClause(items, np.start) ? analyseMention(np.tokens, text) : null;
  return m && (m.kind === 'role' || (m.kind === 'name' && m.institution)) && (m.plural || m.institution) ? { mention: m, start: np!.start } : null;
}

/** The body named right before ", which" at `which` ("the union", "Amnesty International"); null if none. */
function bodyBeforeWhich(items: readonly Item[], which: number, text: string): { mention: Mention; start: number } | null {
  const np = npBackFrom(items, which - 1);
  // (from its last determiner: "The critics include the Teamsters union, which …")
  const det = np ? np.tokens.findLastIndex((t) => NOUN_DETERMINERS.has(t.lower)) : -1;
  const m = np ? analyseMention(det > 0 ? np.tokens.slice(det) : np.tokens, text) : null;
  return m && m.institution && (m.kind === 'name' || m.kind === 'role') && !isPlace(m.name ?? '') ? { mention: m, start: which } : null;
}

/**
 * Whether `items[from..end)`, after "who", is a clause's own subject: a name, a pronoun or a phrase for people ("who
 * Beck called", "who the mayor said", "who colleagues said"; not "who later said", "who Thursday told").
 */
export function objectRelative(items: readonly Item[], from: number, end: number, text: string): boolean {
  const first = items[from] as Item;
  if (!first.word || MONTHS.has(first.text) || WEEKDAYS.has(first.lower) || REFLEXIVES.has(first.lower)) return false;
  // (a subject opens with a capital, a pronoun or a determiner, or is a noun for people; no verb inside it: not "who
  // have worked with Dana Ruiz", "who learned their results")
  if (!isCapitalised(first) && !PRONOUNS.has(first.lower) && !NOUN_DETERMINERS.has(first.lower) && !(end === from + 1 && personHead([first as Token]))) return false;
  if (items.slice(from, end).some((x) => isVerbLike(x) || AUXILIARIES.has(x.lower) || CUE_FORMS.has(x.lower))) return false;
  const m = analyseMention(items.slice(from, end) as Token[], text);
  return m !== null && m.kind !== 'joint';
}

/**
 * Whether the verb-like `tokens[n]` follows a noun of the phrase, two words or more into it, with words after it: "…
 * health centers helped convince some lawmakers" (not "the elected official", "a newly appointed judge").
 */
function verbAfterNoun(tokens: readonly Token[], n: number): boolean {
  const prev = tokens[n - 1] as Token;
  // (not a participle before a time: "Owners of homes flooded last winter who …")
  return n >= 2 && n + 2 < tokens.length && /^\p{Ll}+s$/u.test(prev.text) && !NOUN_DETERMINERS.has(prev.lower) && !/ly$/.test(prev.lower) && !RELATIVE_TIME.has((tokens[n + 1] as Token).lower) && !TAIL_STARTERS.has((tokens[n + 1] as Token).lower);
}

/** Whether `tokens[k]` can end a clause's subject: a capitalised word or a pronoun. */
const subjectEndsAt = (tokens: readonly Token[], k: number): boolean => isCapitalised(tokens[k] as Token) || PRONOUNS.has((tokens[k] as Token).lower);

/**
 * "One of the newcomers, a software tester named Priya Ambrose who moved from Philadelphia in March, said": the person
 * an appositive names after a role opening the clause, ending at the comma before the cue (`comma`).
 */
export function namedInAppositive(items: readonly Item[], comma: number, text: string): { mention: Mention; start: number } | null {
  let open = comma - 1;
  while (open > 0 && comma - open <= 20 && (items[open] as Item).text !== ',') {
    if (isQuote(items[open])) return null;
    open--;
  }
  if (open < 1 || (items[open] as Item).text !== ',' || !INDEFINITE_ARTICLES.has(items[open + 1]?.lower ?? '')) return null;
  // ("named" right after the appositive's head, a noun for a person: not "a neighbour of a woman named Sarah Cole",
  // "a village named Little Hampton")
  const named = items.findIndex((t, k) => k > open + 2 && k < comma && k - open <= 6 && t.lower === 'named');
  if (named < 0 || !isCapitalised(items[named + 1] as Token) || items.slice(open + 2, named).some((t) => !t.word || t.lower === 'of') || !personHead([items[named - 1] as Token])) return null;
  let e = named + 1;
  while (e < comma && (items[e] as Item).word && isCapitalised(items[e] as Token)) e++;
  const m = analyseMention(items.slice(named + 1, e) as Token[], text);
  const left = npBackFrom(items, open);
  const head = left ? analyseMention(left.tokens, text) : null;
  if (!m || m.kind !== 'name' || m.institution || !left || head?.kind !== 'role' || head.institution || !startsClause(items, left.start)) return null;
  return { mention: { ...m, role: text.slice((items[open + 2] as Item).start, (items[named - 1] as Item).end) }, start: left.start };
}

/**
 * "A line worker, who asked that only her first name, Keisha, be used because she feared retaliation, said", "a rock
 * drill operator who asked to be identified only as Sipho, for fear of victimisation, said": a relative clause from `who`
 * to `comma` that withholds a name (its verbs, "asked", "feared", are no statement's); the name it gives, if any, at its
 * index ("name, Keisha," or "as Sipho"), else -1; null when the clause withholds none.
 */
function withheldName(items: readonly Item[], who: number, comma: number): number | null {
  const clause = items.slice(who + 1, comma);
  if (!clause.some((t) => NAME_WITHHOLDING_WORDS.has(t.lower)) || !clause.some((t) => t.lower === 'only' || t.lower === 'not' || t.lower === 'first')) return null;
  // (one's own name: "her first name", "his name only as", "to be identified only as"; not "the victim's name only as")
  const own = (w: number): boolean => NAME_WITHHOLDING_WORDS.has(items[w]?.lower ?? '') && [1, 2, 3].some((d) => OWN_NAME_LEADS.has(items[w - d]?.lower ?? ''));
  for (let k = who + 1; k < comma; k++) {
    const t = items[k] as Item;
    const after = items[k + 1];
    // ("name, Keisha", or "as" one or two words after the word for a name: "name only as", "identified as")
    const named = (after?.text === ',' && own(k)) || (t.lower === 'as' && (own(k - 2) || own(k - 1)));
    const at = after?.text === ',' ? k + 2 : k + 1;
    if (named && items[at] !== undefined && isCapitalised(items[at] as Item) && /^\p{Lu}\p{Ll}+$/u.test((items[at] as Item).text)) return at;
  }
  return -1;
}

/**
 * The relative clause before the cue's `comma` that withholds a name (`who`, where it opens, and `withheld`, as
 * withheldName gives it), and the speaker when it gives one: the name, with the phrase its host opens ("A line worker
 * with 11 years at Fairfax, who asked that only her first name, Keisha, be used, said"; "who gave his name only as Abu
 * Rami", a name of up to three words).
 */
export function withheldSpeaker(items: readonly Item[], comma: number, text: string): { who: number; withheld: number | null; speaker: { mention: Mention; start: number } | null } {
  const who = items.findLastIndex((t, k) => k < comma && comma - k <= 50 && t.lower === 'who');
  const withheld = who > 0 && !items.slice(who, comma).some((t) => isQuote(t) || t.text === '.' || t.text === ';') ? withheldName(items, who, comma) : null;
  if (withheld === null || withheld < 0) return { who, withheld, speaker: null };
  let nameEnd = withheld;
  while (nameEnd < comma && nameEnd - withheld < 3 && isCapitalised(items[nameEnd] as Item)) nameEnd++;
  const named = analyseMention(items.slice(withheld, nameEnd), text);
  const hostEnd = items[who - 1]?.text === ',' ? who - 1 : who;
  const host = named?.kind === 'name' ? npBackFrom(items, hostEnd) : null;
  const hostStart = host && host.start > 0 ? postModifiedSubject(items, host.start, hostEnd, text)?.start : host?.start;
  return { who, withheld, speaker: named && hostStart !== undefined && startsClause(items, hostStart) ? { mention: named, start: hostStart } : null };
}
