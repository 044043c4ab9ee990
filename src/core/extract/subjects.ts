// Discourse, antecedents: the people and roles a unit opens with or names, remembered for later pronouns and role
// nouns ("Lavrov met …", "Richard Castellano, a former senator …").
import type { DocumentContext } from './coreference.ts';
import { DocumentNames } from './document-names.ts';
import { titleCase } from './frames-headline.ts';
import { isGivenName } from './given-names.ts';
import { isPlace } from './places.ts';
import { everydayInflected, isCommonWord, isOpeningCue, opensNoHeadlineName } from './names.ts';
import { CUE_FORMS, FINDING_SOURCES, FINITE_VERBS, INSTITUTION_NOUNS, NAME_PARTICLES, NP_BREAKERS, ORG_WORDS, PLACE_NOUNS_AFTER, PRONOUNS, ROLE_NOUNS, TITLE_WORDS, WEEKDAYS } from './lexicon.ts';
import { ABOUT_OPENERS, RELATIVE_WORDS, AFTER_ASKED, INDEFINITE_ARTICLES, QUESTION_AUXILIARIES, AUXILIARIES, DEATH_WORDS, KILLED_WORDS, NOUN_DETERMINERS, PASSIVE_BE, ARTICLES_AND_DEMONSTRATIVES, CONDITIONAL_OPENERS, LONG_OPENERS, NOT_A_VERB, PART_WORDS, SHORT_OPENERS, SUBORDINATORS } from './lexicon-clauses.ts';
import { isVerbLike } from './content-clauses.ts';
import { DOCUMENT_NOUNS, JOURNALISTS, PERSON_TITLE_WORDS, POSSESSIVE_PRONOUNS, RELATION_NOUNS, ROLE_MODIFIERS, TITLE_NOUNS } from './lexicon-nouns.ts';
import { analyseMention, bodyAfterAnd, isCapitalised, isNationality, isPossessive, type Mention, trimNp } from './mentions.ts';
import { tokenize, type Token } from './segment.ts';
import { isQuote, MAX_NP, quotedComma, type Item, type Unit } from './units.ts';
import { nameBetweenCommas, personHead } from './speaker-phrase.ts';
import { noteGroupSubject } from './group-subjects.ts';
import { notePseudonymSubject } from './pseudonyms.ts';
import { ROLE_PREPOSITIONS } from './lexicon-speakers.ts';
import { noteGenerationSubject, noteRelativeByName, noteRoleOpenings } from './role-subjects.ts';
import { titleWordAt } from './mention-words.ts';
import { appositiveRole, personRoleWord } from './appositive-roles.ts';
import { bodyRoleThenName, invertedSubject, oneOfThings, ownerOfRelation, roleWordThenName } from './subject-openings.ts';

/** Remembers the people a line names with a given name and a surname ("Marcus Hale"), not as subjects. */
export function noteNames(line: string, ctx: DocumentContext): void {
  const tokens = tokenize(line, 0);
  noteGivenNames(tokens, line, titleCase(tokens as readonly Item[]), ctx);
}

/**
 * The people `tokens` name from a given name on. In a title-case headline every word is capitalised, so the name
 * ends at the first everyday word after its surname ("Hillary Clinton Says EgyptAir …" names "Hillary Clinton").
 */
function noteGivenNames(tokens: readonly Token[], text: string, titleCased: boolean, ctx: DocumentContext): void {
  for (let k = 0; k < tokens.length - 1; k++) {
    const t = tokens[k] as Token;
    if (!isCapitalised(t) || TITLE_WORDS.has(t.text) || !isGivenName(t.text)) continue;
    // ("Will Twitter Be Next?", "… In ISIS Recruiting Videos": an everyday word or an acronym opens no name there)
    if (titleCased && opensNoHeadlineName(t.text)) continue;
    let j = k + 1;
    while (j < tokens.length && j - k < 4 && isCapitalised(tokens[j] as Token) && !isPossessive(tokens[j - 1] as Token) && !(titleCased && j > k + 1 && headlineWord(tokens[j] as Token))) j++;
    const m = j - k >= 2 ? analyseMention(tokens.slice(k, j), text) : null;
    if (m && m.kind === 'name' && !m.institution && m.name?.includes(' ')) ctx.noteMention(m, false);
    k = j - 1;
  }
}

/** A capitalised everyday word in a title-case headline ("Says", "Just", "On"), not a given name or an initial. */
const headlineWord = (t: Token): boolean => t.word && !/\.$/.test(t.text) && everydayInflected(t.lower) && !isGivenName(t.text);

/** Remembers the person a unit opens with ("Lavrov met with …"), for later pronouns. */
export function noteSubject(unit: Unit, text: string, ctx: DocumentContext, names: DocumentNames = DocumentNames.none, groups = false): void {
  const items = unit.items;
  // a title-case headline: its capitalised words say nothing of where a name ends; only given names start one
  if (unit.paragraph === 0 && titleCase(items)) return noteGivenNames(items, text, true, ctx);
  // ("Natalie Kwok", "By Natalie Kwok and Tom Baker": a byline, a name with no verb, is no one the story goes on about)
  // (nor one with the writer's beat after a comma: "Hine Pōhatu, Tairāwhiti reporter", "Jane Doe, health correspondent")
  if (items.length <= 7 && items.every((t) => !t.word || isCapitalised(t as Token) || t.lower === 'by' || t.lower === 'and') && !items.some((t) => t.text === '.' || t.text === ':')) return;
  // (or with no comma, the Guardian's "Rhiannon Platt Social affairs correspondent": a name, then the beat)
  if (items.length <= 8 && JOURNALISTS.has((items[items.length - 1] as Item).lower) && (items.some((t) => t.text === ',') || items.slice(0, 2).every((t) => t.word && isCapitalised(t as Token))) && !items.some((t) => t.word && isVerbLike(t))) return;
  // (in parts: each is compiled on its own, so that one part meeting new kinds of input does not send the whole
  // back to the interpreter and the optimising compiler)
  // (a comma inside a quotation's closing mark ends the opener too: "Back on “Hannity,” Castellano closed …")
  const comma = openerComma(items, true);
  const s = subjectStart(items, comma);
  const e = noteOpening(items, s, comma, text, ctx, names);
  noteAsked(items, e, text, ctx);
  noteTitled(items, s, e, text, ctx);
  noteWritersCompanion(items, s, text, ctx, names);
  notePassiveAgent(items, s, e, text, ctx);
  // (`groups`: the unit has no statement of its own, whose speaker would be the one a "they" after it refers to)
  if (groups) noteGroupSubject(items, s, text, ctx);
  if (groups && e <= s + 1) noteGenerationSubject(items, s, text, ctx);
  // (someone new by role, "A local resident spoke too.": met last, the sentence's subject before the names inside it)
  // (or a body by its noun, "The ministry rejected that argument.": the next "it")
  if (groups) noteRoleOpenings(items, s, e, text, ctx);
  // (last: the name a person asked to be called by is whom the role just met names)
  notePseudonymSubject(items, s, text, ctx);
  // ("Watching from the public gallery was Eleri, 67, …": the subject after the inverted "was", a subject when the
  // sentence goes on to describe the person; "Missing from the list was Gabriel Jesus." only names one, and leaves "he"
  // to the coach)
  const inverted = invertedSubject(items, text);
  if (inverted) ctx.noteMention(inverted.mention, inverted.described, inverted.described);
}

/**
 * "I sat with Quintero-Bale while she ate. … “Getting bored,” she said.": in a sentence the writer's "I" opens, the
 * person of the document it names is whom the next "he" or "she" means (the writer is never either).
 */
function noteWritersCompanion(items: readonly Item[], s: number, text: string, ctx: DocumentContext, names: DocumentNames): void {
  // (after an opener too: "Late one night, after the last table had gone, I sat with …")
  const i = items.findIndex((t, k) => k >= s && k - s <= 16 && t.text === 'I' && (k === s || items[k - 1]?.text === ','));
  if (i < 0) return;
  for (let k = i + 2; k < items.length && k - i <= 12; k++) {
    const t = items[k] as Item;
    if (isQuote(t)) return;
    if (!t.word || !isCapitalised(t) || names.fullFor(t.text) === null) continue;
    const m = analyseMention([t as Token], text);
    if (m?.kind === 'name' && !m.institution) ctx.noteMention(m, true);
    return;
  }
}

/**
 * "When Trump took the stage, he said …": the person an opening subordinate clause is about, remembered as a subject
 * (before the main clause's pronoun is resolved). False when the unit opens no such clause.
 */
export function noteClauseOpener(unit: Unit, text: string, ctx: DocumentContext): boolean {
  const items = unit.items;
  // (not a condition or a contrast: "If Trump is not the nominee, he said he would …" is someone else's)
  const opener = (items[0] as Item | undefined)?.lower ?? '';
  if (!SUBORDINATORS.has(opener) || CONDITIONAL_OPENERS.has(opener)) return false;
  let j = 1;
  while (j < items.length && j <= 4 && (items[j] as Item).word && isCapitalised(items[j] as Token)) j++;
  const verb = items[j];
  if (j === 1 || !verb?.word || isCapitalised(verb as Token) || !items.slice(j).some((t) => t.text === ',')) return false;
  const m = analyseMention(items.slice(1, j), text);
  if (!m || m.kind !== 'name' || m.institution || !m.name || isPlace(m.name)) return false;
  ctx.noteMention(m, true);
  return true;
}

/**
 * "The legislature passed a measure; Gov. Mary Fallin vetoed the bill because she said …": the subject of the clause a
 * semicolon opens before `before` (the first pronoun speaker), remembered for that pronoun.
 */
export function noteClauseAfterSemicolon(unit: Unit, before: number, text: string, ctx: DocumentContext, names: DocumentNames): void {
  const semi = unit.items.findLastIndex((t) => t.text === ';' && t.start < before);
  if (semi < 0) return;
  const clause: Unit = { ...unit, start: (unit.items[semi + 1] as Item | undefined)?.start ?? unit.end, items: unit.items.slice(semi + 1) };
  const subject = subjectOffset(clause);
  if (subject >= 0 && subject < before) noteSubject(clause, text, ctx, names);
}

/** Where the unit's subject starts (its offset in the text), or -1 when it has none. */
export function subjectOffset(unit: Unit): number {
  const items = unit.items;
  const s = subjectStart(items, openerComma(items));
  const t = items[s];
  return t && isCapitalised(t as Token) ? t.start : -1;
}

/** Where the unit's subject starts, past a dateline and an opener ("In a Fox interview later that day, Trump …"). */
export function subjectIndex(items: readonly Item[]): number {
  return subjectStart(items, openerComma(items));
}

/** The comma that ends a unit's opener ("On Wednesday, …"), -1 when there is none near the start. */
function openerComma(items: readonly Item[], quoted = false): number {
  const longOpener = LONG_OPENERS.has((items[0] as Item | undefined)?.lower ?? '');
  const comma = firstComma(items, Math.min(items.length, longOpener ? 30 : 12), quoted);
  // "Pressed by the moderator, Dana Whitley of WTAE, to name a plant, Carver did not.": the comma after
  // which a subject and its verb follow, not the one inside the opener's own appositive
  return longOpener ? subjectComma(items, comma) : comma;
}

/**
 * The first comma before `limit`, or -1 (a plain loop: this runs for every unit); with `quoted`, a comma may close a
 * quotation in the opener ("Back on “Hannity,” Castellano closed …").
 */
function firstComma(items: readonly Item[], limit: number, quoted: boolean): number {
  for (let k = 0; k < limit; k++) if ((items[k] as Item).text === ',' || (quoted && k > 0 && quotedComma(items[k]))) return k;
  return -1;
}

/** Where the subject of a unit starts: past a dateline ("WAUKESHA, Wis. — …") and a leading adverbial ("On Wednesday, …"). */
function subjectStart(items: readonly Item[], comma: number): number {
  let s = 0;
  // a dateline: "WAUKESHA, Wis. — Bill Radke had been talking …", "ISLAMABAD: Police fired …" (a state's abbreviation
  // read as its word and its stop: "UPPER MARLBORO, Md. — …")
  let dash = -1;
  for (let k = 0; k < items.length && k < 8; k++) {
    const x = (items[k] as Item).text;
    // ("MALÁ TŔŇA - On a grey morning …": a hyphen between spaces too, and capitals of any script)
    if (x === '—' || x === '–' || x === ':' || (x === '-' && k > 0 && (items[k - 1] as Item).end < (items[k] as Item).start)) {
      dash = k;
      break;
    }
  }
  if (dash > 0 && /^\p{Lu}{3,}$/u.test((items[0] as Item).text) && ((items[dash] as Item).text !== ':' || (dash === 1 && (items[0] as Item).text.length >= 4)) && items.slice(0, dash).every((t, k) => t.text === ',' || t.text === '(' || t.text === ')' || (t.text === '.' && items[k - 1]?.word === true) || (t.word && /^\p{Lu}/u.test(t.text)))) s = dash + 1;
  // skip a leading adverbial: "On Wednesday," / "However,"
  const longOpener = LONG_OPENERS.has((items[0] as Item | undefined)?.lower ?? '');
  // (not a clause of its own: "Sanders arrived late, and he said …" opens with its subject)
  // ("Reached by phone on Thursday evening, Ms. Marchetti declined …": a past participle's phrase before a capitalised subject)
  if (comma > 0 && (longOpener || (comma < 6 && !isCapitalised(items[comma - 1] as Token) && !namedClauseBefore(items, comma)) || (comma < 12 && /^\p{Lu}\p{Ll}+ed$/u.test((items[0] as Item).text) && !isGivenName((items[0] as Item).text) && isCapitalised(items[comma + 1] as Token)))) s = comma + 1;
  else if (comma > 0 && comma < 4 && WEEKDAYS.has((items[comma - 1] as Token).lower)) s = comma + 1;
  // ("Of Kasun Ekanayake, he said: …", "About the Dean, she said …": whom the words are about opens the sentence)
  else if (comma > 1 && comma < 7 && ABOUT_OPENERS.has((items[0] as Item).lower)) s = comma + 1;
  // ("Among the marchers was Clodagh Mulvey, a nurse …": the subject after an inverted copula)
  if (s === 0 && (items[0] as Item | undefined)?.lower === 'among') {
    const be = items.findIndex((t, k) => k > 1 && k < 12 && (t.lower === 'was' || t.lower === 'were'));
    if (be > 0 && !items.slice(1, be).some((t) => !t.word) && isCapitalised(items[be + 1] as Token)) s = be + 1;
  }
  // "Said Comey, “…”": a cue opening the sentence, its speaker and a quotation after a comma or colon (cueFirst)
  // ("Stated Stone:" closing its paragraph, the quotation in the next one)
  // ("Is Pixelhaus under investigation?": a question's auxiliary before its subject; "Will" and "May" may be names)
  const announced = items.length <= 8 && items[items.length - 1]?.text === ':';
  if (s === 0 && ((QUESTION_AUXILIARIES.has((items[0] as Item | undefined)?.lower ?? '') && items[items.length - 1]?.text === '?') || (isOpeningCue((items[0] as Item | undefined)?.text ?? '') && (announced || items.some((t, k) => k < 24 && isQuote(t) && /^[,:]$/.test(items[k - 1]?.text ?? '')))))) s = 1;
  return s;
}

/** The words before `comma` open with a capitalised name (not an opener's word) and its verb: "Sanders arrived late,". */
function namedClauseBefore(items: readonly Item[], comma: number): boolean {
  let v = 0;
  const first = (items[0] as Item).lower;
  if (SHORT_OPENERS.has(first) || LONG_OPENERS.has(first) || SUBORDINATORS.has(first) || CONDITIONAL_OPENERS.has(first)) return false;
  // (a name's words: not "So I asked him then, …")
  while (v < comma && isCapitalised(items[v] as Token) && !PRONOUNS.has((items[v] as Item).lower) && (!isCommonWord((items[v] as Item).lower) || isGivenName((items[v] as Item).text))) v++;
  const verb = items[v];
  return v > 0 && v < comma && verb !== undefined && isVerbLike(verb) && !AUXILIARIES.has(verb.lower);
}

/** The comma after a long opener that a capitalised subject and its verb follow (else `comma`, the first). */
function subjectComma(items: readonly Item[], comma: number): number {
  for (let c = comma; c > 0 && c < 45; c = items.findIndex((t, k) => k > c && t.text === ',')) {
    let v = c + 1;
    while (v < items.length && v - c <= 6 && isCapitalised(items[v] as Token)) v++;
    // (past the name's age: "In Sečovce, twenty minutes away, Ondrej Kmeť, 44, teaches …")
    const verb = (ageAfter(items, v) ? items[v + 3] : items[v]) as Item | undefined;
    if (v > c + 1 && verb?.word && !isCapitalised(verb) && !NOT_A_VERB.has(verb.lower)) return c;
  }
  return comma;
}

/** Lower-case words inside a capitalised subject ("Secretary of State", "the Bank of England"). */
const JOINING_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and']);

/** Items in `s..e` that are not articles or demonstratives. */
function coreWords(items: readonly Item[], s: number, e: number): number {
  let n = 0;
  for (let k = s; k < e; k++) if (!ARTICLES_AND_DEMONSTRATIVES.has((items[k] as Item).lower)) n++;
  return n;
}

/** "Local orchardist Pete Marsh …", "Retired nurse Jane Doe …": the full name after a short lower-case role opening the unit. */
function noteRoleThenName(items: readonly Item[], s: number, text: string, ctx: DocumentContext): void {
  // (a pronoun is the subject itself: "He beat Judd Trump 10-4" names the one beaten; not a possessive before a relative,
  // "Her daughter Mai, 10, read …")
  const pronounOwner = POSSESSIVE_PRONOUNS.has((items[s] as Item | undefined)?.lower ?? '');
  // (or a name's possessive before a relation: "Bríd’s grandson Ciarán (19) plays …"; "Sky's transport correspondent Tom
  // Ashcroft" is read as any role and name)
  const owner = pronounOwner || (items[s] !== undefined && isPossessive(items[s] as Item) && isCapitalised(items[s] as Item) && RELATION_NOUNS.has(items[s + 1]?.lower ?? ''));
  if (PRONOUNS.has((items[s] as Item | undefined)?.lower ?? '') && !owner) return;
  for (let n = s + 1; n < items.length && n - s <= 4; n++) {
    const t = items[n] as Item;
    if (!t.word || AUXILIARIES.has(t.lower) || CUE_FORMS.has(t.lower)) return;
    if (!isCapitalised(t)) continue;
    if (owner && n === s + 2 && RELATION_NOUNS.has((items[s + 1] as Item).lower)) return noteRelativeByName(items, s, n, text, ctx);
    if (owner) return;
    // (the name must follow a lower-case word: the role's last; not a preposition, "The resurgence of Vladimir Putin's
    // Russia", whose name is no subject)
    const next = items[n + 1];
    if (!isGivenName(t.text) || !next?.word || !isCapitalised(next) || !/^\p{Ll}/u.test((items[n - 1] as Item).text) || ROLE_PREPOSITIONS.has((items[n - 1] as Item).lower)) return;
    // (up to four words, a surname's particle among them: "María Alejandra Pardo Ruiz", "Lucía Manrique del Águila")
    let e = n + 2;
    while (e < items.length && e - n < 4 && (items[e] as Item).word && (isCapitalised(items[e] as Item) || (NAME_PARTICLES.has((items[e] as Item).lower) && items[e + 1] !== undefined && isCapitalised(items[e + 1] as Item)))) e++;
    // (a name that modifies the next noun is not the subject: "former George W. Bush speechwriter Noam Neusner")
    const after = items[e];
    if (after?.word && /^\p{Ll}/u.test(after.text) && !AUXILIARIES.has(after.lower) && !CUE_FORMS.has(after.lower)) return;
    const m = analyseMention(items.slice(n, e), text);
    if (m && m.kind === 'name' && !m.institution) ctx.noteMention({ ...m, role: m.role ?? text.slice((items[s] as Item).start, (items[n - 1] as Item).end) }, true);
    return;
  }
}

/** The person named between commas after a role opening the clause at `s` ("Horbenko's chief of staff, Yurii Malko, …"). */
function noteNamedAfterRole(items: readonly Item[], s: number, text: string, ctx: DocumentContext): void {
  let comma = s + 1;
  while (comma < items.length && comma - s < 8 && (items[comma] as Item).text !== ',') comma++;
  if (items[comma]?.text !== ',') return;
  const role = analyseMention(trimNp(items.slice(s, comma)), text);
  if (role && role.kind === 'role' && !role.institution && !role.plural) noteNamedAfterTitle(items, comma, role.role ?? role.text, text, ctx);
}

/** The person named between commas after a sentence's opening title ("The Foreign Minister, Sergey Lavrov, …"). */
function noteNamedAfterTitle(items: readonly Item[], comma: number, role: string, text: string, ctx: DocumentContext): void {
  const m = nameBetweenCommas(items, comma, 6, text);
  if (m) ctx.noteMention({ ...m, role }, true);
}

/** Notes the capitalised subject starting at `s`; returns where it ends (`s` when there is none). */
function noteOpening(items: readonly Item[], s: number, comma: number, text: string, ctx: DocumentContext, names: DocumentNames): number {
  const described = bodyRoleThenName(items, s, text);
  if (described) {
    ctx.noteMention(described.mention, true);
    return described.end;
  }
  let e = s;
  // ("Cabinet Secretary for Transport Huw Ellis": "for" after a title word, and an article after it: "Minister for the
  // Environment Jane Doe"; not "As for Carson's …", "The Case for Trump")
  // ("Minister Responsible for …": Canada's "Responsible" after a title)
  const titleFor = (k: number): boolean => (items[k] as Item).lower === 'for' && k > s && titleWordAt(items, k - 1);
  while (e < items.length && e - s < MAX_NP && (items[e] as Item).word && !isQuote(items[e]) && (isCapitalised(items[e] as Token) || JOINING_WORDS.has((items[e] as Token).lower) || titleFor(e) || (e > s && (items[e] as Item).lower === 'the' && titleFor(e - 1)) || NAME_PARTICLES.has((items[e] as Token).lower) || /[’']s$/.test((items[e] as Token).text))) e++;
  // ("António da Silva Mota and his Dutch counterpart, …": a joining word with no capitalised word after it ends nothing)
  while (e > s + 1 && JOINING_WORDS.has((items[e - 1] as Item).lower)) e--;
  // ("Civic Platform (KO) MP Jan Kowal rejected that": a party's initials in brackets, then its member's title and name)
  if (e > s && items[e]?.text === '(' && /^\p{Lu}{2,}$/u.test(items[e + 1]?.text ?? '') && items[e + 2]?.text === ')' && TITLE_WORDS.has(items[e + 3]?.text ?? '')) {
    e += 3;
    for (;;) {
      while (e < items.length && e - s < MAX_NP && (items[e] as Item).word && (isCapitalised(items[e] as Token) || (NAME_PARTICLES.has((items[e] as Item).lower) && items[e + 1] !== undefined && isCapitalised(items[e + 1] as Token)))) e++;
      // (and a bracket inside the title: "Federal Board of Revenue (FBR) Member Inland Revenue (Policy) Syed Kamran Bukhari")
      const close = items[e]?.text === '(' ? items.findIndex((x, k) => k > e && k <= e + 4 && x.text === ')') : -1;
      if (close < 0 || !isCapitalised(items[close + 1] as Token) || !(items[close + 1] as Item).word) break;
      e = close + 1;
    }
  }
  // "For Stanovaya, that resilience is the problem. “…,” she said.": the person the sentence is about
  if ((items[0] as Item | undefined)?.lower === 'for' && comma > 1 && comma <= 5) {
    const about = analyseMention(trimNp(items.slice(1, comma)), text);
    // (with the role an appositive gives: "For Bjarne, a 58-year-old bricklayer from Aarhus, the vote was …")
    // (a person's role only: not "For Mair, the hardest part will be …")
    const apposed = about?.kind === 'name' && !about.role ? appositiveRole(items, comma, text) : null;
    const role = personRoleWord(apposed) || /\d-year-old\b/.test(apposed ?? '') ? apposed : null;
    if (about && about.kind === 'name' && !about.institution) ctx.noteMention(role ? { ...about, role } : about, true);
  }
  // ("Te Awahou kaumātua Pita Hēnare Rangiāniwaniwa, 78, …": a place, a role word no list knows, then the person's name)
  if (e > s && roleWordThenName(items, e)) {
    e += 2;
    while (e < items.length && e - s < MAX_NP && (items[e] as Item).word && isCapitalised(items[e] as Token)) e++;
  }
  // ("Kottayam-based Rubber Growers' Federation president …": a plural's possessive mark after the run owns what follows)
  if (e > s && /^['’]$/.test(items[e]?.text ?? '') && items[e]?.start === items[e - 1]?.end) e = s;
  // "Rights activist and co-convener …, Aisha Yesufu, said": a capitalised word before a role noun is no name
  const after = (items[e] as Item | undefined)?.lower ?? '';
  if (e > s && coreWords(items, s, e) <= 2 && (ROLE_NOUNS.has(after) || INSTITUTION_NOUNS.has(after) || rolePhraseAt(items, e))) e = s;
  // "Shares of Voltaria closed higher": an everyday word and "of" open no name (not "Bank of England", "Secretary of State")
  // (after a word for a part, what follows may be: "Part of Trump's defence …" is about Trump; not "Son of Muammar
  // Gaddafi, Saif al-Islam, …")
  const everydayOf = e > s + 2 && (items[s + 1] as Item).lower === 'of' && isCommonWord((items[s] as Item).lower) && !ORG_WORDS.has((items[s] as Item).text) && !TITLE_WORDS.has((items[s] as Item).text);
  if (everydayOf && !PART_WORDS.has((items[s] as Item).lower)) e = s;
  const from = everydayOf ? s + 2 : s;
  // "FULL TEXT.", "ABSTRACT.": a section label in capitals, a unit of its own, is no person
  // (not "NASA.": one word in capitals is a label only if it is an everyday word)
  if (e > s && s === 0 && e >= items.length - 1 && items.slice(s, e).every((t) => !/\p{Ll}/u.test(t.text)) && (e - s > 1 || isCommonWord((items[s] as Item).lower))) e = s;
  // ("Local orchardist Pete Marsh, whose …, has replanted …": a person by lower-case role, then by name)
  if (e <= s + 1) noteRoleThenName(items, s, text, ctx);
  // ("Horbenko's chief of staff, Yurii Malko, would not comment": a role, then the person's name between commas)
  if (e === s) noteNamedAfterRole(items, s, text, ctx);
  // ("Sari Obi is one of 14 settlements …", "Sari Obi, where water … reached the orchards": a name the sentence counts
  // among things, or a place with "where", is no person met)
  if (e > from && (oneOfThings(items, e) || (items[e]?.text === ',' && items[e + 1]?.lower === 'where'))) return e;
  if (e > from) {
    const m = analyseMention(trimNp(items.slice(from, e)), text);
    // (the role an appositive after the name gives: "Richard Castellano, a former senator …")
    // (or an age alone: "Mamy, a 19-year-old who had come with three classmates, was more blunt.")
    const apposed = m?.kind === 'name' ? (appositiveRole(items, e, text) ?? (items[e]?.text === ',' && INDEFINITE_ARTICLES.has(items[e + 1]?.lower ?? '') && /^\d{1,3}-year-old$/.test(items[e + 2]?.text ?? '') ? (items[e + 2] as Item).text : null)) : null;
    // ("Voskuil's husband, Pieter, read …", "His son, Danny, 44, is blunter": a given name alone between commas after a relative of someone, whose role
    // it is; not one the sentence tells was killed, hurt or died: "Smith's son, James, was killed in 2019")
    const relative = m?.kind === 'name' && !m.institution && e === s + 1 && RELATION_NOUNS.has(items[s - 2]?.lower ?? '') && s >= 3 && (isPossessive(items[s - 3] as Item) || POSSESSIVE_PRONOUNS.has((items[s - 3] as Item).lower)) && !sufferedIn(items, e) ? openerRole(items, s, e, text) : null;
    if (m && m.kind === 'joint') ctx.noteMention(m, true);
    // ("The Minister for Roads and Highways, Hon. Kwabena Ofori-Manu, has given …": a title, then the person's name)
    else if (m && m.kind === 'role' && !m.institution && !m.plural) noteNamedAfterTitle(items, e, m.role ?? m.text, text, ctx);
    // (or a surname the document names in full: "Asked whether …, Salerno shook his head.")
    else if (m && m.kind === 'name' && !m.institution && m.name && (m.name.includes(' ') || m.role || names.fullFor(m.name) !== null)) {
      // ("Mr Brandt's older sister, Annika, said": the owner of a relative named after it is met, not the subject)
      // ("Bríd’s grandson Ciarán plays …": or the relative's name right after, the subject noteRoleThenName met; the owner
      // is left where it was, so that no "he" takes an owner of unknown sex for the grandson)
      const relativeAt = isPossessive(items[e - 1] as Item) ? [e, e + 1].find((k) => RELATION_NOUNS.has(items[k]?.lower ?? '') && (items[k + 1]?.text === ',' || (items[k + 1] !== undefined && isCapitalised(items[k + 1] as Item)))) : undefined;
      if (relativeAt !== undefined && items[relativeAt + 1]?.text === ',') ctx.noteMention(m, false);
      if (relativeAt !== undefined) return e;
      ctx.noteMention(m, true);
      if (killedAfter(items, e)) ctx.noteDead(m);
      // ("Her brother, Jake Renshaw, 16, …": the role the sentence opens with too, beside the age)
      for (const role of new Set([apposed ?? ageAfter(items, e), openerRole(items, s, e, text)])) if (role) ctx.noteMention({ ...m, role }, true);
    }
    else if (m && relative) ctx.noteMention({ ...m, role: relative }, true);
    // ("Suresh, a 34-year-old factory worker from Kanpur …, escaped …": a lone word no list knows, a person's role after
    // its comma with an age (or a given name's), is someone met, for a "he" after it; not "Kenchic, a poultry producer")
    else if (m && m.kind === 'name' && e === s + 1 && m.name === (items[s] as Item).text && !m.institution && /^\p{Lu}\p{Ll}+$/u.test(m.name) && !isCommonWord(m.name.toLowerCase()) && apposedPerson(m.name, apposed)) ctx.noteMention({ ...m, role: apposed }, true);
    // "Polls showed …", "New polls …": an ordinary word opening the sentence is a person only if this document
    // names someone with it
    // ("Salinity in the waterway has risen": nor is a lone word no list knows, unless it is a given name, a body or a
    // place, or the document gives a full name with it, or opens the name of one person met so far: "Tāne" after "Tāne
    // Herewini, 17,"; or one the body gives a sex, "Wrenna herself", or gives as a nickname, 'Darnell "Deuce" Whitaker')
    // (a body named with its article is a proper name, everyday word or not: "The Kremlin issued a statement")
    else if (m && m.kind === 'name' && m.name && !(s === 0 && ((isCommonWord(m.name.toLowerCase()) && !names.fullFor(m.name) && !(m.institution && (items[s] as Item).lower === 'the')) || (!m.institution && !isGivenName(m.name) && /^\p{Lu}\p{Ll}+$/u.test(m.name) && !names.surnameTaken(m.name) && names.sexOfOneName(m.name) === null && names.fullForNickname(m.name) === null && !afterCapitalisedWord(names, text, m.name) && !(ctx.opensPersonMet(m.name) && (!isPossessive(items[e - 1] as Item) || ownerOfRelation(items, e))))))) ctx.noteMention(ctx.opensPersonMet(m.name) ? m : givenNameAged(m, items, e), !m.institution, true);
  }
  return e;
}

/** A given name alone with its age after it ("Jess, 29, from Geelong, has been paying …"), the age as its role (when it opens no name met: "Keith, 71," after "Keith Marsden" is he). */
function givenNameAged(m: Mention, items: readonly Item[], e: number): Mention {
  const age = m.name !== null && !m.institution && isGivenName(m.name) ? ageAfter(items, e) : null;
  return age ? { ...m, role: age } : m;
}

/** Whether `role`, after a lone word's comma, makes the word a person's name: a person's role with an age, or a given name; or an age alone ("Mamy, a 19-year-old who …"). */
const apposedPerson = (word: string, role: string | null): role is string => (personRoleWord(role) && (isGivenName(word) || /\d-year-old\b/.test(role ?? ''))) || /^\d{1,3}-year-old$/.test(role ?? '');

/**
 * "The issue was raised at Prime Minister's Questions by Liberal Democrat MP Rachel Adeyemi, whose …": a thing's
 * passive and its agent, a person named in full, who is the one a "she" after it speaks for (not after a person's own
 * passive: "He was attacked by John Smith").
 */
function notePassiveAgent(items: readonly Item[], s: number, e: number, text: string, ctx: DocumentContext): void {
  const head = items[s];
  if (e > s + 1 || head === undefined || !NOUN_DETERMINERS.has(head.lower)) return;
  const be = items.findIndex((t, k) => k > s && k <= s + 5 && PASSIVE_BE.has(t.lower));
  if (be < 0 || !/^[a-z]+(ed|en)$/.test(items[be + 1]?.text ?? '') || ROLE_NOUNS.has(items[be - 1]?.lower ?? '')) return;
  const by = items.findIndex((t, k) => k > be + 1 && k <= be + 10 && t.lower === 'by');
  let end = by + 1;
  while (by > 0 && end < items.length && end - by <= 7 && (items[end] as Item).word && (isCapitalised(items[end] as Token) || NAME_PARTICLES.has((items[end] as Item).lower))) end++;
  const m = by > 0 && end > by + 2 ? analyseMention(items.slice(by + 1, end) as Token[], text) : null;
  if (m && m.kind === 'name' && !m.institution && m.name?.includes(' ') === true) ctx.noteMention(m, true);
}



/** "Tom Hughes, 29, …": the age after a name, as the role a later "the 29-year-old" finds. */
function ageAfter(items: readonly Item[], e: number): string | null {
  const n = items[e + 1]?.text ?? '';
  return items[e]?.text === ',' && /^\d{1,3}$/.test(n) && items[e + 2]?.text === ',' ? `${n}-year-old` : null;
}

/** "a reporter asked Radke whether …": the one asked answers next, so he becomes the latest subject. */
function noteAsked(items: readonly Item[], e: number, text: string, ctx: DocumentContext): void {
  let askedAt = -1;
  for (let k = items[0]?.lower === 'asked' && items[1]?.lower === 'by' ? 0 : e; k < items.length; k++) {
    const w = (items[k] as Item).lower;
    if (w === 'asked' || w === 'pressed' || w === 'questioned') {
      askedAt = k;
      break;
    }
  }
  if (askedAt < 0) return;
  // ("Asked by Akel MP Giorgos Kouroupis why …, Koumis said": the one who asked is met, named in full, but not as the
  // subject; a later "Kouroupis" is him)
  const by = items[askedAt + 1]?.lower === 'by' ? 1 : 0;
  let j = askedAt + 1 + by;
  while (j < items.length && j - askedAt <= 5 + by && isCapitalised(items[j] as Token) && !isQuote(items[j])) j++;
  if (j > askedAt + 1 + by && AFTER_ASKED.has(items[j]?.lower ?? '')) {
    const m = analyseMention(items.slice(askedAt + 1 + by, j), text);
    if (m && m.kind === 'name' && !m.institution) ctx.noteMention(m, by === 0);
  }
}


/**
 * Titled people mentioned later in the sentence ("… acting foreign minister, Amir Khan Muttaqi") (the opener
 * before the subject too: "Speaking alongside Power Minister Sardar Awais Leghari, Mr Tarar …").
 */
function noteTitled(items: readonly Item[], s: number, e: number, text: string, ctx: DocumentContext): void {
  // (a body in the subject's relative clause is no later "it": "The internal memo, which CBC News obtained, says …
  // It says …" is the memo's)
  // (the opener's comma may be the one before it: then `s` is the relative word)
  // (only after a document that speaks as "it": not "The proposal, which the European Commission unveiled, …. It said")
  const r0 = items[e]?.text === ',' && RELATIVE_WORDS.has(items[e + 1]?.lower ?? '') ? e : s > 0 && items[s - 1]?.text === ',' && RELATIVE_WORDS.has(items[s]?.lower ?? '') ? s - 1 : -1;
  const r = r0 > 0 && DOCUMENT_NOUNS.has(items[r0 - 1]?.lower ?? '') ? r0 : -1;
  const relative = r < 0 ? -1 : items.findIndex((t, k) => k > r + 1 && t.text === ',');
  // ("Said Comey, “…”": the cue before the subject is no given name; see subjectStart)
  for (let k = s === 1 && isOpeningCue((items[0] as Item).text) ? 1 : 0; k < items.length; k++) {
    if (k >= s && k < e) continue;
    const t = items[k] as Item;
    if (!isCapitalised(t) || isQuote(t)) continue;
    let j = k;
    // ("Pieter van der Linden": particles inside a name, before its capitalised end)
    while (j < items.length && !isQuote(items[j]) && (isCapitalised(items[j] as Token) || (j > k && particleBeforeName(items, j)))) j++;
    j = bodyAfterAnd(items, k, j);
    if (j - k >= 2) noteRun(items, s, k, j, text, ctx, r >= 0 && k > r && k < relative);
    k = j;
  }
}

/** One run of capitalised words, `items[k..j)`: a titled person or an institution, else a given name and a surname in it. */
function noteRun(items: readonly Item[], s: number, k: number, j: number, text: string, ctx: DocumentContext, inSubjectsClause = false): void {
  const prev = items[k - 1];
  // (a singular role noun too: "best-selling author Dinesh Dsouza", "campaign manager Robby Mook")
  // (after a comma, a person's role or a given name: not "Her second album, Paper Lanterns, went gold")
  const titled = prev && ((prev.text === ',' && (isGivenName((items[k] as Item).text) || personHead([items[k - 2] ?? prev] as Token[]))) || TITLE_NOUNS.has(prev.lower) || (ROLE_NOUNS.has(prev.lower) && !prev.lower.endsWith('s') && prev.lower !== 'people'));
  const m = analyseMention(items.slice(k, j), text);
  // "alongside Power Minister Sardar Awais Leghari": a title word in the role makes it a person
  const person = titled || TITLE_WORDS.has((items[k] as Item).text) || isNationality((items[k] as Item).text) || (m?.role !== null && m?.role !== undefined && m.role.split(/[\s-]+/).some((w) => /^\p{Lu}/u.test(w) && PERSON_TITLE_WORDS.has(w.toLowerCase())));
  // the role words in front: "White House press secretary Dana Whitfield"
  let r = k;
  while (r > 0 && r > k - 6 && (items[r - 1] as Item).word && (ROLE_NOUNS.has((items[r - 1] as Item).lower) || TITLE_WORDS.has((items[r - 1] as Item).text) || ROLE_MODIFIERS.has((items[r - 1] as Item).lower))) r--;
  // (not "told the coroner Claire Bates had died": after a reporting verb, a name with its own verb opens the content)
  const told = AUXILIARIES.has(items[j]?.lower ?? '') && items.slice(Math.max(0, r - 2), r).some((x) => CUE_FORMS.has(x.text));
  const roleWords = r < k && !told ? text.slice((items[r] as Item).start, (items[k - 1] as Item).end) : null;
  // the sentence opens with it: it is the subject ("White House press secretary Dana Whitfield took questions")
  const opening = r === s || (r > s && items.slice(s, r).every((x) => isCapitalised(x as Token) || x.lower === 'the'));
  // (or the name in apposition to a role that opens it: "The minister of agriculture of France, Claire Duval-Roux, was …")
  const subject = (opening && r < k) || appositiveToOpeningRole(items, s, k, j);
  // a titled person, or an institution ("a report by the Government Accountability Office"), for "it" and "the report"
  // (a name before a place's noun in lower case names the place, no body: "near Chinese Garden station")
  if (m && m.kind === 'name' && m.name && (m.institution ? j - k >= 2 && !PLACE_NOUNS_AFTER.has(items[j]?.text ?? '') : person && (m.role || titled))) {
    if (m.institution && inSubjectsClause) return;
    ctx.noteMention(roleWords && !m.institution && !m.role ? { ...m, role: roleWords } : m, !m.institution && subject, subject);
    if (!m.institution && killedAfter(items, j)) ctx.noteDead(m);
    const more = m.institution ? null : appositiveRole(items, j, text);
    if (more) ctx.noteMention({ ...m, role: more }, false);
    return;
  }
  // "… International Affairs Leonid Slutsky", "nominee Marcus Hale": a given name and a surname
  // (a place before a given name is not where the name starts: "in Vienna Mikhail Ulyanov")
  let g = -1;
  for (let y = k; y < j - 1; y++) {
    const x = (items[y] as Item).text;
    if (isGivenName(x) && !TITLE_WORDS.has(x) && !(isPlace(x) && isGivenName(items[y + 1]?.text ?? ''))) {
      g = y;
      break;
    }
  }
  if (g >= 0) {
    const name = analyseMention(items.slice(g, Math.min(j, g + 4)), text);
    if (name && name.kind === 'name' && !name.institution) {
      ctx.noteMention(name, false);
      if (killedAfter(items, j)) ctx.noteDead(name);
    }
  }
}

/**
 * "a teacher's aide, Anne Marie Murphy, who was gunned down", "whose husband, Navy SEAL Ty Woods, was one of four
 * Americans killed", "His late brother, Rob Ford, died in 2016": a relative clause or the appositive's own predicate
 * after `j` tells of the person killed or dead.
 */
function killedAfter(items: readonly Item[], j: number): boolean {
  // ("Walter Hill was killed in the robbery", "Smith died in 2019")
  if (KILLED_WORDS.has(items[j]?.lower ?? '') || (items[j]?.lower === 'was' && KILLED_WORDS.has(items[j + 1]?.lower ?? ''))) return true;
  if (items[j]?.text !== ',') return false;
  const next = items[j + 1]?.lower ?? '';
  // ("His late brother, Rob Ford, died in 2016")
  if (KILLED_WORDS.has(next)) return true;
  if (next !== 'who' && next !== 'was' && next !== 'were') return false;
  // (the clause's own verb: not "Senator Murphy, who visited families of those killed", "Tom, was angry that soldiers
  // were killed")
  for (let k = j + 2; k < items.length && k <= j + 8; k++) {
    const t = items[k] as Item;
    if (KILLED_WORDS.has(t.lower)) return true;
    if (!t.word || (isVerbLike(t) && !PASSIVE_BE.has(t.lower)) || (AUXILIARIES.has(t.lower) && !PASSIVE_BE.has(t.lower))) return false;
  }
  return false;
}

/** `items[k..j)` set off by commas right after a role that opens the sentence ("The minister of agriculture of France, …,"). */
function appositiveToOpeningRole(items: readonly Item[], s: number, k: number, j: number): boolean {
  if ((items[k - 1] as Item | undefined)?.text !== ',' || items[j]?.text !== ',' || k - s > 12 || (items[s] as Item | undefined)?.lower !== 'the') return false;
  // the role is the phrase's head, before any preposition ("The attack on the opposition leader, Alexei Navalny," is
  // about him)
  for (let x = s + 1; x < k - 1; x++) {
    const t = items[x] as Item;
    if (ROLE_NOUNS.has(t.lower) || TITLE_NOUNS.has(t.lower)) return true;
    if (!t.word || isQuote(t) || CUE_FORMS.has(t.lower) || NP_BREAKERS.has(t.lower) || t.lower === 'of' || isCapitalised(t as Token)) return false;
  }
  return false;
}

/** "Homeland security experts", "Border patrol agents": lower-case words up to a role or institution noun. */
function rolePhraseAt(items: readonly Item[], from: number): boolean {
  for (let k = from; k < items.length && k - from < 3; k++) {
    const t = items[k] as Item;
    // (no determiner or possessive inside: "Salerno shook his head" is a verb and its object)
    if (!t.word || isCapitalised(t) || CUE_FORMS.has(t.lower) || NP_BREAKERS.has(t.lower) || NOUN_DETERMINERS.has(t.lower)) return false;
    // ("President Obama released a statement …": a verb and its object, no role phrase)
    if ((FINITE_VERBS.has(t.lower) || /[a-z]ed$/.test(t.text)) && ARTICLES_AND_DEMONSTRATIVES.has(items[k + 1]?.lower ?? '')) return false;
    const one = t.lower.replace(/s$/, '');
    if (ROLE_NOUNS.has(t.lower) || INSTITUTION_NOUNS.has(t.lower) || INSTITUTION_NOUNS.has(one) || FINDING_SOURCES.has(t.lower)) return true;
    // ("Patrick Colfer employs 40 people": a verb and a count of people it has, no role phrase)
    if (k === from && /^\d/.test(items[k + 1]?.text ?? '')) return false;
  }
  return false;
}

/** A name particle ("van", "der", "da", "bin") at `j` that one or two more particles or a capitalised word follow. */
function particleBeforeName(items: readonly Item[], j: number): boolean {
  if (!NAME_PARTICLES.has((items[j] as Item).lower)) return false;
  const next = items[j + 1];
  return next !== undefined && (isCapitalised(next as Token) || (NAME_PARTICLES.has(next.lower) && items[j + 2] !== undefined && isCapitalised(items[j + 2] as Token)));
}

/** Whether the text has `word` right after another capitalised word somewhere ("Kemi Badenoch"): a surname it names in full. */
function afterCapitalisedWord(names: DocumentNames, text: string, word: string): boolean {
  // (one answer per word and document, kept with the document's names: a long document would otherwise be read again
  // for every sentence)
  let answers = afterAnswers.get(names);
  if (!answers) {
    answers = new Map();
    afterAnswers.set(names, answers);
  }
  let known = answers.get(word);
  if (known === undefined) {
    known = scanAfterCapitalised(text, word);
    answers.set(word, known);
  }
  return known;
}

const afterAnswers = new WeakMap<DocumentNames, Map<string, boolean>>();

function scanAfterCapitalised(text: string, word: string): boolean {
  for (let i = text.indexOf(` ${word}`); i > 0; i = text.indexOf(` ${word}`, i + 1)) {
    let a = i;
    while (a > 0 && /\p{L}/u.test(text[a - 1] as string)) a--;
    if (a < i && /\p{Lu}/u.test(text[a] as string)) return true;
  }
  return false;
}

/** Whether the words after `e` tell of someone killed, hurt or dead ("was killed", "were injured", "died in custody"). */
function sufferedIn(items: readonly Item[], e: number): boolean {
  // (or born: "Her daughter, Matilda, was born 40 minutes later" tells of a baby, no one who speaks next)
  return items.slice(e, e + 12).some((t, k, a) => DEATH_WORDS.has(t.lower) || (PASSIVE_BE.has(t.lower) && /^(?:[a-z]+(?:ed|en)|born)$/.test(a[k + 1]?.text ?? '')));
}

/**
 * "The housing minister, Priya Ramgoolam, responded …", "Voskuil's husband, Pieter, read …": the role a sentence opens
 * with, before the name between commas from `s` to `e` (read there as an opener's comma); null if none.
 */
function openerRole(items: readonly Item[], s: number, e: number, text: string): string | null {
  if (s < 2 || s > 7 || items[s - 1]?.text !== ',' || items[e]?.text !== ',') return null;
  const role = analyseMention(trimNp(items.slice(0, s - 1)), text);
  return role && role.kind === 'role' && !role.institution && !role.plural ? (role.role ?? role.text) : null;
}

