// One sentence of a brief built from a statement's structure: who (speaker), how (the cue verb in the past, or the
// act's plain verb), and what, by content kind: a direct quotation is quoted verbatim after a colon; reported
// content that is a clause follows "said that"; content that completes its own verb ("urged women to vote",
// "endorsed Mr. Trump") follows that verb; and content that cannot follow a verb (it starts with "was", "is",
// "has" …: the extractor cut its subject away) is quoted as the article has it, never glued after "said".
import type { Statement, StatementAct, StatementBrief } from '../model.ts';
import { ADDRESSEE_CUES, CUE_FORMS, CUE_PARTICLES, CUE_VERBS, OBJECT_CUES } from '../extract/lexicon.ts';
import { STOP_WORDS } from '../query/stop-words.ts';
import { shortSpeaker, type SpeakerKind } from './names.ts';
import { excerpt, quote } from './verbatim.ts';

/** Past tense of every cue lemma: the form neither the lemma, nor -s, nor -ing ("tell" → "told"). */
const PAST = new Map(
  CUE_VERBS.map((r) => {
    const forms = r.forms.split(' ');
    const past = forms.find((f) => f !== r.lemma && !f.endsWith('ing') && !(f.endsWith('s') && !f.endsWith('ss') && f !== 'was')) ?? forms[0] ?? r.lemma;
    return [r.lemma, past] as const;
  }),
);
/** Verbs that take a "that" clause. */
const THAT_LEMMAS = new Set(CUE_VERBS.filter((r) => r.final === true || r.act === 'thinks' || r.act === 'found').map((r) => r.lemma));
/** Speech verbs that take no object. */
const BARE_LEMMAS = new Set(['say', 'add', 'insist', 'tell', 'continue', 'respond', 'reply', 'argue', 'claim']);
const PLAIN_VERB: Record<StatementAct, string> = { said: 'said', wrote: 'wrote', thinks: 'thinks', wants: 'wants', found: 'found', stance: 'said', asked: 'asked' };

export interface Verb {
  /** The verb phrase as shown ("said", "called for", "urged"). */
  readonly text: string;
  /** Takes a "that" clause. */
  readonly that: boolean;
  /** Can introduce a quotation after a colon. */
  readonly speech: boolean;
  /** Takes no object: content that is not a clause cannot follow it ("said him to apologise"). */
  readonly bare: boolean;
}

/** The statement's verb: its cue in the past tense (beliefs and wishes keep the present), else the act's plain verb. */
export function verbOf(s: Pick<Statement, 'cue' | 'act'>): Verb {
  const act = s.act ?? 'said';
  const words = s.cue.trim().toLowerCase().split(/\s+/);
  const lemma = CUE_FORMS.get(words[0] ?? '');
  const plain: Verb = { text: PLAIN_VERB[act], that: act !== 'wants' && act !== 'asked', speech: act === 'said' || act === 'wrote', bare: act !== 'wants' && act !== 'stance' };
  if (!lemma || ADDRESSEE_CUES.has(lemma)) return plain;
  const present = /s$/.test(words[0] ?? '') && (act === 'thinks' || act === 'wants');
  const head = present ? (words[0] as string) : (PAST.get(lemma) ?? words[0] ?? '');
  // Only the verb's own particle stays ("called for", "pointed out"); whatever else the cue held does not.
  const particle = words[1] !== undefined && CUE_PARTICLES.get(lemma)?.includes(words[1]) ? [words[1]] : [];
  const text = [head, ...particle].join(' ');
  // (a question put: "asked whether …", never "asked that whether …")
  if (act === 'asked') return { text, that: false, speech: false, bare: false };
  const speech = THAT_LEMMAS.has(lemma) && !OBJECT_CUES.has(lemma) && (act === 'said' || act === 'wrote');
  return { text, that: THAT_LEMMAS.has(lemma), speech, bare: BARE_LEMMAS.has(lemma) };
}

/** How reported content can follow a verb. */
export type ContentShape = 'subject' | 'linked' | 'complement' | 'predicate';

const SUBJECT_START = new Set(
  `i you he she it we they there this these those the a an his her its their our my your some many most all no each every
   both several few any one two three four five six seven eight nine ten another such much more less none either neither`.split(/\s+/),
);
const LINKS = new Set('that whether if why how what when where who which while because'.split(' '));
const FINITE = new Set(
  `is was are were has have had will would could should can may might must did does do 's isn't wasn't aren't weren't
   hasn't haven't hadn't won't wouldn't couldn't shouldn't can't didn't doesn't don't remains remained seems seemed`.split(/\s+/),
);
const ADVERB_START = new Set('sometimes now today already perhaps maybe also still even only just never once despite although though if unless in on at after before since for with without given by as'.split(' '));

/** Reported content that starts with a plain lower-case word, read as a bare noun subject ("allies wanted …"). */
const NOUN_START = /^(?!(?:him|her|them|us|me|to|of|for|about|on|with|by|from|into|as|at|in|\S+ing|\S+ly)\b)\p{Ll}+\b/u;
/** A conjunction opening reported content ("But the point is …"): left out after "said that". */
const CONJUNCTION = /^(?:But|And|So|Yet|Or)\b,?\s+(?=\S)/;

const wordsOf = (text: string) => text.replace(/^[\s"“‘'(—–-]+/, '').split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}'’]/gu, ''));

const PERSONAL = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'there']);
const IRREGULAR_PAST = new Set(
  `said had did made went came took gave got knew thought felt became left found told saw began kept held brought led lost won
   paid met ran sent spent built fell grew rose meant stood understood wrote spoke chose`.split(/\s+/),
);
const PRESENT = /^(says|wants|needs|makes|goes|does|gets|remains|shows|seems|looks|knows|thinks|believes|plans|continues|faces|hopes|supports|opposes|agrees|includes|means|takes|gives|comes|helps|depends|requires|poses|represents|stands)$/;
/** Present forms right after a plural subject ("most voters want …", "they need"), not "the need" or "percent support". */
const PLURAL_PRESENT = /^(want|need|say|think|believe|support|oppose|favou?r|prefer|like|know|see|agree|disagree|expect|feel|trust|approve|disapprove|remain|plan|hope|fear|worry|back|reject|accept)$/;
const AFTER_PARTICIPLE = new Set('by at in on for to from with under as into over against about'.split(' '));

/** True when the words hold a finite verb: an auxiliary, a common past or present form, or "-ed" not read as a participle. */
function hasFiniteVerb(words: readonly string[]): boolean {
  return words.some((raw, i) => {
    const w = raw.toLowerCase().replace(/’/g, "'");
    if (FINITE.has(w) || IRREGULAR_PAST.has(w) || PRESENT.test(w) || /n't$/.test(w)) return true;
    const before = (words[i - 1] ?? '').toLowerCase();
    if (PLURAL_PRESENT.test(w) && /^[a-z]{3,}s$|^(they|we|you|people)$/.test(before) && !SUBJECT_START.has(before)) return true;
    const next = (words[i + 1] ?? '').toLowerCase();
    return /^[a-z]{3,}ed$/.test(w) && i > 0 && !AFTER_PARTICIPLE.has(next) && !SUBJECT_START.has((words[i - 1] ?? '').toLowerCase());
  });
}

/**
 * Whether reported content starts with a subject (a pronoun, a determiner, a name: a clause or a noun phrase), a
 * link ("that …", "whether …"), a bare predicate ("was the cornerstone": its subject was cut away), or something
 * else that can only complete its own verb ("women to vote", "to resign").
 */
export function contentShape(text: string): ContentShape {
  const [first = '', second = ''] = wordsOf(text);
  const w = first.toLowerCase().replace(/’/g, "'");
  if (LINKS.has(w)) return 'linked';
  if (FINITE.has(w) || (/ly$/.test(w) && FINITE.has(second.toLowerCase()))) return 'predicate';
  if (SUBJECT_START.has(w) || /^\p{Lu}/u.test(first) || /^\d/.test(first) || ADVERB_START.has(w)) return 'subject';
  return 'complement';
}

/** True when content that starts with a subject is a clause (a finite verb follows), not a noun phrase. */
export function isClause(text: string): boolean {
  const words = wordsOf(text.split(/[.;:!?](?:\s|$)/, 1)[0] ?? text);
  return PERSONAL.has((words[0] ?? '').toLowerCase()) || hasFiniteVerb(words.slice(1, 25));
}

/** A capitalised function word at the start of reported content in lower case ("The" → "the"), nothing else. */
function lowerStart(text: string): string {
  const [first = ''] = text.split(/\s/, 1);
  const lower = first.toLowerCase();
  const common = SUBJECT_START.has(lower) || ADVERB_START.has(lower) || LINKS.has(lower) || STOP_WORDS.has(lower);
  return first !== 'I' && common ? text.replace(/^\p{Lu}/u, (c) => c.toLowerCase()) : text;
}

export interface ClauseOptions {
  /** Longest statement excerpt, in characters. */
  readonly maxChars?: number;
  /** Person or institution, when a registry knows the speaker (otherwise guessed from the name). */
  readonly kindOf?: (name: string) => SpeakerKind | undefined;
  /** Adds "also" after the name (the previous clause had the same speaker). */
  readonly also?: boolean;
  /** Words the surrounding group shares: picks which sentence of a long quote to show. */
  readonly focus?: ReadonlySet<string>;
  /** The speaker as this summary names them (overrides the short form). */
  readonly name?: string;
}

const PRONOUN = /^(he|she|they|it|we|i|you|him|her|them)$/i;

/** Who the clause names: the short form of the speaker, or "a source" for an unresolved pronoun. */
export function clauseSubject(s: StatementBrief, options: Pick<ClauseOptions, 'kindOf' | 'name'> = {}): string {
  if (options.name) return options.name;
  const name = (s.speaker ?? s.speakerMention).trim();
  if (!name || PRONOUN.test(name)) return 'a source';
  return shortSpeaker(name, s.speaker ? options.kindOf?.(s.speaker) : undefined);
}

/**
 * One clause naming who said what, ending with sentence punctuation; its first letter is left as the speaker's
 * name has it (the caller capitalises a sentence start). Every quotation in it is verbatim (see verbatim.ts).
 */
export function reportClause(s: StatementBrief, options: ClauseOptions = {}): string {
  const who = clauseSubject(s, options);
  const verb = verbOf(s);
  const also = options.also && verb.text !== 'added' ? 'also ' : '';
  const max = options.maxChars ?? 200;
  const text = s.text.trim();
  if (s.kind === 'direct') {
    const said = verb.speech ? verb.text : s.act === 'wrote' ? 'wrote' : 'said';
    return endSentence(`${who} ${also}${said}: ${quote(excerpt(text, { maxChars: max, focus: options.focus }).text)}`);
  }
  const shape = contentShape(text);
  if (shape === 'predicate' || (shape === 'complement' && verb.bare && !NOUN_START.test(text))) {
    const body = excerpt(text, { maxChars: max, fromStart: true }).text;
    return endSentence(`${who}, as reported: ${quote(body.startsWith('…') ? body : `…${body}`)}`);
  }
  const body = excerpt(text.replace(CONJUNCTION, ''), { maxChars: max, fromStart: true, reported: true }).text;
  // After "said" content with a subject is a clause; after a verb that also takes objects ("emphasized the
  // importance of …") only when a finite verb follows, and without "that" a clause still reads well.
  const that = verb.that && (verb.bare ? shape === 'subject' || shape === 'complement' : shape === 'subject' && isClause(text));
  if (that) return endSentence(`${who} ${also}${verb.text} that ${lowerStart(body)}`);
  return endSentence(`${who} ${also}${verb.text} ${shape === 'linked' ? lowerStart(body) : body}`);
}

const SUBJECT_MARK = '\u0001';

/**
 * What a quote line shows after the speaker's name: a direct quotation in marks, reported content with its verb
 * ("questioned Clinton's judgment …", "said that …", "as reported: “…was the cornerstone”"). No full stop added.
 */
export function reportPredicate(s: StatementBrief, options: Pick<ClauseOptions, 'maxChars'> = {}): string {
  const max = options.maxChars ?? 280;
  if (s.kind === 'direct') return quote(excerpt(s.text, { maxChars: max, fromStart: true }).text);
  const clause = reportClause(s, { maxChars: max, name: SUBJECT_MARK });
  return clause.slice(clause.startsWith(`${SUBJECT_MARK},`) ? 3 : 2).replace(/\.$/, '');
}

/** Adds a full stop unless the text already ends a sentence. */
export function endSentence(text: string): string {
  return /[.!?…]["”’)]*$/.test(text) ? text : `${text}.`;
}
