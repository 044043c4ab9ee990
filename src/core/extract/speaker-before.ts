// Stage 4a, speaker phrases before the cue: "Lavrov said", "Mark Meadows, the president's chief of staff, told",
// "Rep. Jim Jordan (R-Ohio) said"; a head before a participle phrase (speaker-participle.ts), before a relative
// clause (speaker-relative.ts), a share of a group (speaker-shares.ts).
import { WORKPLACE_PREPOSITIONS } from './lexicon-frames.ts';
import { portfolioListBefore } from './bodies.ts';
import { COUNTY_WORDS, CUE_FORMS, FINITE_VERBS, INSTITUTION_NOUNS, INTERVENING, ORG_WORDS, POST_NOMINAL_DEGREES, PRONOUNS, TITLE_WORDS } from './lexicon.ts';
import { APPOSITIVE_OPENERS, OPENER_PREPOSITIONS, TIME_SUBORDINATORS, GROUP_QUANTIFIERS, HEARSAY_PARTICIPLES, NEAR_WORDS, RELATIVE_PERSONS, ASIDE_WORDS, NAME_PREPOSITIONS, AUXILIARIES, BE_HAVE_FORMS, GO_FORMS, NEGATIVE_GROUPS, NOUN_DETERMINERS, OBJECT_HEAD_PREPOSITIONS, OBJECT_MODIFIER_PREPOSITIONS, PARTICIPIAL_OPENERS, PRONOUN_JOINERS, REFLEXIVES, RELATIVE_PRONOUNS, ROLE_PREPOSITIONS, TO_CUE_FRAMES, NAME_CONNECTORS } from './lexicon-clauses.ts';
import { ISSUER_PREPOSITIONS as ROLE_PREPOSITIONS_OF_ISSUER, PARTNER_NOUNS, SHARE_HEADS } from './lexicon-nouns.ts';
import { analyseMention, isCapitalised, isNpToken, isPossessive, type Mention, skipInterveningBack, trimNp, writtenName } from './mentions.ts';
import { retoken } from './phrase-tokens.ts';
import { toSayVerbAt } from './cues.ts';
import { isVerbLike } from './content-clauses.ts';
import { isPersonNoun } from './person-words.ts';
import type { Token } from './segment.ts';
import { bareRole, npPrefix, roleOfPhrase } from './appositive-roles.ts';
import { isModifierQuote, isQuote, isTitleQuote, quotedComma, type Item } from './units.ts';
import { countryOf, isPlace, isPlaceOrState, isSubdivision } from './places.ts';
import { isCommonWord } from './names.ts';
import { isGivenName } from './given-names.ts';
import { roleOfBodyBefore, subjectAfterClause, countedGroup, joinedGroups, namesListedAfter, placeAfterAside, postModifiedSubject } from './speaker-modified.ts';
import { asideDashOpen, bracketOpen, closingBodyListAt, issuerPhraseStart, nameListAt, npBackFrom, originAside, portfolioListHead, prepositionListAt, titleCased, personHead, personHeadBefore, startsClause } from './speaker-phrase.ts';
import { joinedParticipleSubject, participlePhrase, pastParticipleAside, reducedRelativeSubject, participleModifierSubject, publishedSourceSubject, participialAsideSubject } from './speaker-participle.ts';
import { relativeTheyGroup } from './group-subjects.ts';
import { namedInAppositive, relativeClauseSubject, restrictiveHost, withheldSpeaker } from './speaker-relative.ts';
import { shareOfGroup, partOfGroup, pollRespondents } from './speaker-shares.ts';

/**
 * "D-N.Y.", "R-Ky.", "Lab", "(D-CA)", "DFL-Duluth": a party-and-state tag after a US politician's name; a state legislator's tag names
 * the home town ("R-Harmonsville", "D-San Antonio", its words joined here).
 */
export const PARTY_TAG = /^\(?(?:[DRI]|DFL)-[A-Z][A-Za-z.]{0,20}\)?\.?$/;

/** The speaker phrase that ends right before the cue (skipping "also", "has", "on Friday" …). */
export function subjectBefore(items: readonly Item[], cue: number, text: string): { mention: Mention; start: number } | null {
  let at = cue;
  // ("The prime minister is understood to have told colleagues …", "She is said to have written …": reported at second
  // hand, the subject before the passive)
  if (items[at - 1]?.lower === 'have' && items[at - 2]?.lower === 'to' && HEARSAY_PARTICIPLES.has(items[at - 3]?.lower ?? '') && BE_HAVE_FORMS.has(items[at - 4]?.lower ?? '')) at -= 4;
  // "He went on to say", "Lavrov was quick to point out"
  else if (items[at - 1]?.lower === 'to' && TO_CUE_FRAMES.has(items[at - 2]?.lower ?? '')) {
    at -= 2;
    if (GO_FORMS.has(items[at - 1]?.lower ?? '') || BE_HAVE_FORMS.has(items[at - 1]?.lower ?? '')) at--;
    if (BE_HAVE_FORMS.has(items[at - 1]?.lower ?? '')) at--;
  } else {
    // ("Trump tweeted on Friday to say …": the verb before "to say")
    const verb = toSayVerbAt(items, at);
    if (verb >= 0) at = verb;
    // ("Mr. Trump was prompted to say": past the passive's auxiliary)
    if (verb >= 0 && BE_HAVE_FORMS.has(items[at - 1]?.lower ?? '')) at--;
  }
  let j = skipInterveningBack(items, at);
  // "Gov. John Kasich (R-OH), said": a stray comma after a party tag
  if (j > 2 && (items[j - 1] as Item).text === ',' && (items[j - 2] as Item).text === ')' && PARTY_TAG.test((items[j - 3] as Item).text)) j--;
  // "Rep. Jim Jordan (R-Ohio) said": a bracketed tag between the speaker and the cue
  // ("Sen. Chris Murphy (a Connecticut Democrat so boyish he has been mistaken for a staffer) says": a long aside too)
  const open = j > 0 && (items[j - 1] as Item).text === ')' ? bracketOpen(items, j - 1, 24) : -1;
  if (open > 0) j = open;
  // "Joyce — who is listed as an attorney in Illinois — told The Huffington Post": an aside between dashes
  const dashOpen = j > 0 && /^[—–]$/.test((items[j - 1] as Item).text) ? asideDashOpen(items, j - 1) : -1;
  const j0 = j - 1;
  if (dashOpen > 0) j = dashOpen;
  // (past a relative clause with commas of its own to its host first, unless the last aside is the host's own name: "One
  // rider, who gave only his first name, Brian, said")
  const ownName = items[j - 3]?.text === ',' && isGivenName(items[j - 2]?.text ?? '');
  if (j > 0 && (items[j - 1] as Item).text === ',') {
    // ("Scott's niece, state Del. Marcia Price (D-Newport News), shouted": the appositive read without its party tag)
    const tag = items[j - 2]?.text === ')' ? bracketOpen(items, j - 2, 6) : -1;
    const its = tag > 0 && PARTY_TAG.test(items[tag + 1]?.text ?? '') ? [...items.slice(0, tag), ...items.slice(j - 1)] : items;
    const c = its === items ? j - 1 : tag;
    return openingPhraseOf(its, shareWithFigure(its, c, text) ?? namedInAppositive(its, c, text) ?? (ownName ? null : relativeHostBefore(its, c, text)) ?? parentheticalSubject(its, c, text), c, text);
  }
  // "Trump, … star of the show “The Apprentice,” said": the appositive's comma inside a title's marks
  // ("Orr, who called it “a disgrace,” said": a relative clause's quotation)
  const titled = items[j - 1]?.quote;
  // ("Joe Lane, host of “Morning Show,” said", "Tom Reyes, the hacker known as “Ghost,” stated": a name in title case)
  if (titled && quotedComma(items[j - 1]) && (isTitleQuote(items, j - 1) || relativeAsideOpen(items, j - 1) >= 0 || titleCased(text.slice(titled.innerStart, titled.innerEnd)))) return parentheticalSubject(items, j - 1, text);
  // "Carter spent years in the army and says …": no phrase ends in a conjunction (the sentence's subject speaks)
  if (j > 0 && PRONOUN_JOINERS.has((items[j - 1] as Item).lower)) return null;
  // "Before the trip he told Xinhua …": a subject pronoun right before the cue stands alone
  const prev = items[j - 1];
  if (prev && PRONOUNS.has(prev.lower) && j >= 2 && !PRONOUN_JOINERS.has(items[j - 2]?.lower ?? '') && npBackFrom(items, j)?.tokens.length !== 1) {
    const pm = analyseMention([prev], text);
    if (pm) return { mention: pm, start: j - 1 };
  }
  // ("Few believe the plan will work": the group holds the opposite)
  if (NEGATIVE_GROUPS.has(items[j - 1]?.lower ?? '')) return null;
  // ("A senior official speaking on condition of anonymity said", "Another source speaking to Fox News said")
  // ("The farmers are protesting against the deal, which they say will …": the group opening the sentence)
  const aside = relativeTheyGroup(items, j, text) ?? publishedSourceSubject(items, j, text) ?? participialAsideSubject(items, j, text, true) ?? joinedParticipleSubject(items, j, text);
  if (aside) return aside;
  const share = shareOfGroup(items, j, text) ?? pollRespondents(items, j, text) ?? partOfGroup(items, j, text);
  if (share) return share;
  // ("A group that represents farmers says …", "Groups that have endorsed him say …": the subject before a restrictive
  // clause that ends at the cue)
  const host = restrictiveHost(items, j, text);
  if (host) return host;
  const np = subjectAfterClause(items, portfolioListHead(items, portfolioListBefore(items, npBackFrom(items, j))));
  // ("Farmers and ranchers say": two groups speak together)
  const m = np ? (joinedGroups(np.tokens, text) ?? analyseMention(np.tokens, text) ?? capitalOnlyForStart(items, np, text)) : null;
  // ("The mayor of a small town in Quebec's Lanaudière region says": a possessive's phrase after the head's preposition)
  // ("A widow who lost £68,000 to a fraudster posing as a US army surgeon has said": a relative clause's host speaks)
  const hosted = np && m && OBJECT_HEAD_PREPOSITIONS.has(items[np.start - 1]?.lower ?? '') && (items[np.start - 1]?.lower !== 'as' || /^[a-z]+ing$/.test(items[np.start - 2]?.text ?? '')) ? relativeClauseSubject(items, j, text) : null;
  if (!np || !m || hosted) return hosted ?? relativeClauseSubject(items, j, text) ?? participleModifierSubject(items, j, text, true) ?? reducedRelativeSubject(items, j, text) ?? participialAsideSubject(items, j, text, false) ?? (np && !startsClause(items, np.start) ? (isPossessive(np.tokens[0] as Token) ? postModifiedSubject(items, np.start, j, text) : modifiedHead(items, np.start, j, text)) : null);
  // pronouns must stand alone right before the cue; ("A worker who was there when the fire started told": nor is the
  // subject of a subordinate clause whose own verb ends the phrase who speaks, but the relative clause's host)
  if (m.kind === 'pronoun' ? np.tokens.length !== 1 : np.start > 1 && TIME_SUBORDINATORS.has(items[np.start - 1]?.lower ?? '') && np.tokens.length >= 2 && /^\p{Ll}+ed$/u.test((np.tokens[np.tokens.length - 1] as Token).text) && !personHeadBefore(np.tokens)) return m.kind === 'pronoun' ? null : relativeClauseSubject(items, j, text);
  const placed = m.kind === 'role' && np.tokens.length === 1 ? stateInsidePhrase(items, np.start, j, text) : null;
  if (placed) return placed;
  // "Democrats trying to regain control of the Senate say": a name after a participle's verb phrase is its object
  if (m.kind === 'name') {
    const modified = participlePhrase(np.tokens, m, text);
    if (modified !== undefined) return modified ? { mention: modified, start: np.start } : null;
  }
  // "Executives who have worked with Lachlan Murdoch say", "Activists clamoring to block Trump say": the phrase
  // before the cue ends a modifier of the subject, which opens the clause
  // "12 members of Congress said", "At least three officials said": a count of a group opens the clause
  // (the phrase reader drops a leading "At" of "At least", so the count is looked for from the phrase's first word)
  const firstWord = np.start + items.slice(np.start, j).findIndex((x) => x.start === (np.tokens[0] as Token).start);
  const counted = m.kind === 'role' && m.plural && (firstWord > np.start || !startsClause(items, np.start)) ? countedGroup(items, firstWord, j, text) : null;
  if (counted) return counted;
  if (!startsClause(items, np.start)) {
    const joined = nameAfterAnd(items, np.tokens, m, text);
    if (joined) return joined;
    // ("A lawsuit filed last year by the family of Harold Mertz alleges": a document or group before its participle's
    // phrase; not a name and its verb, "Biden signed what he called …")
    const head = relativeClauseSubject(items, j, text) ?? participleModifierSubject(items, j, text) ?? postModifiedSubject(items, np.start, j, text) ?? participialAsideSubject(items, j, text, false) ?? roleOnly(reducedRelativeSubject(items, j, text, true));
    if (head && startsClause(items, head.start)) return head;
  }
  // "A former Republican candidate — John McCain, who lost in 2008 — said": the aside names the role's holder
  // (not "A spokeswoman for the senator — Dana Ruiz — said": the name may be the senator's)
  const ofSomeone = np.tokens.some((t) => ROLE_PREPOSITIONS.has(t.lower) || ROLE_PREPOSITIONS_OF_ISSUER.has(t.lower));
  const holder = dashOpen > 0 && m.kind === 'role' && !m.institution && !ofSomeone ? namedInAside(items, dashOpen, j0, text) : null;
  const issuer = issuerPhraseStart(items, np.start);
  return { mention: holder ?? sender(np, issuer, text) ?? m, start: issuer };
}

/** "about two-thirds, 67 percent, say": a share, then its figure between commas before the cue at `comma`; null if none. */
function shareWithFigure(items: readonly Item[], comma: number, text: string): { mention: Mention; start: number } | null {
  let open = comma - 1;
  while (open > 0 && comma - open <= 4 && items[open]?.text !== ',') open--;
  if (items[open]?.text !== ',' || comma - open > 4 || !items.slice(open + 1, comma).some((t) => SHARE_HEADS.has(t.lower))) return null;
  return shareOfGroup(items, open, text);
}

/**
 * "A letter from Ofgem to energy suppliers said": the issuer, without whom the document was sent to, when the document's
 * phrase opens at `issuer` before `np`; null if none.
 */
function sender(np: { tokens: Token[]; start: number }, issuer: number, text: string): Mention | null {
  const to = issuer < np.start ? np.tokens.findIndex((t, n) => n > 0 && t.lower === 'to') : -1;
  return to > 0 ? analyseMention(np.tokens.slice(0, to), text) : null;
}

/**
 * "The author of three books on royal residences added": the head before a phrase's modifiers, when the phrase before
 * the cue names no one itself; a phrase of a noun's words only (not "he attached a measure to prevent the Bush
 * administration from finalizing rules": a clause, no speaker).
 */
function modifiedHead(items: readonly Item[], at: number, cue: number, text: string): { mention: Mention; start: number } | null {
  const head = postModifiedSubject(items, at, cue, text);
  if (!head) return null;
  const phrase = items.slice(head.start, cue);
  return PRONOUNS.has(phrase[0]?.lower ?? '') || phrase.some((t) => t.word && (isVerbLike(t) || CUE_FORMS.has(t.lower))) ? null : head;
}

/**
 * The speaker before an appositive opened by "the": a name (nameBeforeAppositive), or, when the appositive describes a
 * body, a role for that body opening the clause ("A spokesman for Tesco, the UK's biggest retailer, said").
 */
function nameOrRoleBeforeAppositive(items: readonly Item[], open: number, text: string, body: boolean): { mention: Mention; start: number } | null {
  const named = nameBeforeAppositive(items, open, text, body);
  if (named) return named;
  const left = npBackFrom(items, open);
  // ("A spokesperson for Graham Tessier, the minister of finance, said": the role "for" the person the appositive
  // describes speaks)
  if (!body) return left && startsClause(items, left.start) && left.tokens.some((t) => t.lower === 'for') ? personRoleAt(analyseMention(left.tokens, text), left.start) : null;
  // ("Redbud Energy, the Tulsa-based company that operates both well pads, said": capitalised words a body's appositive
  // describes are the body's name, whatever a word of it would make them alone)
  const proper = left && left.tokens.length >= 2 && left.tokens.every((t) => t.word && isCapitalised(t)) && !TITLE_WORDS.has((left.tokens[0] as Token).text) && startsClause(items, left.start) ? analyseMention(left.tokens, text) : null;
  if (left && proper && proper.kind === 'role' && !proper.plural) return { mention: writtenName(text.slice((left.tokens[0] as Token).start, (left.tokens[left.tokens.length - 1] as Token).end), (left.tokens[0] as Token).start, (left.tokens[left.tokens.length - 1] as Token).end), start: left.start };
  if (!left || !startsClause(items, left.start) || !left.tokens.some((t) => ROLE_PREPOSITIONS.has(t.lower) || t.lower === 'for')) return null;
  return personRoleAt(analyseMention(left.tokens, text), left.start);
}

/** A person's role (one, not a body's) as the speaker found at `start`, or null. */
const personRoleAt = (m: Mention | null, start: number): { mention: Mention; start: number } | null => (m && m.kind === 'role' && !m.institution && !m.plural ? { mention: m, start } : null);

/**
 * "meteorologist Dana Kowalczyk in the agency's Memphis, Tennessee, office told": a state between commas after its town,
 * inside the phrase that ends in the noun after it; the phrase read as if the state were not there.
 */
function stateInsidePhrase(items: readonly Item[], at: number, cue: number, text: string): { mention: Mention; start: number } | null {
  if (items[at - 1]?.text !== ',' || !/^\p{Ll}+$/u.test((items[at] as Item).text)) return null;
  let k = at - 2;
  while (k > at - 5 && isCapitalised(items[k - 1] as Item)) k--;
  if (k >= at - 1 || items[k - 1]?.text !== ',' || !stateAfterCity(items, k - 1, items.slice(k, at - 1), text)) return null;
  const cut = at - k + 1;
  const r = subjectBefore([...items.slice(0, k - 1), ...items.slice(at)], cue - cut, text);
  // (a person named before the town only: not "… was from Dayton, Ohio, police said", where "from Dayton police" is no one)
  return r && r.mention.kind === 'name' && !r.mention.institution && r.start < k - 2 ? r : null;
}

/**
 * "Police in Kent, the county next to London, said": the speaker's head and its modifier before the appositive;
 * "Sandy Phillips, who lost her daughter in Aurora, Colorado, in July 2012, said": a state after its city inside a
 * relative clause, whose person before it speaks.
 */
function placedSubject(items: readonly Item[], np: { tokens: Token[]; start: number }, m: Mention | null, seg: readonly Token[], open: number, text: string): { mention: Mention; start: number } | null {
  if (!startsClause(items, np.start) && describesPlace(seg, text)) return postModifiedSubject(items, np.start, beforePartyTag(items, open), text);
  if (m?.kind === 'name' && isSubdivision(m.name ?? '') && items[np.start - 1]?.text === ',' && isCapitalised(items[np.start - 2] as Item)) return personBeforeRelative(items, np.start - 2, text);
  // ("An Uzbek official involved in trade talks with the EU, who spoke on condition of anonymity, said": the head
  // before the phrase's modifiers, which opens the clause; not an appositive itself, "Elward Edd, an official at the
  // Hopi Tribal Housing Authority in Arizona, which …, said")
  if (m && m.kind !== 'pronoun' && !startsClause(items, np.start)) {
    const head = postModifiedSubject(items, np.start, open, text);
    if (head && startsClause(items, head.start) && items[head.start - 1]?.text !== ',') return head;
  }
  return null;
}

/** The person named right before the ", who …" clause that `from` is inside (looking back up to 30 items); null if none. */
function personBeforeRelative(items: readonly Item[], from: number, text: string): { mention: Mention; start: number } | null {
  for (let k = from; k > 1 && from - k < 30; k--) {
    if (isQuote(items[k])) return null;
    if (items[k]?.lower !== 'who' || items[k - 1]?.text !== ',') continue;
    const np = npBackFrom(items, k - 1);
    const m = np ? analyseMention(np.tokens, text) : null;
    return np && m?.kind === 'name' && !m.institution && startsClause(items, np.start) ? { mention: m, start: np.start } : null;
  }
  return null;
}

/** "Fields, along with Post reporter Ben Terris, say …": who joined the speaker, between commas; the speaker comes first. */
function joinedAside(seg: readonly Token[]): boolean {
  // ("Villagers in Kerni, close to the LoC, said": where they are, an aside too)
  return seg.length <= 9 && (((seg[0]?.lower === 'along' || seg[0]?.lower === 'together') && seg[1]?.lower === 'with') || (NEAR_WORDS.has(seg[0]?.lower ?? '') && seg[1]?.lower === 'to'));
}

/**
 * "Social conservatives say …": an everyday word capitalised only because it opens the sentence, read in lower case
 * (not a given name or a place: "Jordan", "Paris").
 */
function capitalOnlyForStart(items: readonly Item[], np: { tokens: Token[]; start: number }, text: string): Mention | null {
  const first = np.tokens[0] as Token;
  if (np.start !== 0 || np.tokens.length < 2 || !/^\p{Lu}\p{Ll}+$/u.test(first.text) || !isCommonWord(first.lower) || isGivenName(first.text) || isPlace(first.text)) return null;
  const m = analyseMention([retoken(first, first.lower, first.lower, first.end), ...np.tokens.slice(1)], text);
  return m?.kind === 'role' ? m : null;
}

/**
 * "… was copied on the questions and Gates said …": a name joined by "and" to a lower-case phrase (or a possessive's, "the AP's questions") ending a clause
 * before it (an object, not a second speaker) opens a clause of its own.
 */
function nameAfterAnd(items: readonly Item[], tokens: readonly Token[], m: Mention, text: string): { mention: Mention; start: number } | null {
  const and = tokens.findIndex((t) => t.lower === 'and');
  // (not a person joined to the name: "the minister and Tom Hughes said" speak together)
  if (m.kind !== 'name' || and <= 0 || tokens.slice(0, and).some((t) => isCapitalised(t) && !isPossessive(t)) || !tokens.slice(and + 1).every((t) => isCapitalised(t)) || personHead(tokens.slice(0, and))) return null;
  const rest = analyseMention(tokens.slice(and + 1), text);
  const start = items.findIndex((x) => x.start === (tokens[and + 1] as Token).start);
  return rest?.kind === 'name' && start > 0 && startsClause(items, start) ? { mention: rest, start } : null;
}

/** The one person a dash aside opens by naming ("— John McCain, who …", "— Sen. Tim Kaine —"); null for a list or no name. */
function namedInAside(items: readonly Item[], open: number, close: number, text: string): Mention | null {
  let e = open + 1;
  while (e < close && (items[e] as Item).text !== ',') e++;
  const after = items[e + 1];
  const first = items[open + 1] as Item;
  if ((e < close && (!after?.word || isCapitalised(after))) || !isCapitalised(first) || NOUN_DETERMINERS.has(first.lower)) return null;
  const m = analyseMention(trimNp(items.slice(open + 1, e)), text);
  return m && m.kind === 'name' && !m.institution && m.members.length === 0 && !isPlace(m.name ?? '') ? m : null;
}


/** The issuer `m` of `np`, in a document phrase that opens the clause ("A letter from Ofgem", "a report by the agency"). */
function issuerBefore(items: readonly Item[], np: { tokens: Token[]; start: number }, m: Mention | null, text: string): { mention: Mention; start: number } | null {
  const issuer = issuerPhraseStart(items, np.start);
  return m && m.kind !== 'pronoun' && issuer < np.start && startsClause(items, issuer) ? { mention: sender(np, issuer, text) ?? m, start: issuer } : null;
}

/** A subject found only when it is a role ("a lawsuit", "a team led by …"), not a name. */
const roleOnly = (found: { mention: Mention; start: number } | null): { mention: Mention; start: number } | null => (found?.mention.kind === 'role' ? found : null);

/**
 * The cue follows a comma: "Yuri Kokov, also warned", "Lavrov, speaking at …, said",
 * "Schumer, a New York Democrat, said", "An official, who spoke on condition of anonymity, said".
 */
/** The words between an aside's commas (open, comma), less a post-nominal in brackets: "Chief Adebayo Ogunleye (SAN), argued". */
function asideSegment(items: readonly Item[], open: number, comma: number): Token[] {
  const postNominal = comma - open > 4 && items[comma - 1]?.text === ')' && items[comma - 3]?.text === '(' && /^[A-Z]{2,4}$/.test(items[comma - 2]?.text ?? '');
  return trimNp(items.slice(open + 1, postNominal ? comma - 3 : comma));
}

/** "Kevin Wise, PhD, a biostatistician …, said": the appositive's comma moved back past the degrees, to the name. */
function pastDegrees(items: readonly Item[], open: number): number {
  while (open > 2 && POST_NOMINAL_DEGREES.has(items[open - 1]?.text ?? '') && items[open - 2]?.text === ',') open -= 2;
  return open;
}

export function parentheticalSubject(items: readonly Item[], comma: number, text: string, depth = 0): { mention: Mention; start: number } | null {
  let open = asideOpen(items, comma);
  const seg = open === -2 ? [] : asideSegment(items, open, comma);
  const first = seg[0];
  if (!first) return null;
  if (!seg.every((t) => POST_NOMINAL_DEGREES.has(t.text))) open = pastDegrees(items, open);
  // ("Jeffrey Salkin, a rabbi in Hollywood, Fla., said": the city ends an appositive, read as if the state were not there)
  // (only when an appositive's comma comes before the city: not "A priest in Boston, Mass., said")
  if (open > 0 && stateAfterCity(items, open, seg, text)) return phraseBeforeCity(items, open, text) ?? (depth < 3 && asideOpen(items, open) >= 0 ? namedBeforeCityAside(items, open, text, depth) : null);
  // ("P. Meenakshi Sundaram, Deputy Director General of Meteorology, Chennai, told": where a role is held, after the
  // role's appositive, read as if it were not there; a place or one capitalised word that is no given name)
  if (depth < 3 && open > 0 && seg.length <= 2 && placeAfterAside(items, open, asideOpen(items, open), seg)) return parentheticalSubject(items, open, text, depth + 1);
  // "Biden, meanwhile, said" / "The Kremlin, for its part, said": an aside between the speaker and the cue ("Ald. Marcus
  // Delgado, 25th, said": a Chicago alderman's ward too)
  // ("Several countries, including France, said …", "Breitbart News, for one, noted …": examples and "for one" too)
  // ("Jane Roe, MD, PhD, said": degrees after the name are an aside too)
  const aside = seg.every((t) => POST_NOMINAL_DEGREES.has(t.text)) || joinedAside(seg) || originAside(seg) || (seg.length === 1 && /^\d{1,2}(?:st|nd|rd|th)$/.test(first.text) && isCapitalised(items[open - 1] as Item)) || (seg.length === 1 && (INTERVENING.has(first.lower) || /ly$/.test(first.lower) || ASIDE_WORDS.has(first.lower))) || (seg.length <= 6 && (first.lower === 'including' || (first.lower === 'such' && seg[1]?.lower === 'as'))) || /^(for one|for (his|her|its|their) part|in turn|in response|in a statement|in an interview|in a speech|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on twitter|in return|by contrast|in contrast|for example|for instance|of course|in particular|in fact|as expected|as usual|at the same time|in the meantime|on the other hand|for now|so far|at least|like others)$/i.test(seg.map((t) => t.text).join(' '));
  const ward = open > 0 && !aside ? wardAfterTitledName(items, open, seg, text) : null;
  if (ward || (aside && open >= 0)) return ward ?? subjectBeforeAside(items, open, text);
  // ("Authorities in North-Rhine Westphalia, the German state next to Belgium, announced": a place at the end of
  // a description is what it describes, not a speaker)
  const describes = describesSpeaker(seg) || describesPlace(seg, text);
  if (first.lower === 'the' && open >= 0) {
    // ("Sabarmati Infracon Ltd, the Ahmedabad-based company, said": a body described as one)
    // ("Tata Motors Ltd, the parent company of Jaguar Land Rover, said", "the company which won …": the head noun before a
    // preposition or a relative pronoun)
    // ("the union representing about 3,100 teachers": or a participle's phrase)
    const cut = seg.findIndex((t, k) => k > 1 && (NAME_PREPOSITIONS.has(t.lower) || RELATIVE_PRONOUNS.has(t.lower) || t.lower === 'that' || /^\p{Ll}{3,}ing$/u.test(t.text)));
    // ("Interior Roads Services, the company responsible for maintaining the highway, said": an adjective after the head;
    // "Kestrel Home Ltd, the Birmingham-based distributor, said": where it is based makes any noun a body's)
    const named = nameOrRoleBeforeAppositive(items, open, text, seg.slice(1, cut > 0 ? cut : seg.length).some((t) => INSTITUTION_NOUNS.has(t.lower) || /\p{L}-based$/u.test(t.text)));
    // ("Mark Holden, chairman of the board of Freedom Partners, the network's funding arm, said": what describes the body
    // a role before it is of, read as if it were not there)
    if (named || (depth < 3 && roleOfBodyBefore(items, asideOpen(items, open), open))) return named ?? parentheticalSubject(items, open, text, depth + 1);
  }
  if (!describes && open >= 0) {
    // "Nancy Northup, president of the Center for Reproductive Rights, said": a role after a name;
    // "Priya Raman, chief economist at Barclays, said": the role is the words before the preposition
    const roleWords = npPrefix(seg);
    const asRole = roleWords.every((t) => isNpToken(t)) ? analyseMention(roleWords, text) : null;
    // ("Doreen Matheson, emergency program co-ordinator for the Regional District of Similkeen, said": a bare role
    // before its preposition)
    // ("Karen Lindsay, emergency program co-ordinator with the Saskatchewan Public Safety Agency, said": or "with")
    const cut = seg.findIndex((t, k) => k > 0 && (ROLE_PREPOSITIONS.has(t.lower) || t.lower === 'for' || t.lower === 'with'));
    // ("Kwame Asante, MPP for a west-end riding, said": or a title alone before it)
    const titleFor = cut === 1 && TITLE_WORDS.has((seg[0] as Token).text);
    if ((asRole && asRole.kind === 'role') || isBareRole(seg) || (cut > 0 && isBareRole(seg.slice(0, cut))) || titleFor) {
      // ("The FNSEA, France's largest farmers' union, said": a body's role describes a body)
      const named = nameBeforeAppositive(items, open, text, asRole?.kind === 'role' && asRole.institution);
      if (named) return named;
    }
  }
  // ("Anne Richards, assistant secretary of state for population, refugees and migration, said": the end of a list
  // inside the aside before; read from there)
  // (not "Mr. Kaplan, a screenwriter and former studio executive, said": an appositive opens with its determiner)
  // ("Benali, a teacher backed by the Socialists, the Greens and France Unbowed (LFI), told": or the end of a list of
  // names that the aside before opened after "by", "with" or "including")
  if (open > 0 && depth < 3 && seg.some((t) => t.lower === 'and') && ((seg.length <= 6 && !NOUN_DETERMINERS.has((seg[0] as Token).lower) && seg.every((t) => t.word && /^\p{Ll}/u.test(t.text))) || (seg.length <= 8 && namesListedAfter(items, open)))) return parentheticalSubject(items, open, text, depth + 1);
  // ("Kettleson, reached by phone Wednesday, said", "The panel, set up by the ministry in September, said": an aside
  // opened by a past participle; the phrase before it speaks)
  const pastAside = open >= 0 && pastParticipleAside(seg);
  if (!describes && !pastAside) {
    // "Russian Foreign Minister Sergey Lavrov speaking at …, stated": the speaker before the participle
    const part = seg.findIndex((t) => PARTICIPIAL_OPENERS.has(t.lower));
    if (part > 0 && (open < 0 || startsClause(items, open + 1))) {
      const m = analyseMention(trimNp(seg.slice(0, part)), text);
      if (m && (m.kind === 'name' || m.kind === 'joint')) return { mention: m, start: open + 1 };
    }
    // the segment itself is the speaker: ", Yuri Kokov," or "Russian Foreign Minister Sergey Lavrov,"
    // (", Darran Whiting of Liberty Baptist Church in Marion,": a person and where they work)
    if (seg.some((t) => isQuote(t as Item) || (!isNpToken(t) && !NAME_CONNECTORS.has(t.lower)))) return null;
    const m = seg.every(isNpToken) ? analyseMention(seg, text) : personAtWork(seg, text);
    if (!m || (m.kind !== 'name' && m.kind !== 'joint')) return null;
    const where = open > 0 && depth < 3 && seg.length === 1 ? speakerBeforePlace(items, open, m, text, depth) : null;
    if (where) return where;
    if (open >= 0) {
      // "Sergey Lavrov and his Kazakh counterpart, Mukhtar Tleuberdi, believe …": a joint speaker
      const left = npBackFrom(items, open);
      const and = left ? left.tokens.findIndex((t) => t.lower === 'and') : -1;
      const lastLeft = left?.tokens[left.tokens.length - 1];
      if (left && and > 0 && lastLeft && PARTNER_NOUNS.has(lastLeft.lower)) {
        const a = analyseMention(trimNp(left.tokens.slice(0, and)), text);
        if (a && a.kind === 'name' && !a.institution) {
          const startTok = left.tokens[0] as Token;
          return {
            mention: { kind: 'joint', text: text.slice(startTok.start, m.end), start: startTok.start, end: m.end, name: null, role: null, institution: false, plural: true, members: [a, m] },
            start: left.start,
          };
        }
      }
      // only a full appositive counts: the comma must open a clause or follow a role ("The deputy secretary …, Yuri Kokov,")
      // "“…,” the Archbishop of Canterbury, Justin Welby, said": the role opens the speaker phrase
      if (left && left.tokens.length <= 8) {
        const r = analyseMention(left.tokens, text);
        const b = left.start - 1;
        if (r && (r.kind === 'role' || /^the\s/i.test(r.text)) && (isQuote(items[b]) || ((items[b] as Item | undefined)?.text === ',' && isQuote(items[b - 1])))) return { mention: m, start: left.start };
        // "A spokeswoman for Pruitt, Emily Carver, said": the role is hers, so "the spokeswoman" finds her later
        if (r && r.kind === 'role' && !r.plural && m.kind === 'name' && !m.role && r.role && startsClause(items, left.start)) return { mention: { ...m, role: bareRole(r.role) }, start: left.start };
      }
    }
    return { mention: m, start: open + 1 };
  }
  if (open < 0) return null;
  const np = npBackFrom(items, beforePartyTag(items, open));
  const m = np ? analyseMention(np.tokens, text) : null;
  // ("A memo circulated by the whip's office, obtained by The Washington Post, said": a participle's phrase, then the aside)
  // ("A letter from Ofgem, seen by the BBC, said": the issuer of a document before the aside)
  const placed = (np ? placedSubject(items, np, m, seg, open, text) : null) ?? (pastAside && np && !startsClause(items, np.start) ? (reducedRelativeSubject(items, open, text, true) ?? issuerBefore(items, np, m, text)) : null);
  if (placed) return placed;
  // two asides in a row: "Sen. Joe Manchin, D-W.Va., who has long opposed new spending, said"; "Sen.
  // Richard Alcott of Illinois, the top Democrat on the Judiciary Committee, who …, said" (the phrase
  // before the comma is itself inside an aside when it does not open a clause)
  if (!np || !m || (m.kind === 'pronoun' && np.tokens.length !== 1) || (!startsClause(items, np.start) && depth < 3)) {
    const deeper = depth < 3 ? parentheticalSubject(items, open, text, depth + 1) : null;
    if (deeper || !np || !m || m.kind === 'pronoun') return deeper;
  }
  // "Philippe Lazzarini, the commissioner-general of UNRWA, whose agency …, said": the name before the role
  if ((items[np.start - 1] as Item | undefined)?.text === ',' && (m.kind === 'role' || /^(the|a|an)\s/i.test(m.text))) {
    const named = nameBeforeAppositive(items, np.start - 1, text) ?? (/^(a|an)\s/i.test(m.text) ? describedBeforeAppositive(items, np.start - 1, text) : null);
    if (named) return named;
  }
  // "Mykola Bielieskov, an analyst at the National Institute, said": the appositive's role is his
  const role = m.kind === 'name' && !m.institution && !m.role && /^(a|an)$/.test(first.lower) ? roleOfPhrase(seg, text) : null;
  if (role) return { mention: { ...m, role }, start: np.start };
  return { mention: m, start: np.start };
}

/** ", Darran Whiting of Liberty Baptist Church in Marion,": the person named before where they work, or null. */
function personAtWork(seg: readonly Token[], text: string): Mention | null {
  const at = seg.findIndex((t, k) => k >= 2 && k <= 4 && WORKPLACE_PREPOSITIONS.has(t.lower));
  const m = at > 0 ? analyseMention(seg, text) : null;
  const person = m ? analyseMention(seg.slice(0, at), text) : null;
  return m && person && m.kind === 'name' && person.kind === 'name' && !m.institution && m.name === person.name ? m : null;
}

/** "Biden, meanwhile, said", "The Kremlin, for its part, said": the phrase before the aside opened at `open`. */
function subjectBeforeAside(items: readonly Item[], open: number, text: string): { mention: Mention; start: number } | null {
  const np = npBackFrom(items, beforePartyTag(items, open));
  const m = np ? analyseMention(np.tokens, text) : null;
  // ("Jane Ruiz, a spokeswoman for the department (DSWD), in a statement, said": the name before the role)
  const named = np && m && m.kind === 'role' && items[np.start - 1]?.text === ',' ? nameBeforeAppositive(items, np.start - 1, text) : null;
  if (named) return named;
  if (m && np && startsClause(items, np.start)) return { mention: m, start: np.start };
  // ("Leader of the Opposition in the Senate Zarqa Mahmood, however, said": a person named after a title with its
  // preposition, read from the sentence's start as it would be with no aside)
  const end = beforePartyTag(items, open);
  const whole = m?.kind === 'name' && !m.institution && end <= 14 && items.slice(0, end).every((t) => t.word) ? analyseMention(items.slice(0, end) as Token[], text) : null;
  return whole?.kind === 'name' && whole.name === m?.name ? { mention: whole, start: 0 } : null;
}

/** The comma opening a ", who …" aside that holds the quotation at `q`; -2 if the aside is no relative clause. */
function relativeAsideOpen(items: readonly Item[], q: number): number {
  for (let k = q - 1; k >= 0 && q - k < 30; k--) {
    const t = items[k] as Item;
    if (t.text === ',') return RELATIVE_PRONOUNS.has(items[k + 1]?.lower ?? '') ? k : -2;
  }
  return -2;
}

/**
 * The comma that opens the aside closed at `comma`: -1 if none within reach, -2 if a quotation comes first (one that
 * is part of a noun phrase or of a relative clause does not count).
 */
function asideOpen(items: readonly Item[], comma: number): number {
  for (let k = comma - 1; k >= 0 && comma - k < 45; k--) {
    const t = items[k] as Item;
    // (a short quotation inside the aside's noun phrase: ", wearing “Ted Cruz” pins,"; any inside a relative clause:
    // ", who called it “a disgrace,”")
    if (isQuote(t) && !isModifierQuote(items, k) && !isTitleQuote(items, k)) return relativeAsideOpen(items, k);
    // (past a comma inside a list of people: ", signed by Katrin Vollmer, Etienne Marchal and Tomasz Wierzbicki,")
    // (or of names after a preposition: "The messages, sent via SMS, WhatsApp and Telegram,")
    if (t.text === ',' && !nameListAt(items, k, comma) && !prepositionListAt(items, k, comma) && !closingBodyListAt(items, k, comma)) return k;
  }
  return -1;
}

/**
 * "Dr Yasser Abdelrahim, who runs Ghadira Teaching Hospital, the last functioning hospital in the city, said", "Rachel
 * Amburgey, whose son, Eli, is in seventh grade, said": a relative clause with commas of its own between the speaker and
 * the cue at `comma`; the phrase before ", who" speaks when it opens the sentence.
 */
function relativeHostBefore(items: readonly Item[], comma: number, text: string): { mention: Mention; start: number } | null {
  // (two relative clauses joined: "Justice Miriam Castellano, who heard …, and who at one point called a recess …, said";
  // a cue inside the second is its verb, not a statement's)
  const relativeCue = (k: number): boolean => [1, 2, 3, 4].some((d) => RELATIVE_PERSONS.has(items[k - d]?.lower ?? '') && items[k - d - 1]?.lower === 'and');
  // (or the verbs of a clause that withholds a name, whose name speaks: withheldSpeaker)
  const { who, withheld, speaker } = withheldSpeaker(items, comma, text);
  if (speaker) return speaker;
  for (let k = comma - 2; k > 1 && comma - k <= 50; k--) {
    const t = items[k] as Item;
    if (isQuote(t) || t.text === '.' || t.text === ';' || (t.word && CUE_FORMS.has(t.text) && !relativeCue(k) && !(withheld !== null && k > who))) return null;
    // ("Residents, many of whom have lived there for decades, say": a share of them opens the clause)
    const open = t.lower === 'whom' && items[k - 1]?.lower === 'of' && GROUP_QUANTIFIERS.has(items[k - 2]?.lower ?? '') ? k - 2 : k;
    // ("Kvarnholm, which lends to households in Sweden, Norway and Finland, said": a body's "which" too)
    if (!(RELATIVE_PERSONS.has(t.lower) || t.lower === 'which' || open < k) || items[open - 1]?.text !== ',') continue;
    // (the sentence's own subject: not "The contract went to Tom Lee, who runs Acme, the largest firm, said Jane Doe")
    let np = npBackFrom(items, open - 1);
    // ("Kim Tamihana, 38, who …, said": past an age between commas to the person)
    if (/^\d{1,3}$/.test(items[open - 2]?.text ?? '') && items[open - 3]?.text === ',') np = npBackFrom(items, open - 3);
    // ("Dr Fiona Rennick, of the University of St Andrews, who …, said": the person before where they work, the
    // preposition read into the phrase or not: "from Drumkeel")
    const from = np && WORKPLACE_PREPOSITIONS.has(np.tokens[0]?.lower ?? '') ? np.start : np && WORKPLACE_PREPOSITIONS.has(items[np.start - 1]?.lower ?? '') ? np.start - 1 : -1;
    if (np && from > 1 && items[from - 1]?.text === ',') np = npBackFrom(items, from - 1);
    // ("Anirudh Menon, CEO of Orbitrix Aerospace, which supplied …, said": a body's "which" inside an appositive
    // describes the body; the appositive's host, a person, speaks; not "The report by Human Rights Watch, a New York-based
    // group, which …, said")
    // ("Yorgelis, a 29-year-old from Maracay, Venezuela, who asked …, said": so does a place closing the appositive)
    const host = (t.lower === 'which' || (np !== null && isPlaceOrState(np.tokens.map((x) => x.text).join(' ')))) && np && np.start > 0 && items[np.start - 1]?.text === ',' ? parentheticalSubject(items, open - 1, text) : null;
    if (host && host.mention.kind === 'name' && !host.mention.institution) return host;
    // ("One skipper based in Greencastle, who did not want to be named, said": read as if the clause were not there)
    const spliced = np && np.start > 0 && items[np.start - 1]?.text !== ',' && RELATIVE_PERSONS.has(t.lower) ? subjectBefore([...items.slice(0, open - 1), ...items.slice(comma + 1)], open - 1, text) : null;
    if (spliced && spliced.start === 0 && !spliced.mention.institution) return spliced;
    if (!np || np.start !== 0 || np.tokens.some((t) => FINITE_VERBS.has(t.lower) || isVerbLike(t as Item))) return null;
    const m = analyseMention(np.tokens, text);
    // (a body only with "whose" or "which": "The company, whose chief executive, John Smith, was charged, said")
    return m && (m.kind === 'name' || m.kind === 'role') && (!m.institution || t.lower === 'whose' || t.lower === 'which') ? { mention: m, start: np.start } : null;
  }
  return null;
}

/** "Activists in Dayton, Ohio, said": a state after its city (the aside `seg`, opened at `open`). */
function stateAfterCity(items: readonly Item[], open: number, seg: readonly Token[], text: string): boolean {
  // (or an Irish county after its town: "a childminder from Castlebar, Co Mayo, said")
  const county = seg.length >= 2 && seg.length <= 3 && COUNTY_WORDS.has((seg[0] as Token).text) && seg.slice(1).every((t) => t.word && isCapitalised(t) && !isGivenName(t.text));
  return isCapitalised(items[open - 1] as Item) && (county || isSubdivision(text.slice((seg[0] as Token).start, (seg[seg.length - 1] as Token).end)));
}

/** "Jeffrey Salkin, a rabbi in Hollywood, Fla., said": the name before the appositive that holds the city, if it opens the phrase (not "After meeting Biden, a farmer in Ames, Iowa, said"). */
function namedBeforeCityAside(items: readonly Item[], open: number, text: string, depth: number): { mention: Mention; start: number } | null {
  const r = parentheticalSubject(items, open, text, depth + 1);
  return r && !/^\p{Ll}+ing\b/u.test(r.mention.text) ? r : null;
}

/** The speaker phrase that ends with the city before a state: "Activists in Dayton" (never the city itself). */
function phraseBeforeCity(items: readonly Item[], open: number, text: string): { mention: Mention; start: number } | null {
  let before = subjectBefore(items, open, text);
  // "Cory James, 22, of Flint, Mich., said": the city is where the person before it is from
  if (before && ROLE_PREPOSITIONS_OF_ISSUER.has(items[before.start]?.lower ?? '') && items[before.start - 1]?.text === ',') before = subjectBefore(items, before.start, text);
  // (not "…, a rabbi in Hollywood, Fla., said": a city after a preposition is where someone is, never who speaks)
  const placed = before?.mention.kind === 'name' && (ROLE_PREPOSITIONS.has(items[before.start - 1]?.lower ?? '') || OBJECT_MODIFIER_PREPOSITIONS.has(items[before.start - 1]?.lower ?? ''));
  // ("A rabbi in Hollywood, Fla., said": then the person the place modifies, if a role opens the clause)
  if (placed && before) return postModifiedSubject(items, before.start, open, text);
  // ("Dana Ruiz, a nurse in Toledo, Ohio, said": the role is an appositive of the name before it)
  if (before?.mention.kind === 'role' && items[before.start - 1]?.text === ',') {
    // (not "After meeting Biden, a farmer in Ames, Iowa, said": the name must open the clause)
    const named = nameBeforeAppositive(items, before.start - 1, text);
    if (named && startsClause(items, named.start) && isCapitalised(items[named.start] as Item)) return named;
  }
  // (nor a name inside an opening phrase: "After meeting Biden, a farmer in Ames, Iowa, said")
  if (before?.mention.kind === 'name' && !startsClause(items, before.start)) return null;
  return before && !(before.mention.kind === 'name' && isPlace(before.mention.name ?? '')) ? before : null;
}

/**
 * "Coun. Jenna Okafor, St. Vital, said", "MPP Kwame Asante, Scarborough Centre, said": a few capitalised words that
 * name no person, between commas after a person named with a title and a given name, are the ward or riding.
 */
function wardAfterTitledName(items: readonly Item[], open: number, seg: readonly Token[], text: string): { mention: Mention; start: number } | null {
  // (a person's name is no ward: a given name opens one only before everyday words, "River Heights", "Fort Rouge")
  const person = isGivenName((seg[0] as Token).text) && seg.slice(1).some((t) => t.word && !isCommonWord(t.lower));
  if (seg.length > 4 || !seg.every((t) => (t.word && isCapitalised(t) && !TITLE_WORDS.has(t.text)) || t.text === '.' || t.text === '-') || person) return null;
  const np = npBackFrom(items, open);
  if (!np || np.tokens.length < 3 || !TITLE_WORDS.has((np.tokens[0] as Token).text) || !isGivenName((np.tokens[1] as Token).text) || !startsClause(items, np.start)) return null;
  const m = analyseMention(np.tokens, text);
  return m && m.kind === 'name' && !m.institution ? { mention: m, start: np.start } : null;
}

/** An aside that describes its speaker rather than naming one: ", (R-Texas),", ", a nurse,", ", who …,", ", 72,". */
function describesSpeaker(seg: readonly Token[]): boolean {
  const first = seg[0] as Token;
  // ("Sen. Chuck Grassley, facing a spirited challenge in Iowa, said": any participle phrase describes)
  // (not "acting ICE Director Thomas Reuther": a capital after it makes it a title)
  // ("Biden, echoing Erdogan, called on …": before a name with no title word the participle describes too)
  const participle = seg.length >= 2 && /^[a-z]+ing$/.test(first.text) && (/^[a-z]/.test(seg[1]?.text ?? '') || !seg.some((t) => TITLE_WORDS.has(t.text)));
  // ("Kyle Whitaker, a grower from Seward County, Nebraska, and no relation to the senator, told …": kinship denied)
  return PARTY_TAG.test(seg.map((t) => t.text).join('')) || APPOSITIVE_OPENERS.has(first.lower) || participle || /^\d+$/.test(first.lower) || REFLEXIVES.has(first.lower) || (seg[first.lower === 'and' ? 1 : 0]?.lower === 'no' && seg[first.lower === 'and' ? 2 : 1]?.lower === 'relation');
}

/** "the German state next to Belgium": a description after a determiner whose capitalised end is a place. */
function describesPlace(seg: readonly Token[], text: string): boolean {
  if (seg.length < 4 || !/^(the|a|an)$/.test((seg[0] as Token).lower) || !seg.some((t, k) => k > 0 && /^[a-z]/.test(t.text))) return false;
  const m = analyseMention(seg, text);
  return m !== null && m.kind === 'name' && isPlace(m.name ?? '');
}

/** "Sen. Ted Cruz (R-Texas), also a GOP hopeful, called …": where the phrase before a bracketed party tag ends. */
function beforePartyTag(items: readonly Item[], comma: number): number {
  const bracket = (items[comma - 1] as Item | undefined)?.text === ')' ? bracketOpen(items, comma - 1) : -1;
  // ("Rep. Sander M. Levin (Mich.), a superdelegate, said": a state alone in the brackets too)
  // ("The Department of Social Welfare and Development (DSWD), in a statement, said": a body's acronym)
  // (not after a place: "The Association of Road Contractors, Ghana (ARCOG), …" is no speaker "Ghana")
  const acronym = comma - bracket === 3 && /^\p{Lu}{2,}s?$/u.test((items[bracket + 1] as Item | undefined)?.text ?? '') && !isPlace((items[bracket - 1] as Item | undefined)?.text ?? '');
  if (bracket > 0) return PARTY_TAG.test(items.slice(bracket, comma).map((t) => t.text).join('')) || acronym || (comma - bracket <= 4 && isSubdivision(items.slice(bracket + 1, comma - 1).map((t) => t.text).join(''))) ? bracket : comma;
  // ("Sen. Dale Whitford, R-Texas, who …, told": a party tag between commas)
  for (let k = comma - 1; k > 0 && comma - k <= 5; k--) if ((items[k] as Item).text === ',') return PARTY_TAG.test(items.slice(k + 1, comma).map((t) => t.text).join('')) ? k : comma;
  return comma;
}

/** "Mark Meadows, the president's chief of staff, told …": a definite appositive after a name. */
export function nameBeforeAppositive(items: readonly Item[], open: number, text: string, body = false): { mention: Mention; start: number } | null {
  // "Rep. Nadia Ferreira, D-Calif., the top Democrat on …,": step over the party tag
  for (let k = open - 1; k > 0 && open - k <= 6; k--) {
    if ((items[k] as Item).text !== ',') continue;
    if (PARTY_TAG.test(items.slice(k + 1, open).map((t) => t.text).join(''))) open = k;
    break;
  }
  // ("Carole Bower, 75, a retiree in Carthage, Ill., …": and over an age)
  if (/^\d{1,3}$/.test(items[open - 1]?.text ?? '') && items[open - 2]?.text === ',') open -= 2;
  // "Rep. Elijah Cummings (D-Md.), chair of …,": step over a bracketed tag
  if ((items[open - 1] as Item | undefined)?.text === ')') {
    const b = bracketOpen(items, open - 1);
    if (b > 0) open = b;
  }
  const np = npBackFrom(items, open);
  // (not the object of a participle opening the sentence: "Speaking to HT, a senior official …, said")
  if (!np || (/^\p{Lu}\p{Ll}+ing$/u.test(np.tokens[0]?.text ?? '') && OPENER_PREPOSITIONS.has(np.tokens[1]?.lower ?? ''))) return null;
  const m = analyseMention(np.tokens, text);
  // ("Tom and Ann Lee, the parents, say": two people named together)
  const people = m?.kind === 'joint' && m.members.every((x) => x.kind === 'name' && !x.institution);
  return m && ((m.kind === 'name' && (!m.institution || (body && !isPlace(m.name ?? '')))) || people) && startsClause(items, np.start) ? { mention: m, start: np.start } : null;
}

/**
 * "Officials in Kampala, Uganda, said", "the head teacher of St. Agnes Girls' School, Kyetume, said": a country or a
 * province after its town, or a town after a workplace's name, is where; the phrase before the comma at `open` speaks.
 */
function speakerBeforePlace(items: readonly Item[], open: number, m: Mention, text: string, depth: number): { mention: Mention; start: number } | null {
  if (m.kind !== 'name' || !isCapitalised(items[open - 1] as Item) || !(countryOf(m.name ?? '') !== null || isSubdivision(m.name ?? '') || ORG_WORDS.has(items[open - 1]?.text ?? ''))) return null;
  const deeper = parentheticalSubject(items, open, text, depth + 1);
  if (deeper) return deeper;
  const before = npBackFrom(items, open);
  if (!before) return null;
  const whole = startsClause(items, before.start) ? analyseMention(before.tokens, text) : null;
  return whole && whole.kind !== 'pronoun' ? { mention: whole, start: before.start } : postModifiedSubject(items, before.start, open, text);
}

/** "Karen Lindsay, emergency program co-ordinator, said": a role written without an article, in lower case. */
function isBareRole(seg: readonly Token[]): boolean {
  // (no verb in it: "whose hometown, Miami, is projected to be largely underwater …" is a clause)
  // ("Lorne Hildebrand, reeve of the RM of Willow Bend, said": or a noun for a person, as WordNet has them)
  const last = seg[seg.length - 1]?.lower ?? '';
  return seg.length <= 6 && seg.every((t) => t.word && /^[a-z]/.test(t.text) && !CUE_FORMS.has(t.lower) && !AUXILIARIES.has(t.lower) && !FINITE_VERBS.has(t.lower)) && (/(or|er|ist|ian|ant|ent|man|woman|person|chief|head)$/.test(last) || isPersonNoun(last));
}

/**
 * "A study by the Chennai Urban Flood Observatory, an independent research group, released in September, estimates …":
 * the phrase opening the sentence before an appositive's comma at `comma`, with its modifier ("by …"), which the
 * appositive describes; null if none.
 */
function describedBeforeAppositive(items: readonly Item[], comma: number, text: string): { mention: Mention; start: number } | null {
  // (read as the subject of a cue right after it: "A study by the Chennai Urban Flood Observatory estimates …")
  // (a phrase opened by its determiner: not "Outside the campaign, an increasing number of Democrats …")
  const host = items[comma - 1]?.word === true ? subjectBefore(items, comma, text) : null;
  return host && startsClause(items, host.start) && NOUN_DETERMINERS.has(items[host.start]?.lower ?? '') ? host : null;
}

/**
 * "A report published last month by Ocean Watch Africa, a research group, estimates …": a name read before an appositive
 * that is the agent ("by …") of the phrase opening the sentence gives way to that phrase, read as it would be with no
 * appositive (the comma before the cue at `comma`).
 */
function openingPhraseOf(items: readonly Item[], r: { mention: Mention; start: number } | null, comma: number, text: string): { mention: Mention; start: number } | null {
  if (!r || startsClause(items, r.start) || items[r.start - 1]?.lower !== 'by') return r;
  const open = items.findLastIndex((t, k) => k < comma && t.text === ',');
  return (open > 0 ? describedBeforeAppositive(items, open, text) : null) ?? r;
}
