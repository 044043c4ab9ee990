// The speaker a headline names as its source, used as evidence for the body: "NATO bases unacceptable, says
// Lavrov", "Moscow will respond — Russian envoy", "Lavrov: NATO expansion threatens Russia". Wire copy often names
// the source only there and writes "he said" in the body.
import { CUE_FORMS } from './lexicon.ts';
import { HEADLINE_LABELS } from './lexicon-speakers.ts';
import { analyseMention, trimNp, type Mention } from './mentions.ts';
import { tokenize, type Token } from './segment.ts';

const MAX_WORDS = 6;

/** The source a headline gives its claim, or null. */
export function headlineSpeaker(title: string): Mention | null {
  const tokens = tokenize(title, 0).filter((t, k, all) => !(k === all.length - 1 && /^[.!?]$/.test(t.text)));
  if (tokens.length < 4) return null;
  return afterComma(tokens, title) ?? afterDash(tokens, title) ?? beforeColon(tokens, title);
}

const isCue = (t: Token | undefined): boolean => t !== undefined && t.word && CUE_FORMS.has(t.lower) && /s$|said$/.test(t.lower);
const speakerLike = (m: Mention | null): Mention | null => (m && (m.kind === 'name' || m.kind === 'role') ? m : null);

/** "…, says Lavrov", "…, Lavrov says", "…, says Russian top diplomat". */
function afterComma(tokens: readonly Token[], title: string): Mention | null {
  const comma = tokens.map((t) => t.text).lastIndexOf(',');
  if (comma < 2 || tokens.length - comma - 1 > MAX_WORDS + 1) return null;
  const rest = tokens.slice(comma + 1);
  if (isCue(rest[0])) return speakerLike(analyseMention(trimNp(rest.slice(1)), title));
  if (isCue(rest[rest.length - 1])) return speakerLike(analyseMention(trimNp(rest.slice(0, -1)), title));
  return null;
}

/** "Moscow will respond to any such step — Russian envoy". */
function afterDash(tokens: readonly Token[], title: string): Mention | null {
  const dash = tokens.findIndex((t, k) => k >= 3 && (t.text === '—' || t.text === '–' || t.text === '-') && !t.word);
  if (dash < 0 || tokens.length - dash - 1 > MAX_WORDS || tokens.length - dash - 1 < 1) return null;
  return speakerLike(analyseMention(trimNp(tokens.slice(dash + 1)), title));
}

/** "Lavrov: NATO expansion threatens Russia". */
function beforeColon(tokens: readonly Token[], title: string): Mention | null {
  const colon = tokens.findIndex((t, k) => k > 0 && k <= 4 && t.text === ':');
  // (not a live blog's or a section's label: "Live Updates: Former Deputy Mayor … Found Guilty")
  if (colon < 0 || tokens.slice(0, colon).every((t) => HEADLINE_LABELS.has(t.lower))) return null;
  const m = analyseMention(trimNp(tokens.slice(0, colon)), title);
  return m && m.kind === 'name' && !m.institution ? m : null;
}
