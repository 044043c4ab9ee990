// Transcript turns (transcript.ts reads the labels): which labelled speakers are the interviewers, a turn that ends in
// a question, a greeting or thanks that states nothing.
import type { Span } from './segment.ts';
import type { TurnLabel } from './transcript.ts';
import { CUE_FORMS, TITLE_WORDS } from './lexicon.ts';
import { isGivenName } from './given-names.ts';
import { QUESTIONER_LABELS } from './lexicon-speakers.ts';

/** A transcript turn that ends in a question mark (a closing quotation mark may follow). */
export const endsInQuestion = (words: string): boolean => /\?[”"’']?$/.test(words);

/** Labels whose turns mostly end in a question: the interviewers of a transcript. */
export function askers(labels: readonly (TurnLabel | null)[], paragraphs: readonly Span[], text: string): Set<string> {
  const turns = new Map<string, { all: number; questions: number }>();
  labels.forEach((l, k) => {
    const p = paragraphs[k];
    if (!l || !p) return;
    const t = turns.get(l.name) ?? { all: 0, questions: 0 };
    t.all++;
    if (endsInQuestion(text.slice(l.contentStart, p.end).trim())) t.questions++;
    turns.set(l.name, t);
  });
  // the one who asks most, and anyone who mostly asks
  const most = Math.max(0, ...[...turns.values()].map((t) => t.questions));
  return new Set([...turns].filter(([, t]) => t.questions > 0 && (t.questions === most || t.questions * 2 >= t.all)).map(([name]) => name));
}

/**
 * The sentences of eight words or more that a turn ending in a question states before it ("Since April, 212 sailings
 * from my constituency have been cancelled. Will the Prime Minister meet me?": one).
 */
export function claimsBeforeQuestion(words: string, own = false): number {
  const sentences = words.split(/(?<=[.!])\s+(?=["“‘(]?\p{Lu})/u);
  // (`own`: in the first person and passing on no one's words, "212 sailings from my constituency have been
  // cancelled"; not "The FAA says the planes are safe", "You told police that …")
  const owned = (x: string): boolean => inFirstPerson(x) && !x.split(/\s+/).some((w) => CUE_FORMS.has(w.replace(/[^\p{L}]+$/u, '')));
  return sentences.filter((x) => /[.!]["”’)]?$/.test(x) && x.split(/\s+/).length >= 8 && (!own || owned(x))).length;
}

/** A label that names no one, only the one who asks: "QUESTION:", "Reporter:", "Audience member:". */
export const questionerLabel = (name: string): boolean => name.toLowerCase().split(/\s+/).every((w) => QUESTIONER_LABELS.has(w));

/** "Good morning, Margaret. Thanks for having me.": a greeting or thanks, not a statement. */
export function isCourtesy(words: string): boolean {
  const n = words.split(/\s+/).length;
  // ("Happy to be here.", "Glad to be with you."; not "Glad to be asked. The money has run out …")
  return (n <= 14 && /^(good (morning|afternoon|evening)|thank|thanks|welcome|hello|hi|pleasure|my pleasure|great to be)/i.test(words)) || (n <= 6 && /^(happy|glad|good|nice) to be\b/i.test(words)) || (n <= 10 && /\b(thank you|thanks)\b/i.test(words));
}

/** Quotation marks: an answer printed without labels has none of its own (a quotation is someone's words, a turn is not). */
const QUOTE_MARK = /[“”"‘]/;
/** A question put to the one interviewed: "Did you …?", "What will you say?". */
const ASKS_YOU = /\byou(?:r|rs|rself)?\b/i;
/** The speaker's own person: an answer that reports with a cue and has none is the writer's ("The coach warned …"). */
const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|we|we're|we’re|we've|we’ve|our|us)\b/i;
/** The same, case kept: "I", and "we", "our", "us" but not "US". */
const FIRST_PERSON_CASED = /\b(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Ww]e|[Ww]e['’](?:re|ve|ll|d)|[Oo]ur|[Uu]s)\b/;

/** Whether words speak in the first person ("Our members are not …", "I will not ask …"). */
export const inFirstPerson = (words: string): boolean => FIRST_PERSON_CASED.test(words);

/** The writer's note that an interview follows, edited. */
const EDITED_NOTE = /\b(?:(?:has|have) been (?:lightly )?(?:edited|condensed)(?: and (?:edited|condensed))? for (?:length|brevity|clarity)|[Ee]dited excerpts from)/;

/** Does a paragraph hold a reporting verb (a cue form)? */
const reports = (paragraph: string): boolean => paragraph.split(/[^\p{L}’']+/u).some((w) => CUE_FORMS.has(w));

/**
 * "Did you consider skipping the premiere?\n\nFor about a day. Then I talked to …": an interview printed without labels
 * (the bold of its questions lost with the page's markup) — at least two questions put to "you", each a paragraph of its
 * own with no quotation marks, each followed by a paragraph that answers, with no quotation marks, no question, no
 * "according to" and no reporting verb unless it speaks in the first person. Labels as qaLabel gives them: each question, each answer, and the paragraph after an answer (read as
 * any paragraph, it ends the turn); null when the document has no such interview.
 */
export function unlabelledQa(paragraphs: readonly Span[], text: string): ({ readonly which: 'Q' | 'A'; readonly contentStart: number } | null)[] | null {
  const labels: ({ readonly which: 'Q' | 'A'; readonly contentStart: number } | null)[] = paragraphs.map(() => null);
  // (after the writer says an interview follows, "The conversation has been lightly edited for length and clarity",
  // "Edited excerpts from governor Raghav Menon's post-policy press conference:", any
  // question will do: "Why do this everywhere …?", "Is Pixelhaus under investigation …?")
  const edited = EDITED_NOTE.exec(text)?.index ?? text.length;
  let pairs = 0;
  for (let k = 0; k + 1 < paragraphs.length; k++) {
    const q = paragraphs[k] as Span;
    const a = paragraphs[k + 1] as Span;
    const question = text.slice(q.start, q.end).trim();
    if (!question.endsWith('?') || question.split(/\s+/).length > 40 || QUOTE_MARK.test(question) || (!ASKS_YOU.test(question) && q.start < edited)) continue;
    // (the answer read only after a question: most paragraphs are neither)
    const answer = text.slice(a.start, a.end).trim();
    if (answer.endsWith('?') || QUOTE_MARK.test(answer) || /\baccording to\b/i.test(answer) || (reports(answer) && !FIRST_PERSON.test(answer))) continue;
    labels[k] = { which: 'Q', contentStart: q.start };
    labels[k + 1] = { which: 'A', contentStart: a.start };
    const after = paragraphs[k + 2];
    if (after) labels[k + 2] = { which: 'Q', contentStart: after.start };
    pairs++;
    k++;
  }
  return pairs >= 2 ? labels : null;
}

/**
 * Whether a paragraph names one of the transcript's labelled speakers in full, a given name before the surname
 * ("Senator Kate Lindqvist was at the table …", for the label "Senator LINDQVIST:"): the story's own words about them,
 * not a turn going on (a speaker talks in the first person, and names the others by title or surname alone: "But Jones
 * has never delivered", "I can tell Senator Lindqvist …"; nor a label that is only a title, "THE PRESIDENT:").
 */
export function namesLabelledSpeaker(paragraph: string, labels: readonly (TurnLabel | null)[]): boolean {
  if (inFirstPerson(paragraph)) return false;
  const surnames = new Set<string>();
  for (const l of labels) if (l) surnames.add(l.name.slice(l.name.lastIndexOf(' ') + 1));
  for (const s of surnames) {
    if (s.length < 3 || TITLE_WORDS.has(s)) continue;
    const at = paragraph.indexOf(` ${s}`);
    const before = at > 0 ? /(\p{Lu}[\p{L}'’-]*)$/u.exec(paragraph.slice(Math.max(0, at - 20), at))?.[1] : undefined;
    if (before !== undefined && isGivenName(before) && !/\p{L}/u.test(paragraph.charAt(at + s.length + 1))) return true;
  }
  return false;
}
