// Assembly: found frames → statements (body text, id, act, date), a run of paragraphs cut per paragraph, renames
// when a later sentence names an earlier unnamed speaker, and de-duplication.
import { beHaveOrModal } from './content-clauses.ts';
import crypto from 'node:crypto';
import type { CleanDocument, Statement, StatementAct } from '../model.ts';
import { oneSpace } from '../ingest/clean-text.ts';
import { statementDate } from './dates.ts';
import type { Found } from './frames.ts';
import { CUE_ACTS, CUE_FORMS } from './lexicon.ts';
import type { Mention } from './mentions.ts';
import type { Quote, Span } from './segment.ts';
import type { Unit } from './units.ts';

/** The quotations of a unit that no frame took, given to `speaker` (the quotation goes on, or was announced). */
export function bareQuotes(u: Unit, used: Set<Quote>, mention: Mention | null, speaker: string | null, doc: CleanDocument, text: string, cue = '', frame?: string): Statement[] {
  const out: Statement[] = [];
  for (const it of u.items) {
    if (!it.quote || used.has(it.quote)) continue;
    const m: Mention = mention ?? { kind: 'pronoun', text: '', start: it.start, end: it.start, name: null, role: null, institution: false, plural: false, members: [] };
    const f: Found = { kind: 'direct', mention: m, cue, parts: [{ start: it.quote.innerStart, end: it.quote.innerEnd, quote: it.quote }], frameText: '', unit: u, frame: frame ?? (mention ? 'bare-quote-of-intro' : 'bare-quote-goes-on') };
    out.push(makeStatement(doc, f, speaker, text));
  }
  return out;
}

/** What a found statement reports, from its cue ("said" unless the cue reports a belief, wish, finding or stance). */
export function actOf(f: Found): StatementAct {
  if (f.act) return f.act;
  if (f.object) return 'stance';
  if (f.cue === 'according to' || f.cue === 'quoted as saying') return 'said';
  const space = f.cue.indexOf(' ');
  const act = CUE_ACTS.get(CUE_FORMS.get(space < 0 ? f.cue : f.cue.slice(0, space)) ?? '') ?? 'said';
  // a quotation gives the source's own words: spoken, unless the cue says written
  return f.kind === 'direct' && act !== 'wrote' ? 'said' : act;
}

/** How a statement was found and who its speaker is taken to be: the frame, the speaker phrase, the resolution. */
export interface Explanation {
  /** Id of the frame (frame-table.ts) or discourse rule that found the statement. */
  readonly frame: string;
  /** The speaker phrase as written ("he", "the top diplomat", "Lavrov"), and what kind of phrase it is. */
  readonly mention: string;
  readonly mentionKind: Mention['kind'];
  /** How the phrase became the speaker. */
  readonly via: string;
}

/**
 * A statement while it is being extracted: it keeps its parts, so a run of paragraphs can be cut per paragraph, and
 * how it was found, for --explain.
 */
export type Draft = Statement & { readonly parts?: Found['parts']; readonly explain?: Explanation };

/** How a speaker phrase became the speaker (a sentence for people reading --explain, not a code). */
function viaOf(f: Found, speaker: string | null): string {
  const m = f.mention;
  if (f.speakerOverride !== undefined) return 'the speaker of the turn or statement this continues';
  if (!speaker) return m.kind === 'pronoun' ? 'pronoun with no person it can refer to: unknown' : 'no speaker could be resolved: unknown';
  switch (m.kind) {
    case 'pronoun':
      return m.text ? `pronoun → the last person it fits (${speaker})` : `continues the last speaker (${speaker})`;
    case 'name':
      return m.name === speaker ? 'named in full' : `name → ${speaker} (the person this document names in full, or the one known person it fits)`;
    case 'role':
      return speaker.toLowerCase() === m.text.toLowerCase().replace(/^the\s+/, 'the ') ? 'role or institution kept as written' : `role → ${speaker} (who holds it here, or the one known holder)`;
    default:
      return `${m.kind} → ${speaker}`;
  }
}

export function makeStatement(doc: CleanDocument, f: Found, speaker: string | null, text: string): Draft {
  const parts = f.parts;
  const first = parts[0] as { start: number; end: number };
  const lastPart = parts[parts.length - 1] as { start: number; end: number };
  const body = bodyOf(parts, text);
  const who = speaker ?? (f.mention.text || null);
  const id = statementId(body, who);
  const context = oneSpace(text.slice(f.unit.start, f.unit.end)).trim();
  return {
    id,
    docId: doc.id,
    speaker,
    speakerMention: f.mention.text,
    cue: f.cue,
    kind: f.kind,
    act: actOf(f),
    text: body,
    context,
    span: [first.start, lastPart.end],
    date: statementDate(f.frameText, doc.date),
    outlet: doc.outlet,
    url: doc.url,
    parts,
    explain: { frame: f.frame ?? 'unnamed', mention: f.mention.text, mentionKind: f.mention.kind, via: viaOf(f, speaker) },
  };
}

/**
 * The statement a draft becomes: its fields in their order without the parts and the explanation, the speaker as tidied,
 * the speaker's role and the id (field by field: copying the draft by spread and rest was V8's slow generic copy, for
 * every statement).
 */
export function finished(d: Draft, speaker: string | null, speakerRole: string | null, id: string): Statement {
  return { id, docId: d.docId, speaker, speakerMention: d.speakerMention, cue: d.cue, kind: d.kind, act: d.act, text: d.text, context: d.context, span: d.span, date: d.date, outlet: d.outlet, url: d.url, speakerRole };
}

/**
 * One statement per paragraph: a speaker's run of quoted paragraphs becomes one statement for each paragraph,
 * linked by `run` (the id the whole run would have, its place and length), so search finds the paragraph that
 * matches while answers and digests can still show the run whole.
 */
export function perParagraph(plain: Statement, parts: Draft['parts'], spans: readonly Span[], text: string): Statement[] {
  if (!parts || parts.length < 2) return [plain];
  const groups: Found['parts'][] = [];
  let at = -1;
  for (const part of parts) {
    const k = paragraphOf(spans, part.start);
    if (k !== at) groups.push([]);
    at = k;
    (groups[groups.length - 1] as Found['parts'][number][]).push(part);
  }
  if (groups.length < 2) return [plain];
  const who = plain.speaker ?? (plain.speakerMention || null);
  return groups.map((g, k) => {
    const body = bodyOf(g, text);
    const first = g[0] as { start: number };
    const last = g[g.length - 1] as { end: number };
    return { ...plain, id: statementId(body, who), text: body, span: [first.start, last.end] as const, run: { id: plain.id, part: k + 1, of: groups.length } };
  });
}

export function paragraphOf(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((spans[mid] as Span).start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function bodyOf(parts: Found['parts'], text: string): string {
  const joined = parts
    .map((p, k) => {
      const t = text.slice(p.start, p.end).trim();
      // "“We are not going to war,” he said. “That is …”": the comma before the cue ends a sentence here
      const next = parts[k + 1];
      return next && t.endsWith(',') && /^\p{Lu}/u.test(text.slice(next.start, next.end).trim()) ? `${t.slice(0, -1)}.` : t;
    })
    .join(' ');
  // (white space is one space after oneSpace, so the end is trimmed of spaces and , ; : by hand: an end-anchored
  // regular expression is tried from every position of the body)
  const spaced = oneSpace(joined);
  // (a demonstrative stays: "said that was a matter for the operator")
  const demonstrative = /^that\s/.test(spaced) && beHaveOrModal(spaced.slice(5, spaced.indexOf(' ', 5) > 0 ? spaced.indexOf(' ', 5) : undefined));
  const opened = (demonstrative ? spaced : spaced.replace(/^(that\s+|:\s*)/, ''))
    // a section label opening the paragraph ("KEEPING SCORE: …") is the page's, not the speaker's
    .replace(/^(?:\p{Lu}[\p{Lu}'’.-]*\s+){0,5}\p{Lu}[\p{Lu}'’.-]+:\s+(?=\S)/u, '');
  // (the writer's connective before reported words is the writer's; a quotation keeps every word: "“However, results
  // this season have fallen short …”")
  const quoted = parts[0]?.quote !== undefined;
  return withoutTrailingPunctuation(quoted ? opened : opened.replace(/^(However|Meanwhile|Moreover|Furthermore|Still|Nevertheless|Indeed|In addition|At the same time),\s+/, '')).trim();
}

/** `s.replace(/[ ,;:]+$/, '')`. */
function withoutTrailingPunctuation(s: string): string {
  let e = s.length;
  while (e > 0) {
    const c = s.charCodeAt(e - 1);
    if (c !== 32 && c !== 44 && c !== 59 && c !== 58) break;
    e--;
  }
  return e === s.length ? s : s.slice(0, e);
}

export function renameSpeaker(out: Statement[], was: string, now: string): void {
  for (let k = 0; k < out.length; k++) {
    const st = out[k] as Statement;
    // (--explain tells of the renaming: "Radke" in a headline, named in full later as "Bill Radke")
    const explain = (st as Draft).explain;
    if (st.speaker === was) out[k] = { ...st, speaker: now, id: statementId(st.text, now), ...(explain ? { explain: { ...explain, via: `${explain.via} → ${now} (named in full later in the document)` } } : {}) };
  }
}

/** Gives the statements of the last unnamed "a senior official …" (matching `head`) to `name`. */
export function renameUnnamed(out: Statement[], head: string, name: string): void {
  let unnamed: string | null = null;
  for (let k = out.length - 1; k >= 0 && !unnamed; k--) {
    const who = (out[k] as Statement).speaker ?? '';
    if (/^(a|an|one|another)\s/.test(who) && who.split(/\s+/).includes(head)) unnamed = who;
  }
  if (unnamed) renameSpeaker(out, unnamed, name);
}

// one-shot hashing (Node ≥ 20.12) is several times cheaper than a Hash object per statement
export const sha1 = typeof crypto.hash === 'function' ? (s: string): string => crypto.hash('sha1', s) : (s: string): string => crypto.createHash('sha1').update(s).digest('hex');

export function statementId(body: string, who: string | null): string {
  return sha1(`${normaliseForId(body)}|${(who ?? '').toLowerCase()}`).slice(0, 16);
}

/**
 * `s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()`, by hand: the runs of letters and digits, one space
 * between them (the Unicode-class regex cost about twice as much, for every statement).
 */
export function normaliseForId(s: string): string {
  const lower = s.toLowerCase();
  const n = lower.length;
  let out = '';
  let run = -1;
  for (let i = 0; i < n; ) {
    const c = lower.charCodeAt(i);
    const cp = c < 0xd800 ? c : (lower.codePointAt(i) as number);
    if (isLetterOrDigit(cp)) {
      if (run < 0) run = i;
    } else if (run >= 0) {
      out += out ? ` ${lower.slice(run, i)}` : lower.slice(run, i);
      run = -1;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  if (run >= 0) out += out ? ` ${lower.slice(run)}` : lower.slice(run);
  return out;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const letterOrDigit = new Map<number, boolean>();

/** `\p{L}` or `\p{N}` (ASCII by hand, the rest remembered per code point). */
function isLetterOrDigit(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90);
  let v = letterOrDigit.get(cp);
  if (v === undefined) {
    v = LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
    letterOrDigit.set(cp, v);
  }
  return v;
}

/** Drops statements whose span lies inside another statement of the same speaker. */
export function dedupe(list: Draft[]): Draft[] {
  const out: Draft[] = [];
  const seen = new Set<string>();
  for (const s of list) {
    if (!s.text || seen.has(`${s.span[0]}:${s.span[1]}`)) continue;
    seen.add(`${s.span[0]}:${s.span[1]}`);
    out.push(s);
  }
  return out;
}
