// Statement extraction: finds direct quotes, reported speech and mixed quotes in a cleaned document
// and attributes each to a speaker. Rule-based over tokens (fast, deterministic, explainable):
//   1. segment into paragraphs → "units" (sentences, merged where a quotation spans several);
//   2. in each unit, find cue verbs outside quotations and match the attribution patterns
//      "“Q,” X said" / "“Q,” said X" / "X said (that) C" / "C, X said" / "according to X, C" / ", adding that C";
//   3. quotes with no cue of their own continue the previous (or next) speaker's quote;
//   4. speakers are resolved by the document context (names, pronouns, roles, institutions).
import crypto from 'node:crypto';
import type { CleanDocument, Speaker, Statement, StatementAct, StatementKind } from '../model.ts';
import { DocumentNames } from './document-names.ts';
import { tidySpeaker } from './names.ts';
import { ENGLISH_WORDS } from '../ingest/english-words.ts';

const isCommonWord = (w: string): boolean => ENGLISH_WORDS.has(w) || ENGLISH_WORDS.has(w.replace(/s$/, '')) || /^(seventy|sixty|fifty|forty|thirty|twenty|eighty|ninety)(-\w+)?$/.test(w);
import { DocumentContext } from './coreference.ts';
import { statementDate } from './dates.ts';
import { CUE_ACTS, CUE_FORMS, CUE_PARTICLES, FINITE_VERBS, INFINITIVE_CUES, OBJECT_CUES, FINAL_POSITION_CUES, INSTITUTION_NOUNS, INTERVENING, MODIFIER_PREPOSITIONS, MONTHS, NAME_PARTICLES, PRONOUNS, ROLE_NOUNS, SOURCE_MODIFIER_WORDS, TAIL_STARTERS, TITLE_WORDS, WEAK_CUES, WEEKDAYS } from './lexicon.ts';
import { analyseMention, isCapitalised, isNationality, isNpToken, isPossessive, skipInterveningBack, trimNp, type Mention } from './mentions.ts';
import { paragraphSpans, segmentParagraph, tokenize, type Paragraph, type Quote, type Span, type Token } from './segment.ts';
import { isTranscript, turnLabel, type TurnLabel } from './transcript.ts';
import { isGivenName } from './given-names.ts';
import type { SpeakerRegistry } from './speakers.ts';

/** A token or a whole quotation collapsed into one item. */
interface Item extends Token {
  readonly quote?: Quote;
}

interface Unit {
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
  readonly items: readonly Item[];
}

interface Found {
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
}

const MAX_NP = 14;
const DETERMINER_WORDS = /^(the|a|an|this|that|these|those)$/;
/** Openers of a subordinate clause or participle phrase before the main clause's own speaker. */
const SUBORDINATE_OPENERS = /^(when|after|as|while|although|though|if|before|responding|asked|speaking|commenting|reacting|referring|replying|pressed|noting)$/;
/** Lower-case words of a role in front of a name ("press secretary", "deputy foreign minister"). */
const ROLE_MODIFIERS = /^(press|foreign|deputy|senior|chief|former|top|national|security|defense|defence|state|finance|health|interior|prime|communications|campaign|policy|economic|trade|justice|home|general|vice|assistant|acting|interim|special)$/;
/** Plural nouns that are also cue forms and may stand for their issuer ("according to estimates from …"). */
const PLURAL_DOCUMENT_NOUNS = /^(estimates|reports|figures|polls|surveys|statements|records|findings|projections|calculations)$/;
const STANCE_NOUNS = /^(concern|concerns|satisfaction|hope|support|regret|confidence|disappointment|surprise|gratitude|condolences|solidarity|readiness|interest|doubt|doubts|alarm|frustration|optimism|dissatisfaction|outrage|anger|appreciation|willingness|opposition)$/;
/** "D-N.Y.", "R-Ky.", "Lab", "(D-CA)": a party-and-state tag after a US politician's name. */
const PARTY_TAG = /^\(?[DRI]-[A-Z][A-Za-z.]{0,6}\)?\.?$/;
const PARTICIPIAL_OPENERS = /^(speaking|addressing|writing|talking|commenting|responding|reacting|testifying)$/;
const PARTICIPLE = /ing$/;
/** A frame that describes its speaker as unnamed: such a role never stands for a person named earlier. */
const ANONYMOUS = /\b(anonymity|not authori[sz]ed to|not to be (named|identified)|declined to be (named|identified)|without being named|on background)\b/i;

/** Extracts attributed statements from one cleaned document. */
export function extractStatements(doc: CleanDocument, registry: SpeakerRegistry): Statement[] {
  return extractWithSpeakers(doc, registry).statements;
}

/**
 * Statements of one document and the people it names in full that the registry does not know (for the
 * directory). The registry is only read: a document's speakers depend on the document and the shipped
 * registry alone, never on which documents were read before it.
 */
export function extractWithSpeakers(doc: CleanDocument, registry: SpeakerRegistry): { statements: Statement[]; learned: Speaker[] } {
  const text = doc.text;
  const ctx = new DocumentContext(registry, DocumentNames.scan([doc.title, text]), doc.date);
  const out: Draft[] = [];
  const spans = paragraphSpans(text);
  // the headline often carries the only full name ("nominee Marcus Hale faces …"; later just "Hale")
  if (doc.title) noteNames(doc.title, ctx);
  let lastStatementParagraph = -10;
  let lastCue = '';
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
    lastDirect.f = { ...lastDirect.f, parts: [...lastDirect.f.parts, ...more].sort((a, b) => a.start - b.start) };
    out[lastDirect.at] = makeStatement(doc, lastDirect.f, lastDirect.speaker, text);
    lastDirect.unit = units[units.length - 1] ?? lastDirect.unit;
    lastDirect.paragraph = paragraph;
  };
  for (let index = 0; index < spans.length; index++) {
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
        const f: Found = { kind: 'direct', mention: m, cue: 'said', parts: [{ start: label.contentStart, end: p.end }], frameText: '', unit: units[0] };
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
            out.push(...bareQuotes(unit, usedQuotes, null, last, doc, text, lastCue));
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
  const statements = dedupe(out).flatMap((draft) => {
    const speakerRole = draft.speaker ? ctx.roleOf(draft.speaker, draft.date) : null;
    const speaker = draft.speaker ? tidySpeaker(draft.speaker, isCommonWord) : null;
    const st = speaker === draft.speaker ? { ...draft, speakerRole } : { ...draft, speaker, speakerRole, id: statementId(draft.text, speaker ?? draft.speakerMention) };
    return perParagraph(st, spans, text);
  });
  return { statements, learned: ctx.learned() };
}

/** The quotations of `units`, in order, as statement parts. */
function quoteParts(units: readonly Unit[]): { start: number; end: number; quote: Quote }[] {
  return units.flatMap((u) => u.items.flatMap((it) => (it.quote ? [{ start: it.quote.innerStart, end: it.quote.innerEnd, quote: it.quote }] : [])));
}

/** A transcript turn that ends in a question mark (a closing quotation mark may follow). */
const endsInQuestion = (words: string): boolean => /\?[”"’']?$/.test(words);

/** Labels whose turns mostly end in a question: the interviewers of a transcript. */
function askers(labels: readonly (TurnLabel | null)[], paragraphs: readonly Span[], text: string): Set<string> {
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
function isCourtesy(words: string): boolean {
  const n = words.split(/\s+/).length;
  return (n <= 14 && /^(good (morning|afternoon|evening)|thank|thanks|welcome|hello|hi|pleasure|my pleasure|great to be)/i.test(words)) || (n <= 10 && /\b(thank you|thanks)\b/i.test(words));
}

/** Sentences merged so that no quotation crosses a unit boundary. Linear in sentences + quotes. */
function buildUnits(p: Paragraph, text: string): Unit[] {
  const units: Unit[] = [];
  const ss = p.sentences;
  const quotes = p.quotes.filter((q) => !q.single || !q.closed);
  let qp = 0;
  let i = 0;
  while (i < ss.length) {
    const first = ss[i];
    if (!first) break;
    let j = i;
    let end = first.end;
    while (qp < quotes.length && (quotes[qp] as Quote).end <= first.start) qp++;
    // extend over every quotation that starts inside the unit and ends after it
    for (let k = qp; k < quotes.length && (quotes[k] as Quote).start < end; k++) {
      const q = quotes[k] as Quote;
      while (q.end > end && j + 1 < ss.length) {
        j++;
        end = (ss[j] as { end: number }).end;
      }
    }
    const tokens: Token[] = [];
    for (let k = i; k <= j; k++) for (const t of ss[k]?.tokens ?? []) tokens.push(t);
    units.push({ start: first.start, end, paragraph: p.index, items: collapseQuotes(tokens, p.quotes, text) });
    i = j + 1;
  }
  return units;
}

/** Replaces the tokens inside each (non-scare) quotation by one item carrying the quotation. */
function collapseQuotes(tokens: readonly Token[], quotes: readonly Quote[], text: string): Item[] {
  const items: Item[] = [];
  const firstStart = tokens[0]?.start ?? 0;
  // binary search: the first quotation that ends after the unit's first token
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((quotes[mid] as Quote).end <= firstStart) lo = mid + 1;
    else hi = mid;
  }
  let qi = lo;
  for (const t of tokens) {
    while (qi < quotes.length && (quotes[qi] as Quote).end <= t.start) qi++;
    const q = quotes[qi];
    if (q && t.start >= q.start && t.end <= q.end && (!q.single || speechLike(q, text))) {
      const prev = items[items.length - 1];
      if (prev?.quote !== q) items.push({ text: '"Q"', lower: '<q>', word: false, start: q.start, end: q.end, quote: q });
      continue;
    }
    items.push(t);
  }
  return items;
}

/**
 * Single marks are usually scare quotes ('collective West'); they are speech when long, when they
 * end with their own punctuation (‘No,’ he said) or when they open the paragraph (UK house style).
 */
function speechLike(q: Quote, text: string): boolean {
  if (wordCount(q) >= 6) return true;
  if (/[,.?!]$/.test(text.slice(q.innerStart, q.innerEnd))) return true;
  const before = text.slice(Math.max(0, q.start - 2), q.start);
  return q.start === 0 || /\n\s*$/.test(before) || /[.!?]\s$/.test(before);
}

function wordCount(q: Quote): number {
  return Math.round((q.innerEnd - q.innerStart) / 6);
}

const isQuote = (it: Item | undefined): boolean => it?.quote !== undefined;

function isBareQuoteUnit(u: Unit): boolean {
  const quotes = u.items.filter((x) => x.quote);
  if (quotes.length === 0) return false;
  const others = u.items.filter((x) => !x.quote && x.word);
  return others.length <= 1 && quotes.some((q) => q.end - q.start > 10);
}

function bareQuotes(u: Unit, used: Set<Quote>, mention: Mention | null, speaker: string | null, doc: CleanDocument, text: string, cue = ''): Statement[] {
  const out: Statement[] = [];
  for (const it of u.items) {
    if (!it.quote || used.has(it.quote)) continue;
    const m: Mention = mention ?? { kind: 'pronoun', text: '', start: it.start, end: it.start, name: null, role: null, institution: false, plural: false, members: [] };
    const f: Found = { kind: 'direct', mention: m, cue, parts: [{ start: it.quote.innerStart, end: it.quote.innerEnd, quote: it.quote }], frameText: '', unit: u };
    out.push(makeStatement(doc, f, speaker, text));
  }
  return out;
}

/** "Richard Castellano, a former senator from Rhode Island, …": the role an appositive at `at` gives. */
function appositiveRole(items: readonly Item[], at: number, text: string): string | null {
  if ((items[at] as Item | undefined)?.text !== ',' || !/^(a|an|the)$/.test(items[at + 1]?.lower ?? '')) return null;
  return roleOfPhrase(items.slice(at + 1, at + 8), text);
}

/** The words of a phrase up to the first that cannot be in a speaker phrase ("chief economist" of "chief economist at Barclays"). */
function npPrefix(tokens: readonly Item[]): readonly Item[] {
  const cut = tokens.findIndex((t, k) => k > 0 && !isNpToken(t));
  return cut > 0 ? tokens.slice(0, cut) : tokens;
}

/** The single person's role a phrase gives ("an analyst at the institute" → "analyst"), without its article. */
function roleOfPhrase(tokens: readonly Item[], text: string): string | null {
  const role = analyseMention(npPrefix(tokens), text);
  return role && role.kind === 'role' && !role.plural && role.role ? bareRole(role.role) : null;
}

const bareRole = (role: string): string => role.replace(/^(the|a|an)\s+/i, '');

/** Remembers the people a line names with a given name and a surname ("Marcus Hale"), not as subjects. */
function noteNames(line: string, ctx: DocumentContext): void {
  const tokens = tokenize(line, 0);
  for (let k = 0; k < tokens.length - 1; k++) {
    const t = tokens[k] as Token;
    if (!isCapitalised(t) || TITLE_WORDS.has(t.text) || !isGivenName(t.text)) continue;
    let j = k + 1;
    while (j < tokens.length && j - k < 4 && isCapitalised(tokens[j] as Token) && !isPossessive(tokens[j - 1] as Token)) j++;
    const m = j - k >= 2 ? analyseMention(tokens.slice(k, j), line) : null;
    if (m && m.kind === 'name' && !m.institution && m.name?.includes(' ')) ctx.noteMention(m, false);
    k = j - 1;
  }
}

/** Remembers the person a unit opens with ("Lavrov met with …"), for later pronouns. */
function noteSubject(unit: Unit, text: string, ctx: DocumentContext): void {
  const items = unit.items;
  let s = 0;
  // a dateline: "WAUKESHA, Wis. — Bill Radke had been talking …", "ISLAMABAD: Police fired …"
  const dash = items.findIndex((t, k) => k < 8 && (t.text === '—' || t.text === '–' || t.text === ':'));
  if (dash > 0 && /^[A-Z]{3,}$/.test((items[0] as Item).text) && ((items[dash] as Item).text !== ':' || (dash === 1 && (items[0] as Item).text.length >= 4)) && items.slice(0, dash).every((t) => t.text === ',' || t.text === '(' || t.text === ')' || (t.word && /^[A-Z]/.test(t.text)))) s = dash + 1;
  // skip a leading adverbial: "On Wednesday," / "However,"
  const opener = (items[0] as Item | undefined)?.lower ?? '';
  const longOpener = /^(in|on|at|after|before|during|writing|speaking|asked|addressing|talking|following|amid|despite|with|since|when|while|as|earlier|later|meanwhile|however|according|turning|returning|looking|moving|referring|responding|pressed|asked|if|although|though|because|once|until|under|over|for|to)$/.test(opener);
  let comma = items.findIndex((t, k) => k < (longOpener ? 30 : 12) && t.text === ',');
  // "Pressed by the moderator, Dana Whitley of WTAE, to name a plant, Carver did not.": the comma after
  // which a subject and its verb follow, not the one inside the opener's own appositive
  if (longOpener) {
    for (let c = comma; c > 0 && c < 45; c = items.findIndex((t, k) => k > c && t.text === ',')) {
      let v = c + 1;
      while (v < items.length && v - c <= 6 && isCapitalised(items[v] as Token)) v++;
      const verb = items[v] as Item | undefined;
      if (v > c + 1 && verb?.word && !isCapitalised(verb) && !/^(of|to|and|in|at|for|from|on|with|the|a|an)$/.test(verb.lower)) {
        comma = c;
        break;
      }
    }
  }
  if (comma > 0 && (longOpener || (comma < 6 && !isCapitalised(items[comma - 1] as Token)))) s = comma + 1;
  else if (comma > 0 && comma < 4 && WEEKDAYS.has((items[comma - 1] as Token).lower)) s = comma + 1;
  let e = s;
  while (e < items.length && e - s < MAX_NP && (items[e] as Item).word && !isQuote(items[e]) && (isCapitalised(items[e] as Token) || ['of', 'the', 'and'].includes((items[e] as Token).lower) || NAME_PARTICLES.has((items[e] as Token).lower) || /[’']s$/.test((items[e] as Token).text))) e++;
  // "For Stanovaya, that resilience is the problem. “…,” she said.": the person the sentence is about
  if (opener === 'for' && comma > 1 && comma <= 5) {
    const about = analyseMention(trimNp(items.slice(1, comma)), text);
    if (about && about.kind === 'name' && !about.institution) ctx.noteMention(about, true);
  }
  // "Rights activist and co-convener …, Aisha Yesufu, said": a capitalised word before a role noun is no name
  const after = (items[e] as Item | undefined)?.lower ?? '';
  const core = items.slice(s, e).filter((x) => !DETERMINER_WORDS.test(x.lower)).length;
  if (core <= 2 && e > s && (ROLE_NOUNS.has(after) || INSTITUTION_NOUNS.has(after))) e = s;
  if (e > s) {
    const m = analyseMention(trimNp(items.slice(s, e)), text);
    if (m && m.kind === 'joint') ctx.noteMention(m, true);
    else if (m && m.kind === 'name' && !m.institution && m.name && (m.name.includes(' ') || m.role)) {
      ctx.noteMention(m, true);
      const role = appositiveRole(items, e, text);
      if (role) ctx.noteMention({ ...m, role }, true);
    }
    else if (m && m.kind === 'name' && m.name) ctx.noteMention(m, !m.institution);
  }
  // "a reporter asked Radke whether …": the one asked answers next, so he becomes the latest subject
  const askedAt = items.findIndex((t, k) => k >= e && /^(asked|pressed|questioned)$/.test(t.lower));
  if (askedAt >= 0) {
    let j = askedAt + 1;
    while (j < items.length && j - askedAt <= 5 && isCapitalised(items[j] as Token) && !isQuote(items[j])) j++;
    if (j > askedAt + 1 && /^(whether|if|about|why|how|what|when|to|on)$/.test(items[j]?.lower ?? '')) {
      const m = analyseMention(items.slice(askedAt + 1, j), text);
      if (m && m.kind === 'name' && !m.institution) ctx.noteMention(m, true);
    }
  }
  // Titled people mentioned later in the sentence ("… acting foreign minister, Amir Khan Muttaqi")
  // (the opener before the subject too: "Speaking alongside Power Minister Sardar Awais Leghari, Mr Tarar …")
  for (let k = 0; k < items.length; k++) {
    if (k >= s && k < e) continue;
    const t = items[k] as Item;
    if (!isCapitalised(t) || isQuote(t)) continue;
    let j = k;
    while (j < items.length && isCapitalised(items[j] as Token) && !isQuote(items[j])) j++;
    if (j - k >= 2) {
      const prev = items[k - 1];
      const titled = prev && (prev.text === ',' || /^(minister|spokesman|spokeswoman|counterpart|president|leader|envoy|secretary|senator|chief|head|official|director|ambassador|adviser|advisor|aide|chairman|premier)$/.test(prev.lower));
      const m = analyseMention(items.slice(k, j), text);
      // "alongside Power Minister Sardar Awais Leghari": a title word in the role makes it a person
      const person = titled || TITLE_WORDS.has((items[k] as Item).text) || isNationality((items[k] as Item).text) || (m?.role !== null && m?.role !== undefined && /\b(Minister|Secretary|President|Governor|Senator|Chancellor|Ambassador|Director|Chairman|Chairwoman|Chair|Spokesman|Spokeswoman|Spokesperson|Commissioner|Mayor|Premier|General|Judge|Leader|Envoy|Adviser|Advisor)\b/.test(m.role));
      // the role words in front: "White House press secretary Dana Whitfield"
      let r = k;
      while (r > 0 && r > k - 6 && (items[r - 1] as Item).word && (ROLE_NOUNS.has((items[r - 1] as Item).lower) || TITLE_WORDS.has((items[r - 1] as Item).text) || ROLE_MODIFIERS.test((items[r - 1] as Item).lower))) r--;
      const roleWords = r < k ? text.slice((items[r] as Item).start, (items[k - 1] as Item).end) : null;
      // the sentence opens with it: it is the subject ("White House press secretary Dana Whitfield took questions")
      const opening = r === s || (r > s && items.slice(s, r).every((x) => isCapitalised(x as Token) || x.lower === 'the'));
      // a titled person, or an institution ("a report by the Government Accountability Office"), for "it" and "the report"
      if (m && m.kind === 'name' && m.name && (m.institution ? j - k >= 2 : person && (m.role || titled))) {
        ctx.noteMention(roleWords && !m.institution && !m.role ? { ...m, role: roleWords } : m, !m.institution && opening && r < k);
        const more = m.institution ? null : appositiveRole(items, j, text);
        if (more) ctx.noteMention({ ...m, role: more }, false);
      }
      else {
        // "… International Affairs Leonid Slutsky", "nominee Marcus Hale": a given name and a surname
        const g = items.findIndex((x, y) => y >= k && y < j - 1 && isGivenName(x.text) && !TITLE_WORDS.has(x.text));
        if (g >= 0) {
          const name = analyseMention(items.slice(g, Math.min(j, g + 4)), text);
          if (name && name.kind === 'name' && !name.institution) ctx.noteMention(name, false);
        }
      }
    }
    k = j;
  }
}

/** Is items[i] a usable cue? Returns the cue text (with particle) and the index after it. */
function cueAt(items: readonly Item[], i: number): { cue: string; lemma: string; next: number } | null {
  const t = items[i];
  if (!t || !t.word || isQuote(t)) return null;
  const lemma = CUE_FORMS.get(t.text); // lower-case only: capitalised forms are names or sentence openers
  if (!lemma) return null;
  const prev = items[i - 1];
  // "went on to say", "was quick to point out": the infinitive after a phrasal frame still reports speech
  if (prev?.lower === 'to' && /^(on|quick|keen|careful|eager|moved|hastened|went|continued)$/.test(items[i - 2]?.lower ?? '')) {
    return { cue: t.text, lemma, next: i + 1 };
  }
  if (prev && /^(the|a|an|to|is|was|were|be|been|being|its|his|her|their|our|this|that|these|those|of|for|with|by|and|or|no|new|any|such|said)$/.test(prev.lower)) {
    // "has been saying" / "is expected to say" / "the report": not an attribution here
    if (!(prev.lower === 'and' && i >= 2)) return null;
  }
  // "did not say whether", "has never said", "wouldn't say": a negated cue reports no statement
  if (prev && /^(not|never|n[’']t)$/.test(prev.lower) && items[i - 2]?.lower !== 'only') return null;
  // "one person briefed on the talks": someone who was told, not a teller
  if (lemma === 'brief' && /^(on|about)$/.test(items[i + 1]?.lower ?? '')) return null;
  // "an activist who asked not to be named": a condition of anonymity, not a statement
  if (lemma === 'ask' && (prev?.lower === 'who' || items[i + 1]?.lower === 'not')) return null;
  // "Russia's claims that …", "media reports said …": a noun, not the cue
  if (prev && /[’']s$/.test(prev.text) && /s$/.test(t.text)) return null;
  if (/s$/.test(t.text) && items[i + 1]?.word && CUE_FORMS.has(items[i + 1]?.text ?? '')) return null;
  const particles = CUE_PARTICLES.get(lemma);
  if (lemma === 'make') {
    // "made clear that", "made it clear that"
    const a = items[i + 1]?.lower;
    if (a === 'clear') return { cue: `${t.text} clear`, lemma, next: i + 2 };
    if (a === 'it' && items[i + 2]?.lower === 'clear') return { cue: `${t.text} it clear`, lemma, next: i + 3 };
    return null;
  }
  if (particles) {
    const nx = items[i + 1];
    if (lemma === 'call' && nx && !particles.includes(nx.lower)) {
      // "called the cuts “cruel and counterproductive”": naming something with a quotation
      for (let k = i + 1; k < items.length && k < i + 7; k++) {
        if (items[k]?.quote && !items[k]?.quote?.single) return { cue: t.text, lemma, next: i + 1 };
        if (items[k]?.text === '.' || items[k]?.text === ',') break;
      }
      return null;
    }
    if (!nx || !particles.includes(nx.lower)) return null;
    return { cue: `${t.text} ${nx.text}`, lemma, next: i + 2 };
  }
  return { cue: t.text, lemma, next: i + 1 };
}

/** The speaker phrase that ends right before the cue (skipping "also", "has", "on Friday" …). */
function subjectBefore(items: readonly Item[], cue: number, text: string): { mention: Mention; start: number } | null {
  let at = cue;
  // "He went on to say", "Lavrov was quick to point out"
  if (items[at - 1]?.lower === 'to' && /^(on|quick|keen|careful|eager|moved|hastened|continued)$/.test(items[at - 2]?.lower ?? '')) {
    at -= 2;
    if (/^(went|goes|go|was|is|were|are|has|have|had|been)$/.test(items[at - 1]?.lower ?? '')) at--;
    if (/^(was|is|were|are|has|have|had|been)$/.test(items[at - 1]?.lower ?? '')) at--;
  }
  let j = skipInterveningBack(items, at);
  // "Rep. Jim Jordan (R-Ohio) said": a bracketed tag between the speaker and the cue
  const open = j > 0 && (items[j - 1] as Item).text === ')' ? bracketOpen(items, j - 1) : -1;
  if (open > 0) j = open;
  if (j > 0 && (items[j - 1] as Item).text === ',') return parentheticalSubject(items, j - 1, text);
  // "Before the trip he told Xinhua …": a subject pronoun right before the cue stands alone
  const prev = items[j - 1];
  if (prev && /^(he|she|they|it)$/.test(prev.lower) && j >= 2 && !/^(and|or|as|than)$/.test(items[j - 2]?.lower ?? '') && npBackFrom(items, j)?.tokens.length !== 1) {
    const pm = analyseMention([prev], text);
    if (pm) return { mention: pm, start: j - 1 };
  }
  const np = npBackFrom(items, j);
  const m = np ? analyseMention(np.tokens, text) : null;
  if (!np || !m) return relativeClauseSubject(items, j, text) ?? reducedRelativeSubject(items, j, text);
  // pronouns must stand alone right before the cue
  if (m.kind === 'pronoun' && np.tokens.length !== 1) return null;
  return { mention: m, start: np.start };
}

/** Index of the "(" that opens the short bracket closing at `close`, or -1. */
function bracketOpen(items: readonly Item[], close: number): number {
  for (let k = close - 1; k >= 0 && close - k <= 8; k--) {
    const t = items[k] as Item;
    if (isQuote(t) || t.text === ')') return -1;
    if (t.text === '(') return k;
  }
  return -1;
}

/** "the report", "its statement": a word that is also a cue form, used as a noun after a determiner. */
function nounAfterDeterminer(items: readonly Item[], k: number): boolean {
  const t = items[k] as Item;
  return t.word && INSTITUTION_NOUNS.has(t.lower) && /^(the|a|an|its|his|her|their|this|that|our)$/.test(items[k - 1]?.lower ?? '');
}

/** "A statement from the Dunmore campaign released at 1:30 a.m. said …": the speaker before a participle phrase. */
function reducedRelativeSubject(items: readonly Item[], end: number, text: string): { mention: Mention; start: number } | null {
  for (let k = end - 1; k > 0 && end - k <= 10; k--) {
    const t = items[k] as Item;
    if (isQuote(t) || t.text === ',' || t.text === ';') return null;
    if (!/^(released|issued|published|posted|obtained|seen|reviewed|circulated|signed|dated|sent|filed|distributed)$/.test(t.lower)) continue;
    const np = npBackFrom(items, k);
    const m = np ? analyseMention(np.tokens, text) : null;
    if (!np || !m || m.kind === 'pronoun') return null;
    // the phrase may open with its document: "A statement from …"
    let start = np.start;
    for (let b = np.start - 1; b >= 0 && np.start - b <= 4; b--) {
      const x = items[b] as Item;
      if (x.text === ',' || isQuote(x)) break;
      if (b === 0 || (items[b - 1] as Item).text === ',') {
        start = b;
        break;
      }
    }
    return { mention: m, start };
  }
  return null;
}

/** "a Moscow activist who asked not to be named told …": the speaker before a comma-less relative clause. */
function relativeClauseSubject(items: readonly Item[], end: number, text: string): { mention: Mention; start: number } | null {
  for (let k = end - 1; k > 0 && end - k < 16; k--) {
    const t = items[k] as Item;
    if (isQuote(t) || t.text === ',' || t.text === ';') return null;
    if (t.lower !== 'who') continue;
    // "… remarks by Nikol Pashinyan, who told parliament that …": the name before the comma
    if ((items[k - 1] as Item | undefined)?.text === ',') {
      const named = npBackFrom(items, k - 1);
      const nm = named ? analyseMention(named.tokens, text) : null;
      return named && nm && nm.kind === 'name' && !nm.institution ? { mention: nm, start: k } : null;
    }
    const np = npBackFrom(items, k);
    const m = np ? analyseMention(np.tokens, text) : null;
    return np && m && m.kind !== 'pronoun' ? { mention: m, start: np.start } : null;
  }
  return null;
}

/** The longest speaker-like phrase ending at item index `end` (exclusive). */
function npBackFrom(items: readonly Item[], end: number): { tokens: Token[]; start: number } | null {
  let s = end;
  while (s > 0 && end - s < MAX_NP) {
    const t = items[s - 1] as Item;
    // "People's Liberation Party (PLP) leader Martha Karua": a short bracket inside the phrase
    if (t.text === ')' && s < end) {
      const open = bracketOpen(items, s - 1);
      if (open > 0 && isNpToken(items[open - 1] as Item)) {
        s = open;
        continue;
      }
    }
    // "A No 10 spokesman": the number of Downing Street
    const number10 = /^\d+$/.test(t.text) && /^(no|no\.|number)$/.test(items[s - 2]?.lower ?? '');
    if (isQuote(t) || (!isNpToken(t) && !nounAfterDeterminer(items, s - 1) && !number10)) break;
    s--;
  }
  if (s === end) return null;
  // "Officials familiar with the matter", "sources close to the Kremlin": take the head before the modifier
  const p1 = items[s - 1];
  const p2 = items[s - 2];
  if (p1 && p2 && /^(with|to|of|on|in|about)$/.test(p1.lower) && SOURCE_MODIFIER_WORDS.has(p2.lower)) {
    // the whole phrase: analyseMention reads its head, the speaker keeps the modifier
    const head = npBackFrom(items, s - 2);
    if (head) return { tokens: trimNp(items.slice(head.start, end)), start: head.start };
  }
  // "Supporters of the administration's approach", "Hawks on the committee": the role noun before the phrase
  const prep = items[s - 1];
  const roleNoun = items[s - 2];
  if (prep && roleNoun && /^(of|on|in|at|from|within|across)$/.test(prep.lower) && roleNoun.word && ROLE_NOUNS.has(roleNoun.lower) && (!isCapitalised(roleNoun) || /[^s]s$/.test(roleNoun.lower)) && end - s <= 6) {
    const head = npBackFrom(items, s - 1);
    if (head) return { tokens: trimNp(items.slice(head.start, end)), start: head.start };
  }
  let np = trimNp(items.slice(s, end));
  while (np.length > 1 && /^(on|in|at|but|and|while|as|after|before|when|however|meanwhile|so|yet|then|also|separately)$/.test((np[0] as Token).lower)) np = np.slice(1);
  return np.length > 0 ? { tokens: np, start: s } : null;
}

/**
 * The cue follows a comma: "Yuri Kokov, also warned", "Lavrov, speaking at …, said",
 * "Schumer, a New York Democrat, said", "An official, who spoke on condition of anonymity, said".
 */
function parentheticalSubject(items: readonly Item[], comma: number, text: string, depth = 0): { mention: Mention; start: number } | null {
  let open = -1;
  for (let k = comma - 1; k >= 0 && comma - k < 45; k--) {
    const t = items[k] as Item;
    if (isQuote(t)) return null;
    if (t.text === ',') {
      open = k;
      break;
    }
  }
  const segStart = open + 1;
  const seg = trimNp(items.slice(segStart, comma));
  const first = seg[0];
  if (!first) return null;
  // "Biden, meanwhile, said" / "The Kremlin, for its part, said": an aside between the speaker and the cue
  const aside = (seg.length === 1 && (INTERVENING.has(first.lower) || /ly$/.test(first.lower) || /^(however|meanwhile|though|too|instead|nonetheless|nevertheless|separately|also)$/.test(first.lower))) || /^(for (his|her|its|their) part|in turn|in response|in a statement|in an interview|in a speech|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on twitter|in return|by contrast|in contrast|for example|for instance|of course|in particular|in fact|as expected|as usual|at the same time|in the meantime|on the other hand|for now|so far|at least|like others)$/i.test(seg.map((t) => t.text).join(' '));
  if (aside && open >= 0) {
    const np = npBackFrom(items, open);
    const m = np ? analyseMention(np.tokens, text) : null;
    return m && np && startsClause(items, np.start) ? { mention: m, start: np.start } : null;
  }
  const describes = PARTY_TAG.test(seg.map((t) => t.text).join('')) || /^(who|which|whose|a|an|\d+|on|in|at|during|after|before|while|from|with|now|then|once|also|still|speaking|addressing|writing|talking|commenting|responding|reacting|testifying|citing|referring|asked|quoted|according|including|among|like|one|both|each|either|reviewed|seen|obtained|published|released|issued|dated|signed|circulated|leaked|shared|sent|written|drafted|filed|viewed|adopted|approved|passed|endorsed|backed|led|founded|chaired|headed)$/.test(first.lower) || /^(himself|herself|itself|themselves)$/.test(first.lower);
  if (first.lower === 'the' && open >= 0) {
    const named = nameBeforeAppositive(items, open, text);
    if (named) return named;
  }
  if (!describes && open >= 0) {
    // "Nancy Northup, president of the Center for Reproductive Rights, said": a role after a name;
    // "Priya Raman, chief economist at Barclays, said": the role is the words before the preposition
    const roleWords = npPrefix(seg);
    const asRole = roleWords.every((t) => isNpToken(t)) ? analyseMention(roleWords, text) : null;
    if (asRole && asRole.kind === 'role') {
      const named = nameBeforeAppositive(items, open, text);
      if (named) return named;
    }
  }
  if (!describes) {
    // "Russian Foreign Minister Sergey Lavrov speaking at …, stated": the speaker before the participle
    const part = seg.findIndex((t) => PARTICIPIAL_OPENERS.test(t.lower));
    if (part > 0 && (open < 0 || startsClause(items, segStart))) {
      const m = analyseMention(trimNp(seg.slice(0, part)), text);
      if (m && (m.kind === 'name' || m.kind === 'joint')) return { mention: m, start: segStart };
    }
    // the segment itself is the speaker: ", Yuri Kokov," or "Russian Foreign Minister Sergey Lavrov,"
    if (seg.some((t) => isQuote(t as Item) || !isNpToken(t))) return null;
    const m = analyseMention(seg, text);
    if (!m || (m.kind !== 'name' && m.kind !== 'joint')) return null;
    if (open >= 0) {
      // "Sergey Lavrov and his Kazakh counterpart, Mukhtar Tleuberdi, believe …": a joint speaker
      const left = npBackFrom(items, open);
      const and = left ? left.tokens.findIndex((t) => t.lower === 'and') : -1;
      const lastLeft = left?.tokens[left.tokens.length - 1];
      if (left && and > 0 && lastLeft && /^(counterpart|colleague|deputy|ally|partner|opposite)$/.test(lastLeft.lower)) {
        const a = analyseMention(trimNp(left.tokens.slice(0, and)), text);
        if (a && a.kind === 'name' && !a.institution) {
          const startTok = left.tokens[0] as Token;
          return {
            mention: { kind: 'joint', text: text.slice(startTok.start, m.end), start: startTok.start, end: m.end, name: null, role: null, institution: false, plural: true, members: [a, m] },
            start: left.start,
          };
        }
      }
      // only a full appositive counts: the comma must open a clause or follow a role ("The deputy secretary …, Yuri Kokov,")
      // "“…,” the Archbishop of Canterbury, Justin Welby, said": the role opens the speaker phrase
      if (left && left.tokens.length <= 8) {
        const r = analyseMention(left.tokens, text);
        const b = left.start - 1;
        if (r && (r.kind === 'role' || /^the\s/i.test(r.text)) && (isQuote(items[b]) || ((items[b] as Item | undefined)?.text === ',' && isQuote(items[b - 1])))) return { mention: m, start: left.start };
        // "A spokeswoman for Pruitt, Emily Carver, said": the role is hers, so "the spokeswoman" finds her later
        if (r && r.kind === 'role' && !r.plural && m.kind === 'name' && !m.role && r.role && startsClause(items, left.start)) return { mention: { ...m, role: bareRole(r.role) }, start: left.start };
      }
    }
    return { mention: m, start: segStart };
  }
  if (open < 0) return null;
  const np = npBackFrom(items, open);
  const m = np ? analyseMention(np.tokens, text) : null;
  // two asides in a row: "Sen. Joe Manchin, D-W.Va., who has long opposed new spending, said"; "Sen.
  // Richard Alcott of Illinois, the top Democrat on the Judiciary Committee, who …, said" (the phrase
  // before the comma is itself inside an aside when it does not open a clause)
  if (!np || !m || (m.kind === 'pronoun' && np.tokens.length !== 1) || (!startsClause(items, np.start) && depth < 3)) {
    const deeper = depth < 3 ? parentheticalSubject(items, open, text, depth + 1) : null;
    if (deeper || !np || !m || m.kind === 'pronoun') return deeper;
  }
  // "Philippe Lazzarini, the commissioner-general of UNRWA, whose agency …, said": the name before the role
  if ((items[np.start - 1] as Item | undefined)?.text === ',' && (m.kind === 'role' || /^(the|a|an)\s/i.test(m.text))) {
    const named = nameBeforeAppositive(items, np.start - 1, text);
    if (named) return named;
  }
  // "Mykola Bielieskov, an analyst at the National Institute, said": the appositive's role is his
  const role = m.kind === 'name' && !m.institution && !m.role && /^(a|an)$/.test(first.lower) ? roleOfPhrase(seg, text) : null;
  if (role) return { mention: { ...m, role }, start: np.start };
  return { mention: m, start: np.start };
}

/** "Mark Meadows, the president's chief of staff, told …": a definite appositive after a name. */
function nameBeforeAppositive(items: readonly Item[], open: number, text: string): { mention: Mention; start: number } | null {
  // "Rep. Nadia Ferreira, D-Calif., the top Democrat on …,": step over the party tag
  for (let k = open - 1; k > 0 && open - k <= 6; k--) {
    if ((items[k] as Item).text !== ',') continue;
    if (PARTY_TAG.test(items.slice(k + 1, open).map((t) => t.text).join(''))) open = k;
    break;
  }
  const np = npBackFrom(items, open);
  if (!np) return null;
  const m = analyseMention(np.tokens, text);
  return m && m.kind === 'name' && !m.institution && startsClause(items, np.start) ? { mention: m, start: np.start } : null;
}

/** "according to him" / "in her words": an object pronoun standing for its subject form. */
function objectPronounAt(items: readonly Item[], at: number, text: string): { mention: Mention; end: number } | null {
  const t = items[at];
  const subjectForm: Record<string, string> = { him: 'he', her: 'she', them: 'they', his: 'he', their: 'they' };
  const form = t ? subjectForm[t.lower] : undefined;
  if (!t || !form) return null;
  const m = analyseMention([{ ...t, text: form, lower: form }], text);
  return m ? { mention: { ...m, text: t.text }, end: at + 1 } : null;
}

/** The subject of "X was quoted (by Y) as saying": `as` is at index asAt. */
function quotedAsSaying(items: readonly Item[], asAt: number, text: string): Mention | null {
  for (let k = asAt - 1; k > 0 && asAt - k < 12; k--) {
    if (!/^(quoted|cited)$/.test((items[k] as Item).lower)) continue;
    const aux = items[k - 1] as Item;
    if (!/^(was|is|were|been)$/.test(aux.lower)) {
      // active: "Interfax quoted Peskov as saying": the speaker stands between "quoted" and "as"
      const np = trimNp(items.slice(k + 1, asAt));
      return np.length > 0 && np.every((t) => isNpToken(t)) ? analyseMention(np, text) : null;
    }
    const np = npBackFrom(items, skipInterveningBack(items, k - 1));
    if (np) return analyseMention(np.tokens, text);
    // "Rolandas Petkus, who led the country …, is quoted in … as saying": the speaker before the aside
    return subjectBefore(items, k - 1, text)?.mention ?? null;
  }
  return null;
}

/** Speaker phrase right after the cue: "…,” said Lavrov." / "…, says the statement." */
function subjectAfter(items: readonly Item[], from: number, text: string): { mention: Mention; end: number } | null {
  let e = from;
  while (e < items.length && e - from < MAX_NP) {
    const t = items[e] as Item;
    // "according to estimates from the Congressional Budget Office": a plural noun that is also a cue form
    if (e === from && PLURAL_DOCUMENT_NOUNS.test(t.lower)) {
      e++;
      continue;
    }
    // "according to people familiar with the matter": the modifier's phrase belongs to the speaker
    const modifies = e > from && ((SOURCE_MODIFIER_WORDS.has((items[e - 1] as Item).lower) && MODIFIER_PREPOSITIONS.has(t.lower)) || (SOURCE_MODIFIER_WORDS.has(t.lower) && MODIFIER_PREPOSITIONS.has(items[e + 1]?.lower ?? '')));
    if (isQuote(t) || (!modifies && ((!isNpToken(t) && !nounAfterDeterminer(items, e)) || (t.word && TAIL_STARTERS.has(t.lower) && e > from && !/^(of|to|for)$/.test(t.lower))))) break;
    e++;
  }
  if (e === from) return null;
  const first = items[from] as Item;
  if (e === from + 1 && PLURAL_DOCUMENT_NOUNS.test(first.lower)) {
    // a document noun standing alone: issuerOf looks past it ("estimates from the Congressional Budget Office")
    return { mention: { kind: 'role', text: first.text, start: first.start, end: first.end, name: null, role: first.text, institution: true, plural: true, members: [] }, end: e };
  }
  const m = analyseMention(trimNp(items.slice(from, e)), text);
  if (!m || m.kind === 'pronoun') {
    // "…,” said he" is rare; pronouns after the cue are usually objects ("told him")
    return null;
  }
  return { mention: m, end: e };
}

/** "a statement from the Russian Defense Ministry", "a spokesman for the Kremlin": the issuer speaks. */
function issuerOf(items: readonly Item[], subj: { mention: Mention; end: number } | null, text: string): { mention: Mention; end: number } | null {
  const via = subj ? (items[subj.end] as Item | undefined) : undefined;
  if (!subj || !via || !/^(from|by|of|issued)$/.test(via.lower)) return subj;
  if (!/^(statement|statements|report|reports|readout|communique|release|transcript|document|letter|post|spokesman|spokeswoman|spokesperson|source|sources|data|figures|estimates|statistics|numbers|projections|poll|polls|polling|survey|surveys|analysis|study|records|count|tally|findings|calculations)$/.test((items[subj.end - 1] as Item).lower)) return subj;
  const by = /^(issued|released|published|posted)$/.test(via.lower) && items[subj.end + 1]?.lower === 'by' ? subj.end + 2 : subj.end + 1;
  return subjectAfter(items, by, text) ?? subj;
}

/** Skips the frame after a cue up to "that" when it is near: "warned earlier the same day that …". */
function contentStartAfter(items: readonly Item[], from: number, lemma: string): { start: number; that: boolean } | null {
  const first = items[from];
  if (!first) return null;
  // "wants to build a wall", "declined to comment"
  if (first.lower === 'to' && INFINITIVE_CUES.has(lemma) && items[from + 1]?.word) return { start: from, that: false };
  if (first.text === ':' || (first.text === ',' && isQuote(items[from + 1]))) return { start: from + 1, that: false };
  if (first.lower === 'that') return { start: from + 1, that: true };
  // "said at least 12 people were killed", "said as many as 300 troops …": a quantity opens the content
  const two = `${first.lower} ${items[from + 1]?.lower ?? ''}`;
  if (/^(at least|at most|up to|more than|fewer than|less than|as many|as much|as few|in all|on average)$/.test(two)) return { start: from, that: false };
  for (let k = from; k < items.length && k - from < 22; k++) {
    const t = items[k] as Item;
    // ("in remarks carried by state media that …": a cue form after a preposition or determiner is a noun)
    // ("said on CNN's “State of the Union” that …": a programme's title in the frame)
    const title = isQuote(t) && k > from && (isPossessive(items[k - 1] as Item) || /^(on|in)$/.test(items[k - 1]?.lower ?? ''));
    if ((isQuote(t) && !title) || (t.word && CUE_FORMS.has(t.text) && k > from && !/^(in|a|an|the|his|her|their|its|of|during|after)$/.test(items[k - 1]?.lower ?? ''))) break;
    // "said on Monday he was disappointed that …": a clause has begun, its "that" is not the cue's
    if (k > from && /^(he|she|they|we|i|it|was|were|is|are|would|will|had|has|could|should)$/.test(t.lower)) break;
    if (t.lower === 'that' && k > from) {
      // "told reporters that", "said on Friday at a meeting that"
      const firstWord = first.lower;
      const frameLike = TAIL_STARTERS.has(firstWord) || INTERVENING.has(firstWord) || WEEKDAYS.has(firstWord) || (/^(tell|inform|assure|warn|remind|brief)$/.test(lemma) && k - from <= 12) || first.text === ',';
      if (frameLike) return { start: k + 1, that: true };
      break;
    }
    if (t.text === ';' || t.text === '.' || t.text === '–' || t.text === '—') break;
  }
  // "officials said would help …" (a relative clause): the content opens with its verb
  if (/^(would|will|could|can|should|might|may|must|was|were|had|has|have)$/.test(first.lower)) return { start: from, that: false };
  const afterTime = skipTimePhrase(items, from);
  if (afterTime > from && afterTime < items.length) {
    const nx = items[afterTime] as Item;
    // "said on Friday the talks would resume"
    if (nx.word && !TAIL_STARTERS.has(nx.lower) && !INTERVENING.has(nx.lower)) return { start: afterTime, that: false };
  }
  if (TAIL_STARTERS.has(first.lower)) {
    // "reiterated in a video address to the meeting – which includes … – Moscow's requests …":
    // the object follows a frame that closes with a dash-delimited aside
    const dashes: number[] = [];
    for (let k = from; k < items.length && k - from < 45; k++) {
      const t = items[k] as Item;
      if (isQuote(t) || t.text === '.' || (t.lower === 'that' && dashes.length === 0)) break;
      if (t.text === '–' || t.text === '—' || (t.text === '-' && !t.word)) dashes.push(k);
    }
    const after = dashes.length >= 2 ? (dashes[dashes.length - 1] as number) + 1 : -1;
    if (after > 0 && wordsIn(items, after, items.length) >= 4) return { start: after, that: false };
  }
  // "said in a statement it remained concerned", "wrote in a post on X the vote was rigged"
  const framed = afterFrameNoun(items, from);
  if (framed > 0) return { start: items[framed]?.lower === 'that' ? framed + 1 : framed, that: items[framed]?.lower === 'that' };
  if (TAIL_STARTERS.has(first.lower) || WEEKDAYS.has(first.lower) || INTERVENING.has(first.lower) || first.text === ',' || first.text === '.' || first.text === '—') {
    return null;
  }
  if (/^(tell|inform|assure|remind|brief)$/.test(lemma)) {
    // "told the BBC: …", "told journalists the West had …": skip the addressee
    let k = from;
    if (/^(the|a|an|his|her|their|its)$/.test(first.lower)) k++;
    const objEnd = Math.min(items.length, k + 8);
    for (let x = k; x < objEnd; x++) {
      const t = items[x] as Item;
      if (t.text === ':' || (t.text === ',' && isQuote(items[x + 1]))) return { start: x + 1, that: false };
    }
    if (k < items.length && (items[k] as Item).word) return { start: k + 1, that: false };
  }
  return { start: from, that: false };
}

const FRAME_NOUNS = /^(statement|interview|post|speech|letter|remarks|conference|briefing|address|video|message|tweet|call|meeting|hearing|rally|session|op-ed|column|email|filing|appearance|broadcast|podcast)$/;

/** Index where the content starts after "in a statement", "in an interview with CNN", "in a post on X"; -1 if none. */
function afterFrameNoun(items: readonly Item[], from: number): number {
  if (!/^(in|at|during|on|after|before|following)$/.test(items[from]?.lower ?? '')) return -1;
  let f = from + 1;
  while (f < items.length && f - from <= 6 && (items[f] as Item).word && !FRAME_NOUNS.test((items[f] as Item).lower)) f++;
  if (!FRAME_NOUNS.test(items[f]?.lower ?? '')) return -1;
  let j = f + 1;
  // the frame's object: "with CNN", "on X", "to Congress", "to the European Parliament"
  if (/^(to|with|on|in|at|from|before)$/.test(items[j]?.lower ?? '')) {
    j++;
    let n = 0;
    while (j < items.length && n < 5 && (items[j] as Item).word && (isCapitalised(items[j] as Token) || (n === 0 && /^(the|a|an|his|her|its|their)$/.test((items[j] as Item).lower)))) {
      j++;
      n++;
    }
    if (n === 0) return -1;
  }
  // the content opens like a clause: "it remained …", "the strike was …", "that …", "Russia would …"
  const t = items[j];
  const opens = t !== undefined && t.word && (/^(he|she|it|they|we|i|that|the|a|an|this|these|those|there)$/.test(t.lower) || (isCapitalised(t) && !TAIL_STARTERS.has(t.lower)));
  return opens && wordsIn(items, j, items.length) >= 3 ? j : -1;
}

/** Skips "on Friday", "yesterday", "last week", "on October 8" after a cue; returns the next index. */
function skipTimePhrase(items: readonly Item[], from: number): number {
  let k = from;
  const at = (n: number): string => (items[n] as Item | undefined)?.lower ?? '';
  for (;;) {
    if (at(k) === 'on' && WEEKDAYS.has(at(k + 1))) k += 2;
    else if (WEEKDAYS.has(at(k))) k += 1;
    else if (at(k) === 'on' && MONTHS.has((items[k + 1] as Item | undefined)?.text ?? '') && /^\d+$/.test(at(k + 2))) k += 3;
    else if (/^(yesterday|today|earlier|later|recently|again|also|previously)$/.test(at(k))) k += 1;
    else if (/^(last|this|next)$/.test(at(k)) && /^(week|month|year|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(at(k + 1))) k += 2;
    else if (/^(morning|evening|night|afternoon)$/.test(at(k)) && k > from) k += 1;
    else break;
  }
  if (at(k) === ',' && k > from) k++;
  return k;
}

/** End of a content clause starting at `from`: the unit end, a ';', or ", adding that …". */
function contentEnd(items: readonly Item[], from: number): number {
  for (let k = from; k < items.length; k++) {
    const t = items[k] as Item;
    if (t.text === ';') return k;
    // "said he would offer a prayer but did not suggest …", "called the deal a mistake and ranked her …": a second
    // predicate of the source's own clause is the writer's account, not the source's words
    if ((t.lower === 'and' || t.lower === 'but') && k > from + 1 && secondPredicate(items, k + 1)) return k > 0 && items[k - 1]?.text === ',' ? k - 1 : k;
    // "“…,” in an interview": a quotation followed only by its frame
    const tail = items[k + 1]?.text === ',' ? k + 2 : k + 1;
    if (isQuote(t) && k === from && tail < items.length && items[tail]?.word && isFrameTail(items, tail, items.length)) return k + 1;
    // "calling it “a victory” and predicting that …": a second participial statement
    if (t.lower === 'and' && k > from) {
      const nx = items[k + 1];
      if (nx?.word && PARTICIPLE.test(nx.text) && CUE_FORMS.has(nx.text)) return k;
    }
    // "… “cannot be naive,” while Dick Schoof said …": the comma sits inside the quotation
    if (isQuote(t) && k > from && /^(while|whereas|but)$/.test(items[k + 1]?.lower ?? '') && (cueWithin(items, k + 2, 10) || cueAfterAppositive(items, k + 2))) return k + 1;
    // "… as “stretched thin,” the press secretary said …": the comma sits inside the quotation
    if (isQuote(t) && k > from && /^(the|a|an)$/.test(items[k + 1]?.lower ?? '') && cueWithin(items, k + 1, 6) && SUBORDINATE_OPENERS.test(items[0]?.lower ?? '')) return k + 1;
    if (t.text === ',' && k + 1 < items.length) {
      const nx = items[k + 1] as Item;
      if (nx.word && PARTICIPLE.test(nx.text) && CUE_FORMS.has(nx.text) && cueAt(items, k + 1)) return k;
      // parenthetical "…, he said, …" or "…, according to X, …"
      if (nx.lower === 'according' && (items[k + 2] as Item | undefined)?.lower === 'to') return k;
      if (finalAttributionAt(items, k + 1)) return k;
      // "…, but critics said …" / "…, while Republicans say …": a new attributed clause
      if (/^(but|while|whereas|and|although|though|as)$/.test(nx.lower) && (cueWithin(items, k + 2, 10) || cueAfterAppositive(items, k + 2))) return k;
      // "When a reporter pointed out that …, the press secretary said …": the main clause's own speaker
      if (/^(the|a|an)$/.test(nx.lower) && cueWithin(items, k + 1, 6) && SUBORDINATE_OPENERS.test(items[0]?.lower ?? '')) return k;
    }
  }
  return items.length;
}

/** Where an object ("Mr. Trump at a news conference", "her, 82 percent to 6") stops: a comma or a frame. */
function objectEnd(items: readonly Item[], from: number, end: number): number {
  for (let k = from + 1; k < end; k++) {
    const t = items[k] as Item;
    if (t.text === ',' || t.text === '(' || t.text === '–' || t.text === '—' || (TAIL_STARTERS.has(t.lower) && !/^(to|for|with|from)$/.test(t.lower))) return k;
  }
  return end;
}

/** Does a predicate with no subject of its own open at `at` ("did not suggest", "also ranked", "won")? */
function secondPredicate(items: readonly Item[], at: number): boolean {
  let k = at;
  if (/^(also|then|later|now|even|still)$/.test(items[k]?.lower ?? '')) k++;
  const t = items[k];
  if (!t?.word || /^\p{Lu}/u.test(t.text)) return false;
  if (FINITE_VERBS.has(t.lower)) return true;
  // a regular past form with an object after it ("ranked Fiorina", "called him")
  return /[a-z]ed$/.test(t.lower) && items[k + 1]?.word === true;
}

/** Is there a cue verb within `n` items from `from`, with no quote or comma before it? */
function cueWithin(items: readonly Item[], from: number, n: number): boolean {
  for (let k = from; k < items.length && k - from < n; k++) {
    const t = items[k] as Item;
    if (isQuote(t) || t.text === ',') return false;
    if (k > from && cueAt(items, k) && !PARTICIPLE.test(t.text)) return true;
  }
  return false;
}

/** "…, while his Egyptian counterpart, Badr Abdelatty, said …": a cue after a speaker with an appositive. */
function cueAfterAppositive(items: readonly Item[], from: number): boolean {
  let commas = 0;
  for (let k = from; k < items.length && k - from < 20; k++) {
    const t = items[k] as Item;
    if (isQuote(t)) return false;
    if (t.text === ',') {
      if (++commas > 2) return false;
      continue;
    }
    if (!t.word) return false;
    if (k > from && commas === 2 && cueAt(items, k) && !PARTICIPLE.test(t.text)) return true;
  }
  return false;
}

/** Is there a "X said [frame]" running from `from` to the end of the unit (a final attribution)? */
function finalAttributionAt(items: readonly Item[], from: number): boolean {
  for (let k = from; k < items.length && k - from <= MAX_NP; k++) {
    const t = items[k] as Item;
    if (isQuote(t) || (!t.word && t.text !== '’' && t.text !== "'")) return false;
    const c = CUE_FORMS.get(t.text);
    if (c && k > from && FINAL_POSITION_CUES.has(c) && !PARTICIPLE.test(t.text)) {
      return isFrameTail(items, k + 1, items.length);
    }
  }
  return false;
}

/** True when everything from `from` to `to` is attribution frame: "on Friday at a meeting with …". */
function isFrameTail(items: readonly Item[], from: number, to: number): boolean {
  if (from >= to) return true;
  let first = items[from] as Item;
  // "said Rep. Jim Jordan (R-Ohio)": a short bracket after the speaker
  if (first.text === '(') {
    let k = from + 1;
    while (k < to && k - from <= 8 && (items[k] as Item).text !== ')' && !isQuote(items[k])) k++;
    if (k < to && (items[k] as Item).text === ')') {
      from = k + 1;
      if (from >= to) return true;
      first = items[from] as Item;
    }
  }
  // appositives after an inverted speaker: "said Sen. Lindsey Graham, a South Carolina Republican, in …",
  // "said Philippe Lazzarini, head of the UN agency for Palestinian refugees, UNRWA."
  for (let seg = 0; seg < 2 && first.text === ','; seg++) {
    let k = from + 1;
    while (k < to && (items[k] as Item).text !== ',' && !isQuote(items[k]) && k - from < 30 && ((items[k] as Item).word || (items[k] as Item).text === '-' || (items[k] as Item).text === '’' || (items[k] as Item).text === "'")) {
      if ((items[k] as Item).lower === 'that') return false;
      k++;
    }
    if (k >= to || /^[.!?]$/.test((items[k] as Item).text)) return to - k <= 2;
    if ((items[k] as Item).text !== ',') return false;
    from = k;
    first = items[from] as Item;
  }
  if (first.text === ',') {
    from++;
    if (from >= to) return true;
    first = items[from] as Item;
  }
  if (first.text === '.' || first.text === '!' || first.text === '?') return to - from <= 2;
  if (!(first.word && (TAIL_STARTERS.has(first.lower) || WEEKDAYS.has(first.lower) || INTERVENING.has(first.lower)))) return false;
  for (let k = from; k < to; k++) {
    const t = items[k] as Item;
    if (isQuote(t) || t.lower === 'that') return false;
  }
  return to - from <= 30;
}

function partsOf(items: readonly Item[], s: number, e: number): Found['parts'] {
  let a = s;
  let b = e;
  while (a < b && !(items[a] as Item).word && !isQuote(items[a])) a++;
  while (b > a && !(items[b - 1] as Item).word && !isQuote(items[b - 1]) && !/^[”’"»]$/.test((items[b - 1] as Item).text)) b--;
  if (a >= b) return [];
  const only = items[a] as Item;
  if (b - a === 1 && only.quote) return [{ start: only.quote.innerStart, end: only.quote.innerEnd, quote: only.quote }];
  return [{ start: (items[a] as Item).start, end: (items[b - 1] as Item).end }];
}

function kindOf(items: readonly Item[], s: number, e: number): StatementKind {
  let quoteChars = 0;
  let words = 0;
  for (let k = s; k < e; k++) {
    const t = items[k] as Item;
    if (t.quote) quoteChars += 1;
    else if (t.word) words++;
  }
  if (quoteChars === 0) return 'indirect';
  return words === 0 ? 'direct' : 'mixed';
}

function wordsIn(items: readonly Item[], s: number, e: number): number {
  let n = 0;
  for (let k = s; k < e; k++) {
    const t = items[k] as Item;
    if (t.quote) n += 4;
    else if (t.word) n++;
  }
  return n;
}

/** Finds the statements of one unit. */
function findInUnit(unit: Unit, text: string): Found[] {
  const items = unit.items;
  const found: Found[] = [];
  const frame = (a: number, b: number): string => text.slice((items[a] as Item | undefined)?.start ?? unit.start, (items[Math.min(b, items.length) - 1] as Item | undefined)?.end ?? unit.end);
  let consumedUntil = -1;
  let lastMention: Mention | null = null;

  for (let i = 0; i < items.length; i++) {
    if (i < consumedUntil) continue;
    const t = items[i] as Item;

    // "according to X, C" / "C, according to X"
    if (t.lower === 'according' && (items[i + 1] as Item | undefined)?.lower === 'to') {
      const subj = issuerOf(items, subjectAfter(items, i + 2, text) ?? objectPronounAt(items, i + 2, text), text);
      if (!subj) continue;
      let cs: number;
      let ce: number;
      if ((items[subj.end] as Item | undefined)?.text === ',' && wordsIn(items, subj.end + 1, items.length) >= 3 && (i === 0 || (items[i - 1] as Item).text === ',' && wordsIn(items, 0, i) < 3)) {
        cs = subj.end + 1;
        ce = contentEnd(items, cs);
      } else {
        cs = 0;
        ce = i > 0 && (items[i - 1] as Item).text === ',' ? i - 1 : i;
      }
      if (wordsIn(items, cs, ce) < 3) continue;
      // "“…,” Shoigu told officials, according to the ministry": the ministry relays, Shoigu speaks
      if (found.length > 0 && cs < consumedUntil) continue;
      found.push({ kind: kindOf(items, cs, ce), mention: subj.mention, cue: 'according to', parts: partsOf(items, cs, ce), frameText: frame(i, subj.end), unit });
      lastMention = subj.mention;
      consumedUntil = Math.max(subj.end, ce);
      continue;
    }

    const cue = cueAt(items, i);
    if (!cue) continue;
    // "Asked whether the administration believed Iran had …, Corrigan said …": the question's verbs report nothing
    if (insideQuestion(items, i)) continue;
    const participle = PARTICIPLE.test(t.text);
    if (participle) {
      const prev = items[i - 1] as Item | undefined;
      // "Peskov was quoted by RIA Novosti as saying that …"
      if (prev?.lower === 'as') {
        const quoted = quotedAsSaying(items, i - 1, text);
        const start = quoted ? contentStartAfter(items, cue.next, cue.lemma) : null;
        const ce = start ? contentEnd(items, start.start) : -1;
        if (quoted && start && wordsIn(items, start.start, ce) >= 2 && !isFrameTail(items, start.start, ce)) {
          found.push({ kind: kindOf(items, start.start, ce), mention: quoted, cue: 'quoted as saying', parts: partsOf(items, start.start, ce), frameText: frame(0, start.start), unit });
          lastMention = quoted;
          consumedUntil = ce;
        } else if (quoted) {
          // "“…,” Slutsky was quoted as saying by the Izvestia daily.": the quotation before the speaker
          const qi = quoted.start > 0 ? items.findIndex((x) => x.start === quoted.start) : -1;
          const q = qi > 0 ? (isQuote(items[qi - 1]) ? items[qi - 1] : (items[qi - 1] as Item).text === ',' && isQuote(items[qi - 2]) ? items[qi - 2] : undefined) : undefined;
          if (q?.quote && !found.some((f) => f.parts.some((x) => x.quote === q.quote))) {
            found.push({ kind: 'direct', mention: quoted, cue: 'quoted as saying', parts: [{ start: q.quote.innerStart, end: q.quote.innerEnd, quote: q.quote }], frameText: frame(qi, items.length), unit });
            lastMention = quoted;
            consumedUntil = items.length;
          }
        }
        continue;
      }
      // "…, with leader Mark Thorburn saying the target had become …": the phrase after "with" speaks
      if (/^(saying|arguing|warning|insisting|claiming)$/.test(t.lower)) {
        const np = npBackFrom(items, i);
        const w = np ? items[np.start - 1] : undefined;
        const m = np && w?.lower === 'with' ? analyseMention(np.tokens, text) : null;
        const start = m && m.kind !== 'pronoun' ? contentStartAfter(items, cue.next, cue.lemma) : null;
        if (m && start) {
          const ce = contentEnd(items, start.start);
          if (wordsIn(items, start.start, ce) >= 3) {
            found.push({ kind: kindOf(items, start.start, ce), mention: m, cue: cue.cue, parts: partsOf(items, start.start, ce), frameText: '', unit });
            consumedUntil = ce;
            continue;
          }
        }
      }
      // ", adding that …" continues the sentence's speaker; so does "issued a statement saying …";
      // other -ing forms are not attributions
      const document = /^(saying|stating|arguing|warning|claiming)$/.test(t.lower) && items.slice(Math.max(0, i - 8), i).some((x) => /^(statement|explanation|letter|message|post|video|note|tweet|memo|release|readout|communique|op-ed|email|filing|notice|opinion)$/.test(x.lower)) && !items.slice(Math.max(0, i - 8), i).some((x) => x.text === ',' || isQuote(x));
      if ((prev?.text !== ',' && prev?.lower !== 'and' && !document) || !lastMentionOrSubject(found, items, text, lastMention)) continue;
      const start = contentStartAfter(items, cue.next, cue.lemma);
      if (!start) continue;
      const ce = contentEnd(items, start.start);
      if (wordsIn(items, start.start, ce) < 3) continue;
      // "…; a second aide disputed that, saying …": the subject of the participle's own clause
      const mention = clauseSubject(items, i, text) ?? (lastMentionOrSubject(found, items, text, lastMention) as Mention);
      found.push({ kind: kindOf(items, start.start, ce), mention, cue: cue.cue, parts: partsOf(items, start.start, ce), frameText: '', unit });
      consumedUntil = ce;
      continue;
    }

    let subj = subjectBefore(items, i, text);
    // "Abdelatty thanked Moscow for … and said Cairo was counting on …": the sentence's subject
    if (!subj && t.text !== 'saying' && (items[i - 1] as Item | undefined)?.lower === 'and' && found.length === 0) {
      const m = lastMentionOrSubject(found, items, text, lastMention);
      if (m && m.kind !== 'pronoun') subj = { mention: m, start: 0 };
    }
    if (subj) {
      const before = subj.start - 1;
      const prevItem = items[before];
      // "told reporters", "told TASS on Tuesday": the addressee is part of the frame
      const frameFrom = afterAddressee(items, cue, text);
      // 1) "“Q,” X said" — the quote right before the speaker
      const quoteBefore = prevItem && isQuote(prevItem) ? before : prevItem?.text === ',' && isQuote(items[before - 1]) ? before - 1 : -1;
      // a quotation already inside an earlier statement of this sentence is not this speaker's
      if (quoteBefore >= 0 && quoteBefore >= consumedUntil) {
        const q = (items[quoteBefore] as Item).quote as Quote;
        const parts: Found['parts'] = [{ start: q.innerStart, end: q.innerEnd, quote: q }];
        let after = cue.next;
        // skip frame after the cue up to a split continuation: “A,” he said, “B.”
        let k = after;
        while (k < items.length && !isQuote(items[k]) && (items[k] as Item).text !== '.' && k - after < 25) k++;
        // "“A,” Biden told reporters, “and B.”"
        if (isQuote(items[k]) && (items[k - 1] as Item).text === ',' && (k === after + 1 || k - 1 === frameFrom || isFrameTail(items, frameFrom, k - 1))) {
          const q2 = (items[k] as Item).quote as Quote;
          parts.push({ start: q2.innerStart, end: q2.innerEnd, quote: q2 });
          after = k + 1;
        }
        // earlier quotes in the same unit that run straight into this one ("“A.” “B,” he said")
        let qb = quoteBefore - 1;
        while (qb >= 0 && isQuote(items[qb])) {
          const q0 = (items[qb] as Item).quote as Quote;
          parts.unshift({ start: q0.innerStart, end: q0.innerEnd, quote: q0 });
          qb--;
        }
        const frameEnd = contentEnd(items, cue.next);
        found.push({ kind: 'direct', mention: subj.mention, cue: cue.cue, parts, frameText: frame(subj.start, frameEnd), unit });
        lastMention = subj.mention;
        consumedUntil = after;
        continue;
      }
      // "Zelensky told reporters:" at the end of its paragraph: the quotation comes in the next one
      const colonAt = items.length - 1;
      if ((items[colonAt] as Item).text === ':' && colonAt >= cue.next && colonAt - cue.next <= 12 && startsClause(items, subj.start) && isFrameTail(items, frameFrom, colonAt)) {
        found.push({ kind: 'direct', mention: subj.mention, cue: cue.cue, parts: [], frameText: frame(subj.start, colonAt), unit, announce: true });
        break;
      }
      // 2) "X said (that) C"
      const cs = contentStartAfter(items, cue.next, cue.lemma);
      if (cs) {
        let ce = contentEnd(items, cs.start);
        const n = wordsIn(items, cs.start, ce);
        const hasQuote = items.slice(cs.start, ce).some((x) => x.quote !== undefined && !x.quote.single);
        // "expressed concern over …", "voiced hope that …": the stance noun carries the statement
        const stance = cue.lemma === 'express' && STANCE_NOUNS.test(items[cs.start]?.lower ?? '');
        // "asked Hale whether Biden won": a reported question states nothing
        // "asked Zakharova to comment on …": a request for words, not words
        const question = /^(ask|question|wonder|inquire|enquire|press)$/.test(cue.lemma) && items.slice(cs.start, cs.start + 7).some((x, k, a) => /^(whether|if|why|what|how|when|who|where|which)$/.test(x.lower) || (x.lower === 'to' && /^(comment|respond|explain|clarify|elaborate|confirm|say|answer|react)$/.test(a[k + 1]?.lower ?? '')));
        // "who asked that her surname not be used": a condition of anonymity, not a statement
        const anonymityOnly = /^(ask|request|demand)$/.test(cue.lemma) && /\b(name|surname|identity)\b.{0,40}\bnot be (used|published|disclosed|identified|given|named)\b/i.test(text.slice(items[cs.start]?.start ?? 0, items[Math.min(ce, items.length) - 1]?.end ?? 0));
        // "Critics have long warned about the risks": a topic, not a proposition
        const topicOnly = /^(about|on)$/.test(items[cs.start]?.lower ?? '') && !hasQuote && !cs.that;
        const infinitive = INFINITIVE_CUES.has(cue.lemma) && items[cs.start]?.lower === 'to';
        const object = OBJECT_CUES.has(cue.lemma) && !infinitive && cs.start === cue.next;
        // "a new poll shows the governor trailing": what a poll, report or study finds
        const finding = (cue.lemma === 'show' || cue.lemma === 'find') && subj.mention.institution === true;
        const weakOk = !question && !topicOnly && !anonymityOnly && (!WEAK_CUES.has(cue.lemma) || cs.that || hasQuote || stance || infinitive || object || finding || ['call', 'point', 'appeal', 'urge'].includes(cue.lemma));
        // "a move that Ukrainian officials said would help them …": a relative clause around the cue
        const opensWithVerb = /^(would|will|could|can|should|might|may|must|was|were|is|are|had|has|have)$/.test(items[cs.start]?.lower ?? '');
        const relative = /^(that|which)$/.test(items[subj.start - 1]?.lower ?? '') && opensWithVerb;
        // "a move rights groups said would …": the relative has no "that"; the head noun is not the speaker
        if (opensWithVerb && !relative && /^(a|an|the)$/.test(items[subj.start]?.lower ?? '') && items[subj.start + 2]) {
          const rest = trimNp(items.slice(subj.start + 2, i));
          const m2 = rest.length > 0 && /^[a-z]/.test(items[subj.start + 1]?.text ?? '') ? analyseMention(rest, text) : null;
          if (m2 && m2.kind !== 'pronoun') subj.mention = m2;
        }
        if (n >= (infinitive || object ? 2 : 3) && weakOk && (startsClause(items, subj.start) || relative)) {
          // "endorsed Mr. Trump at a news conference": an object ends where its frame begins
          const bare = object && !cs.that && !hasQuote;
          if (bare) ce = objectEnd(items, cs.start, ce);
          found.push({ kind: kindOf(items, cs.start, ce), mention: subj.mention, cue: cue.cue, parts: partsOf(items, cs.start, ce), frameText: frame(0, cs.start), unit, ...(bare ? { object: true as const } : {}) });
          lastMention = subj.mention;
          consumedUntil = ce;
          continue;
        }
      }
      // 3) "C, X said [on Friday]."
      const tailEnd = contentEnd(items, cue.next);
      if (prevItem?.text === ',' && FINAL_POSITION_CUES.has(cue.lemma) && isFrameTail(items, frameFrom, tailEnd)) {
        const cStart = 0;
        // "But at a thanksgiving service in Kiritiri, Kindiki hit back at the opposition.": an opener is no content
        const opener = /^(at|in|on|during|after|before|speaking|addressing|asked|meanwhile|later|earlier)$/.test(items[(items[0] as Item).lower === 'but' || (items[0] as Item).lower === 'and' ? 1 : 0]?.lower ?? '');
        if (wordsIn(items, cStart, before) >= 3 && !(opener && !items.slice(cStart, before).some((x) => isQuote(x)) && before <= 12)) {
          found.push({ kind: kindOf(items, cStart, before), mention: subj.mention, cue: cue.cue, parts: partsOf(items, cStart, before), frameText: frame(subj.start, tailEnd), unit });
          lastMention = subj.mention;
          consumedUntil = tailEnd;
          continue;
        }
      }
      // 3b) "But that, he said, was an argument for reform": the cue parenthetical inside the clause
      if (prevItem?.text === ',' && (items[cue.next] as Item | undefined)?.text === ',' && FINAL_POSITION_CUES.has(cue.lemma) && subj.start - 1 >= 1 && subj.start - 1 <= 8 && found.length === 0) {
        const ce = contentEnd(items, cue.next + 1);
        const head = partsOf(items, 0, before);
        const tail = partsOf(items, cue.next + 1, ce);
        if (head.length > 0 && tail.length > 0 && wordsIn(items, cue.next + 1, ce) >= 2 && !isQuote(items[cue.next + 1])) {
          found.push({ kind: kindOf(items, 0, ce), mention: subj.mention, cue: cue.cue, parts: [...head, ...tail], frameText: frame(subj.start, cue.next), unit });
          lastMention = subj.mention;
          consumedUntil = ce;
          continue;
        }
      }
      continue;
    }

    // 4) "“Q,” said X" / "C, said X" / "C, says the statement"
    const prev = items[i - 1];
    if (prev && (prev.text === ',' || isQuote(prev)) && FINAL_POSITION_CUES.has(cue.lemma)) {
      const sa = issuerOf(items, subjectAfter(items, cue.next, text), text);
      if (!sa) continue;
      const qi = isQuote(prev) ? i - 1 : isQuote(items[i - 2]) ? i - 2 : -1;
      // "“A,” said Miles Okafor, a former county clerk who …, “and B.”": the quotation goes on after the appositive
      let more = -1;
      if (qi >= 0) {
        for (let k = sa.end + 1; k < items.length && k - sa.end <= 40; k++) {
          if (!isQuote(items[k])) continue;
          if ((items[k - 1] as Item).text === ',' && isFrameTail(items, sa.end, k - 1) && isFrameTail(items, k + 1, items.length)) more = k;
          break;
        }
      }
      const tailEnd = more > 0 ? items.length : contentEnd(items, sa.end);
      if (more < 0 && !isFrameTail(items, sa.end, tailEnd)) continue;
      if (qi >= 0) {
        const q = (items[qi] as Item).quote as Quote;
        const parts: Found['parts'] = [{ start: q.innerStart, end: q.innerEnd, quote: q }];
        const q2 = more > 0 ? (items[more] as Item).quote : undefined;
        if (q2) parts.push({ start: q2.innerStart, end: q2.innerEnd, quote: q2 });
        found.push({ kind: 'direct', mention: sa.mention, cue: cue.cue, parts, frameText: frame(i, tailEnd), unit });
      } else {
        const cStart = 0;
        if (wordsIn(items, cStart, i - 1) < 3) continue;
        found.push({ kind: kindOf(items, cStart, i - 1), mention: sa.mention, cue: cue.cue, parts: partsOf(items, cStart, i - 1), frameText: frame(i, tailEnd), unit });
      }
      lastMention = sa.mention;
      consumedUntil = tailEnd;
    }
  }
  if (found.length === 0) {
    const colon = colonQuote(items, text, unit) ?? inTheirWords(items, text, unit) ?? dashAttribution(items, text, unit);
    if (colon) found.push(colon);
  }
  return found;
}

/** Where the frame after a cue goes on past its addressee ("told reporters", "briefed TASS"). */
function afterAddressee(items: readonly Item[], cue: { lemma: string; next: number }, text: string): number {
  const obj = /^(tell|inform|brief)$/.test(cue.lemma) ? subjectAfter(items, cue.next, text) : null;
  return obj && obj.end - cue.next <= 6 ? obj.end : cue.next;
}

const ASKERS = /^(asked|pressed|questioned|wondered|asking|pressing)$/;

/** Is items[i] inside "asked whether …" / "Pressed on why …", before the comma that closes the question? */
function insideQuestion(items: readonly Item[], i: number): boolean {
  for (let k = i - 1; k >= 1 && i - k < 30; k--) {
    const t = items[k] as Item;
    if (t.text === ',' || t.text === ';' || isQuote(t)) return false;
    if (/^(whether|if)$/.test(t.lower) && (ASKERS.test(items[k - 1]?.lower ?? '') || ASKERS.test(items[k - 2]?.lower ?? '') || ASKERS.test(items[k - 3]?.lower ?? ''))) return true;
  }
  return false;
}

/**
 * "Claim: “Gas prices have doubled.” — Doug Carver", "“…” — Mike Lee (@SenMikeLee)": a quotation signed
 * with a dash and a name at the end of its sentence.
 */
function dashAttribution(items: readonly Item[], text: string, unit: Unit): Found | null {
  const dash = items.findIndex((t, k) => k > 0 && /^[—–]$/.test(t.text) && (isQuote(items[k - 1]) || (items[k - 1] as Item).text === '.' && isQuote(items[k - 2])));
  if (dash < 0) return null;
  let e = dash + 1;
  while (e < items.length && e - dash <= 6 && (items[e] as Item).word && isCapitalised(items[e] as Token)) e++;
  if (e === dash + 1) return null;
  // nothing after the name but a handle, a date or a full stop
  if (items.slice(e).some((t) => isQuote(t)) || items.length - e > 12) return null;
  const m = analyseMention(items.slice(dash + 1, e), text);
  if (!m || m.kind !== 'name') return null;
  // "Claim: …": a label before the words is not part of them
  let s = 0;
  const colon = items.findIndex((t, k) => k < 4 && t.text === ':');
  if (colon >= 0 && colon < dash - 1) s = colon + 1;
  const end = isQuote(items[dash - 1]) ? dash : dash - 1;
  if (wordsIn(items, s, end) < 3) return null;
  return { kind: kindOf(items, s, end), mention: m, cue: '—', parts: partsOf(items, s, end), frameText: '', unit };
}

/** "In his words, “…”" / "As she put it, …": the quotation belongs to the pronoun's antecedent. */
function inTheirWords(items: readonly Item[], text: string, unit: Unit): Found | null {
  const w = items.slice(0, 5).map((t) => t.lower).join(' ');
  const m = /^(in (his|her|their) (own )?words|as (he|she|they) put it) ,/.exec(w);
  if (!m) return namedWords(items, text, unit);
  const pronounAt = items.findIndex((t) => /^(his|her|their|he|she|they)$/.test(t.lower));
  const p = objectPronounAt(items, pronounAt, text) ?? (items[pronounAt] ? { mention: analyseMention([items[pronounAt] as Item], text), end: pronounAt + 1 } : null);
  if (!p?.mention) return null;
  const start = items.findIndex((t) => t.text === ',') + 1;
  const ce = contentEnd(items, start);
  if (wordsIn(items, start, ce) < 3) return null;
  return { kind: kindOf(items, start, ce), mention: p.mention, cue: m[1] ?? '', parts: partsOf(items, start, ce), frameText: '', unit };
}

/** "In Kalb's words, …" / "As Mendez put it, …": the same with a name. */
function namedWords(items: readonly Item[], text: string, unit: Unit): Found | null {
  const comma = items.findIndex((t, k) => k < 18 && t.text === ',');
  if (comma < 3) return null;
  const head = items.slice(0, comma);
  let np: Item[] = [];
  let cue = '';
  if (head[0]?.lower === 'in' && /^words$/.test(head[head.length - 1]?.lower ?? '')) {
    // "In Kalb's words", "In the governor's own words"
    np = head.slice(1, head[head.length - 2]?.lower === 'own' ? -2 : -1);
    const last = np[np.length - 1];
    if (!last || !isPossessive(last)) return null;
    np = [...np.slice(0, -1), { ...last, text: last.text.replace(/[’']s?$/, ''), end: last.end - (last.text.length - last.text.replace(/[’']s?$/, '').length) }];
    cue = 'in … words';
  } else if (head[0]?.lower === 'as' && head.findIndex((t, k) => t.lower === 'it' && /^(put|said|told|wrote)$/.test(head[k - 1]?.lower ?? '')) > 2) {
    // "As Dana Kroll put it to the crowd in Toledo, …"
    np = head.slice(1, head.findIndex((t, k) => t.lower === 'it' && /^(put|said|told|wrote)$/.test(head[k - 1]?.lower ?? '')) - 1);
    cue = 'as … put it';
  } else return null;
  const m = np.length > 0 && np.every((t) => isNpToken(t)) ? analyseMention(trimNp(np), text) : null;
  if (!m || m.kind === 'pronoun') return null;
  const start = comma + 1;
  const ce = contentEnd(items, start);
  if (wordsIn(items, start, ce) < 3) return null;
  return { kind: kindOf(items, start, ce), mention: m, cue, parts: partsOf(items, start, ce), frameText: '', unit };
}

/** "Lavrov was blunt: “We will respond.”" — a quotation introduced by a colon after its speaker's clause. */
function colonQuote(items: readonly Item[], text: string, unit: Unit): Found | null {
  const qi = items.findIndex((t, k) => t.quote !== undefined && !t.quote.single && k > 1 && k < 14 && (items[k - 1] as Item).text === ':');
  if (qi < 0) return null;
  let e = 0;
  while (e < qi && e < MAX_NP && (items[e] as Item).word && (isCapitalised(items[e] as Token) || PRONOUNS.has((items[e] as Token).lower))) e++;
  if (e === 0 || e >= qi - 1) return null;
  const m = analyseMention(items.slice(0, e), text);
  if (!m || (m.kind !== 'name' && m.kind !== 'pronoun') || m.institution) return null;
  const q = (items[qi] as Item).quote as Quote;
  const cue = text.slice((items[e] as Item).start, (items[qi - 2] as Item).end).trim();
  if (!cue || cue.split(/\s+/).length > 8) return null;
  return { kind: 'direct', mention: m, cue, parts: [{ start: q.innerStart, end: q.innerEnd, quote: q }], frameText: cue, unit };
}

/** The subject phrase must open a clause: the unit start, after an opener, or after ", and". */
function startsClause(items: readonly Item[], s: number): boolean {
  if (s === 0) return true;
  const prev = items[s - 1] as Item;
  if (prev.text === ',' || prev.text === ';' || prev.text === ':' || prev.text === '—' || prev.text === '–' || prev.text === '(') return true;
  if (/^(and|but|while|as|whereas|although|though|because|since|when|after|before|where|so|yet|then|including)$/.test(prev.lower)) return true;
  if (isQuote(prev)) return true;
  // "Before the trip he told …", "Last week she said …": a subject pronoun after a short opener
  const t = items[s] as Item | undefined;
  if (t && /^(he|she|they|it)$/.test(t.lower) && s <= 5 && /^(before|after|during|on|in|at|last|earlier|later|this|since|over|for)$/.test((items[0] as Item).lower)) return true;
  return false;
}

/**
 * A short sentence that only introduces who speaks next: "Another official was blunter.", "Lavrov did not
 * mince words.", "The senator disagreed." — a speaker phrase, a verb, at most a few more words, no quote.
 */
function introSubject(unit: Unit, text: string): { mention: Mention; verb: string } | null {
  const items = unit.items;
  if (items.length > 16 || items.some((t) => isQuote(t))) return null;
  let e = 1;
  while (e < items.length && e <= 8 && isNpToken(items[e] as Item) && !cueOrVerbAt(items, e) && !/^(was|were|is|are|did|does|had|has|went|put|took|weighed)$/.test((items[e] as Item).lower)) e++;
  const verb = items[e] as Item | undefined;
  if (!verb || !verb.word || !(cueOrVerbAt(items, e) || /^(was|were|is|are|did|does|had|has|went|put|took|weighed)$/.test(verb.lower))) return null;
  const m = analyseMention(trimNp(items.slice(0, e)), text);
  if (!m || m.kind === 'joint' || (m.kind === 'role' && /^(the|a|an)$/i.test(m.text))) return null;
  const words = items.filter((t) => t.word).length;
  return words - (e - 0) <= 7 ? { mention: m, verb: verb.text } : null;
}

/** The speaker phrase a sentence opens with ("A senior diplomat from a Nordic country, …"), if any. */
function openingSubject(unit: Unit, text: string): Mention | null {
  const items = unit.items;
  if (items.some((t) => isQuote(t))) return null;
  let e = 0;
  while (e < items.length && e < 10 && isNpToken(items[e] as Item) && !cueOrVerbAt(items, e)) e++;
  if (e === 0) return null;
  const m = analyseMention(trimNp(items.slice(0, e)), text);
  return m && (m.kind === 'name' || m.kind === 'role' || m.kind === 'pronoun') && !(m.kind === 'role' && /^(the|a|an)$/i.test(m.text)) ? m : null;
}

/** The subject opening the clause after the last ';' before index `at`, if the clause has one. */
function clauseSubject(items: readonly Item[], at: number, text: string): Mention | null {
  let semi = -1;
  for (let k = at - 1; k >= 0; k--) {
    if (isQuote(items[k])) return null;
    if ((items[k] as Item).text === ';') {
      semi = k;
      break;
    }
  }
  if (semi < 0) return null;
  let e = semi + 2;
  while (e < at && e - semi <= 8 && isNpToken(items[e] as Item) && !cueOrVerbAt(items, e)) e++;
  if (!cueOrVerbAt(items, e)) return null;
  const m = analyseMention(trimNp(items.slice(semi + 1, e)), text);
  return m && m.kind !== 'joint' ? m : null;
}

/** A finite verb right after a subject phrase ("disputed", "pushed back"). */
function cueOrVerbAt(items: readonly Item[], k: number): boolean {
  const t = items[k];
  return t !== undefined && t.word && /^[a-z]+(ed|s)$/.test(t.text);
}

function lastMentionOrSubject(found: readonly Found[], items: readonly Item[], text: string, last: Mention | null): Mention | null {
  const f = found[found.length - 1];
  if (f) return f.mention;
  if (last) return last;
  // "Lavrov met with …, urging the world to …": the sentence subject (after a dateline "AUSTIN, Texas —")
  let e = 0;
  const dash = items.findIndex((t, k) => k < 9 && (t.text === '—' || t.text === '–' || t.text === ':'));
  if (dash > 0 && items.slice(0, dash).every((t) => t.text === ',' || t.text === '(' || t.text === ')' || (t.word && /^[A-Z]/.test(t.text)))) e = dash + 1;
  const s0 = e;
  while (e < items.length && e - s0 < MAX_NP && (items[e] as Item).word && !isQuote(items[e]) && (isCapitalised(items[e] as Token) || PRONOUNS.has((items[e] as Token).lower) || ROLE_NOUNS.has((items[e] as Token).lower))) e++;
  const m = e > s0 ? analyseMention(items.slice(s0, e), text) : null;
  if (m && (m.kind === 'name' || m.kind === 'pronoun')) return m;
  // "A senior official at U.S. Immigration … defended the operation …, saying …": a role phrase up to its verb
  let v = s0;
  const inPhrase = (k: number): boolean => {
    const t = items[k] as Item;
    if (isNpToken(t)) return true;
    // "at U.S. Immigration and Customs Enforcement": a preposition or "and" before a capitalised name
    const nx = items[k + 1];
    return t.word && /^(at|of|from|in|for|and|with|on)$/.test(t.lower) && nx !== undefined && (isCapitalised(nx as Token) || /^(the|a)$/.test(nx.lower));
  };
  while (v < items.length && v - s0 < MAX_NP + 6 && inPhrase(v) && !cueOrVerbAt(items, v)) v++;
  // "A federal judge on Thursday blocked …": the time is not part of who
  let w = v;
  while (w - 1 > s0 && (/ly$/.test((items[w - 1] as Item).lower) || INTERVENING.has((items[w - 1] as Item).lower))) w--;
  if (w - 2 > s0 && (items[w - 2] as Item).lower === 'on' && WEEKDAYS.has((items[w - 1] as Item).lower)) w -= 2;
  const r = v > s0 + 1 && cueOrVerbAt(items, v) ? analyseMention(trimNp(items.slice(s0, w)), text) : null;
  return r && r.kind === 'role' && !/^(the|a|an)$/i.test(r.text) ? r : null;
}

/** What a found statement reports, from its cue ("said" unless the cue reports a belief, wish, finding or stance). */
function actOf(f: Found): StatementAct {
  if (f.object) return 'stance';
  if (f.cue === 'according to' || f.cue === 'quoted as saying') return 'said';
  const act = CUE_ACTS.get(CUE_FORMS.get(f.cue.split(' ')[0] ?? '') ?? '') ?? 'said';
  // a quotation gives the source's own words: spoken, unless the cue says written
  return f.kind === 'direct' && act !== 'wrote' ? 'said' : act;
}

/** A statement while it is being extracted: it keeps its parts, so a run of paragraphs can be cut per paragraph. */
type Draft = Statement & { readonly parts?: Found['parts'] };

function makeStatement(doc: CleanDocument, f: Found, speaker: string | null, text: string): Draft {
  const parts = f.parts;
  const first = parts[0] as { start: number; end: number };
  const lastPart = parts[parts.length - 1] as { start: number; end: number };
  const body = bodyOf(parts, text);
  const who = speaker ?? (f.mention.text || null);
  const id = statementId(body, who);
  const context = text.slice(f.unit.start, f.unit.end).replace(/\s+/g, ' ').trim();
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
  };
}

/**
 * One statement per paragraph: a speaker's run of quoted paragraphs becomes one statement for each paragraph,
 * linked by `run` (the id the whole run would have, its place and length), so search finds the paragraph that
 * matches while answers and digests can still show the run whole.
 */
function perParagraph(st: Draft, spans: readonly Span[], text: string): Statement[] {
  const { parts, ...plain } = st;
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
  const who = st.speaker ?? (st.speakerMention || null);
  return groups.map((g, k) => {
    const body = bodyOf(g, text);
    const first = g[0] as { start: number };
    const last = g[g.length - 1] as { end: number };
    return { ...plain, id: statementId(body, who), text: body, span: [first.start, last.end] as const, run: { id: st.id, part: k + 1, of: groups.length } };
  });
}

function paragraphOf(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((spans[mid] as Span).start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function bodyOf(parts: Found['parts'], text: string): string {
  return parts
    .map((p, k) => {
      const t = text.slice(p.start, p.end).trim();
      // "“We are not going to war,” he said. “That is …”": the comma before the cue ends a sentence here
      const next = parts[k + 1];
      return next && /,$/.test(t) && /^\p{Lu}/u.test(text.slice(next.start, next.end).trim()) ? `${t.slice(0, -1)}.` : t;
    })
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/^(that\s+|:\s*)/, '')
    // a section label opening the paragraph ("KEEPING SCORE: …") is the page's, not the speaker's
    .replace(/^(?:\p{Lu}[\p{Lu}'’.-]*\s+){0,5}\p{Lu}[\p{Lu}'’.-]+:\s+(?=\S)/u, '')
    .replace(/^(However|Meanwhile|Moreover|Furthermore|Still|Nevertheless|Indeed|In addition|At the same time),\s+/, '')
    .replace(/[\s,;:]+$/, '')
    .trim();
}

function renameSpeaker(out: Statement[], was: string, now: string): void {
  for (let k = 0; k < out.length; k++) {
    const st = out[k] as Statement;
    if (st.speaker === was) out[k] = { ...st, speaker: now, id: statementId(st.text, now) };
  }
}

/** Gives the statements of the last unnamed "a senior official …" (matching `head`) to `name`. */
function renameUnnamed(out: Statement[], head: string, name: string): void {
  let unnamed: string | null = null;
  for (let k = out.length - 1; k >= 0 && !unnamed; k--) {
    const who = (out[k] as Statement).speaker ?? '';
    if (/^(a|an|one|another)\s/.test(who) && who.split(/\s+/).includes(head)) unnamed = who;
  }
  if (unnamed) renameSpeaker(out, unnamed, name);
}

// one-shot hashing (Node ≥ 20.12) is several times cheaper than a Hash object per statement
const sha1 = typeof crypto.hash === 'function' ? (s: string): string => crypto.hash('sha1', s) : (s: string): string => crypto.createHash('sha1').update(s).digest('hex');

function statementId(body: string, who: string | null): string {
  return sha1(`${normaliseForId(body)}|${(who ?? '').toLowerCase()}`).slice(0, 16);
}

function normaliseForId(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Drops statements whose span lies inside another statement of the same speaker. */
function dedupe(list: Statement[]): Statement[] {
  const out: Statement[] = [];
  const seen = new Set<string>();
  for (const s of list) {
    if (!s.text || seen.has(`${s.span[0]}:${s.span[1]}`)) continue;
    seen.add(`${s.span[0]}:${s.span[1]}`);
    out.push(s);
  }
  return out;
}
