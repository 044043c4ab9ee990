// Small text helpers of the summariser: clipping at a word boundary, sentences, the sentence of a quote that fits
// the group best, and the reporting verb of a cue. Clauses are built in clause.ts, names in names.ts.
import { salientStems } from '../themes/terms.ts';
import { verbOf } from './clause.ts';

export { endSentence, reportClause, type ClauseOptions } from './clause.ts';
export { shortSpeaker } from './names.ts';

/** A reporting verb for a summary sentence, in the past tense where the cue allows it ("adding" → "added"). */
export function reportingVerb(cue: string): string {
  return verbOf({ cue, act: 'said' }).text;
}

/** The text cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** The sentences of a quote (quotes often run over several). */
export function sentences(text: string): string[] {
  return text
    .trim()
    .split(/(?<=[.!?])\s+(?=[“"‘'(]?\p{Lu})/u)
    .map((x) => x.trim())
    .filter(Boolean);
}

/** The sentence sharing most words with `focus` (the group's common words); the first one on a tie. Verbatim. */
export function focusSentence(text: string, focus?: ReadonlySet<string>): string {
  const all = sentences(text);
  if (all.length <= 1 || !focus || focus.size === 0) return all[0] ?? text.trim();
  let best = all[0] as string;
  let bestScore = 0;
  for (const sentence of all) {
    let score = 0;
    for (const t of salientStems(sentence)) if (focus.has(t)) score++;
    if (score > bestScore) {
      best = sentence;
      bestScore = score;
    }
  }
  return best;
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
