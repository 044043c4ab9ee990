// Interview and briefing transcripts: paragraphs that open with a speaker label ("REP. CARLA MENDOZA: …",
// "LAVROV: …"). Each answer is a statement of the labelled speaker, running on over unlabelled paragraphs
// until the next label; a turn that ends in a question is the interviewer's and states nothing itself.
import { FIRST_PERSON_WORDS, LABEL_NAME_PARTICLES, NOTE_HEADINGS } from './lexicon-clauses.ts';
import { FINITE_VERBS, ROLE_NOUNS, TITLE_CASE_SMALL_WORDS, TITLE_WORDS } from './lexicon.ts';
import { isGivenName } from './given-names.ts';
import { isPersonNoun } from './person-words.ts';
import { JOURNALISTS, OUTLET_WORDS } from './lexicon-nouns.ts';
import { isCommonWord, isOpeningCue } from './names.ts';
import type { Span } from './segment.ts';

export interface TurnLabel {
  /** The label as a name ("Rep. Carla Mendoza" for "REP. CARLA MENDOZA"). */
  readonly name: string;
  /** Document offset where the turn's words begin, after the colon. */
  readonly contentStart: number;
  /** The label is written in capitals ("REP. CARLA MENDOZA"), as transcripts write their speakers. */
  readonly caps?: boolean;
}

// a transcript quoted whole opens each paragraph with a quotation mark ("“WALLACE: …"); a podcast's, with the time
// into the recording to the second ("[00:14:32] Priya Tannenbaum: …"; not a live blog's "[09:10] Biden: …")
// (a name with accents too: "Brault-Tétreault: …")
// (and a parliament's, with the member's seat and party in brackets, "Mr Douglas Pennington (Westerleigh) (Con): …", or
// the office-holder's name, "The Prime Minister (Ms Rosalind Achebe-Hart): …"; not "Jane Roe (Labour): Would scrap …")
const LABEL = /^(?:\[\d{1,2}:\d{2}:\d{2}\]\s*)?[“"‘]?(\p{Lu}[\p{L}.'’\- ]{1,60}?)(?:\s*\((?:Mr|Ms|Mrs|Miss|Dr|Sir|Dame|Lord|Lady|Baroness)\b[^()\n]{1,40}\)|(?:\s*\([^()\n]{1,40}\)){2,3})?\s*:\s+(?=\S)/u;
/** Capitalised openers that are page furniture, not speakers ("UPDATE:", "READ MORE:", "Photo:"). */
const NOT_SPEAKERS = /^(update|updated|read|more|read more|watch|photo|photos|video|editor|editor's note|note|correction|related|breaking|also|live|claim|fact|verdict|transcript|source|sources|q|a|caption|credit|warning|analysis|opinion|background|context|why|what|who|when|where|how|the bottom line|bottom line|key points|timeline|see also|advertisement|subscribe|share|tags|topics|updated at)$/i;

const HEADING_WORD = /^(?:[A-Z]{3,}ING|IN|ON|AT|FOR|TO|WITH|FROM|BY|AND|OR|VS\.?)$/;

function titleCase(label: string): string {
  return label.toLowerCase().replace(/(^|[\s\-'’.])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** The speaker label opening a paragraph, if any: an ALL-CAPS label, or capitalised words ("Lavrov"). */
export function turnLabel(paragraph: string, offset: number, headline = false): TurnLabel | null {
  const m = LABEL.exec(paragraph);
  if (!m) return null;
  const raw = (m[1] as string).trim();
  const words = raw.split(/\s+/);
  // (a headline's claim may be in title case: "Graham: Trump’s Rhetoric Destroying GOP’s Chances")
  // ("Stated Roger Stone:", "Continued Stone:": a sentence that opens with its cue, not a speaker's label)
  if (words.length > 6 || NOT_SPEAKERS.test(raw) || isOpeningCue(words[0] as string) || !spokenAfter(paragraph.slice(m[0].length), headline)) return null;
  const caps = raw === raw.toUpperCase() && /\p{Lu}{2}/u.test(raw);
  // "KEEPING SCORE:", "THE DAY IN ASIA:": a heading reads as a phrase (a verb in -ing, a preposition), a name never
  if (caps && words.length > 1 && words.some((w) => HEADING_WORD.test(w))) return null;
  // ("STAT OF THE WEEK:": an article inside a label in capitals makes it a heading, as in title case)
  if (caps && words.slice(1).some((w) => w === 'THE')) return null;
  // "Stat Of The Week:": a title-case heading capitalises its little words, a name does not
  if (!caps && words.slice(1).some((w) => TITLE_CASE_SMALL_WORDS.has(w))) return null;
  if (!caps && !words.every((w) => /^\p{Lu}/u.test(w) || LABEL_NAME_PARTICLES.has(w))) return null;
  // ("Senator HARGREAVES:", "Mr PENNINGTON:": Hansard's title as written, the member's name in capitals)
  const hansard = !caps && words.length > 1 && TITLE_WORDS.has(words[0] as string) && words.slice(1).every((w) => /^\p{Lu}[\p{Lu}'’-]{2,}$/u.test(w));
  return { name: caps ? titleCase(raw) : hansard ? `${words[0]} ${titleCase(words.slice(1).join(' '))}` : raw, contentStart: offset + m[0].length, caps: caps || hansard };
}

/**
 * A label in ordinary case that opens with an everyday word and names no one the text mentions inside a sentence
 * ("Date: Friday, Dec. 25", "Rides: Call …", "Leaves Bainbridge: 5:20 a.m., …"): a list's field, no speaker. (A speaker's
 * name that is also a word, "Trump: …", is written inside the story's sentences too; a role or title is a speaker.)
 */
export function everydayLabel(label: TurnLabel | null, text: string): boolean {
  if (label === null || label.caps) return false;
  const words = label.name.split(/\s+/).filter((w) => w !== 'The');
  const first = words[0] ?? '';
  // (any word of a person's title, role or name makes it a speaker: "The Prime Minister", "The Witness", "Mr Speaker")
  const personal = (w: string): boolean => isGivenName(w) || TITLE_WORDS.has(w) || ROLE_NOUNS.has(w.toLowerCase()) || isPersonNoun(w.toLowerCase());
  if (!isCommonWord(first.toLowerCase()) || words.some(personal)) return false;
  // (the label is letters, spaces and name marks only, so it can stand in a pattern once its dots are escaped)
  return !new RegExp(`[\\p{Ll},;] (?:the )?${label.name.replace(/\./g, '\\.')}(?![\\p{L}:])`, 'u').test(text);
}

/**
 * What follows a speaker's label is speech, not a section heading ("UN: PEACEKEEPERS PAYING …", "KEEPING SCORE:
 * Germany's DAX …" are headings by their capitals) nor a tally ("Sanders: 1,547.").
 */
function spokenAfter(rest: string, headline: boolean): boolean {
  if (/^[\d$€£%.,\s]+$/.test(rest.slice(0, 40)) || /^[$€£]?\d[\d,.]*\.?$/.test(rest.trim())) return false;
  const first = rest.split(/\s+/, 2).filter((w) => /\p{L}{2}/u.test(w));
  if (first.length === 2 && first.every((w) => w === w.toUpperCase())) return false;
  // "Roger Stone: Don’t Trust the Voting Machines.": a headline in title case, not a turn of speech
  // (a word before a comma and "I" are capitalised in speech too, "But, Governor Pence, I’ve got to ask you", when a
  // lower-case word shows it is speech; "Venue: Emirates Stadium, London, England, Saturday" is a list)
  const four = rest.split(/\s+/, 5).filter((w) => /^\p{L}/u.test(w));
  const speech = rest.split(/\s+/, 6).some((w) => /^\p{Ll}/u.test(w));
  return headline || !(four.length >= 4 && four.filter((w) => /^\p{Lu}/u.test(w) && !(speech && (/,$/.test(w) || /^I(['’]\p{L}+)?$/u.test(w)))).length >= 4);
}

/**
 * A label that names a group the text writes with "the" as a group that acts ("Grizzlies: F Corey Lindahl (left knee)
 * missed …" in a game story where "the Memphis Grizzlies rallied"): a team's or a party's notes, no one's turn of
 * speech. (Not a family's name before a noun, "The Williams sisters spoke", "the Adams family lawyer", whose turns
 * "WILLIAMS: …" are a transcript's.)
 */
export function groupLabel(label: TurnLabel | null, text: string): boolean {
  if (label === null || !/^\p{Lu}\p{Ll}+s$/u.test(label.name)) return false;
  // (the name is letters only, so it can stand in a pattern as it is)
  const pattern = new RegExp(`(?<!\\p{L})[Tt]he (?:\\p{Lu}[\\p{L}.]* ){0,2}${label.name}(?!\\p{L})(?:['’]|\\s+(\\p{L}+))?`, 'gu');
  for (const m of text.matchAll(pattern)) {
    const next = m[1];
    // (a stop, a number or a verb after it: "the Grizzlies 118-112", "the Denver Nuggets rallied"; not "The Matthews Group")
    if (next === undefined || (/^\p{Ll}/u.test(next) && (next.endsWith('ed') || FINITE_VERBS.has(next)))) return true;
  }
  return false;
}

/**
 * Whether the paragraph `k` follows a notes heading alone on its line, with only labelled notes between ("BIG
 * PICTURE", "UP NEXT" in a game story; "THE TAKEAWAY"): such labels head a team's notes, no turns.
 */
export function underHeading(paragraphs: readonly Span[], k: number, text: string): boolean {
  // (a turn of speech keeps its label: one in capitals, "SEN. MARIA HOLT:", or words in the first person)
  const own = text.slice((paragraphs[k] as Span).start, (paragraphs[k] as Span).end);
  const label = LABEL.exec(own)?.[1]?.trim() ?? '';
  if (label === label.toUpperCase() || own.split(/[^\p{L}'’]+/u).some((w) => FIRST_PERSON_WORDS.has(w.toLowerCase()))) return false;
  for (let j = k - 1; j >= 0 && k - j <= 4; j--) {
    const p = text.slice((paragraphs[j] as Span).start, (paragraphs[j] as Span).end).trim();
    if (NOTE_HEADINGS.has(p.toLowerCase().replace(/\s+/g, '+'))) return true;
    if (!LABEL.test(p)) return false;
  }
  return false;
}

/** Is this document a transcript? At least two labelled paragraphs, by at least one speaker. */
export function isTranscript(labels: readonly (TurnLabel | null)[]): boolean {
  return labels.filter((l) => l !== null).length >= 2;
}

// "Q: What keeps you up at night?" / "A: Honestly, not the sea.": an interview printed as questions and answers
// (an answer may name who gives it in brackets: "A (Pascale): About 60 miles of pipe …")
const QA_LABEL = /^(Q|A|Question|Answer)(?:\s*\((\p{Lu}[\p{L}.'’ -]{1,40})\))?\s*[:.]\s+(?=\S)/u;

/** A paragraph's question-or-answer label: which, where its words begin, and who answers when the label says. */
export function qaLabel(paragraph: string, offset: number): { readonly which: 'Q' | 'A'; readonly contentStart: number; readonly who?: string } | null {
  const m = QA_LABEL.exec(paragraph);
  if (!m) return null;
  const which = (m[1] as string).startsWith('Q') ? 'Q' : 'A';
  return m[2] ? { which, contentStart: offset + m[0].length, who: m[2] } : { which, contentStart: offset + m[0].length };
}

/** Is this document (also) a question-and-answer interview? At least two questions and two answers. */
export function isQuestionsAndAnswers(labels: readonly ({ readonly which: 'Q' | 'A' } | null)[]): boolean {
  return labels.filter((l) => l?.which === 'Q').length >= 2 && labels.filter((l) => l?.which === 'A').length >= 2;
}

/** "Q&A with …", "spoke to …", "an interview with …", "interviewed …", "excerpts from": words that name an interview's subject next. */
const INTERVIEW = /(?:\binterview(?:ed|s)?|\bQ ?& ?A|\bspoke|\bsat down|\bexcerpts from)(?:\s+(?:with|to))?\s+/giu;

/**
 * Who answers in a Q and A: of the people named in full before the first answer (`people`), the one the text there
 * introduces as interviewed — the first of them within seven words after "Q&A with", "spoke to", "an interview with",
 * "interviewed" (not after a journalist's role or a possessive: "spoke with POLITICO senior writer Michael Grunwald",
 * "CNN's Jake Tapper"), or, when no one follows "sat down with", "spoke to", the person just before it ("Senator
 * Maria Lopez sat down with us"). When nobody, or more than one person, is introduced so, the answers are left unattributed:
 * an explainer, a poll or court testimony printed as questions and answers has no interviewee to guess.
 */
export function interviewee(people: readonly string[], before: string): string | null {
  // (one person met in two forms, "Actress Diane Guerrero" and "Diane Guerrero", counts once, in the shorter form)
  const bySurname = new Map<string, string>();
  for (const name of people) {
    const key = name.slice(name.lastIndexOf(' ') + 1);
    const seen = bySurname.get(key);
    if (seen === undefined || (name.length < seen.length && seen.endsWith(name))) bySurname.set(key, name);
  }
  const found = new Set<string>();
  for (const m of before.matchAll(INTERVIEW)) {
    const words = wordsOf(before.slice(m.index + m[0].length, m.index + m[0].length + 80)).slice(0, 7);
    const after = personIn(words, bySurname, false);
    const lead = words.slice(0, Math.max(0, after.at));
    // ("spoke to …" names the interviewee only after an outlet: "The Straits Times spoke to Dr Raj", not "Trump spoke
    // with Xi Jinping")
    const spoke = /^(sat|spoke)/i.test(m[0]);
    // (or after a name the text writes as told something, an outlet's: "… told Variety on the red carpet. …
    // Variety spoke with Haddad-Whitlock"; not "Biden spoke with Emmanuel Macron")
    const prev = before.slice(Math.max(0, m.index - 40), m.index).trim().split(/\s+/).pop();
    // (or an everyday word in capitals opening the paragraph, a title's, no one's: "Science spoke with Ingrid van Dalen, …";
    // not "Biden spoke with Emmanuel Macron")
    // (and only before the person's name and a comma, the role after it: not "Hunt spoke with Laura Kuenssberg on Sunday")
    const nameThenComma = after.who !== null && before.slice(m.index, m.index + 140).includes(`${after.who},`);
    const opensParagraph = /(?:^|\n)\s*$/.test(before.slice(0, Math.max(0, m.index - (prev?.length ?? 0) - 1)));
    const byOutlet = spoke && (isOutlet(prev) || (prev !== undefined && /^\p{Lu}\p{L}+$/u.test(prev) && (before.includes(`told ${prev} `) || (opensParagraph && isCommonWord(prev.toLowerCase()) && !isGivenName(prev) && nameThenComma)) && !people.some((n) => n.split(' ').includes(prev))));
    // (the person before "spoke to us", "sat down with The Times"; not "spoke to reporters on Friday")
    // (a title no list knows only after someone who is no journalist: not "Culture writer Jess Park spoke to Burna Boy")
    const journalistBefore = wordsOf(before.slice(Math.max(0, m.index - 60), m.index)).some((w) => JOURNALISTS.has(w.toLowerCase()));
    const toOutlet = spoke && (/^(us|me)$/i.test(words[0] ?? '') || isOutlet(words[0]) || (words[0]?.toLowerCase() === 'the' && isOutlet(words[1])) || isOutlet(words[1]) || isOutlet(words[2]) || (!journalistBefore && titledOutlet(before.slice(m.index + m[0].length), people)));
    if (after.who && !toOutlet && (!spoke || byOutlet) && !lead.some((w) => JOURNALISTS.has(w.toLowerCase()) || /['’]s$/.test(w))) found.add(after.who);
    else if (toOutlet) {
      // ("Senator Maria Lopez sat down with us", "Ardern spoke to The Straits Times": the subject before it)
      const back = personIn(wordsOf(before.slice(Math.max(0, m.index - 80), m.index)).slice(-6), bySurname, true);
      if (back.who) found.add(back.who);
    }
  }
  return found.size === 1 ? ([...found][0] as string) : null;
}

/** The words of a stretch of text, without the punctuation after them. */
const wordsOf = (s: string): string[] => s.split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}’'&-]+$/u, ''));

/** Whether a word names a news outlet ("Times", "CNN's"). */
const isOutlet = (w: string | undefined): boolean => w !== undefined && OUTLET_WORDS.has(w.replace(/['’]s$/, '').toLowerCase());

// "spoke to Rolling Stone by video", "spoke to The Atlantic from his office": a title of up to three capitalised words,
// then a frame (a comma, a stop or a preposition)
const TITLE_THEN_FRAME = /^(?:The\s+)?(\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,2})(?=\s*[,.;]|\s+(?:by|from|over|via|on|at|in|for)\s)/u;

/** Whether the words after "spoke to" open with an outlet's name no person of the text (`people`) bears. */
function titledOutlet(after: string, people: readonly string[]): boolean {
  const m = TITLE_THEN_FRAME.exec(after);
  if (!m) return false;
  const words = (m[1] as string).split(/\s+/);
  // (two words or more, not opening with a title or a given name: not "Stormzy", "Prince Harry", "Virat Kohli")
  if (words.length < 2 || TITLE_WORDS.has(words[0] as string) || isGivenName(words[0] as string)) return false;
  return !people.some((name) => name.split(' ').some((w) => words.includes(w)));
}

/** The person whose surname is among `words`: the first one, or with `last` the last one; at: its place (-1: none). */
function personIn(words: readonly string[], bySurname: ReadonlyMap<string, string>, last: boolean): { who: string | null; at: number } {
  let at = -1;
  let who: string | null = null;
  // ("excerpts from governor Raghav Menon's press conference": the surname with its possessive too)
  const bare = words.map((w) => w.replace(/['’]s$/, ''));
  for (const [surname, name] of bySurname) {
    const k = last ? bare.lastIndexOf(surname) : bare.indexOf(surname);
    if (k >= 0 && (at < 0 || (last ? k > at : k < at))) [at, who] = [k, name];
  }
  return { who, at };
}
