// Transcript turns (transcript.ts reads the labels): which labelled speakers are the interviewers, a turn that ends in
// a question, a greeting or thanks that states nothing.
import type { Span } from './segment.ts';
import type { TurnLabel } from './transcript.ts';

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

/** "Good morning, Margaret. Thanks for having me.": a greeting or thanks, not a statement. */
export function isCourtesy(words: string): boolean {
  const n = words.split(/\s+/).length;
  return (n <= 14 && /^(good (morning|afternoon|evening)|thank|thanks|welcome|hello|hi|pleasure|my pleasure|great to be)/i.test(words)) || (n <= 10 && /\b(thank you|thanks)\b/i.test(words));
}
