// Frames tried once for a unit in which no cue frame found anything: a colon after the speaker's clause, "in his
// words", "as Mendez put it", a quotation signed with a dash.
import { contentEnd, isFrameTail } from './content.ts';
import { isVerbLike } from './content-clauses.ts';
import { cueAt } from './cues.ts';
import type { Found, Scan, Verdict } from './frames.ts';
import { CUE_FORMS, FINAL_POSITION_CUES, FINDING_SOURCES, PRONOUNS, QUESTION_CUES } from './lexicon.ts';
import { ADDRESSEE_PREPOSITIONS, BRANDING_FORMS, FINDING_PARTS, ISSUED_DETERMINERS, NAMING_FORMS, ISSUING_VERBS, NEW_CLAUSE_CONJUNCTIONS, RELATIVE_PRONOUNS, NOUN_DETERMINERS, PRONOUN_FORMS, PUT_IT_VERBS, LEADING_CONJUNCTIONS } from './lexicon-clauses.ts';
import { analyseMention, isCapitalised, isNpToken, isPossessive, type Mention, skipInterveningBack, trimNp, withoutPossessive, writtenRole } from './mentions.ts';
import type { Quote, Token } from './segment.ts';
import { objectPronounAt } from './speaker-quoted.ts';
import { subjectBefore } from './speaker-before.ts';
import { bracketOpen, npBackFrom, startsClause } from './speaker-phrase.ts';
import { isCommonWord } from './names.ts';
import { DOCUMENT_NOUNS, POSSESSIVE_PRONOUNS, QUESTION_NOUNS, REMARK_NOUNS, RESPONSE_NOUNS, VIEW_NOUNS } from './lexicon-nouns.ts';
import { turnLabel } from './transcript.ts';
import { appositiveRole } from './appositive-roles.ts';
import { subjectIndex } from './subjects.ts';
import { isQuote, kindOf, MAX_NP, partsOf, type Item, type Unit, wordsIn } from './units.ts';

/** A unit-level finder as a frame: the statement it finds, if any, is the unit's. */
export function unitFrame(find: (items: readonly Item[], text: string, unit: Unit) => Found | null): (s: Scan) => Verdict {
  return (s) => {
    const f = find(s.items, s.text, s.unit);
    return f ? s.add(f, s.consumedUntil) : null;
  };
}

/**
 * "Claim: “Gas prices have doubled.” — Doug Carver", "“…” — Mike Lee (@SenMikeLee)": a quotation signed
 * with a dash and a name at the end of its sentence.
 */
export function dashAttribution(items: readonly Item[], text: string, unit: Unit): Found | null {
  const dash = items.findIndex((t, k) => k > 0 && /^[—–―]$/.test(t.text) && (isQuote(items[k - 1]) || (items[k - 1] as Item).text === '.' && isQuote(items[k - 2])));
  if (dash < 0) return null;
  let e = dash + 1;
  while (e < items.length && e - dash <= 6 && (items[e] as Item).word && isCapitalised(items[e] as Token)) e++;
  if (e === dash + 1) return null;
  // nothing after the name but a handle, a date or a full stop
  if (items.slice(e).some((t) => isQuote(t)) || items.length - e > 12) return null;
  const m = analyseMention(items.slice(dash + 1, e), text);
  if (!m || m.kind !== 'name') return null;
  // "Claim: …": a label before the words is not part of them
  let s = 0;
  const colon = items.findIndex((t, k) => k < 4 && t.text === ':');
  if (colon >= 0 && colon < dash - 1) s = colon + 1;
  const end = isQuote(items[dash - 1]) ? dash : dash - 1;
  if (wordsIn(items, s, end) < 3) return null;
  return { kind: kindOf(items, s, end), mention: m, cue: '—', parts: partsOf(items, s, end), frameText: '', unit };
}

/** "In his words, “…”" / "As she put it, …": the quotation belongs to the pronoun's antecedent. */
export function inTheirWords(items: readonly Item[], text: string, unit: Unit): Found | null {
  // (the pattern's first word, read before joining any: items have no spaces in them)
  const first = items[0]?.lower;
  if (first !== 'in' && first !== 'as') return null;
  const w = items.slice(0, 5).map((t) => t.lower).join(' ');
  const m = /^(in (his|her|their) (own )?words|as (he|she|they) put it) ,/.exec(w);
  if (!m) return null;
  const pronounAt = items.findIndex((t) => PRONOUN_FORMS.has(t.lower));
  const p = objectPronounAt(items, pronounAt, text) ?? (items[pronounAt] ? { mention: analyseMention([items[pronounAt] as Item], text), end: pronounAt + 1 } : null);
  if (!p?.mention) return null;
  const start = items.findIndex((t) => t.text === ',') + 1;
  const ce = contentEnd(items, start);
  if (wordsIn(items, start, ce) < 3) return null;
  return { kind: kindOf(items, start, ce), mention: p.mention, cue: m[1] ?? '', parts: partsOf(items, start, ce), frameText: '', unit };
}

/** "In Kalb's words, …" / "As Mendez put it, …": the same with a name. */
export function namedWords(items: readonly Item[], text: string, unit: Unit): Found | null {
  const comma = items.findIndex((t, k) => k < 18 && t.text === ',');
  if (comma < 3) return null;
  const head = items.slice(0, comma);
  let np: Item[] = [];
  let cue = '';
  if (head[0]?.lower === 'in' && /^words$/.test(head[head.length - 1]?.lower ?? '')) {
    // "In Kalb's words", "In the governor's own words"
    np = head.slice(1, head[head.length - 2]?.lower === 'own' ? -2 : -1);
    const last = np[np.length - 1];
    if (!last || !isPossessive(last)) return null;
    np = [...np.slice(0, -1), withoutPossessive(last)];
    cue = 'in … words';
  } else if (head[0]?.lower === 'as' && head.findIndex((t, k) => t.lower === 'it' && PUT_IT_VERBS.has(head[k - 1]?.lower ?? '')) > 2) {
    // "As Dana Kroll put it to the crowd in Toledo, …"
    np = head.slice(1, head.findIndex((t, k) => t.lower === 'it' && PUT_IT_VERBS.has(head[k - 1]?.lower ?? '')) - 1);
    cue = 'as … put it';
  } else return null;
  const m = np.length > 0 && np.every((t) => isNpToken(t)) ? analyseMention(trimNp(np), text) : null;
  if (!m || m.kind === 'pronoun') return null;
  const start = comma + 1;
  const ce = contentEnd(items, start);
  if (wordsIn(items, start, ce) < 3) return null;
  return { kind: kindOf(items, start, ce), mention: m, cue, parts: partsOf(items, start, ce), frameText: '', unit };
}

/**
 * "the race is “a dead heat right now,” as Cruz said on Monday", "“…,” as he put it": the quotation just before "as"
 * and a source with its cue is that source's.
 */
export function quoteAsSource(items: readonly Item[], text: string, unit: Unit): Found | null {
  for (let k = 0; k < items.length - 3; k++) {
    const q = (items[k] as Item).quote;
    if (!q || q.single) continue;
    const as = items[k + 1]?.text === ',' ? k + 2 : k + 1;
    // (not "named “Madam Secretary” as her favourite TV show": a name or pronoun follows "as", or "the")
    const by = items[as + 1];
    if (items[as]?.lower !== 'as' || wordsIn(items, k, k + 1) < 3 || !by || !(isCapitalised(by as Token) || PRONOUNS.has(by.lower) || by.lower === 'the')) continue;
    let end = as + 1;
    while (end < items.length && end - as <= 14 && (items[end] as Item).word && !isQuote(items[end])) end++;
    if (end - as > 14 || (end < items.length && !/^[,.;]$/.test((items[end] as Item).text))) continue;
    // (not "which Tom Hughes called “a disgrace,” as Jane Ruiz said", "branded the bill “…,” as the minister
    // conceded": a cue before the quotation in its clause already says whose words they are)
    if (cueBeforeInClause(items, k)) continue;
    const source = putItSource(items, as + 1, end, text) ?? asSourcePhrase(items, as + 1, end, text);
    if (source) return quotedAs(source, q, items, as, end, text, unit);
  }
  return asSourceBeforeQuote(items, text, unit);
}

/** "Too busy, as one message board poster put it, “auditioning for the draft …”": the aside before the quotation. */
function asSourceBeforeQuote(items: readonly Item[], text: string, unit: Unit): Found | null {
  for (let as = 1; as < items.length - 3; as++) {
    if (items[as]?.lower !== 'as' || items[as - 1]?.text !== ',') continue;
    let end = as + 1;
    while (end < items.length && end - as <= 12 && (items[end] as Item).word) end++;
    const q = items[end + 1]?.quote;
    // (not "Tom Hughes told the inquiry, as his lawyer put it afterwards, “…”": the clause before has its own cue)
    if (items[end]?.text !== ',' || !q || q.single || cueBeforeInClause(items, as - 1)) continue;
    const source = putItSource(items, as + 1, end, text);
    if (source) return quotedAs(source, q, items, as, end, text, unit);
  }
  return null;
}

/** The quotation `q` given to the source of the "as …" clause from `as` to `end`. */
function quotedAs(source: { mention: Mention; cue: string }, q: Quote, items: readonly Item[], as: number, end: number, text: string, unit: Unit): Found {
  return { kind: 'direct', mention: source.mention, cue: `as ${source.cue}`, parts: [{ start: q.innerStart, end: q.innerEnd, quote: q }], frameText: text.slice((items[as] as Item).start, (items[end - 1] as Item).end), unit };
}

/** Whether a cue or naming verb stands in the clause before the quotation at `k` (back to a stop or semicolon). */
function cueBeforeInClause(items: readonly Item[], k: number): boolean {
  for (let b = k - 1; b >= 0 && k - b <= 12; b--) {
    const t = items[b] as Item;
    if (t.text === '.' || t.text === ';' || isQuote(t)) return false;
    if (t.word && (NAMING_FORMS.has(t.lower) || BRANDING_FORMS.has(t.lower) || (CUE_FORMS.has(t.lower) && cueAt(items, b) !== null))) return true;
  }
  return false;
}

/** "he put it", "Kroll put it to the crowd": a name or pronoun, then "put it". */
function putItSource(items: readonly Item[], from: number, end: number, text: string): { mention: Mention; cue: string } | null {
  const it = items.findIndex((t, k) => k > from && k < end && t.lower === 'it' && PUT_IT_VERBS.has(items[k - 1]?.lower ?? ''));
  if (it < 0) return null;
  const np = items.slice(from, it - 1);
  const m = np.length > 0 && np.every((t) => isNpToken(t)) ? analyseMention(trimNp(np), text) : null;
  return m ? { mention: m, cue: `${(items[it - 1] as Item).lower} it` } : null;
}

/** "Lavrov was blunt: “We will respond.”" — a quotation introduced by a colon after its speaker's clause. */
export function colonQuote(items: readonly Item[], text: string, unit: Unit): Found | null {
  // ("In a Fox interview later that day, Trump went even further: “…”": the subject after an opener)
  const s = items.some((t) => t.text === ',') ? subjectIndex(items) : 0;
  const qi = items.findIndex((t, k) => t.quote !== undefined && !t.quote.single && k > s + 1 && k < s + 18 && (items[k - 1] as Item).text === ':');
  if (qi < 0) return null;
  let e = s;
  while (e < qi && e - s < MAX_NP && (items[e] as Item).word && (isCapitalised(items[e] as Token) || PRONOUNS.has((items[e] as Token).lower))) e++;
  // ("Warned by doctors, the minister resigned: “…”", "Told of the verdict, …": one ordinary word is no name)
  // ("Obama's first five questioners ranged from skeptical to hostile: “…”": a possessive owns the subject; it is not it,
  // unless what it owns is their words or a document of theirs, "Hoff's letter makes a libertarian-style case: “…”",
  // "Clinton's response was: “…”")
  const ownWords = DOCUMENT_NOUNS.has(items[e]?.lower ?? '') || REMARK_NOUNS.has(items[e]?.lower ?? '') || RESPONSE_NOUNS.has(items[e]?.lower ?? '');
  const owned = e > s && isPossessive(items[e - 1] as Item) && !ownWords;
  if (e === s || e >= qi - 1 || (e === s + 1 && isCommonWord((items[s] as Item).lower) && !PRONOUNS.has((items[s] as Item).lower)) || owned) return null;
  const m = analyseMention(items.slice(s, e), text);
  if (!m || (m.kind !== 'name' && m.kind !== 'pronoun') || m.institution) return null;
  const q = (items[qi] as Item).quote as Quote;
  const cue = text.slice((items[e] as Item).start, (items[qi - 2] as Item).end).trim();
  // (a longer phrase only as a verb's phrase with no stops inside: "put a question to council staff before the vote:")
  const words = cue.split(/\s+/).length;
  // (and a word of speech in it, a cue, a question, a remark or a message: not "walked past the shop with its faded sign
  // in the window:")
  const spoken = items.slice(e, qi - 1).some((t) => CUE_FORMS.has(t.lower) || QUESTION_NOUNS.has(t.lower) || REMARK_NOUNS.has(t.lower) || RESPONSE_NOUNS.has(t.lower));
  if (!cue || words > 12 || ((words > 8 || qi >= s + 14) && (!spoken || !/^\p{Ll}/u.test(cue) || /[,;:—–-]|\s\p{Lu}/u.test(cue)))) return null;
  return { kind: 'direct', mention: m, cue, parts: [{ start: q.innerStart, end: q.innerEnd, quote: q }], frameText: cue, unit };
}

/**
 * "… does not surprise Republican pollster Daron Shaw: “History shows …”", "Donald Trump: “Appreciate the congrats.”":
 * a named person right before a colon and the quotation after it. The name must open its clause or carry a title or
 * role ("turned to Lavrov: “…”" is an addressee, not a speaker).
 */
export function nameColonQuote(items: readonly Item[], text: string, unit: Unit): Found | null {
  const qi = items.findIndex((t, k) => t.quote !== undefined && !t.quote.single && k > 1 && (items[k - 1] as Item).text === ':');
  if (qi < 0 || items.slice(qi + 1).some((t) => t.word)) return null;
  const np = npBackFrom(items, qi - 1);
  if (!np) return null;
  // inside a clause the phrase starts at its first capital ("surprise Republican pollster Daron Shaw"), and must hold a title
  // ("put to Secretary of State Mike Pompeo: “…”": after a preposition, the name is addressed, not speaking)
  const lead = np.tokens.slice(0, Math.max(0, np.tokens.findIndex((t) => isCapitalised(t))));
  if (ADDRESSEE_PREPOSITIONS.has(items[np.start - 1]?.lower ?? '') || lead.some((t) => ADDRESSEE_PREPOSITIONS.has(t.lower))) return null;
  const opens = startsClause(items, np.start);
  const tokens = opens ? np.tokens : np.tokens.slice(Math.max(0, np.tokens.findIndex((t) => isCapitalised(t))));
  const m = analyseMention(tokens, text);
  if (!m || m.kind !== 'name' || m.institution || !m.name?.includes(' ') || (!opens && !m.role)) return null;
  const q = (items[qi] as Item).quote as Quote;
  return { kind: 'direct', mention: m, cue: ':', parts: [{ start: q.innerStart, end: q.innerEnd, quote: q }], frameText: ':', unit };
}

/**
 * "As The Washington Post reported, even if Sanders …", "As reported by Western Journalism, investigators found …":
 * a sentence that opens by naming the source its clause comes from.
 */
export function asSourceReported(items: readonly Item[], text: string, unit: Unit): Found | null {
  // (or after a conjunction mid-sentence: "…, and as Comey noted, people involved in the case could …")
  const mid = items.findIndex((t, k) => k > 1 && t.lower === 'as' && NEW_CLAUSE_CONJUNCTIONS.has(items[k - 1]?.lower ?? '') && items[k - 2]?.text === ',');
  const a = items[0]?.lower === 'as' ? 0 : NEW_CLAUSE_CONJUNCTIONS.has(items[0]?.lower ?? '') && items[1]?.lower === 'as' ? 1 : mid;
  if (a < 0 || items[a]?.lower !== 'as') return null;
  const comma = items.findIndex((t, k) => k > a + 2 && k <= a + 14 && t.text === ',');
  if (comma < 0 || items.slice(a, comma).some((t) => isQuote(t))) return null;
  const source = asSourcePhrase(items, a + 1, comma, text);
  if (!source) return null;
  const ce = contentEnd(items, comma + 1);
  if (wordsIn(items, comma + 1, ce) < 4) return null;
  return { kind: kindOf(items, comma + 1, ce), mention: source.mention, cue: `as ${source.cue}`, parts: partsOf(items, comma + 1, ce), frameText: text.slice((items[a] as Item).start, (items[comma] as Item).start), unit };
}

/** "reported by Western Journalism" or "The Washington Post reported" between "as" and the comma at `end`. */
function asSourcePhrase(items: readonly Item[], from: number, end: number, text: string): { mention: Mention; cue: string } | null {
  const passive = cueAt(items, from);
  if (passive && items[from + 1]?.lower === 'by') {
    const m = analyseMention(trimNp(items.slice(from + 2, end)), text);
    return m && m.kind !== 'pronoun' ? { mention: m, cue: (items[from] as Item).text } : null;
  }
  for (let k = from + 1; k < end; k++) {
    const cue = cueAt(items, k);
    if (!cue) continue;
    if (!isFrameTail(items, cue.next, end)) return null;
    // ("As BuzzFeed News first reported, …": an adverb before the cue is no part of the source)
    let e = skipInterveningBack(items, k);
    // ("As House Speaker Paul Ryan (R-Wis.) has pointed out, …": the party tag after the name is no part of it)
    const open = items[e - 1]?.text === ')' ? bracketOpen(items, e - 1) : -1;
    if (open > from) e = open;
    const m = analyseMention(trimNp(items.slice(from, Math.max(from + 1, e))), text);
    return m ? { mention: m, cue: cue.cue } : null;
  }
  return null;
}

/**
 * "Lynch: No outside influence on FBI probe", "Poll: Trump a big turnoff for Florida Latino voters": a headline
 * that gives its claim to a name (or a poll) before a colon. Only the document's first paragraph, the headline.
 */
export function headlineColon(items: readonly Item[], text: string, unit: Unit): Found | null {
  if (unit.paragraph !== 0) return null;
  const colon = items.findIndex((t, k) => k > 0 && k <= 4 && t.text === ':');
  if (colon < 0 || wordsIn(items, colon + 1, items.length) < 3) return null;
  const label = items.slice(0, colon);
  if (!label.every((t) => t.word && isCapitalised(t as Token))) return null;
  const poll = label.length === 1 && FINDING_SOURCES.has((label[0] as Item).lower);
  // "The Latest:", "The Big Picture:": a column's heading, ordinary words after "The"
  if (label[0]?.lower === 'the' && label.slice(1).every((t) => isCommonWord(t.lower))) return null;
  // page furniture ("Claim:", "UPDATE:", "Watch:") and headings are not sources
  if (!poll && !turnLabel(text.slice(unit.start, unit.end), unit.start, true)) return null;
  const m = analyseMention(label, text);
  if (!m || (!poll && (m.kind !== 'name' || m.institution))) return null;
  return { kind: kindOf(items, colon + 1, items.length), mention: m, cue: 'headline', parts: partsOf(items, colon + 1, items.length), frameText: '', unit };
}

/** "In the new Morning Consult poll, 40 percent of likely voters back Sanders": what a poll or survey finds. */
export function inAPoll(items: readonly Item[], text: string, unit: Unit): Found | null {
  const first = items[0]?.lower === 'but' || items[0]?.lower === 'and' ? 1 : 0;
  if (items[first]?.lower !== 'in') return null;
  const comma = items.findIndex((t, k) => k > first + 1 && k <= first + 16 && t.text === ',');
  if (comma < 0) return null;
  // the poll's own noun ends the phrase before its details ("the new poll, conducted March 11-13,")
  const head = items.slice(first + 1, comma).findIndex((t) => FINDING_SOURCES.has(t.lower));
  if (head < 0 || !NOUN_DETERMINERS.has(items[first + 1]?.lower ?? '')) return null;
  // (the finding heads the phrase: not "In the wake of the Times report, …", "In light of the report, …"; "the latest
  // round of polling" is one)
  if (items.slice(first + 1, first + 1 + head).some((t, n) => t.lower === 'of' && !FINDING_SOURCES.has(items[first + n]?.lower ?? '') && !FINDING_PARTS.has(items[first + n]?.lower ?? ''))) return null;
  let start = comma + 1;
  // "conducted March 11-13," after the noun: the details belong to the source
  if (items[start]?.word && /ed$/.test(items[start]?.lower ?? '')) {
    const next = items.findIndex((t, k) => k > start && k <= start + 10 && t.text === ',');
    if (next < 0) return null;
    start = next + 1;
  }
  const end = contentEnd(items, start);
  // (not a clause attributed on its own: "In a paper presented last year, a team led by … reported that …")
  if (wordsIn(items, start, end) < 4 || items.slice(start, end).some((t, n) => CUE_FORMS.has(t.text) && items[start + n + 1]?.lower === 'that' && items[start + n - 1]?.lower !== 'to')) return null;
  const np = items.slice(first + 1, first + 2 + head);
  const written = text.slice((np[0] as Item).start, (np[np.length - 1] as Item).end);
  const mention = writtenRole(written, (np[0] as Item).start, (np[np.length - 1] as Item).end, true, false);
  return { kind: kindOf(items, start, end), mention, cue: 'in', parts: partsOf(items, start, end), frameText: '', unit, act: 'found' };
}

/**
 * "Said Comey, “The thought that …”", "Added Ms. Ruiz: “…”": the cue opens the sentence, the speaker follows it up
 * to a comma or a colon, and the quotation after it runs to the sentence's end.
 */
export function cueFirst(items: readonly Item[], text: string, unit: Unit): Found | null {
  // ("But, said Solovey, “…”": past a conjunction and its comma)
  const o = LEADING_CONJUNCTIONS.has(items[0]?.lower ?? '') && items[1]?.text === ',' ? 2 : 0;
  const first = items[o];
  // (the look-up before the Unicode regex: most units open with no cue)
  const lemma = first ? CUE_FORMS.get(first.lower) : undefined;
  if (!first || !lemma || !FINAL_POSITION_CUES.has(lemma) || QUESTION_CUES.has(lemma) || !(o > 0 ? /^\p{Ll}+$/u : /^\p{Lu}\p{Ll}+$/u).test(first.text)) return null;
  // the quotation follows a comma or a colon, the speaker's phrase ends at the first of them ("Added Ms. Ruiz, a
  // lawyer for the family: “…”": the appositive between is the speaker's)
  const qi = items.findIndex((t) => isQuote(t));
  const q = items[qi]?.quote;
  if (qi < o + 3 || qi > o + 24 || !q || q.single || !/^[,:]$/.test((items[qi - 1] as Item).text) || items.slice(qi + 1).some((t) => t.word)) return null;
  const stop = items.findIndex((t, k) => k > o + 1 && k < qi && (t.text === ',' || t.text === ':'));
  // the speaker's phrase follows the cue at once ("Warned by doctors, the minister resigned: “…”" has none), and
  // only an appositive, no clause, lies between it and the quotation
  const next = items[o + 1] as Item;
  if (stop < 0 || stop > o + MAX_NP + 1 || !(isCapitalised(next) || NOUN_DETERMINERS.has(next.lower) || next.lower === 'one' || next.lower === 'another')) return null;
  // ("Said one resident, who asked not to be named: “…”": a relative clause about the speaker is an appositive too)
  const relative = RELATIVE_PRONOUNS.has(items[stop + 1]?.lower ?? '');
  if (!relative && items.slice(stop + 1, qi - 1).some(isVerbLike)) return null;
  const m = analyseMention(trimNp(items.slice(o + 1, stop)), text);
  if (!m || (m.kind !== 'name' && m.kind !== 'role' && m.kind !== 'joint')) return null;
  return { kind: 'direct', mention: m, cue: first.text, parts: [{ start: q.innerStart, end: q.innerEnd, quote: q }], frameText: text.slice(first.start, (items[qi - 1] as Item).end), unit };
}

/** The first double quotation after a comma or colon, four items in or more; -1 when there is none (a plain loop: every unit asks). */
function issuedQuoteAt(items: readonly Item[]): number {
  for (let k = 4; k < items.length; k++) {
    const q = (items[k] as Item).quote;
    if (q === undefined || q.single) continue;
    const before = (items[k - 1] as Item).text;
    if (before === ',' || before === ':') return k;
  }
  return -1;
}

/**
 * "Trump issued a statement, “Last night, our nation was attacked …”": a document put out by the subject, then a
 * comma or colon and the quotation, which is the document's words and so its issuer's.
 */
export function issuedDocument(items: readonly Item[], text: string, unit: Unit): Found | null {
  const qi = issuedQuoteAt(items);
  if (qi < 0 || !DOCUMENT_NOUNS.has((items[qi - 2] as Item).lower) || !ISSUED_DETERMINERS.has((items[qi - 3] as Item).lower) || !ISSUING_VERBS.has((items[qi - 4] as Item).lower)) return null;
  // the quotation ends the sentence and ends as a sentence does (not a title: "released a report, “The Cost of Silence,” on Monday")
  const q0 = (items[qi] as Item).quote as Quote;
  if (items.slice(qi + 1).some((x) => x.word || isQuote(x)) || !/[.!?]\P{L}*$/u.test(text.slice(q0.innerStart, q0.innerEnd))) return null;
  const subj = subjectBefore(items, qi - 4, text);
  if (!subj || !startsClause(items, subj.start)) return null;
  const q = (items[qi] as Item).quote as Quote;
  const cue = text.slice((items[qi - 4] as Item).start, (items[qi - 2] as Item).end);
  return { kind: 'direct', mention: subj.mention, cue, parts: [{ start: q.innerStart, end: q.innerEnd, quote: q }], frameText: cue, unit };
}

/** "In her view, the accelerator pours money into …", "In Raman's opinion, …": what the owner of the view thinks. */
export function inTheirView(items: readonly Item[], text: string, unit: Unit): Found | null {
  const first = items[0]?.lower === 'but' || items[0]?.lower === 'and' ? 1 : 0;
  if (items[first]?.lower !== 'in') return null;
  const of = viewOf(items, first, text);
  if (of) {
    const end = contentEnd(items, of.start);
    return wordsIn(items, of.start, end) < 4 ? null : { kind: kindOf(items, of.start, end), mention: of.mention, cue: `in the ${(items[first + 2] as Item).lower} of`, parts: partsOf(items, of.start, end), frameText: '', unit, act: 'thinks' };
  }
  const v = items.findIndex((t, k) => k > first + 1 && k <= first + 5 && VIEW_NOUNS.has(t.lower));
  if (v < 0 || items[v + 1]?.text !== ',') return null;
  const owner = items.slice(first + 1, v);
  const last = owner[owner.length - 1] as Item;
  let mention: Mention | null = null;
  if (owner.length === 1 && POSSESSIVE_PRONOUNS.has(last.lower)) mention = objectPronounAt(items, first + 1, text)?.mention ?? null;
  else if (isPossessive(last) && owner.every((t) => isCapitalised(t))) mention = analyseMention(trimNp([...owner.slice(0, -1), withoutPossessive(last)]), text);
  if (!mention || (mention.kind !== 'name' && mention.kind !== 'pronoun') || mention.institution) return null;
  const start = v + 2;
  const end = contentEnd(items, start);
  if (wordsIn(items, start, end) < 4) return null;
  return { kind: kindOf(items, start, end), mention, cue: `in ${text.slice(last.start, (items[v] as Item).end)}`, parts: partsOf(items, start, end), frameText: '', unit, act: 'thinks' };
}

/**
 * "In the view of Themba Nkosi, a mining analyst at Carrow Securities, the warnings are …": a person after "of" (past
 * an appositive with a role), and where what they think begins; null if the unit opens no such view.
 */
function viewOf(items: readonly Item[], first: number, text: string): { mention: Mention; start: number } | null {
  if (items[first + 1]?.lower !== 'the' || !VIEW_NOUNS.has(items[first + 2]?.lower ?? '') || items[first + 3]?.lower !== 'of') return null;
  const comma = items.findIndex((t, k) => k > first + 4 && k <= first + 12 && t.text === ',');
  const m = comma > 0 ? analyseMention(trimNp(items.slice(first + 4, comma) as Token[]), text) : null;
  if (!m || m.institution || !(m.kind === 'name' || (m.kind === 'role' && !m.plural))) return null;
  const close = appositiveRole(items, comma, text) ? items.findIndex((t, k) => k > comma + 1 && k <= comma + 14 && t.text === ',') : -1;
  return { mention: m, start: close > 0 ? close + 1 : comma + 1 };
}
