// Stage 4a, speaker phrases before the cue: "Lavrov said", "Mark Meadows, the president's chief of staff, told",
// "a Moscow activist who asked not to be named told", "Rep. Jim Jordan (R-Ohio) said".
import { CUE_FORMS, FINDING_SOURCES, FINITE_VERBS, INSTITUTION_NOUNS, INTERVENING, PRONOUNS, ROLE_NOUNS, TAIL_STARTERS, TITLE_WORDS, WEEKDAYS } from './lexicon.ts';
import { APPOSITIVE_OPENERS, ASIDE_WORDS, ISSUING_PARTICIPLES, SUBORDINATORS, NAME_PREPOSITIONS, AUXILIARIES, RELATIVE_TIME, BE_HAVE_FORMS, DOCUMENT_PARTICIPLES, GO_FORMS, GROUP_PHRASE_ENDS, GROUP_PRONOUNS, GROUP_QUANTIFIERS, NEGATIVE_GROUPS, NOT_GROUP_BEFORE, NOUN_DETERMINERS, NUMBER_WORDS, OBJECT_MODIFIER_PREPOSITIONS, TEENS, TENS, VERB_PHRASE_OPENERS, PARTICIPIAL_OPENERS, POLLED_PARTICIPLES, PRONOUN_JOINERS, QUANTIFIERS, REFLEXIVES, RELATIVE_PRONOUNS, ROLE_PREPOSITIONS, SCENE_PREPOSITIONS, SHARE_APPROXIMATORS, SHARE_OPENERS, SHARE_PRECEDERS, TO_CUE_FRAMES } from './lexicon-clauses.ts';
import { FRACTIONS, ISSUER_HEADS, ISSUER_PREPOSITIONS as ROLE_PREPOSITIONS_OF_ISSUER, PARTNER_NOUNS, SHARE_HEADS } from './lexicon-nouns.ts';
import { analyseMention, isCapitalised, isNpToken, type Mention, skipInterveningBack, trimNp, writtenRole } from './mentions.ts';
import type { Token } from './segment.ts';
import { bareRole, npPrefix, roleOfPhrase } from './subjects.ts';
import { isModifierQuote, isQuote, isTitleQuote, type Item } from './units.ts';
import { isPlace, isSubdivision } from './places.ts';
import { countedGroup, joinedGroups, postModifiedSubject } from './speaker-modified.ts';
import { bracketOpen, npBackFrom, personHead, startsClause } from './speaker-phrase.ts';

/** The dash that opens the aside closed by the dash at `close` (no quotation, no other dash between), or -1. */
function asideDashOpen(items: readonly Item[], close: number): number {
  for (let k = close - 1; k > 0 && close - k <= 30; k--) {
    const t = items[k] as Item;
    if (isQuote(t)) return -1;
    if (/^[—–]$/.test(t.text)) return k;
  }
  return -1;
}

/** "D-N.Y.", "R-Ky.", "Lab", "(D-CA)": a party-and-state tag after a US politician's name. */
export const PARTY_TAG = /^\(?[DRI]-[A-Z][A-Za-z.]{0,6}\)?\.?$/;

/** The speaker phrase that ends right before the cue (skipping "also", "has", "on Friday" …). */
export function subjectBefore(items: readonly Item[], cue: number, text: string): { mention: Mention; start: number } | null {
  let at = cue;
  // "He went on to say", "Lavrov was quick to point out"
  if (items[at - 1]?.lower === 'to' && TO_CUE_FRAMES.has(items[at - 2]?.lower ?? '')) {
    at -= 2;
    if (GO_FORMS.has(items[at - 1]?.lower ?? '') || BE_HAVE_FORMS.has(items[at - 1]?.lower ?? '')) at--;
    if (BE_HAVE_FORMS.has(items[at - 1]?.lower ?? '')) at--;
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
  if (j > 0 && (items[j - 1] as Item).text === ',') return parentheticalSubject(items, j - 1, text);
  // "Trump, … star of the show “The Apprentice,” said": the appositive's comma inside a title's marks
  // ("Orr, who called it “a disgrace,” said": a relative clause's quotation)
  const titled = items[j - 1]?.quote;
  if (titled && (isTitleQuote(items, j - 1) || relativeAsideOpen(items, j - 1) >= 0) && /,$/.test(text.slice(titled.innerStart, titled.innerEnd))) return parentheticalSubject(items, j - 1, text);
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
  const aside = publishedSourceSubject(items, j, text) ?? participialAsideSubject(items, j, text, true);
  if (aside) return aside;
  const share = shareOfGroup(items, j, text) ?? pollRespondents(items, j, text) ?? partOfGroup(items, j, text);
  if (share) return share;
  const np = npBackFrom(items, j);
  // ("Farmers and ranchers say": two groups speak together)
  const m = np ? (joinedGroups(np.tokens, text) ?? analyseMention(np.tokens, text)) : null;
  if (!np || !m) return relativeClauseSubject(items, j, text) ?? reducedRelativeSubject(items, j, text) ?? participialAsideSubject(items, j, text, false);
  // pronouns must stand alone right before the cue
  if (m.kind === 'pronoun' && np.tokens.length !== 1) return null;
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
    const head = relativeClauseSubject(items, j, text) ?? participleModifierSubject(items, j, text) ?? postModifiedSubject(items, np.start, j, text) ?? participialAsideSubject(items, j, text, false);
    if (head && startsClause(items, head.start)) return head;
  }
  // "A former Republican candidate — John McCain, who lost in 2008 — said": the aside names the role's holder
  // (not "A spokeswoman for the senator — Dana Ruiz — said": the name may be the senator's)
  const ofSomeone = np.tokens.some((t) => ROLE_PREPOSITIONS.has(t.lower) || ROLE_PREPOSITIONS_OF_ISSUER.has(t.lower));
  const holder = dashOpen > 0 && m.kind === 'role' && !m.institution && !ofSomeone ? namedInAside(items, dashOpen, j0, text) : null;
  return { mention: holder ?? m, start: issuerPhraseStart(items, np.start) };
}

/**
 * In a phrase with a participle and its verb phrase ("Democrats trying to regain control of the Senate"), the head
 * before the participle speaks: a group or a role as written with its modifier, a person by name; null when the head
 * is no speaker; undefined when the phrase has no such participle before the name it gave.
 */
function participlePhrase(tokens: readonly Token[], m: Mention, text: string): Mention | null | undefined {
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

/**
 * "A statement from the EU said, …", "a spokesman for the Kremlin told …": the phrase of the issuer starts at the
 * determiner of its head noun; the issuer speaks.
 */
function issuerPhraseStart(items: readonly Item[], start: number): number {
  if (!ROLE_PREPOSITIONS_OF_ISSUER.has(items[start - 1]?.lower ?? '') || !ISSUER_HEADS.has(items[start - 2]?.lower ?? '')) return start;
  let k = start - 2;
  // "A brief statement from …": back over a few lower-case words to the determiner
  for (let n = 0; n < 3 && k > 0; n++) {
    const prev = items[k - 1];
    if (prev?.word && NOUN_DETERMINERS.has(prev.lower)) {
      k--;
      break;
    }
    if (!prev?.word || !/^[a-z]/.test(prev.text)) break;
    k--;
  }
  return k;
}

/** "A statement from the Dunmore campaign released at 1:30 a.m. said …": the speaker before a participle phrase. */
export function reducedRelativeSubject(items: readonly Item[], end: number, text: string): { mention: Mention; start: number } | null {
  for (let k = end - 1; k > 0 && end - k <= 10; k--) {
    const t = items[k] as Item;
    if (isQuote(t) || t.text === ',' || t.text === ';') return null;
    if (!DOCUMENT_PARTICIPLES.has(t.lower)) continue;
    const np = npBackFrom(items, k);
    const m = np ? analyseMention(np.tokens, text) : null;
    if (!np || !m || m.kind === 'pronoun') return null;
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
    return { mention: m, start };
  }
  return null;
}

/** "Activists clamoring to block Donald Trump from the nomination say": a plural role before a participle phrase. */
function participleModifierSubject(items: readonly Item[], end: number, text: string): { mention: Mention; start: number } | null {
  for (let k = end - 1; k > 0 && end - k <= 12; k--) {
    const t = items[k] as Item;
    if (isQuote(t) || !t.word) return null;
    if (!/^[a-z]+ing$/.test(t.text) || CUE_FORMS.has(t.text)) continue;
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
  if (named0 && ownerName?.kind === 'name' && !ownerName.institution && !isPlace(ownerName.name ?? '') && (startsClause(items, named0.start) || CUE_FORMS.has(items[named0.start - 1]?.lower ?? ''))) return ownerName;
  const role = personHead(phrase) ? analyseMention(phrase, text) : null;
  return role?.kind === 'role' && !role.institution ? role : null;
}

/** "a Moscow activist who asked not to be named told …": the speaker before a comma-less relative clause. */
export function relativeClauseSubject(items: readonly Item[], end: number, text: string): { mention: Mention; start: number } | null {
  for (let k = end - 1; k > 0 && end - k < 16; k--) {
    const t = items[k] as Item;
    if (isQuote(t) || t.text === ',' || t.text === ';') return null;
    if (t.lower !== 'who') continue;
    // "… remarks by Nikol Pashinyan, who told parliament that …": the name before the comma
    if ((items[k - 1] as Item | undefined)?.text === ',') {
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
    if (np && np.tokens.some((x, n) => n > 0 && (FINITE_VERBS.has(x.lower) || /^[a-z]+ed$/.test(x.text)) && (subjectEndsAt(np.tokens, /ly$/.test((np.tokens[n - 1] as Token).lower) && n > 1 ? n - 2 : n - 1) || verbAfterNoun(np.tokens, n)))) return null;
    const m = np ? analyseMention(np.tokens, text) : null;
    return np && m && m.kind !== 'pronoun' ? { mention: m, start: np.start } : null;
  }
  return null;
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
 * The cue follows a comma: "Yuri Kokov, also warned", "Lavrov, speaking at …, said",
 * "Schumer, a New York Democrat, said", "An official, who spoke on condition of anonymity, said".
 */
export function parentheticalSubject(items: readonly Item[], comma: number, text: string, depth = 0): { mention: Mention; start: number } | null {
  const open = asideOpen(items, comma);
  if (open === -2) return null;
  const segStart = open + 1;
  const seg = trimNp(items.slice(segStart, comma));
  const first = seg[0];
  if (!first) return null;
  // ("Jeffrey Salkin, a rabbi in Hollywood, Fla., said": the city ends an appositive, read as if the state were not there)
  // (only when an appositive's comma comes before the city: not "A priest in Boston, Mass., said")
  if (open > 0 && stateAfterCity(items, open, seg, text)) return phraseBeforeCity(items, open, text) ?? (depth < 3 && asideOpen(items, open) >= 0 ? namedBeforeCityAside(items, open, text, depth) : null);
  // "Biden, meanwhile, said" / "The Kremlin, for its part, said": an aside between the speaker and the cue
  // ("Several countries, including France, said …", "Breitbart News, for one, noted …": examples and "for one" too)
  const aside = (seg.length === 1 && (INTERVENING.has(first.lower) || /ly$/.test(first.lower) || ASIDE_WORDS.has(first.lower))) || (seg.length <= 6 && (first.lower === 'including' || (first.lower === 'such' && seg[1]?.lower === 'as'))) || /^(for one|for (his|her|its|their) part|in turn|in response|in a statement|in an interview|in a speech|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on twitter|in return|by contrast|in contrast|for example|for instance|of course|in particular|in fact|as expected|as usual|at the same time|in the meantime|on the other hand|for now|so far|at least|like others)$/i.test(seg.map((t) => t.text).join(' '));
  if (aside && open >= 0) {
    const np = npBackFrom(items, open);
    const m = np ? analyseMention(np.tokens, text) : null;
    return m && np && startsClause(items, np.start) ? { mention: m, start: np.start } : null;
  }
  // ("Authorities in North-Rhine Westphalia, the German state next to Belgium, announced": a place at the end of
  // a description is what it describes, not a speaker)
  const describes = describesSpeaker(seg) || describesPlace(seg, text);
  if (first.lower === 'the' && open >= 0) {
    // ("Sabarmati Infracon Ltd, the Ahmedabad-based company, said": a body described as one)
    // ("Tata Motors Ltd, the parent company of Jaguar Land Rover, said", "the company which won …": the head noun before a
    // preposition or a relative pronoun)
    const cut = seg.findIndex((t, k) => k > 1 && (NAME_PREPOSITIONS.has(t.lower) || RELATIVE_PRONOUNS.has(t.lower) || t.lower === 'that'));
    const named = nameBeforeAppositive(items, open, text, INSTITUTION_NOUNS.has((seg[cut > 0 ? cut - 1 : seg.length - 1] as Token).lower));
    if (named) return named;
  }
  if (!describes && open >= 0) {
    // "Nancy Northup, president of the Center for Reproductive Rights, said": a role after a name;
    // "Priya Raman, chief economist at Barclays, said": the role is the words before the preposition
    const roleWords = npPrefix(seg);
    const asRole = roleWords.every((t) => isNpToken(t)) ? analyseMention(roleWords, text) : null;
    // ("Doreen Matheson, emergency program co-ordinator for the Regional District of Similkeen, said": a bare role
    // before its preposition)
    const cut = seg.findIndex((t, k) => k > 0 && (ROLE_PREPOSITIONS.has(t.lower) || t.lower === 'for'));
    if ((asRole && asRole.kind === 'role') || isBareRole(seg) || (cut > 0 && isBareRole(seg.slice(0, cut)))) {
      const named = nameBeforeAppositive(items, open, text);
      if (named) return named;
    }
  }
  if (!describes) {
    // "Russian Foreign Minister Sergey Lavrov speaking at …, stated": the speaker before the participle
    const part = seg.findIndex((t) => PARTICIPIAL_OPENERS.has(t.lower));
    if (part > 0 && (open < 0 || startsClause(items, segStart))) {
      const m = analyseMention(trimNp(seg.slice(0, part)), text);
      if (m && (m.kind === 'name' || m.kind === 'joint')) return { mention: m, start: segStart };
    }
    // the segment itself is the speaker: ", Yuri Kokov," or "Russian Foreign Minister Sergey Lavrov,"
    if (seg.some((t) => isQuote(t as Item) || !isNpToken(t))) return null;
    const m = analyseMention(seg, text);
    if (!m || (m.kind !== 'name' && m.kind !== 'joint')) return null;
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
    return { mention: m, start: segStart };
  }
  if (open < 0) return null;
  const np = npBackFrom(items, beforePartyTag(items, open));
  // "Police in Kent, the county next to London, said": the speaker's head and its modifier before the appositive
  const modified = np && !startsClause(items, np.start) && describesPlace(seg, text) ? postModifiedSubject(items, np.start, beforePartyTag(items, open), text) : null;
  if (modified) return modified;
  const m = np ? analyseMention(np.tokens, text) : null;
  // two asides in a row: "Sen. Joe Manchin, D-W.Va., who has long opposed new spending, said"; "Sen.
  // Richard Alcott of Illinois, the top Democrat on the Judiciary Committee, who …, said" (the phrase
  // before the comma is itself inside an aside when it does not open a clause)
  if (!np || !m || (m.kind === 'pronoun' && np.tokens.length !== 1) || (!startsClause(items, np.start) && depth < 3)) {
    const deeper = depth < 3 ? parentheticalSubject(items, open, text, depth + 1) : null;
    if (deeper || !np || !m || m.kind === 'pronoun') return deeper;
  }
  // "Philippe Lazzarini, the commissioner-general of UNRWA, whose agency …, said": the name before the role
  if ((items[np.start - 1] as Item | undefined)?.text === ',' && (m.kind === 'role' || /^(the|a|an)\s/i.test(m.text))) {
    const named = nameBeforeAppositive(items, np.start - 1, text);
    if (named) return named;
  }
  // "Mykola Bielieskov, an analyst at the National Institute, said": the appositive's role is his
  const role = m.kind === 'name' && !m.institution && !m.role && /^(a|an)$/.test(first.lower) ? roleOfPhrase(seg, text) : null;
  if (role) return { mention: { ...m, role }, start: np.start };
  return { mention: m, start: np.start };
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
    if (t.text === ',') return k;
  }
  return -1;
}

/** "Activists in Dayton, Ohio, said": a state after its city (the aside `seg`, opened at `open`). */
function stateAfterCity(items: readonly Item[], open: number, seg: readonly Token[], text: string): boolean {
  return isCapitalised(items[open - 1] as Item) && isSubdivision(text.slice((seg[0] as Token).start, (seg[seg.length - 1] as Token).end));
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

/** An aside that describes its speaker rather than naming one: ", (R-Texas),", ", a nurse,", ", who …,", ", 72,". */
function describesSpeaker(seg: readonly Token[]): boolean {
  const first = seg[0] as Token;
  // ("Sen. Chuck Grassley, facing a spirited challenge in Iowa, said": any participle phrase describes)
  // (not "acting ICE Director Thomas Reuther": a capital after it makes it a title)
  // ("Biden, echoing Erdogan, called on …": before a name with no title word the participle describes too)
  const participle = seg.length >= 2 && /^[a-z]+ing$/.test(first.text) && (/^[a-z]/.test(seg[1]?.text ?? '') || !seg.some((t) => TITLE_WORDS.has(t.text)));
  return PARTY_TAG.test(seg.map((t) => t.text).join('')) || APPOSITIVE_OPENERS.has(first.lower) || participle || /^\d+$/.test(first.lower) || REFLEXIVES.has(first.lower);
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
  return bracket > 0 && PARTY_TAG.test(items.slice(bracket, comma).map((t) => t.text).join('')) ? bracket : comma;
}

/** "Mark Meadows, the president's chief of staff, told …": a definite appositive after a name. */
export function nameBeforeAppositive(items: readonly Item[], open: number, text: string, body = false): { mention: Mention; start: number } | null {
  // "Rep. Nadia Ferreira, D-Calif., the top Democrat on …,": step over the party tag
  for (let k = open - 1; k > 0 && open - k <= 6; k--) {
    if ((items[k] as Item).text !== ',') continue;
    if (PARTY_TAG.test(items.slice(k + 1, open).map((t) => t.text).join(''))) open = k;
    break;
  }
  // "Rep. Elijah Cummings (D-Md.), chair of …,": step over a bracketed tag
  if ((items[open - 1] as Item | undefined)?.text === ')') {
    const b = bracketOpen(items, open - 1);
    if (b > 0) open = b;
  }
  const np = npBackFrom(items, open);
  if (!np) return null;
  const m = analyseMention(np.tokens, text);
  return m && m.kind === 'name' && (!m.institution || (body && !isPlace(m.name ?? ''))) && startsClause(items, np.start) ? { mention: m, start: np.start } : null;
}

/** A number written out: "four", "forty", "twenty-four" ("Twenty-four percent said …"). */
function isNumberWord(w: string): boolean {
  const dash = w.indexOf('-');
  return NUMBER_WORDS.has(w) || TENS.has(w) || TEENS.has(w) || (dash > 0 && TENS.has(w.slice(0, dash)) && NUMBER_WORDS.has(w.slice(dash + 1)));
}

/**
 * "52 percent of registered voters say", "about half of voters say", "one in five say", "a majority of Republicans
 * support …": a share of a group, as a poll reports it, is the source — kept as written.
 */

export function shareOfGroup(items: readonly Item[], end: number, text: string): { mention: Mention; start: number } | null {
  for (let k = end - 1; k >= 0 && end - k <= 12; k--) {
    const t = items[k] as Item;
    if (!t.word && t.text !== '%') return null;
    // ("two in three voters", "nine out of 10 say": a share written as a ratio)
    const by = t.lower === 'of' && items[k - 1]?.lower === 'out' ? k - 1 : k;
    const ratio = (t.lower === 'in' || by < k) && (NUMBER_WORDS.has(items[by - 1]?.lower ?? '') || /^\d$/.test(items[by - 1]?.text ?? '')) && /^(\d+|two|three|four|five|six|seven|eight|nine|ten)$/.test(items[k + 1]?.lower ?? '');
    const head = SHARE_HEADS.has(t.lower) || FRACTIONS.has(t.lower) || ratio;
    if (!head) continue;
    let start = ratio ? by - 1 : k;
    if (/^\d/.test(items[start - 1]?.text ?? '') || isNumberWord(items[start - 1]?.lower ?? '')) start--;
    // ("more than 4 in 10", "fewer than half")
    if (items[start - 1]?.lower === 'than' && SHARE_APPROXIMATORS.has(items[start - 2]?.lower ?? '')) start -= 2;
    // ("a mere 9 percent", "just over a quarter", "nearly half")
    for (let n = 0; n < 3 && (SHARE_OPENERS.has(items[start - 1]?.lower ?? '') || SHARE_APPROXIMATORS.has(items[start - 1]?.lower ?? '')); n++) start--;
    // the group after "of" must not run into a clause ("of them who", "of voters that")
    // (nor hold a clause of its own: "jumped as much as 18% on Thursday after the packaging maker confirmed …")
    if (items.slice(start, end).some((x) => GROUP_PHRASE_ENDS.has(x.lower)) || items.slice(k + 1, end).some((x) => SUBORDINATORS.has(x.lower))) return null;
    if (start > 0 && !/^[,;:(—–]$/.test(items[start - 1]?.text ?? '') && !SHARE_PRECEDERS.has(items[start - 1]?.lower ?? '')) return null;
    const phrase = text.slice((items[start] as Item).start, (items[end - 1] as Item).end);
    const mention = writtenRole(phrase, (items[start] as Item).start, (items[end - 1] as Item).end, false, true);
    return { mention, start };
  }
  return null;
}

/** "most of them said", "many of those …", "…, many said": part of a group named before, kept as written. */
function partOfGroup(items: readonly Item[], end: number, text: string): { mention: Mention; start: number } | null {
  // ("…, many said Monday that …": a quantifier alone stands for the group)
  // (not "…, as many said it would": "as", "so", "how" make "many" no group that speaks)
  const alone = GROUP_QUANTIFIERS.has(items[end - 1]?.lower ?? '') && !NOT_GROUP_BEFORE.has(items[end - 2]?.lower ?? '');
  const start = alone ? end - 1 : end - 3;
  const q = items[start];
  if (!q || (!alone && (items[end - 2]?.lower !== 'of' || !GROUP_PRONOUNS.has(items[end - 1]?.lower ?? '') || !QUANTIFIERS.has(q.lower)))) return null;
  if (start > 0 && !startsClause(items, start)) return null;
  return { mention: writtenRole(text.slice(q.start, (items[end - 1] as Item).end), q.start, (items[end - 1] as Item).end, false, true), start };
}

/** "those surveyed said", "voters polled say": a poll's respondents, kept as written. */
function pollRespondents(items: readonly Item[], end: number, text: string): { mention: Mention; start: number } | null {
  const polled = items[end - 1];
  const group = items[end - 2];
  if (!polled || !group || !POLLED_PARTICIPLES.has(polled.lower) || !group.word || !(group.lower === 'those' || /[a-z]s$/.test(group.lower))) return null;
  if (end - 2 > 0 && !startsClause(items, end - 2)) return null;
  // ("those surveyed": a bare "those" would be cut from the name, so the group is named as people)
  const phrase = group.lower === 'those' ? `people ${polled.lower}` : text.slice(group.start, polled.end);
  return { mention: writtenRole(phrase, group.start, polled.end, false, true), start: end - 2 };
}

/** "Karen Lindsay, emergency program co-ordinator, said": a role written without an article, in lower case. */
function isBareRole(seg: readonly Token[]): boolean {
  // (no verb in it: "whose hometown, Miami, is projected to be largely underwater …" is a clause)
  return seg.length <= 6 && seg.every((t) => t.word && /^[a-z]/.test(t.text) && !CUE_FORMS.has(t.lower) && !AUXILIARIES.has(t.lower) && !FINITE_VERBS.has(t.lower)) && /(or|er|ist|ian|ant|ent|man|woman|person|chief|head)$/.test(seg[seg.length - 1]?.lower ?? '');
}

/**
 * "a study published Thursday in the journal Nature found", "a report released by the Brookings Institution
 * estimated": a finding's source and how it came out; the issuer after "by" speaks, else the source as written (an
 * indefinite "a study" is no earlier report).
 */
function publishedSourceSubject(items: readonly Item[], j: number, text: string): { mention: Mention; start: number } | null {
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
function participialAsideSubject(items: readonly Item[], j: number, text: string, speakingOnly: boolean): { mention: Mention; start: number } | null {
  for (let k = j - 2; k > 0 && j - k <= 9; k--) {
    const t = items[k] as Item;
    // (a cue form after a determiner or preposition is a noun: "responding to reports of gunfire")
    const noun = NOUN_DETERMINERS.has(items[k - 1]?.lower ?? '') || TAIL_STARTERS.has(items[k - 1]?.lower ?? '') || items[k - 1]?.lower === 'of';
    if (!t.word || isQuote(t) || (CUE_FORMS.has(t.lower) && !PARTICIPIAL_OPENERS.has(t.lower) && !noun)) return null;
    // ("a man standing by the flooded road at Pooley Bridge tells …": any participle with a place or object after it)
    // (right after a person's noun or name: not "a person familiar with the planning for …", "the most recent polling in …")
    const afterPerson = ROLE_NOUNS.has(items[k - 1]?.lower ?? '') || isCapitalised(items[k - 1] as Item);
    const participle = PARTICIPIAL_OPENERS.has(t.lower) || (!speakingOnly && /^[a-z]{3,}ing$/.test(t.text) && t.lower !== 'according' && afterPerson && (TAIL_STARTERS.has(items[k + 1]?.lower ?? '') || items[k + 1]?.lower === 'by' || NOUN_DETERMINERS.has(items[k + 1]?.lower ?? '')));
    if (!participle) continue;
    const np = npBackFrom(items, k);
    const m = np ? analyseMention(np.tokens, text) : null;
    return np && m && (m.kind === 'name' || m.kind === 'role') && startsClause(items, np.start) ? { mention: m, start: np.start } : null;
  }
  return null;
}
