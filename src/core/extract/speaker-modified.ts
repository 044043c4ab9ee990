// Speaker phrases whose head is followed by prepositional modifiers: "Staff for the House Select Committee on
// Benghazi said", "Many in the crowd said", "Officials at the State Department in Washington said", "A poll of 400
// likely voters by Marist shows".
import { isPersonNoun } from './person-words.ts';
import { isVerbLike } from './content-clauses.ts';
import { CAMPUS_BODIES, CAMPUS_SYSTEMS, DETERMINERS, SOURCE_MODIFIER_WORDS, TAIL_STARTERS, FINDING_SOURCES, LIST_PREPOSITIONS, GROUP_NAMES, INSTITUTION_NOUNS, ORG_WORDS, ROLE_NOUNS, TITLE_WORDS } from './lexicon.ts';
import { WORKPLACE_PREPOSITIONS } from './lexicon-frames.ts';
import { POLLED_PARTICIPLES } from './lexicon-speakers.ts';
import { isCapitalised } from './capitals.ts';
import { isGivenName } from './given-names.ts';
import { COUNT_APPROXIMATORS, COUNT_NOUNS, GROUP_QUANTIFIERS, NEGATIVE_GROUPS, NOUN_DETERMINERS, NUMBER_WORDS, PARTS_OF_DAY, DURATION_WORDS, PLACE_PREPOSITIONS, SUBJECT_PREPOSITIONS, TENS, TIME_UNITS, DISTANCE_UNITS } from './lexicon-clauses.ts';
import { ISSUER_HEADS, NOT_WHERE_POSTED, PLURALS_WITHOUT_S, POSTED_WRITINGS } from './lexicon-nouns.ts';
import { analyseMention, isNpToken, type Mention, trimNp, writtenName, writtenRole } from './mentions.ts';
import { npBackFrom, personHead, startsClause } from './speaker-phrase.ts';
import type { Token } from './segment.ts';
import type { Item } from './units.ts';
import { isPlace, isSubdivision } from './places.ts';
import { isCommonWord } from './names.ts';
import { approximatorPairAt } from './phrase-tokens.ts';

/** How many "preposition + phrase" modifiers may follow the head. */
const MAX_MODIFIERS = 3;
/** The longest such phrase, in items. */
const MAX_ITEMS = 14;

/**
 * The phrase before the cue (starting at `phraseStart`) does not open the clause; if a preposition joins it to a
 * head that does ("Many | in | the crowd"), and that head is a person by role, a group or a quantifier of a group,
 * the whole phrase is the speaker. Anything else (a place, an event: "After the debate in Iowa") gives nothing.
 */
export function postModifiedSubject(items: readonly Item[], phraseStart: number, end: number, text: string): { mention: Mention; start: number } | null {
  let s = phraseStart;
  // ("a poll … by Marist": "by" names who made a poll or a report, nothing else)
  let by = false;
  for (let hops = 0; hops < MAX_MODIFIERS; hops++) {
    const prep = items[s - 1]?.lower ?? '';
    // ("Families along the coast said", "Residents near the plant say": a place's preposition after a person's head)
    if (!SUBJECT_PREPOSITIONS.has(prep) && !PLACE_PREPOSITIONS.has(prep) && prep !== 'by') return null;
    // (a place's preposition before a time is when, not who: "The minister over the weekend said")
    if (!SUBJECT_PREPOSITIONS.has(prep) && items.slice(s, Math.min(end, s + 4)).some((x) => TIME_UNITS.has(x.lower) || PARTS_OF_DAY.has(x.lower) || DURATION_WORDS.has(x.lower))) return null;
    by ||= prep === 'by';
    const object = NOUN_DETERMINERS.has(items[s]?.lower ?? '') ? items[s + 1] : items[s];
    const head = npBackFrom(items, s - 1);
    if (!head || end - head.start > MAX_ITEMS) return null;
    s = head.start;
    // ("of 400 likely voters": a number opens the phrase)
    if (/^\d[\d,]*$/.test(items[s - 1]?.text ?? '')) s--;
    if (!startsClause(items, s)) continue;
    // ("An official involved in trade talks with the EU": the head noun before its participle)
    let lastAt = phraseEndBefore(items, s);
    if (lastAt > s && /^[a-z]+(ed|ing)$/.test((items[lastAt] as Item).text) && (ROLE_NOUNS.has((items[lastAt - 1] as Item).lower) || isPersonNoun((items[lastAt - 1] as Item).lower))) lastAt--;
    const last = items[lastAt] as Item;
    // ("The Royal College of Nursing in Wales said": a body's branch speaks for the body, when the body's name is
    // the whole head before the place; not "Officials at the State Department in Washington")
    const body = by || hops > 0 ? null : analyseMention(trimNp(items.slice(s, phraseStart - 1)), text);
    const bodyFirst = items[s]?.lower === 'the' ? items[s + 1] : items[s];
    // (the place stays in the name: "the Israeli Embassy in Washington" is not the one in Moscow)
    if (body && body.kind === 'name' && body.institution && body.name?.includes(' ') && !isPlace(body.name) && bodyFirst && body.name.startsWith(bodyFirst.text)) {
      // (a long name is one of a kind already, and the reader of speakers keeps names of five words or fewer whole)
      const close = items[end - 1] as Item;
      const whole = text.slice(bodyFirst.start, close.end);
      return { mention: whole.split(' ').length <= 5 ? writtenName(whole, bodyFirst.start, close.end) : body, start: s };
    }
    // ("John Smith of the planning office in Marion said", "Darran Whiting of Liberty Baptist Church in Marion said": a
    // person named before where they work, and where that is)
    const person = by ? null : namedWorker(items, s, phraseEndBefore(items, s), text);
    if (person) return { mention: person, start: s };
    // ("lead author Dr Ingrid Solheim-Vatne of the Nordic Institute for Cardiac Research in Bergen told Reuters": a
    // role, then a person named in full before the workplace)
    // (words of a noun phrase only: not "The contract went to Tom Lee, who …, said Jane Doe")
    const titled = by || !isCapitalised(last) || !items.slice(s, lastAt + 1).every((t) => isNpToken(t)) ? null : analyseMention(trimNp(items.slice(s, lastAt + 1)), text);
    if (titled && titled.kind === 'name' && !titled.institution && titled.role && titled.name?.includes(' ') && !isPlace(titled.name)) return { mention: titled, start: s };
    // ("Those in the room said", "those at the rally": people, as "those polled")
    const quantifier = (GROUP_QUANTIFIERS.has(last.lower) && !NEGATIVE_GROUPS.has(last.lower)) || (last.lower === 'those' && lastAt === s);
    const finding = FINDING_SOURCES.has(last.lower);
    // ("a narrator in the Clinton ad": an agent noun after its determiner; "the 20-year-old from Sainte-Agathe, Man.": an
    // age standing for the person)
    // ("A patron from Gugulethu said": a noun WordNet knows first as a person, not in apposition to a name: "Sam Solovey, a
    // contestant on Trump's reality TV show, …, said")
    // ("Visitors at the zoo on Thursday said": a bare plural that WordNet knows first as people, opening the clause)
    const personNoun = isPersonNoun(last.lower) && items[s - 1]?.text !== ',';
    const bare = lastAt === s && /^\p{Lu}\p{Ll}+s$/u.test(last.text) && personNoun;
    const agent = bare || ((NOUN_DETERMINERS.has(items[s]?.lower ?? '') || items[s]?.lower === 'one') && ((/^\p{Ll}+$/u.test(last.text) && (personHead([last]) || personNoun)) || /^\d+-year-old$/.test(last.lower)));
    // ("Councils in Wales have warned": a body's noun in the plural too)
    const institution = INSTITUTION_NOUNS.has(last.lower) || (/[^s]s$/.test(last.lower) && INSTITUTION_NOUNS.has(last.lower.slice(0, -1)));
    // ("A sign on the door read:", "A statement on the website said": a writing where it is posted)
    // (not "a statement on behalf of the family", "a statement at the time": a preposition's phrase that is no place)
    const posted = (prep === 'on' || prep === 'at' || prep === 'in') && POSTED_WRITINGS.has(last.lower) && !NOT_WHERE_POSTED.has(object?.lower ?? '');
    if (by ? !finding : !quantifier && !agent && !posted && !ROLE_NOUNS.has(last.lower) && !(institution && !ISSUER_HEADS.has(last.lower)) && !PLURALS_WITHOUT_S.has(last.lower) && !GROUP_NAMES.has(last.text) && !finding) return null;
    const first = items[s] as Item;
    const close = items[end - 1] as Item;
    if (quantifier) return { mention: writtenRole(text.slice(first.start, close.end), first.start, close.end, false, true), start: s };
    // "The head of the Kremlin's press office Dmitry Peskov": a person named at the end speaks; otherwise the
    // phrase as written ("officials with the Democratic Congressional Campaign Committee", not the committee)
    const m = analyseMention(trimNp(items.slice(s, end)), text);
    if (m && m.kind === 'name' && !m.institution && !isPlace(m.name ?? '') && ROLE_NOUNS.has(last.lower)) return { mention: m, start: s };
    return { mention: writtenRole(text.slice(first.start, close.end), first.start, close.end, false, /s$/.test(last.lower) || PLURALS_WITHOUT_S.has(last.lower)), start: s };
  }
  return null;
}

/** The person named from `s` to `last` (all capitalised, a given name or title first) before a workplace's preposition. */
function namedWorker(items: readonly Item[], s: number, last: number, text: string): Mention | null {
  const first = items[s] as Item;
  // (or where they are: "Dana Kowalczyk in the agency's Memphis office said")
  const prep = items[last + 1]?.lower ?? '';
  // (a role's word before the name too: "meteorologist Dana Kowalczyk in …")
  const role = personHead([first]) && isGivenName(items[s + 1]?.text ?? '') ? 1 : 0;
  if (last - s > 3 + role || !(WORKPLACE_PREPOSITIONS.has(prep) || prep === 'in') || !(role || isGivenName(first.text) || TITLE_WORDS.has(first.text))) return null;
  // (no body's word: "Trinity College of Dublin" is a body)
  for (let k = s + role; k <= last; k++) if (!isCapitalised(items[k] as Item) || ORG_WORDS.has((items[k] as Item).text)) return null;
  const m = analyseMention(trimNp(items.slice(s + role, last + 1)), text);
  if (!m || m.kind !== 'name' || m.institution || isPlace(m.name ?? '')) return null;
  return role ? { ...m, role: first.lower, text: text.slice(first.start, m.end), start: first.start } : m;
}

/** The last item of the head phrase that starts at `s` (the item before its first preposition). */
function phraseEndBefore(items: readonly Item[], s: number): number {
  let k = s;
  while (k + 1 < items.length && !SUBJECT_PREPOSITIONS.has((items[k + 1] as Item).lower) && !PLACE_PREPOSITIONS.has((items[k + 1] as Item).lower)) k++;
  return k;
}

/**
 * "12 members of Congress said", "At least three officials said", "More than 100 economists said": a count of a
 * plural role (`np` runs from `start` to `end`), with the words that make it approximate, opening the clause. The
 * speaker is the phrase as written; a year is no count ("In 2016 officials said").
 */
export function countedGroup(items: readonly Item[], start: number, end: number, text: string): { mention: Mention; start: number } | null {
  // the count: digits just before the phrase, or a number word or "a dozen" inside it (after the approximator the
  // phrase reader may have taken in: "least three officials")
  let c = start;
  if (isCount(items, start - 1)) c = start - 1;
  else while (c < end - 1 && c - start < 2 && !isCount(items, c)) c++;
  // (not "After 10 years officials said", "About 100 yards away witnesses said": a span of time or distance)
  if (!isCount(items, c) || items.slice(c, end).some((x) => TIME_UNITS.has(x.lower.replace(/s$/, '')) || DISTANCE_UNITS.has(x.lower) || x.lower === 'ago' || x.lower === 'away')) return null;
  let k = c;
  if (approximatorPairAt(items, k - 2)) k -= 2;
  else if (COUNT_APPROXIMATORS.has(items[k - 1]?.lower ?? '')) k--;
  if (k >= start || !startsClause(items, k)) return null;
  // (the speaker is named from the count on: "a dozen members of Congress", not "at least a dozen …")
  const a = items[c] as Item;
  const z = items[end - 1] as Item;
  return { mention: writtenRole(text.slice(a.start, z.end), a.start, z.end, false, true), start: k };
}

/** Is the item at `k` a count: "12" (not a year), "three", "forty", "a dozen"? */
function isCount(items: readonly Item[], k: number): boolean {
  const t = items[k];
  if (!t) return false;
  if (/^\d[\d,]*$/.test(t.text)) return !/^(1[89]|20)\d\d$/.test(t.text);
  return NUMBER_WORDS.has(t.lower) || TENS.has(t.lower) || (t.lower === 'a' && COUNT_NOUNS.has(items[k + 1]?.lower ?? ''));
}

/**
 * "Democrats and Republicans say", "Farmers and ranchers say": two plural groups joined by "and" speak together, as
 * written; one side may be a plural noun the lexicon does not know when the other is a group it knows. Null otherwise.
 */
export function joinedGroups(tokens: readonly Token[], text: string): Mention | null {
  const and = tokens.findIndex((t) => t.lower === 'and');
  if (and <= 0 || and >= tokens.length - 1 || tokens.slice(and + 1).some((t) => t.lower === 'and')) return null;
  const left = tokens.slice(0, and);
  const right = tokens.slice(and + 1);
  // (not a body named for its portfolios: "the Department of Education, Skills and Employment")
  const head = trimNp(left);
  if (ORG_WORDS.has(head[0]?.text ?? '') && (head[1]?.lower === 'of' || head[1]?.lower === 'for')) return null;
  const a = analyseMention(head, text);
  const b = analyseMention(trimNp(right), text);
  const group = (m: Mention | null): boolean => m !== null && m.plural && (m.kind === 'role' || (m.kind === 'name' && m.institution));
  const plural = (side: readonly Token[]): boolean => /^[a-z]{3,}s$/.test((side[side.length - 1] as Token).text) && !/ss$/.test((side[side.length - 1] as Token).text);
  if (!((group(a) && (group(b) || plural(right))) || (group(b) && plural(left)))) return null;
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  return writtenRole(text.slice(first.start, last.end), first.start, last.end, false, true);
}

/**
 * Whether `seg`, the aside after the comma at `open`, names where the role held in the aside before it (from the comma at
 * `before`) is held: "P. Meenakshi Sundaram, Deputy Director General of Meteorology, Chennai, told".
 */
export function placeAfterAside(items: readonly Item[], open: number, before: number, seg: readonly Token[]): boolean {
  const name = seg.map((t) => t.text).join(' ');
  // (one word no list holds only after a role held "of" a capitalised body: "Director General of Meteorology, Chennai";
  // not a name given after a description, "a delivery worker who gave only his surname, Ho")
  const ofBody = isCapitalised(items[open - 1] as Token) && items.slice(Math.max(0, open - 5), open).some((t) => t.lower === 'of');
  // (or after an office's initials alone: "Dr Ravi Bhardwaj, CMO, Mathura, told TOI")
  const initials = before + 2 === open && /^\p{Lu}{2,5}$/u.test(items[before + 1]?.text ?? '');
  // (a campus after a state's university: a word no given-name list holds, or any after a university whose campuses are
  // written so, "the University of California, Berkeley"; not a name in apposition, "an economist at the University of
  // Indonesia, Faisal", "a PhD candidate at the University of Queensland, Sarah")
  const campus = seg.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(name) && CAMPUS_BODIES.has(items[open - 3]?.text ?? '') && items[open - 2]?.lower === 'of' && isSubdivision((items[open - 1] as Item).text) && (!isGivenName(name) || CAMPUS_SYSTEMS.has((items[open - 1] as Item).text));
  const place = campus || isPlace(name) || isSubdivision(name) || ((ofBody || initials) && seg.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(name) && !isGivenName(name) && !isCommonWord(name.toLowerCase()));
  // (the aside before is a role: lower-case words or a title, not a name, "Sundaram, Ravi, Chennai")
  // (not after an article: "the president of Ukraine, Zelensky, said" names him in apposition)
  // (an indefinite article may open a role: "Bertram, a lecturer in government at The University of the West Indies,
  // Mona, told", a campus no list holds after the body)
  const opener = items[before + 1];
  const indefinite = (opener?.lower === 'a' || opener?.lower === 'an') && ofBody && (campus || !isPlace(name));
  return place && before >= 0 && opener !== undefined && (TITLE_WORDS.has(opener.text) || (/^\p{Ll}/u.test(opener.text) && (!NOUN_DETERMINERS.has(opener.lower) || indefinite)) || initials);
}

/**
 * Whether the aside ending at the comma at `open` ends in a name after "by", "with" or "including" ("a teacher backed by the
 * Socialists"): the first of a list that the next aside goes on with.
 */
export function namesListedAfter(items: readonly Item[], open: number): boolean {
  let k = open - 1;
  while (k > 0 && open - k <= 4 && isCapitalised(items[k] as Token)) k--;
  if (k > 0 && (items[k] as Item).lower === 'the') k--;
  return k < open - 1 && k > 0 && LIST_PREPOSITIONS.has((items[k] as Item).lower);
}

/** Whether the aside from the comma at `before` to the one at `open` is a role of a body ("chairman of the board of Freedom Partners"). */
export function roleOfBodyBefore(items: readonly Item[], before: number, open: number): boolean {
  return before >= 0 && /^\p{Ll}/u.test(items[before + 1]?.text ?? '') && items.slice(before + 1, open).some((t) => t.lower === 'of');
}

/**
 * "Two policymakers voted for a cut and the governor said", "Protesters marched to the palace and police said": a clause
 * with its own verb before "and", then the cue's subject; the phrase from the word after the last "and" (`np` itself when
 * no such clause comes before it).
 */
export function subjectAfterClause(items: readonly Item[], np: { tokens: Token[]; start: number } | null): { tokens: Token[]; start: number } | null {
  if (np === null) return null;
  const and = np.tokens.findLastIndex((t) => t.lower === 'and');
  const rest = np.tokens.slice(and + 1);
  // (a verb after a noun, then what a verb takes or the "and": "voted for", "marched to", "fell 3%", "dissented and"; not
  // an adjective after a determiner or an adverb, "Some concerned parents", "Locally elected and appointed officials", nor
  // a source's participle, "Two people briefed on the talks and a Western diplomat", nor a surname, "Justin Rose and …")
  const takes = (t: Token | undefined): boolean => t !== undefined && (t.lower === 'and' || /^\d/.test(t.text) || TAIL_STARTERS.has(t.lower) || DETERMINERS.has(t.lower));
  const verb = np.tokens.slice(1, and).findIndex((t, k) => /^\p{Ll}/u.test(t.text) && isVerbLike(t as Item) && !ROLE_NOUNS.has(t.lower) && !SOURCE_MODIFIER_WORDS.has(t.lower) && !POLLED_PARTICIPLES.has(t.lower) && /[a-z]s$/.test((np.tokens[k] as Token).lower) && !NUMBER_WORDS.has((np.tokens[k] as Token).lower) && !DETERMINERS.has((np.tokens[k] as Token).lower) && !GROUP_QUANTIFIERS.has((np.tokens[k] as Token).lower) && takes(np.tokens[k + 2]));
  if (and < 2 || verb < 0 || rest.length === 0) return np;
  const start = items.findIndex((x) => x.start === (rest[0] as Token).start);
  return start < 0 ? np : { tokens: rest, start };
}
