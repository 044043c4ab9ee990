// Attributions that point back: "The Minister of Labour, Dr. Adaobi Nwankwo, stated this on Thursday in Abuja", "He said
// this in a written reply to …", "This was stated by the head of Ukrenergo, Vitalii Hordiienko, on the air of …". The
// words were given first, in the sentences before (the same paragraph's, or the whole paragraph before when the
// attribution opens its own); Nigerian, Malaysian, Ukrainian, Russian and Chinese English-language copy writes so.
import type { Found, Scan, Verdict } from './frames.ts';
import { CUE_ACTS, CUE_FORMS, FINITE_VERBS, WEAK_CUES } from './lexicon.ts';
import { AUXILIARIES, SAYING_FORMS } from './lexicon-clauses.ts';
import { isVerbLike } from './content-clauses.ts';
import { isQuote, type Item, type Unit } from './units.ts';
import { AFTER_SAID_THIS, BE_PAST, LINKS_AFTER_SAID_THIS, POINTING_BACK, SAID_THIS_CUES } from './lexicon-frames.ts';
import { subjectAfter } from './speaker-after.ts';
import { nameBetweenCommas } from './speaker-phrase.ts';

/** "X stated this on Thursday …", "She said this at a joint press conference": the subject's words are the sentences before. */
export function saidThis(s: Scan): Verdict {
  const { items, cue, subj, unit, text } = s;
  const next = items[cue.next + 1];
  // (a cue of saying, then "this" and where or when, or the sentence's end: not "Few politicians would ever admit this,
  // but …")
  if (items[cue.next]?.lower !== 'this' || !SAID_THIS_CUES.has(cue.lemma) || !(next === undefined || next.text === '.' || AFTER_SAID_THIS.has(next.lower))) return null;
  // (nor "said this in turn would push …", "said this on Monday was …": a verb after it makes "this" the content's subject;
  // nor "said this on Telegram: “…”": the words are after it)
  const comma = items.findIndex((t, k) => k > cue.next && t.text === ',');
  const inClause = (k: number): boolean => k < comma || comma < 0;
  // (a verb in -s too, before its object or complement: "said this in turn means higher costs", "said this today marks
  // the beginning"; not "while briefing journalists in Abuja")
  const verbInS = (k: number): boolean => { const t = items[k] as Item; const n = items[k + 1]; return /^\p{Ll}{2,}[^su's]s$/u.test(t.text) && n !== undefined && n.word && /^\p{Ll}/u.test(n.text) && !AFTER_SAID_THIS.has(n.lower) && !LINKS_AFTER_SAID_THIS.has(n.lower); };
  if (items.some((t, k) => k > cue.next && (isQuote(t) || t.text === ':' || (inClause(k) && t.word && /^\p{Ll}/u.test(t.text) && (FINITE_VERBS.has(t.lower) || AUXILIARIES.has(t.lower) || verbInS(k)))))) return null;
  // (the subject opens the sentence, an appositive's role before it at most: "The Minister of Labour, Dr. Adaobi Nwankwo,")
  if (items.slice(0, subj.start).some((t) => isQuote(t) || (t.word && /^\p{Ll}/u.test(t.text) && isVerbLike(t)))) return null;
  const before = wordsBefore(text, unit.start);
  // (with no such words before, the sentence still states nothing of its own: "She said this at a joint press
  // conference with …, an Ukrinform correspondent reports")
  if (!before) return null;
  // (up to the comma only: "…, adding that another 3,000 would be trained" goes on as a statement of its own)
  const until = comma > 0 ? comma : items.length;
  return s.add({ kind: 'indirect', mention: subj.mention, cue: cue.cue, parts: [before], frameText: s.frameText(subj.start, until) }, until, subj.mention);
}

/** "This was stated by the head of Ukrenergo, Vitalii Hordiienko, on the air …": the agent's words are the sentences before. */
export function thisWasSaidBy(items: readonly Item[], text: string, unit: Unit): Found | null {
  // (a cue of saying only: not "This was denied by …", "disputed by", "rejected by", whose agent holds the opposite)
  if (!POINTING_BACK.has(items[0]?.lower ?? '') || !BE_PAST.has(items[1]?.lower ?? '') || !SAID_THIS_CUES.has(CUE_FORMS.get(items[2]?.lower ?? '') ?? '') || items[3]?.lower !== 'by') return null;
  const agent = subjectAfter(items, 4, text);
  const before = agent && agent.mention.kind !== 'pronoun' ? wordsBefore(text, unit.start) : null;
  if (!agent || !before) return null;
  // ("by the Chairman of the Board of Ukrenergo, Vitalii Hordiienko,": the role's holder named between commas)
  const holder = agent.mention.kind === 'role' || agent.mention.institution ? nameBetweenCommas(items, agent.end, 5, text) : null;
  return { kind: 'indirect', mention: holder ?? agent.mention, cue: (items[2] as Item).text, parts: [before], frameText: text.slice(unit.start, unit.end), unit };
}

/**
 * The words a pointing-back attribution at `start` refers to: the sentences before it in its paragraph, else the whole
 * paragraph before; null when they quote anyone, report anyone's words themselves (a cue of their own), or are too
 * short to be a claim (a byline, a dateline).
 */
function wordsBefore(text: string, start: number): { start: number; end: number } | null {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let from = lineStart;
  let to = start;
  if (text.slice(lineStart, start).trim() === '') {
    let end = lineStart - 1;
    while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
    if (end <= 0) return null;
    from = text.lastIndexOf('\n', end - 1) + 1;
    to = end;
  }
  while (from < to && /\s/.test(text.charAt(from))) from++;
  while (to > from && /\s/.test(text.charAt(to - 1))) to--;
  const span = text.slice(from, to);
  const words = span.split(/\s+/).map((w) => w.toLowerCase().replace(/[^\p{L}]/gu, ''));
  // (a cue in the past or the present tense reports someone's words already: "…, the IMF warned on Tuesday", "The
  // opposition claimed …"; a bullet or a caption's present tense is no claim)
  const cued = (w: string): boolean => { const lemma = CUE_FORMS.get(w) ?? ''; return SAYING_FORMS.has(w) || w === 'according' || (/(?:ed|s)$/.test(w) && lemma !== '' && !CUE_ACTS.has(lemma) && !WEAK_CUES.has(lemma)); };
  // (a claim has a verb in the past, the future or with its auxiliary: not a caption's "Residents wade through floodwaters …")
  const tensed = words.some((x) => /ed$/.test(x) || AUXILIARIES.has(x) || FINITE_VERBS.has(x));
  if (words.length < 6 || !tensed || !/[.!]$/.test(span) || /^[•*·-]/.test(span) || /["“”«»]/.test(span) || words.some(cued)) return null;
  return { start: from, end: to };
}
