// Stage 5, frames: the attribution constructions matched in one unit. A frame is data — an id, the reason it
// exists, example sentences (run as tests) and where the matcher tries it — plus a match function. The matcher
// below walks a unit's items once; at each position it tries the frames of that position's kind in the order of
// the table (frame-table.ts) until one decides. Nothing else in the extractor knows a frame by name.
import type { StatementAct, StatementKind } from '../model.ts';
import { copularAt, cueAt, insideQuestion, PARTICIPLE, progressiveAt } from './cues.ts';
import { afterAddressee } from './speaker-after.ts';
import { analyseMention, type Mention } from './mentions.ts';
import { retoken } from './phrase-tokens.ts';
import { COPULAR_CUES, CUE_FORMS, MANNER_CUES, PRONOUNS, TAIL_STARTERS, WEEKDAYS } from './lexicon.ts';
import { isVerbLike } from './content-clauses.ts';
import { AUXILIARIES, DEGREE_WORDS, LEADING_CONJUNCTIONS, NOUN_DETERMINERS, PREDICATE_ADVERBS, SUBORDINATORS } from './lexicon-clauses.ts';
import type { Quote } from './segment.ts';
import { cannotSpeak, lastMentionOrSubject } from './speaker-after.ts';
import { subjectBefore } from './speaker-before.ts';
import type { Item, Unit } from './units.ts';

export interface Found {
  kind: StatementKind;
  mention: Mention;
  cue: string;
  /** Content spans in the document (several for a quote split around its cue). */
  parts: { start: number; end: number; quote?: Quote }[];
  /** Item range of the attribution frame, for the statement date. */
  frameText: string;
  unit: Unit;
  speakerOverride?: string | null;
  /** "Zelensky added:" closing its paragraph: no content here, the speaker of the quotation that follows. */
  announce?: true;
  /** The content is the cue's object alone ("endorsed Mr. Trump"): a stance, no words of the source's. */
  object?: true;
  /** Id of the frame (or discourse rule) that found it, for --explain. */
  frame?: string;
  /** What it reports, when the frame knows better than its cue ("In the new poll, …": found). */
  act?: StatementAct;
  /** The person a question was put to ("asked Smith whether …"): the one a following "he said" most likely is. */
  addressee?: Mention;
}

/**
 * Where a frame is tried: at "according to", at a cue in -ing form, at a cue with a speaker phrase before it, at a
 * cue with none, or once for a unit in which nothing else was found.
 */
export type FramePosition = 'according' | 'participle' | 'subject' | 'no-subject' | 'unit';

/** What a frame decided at a position: move on to the next item, stop the unit, or (null) let the next frame try. */
export type Verdict = 'next' | 'stop' | null;

export interface Frame {
  readonly id: string;
  readonly reason: string;
  /** Sentences in which this frame finds the statement (speaker, a piece of the text): generated tests. */
  readonly examples: readonly (readonly [sentence: string, speaker: string, piece: string])[];
  readonly at: FramePosition;
  /**
   * 'quotation': the frame finds nothing in a unit without a quotation (its match returns null there), so the matcher
   * does not ask it then (a test checks the claim on units without one).
   */
  readonly needs?: 'quotation';
  readonly match: (s: Scan) => Verdict;
}

type Cue = NonNullable<ReturnType<typeof cueAt>>;

/** All the fields of T, the optional ones too (their value possibly undefined). */
type EveryField<T> = { [K in keyof Required<T>]: T[K] };

/** The state of one walk over a unit's items, shared by the frames tried in it. */
export class Scan {
  readonly found: Found[] = [];
  /** Items before this index belong to a statement already found. */
  consumedUntil = -1;
  /** The speaker phrase of the last statement found in this unit. */
  lastMention: Mention | null = null;
  /** The item being looked at, its cue, and the speaker phrase before it (when the position has them). */
  i = 0;
  cue: Cue = { cue: '', lemma: '', next: 0 };
  subj: { mention: Mention; start: number } = { mention: null as unknown as Mention, start: 0 };
  /** Where the frame after the cue goes on past an addressee ("told reporters"). */
  frameFrom = 0;
  #frame = '';

  constructor(
    readonly unit: Unit,
    readonly text: string,
  ) {}

  get items(): readonly Item[] {
    return this.unit.items;
  }

  /** The document text of items a..b, for dates in the frame ("on Friday"). */
  frameText(a: number, b: number): string {
    const items = this.unit.items;
    return this.text.slice((items[a] as Item | undefined)?.start ?? this.unit.start, (items[Math.min(b, items.length) - 1] as Item | undefined)?.end ?? this.unit.end);
  }

  /** Records a statement; the items up to `until` are used up; `speaker` becomes the unit's last mention. */
  add(f: Omit<Found, 'unit' | 'frame'>, until: number, speaker?: Mention): 'next' {
    // a cue that tells how words were said reports no unquoted clause ("As the day went on, Trump offered …", "Reagan
    // went on to win"), except with its own "that", which only speaker-cue-content reads ("shouted that the vote …")
    if (f.kind === 'indirect' && this.#frame !== 'speaker-cue-content' && mannerCue(f.cue)) {
      this.consumedUntil = until;
      return 'next';
    }
    // (field by field, so that every finding has one object shape: a spread of the ~20 shapes the frames write is V8's
    // slow generic copy, and the stages after this one read findings of one shape faster)
    // (every field named: a field added to Found and not copied here fails to compile)
    const found: EveryField<Found> = { kind: f.kind, mention: f.mention, cue: f.cue, parts: f.parts, frameText: f.frameText, unit: this.unit, speakerOverride: f.speakerOverride, announce: f.announce, object: f.object, frame: this.#frame, act: f.act, addressee: f.addressee };
    this.found.push(found);
    this.consumedUntil = until;
    if (speaker) this.lastMention = speaker;
    return 'next';
  }

  /** Runs the frames of one position in order until one decides. */
  tryFrames(frames: readonly Frame[]): Verdict {
    // (by index: unoptimised code, as this mostly is in a one-shot run, makes an object for every step of a `for … of`)
    for (let k = 0; k < frames.length; k++) {
      const f = frames[k] as Frame;
      this.#frame = f.id;
      const v = f.match(this);
      if (v) return v;
    }
    return null;
  }
}

/** Does the cue's text hold a verb that only tells how words were said ("went on", "boomed")? */
function mannerCue(cue: string): boolean {
  for (const w of cue.split(' ')) if (MANNER_CUES.has(CUE_FORMS.get(w) ?? '')) return true;
  return false;
}

/** The frames of the table grouped by position, keeping their order. */
export function byPosition(table: readonly Frame[]): Record<FramePosition, readonly Frame[]> {
  const out: Record<FramePosition, Frame[]> = { according: [], participle: [], subject: [], 'no-subject': [], unit: [] };
  for (const f of table) out[f.at].push(f);
  return out;
}

/** Finds the statements of one unit with the frames of `table`. */
export function matchFrames(unit: Unit, text: string, frames: Record<FramePosition, readonly Frame[]>): Found[] {
  const s = new Scan(unit, text);
  const items = unit.items;
  for (let i = 0; i < items.length; i++) {
    if (i < s.consumedUntil) continue;
    s.i = i;
    const t = items[i] as Item;
    if (t.lower === 'according' && items[i + 1]?.lower === 'to') {
      s.tryFrames(frames.according);
      continue;
    }
    const cue = cueAt(items, i);
    // "Asked whether the administration believed Iran had …, Corrigan said …": the question's verbs report nothing
    // ("Smith, asked whether she would resign, said …": the one asked, in an aside before the sentence's own cue)
    if (!cue || insideQuestion(items, i) || askedAside(items, i, text)) continue;
    s.cue = cue;
    // "he’s predicting that …", "the group is calling on …": a progressive is the clause's own verb
    const progressive = progressiveAt(items, i);
    if (PARTICIPLE.test(t.text) && progressive === null) {
      s.tryFrames(frames.participle);
      continue;
    }
    // ("is convinced that …": the subject before the form of "be")
    const at = progressive === 'be' ? i - 1 : COPULAR_CUES.has(cue.lemma) ? copularAt(items, i) : i;
    const subj = verbGoesOn(s) ?? (progressive === 'contracted' ? contractedSubject(items, i - 1, text) : subjectBefore(items, at, text)) ?? andSaid(s, t);
    if (subj) {
      s.subj = subj;
      s.frameFrom = afterAddressee(items, cue, text);
      if (s.tryFrames(frames.subject) === 'stop') break;
      continue;
    }
    s.tryFrames(frames['no-subject']);
  }
  if (s.found.length === 0) s.tryFrames(hasQuotation(items) ? frames.unit : withoutQuotation(frames.unit));
  return s.found;
}

function hasQuotation(items: readonly Item[]): boolean {
  for (let k = 0; k < items.length; k++) if ((items[k] as Item).quote !== undefined) return true;
  return false;
}

const quotationless = new WeakMap<readonly Frame[], readonly Frame[]>();

/** The frames of a list that may find something in a unit without a quotation, in their order. */
function withoutQuotation(frames: readonly Frame[]): readonly Frame[] {
  let some = quotationless.get(frames);
  if (!some) {
    some = frames.filter((f) => f.needs !== 'quotation');
    quotationless.set(frames, some);
  }
  return some;
}

/** "Kasich says he would … and tells the crowd …": the statement just found goes on with a verb of its own. */
function verbGoesOn(s: Scan): { mention: Mention; start: number } | null {
  const at = conjunctionBefore(s.items, s.i);
  const conj = s.items[at]?.lower;
  // (", and said": the same after an aside on what the statement before was about — "supported Democrats during his
  // time on MSNBC, which let him go in 2015, and said …")
  if (s.found.length === 0 || (conj !== 'and' && conj !== 'but') || !s.lastMention || (s.consumedUntil < at - 1 && s.items[at - 1]?.text !== ',' && !frameGap(s.items, s.consumedUntil, at))) return null;
  return { mention: s.lastMention, start: at + 1 };
}

/**
 * "Cameron criticised Trump [in the British parliament over his call for the ban] and suggested …": between the
 * statement found and the joined verb, only where and why it happened (a preposition first, no verb, no quotation).
 */
function frameGap(items: readonly Item[], from: number, to: number): boolean {
  if (to - from > 16 || !TAIL_STARTERS.has(items[from]?.lower ?? '')) return false;
  // (a cue form after a determiner is a noun: "over his call for the ban")
  for (let k = from; k < to; k++) if (!(items[k] as Item).word || isVerbLike(items[k] as Item) || (CUE_FORMS.has((items[k] as Item).text) && !NOUN_DETERMINERS.has(items[k - 1]?.lower ?? ''))) return false;
  return true;
}

/** Where the "and" or "but" joining a verb at `i` to the clause before would be: right before it, or before "now", "later", "also". */
function conjunctionBefore(items: readonly Item[], i: number): number {
  // ("… used to support Paul, but now said Trump had …", "… voted no but later said …")
  // ("… a fiscal hawk and has said that …", "… critical of the mayor but on Tuesday wrote that …": an auxiliary or a day)
  let k = i - 1;
  if (WEEKDAYS.has(items[k]?.lower ?? '')) k -= items[k - 1]?.lower === 'on' ? 2 : 1;
  if (PREDICATE_ADVERBS.has(items[k]?.lower ?? '')) k--;
  if (AUXILIARIES.has(items[k]?.lower ?? '')) k--;
  return k;
}

/** "Abdelatty thanked Moscow for … and said Cairo was counting on …": the sentence's subject speaks. */
function andSaid(s: Scan, t: Item): { mention: Mention; start: number } | null {
  const conj = s.items[conjunctionBefore(s.items, s.i)]?.lower;
  // "… declined to address the report but said in a statement that …"
  if (t.text === 'saying' || (conj !== 'and' && conj !== 'but') || s.found.length > 0) return null;
  const inner = subordinateSubject(s, conjunctionBefore(s.items, s.i), t);
  if (inner) return inner;
  const m = lastMentionOrSubject(s.found, s.items, s.text, s.lastMention);
  // "She picked it up and crowed, “…”": a subject pronoun opening the sentence is the sentence's subject too
  // ("When given the chance to address the court, he stood, turned … and said": or opening its main clause after the
  // opener's comma)
  const at = m?.kind === 'pronoun' ? s.items.findIndex((x) => x.start === m.start) : -1;
  const opening = m?.kind === 'pronoun' && (at === 0 || (at > 2 && s.items[at - 1]?.text === ',')) && /^(he|she|they)$/i.test(m.text);
  return m && (m.kind !== 'pronoun' || opening) ? { mention: m, start: 0 } : null;
}

/**
 * "Shares fell after the grocery chain reported weak sales and warned that …": a cue joined by the conjunction at `conj`
 * to the verb of a subordinate clause before it has that clause's subject, not the sentence's, when both verbs report,
 * when the clause opens the sentence before its main clause, or when the sentence's subject cannot speak; else null.
 */
function subordinateSubject(s: Scan, conj: number, cue: Item): { mention: Mention; start: number } | null {
  const { items } = s;
  // (the joined verb in the clause's tense: not "when the nation needed to come together to support … and defend …")
  const past = cue.text !== s.cue.lemma && !/(s|ing)$/.test(cue.text);
  for (let k = conj - 1; k >= 0; k--) {
    const t = items[k] as Item;
    if (!t.word || t.quote !== undefined) return null;
    // (not "as", a preposition as often: "positioned Clinton as the most qualified person … and said")
    if (!SUBORDINATORS.has(t.lower) || t.lower === 'as') continue;
    // the clause's own verb, right after its subject (not an adjective in -ed: "the most qualified")
    for (let v = k + 2; v < conj; v++) {
      if (!isVerbLike(items[v] as Item) || DEGREE_WORDS.has(items[v - 1]?.lower ?? '')) continue;
      // (two reporting verbs joined, the clause's and the cue, or a clause that opens the sentence before its main clause:
      // "and when Rubio thanked Miami and said it was great to be home, a man yelled …"; not "Smith resigned after the
      // board met and said …")
      // (or a sentence subject that cannot speak: "Shares of X fell after the company missed estimates and said …")
      const opening = k === 0 || items[k - 1]?.text === ',' || (LEADING_CONJUNCTIONS.has(items[k - 1]?.lower ?? '') && (k === 1 || items[k - 2]?.text === ','));
      if ((/ed$/.test((items[v] as Item).lower) && !past) || (cueAt(items, v) === null && !opening && !cannotSpeak(lastMentionOrSubject(s.found, items, s.text, s.lastMention)))) return null;
      const subj = subjectBefore(items, v, s.text);
      return subj && subj.start === k + 1 && subj.mention.kind !== 'pronoun' ? subj : null;
    }
    return null;
  }
  return null;
}

/** "he’s predicting": the pronoun inside a contraction is the subject. */
function contractedSubject(items: readonly Item[], at: number, text: string): { mention: Mention; start: number } | null {
  const t = items[at] as Item;
  const pronoun = t.text.replace(/[’'](s|re)$/, '');
  if (!PRONOUNS.has(pronoun.toLowerCase())) return null;
  const m = analyseMention([retoken(t, pronoun, pronoun.toLowerCase(), t.start + pronoun.length)], text);
  return m ? { mention: m, start: at } : null;
}

/**
 * "Smith, asked whether she would resign, said …", "Kettering, asked by reporters whether …, said …": "asked" opening an
 * aside after the subject is its passive (the subject was asked), when the aside closes before the subject's own cue.
 */
function askedAside(items: readonly Item[], i: number, text: string): boolean {
  if ((items[i] as Item).lower !== 'asked' || items[i - 1]?.text !== ',') return false;
  const after = cueAfterAside(items, i, 30, text);
  return after !== null && after.subject.mention.end <= (items[i - 1] as Item).start;
}

/**
 * The aside opened at `i` (after its comma) closed by the first comma within `reach` items, then the sentence's own finite
 * cue ("also" may stand before it): that comma and the cue's subject ("Smith, asked …, said", "Mayor Jane Smith, citing
 * …, said"); null when no such cue or subject follows.
 */
export function cueAfterAside(items: readonly Item[], i: number, reach: number, text: string): { comma: number; subject: { mention: Mention; start: number } } | null {
  const comma = items.findIndex((x, k) => k > i + 1 && k <= i + reach && x.text === ',');
  const k = items[comma + 1]?.lower === 'also' ? comma + 2 : comma + 1;
  const verb = items[k];
  if (comma < 0 || !verb || PARTICIPLE.test(verb.text) || cueAt(items, k) === null) return null;
  const subject = subjectBefore(items, k, text);
  return subject ? { comma, subject } : null;
}
