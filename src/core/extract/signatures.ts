// Quotations signed below them, as news releases print them: one or more paragraphs of quotation only, then a
// paragraph with the speaker's name on a line of its own, the role under it or not ("The Honourable Jane Doe\nMinister
// of Energy"; ingestion leaves each line a paragraph), or after a dash ("– Jane Doe, chief executive"). Read before the
// discourse pass, so that the quotations are the signer's and not the words of whoever spoke last, when nothing above
// them gives them a speaker.
import { analyseMention, type Mention } from './mentions.ts';
import { segmentParagraph, tokenize, type Span } from './segment.ts';
import { CUE_FORMS } from './lexicon.ts';
import { isGivenName } from './given-names.ts';
import { buildUnits, isQuoteOnlyUnit } from './units.ts';

/** A signature's greatest length in words: a name and a role of a line or two. */
const MOST_WORDS = 30;

/** The person a signature paragraph names, or null when `span` is no signature. */
export function signatureAt(text: string, span: Span): Mention | null {
  const body = text.slice(span.start, span.end);
  if (body.length > 240 || /["“”‘’]/.test(body) || /[.!?:]\s*$/.test(body.trimEnd().replace(/\b(?:Inc|Ltd|Corp|Co|Jr|Sr|Dr|Hon|St)\.$/, ''))) return null;
  const lines = body.split('\n');
  if (lines.length > 3 || body.split(/\s+/).length > MOST_WORDS) return null;
  const first = /^[\s\-–—―]*/.exec(lines[0] as string)?.[0].length ?? 0;
  const nameEnd = (lines[0] as string).indexOf(',', first);
  const name = (lines[0] as string).slice(first, nameEnd < 0 ? undefined : nameEnd).trimEnd();
  // (one line without a dash only when it is the name alone, as ingestion leaves the name's line apart from its role's:
  // "Quick facts", a dateline, "Member of Parliament for Sudbury" alone are none)
  if (lines.length === 1 && first === 0 && nameEnd >= 0) return null;
  const tokens = tokenize(name, span.start + first).filter((t) => t.word || t.text === '.');
  if (tokens.length < 2 || tokens.length > 6 || tokens.some((t) => t.word && (CUE_FORMS.has(t.lower) || !/^\p{Lu}/u.test(t.text)))) return null;
  // (the tokens carry the document's offsets: the phrase is read against the document's text)
  const m = analyseMention(tokens, text);
  if (m?.kind !== 'name' || m.institution || m.name === null || !m.name.includes(' ')) return null;
  // (a name alone on its line opens with a given name: not a section's heading, "Cocoa Costs", nor a song's title)
  return lines.length > 1 || first > 0 || isGivenName((m.name.split(' ')[0] as string).split('-')[0] as string) ? m : null;
}

/** Whether the paragraph at `span` is quotation only (no word outside its quotation marks). */
function quotationOnly(text: string, span: Span, index: number, singleStyle: boolean): boolean {
  const units = buildUnits(segmentParagraph(text, span, index, singleStyle), text);
  return units.length > 0 && units.every(isQuoteOnlyUnit);
}

/**
 * The paragraphs signed below them: paragraph index → the signer. Only paragraphs of quotation alone right above a
 * signature, up to the paragraph before the first that is not.
 */
export function signedParagraphs(text: string, spans: readonly Span[], singleStyle: boolean): Map<number, Mention> {
  const signed = new Map<number, Mention>();
  for (let k = 1; k < spans.length; k++) {
    const span = spans[k] as Span;
    const m = signatureAt(text, span);
    if (!m || !quotationOnly(text, spans[k - 1] as Span, k - 1, singleStyle)) continue;
    let x = k - 1;
    while (x > 0 && !signed.has(x - 1) && quotationOnly(text, spans[x - 1] as Span, x - 1, singleStyle)) x--;
    if (!unattributedAbove(text, spans, x, singleStyle)) continue;
    for (let n = x; n < k; n++) signed.set(n, m);
  }
  return signed;
}

/**
 * Whether nothing above the quotation paragraphs from `first` gives them a speaker already: not a colon's introduction
 * ("Tom Hughes told reporters:"), not a quotation going on from the paragraph before ("“…,” Tom Hughes said."), and
 * not a name above each quotation, as vox pops print them ("Maria Lopez\n\n“I voted …”").
 */
function unattributedAbove(text: string, spans: readonly Span[], first: number, singleStyle: boolean): boolean {
  const above = spans[first - 1];
  if (!above) return true;
  const body = text.slice(above.start, above.end).trimEnd();
  if (body.endsWith(':') || /["“”]/.test(body)) return false;
  // (a name above signs the quotation above it, if there is one: "“…”\n\nJane Doe\n\n“…”\n\nTom Hughes")
  const before = spans[first - 2];
  return signatureAt(text, above) === null || (before !== undefined && quotationOnly(text, before, first - 2, singleStyle));
}
