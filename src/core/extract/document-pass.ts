// Discourse, one pass over a document: paragraphs in order, quotations carried over paragraph breaks, bare
// quotations continuing the speaker before them, transcript turns, and coreference through DocumentContext.
import type { CleanDocument, Speaker, Statement } from '../model.ts';
import { bareQuotes, dedupe, makeStatement, perParagraph, renameSpeaker, renameUnnamed, statementId, type Draft, type Explanation } from './assemble.ts';
import { DocumentContext } from './coreference.ts';
import { DocumentNames } from './document-names.ts';
import { findInUnit } from './frame-table.ts';
import type { Found } from './frames.ts';
import { analyseMention, trimNp } from './mentions.ts';
import { tidySpeaker } from './names.ts';
import { paragraphSpans, segmentParagraph, tokenize, type Quote, type Span } from './segment.ts';
import { introSubject, openingSubject } from './speaker-after.ts';
import type { SpeakerRegistry } from './speakers.ts';
import { isCommonWord, noteNames, noteSubject } from './subjects.ts';
import { isTranscript, turnLabel, type TurnLabel } from './transcript.ts';
import { buildUnits, isBareQuoteUnit, quoteParts, type Item, type Unit } from './units.ts';

/** A frame that describes its speaker as unnamed: such a role never stands for a person named earlier. */
export const ANONYMOUS = /\b(anonymity|not authori[sz]ed to|not to be (named|identified)|declined to be (named|identified)|without being named|on background)\b/i;

/**
 * Statements of one document and the people it names in full that the registry does not know (for the
 * directory). The registry is only read: a document's speakers depend on the document and the shipped
 * registry alone, never on which documents were read before it.
 */
export function extractWithSpeakers(doc: CleanDocument, registry: SpeakerRegistry): { statements: Statement[]; learned: Speaker[]; explanations: Explanation[] } {
  const text = doc.text;
  const ctx = new DocumentContext(registry, DocumentNames.scan([doc.title, text]), doc.date);
  const out: Draft[] = [];
  const spans = paragraphSpans(text);
  // the headline often carries the only full name ("nominee Marcus Hale faces …"; later just "Hale")
  if (doc.title) noteNames(doc.title, ctx);
  let lastStatementParagraph = -10;
  let lastCue = '';
  /** The frame of an attribution that announced the quotation to come ("Zelensky told reporters:"), for --explain. */
  let announcedBy = null as string | null;
  // A quotation left open at a paragraph's end runs on into the next paragraph ("…\n\n“And we will not
  // look away,” he said."): its unattributed units wait there for the attribution, or else go to the
  // speaker who was current when the paragraph ended.
  type Carried = { units: Unit[]; speaker: string | null };
  let carried = null as Carried | null;
  const flush = (c: Carried | null): void => {
    if (c?.speaker) for (const u of c.units) out.push(...bareQuotes(u, new Set(), null, c.speaker, doc, text, lastCue));
  };
  // A transcript ("REP. CARLA MENDOZA: …"): each answer is a statement of its labelled speaker.
  const labels = spans.map((p) => turnLabel(text.slice(p.start, Math.min(p.end, p.start + 80)), p.start));
  const transcript = isTranscript(labels);
  const interviewers = transcript ? askers(labels, spans, text) : new Set<string>();
  let turn = null as { f: Found; speaker: string | null } | null;
  const endTurn = (): void => {
    if (turn) out.push(makeStatement(doc, turn.f, turn.speaker, text));
    turn = null;
  };
  /** The last direct quotation found, which a following bare quotation of its paragraph continues. */
  let lastDirect = null as { f: Found; speaker: string | null; at: number; unit: Unit; paragraph: number } | null;
  /** Adds the quotations of `units` to the last direct statement (the same speaker talking on). */
  const goOn = (units: readonly Unit[], used: ReadonlySet<Quote>, paragraph: number): void => {
    if (!lastDirect) return;
    const more = quoteParts(units).filter((x) => !used.has(x.quote) && !lastDirect?.f.parts.some((y) => y.quote === x.quote));
    const frame = lastDirect.f.frame?.endsWith('+quotation-goes-on') ? lastDirect.f.frame : `${lastDirect.f.frame ?? 'unnamed'}+quotation-goes-on`;
    lastDirect.f = { ...lastDirect.f, parts: [...lastDirect.f.parts, ...more].sort((a, b) => a.start - b.start), frame };
    out[lastDirect.at] = makeStatement(doc, lastDirect.f, lastDirect.speaker, text);
    lastDirect.unit = units[units.length - 1] ?? lastDirect.unit;
    lastDirect.paragraph = paragraph;
  };
  for (let index = 0; index < spans.length; index++) {
    if (lastStatementParagraph < index - 1) announcedBy = null;
    const p = segmentParagraph(text, spans[index] as Span, index);
    const units = buildUnits(p, text);
    const before = out.length;
    // a paragraph that is only the quotation going on keeps the statement before it open
    if (lastDirect && !(lastDirect.paragraph === index - 1 && p.quotes[0]?.start === p.start)) lastDirect = null;
    const label = transcript ? labels[p.index] : null;
    if (label) {
      endTurn();
      const words = text.slice(label.contentStart, p.end).trim();
      const tokens = trimNp(tokenize(label.name, 0));
      const m = analyseMention(tokens, label.name);
      // the interviewer's turns and questions state nothing themselves, nor do greetings and thanks
      const asks = interviewers.has(label.name) || endsInQuestion(words) || isCourtesy(words);
      if (m && (m.kind === 'name' || m.kind === 'role') && !m.institution && !asks && units[0]) {
        const f: Found = { kind: 'direct', mention: m, cue: 'said', parts: [{ start: label.contentStart, end: p.end }], frameText: '', unit: units[0], frame: 'transcript-turn' };
        turn = { f, speaker: ctx.resolve(m).speaker };
      }
    }
    const pending: Unit[] = []; // bare quotes waiting for a speaker later in the paragraph
    const lastQuote = p.quotes[p.quotes.length - 1];
    const runsOn = lastQuote !== undefined && !lastQuote.closed && lastQuote.end === p.end;
    let fromCarry = null as Carried | null;
    if (carried) {
      if (p.quotes[0]?.start === p.start) {
        fromCarry = carried;
        pending.push(...carried.units);
      } else flush(carried);
      carried = null;
    }
    let previous: { unit: Unit; found: number } | null = null;
    for (const unit of units) {
      const found = findInUnit(unit, text);
      const prevUnit = previous;
      previous = { unit, found: found.length };
      const usedQuotes = new Set<Quote>();
      for (let f of found) {
        // a quotation that opened in an earlier paragraph and is attributed here is one statement
        if (f.kind === 'direct' && fromCarry && pending.length > 0 && f.parts[0]?.quote) {
          const runOn = pending.filter((u) => fromCarry?.units.includes(u));
          const parts = quoteParts(runOn);
          if (parts.length > 0) {
            f = { ...f, parts: [...parts, ...f.parts] };
            pending.splice(0, pending.length, ...pending.filter((u) => !runOn.includes(u)));
          }
          fromCarry = null;
        }
        const res = f.speakerOverride !== undefined ? { speaker: f.speakerOverride } : ctx.resolve(f.mention, ANONYMOUS.test(f.frameText));
        if (f.announce) {
          lastStatementParagraph = p.index;
          lastCue = f.cue;
          announcedBy = f.frame ?? null;
          continue;
        }
        for (const part of f.parts) if (part.quote) usedQuotes.add(part.quote);
        // "A senior official … said X. The official, acting ICE Director Thomas Reuther, said Y": the name
        // now given is the speaker of the earlier statements too
        if (res.speaker && f.mention.kind === 'name' && !f.mention.institution) {
          const revealed = /^the (official|adviser|advisor|aide|lawyer|governor|spokesman|spokeswoman|spokesperson|diplomat|person|source|dissenter|prosecutor|judge|minister|officer|executive|lawmaker|senator|strategist|analyst)\s*,/i.exec(f.frameText);
          if (revealed) renameUnnamed(out, (revealed[1] as string).toLowerCase(), res.speaker);
        }
        out.push(makeStatement(doc, f, res.speaker, text));
        lastDirect = f.kind === 'direct' && f.parts.every((x) => x.quote) ? { f, speaker: res.speaker, at: out.length - 1, unit, paragraph: p.index } : null;
        lastStatementParagraph = p.index;
        lastCue = f.cue;
        // A bare quote just before an attributed quote in the same paragraph shares its speaker.
        if (f.kind === 'direct' && pending.length > 0) {
          for (const u of pending.splice(0)) out.push(...bareQuotes(u, usedQuotes, f.mention, res.speaker, doc, text, f.cue));
        }
      }
      // the unit's own subject becomes an antecedent only after its statements were resolved
      // ("According to him, Russia will respond": "him" is not Russia)
      noteSubject(unit, text, ctx);
      for (const [was, now] of ctx.takeMerges()) renameSpeaker(out, was, now);
      // a transcript turn's own words are its speaker's (the turn above): no bare quotation here is anyone else's
      if (found.length === 0 && label && turn) continue;
      if (found.length === 0) {
        // "A senior diplomat from a Nordic country, speaking on condition of anonymity, was more blunt:" at
        // the end of its paragraph: the quotation in the next paragraph is this speaker's
        const colonIntro = unit === units[units.length - 1] && (unit.items[unit.items.length - 1] as Item | undefined)?.text === ':' ? openingSubject(unit, text) : null;
        if (colonIntro) {
          ctx.resolve(colonIntro, ANONYMOUS.test(text.slice(unit.start, unit.end)));
          lastStatementParagraph = p.index;
          continue;
        }
        // "Another official was blunter. “…”": the sentence before introduces the speaker
        const intro = prevUnit && prevUnit.found === 0 && isBareQuoteUnit(unit) ? introSubject(prevUnit.unit, text) : null;
        if (intro) {
          const res = ctx.resolve(intro.mention, ANONYMOUS.test(text.slice(prevUnit?.unit.start, prevUnit?.unit.end)));
          out.push(...bareQuotes(unit, usedQuotes, intro.mention, res.speaker, doc, text, intro.verb));
          lastStatementParagraph = p.index;
          lastCue = intro.verb;
        } else if (isBareQuoteUnit(unit)) {
          const last = ctx.lastSpeaker;
          const opensOn = runsOn && unit === units[units.length - 1];
          // "“A,” Fletcher said. “B.”": the quotation right after an attributed one goes on with it
          // (also a whole paragraph of quotation right after the one that attributed it)
          const next = prevUnit === null ? lastDirect?.paragraph === p.index - 1 : prevUnit.unit === lastDirect?.unit;
          const goesOn = lastDirect && next && lastDirect.speaker === last && !opensOn;
          if (goesOn && lastDirect) {
            goOn([unit], usedQuotes, p.index);
            lastStatementParagraph = p.index;
          } else if (last && lastStatementParagraph >= p.index - 1 && !opensOn) {
            out.push(...bareQuotes(unit, usedQuotes, null, last, doc, text, lastCue, announcedBy ?? undefined));
            lastStatementParagraph = p.index;
          } else pending.push(unit);
        }
      }
    }
    if (pending.length > 0 && runsOn) {
      const last = ctx.lastSpeaker;
      carried = { units: pending.splice(0), speaker: fromCarry?.speaker ?? (last && lastStatementParagraph >= p.index - 1 ? last : null) };
    } else if (fromCarry && pending.length > 0) {
      // the quotation ended without an attribution of its own: the speaker current before it — and when
      // that speaker's quotation opened it ("“…,” Okafor said. “We have trucks …\n\n“But we also …”"),
      // the same statement goes on
      if (lastDirect && lastDirect.speaker === fromCarry.speaker && lastDirect.paragraph >= p.index - 1) goOn(pending, new Set(), p.index);
      else flush({ units: pending.filter((u) => fromCarry.units.includes(u)), speaker: fromCarry.speaker });
    }
    // an unlabelled paragraph after an answer goes on with it, unless it attributes words of its own
    if (turn && !label) {
      if (out.length === before) turn.f = { ...turn.f, parts: [...turn.f.parts, { start: p.start, end: p.end }] };
      else endTurn();
    }
  }
  flush(carried);
  endTurn();
  for (const [was, now] of ctx.takeMerges()) renameSpeaker(out, was, now);
  const statements: Statement[] = [];
  const explanations: Explanation[] = [];
  for (const draft of dedupe(out)) {
    const speakerRole = draft.speaker ? ctx.roleOf(draft.speaker, draft.date) : null;
    const speaker = draft.speaker ? tidySpeaker(draft.speaker, isCommonWord) : null;
    const st = speaker === draft.speaker ? { ...draft, speakerRole } : { ...draft, speaker, speakerRole, id: statementId(draft.text, speaker ?? draft.speakerMention) };
    for (const one of perParagraph(st, spans, text)) {
      statements.push(one);
      explanations.push(draft.explain ?? { frame: 'unnamed', mention: draft.speakerMention, mentionKind: 'name', via: '' });
    }
  }
  return { statements, learned: ctx.learned(), explanations };
}

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
