// Discourse, one pass over a document: paragraphs in order, quotations carried over paragraph breaks, bare
// quotations continuing the speaker before them, transcript turns (who asks: transcript-turns.ts), and coreference
// through DocumentContext.
import type { CleanDocument, Speaker, Statement } from '../model.ts';
import { bareQuotes, dedupe, finished, makeStatement, paragraphOf, perParagraph, renameSpeaker, renameUnnamed, statementId, type Draft, type Explanation } from './assemble.ts';
import { DocumentContext } from './coreference.ts';
import { DocumentNames } from './document-names.ts';
import { headlineSpeaker } from './headline-speaker.ts';
import { findInUnit } from './frame-table.ts';
import type { Found } from './frames.ts';
import { analyseMention, trimNp, type Mention } from './mentions.ts';
import { mention } from './mention-base.ts';
import { isCommonWord, tidySpeaker } from './names.ts';
import { verbFollows } from './mention-words.ts';
import { paragraphSpans, segmentParagraph, singleQuoteStyle, tokenize, type Paragraph, type Quote, type Span } from './segment.ts';
import { introSubject, openingSubject, personIntroduced, speaksInRelative } from './speaker-after.ts';
import type { SpeakerRegistry } from './speakers.ts';
import { personHead } from './speaker-phrase.ts';
import { noteRelativeHost, opensRelative } from './relative-host.ts';
import { noteClauseAfterSemicolon, noteClauseOpener, noteNames, noteSubject, subjectOffset } from './subjects.ts';
import { everydayLabel, groupLabel, interviewee, isQuestionsAndAnswers, isTranscript, qaLabel, turnLabel, underHeading, type TurnLabel } from './transcript.ts';
import { buildUnits, isBareQuoteUnit, isQuoteOnlyUnit, quoteParts, type Item, type Unit } from './units.ts';
import { askedByGroup, namesSomeoneElse } from './quote-owners.ts';
import { signedParagraphs } from './signatures.ts';
import { DEATH_WORDS, PASSIVE_BE, QUESTION_WORDS, READING_VERBS, RELATIVE_PRONOUNS, RELAYING_VERBS, THIRD_PERSON } from './lexicon-clauses.ts';
import { GESTURE_VERBS } from './lexicon-speakers.ts';
import { CUE_FORMS, INTERVENING } from './lexicon.ts';
import { endsInQuestion, askers, namesLabelledSpeaker, claimsBeforeQuestion, inFirstPerson, isCourtesy, questionerLabel, unlabelledQa } from './transcript-turns.ts';

/** Capitalised words right after a cue, the one addressed: "told Ruiz", "asked the BBC", "told Mr. Belichick". */
const ADDRESSED = /^\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*\.?(?:\s+\p{Lu}[\p{L}'’-]*\.?)*)/u;

/** A role brought in as someone new: "one resident", "a man in the crowd", "another neighbour". */
const NEWCOMER = /^(?:a|an|one|another)\s/i;

/** A frame that describes its speaker as unnamed: such a role never stands for a person named earlier. */
export const ANONYMOUS = /\b(anonymity|not authori[sz]ed to|not to be (named|identified)|declined to be (named|identified)|without being named|on background|(sur|last )?name (be )?withheld|(sur|last )?name not (be )?(used|published))\b/i;

/**
 * Statements of one document and the people it names in full that the registry does not know (for the
 * directory). The registry is only read: a document's speakers depend on the document and the shipped
 * registry alone, never on which documents were read before it.
 */
export function extractWithSpeakers(doc: CleanDocument, registry: SpeakerRegistry): { statements: Statement[]; learned: Speaker[]; explanations: Explanation[] } {
  return new DocumentPass(doc, registry).run();
}

/** Quotations of a paragraph left open at its end, and who was speaking then. */
type Carried = { units: Unit[]; speaker: string | null };

/** One paragraph while it is read. */
interface Para {
  readonly p: Paragraph;
  readonly units: readonly Unit[];
  readonly label: TurnLabel | null | undefined;
  /** Bare quotations waiting for a speaker later in the paragraph. */
  readonly pending: Unit[];
  /** The paragraph ends inside a quotation that goes on in the next one. */
  readonly runsOn: boolean;
  /** The paragraph opens with the quotation the paragraph before left open. */
  readonly goesOn: boolean;
  /** What the paragraph before left open, while no attribution here has taken it. */
  fromCarry: Carried | null;
}

/** The state of one pass over a document's paragraphs, in order. */
class DocumentPass {
  readonly text: string;
  readonly ctx: DocumentContext;
  readonly names: DocumentNames;
  readonly out: Draft[] = [];
  readonly spans: readonly Span[];
  /** The document quotes in single marks, as the BBC does: they are its quotations. */
  readonly singleStyle: boolean;
  /** A transcript ("REP. CARLA MENDOZA: …"): each answer is a statement of its labelled speaker. */
  readonly labels: readonly (TurnLabel | null)[];
  readonly transcript: boolean;
  readonly interviewers: ReadonlySet<string>;
  /** A question-and-answer interview: each paragraph's "Q:" or "A:" label (null when the document is none). */
  readonly qa: readonly (ReturnType<typeof qaLabel>)[] | null;
  /** Who answers in the interview, read at the first answer (null: unknown). */
  interviewee: string | null | undefined;
  lastStatementParagraph = -10;
  /** The person the last question was put to, met as a subject from the next unit on. */
  addressee: { mention: Mention; askerGoesOn: boolean } | null = null;
  lastCue = '';
  /** The last statement's subject opened a relative clause ("during which callers asked …"): no bare quotation after it is theirs. */
  lastInRelative = false;
  /** The frame of an attribution that announced the quotation to come ("Zelensky told reporters:"), for --explain. */
  announcedBy: string | null = null;
  /**
   * A quotation left open at a paragraph's end runs on into the next paragraph ("…\n\n“And we will not look away,”
   * he said."): its unattributed units wait there for the attribution, or else go to the speaker who was current
   * when the paragraph ended.
   */
  carried: Carried | null = null;
  /** Paragraphs of quotation signed below them, and the signer (signatures.ts). */
  readonly signed: ReadonlyMap<number, Mention>;
  /** The last unit of the paragraph before, when that paragraph was short and attributed nothing. */
  introAtEnd: { unit: Unit; index: number } | null = null;
  /** A paragraph that ended in a colon after a speaker and a word of speech ("She told Sky News:"). */
  blockIntro: BlockIntro | null = null;
  /** The paragraph before ended inside a quotation. */
  openAtEnd = false;
  /** The transcript turn being read, which unlabelled paragraphs after it go on. */
  turn: { f: Found; speaker: string | null } | null = null;
  /** The last direct quotation found, which a following bare quotation of its paragraph continues. */
  lastDirect: { f: Found; speaker: string | null; at: number; unit: Unit; paragraph: number } | null = null;
  /** The last mention resolved for a statement, and how: a frame that reuses it ("His lawyer said …, calling …") gets the same speaker. */
  lastResolved: { mention: Mention; res: { speaker: string | null } } | null = null;

  constructor(
    readonly doc: CleanDocument,
    registry: SpeakerRegistry,
  ) {
    const text = doc.text;
    this.text = text;
    this.names = DocumentNames.scan([doc.title, text]);
    this.ctx = new DocumentContext(registry, this.names, doc.date);
    this.spans = paragraphSpans(text);
    this.singleStyle = singleQuoteStyle(text);
    this.signed = signedParagraphs(text, this.spans, this.singleStyle);
    // the headline often carries the only full name ("nominee Marcus Hale faces …"; later just "Hale")
    if (doc.title) noteNames(doc.title, this.ctx);
    // "…, says Lavrov", "… — Russian envoy": the source a headline names is the body's first candidate for "he"
    const source = doc.title ? headlineSpeaker(doc.title) : null;
    if (source?.kind === 'name') this.ctx.noteMention(source, !source.institution);
    else if (source?.kind === 'role' && !source.plural && !source.institution) this.ctx.resolve(source);
    // (nor a label under a section heading in capitals, "UP NEXT" / "Marquette: Hosts Villanova on Wednesday.": notes)
    this.labels = this.spans.map((p) => turnLabel(text.slice(p.start, Math.min(p.end, p.start + 80)), p.start)).map((l, k) => (l === null || groupLabel(l, text) || everydayLabel(l, text) || underHeading(this.spans, k, text) ? null : l));
    this.transcript = isTranscript(this.labels);
    this.interviewers = this.transcript ? askers(this.labels, this.spans, text) : new Set<string>();
    const qa = this.transcript ? [] : this.spans.map((p) => qaAt(text, p));
    this.qa = isQuestionsAndAnswers(qa) ? qa : this.transcript ? null : unlabelledQa(this.spans, text);
  }

  run(): { statements: Statement[]; learned: Speaker[]; explanations: Explanation[] } {
    for (let index = 0; index < this.spans.length; index++) this.paragraph(index);
    this.flush(this.carried);
    this.endTurn();
    for (const [was, now] of this.ctx.takeMerges()) renameSpeaker(this.out, was, now);
    const statements: Statement[] = [];
    const explanations: Explanation[] = [];
    for (const draft of dedupe(this.out)) {
      const speakerRole = draft.speaker ? this.ctx.roleOf(draft.speaker, draft.date) : null;
      const speaker = draft.speaker && !this.keepsFirmS(draft.speaker) ? tidySpeaker(draft.speaker, isCommonWord) : draft.speaker;
      const id = speaker === draft.speaker ? draft.id : statementId(draft.text, speaker ?? draft.speakerMention);
      for (const one of perParagraph(finished(draft, speaker, speakerRole, id), draft.parts, this.spans, this.text)) {
        statements.push(one);
        explanations.push(draft.explain ?? { frame: 'unnamed', mention: draft.speakerMention, mentionKind: 'name', via: '' });
      }
    }
    return { statements, learned: this.ctx.learned(), explanations };
  }

  /** A body whose name ends in 's before a verb somewhere ("Moody's warned"): its name keeps the 's (mention-words.ts). */
  keepsFirmS(speaker: string): boolean {
    if (!/\p{L}['’]s$/u.test(speaker) || !this.ctx.isBody(speaker)) return false;
    for (let at = this.text.indexOf(speaker); at >= 0; at = this.text.indexOf(speaker, at + 1)) if (verbFollows(this.text, at + speaker.length)) return true;
    return false;
  }

  /** Gives what a paragraph left open to the speaker current then. */
  flush(c: Carried | null): void {
    if (!c?.speaker) return;
    const parts = quoteParts(c.units);
    const first = parts[0];
    // a quotation carried over paragraph breaks is one statement, a run cut per paragraph (assemble.ts perParagraph)
    if (first && paragraphOf(this.spans, first.start) !== paragraphOf(this.spans, (parts[parts.length - 1] as typeof first).start)) {
      const mention: Mention = { kind: 'pronoun', text: '', start: first.start, end: first.start, name: null, role: null, institution: false, plural: false, members: [] };
      const f: Found = { kind: 'direct', mention, cue: this.lastCue, parts, frameText: '', unit: c.units[0] as Unit, frame: 'bare-quote-goes-on' };
      this.out.push(makeStatement(this.doc, f, c.speaker, this.text));
    } else for (const u of c.units) this.out.push(...bareQuotes(u, new Set(), null, c.speaker, this.doc, this.text, this.lastCue));
  }

  endTurn(): void {
    if (this.turn) this.out.push(makeStatement(this.doc, this.turn.f, this.turn.speaker, this.text));
    this.turn = null;
  }

  /** Adds the quotations of `units` to the last direct statement (the same speaker talking on). */
  goOn(units: readonly Unit[], used: ReadonlySet<Quote>, paragraph: number): void {
    const lastDirect = this.lastDirect;
    if (!lastDirect) return;
    const more = quoteParts(units).filter((x) => !used.has(x.quote) && !lastDirect.f.parts.some((y) => y.quote === x.quote));
    const frame = lastDirect.f.frame?.endsWith('+quotation-goes-on') ? lastDirect.f.frame : `${lastDirect.f.frame ?? 'unnamed'}+quotation-goes-on`;
    lastDirect.f = { ...lastDirect.f, parts: [...lastDirect.f.parts, ...more].sort((a, b) => a.start - b.start), frame };
    this.out[lastDirect.at] = makeStatement(this.doc, lastDirect.f, lastDirect.speaker, this.text);
    lastDirect.unit = units[units.length - 1] ?? lastDirect.unit;
    lastDirect.paragraph = paragraph;
  }

  paragraph(index: number): void {
    const text = this.text;
    if (this.lastStatementParagraph < index - 1) this.announcedBy = null;
    const p = segmentParagraph(text, this.spans[index] as Span, index, this.singleStyle);
    const openBefore = this.openAtEnd;
    this.openAtEnd = false;
    // a subheading that quotes words to come ("‘They just need a path’", "'I'll be driving in labour'"): no statement
    // (not after a paragraph that announces or quotes: "He wrote:" then the tweet; a quotation going on)
    const prevEnd = index > 0 ? text.charAt((this.spans[index - 1] as Span).end - 1) : '';
    // (a heading in single marks after a paragraph closing double ones is no quotation going on: other marks)
    const otherMarks = p.quotes[0]?.single === true && (prevEnd === '"' || prevEnd === '”');
    if (quotedHeading(p, text) && (otherMarks || !':”"’\''.includes(prevEnd || '-'))) return;
    const units = buildUnits(p, text);
    // quotation signed below, as a news release prints it: the signer's, whoever spoke before
    const signer = this.signed.get(index);
    if (signer) return this.signedQuotes(units, signer, index);
    const before = this.out.length;
    const block = this.blockIntro?.index === index - 1 ? this.blockIntro : null;
    this.blockIntro = null;
    // a paragraph that is only the quotation going on keeps the statement before it open
    if (this.lastDirect && !(this.lastDirect.paragraph === index - 1 && p.quotes[0]?.start === p.start)) this.lastDirect = null;
    const qa = this.qa?.[index] ?? null;
    // an interviewer's question ends the answer before it, and is read as any paragraph ("Q: Trump says …")
    // (in a transcript labelled by names too: a reporter's "Q: …" at a press conference is no part of the answer before)
    if (qa?.which === 'Q' || (this.transcript && qaAt(text, p)?.which === 'Q')) this.endTurn();
    // ("A (Pascale): …": the one the label names answers)
    const label = this.transcript ? this.labels[p.index] : qa?.which === 'A' ? (qa.who ? { name: qa.who, contentStart: qa.contentStart } : this.answerLabel(qa.contentStart)) : null;
    // (an interviewer's turn in a transcript quoted whole, "“WALLACE: …?", or each turn quoted after its label,
    // "Fairbairn: “When did council know …?”", is no one's quotation going on)
    if (label && this.startTurn(p, label, units) && (p.quotes[0]?.start === p.start || p.quotes[0]?.start === label.contentStart)) {
      this.lastDirect = null;
      return;
    }
    const lastQuote = p.quotes[p.quotes.length - 1];
    const para: Para = { p, units, label, pending: [], runsOn: lastQuote !== undefined && !lastQuote.closed && lastQuote.end === p.end, goesOn: openBefore && p.quotes[0]?.start === p.start, fromCarry: null };
    this.openAtEnd = para.runsOn;
    if (this.carried) {
      if (p.quotes[0]?.start === p.start) {
        para.fromCarry = this.carried;
        para.pending.push(...this.carried.units);
      } else this.flush(this.carried);
      this.carried = null;
    }
    let previous: { unit: Unit; found: number } | null = null;
    // (loops by index here and in unit(): they run per paragraph and per unit, mostly before V8 optimises them, and
    // unoptimised code makes an object for every step of a `for … of`, and an iterator even over no merges)
    for (let k = 0; k < units.length; k++) {
      const unit = units[k] as Unit;
      // (in an answer's turn, what "I" or "we" said is the turn's own words, a statement already)
      // (nor the label and its quotation read again as "Name: “…”", the turn itself)
      const found = label && this.turn ? findInUnit(unit, text).filter((f) => !firstPerson(f.mention) && f.frame !== 'name-colon-quote') : findInUnit(unit, text);
      this.unit(para, unit, found, previous);
      previous = { unit, found: found.length };
    }
    // the words a colon's introduction announced, a paragraph with no quotation marks and no statement of its own, in
    // the first person (not "Local politicians fired back:\n\nLibby Schaaf, the mayor of Oakland, also spoke out …")
    if (block && p.quotes.length === 0 && this.out.length === before && units[0] && !label && inFirstPerson(text.slice(p.start, p.end))) this.blockQuote(block, p, units[0]);
    // (a short paragraph that only introduces who speaks next: "Asked whether …, the commissioner shook his head.")
    this.introAtEnd = previous && units.length === 1 && this.out.length === before && !para.runsOn ? { unit: previous.unit, index: p.index } : null;
    this.paragraphEnd(para);
    // an unlabelled paragraph after an answer goes on with it, unless it attributes words of its own or names a labelled
    // speaker in full ("Senator Kate Lindqvist was at the table …": the story's own words again; namesLabelledSpeaker)
    if (this.turn && !label) {
      if (this.out.length === before && !namesLabelledSpeaker(text.slice(p.start, p.end), this.labels)) this.turn.f = { ...this.turn.f, parts: [...this.turn.f.parts, { start: p.start, end: p.end }] };
      else this.endTurn();
    }
  }

  /** The quotations of a paragraph signed below it (signatures.ts), as the signer's. */
  signedQuotes(units: readonly Unit[], signer: Mention, index: number): void {
    const speaker = this.ctx.resolve(signer).speaker;
    for (const u of units) this.out.push(...bareQuotes(u, new Set(), signer, speaker, this.doc, this.text, 'said', 'quotation-then-signature'));
    this.lastDirect = null;
    this.lastStatementParagraph = index;
  }

  /** The paragraph `p` as the words of the speaker a colon's introduction before it announced. */
  blockQuote(block: BlockIntro, p: Paragraph, unit: Unit): void {
    const f: Found = { kind: 'direct', mention: block.mention, cue: block.cue, parts: [{ start: p.start, end: p.end }], frameText: '', unit, frame: 'colon-then-paragraph' };
    this.out.push(makeStatement(this.doc, f, block.speaker, this.text));
    this.lastStatementParagraph = p.index;
  }

  /** "A: …" in a Q and A: a turn of the interviewee, when the text before the first answer introduced one. */
  answerLabel(contentStart: number): TurnLabel | null {
    if (this.interviewee === undefined) {
      const before = `${this.doc.title ?? ''}\n${this.text.slice(0, contentStart)}`;
      // (the people met as speakers, and those the text names in full whose given name is a known one)
      const people = new Set([...this.ctx.namedPeople(), ...this.names.people()]);
      this.interviewee = interviewee([...people].filter((name) => before.includes(name)), before);
    }
    return this.interviewee ? { name: this.interviewee, contentStart } : null;
  }

  /** A labelled transcript paragraph opens a turn: its words are a statement of the labelled speaker. True when the turn asks (no statement). */
  startTurn(p: Paragraph, label: TurnLabel, units: readonly Unit[]): boolean {
    this.endTurn();
    const words = this.text.slice(label.contentStart, p.end).trim();
    const tokens = trimNp(tokenize(label.name, 0));
    // ("KETTERING:" after "Chairman Russ Kettering": a label that is also a place's name is the person the story names in full)
    const m = analyseMention(tokens, label.name) ?? (tokens.length === 1 && new RegExp(`\\b\\p{Lu}\\p{Ll}+ ${label.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u').test(this.text) ? mention(label.name, 0, label.name.length, 'name', label.name, null, false, false) : null);
    // the interviewer's turns and questions state nothing themselves, nor do greetings and thanks; but a question after
    // a claim of one's own is a statement (an MP's supplementary, "… 212 sailings from my constituency have been
    // cancelled. Will the Prime Minister meet me?"), unless the label names no one ("QUESTION:", "HOST:"), and from the
    // one who asks most only with a claim in the first person that passes on no one's words (a host's "The FAA says …
    // Is that right?" is a question)
    const interviewer = this.interviewers.has(label.name) || questionerLabel(label.name);
    const claims = endsInQuestion(words) && !questionerLabel(label.name) ? claimsBeforeQuestion(words, interviewer) : 0;
    // (nor an interjection or the chair's call of two words: "Shame!", "Order.")
    const interjection = words.split(/\s+/).length <= 2 && (/!$/.test(words) || /^order\b/i.test(words));
    const asks = isCourtesy(words) || interjection || (endsInQuestion(words) ? claims === 0 : interviewer);
    if (m && (m.kind === 'name' || m.kind === 'role') && !m.institution && !asks && units[0]) {
      // (a turn quoted whole after its label, "Plante: “We informed them …”", is the quotation's words)
      const q = p.quotes.length === 1 && p.quotes[0]?.start === label.contentStart && this.text.slice(p.quotes[0].end, p.end).trim() === '' ? p.quotes[0] : undefined;
      const f: Found = { kind: 'direct', mention: m, cue: 'said', parts: [q ? { start: q.innerStart, end: q.innerEnd, quote: q } : { start: label.contentStart, end: p.end }], frameText: '', unit: units[0], frame: 'transcript-turn' };
      this.turn = { f, speaker: this.ctx.resolve(m).speaker };
    }
    return asks;
  }

  /** The statements the frames found in one unit, then (when they found none) its bare quotations. */
  unit(para: Para, unit: Unit, found: readonly Found[], prevUnit: { unit: Unit; found: number } | null): void {
    const usedQuotes = new Set<Quote>();
    if (this.addressee) this.ctx.noteAddressee(this.addressee.mention, this.addressee.askerGoesOn);
    this.addressee = null;
    // the unit's own subject becomes an antecedent only after its statements were resolved
    // ("According to him, Russia will respond": "him" is not Russia), unless it comes before their pronouns
    // ("Maria Lopez stretched the truth when she claimed that …")
    const byPronoun = found.length > 0 && found.every((f) => f.mention.kind === 'pronoun' && f.mention.text !== '');
    const subject = byPronoun ? subjectOffset(unit) : -1;
    // (and before their content: "Julius Malema is a danger to democracy, he said" is not Malema's)
    const early = subject >= 0 && found.every((f) => f.mention.start > subject && f.parts.every((p) => p.start > subject));
    if (early) noteSubject(unit, this.text, this.ctx, this.names);
    // ("When Trump took the stage, he said …": the opening clause's subject, for the main clause's pronoun)
    else if (byPronoun) noteClauseOpener(unit, this.text, this.ctx);
    // ("The legislature passed a measure; Gov. Mary Fallin vetoed the bill because she said …": the subject of the
    // clause after a semicolon, before the pronoun in it)
    if (byPronoun) noteClauseAfterSemicolon(unit, Math.min(...found.map((f) => f.mention.start)), this.text, this.ctx, this.names);
    // ("Mr. Trump … held a news conference in which he attacked …": the person the relative clause is about)
    if (byPronoun) noteRelativeHost(unit, (found[0] as Found).mention.start, this.text, this.ctx);
    for (let k = 0; k < found.length; k++) this.statement(para, unit, found[k] as Found, usedQuotes);
    if (!early) noteSubject(unit, this.text, this.ctx, this.names, found.length === 0);
    const merges = this.ctx.takeMerges();
    for (let k = 0; k < merges.length; k++) renameSpeaker(this.out, (merges[k] as readonly [string, string])[0], (merges[k] as readonly [string, string])[1]);
    // a transcript turn's own words are its speaker's (the turn above): no bare quotation here is anyone else's
    if (found.length === 0 && para.label && this.turn) return;
    if (found.length === 0) this.unattributed(para, unit, prevUnit, usedQuotes);
  }

  /** One statement a frame found: resolved, carried quotations joined to it, bare quotations before it given to it. */
  statement(para: Para, unit: Unit, f: Found, usedQuotes: Set<Quote>): void {
    const { p, pending } = para;
    // a quotation that opened in an earlier paragraph and is attributed here is one statement
    if (f.kind === 'direct' && para.fromCarry && pending.length > 0 && f.parts[0]?.quote) f = this.joinCarried(para, f);
    // ("She told Ruiz the plan was dead": the one addressed is not the pronoun's person)
    // (only a name right after the cue: "When Dana Ruiz took the stage, she said …" is Ruiz, and so is "she said after
    // Ryan Dickey read …")
    const pronounAt = f.mention.kind === 'pronoun' && /^\p{L}+$/u.test(f.mention.text) ? new RegExp(`\\b${f.mention.text}\\b`, 'iu').exec(f.frameText)?.index : undefined;
    const cueAt = pronounAt !== undefined ? f.frameText.indexOf(f.cue, pronounAt) : -1;
    const addressed = cueAt >= 0 ? (ADDRESSED.exec(f.frameText.slice(cueAt + f.cue.length))?.[1]?.split(/\s+/).map((w) => w.replace(/\.$/, '')) ?? []) : [];
    // (nor is someone who asks another to act: "The mayor asked the police chief to resign. He refused …" may be either)
    const inRelative = speaksInRelative(f, this.text);
    const inPassing = inRelative || requestMade(f, this.text);
    // (the same mention again, as a participle's subject: resolved once, or "His lawyer said …, calling …" would be the
    // lawyer's lawyer the second time)
    const again = this.lastResolved?.mention === f.mention ? this.lastResolved.res : null;
    const res = f.speakerOverride !== undefined ? { speaker: f.speakerOverride } : (again ?? (inPassing ? this.ctx.resolveInPassing(f.mention) : this.ctx.resolve(f.mention, ANONYMOUS.test(f.frameText), addressed)));
    // (only a resolution that counted: one in passing left the context as it was, and the mention's next use must record it)
    this.lastResolved = f.speakerOverride === undefined && !inPassing ? { mention: f.mention, res } : null;
    if (f.announce) {
      this.lastStatementParagraph = p.index;
      this.lastCue = f.cue;
      this.announcedBy = f.frame ?? null;
      // ("She told Sky News:\n\nThey are holding passengers to ransom …": the next paragraph may be the words, unmarked)
      if (res.speaker && unit === para.units[para.units.length - 1] && unit.items[unit.items.length - 1]?.text === ':' && blockCue(unit, f.mention)) this.blockIntro = { index: p.index, mention: f.mention, speaker: res.speaker, cue: f.cue };
      return;
    }
    for (const part of f.parts) if (part.quote) usedQuotes.add(part.quote);
    // "A senior official … said X. The official, acting ICE Director Thomas Reuther, said Y": the name
    // now given is the speaker of the earlier statements too
    if (res.speaker && f.mention.kind === 'name' && !f.mention.institution) {
      const revealed = /^the (official|adviser|advisor|aide|lawyer|governor|spokesman|spokeswoman|spokesperson|diplomat|person|source|dissenter|prosecutor|judge|minister|officer|executive|lawmaker|senator|strategist|analyst)\s*,/i.exec(f.frameText);
      if (revealed) renameUnnamed(this.out, (revealed[1] as string).toLowerCase(), res.speaker);
    }
    this.out.push(makeStatement(this.doc, f, res.speaker, this.text));
    // ("Reporters asked Smith whether he would resign. He said …": the one asked answers next)
    // (from the next sentence on: "Dutton asked the prime minister why …, and he claimed …" is Dutton's claim)
    // (first when reporters or a group ask, or the one asked is of the other sex: "Poilievre asked the prime minister how …. He
    // said …" is Poilievre going on)
    if (f.addressee) this.addressee = { mention: f.addressee, askerGoesOn: !askedByGroup(f.mention) };
    this.lastDirect = f.kind === 'direct' && f.parts.every((x) => x.quote) ? { f, speaker: res.speaker, at: this.out.length - 1, unit, paragraph: p.index } : null;
    this.lastStatementParagraph = p.index;
    this.lastCue = f.cue;
    // (someone else's clause: "during which callers asked …"; not the host's own "in which he said …")
    // ("Obama rebuked critics who say …": people who speak inside someone else's sentence go on with no bare quotation)
    this.lastInRelative = (f.mention.kind !== 'pronoun' && opensRelative(unit.items, f.mention.start)) || inRelative;
    // A bare quote just before an attributed quote in the same paragraph shares its speaker.
    if (f.kind === 'direct' && pending.length > 0) {
      for (const u of pending.splice(0)) this.out.push(...bareQuotes(u, usedQuotes, f.mention, res.speaker, this.doc, this.text, f.cue));
    }
  }

  /** The quotation carried into this paragraph joined to the statement `f` found here (see statement). */
  joinCarried(para: Para, f: Found): Found {
    const fromCarry = para.fromCarry as Carried;
    para.fromCarry = null;
    const pending = para.pending;
    const runOn = pending.filter((u) => fromCarry.units.includes(u));
    const parts = quoteParts(runOn);
    if (parts.length === 0) return f;
    pending.splice(0, pending.length, ...pending.filter((u) => !runOn.includes(u)));
    // ("The mayor said …. “We will deliver\n\n“Shame!” shouted one resident.": someone the attribution brings in
    // with "a", "one" or "another" did not say what the one before was saying)
    if (fromCarry.speaker && f.mention.kind === 'role' && NEWCOMER.test(f.mention.text)) {
      this.flush({ units: runOn, speaker: fromCarry.speaker });
      return f;
    }
    return { ...f, parts: [...parts, ...f.parts] };
  }

  /** A unit no frame attributed: an introduction of the next speaker, or bare quotations going on or waiting. */
  unattributed(para: Para, unit: Unit, prevUnit: { unit: Unit; found: number } | null, usedQuotes: Set<Quote>): void {
    const { p, units } = para;
    const { text, ctx } = this;
    // "A senior diplomat from a Nordic country, speaking on condition of anonymity, was more blunt:" at
    // the end of its paragraph: the quotation in the next paragraph is this speaker's
    const colonIntro = unit === units[units.length - 1] && (unit.items[unit.items.length - 1] as Item | undefined)?.text === ':' ? openingSubject(unit, text) : null;
    if (colonIntro) {
      const res = ctx.resolve(colonIntro, ANONYMOUS.test(text.slice(unit.start, unit.end)));
      this.lastStatementParagraph = p.index;
      // (with a word of speech, the next paragraph may be the words themselves with no marks: "In a statement, its
      // general secretary, Dave Kilbride, said:\n\nHarriet Quayle has not spoken to …")
      const cue = blockCue(unit, colonIntro);
      if (cue && res.speaker) this.blockIntro = { index: p.index, mention: colonIntro, speaker: res.speaker, cue };
      return;
    }
    // "Another official was blunter. “…”": the sentence before introduces the speaker
    // ("Ann Price has lived on Queen Street for 40 years. “…”": a person the sentence before, in the paragraph, opens with)
    // (or the paragraph before, when this one is the quotation alone: "… the commissioner shook his head.\n\n“…”")
    // (closed there: a quotation running on, "She added:\n\n“…\n\n“…”", goes on as a run)
    const introAbove = prevUnit === null && units.length === 1 && !para.runsOn && this.introAtEnd?.index === p.index - 1 ? this.introAtEnd.unit : null;
    const before = isBareQuoteUnit(unit) ? (prevUnit ? (prevUnit.found === 0 ? prevUnit.unit : null) : introAbove) : null;
    // (the introducing sentence opens its paragraph: "… was pronounced dead at the scene. “…”" after a statement in the
    // paragraph is about someone the speaker talks of)
    const opensParagraph = before !== null && before === para.units[0];
    // (from the paragraph above, a person only: not "The silence has been deafening.\n\n“…”", a quotation set apart)
    const introduced = before ? introSubject(before, text) : null;
    // (and only a gesture, or an answer to a question put: "Asked …, Olander shook his head."; not "Mr Reed was not present.")
    const person = introduced !== null && ((introduced.mention.kind === 'name' && !introduced.mention.institution) || (introduced.mention.kind === 'role' && personHead(tokenize(introduced.mention.text, 0))));
    const gesture = introduced !== null && (GESTURE_VERBS.has(introduced.verb.toLowerCase()) || CUE_FORMS.has(introduced.verb.toLowerCase()) || before?.items[0]?.lower === 'asked');
    const named = introduced && before === introAbove && !(person && gesture) ? null : introduced;
    // (a subject with an appositive passes the same tests as a person introduced: "John Baker, the governor, was elected
    // … “He has betrayed …”" is about him, not his)
    const checked = named?.appositive && !speaksAsIntroduced(named.mention, before as Unit, unit, text) ? null : named;
    const intro = before ? checked ?? (opensParagraph ? personAsIntro(before, unit, text) : null) : null;
    if (intro) {
      const res = ctx.resolve(intro.mention, ANONYMOUS.test(text.slice(before?.start, before?.end)));
      this.out.push(...bareQuotes(unit, usedQuotes, intro.mention, res.speaker, this.doc, text, intro.verb));
      this.lastStatementParagraph = p.index;
      this.lastCue = intro.verb;
    } else if (isBareQuoteUnit(unit) || (para.goesOn && units.length === 1 && isQuoteOnlyUnit(unit))) {
      // (a short quotation too when it is the whole paragraph going on from the one before: "…\n\n“Not a chance.”";
      // not "“Liar!” A man at the back was escorted out.", a heckle)
      // (nor a list's bullet: "• “We need more buses,” said Amy Pratt.\n• “Fares are too high.”" are two items, the
      // second no one's we know)
      if (BULLET_BEFORE.test(text.slice(Math.max(0, unit.start - 3), unit.start))) return;
      const last = ctx.lastSpeaker;
      const opensOn = para.runsOn && unit === units[units.length - 1];
      // "“A,” Fletcher said. “B.”": the quotation right after an attributed one goes on with it
      // (also a whole paragraph of quotation right after the one that attributed it)
      const next = prevUnit === null ? this.lastDirect?.paragraph === p.index - 1 : prevUnit.unit === this.lastDirect?.unit;
      // (an unknown speaker's too: "“…,” she said. “…”" where "she" had no one to refer to stays unknown, never the
      // speaker before her)
      const goesOn = this.lastDirect && next && (this.lastDirect.speaker === last || this.lastDirect.speaker === null) && !opensOn;
      if (goesOn && this.lastDirect) {
        this.goOn([unit], usedQuotes, p.index);
        this.lastStatementParagraph = p.index;
      } else if (para.fromCarry && prevUnit === null) {
        // (a quotation carried from the paragraph before, given to no one there, goes on here: one statement with it)
        para.pending.push(unit);
      } else if (last && this.lastStatementParagraph >= p.index - 1 && !opensOn && !this.lastInRelative && !(before && namesSomeoneElse(before, unit, last, this.names, text))) {
        this.out.push(...bareQuotes(unit, usedQuotes, null, last, this.doc, text, this.lastCue, this.announcedBy ?? undefined));
        this.lastStatementParagraph = p.index;
      } else para.pending.push(unit);
    }
  }

  /** What the paragraph leaves open for the next one, or gives to the speaker current when a carried quotation ends. */
  paragraphEnd(para: Para): void {
    const { p, pending, fromCarry } = para;
    if (pending.length > 0 && para.runsOn) {
      const last = this.ctx.lastSpeaker;
      this.carried = { units: pending.splice(0), speaker: fromCarry?.speaker ?? (last && this.lastStatementParagraph >= p.index - 1 ? last : null) };
      // ("said: “A.\n\n“B.\n\n“C.”": the quotation goes on from the statement of the paragraph before, which stays open)
      const direct = this.lastDirect;
      if (direct && direct.paragraph === p.index - 1 && direct.speaker !== null && direct.speaker === this.carried.speaker) direct.paragraph = p.index;
    } else if (fromCarry && pending.length > 0) {
      // the quotation ended without an attribution of its own: the speaker current before it — and when
      // that speaker's quotation opened it ("“…,” Okafor said. “We have trucks …\n\n“But we also …”"),
      // the same statement goes on
      if (this.lastDirect && this.lastDirect.speaker === fromCarry.speaker && this.lastDirect.paragraph >= p.index - 1) this.goOn(pending, new Set(), p.index);
      // (the paragraph's own bare quotations too: it opened with the quotation going on, "“…\n\n“Nobody in Edinburgh
      // would put up with this.”")
      else this.flush({ units: pending, speaker: fromCarry.speaker });
    }
  }
}

/**
 * personIntroduced as an introduction (the cue: none written) — unless the quotation speaks of someone as "he"/"she" or
 * by the surname ("Daniel Evans, 19, died … “He lit up every room”"), or the sentence says what was done to the person
 * ("Her attacker, Tom Bell, was jailed …", "… was pronounced dead").
 */
function personAsIntro(unit: Unit, quoted: Unit, text: string): { mention: Mention; verb: string } | null {
  const m = personIntroduced(unit, text);
  return m?.name && speaksAsIntroduced(m, unit, quoted, text) ? { mention: m, verb: '' } : null;
}

/** Whether the quotation after `unit` may be the words of the person `m` the unit introduces (see personAsIntro). */
function speaksAsIntroduced(m: Mention, unit: Unit, quoted: Unit, text: string): boolean {
  const words = quoted.items.flatMap((t) => (t.quote ? text.slice(t.quote.innerStart, t.quote.innerEnd).split(/[^\p{L}’']+/u) : []));
  const name = m.name ?? m.text;
  const surname = name.slice(name.lastIndexOf(' ') + 1);
  if (words.some((w) => THIRD_PERSON.has(w.toLowerCase()) || w === surname)) return false;
  const passive = unit.items.some((t, k, a) => PASSIVE_BE.has(t.lower) && /^[a-z]+(ed|en)$/.test(a[k + 1]?.text ?? '') && !/^un/.test(a[k + 1]?.text ?? ''));
  return !passive && !unit.items.some((t) => DEATH_WORDS.has(t.lower));
}

/**
 * A paragraph that is one short quotation with no sentence's end in it, or a short question in single marks: a
 * section's heading, not words said there.
 */
function quotedHeading(p: Paragraph, text: string): boolean {
  const q = p.quotes[0];
  if (p.quotes.length !== 1 || !q || q.start !== p.start || q.end !== p.end || !q.closed) return false;
  const inner = text.slice(q.innerStart, q.innerEnd).trim();
  const count = inner.split(/\s+/).length;
  // (a short question or exclamation in single marks is a heading too, as CBC writes them: 'On top of what?')
  return (count <= 10 && !/[.!?,;:…]$/.test(inner)) || (q.single && count <= 8 && /[?!]$/.test(inner));
}

/** The question-or-answer label opening the paragraph at `span` ("Q:", "A (Pascale):"), read from its first words. */
const qaAt = (text: string, span: Span): ReturnType<typeof qaLabel> => qaLabel(text.slice(span.start, Math.min(span.end, span.start + 60)), span.start);

/** Whether a speaker mention is the first person ("I", "we", "So I"). */
const firstPerson = (m: Mention): boolean => m.kind !== 'role' && /(?:^|\s)(?:I|[Ww]e)$/.test(m.text);

/** Who a paragraph ending in a colon announced, and with which cue. */
interface BlockIntro {
  readonly index: number;
  readonly mention: Mention;
  readonly speaker: string | null;
  readonly cue: string;
}

/** A list's bullet right before a sentence. */
const BULLET_BEFORE = /[•▪●◦‣∙]\s*$/;

/**
 * The cue right after the subject of a colon's introduction, when what follows it is the subject's own words to come
 * ("She told Sky News:", "In a statement, its general secretary, Dave Kilbride, said:"); null when the line passes on
 * or receives someone else's ("told the court the defendant shouted:", "was asked by the presenter:", "read out a
 * message from a constituent:", "recalled what his mentor told him:").
 */
function blockCue(unit: Unit, subject: Mention): string | null {
  const items = unit.items;
  let k = items.findIndex((t) => t.start >= subject.end);
  // (past an appositive or an age between commas: "Mr Jones, a former train driver, said:", "Mr Jones, 54, told Sky News:")
  const close = items[k]?.text === ',' ? items.findIndex((t, x) => x > k && x - k <= 12 && t.text === ',') : -1;
  if (close > 0 && !items.slice(k + 1, close).some((t) => CUE_FORMS.has(t.text))) k = close + 1;
  while (k >= 0 && k < items.length && (!(items[k] as Item).word || INTERVENING.has((items[k] as Item).lower)) && (items[k] as Item).text !== ':') k++;
  const cue = items[k];
  if (!cue?.word || !CUE_FORMS.has(cue.text) || READING_VERBS.has(cue.lower) || RELAYING_VERBS.has(cue.lower)) return null;
  for (let x = k + 1; x < items.length; x++) {
    const t = items[x] as Item;
    if (t.word && (CUE_FORMS.has(t.text) || t.lower === 'by' || t.lower === 'what' || t.lower === 'that' || RELATIVE_PRONOUNS.has(t.lower))) return null;
  }
  return cue.text;
}

/** A request put to someone ("asked the police chief to resign", "asked them to leave"): act "asked", no question word first. */
function requestMade(f: Found, text: string): boolean {
  if (f.act !== 'asked') return false;
  const first = /^\p{L}+/u.exec(text.slice(f.parts[0]?.start ?? 0, (f.parts[0]?.start ?? 0) + 12))?.[0]?.toLowerCase() ?? '';
  return !QUESTION_WORDS.has(first);
}
