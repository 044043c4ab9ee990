// Splits a cleaned document into paragraphs, sentences, tokens and quotation spans, all with
// character offsets into the document, so every statement can point back to where it was found.
// Hand-written because it has to be fast (≥1 MB/s) and quote-aware; no NLP model is needed. The quotation spans
// come from quote-spans.ts.
import { BANG_NAMES, BANG_NAME_WORDS, CLEAR_OPENERS, COMPOUND_HALVES, FINDING_SOURCES, INSTITUTION_NOUNS, ROLE_NOUNS, TIME_ZONE_WORDS, WEEKDAYS } from './lexicon.ts';
import { isPersonNoun } from './person-words.ts';
import { findQuotes } from './quote-spans.ts';
import { isGivenName } from './given-names.ts';
import { isNickname } from './nicknames.ts';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Token extends Span {
  readonly text: string;
  /** Lower-cased text, for lexicon look-ups. */
  readonly lower: string;
  /** True for words (letters/digits), false for punctuation. */
  readonly word: boolean;
}

export interface Quote extends Span {
  /** Offsets of the quoted content, without the marks. */
  readonly innerStart: number;
  readonly innerEnd: number;
  /** False when the paragraph ended before the closing mark (a quote running into the next paragraph). */
  readonly closed: boolean;
  /** True for single marks (‘…’), which are usually scare quotes or headline quotes. */
  readonly single: boolean;
}

export interface Sentence extends Span {
  readonly paragraph: number;
  readonly tokens: readonly Token[];
}

export interface Paragraph extends Span {
  readonly index: number;
  readonly quotes: readonly Quote[];
  readonly sentences: readonly Sentence[];
}

const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof sen rep gov gen col lt sgt cpl const insp supt det capt maj cmdr adm st jr sr inc ltd corp co no vs etc eg ie jan feb mar apr jun jul aug sep sept oct nov dec pres amb rev hon fig approx dept est govt univ mt ft coun cllr atty adv brig rs'.split(' '),
);
/** Titles that only stand before a name: at a paragraph's end after a name their dot is its stop ("said Arka Sen."). */
const NAME_TITLES = new Set('mr mrs ms dr prof sen rep gov gen col lt sgt cpl insp supt det capt maj cmdr adm cllr coun atty amb'.split(' '));
/** Abbreviations that end no sentence only before a number: "No. 10", "Rs. 11 billion" (not "the answer is no."). */
const BEFORE_NUMBER = new Set(['no', 'rs']);
const DOTTED = /^(?:[A-Za-z]\.){1,4}[A-Za-z]?$/;
/** What "Ma." (Maria) follows in a name: a title or a byline's "By". */
const MARIA_BEFORE = /^(?:By|Sen\.|Gov\.|Rep\.|Mayor|Atty\.|Sec\.|Secretary|Senator|Governor|Councilor)$/;

// Tokens are the matches of `[\p{L}\p{N}]+(?:[-’'.&][\p{L}\p{N}]+|(?<=\d),\d{3}(?!\d))*|[^\s\p{L}\p{N}]` (Unicode
// mode, so by code points): a word of letters and digits with inner hyphens, apostrophes, dots and ampersands —
// "12,000-signature" and "$2,500" are one word, a comma between digit groups does not split — or any other single
// character that is not a space. Read by hand below: the regular expression and its match objects were the
// tokenizer's main cost.

/** Character classes of code points: 0 a space (`\s`), 1 a letter or digit (`[\p{L}\p{N}]`), 2 anything else. */
const SPACE = 0;
const ALNUM = 1;
const OTHER = 2;
// (a list's bullet is space: "• Fire Chief Dale Ormsby said …" opens a sentence with its speaker)
const SPACE_RE = /^[\s•▪●◦‣∙]$/u;
const ALNUM_RE = /^[\p{L}\p{N}]$/u;
const classCache = new Map<number, number>();

function classOf(cp: number): number {
  if (cp < 128) {
    if ((cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57)) return ALNUM;
    return cp === 32 || (cp >= 9 && cp <= 13) ? SPACE : OTHER;
  }
  let c = classCache.get(cp);
  if (c === undefined) {
    const ch = String.fromCodePoint(cp);
    c = SPACE_RE.test(ch) ? SPACE : ALNUM_RE.test(ch) ? ALNUM : OTHER;
    classCache.set(cp, c);
  }
  return c;
}

const isAsciiDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * `text.charCodeAt(k)`, -1 outside the text (where charCodeAt gives NaN: the same answer to every test here). A read
 * outside the string sends V8's optimised tokenizer back to the interpreter, and it is compiled again (twice a run).
 */
const codeAt = (text: string, k: number): number => (k >= 0 && k < text.length ? text.charCodeAt(k) : -1);

/** End of the run of letters and digits starting at `i`. */
function alnumEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
        i++;
        continue;
      }
      break;
    }
    const cp = text.codePointAt(i) as number;
    if (classOf(cp) !== ALNUM) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** "R - Ohio": a lone capital letter (after a space, comma or bracket, or at the start) two characters before `i`. */
function partyLetterBefore(text: string, i: number): boolean {
  const c = codeAt(text, i - 2);
  const b = i >= 3 ? text[i - 3] : ' ';
  return c >= 65 && c <= 90 && (b === ' ' || b === ',' || b === '(' || b === '\n' || b === '\t');
}

/** "the Boston - based group": a compound's second half after a spaced hyphen (lower-case ASCII, then no word character). */
function compoundAfter(text: string, i: number): boolean {
  let e = i + 2;
  while (e < text.length && text.charCodeAt(e) >= 97 && text.charCodeAt(e) <= 122) e++;
  return e > i + 2 && COMPOUND_HALVES.has(text.slice(i + 2, e)) && !/[A-Za-z0-9_]/.test(text[e] ?? '');
}

/**
 * The width of the dash at `i` (0 when `c`, its code, is none): "--" and a hyphen standing alone between spaces are
 * dashes, "the justice -- who has … -- said", "the mosque - which …" (not "Sen. Dana Ruiz, R - Ohio": a party's letter
 * before it); so is a horizontal bar ("PHILADELPHIA ― Hillary Clinton's campaign said").
 */
function dashWidth(text: string, i: number, c: number): number {
  if (c === 0x2015) return 1;
  if (codeAt(text, i + 1) === 45) return codeAt(text, i + 2) !== 45 && codeAt(text, i - 1) !== 45 ? 2 : 0;
  return codeAt(text, i + 1) === 32 && codeAt(text, i - 1) === 32 && !partyLetterBefore(text, i) && !compoundAfter(text, i) ? 1 : 0;
}

/** "Trump said.Trump claimed": a sentence's stop with no space after it (a lower-case word, then a capitalised one). */
function missingSpace(text: string, start: number, dot: number): boolean {
  CAPITALISED_AT.lastIndex = dot + 1;
  return dot - start >= 3 && LOWER_WORD.test(text.slice(start, dot)) && CAPITALISED_AT.test(text);
}
// (three letters, not three code units: "𝐛𝐜" is two)
const LOWER_WORD = /^\p{Ll}{3,}$/u;
// (a word of four letters or more and a space after it: not "census.Gov", "www.Signup.org", "my.Town")
const CAPITALISED_AT = /\p{Lu}\p{Ll}{3,}\s/uy;

/** End of the word (letters and digits with their joiners) that starts at `i`. */
function wordEnd(text: string, i: number): number {
  let e = alnumEnd(text, i);
  for (;;) {
    // (never read past the end: an out-of-range read sends the optimised code back to the interpreter)
    if (e >= text.length) return e;
    const c = text.charCodeAt(e);
    // [-’'.&] and at least one letter or digit after it
    if ((c === 45 || c === 0x2019 || c === 39 || c === 46 || c === 38) && e + 1 < text.length && classOf(text.codePointAt(e + 1) as number) === ALNUM && !(c === 46 && missingSpace(text, i, e))) {
      e = alnumEnd(text, e + 1);
      continue;
    }
    // (an en dash between two capitalised words, no space around it, joins a compound place's name like a hyphen:
    // "Rosemont–La Petite-Patrie", "Dallas–Fort Worth"; not "close–Senator Lopez said", "on Friday–Ukraine's foreign
    // minister said", a dash between clauses)
    if (c === 0x2013 && e + 1 < text.length && /\p{Lu}/u.test(text[i] as string) && !isAsciiDigit(text.charCodeAt(e - 1)) && /\p{Lu}/u.test(text[e + 1] as string) && !WEEKDAYS.has(text.slice(i, e).toLowerCase())) {
      e = alnumEnd(text, e + 1);
      continue;
    }
    // (?<=\d),\d{3}(?!\d)
    if (c === 44 && isAsciiDigit(text.charCodeAt(e - 1)) && isAsciiDigit(codeAt(text, e + 1)) && isAsciiDigit(codeAt(text, e + 2)) && isAsciiDigit(codeAt(text, e + 3)) && !isAsciiDigit(codeAt(text, e + 4))) {
      e += 4;
      continue;
    }
    return e;
  }
}

/** One token; `quote` is always there (undefined) so that tokens and the quotation items built from them share one shape. */
function token(text: string, word: boolean, start: number): Token {
  return { text, lower: tokenLower(text), word, start, end: start + text.length, quote: undefined } as Token;
}

/**
 * The token's lower case, but an acronym written like a function word keeps its capitals ("WHO Director-General …",
 * "Former DID director-general …": the body, not "who" or "did").
 */
function tokenLower(text: string): string {
  const lower = lowerCase(text);
  return text.length === 3 && lower !== text && ACRONYM_LIKE_WORDS.has(lower) && text.toUpperCase() === text ? text : lower;
}

/** Function words an acronym may spell. (tokenLower) */
const ACRONYM_LIKE_WORDS: ReadonlySet<string> = new Set(['who', 'did', 'was', 'has', 'had', 'are', 'its', 'can', 'may']);

/**
 * `s.toLowerCase()`, the string itself when it holds no capital in ASCII and nothing beyond it (most words): a text
 * with a curly quotation mark is stored in two bytes a character, and V8 lower-cases such strings through ICU.
 */
export function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127 || (c >= 65 && c <= 90)) return s.toLowerCase();
  }
  return s;
}

export function tokenize(text: string, offset: number): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      i++;
      continue;
    }
    const cp = c < 0xd800 ? c : (text.codePointAt(i) as number);
    const cls = classOf(cp);
    if (cls === SPACE) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    // (both kinds of dash through one test and one token: a branch first run after V8 has optimised this loop throws
    // that code away, and each of the two dash branches did so once in a PolNeAR train run)
    // (a list's bullet written "- " or "* " at the start of a line is space too: "- According to …")
    if ((c === 45 || c === 42) && codeAt(text, i + 1) === 32 && (i === 0 || codeAt(text, i - 1) === 10)) {
      i++;
      continue;
    }
    const dash = c === 45 || c === 0x2015 ? dashWidth(text, i, c) : 0;
    if (dash > 0) {
      out.push({ text: '—', lower: '—', word: false, start: offset + i, end: offset + i + dash, quote: undefined } as Token);
      i += dash;
      continue;
    }
    const end = cls === ALNUM ? wordEnd(text, i) : i + (cp > 0xffff ? 2 : 1);
    let t = text.slice(i, end);
    let next = end;
    // Keep the dot of "Rep.", "Mr.", "J." and "U.S." with the word, so names stay whole.
    // ("No. 10" but "shaking his head no.": "no" is an abbreviation only before a number)
    // ("Sen. Ma. Teresa dela Cruz", "By Ma. Cristina Robles": "Ma." for Maria after a title or a byline's "By" and before
    // a given name, not "Jack Ma." nor "said Mayor Ma. The hearing …")
    // ("state Del. Marcia Price": a delegate's title before a given name, not Delaware after its town, "Dover, Del. Chris …")
    const maria = (t === 'Ma' ? MARIA_BEFORE.test(out[out.length - 1]?.text ?? '') : t === 'Del' && out[out.length - 1]?.text !== ',') && isGivenName(/^ (\p{Lu}\p{Ll}+)/u.exec(text.slice(end + 1, end + 20))?.[1] ?? '');
    // (a title's word after a capitalised word at the paragraph's end is a name: "said Arka Sen.")
    const named = NAME_TITLES.has(t.toLowerCase()) && (end + 1 >= text.length || text.charCodeAt(end + 1) === 10) && /^\p{Lu}/u.test(out[out.length - 1]?.text ?? '');
    if (end < text.length && text.charCodeAt(end) === 46 && ((ABBREVIATIONS.has(t.toLowerCase()) && !named && (!BEFORE_NUMBER.has(t.toLowerCase()) || (/^\s*\d/.test(text.slice(end + 1, end + 4)) && !/\d\s*$/.test(text.slice(Math.max(0, end - t.length - 3), end - t.length))))) || /^\p{Lu}$/u.test(t) || DOTTED.test(t) || maria)) {
      t += '.';
      next++;
    }
    // a word starts with a letter or digit, so any token longer than one char, or an alphanumeric char, is a word
    // ("As per residents, the leopard …", "…, as per police.": the Indian English "according to", read as it where it opens
    // the sentence or follows a comma; not "completed as per schedule", "as per norms": in keeping with)
    // (whose source speaks: a name, people, a body or a document; not "As per tradition", "as per the schedule")
    if (t === 'per' && out[out.length - 1]?.lower === 'as' && (out[out.length - 1]?.text === 'As' || out[out.length - 2]?.text === ',') && sourceAfterPer(text.slice(next, next + 40))) {
      out[out.length - 1] = { ...(out[out.length - 1] as Token), lower: 'according' };
      out.push({ ...token(t, true, offset + i), lower: 'to' });
    } else out.push(token(t, t.length > 1 || cls === ALNUM, offset + i));
    i = next;
  }
  return out;
}

function insideQuote(pos: number, quotes: readonly Quote[]): Quote | undefined {
  for (const q of quotes) if (pos > q.start && pos < q.end - (q.closed ? 1 : 0)) return q;
  return undefined;
}

/**
 * Sentence boundaries inside a paragraph. A boundary inside a quotation is kept (multi-sentence
 * quotes are re-joined by the quote logic), but never after an abbreviation or an initial.
 */
function sentenceSpans(text: string, offset: number, tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  let start = 0;
  // ("1:10pm Minister says …", "14:32 GMT The mayor says …": a live blog's time opening the paragraph is a sentence of
  // its own, as a dateline is)
  const clockEnd = leadingClock(tokens);
  if (clockEnd >= 0 && /^\p{Lu}/u.test(tokens[clockEnd + 1]?.text ?? '')) {
    spans.push({ start: 0, end: (tokens[clockEnd] as Token).end - offset });
    start = (tokens[clockEnd + 1] as Token).start - offset;
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // ("told E! News", "Yahoo! Finance", "Hello! magazine": a name's own exclamation mark ends no sentence)
    // (only before a lower-case word or a body's word of the name: "Hello! magazine", "E! News"; "… published by Hello!
    // The couple said …" ends there)
    if (t.text === '!' && i > 0 && (tokens[i - 1] as Token).end === t.start && BANG_NAMES.has((tokens[i - 1] as Token).text) && tokens[i + 1]?.word === true && (/^\p{Ll}/u.test((tokens[i + 1] as Token).text) || BANG_NAME_WORDS.has((tokens[i + 1] as Token).text))) continue;
    if (t.text !== '.' && t.text !== '!' && t.text !== '?') {
      // (only a token ending in a dot can be either of the two below)
      if (t.text.charCodeAt(t.text.length - 1) !== 46) continue;
      // "… in the U.S. The next day", "… weighed in on X. “Rearranging …”": a dotted abbreviation or a
      // single letter ends a sentence only before a clear opener or a quotation
      const initial = /^\p{Lu}\.$/u.test(t.text);
      if (!initial && !(t.text.length > 2 && t.text.endsWith('.') && DOTTED.test(t.text.slice(0, -1)))) continue;
      const nx = tokens[i + 1];
      // (not a nickname in marks inside the name: Rep. Robert C. "Bobby" Scott)
      if (nx && /^[“"«]$/.test(nx.text) && initial && !nicknameAfter(tokens, i + 1)) {
        spans.push({ start, end: t.end - offset });
        start = nx.start - offset;
        continue;
      }
      // "… until 2 p.m. Chuck Grassley said": a time ends its sentence unless a time zone follows
      // (nor a day: "at about 10 a.m. Thursday, DriveBC said …"; a month may be a name, "2 a.m. June Harris said")
      const clock = /^[ap]\.m\.$/i.test(t.text) && nx !== undefined && /^\p{Lu}/u.test(nx.text) && !TIME_ZONE_WORDS.has(nx.text) && !WEEKDAYS.has(nx.lower);
      // (after a lone initial only a quotation ends the sentence: "Donald J. Trump", "George W. Bush"; or a clear opener
      // after a letter that a lower-case word comes before, no name's: "… circulating on TikTok and X. In the clip, …")
      const letterAlone = initial && /^\p{Ll}+$/u.test(tokens[i - 1]?.text ?? '') && nx !== undefined && CLEAR_OPENERS.has(nx.text);
      if ((initial && !letterAlone) || (!initial && !clock && !(nx && CLEAR_OPENERS.has(nx.text)))) continue;
    }
    // absorb closing quotes / brackets directly after the stop
    let j = i + 1;
    // (not a straight mark glued to the word after it: "… the authorities.\"We basically …" opens the next quotation)
    while (j < tokens.length && /^[”"’'»)\]]$/.test((tokens[j] as Token).text) && (tokens[j] as Token).start === (tokens[j - 1] as Token).end && !openerGlued(tokens, j)) j++;
    const next = tokens[j];
    if (next === undefined) break;
    // ("… she said. 'The government should …'": a straight single mark glued to a capitalised word opens a quotation)
    const singleOpens = next.text === "'" && (tokens[j + 1]?.text === "'" || (tokens[j + 1]?.start === next.end && /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '')));
    if (!/^[\p{Lu}\p{N}“"‘«(]/u.test(next.text) && !singleOpens) continue;
    const endRel = (tokens[j - 1] as Token).end - offset;
    spans.push({ start: start, end: endRel });
    start = next.start - offset;
    i = j - 1;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans.map((s) => ({ start: s.start + offset, end: s.end + offset }));
}

/** The index of the last token of a clock time opening a paragraph ("10pm", "1:10pm", "9.05am", "14:32 GMT", "9:05 a.m."), or -1. */
function leadingClock(tokens: readonly Token[]): number {
  const first = tokens[0]?.text ?? '';
  if (/^\d{1,2}(?:[.:]\d\d)?(?:am|pm)$/i.test(first)) return 0;
  if (!/^\d{1,2}$/.test(first) || tokens[1]?.text !== ':' || !/^\d\d(?:am|pm)?$/i.test(tokens[2]?.text ?? '')) return -1;
  const after = tokens[3]?.text ?? '';
  return /^[ap]\.m\.$/i.test(after) || (TIME_ZONE_WORDS.has(after) && /^[A-Z]{2,4}$/.test(after)) ? 3 : 2;
}

/** Whether the mark at `open` opens a nickname after a middle initial ("Robert C. “Bobby” Scott"). */
function nicknameAfter(tokens: readonly Token[], open: number): boolean {
  const close = tokens.findIndex((t, k) => k > open + 1 && k <= open + 3 && /^[”"»]$/.test(t.text));
  if (close < 0) return false;
  const inner = tokens.slice(open + 1, close).map((t) => t.text).join(' ');
  const next = tokens[close + 1];
  return isNickname(inner, tokens[open - 1], tokens[open - 2], next, next !== undefined && next.start === (tokens[close] as Token).end + 1);
}

/** A straight double mark right before a capitalised word with no space: an opening mark. */
function openerGlued(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j] as Token;
  const nx = tokens[j + 1];
  return t.text === '"' && nx !== undefined && nx.start === t.end && nx.word && /^\p{Lu}/u.test(nx.text);
}

/** Paragraph spans of a document (blank-line separated, trimmed), cheap: no tokens yet. */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    spans.push({ start: m.index + lead, end: m.index + lead + body.length });
  }
  return spans;
}

/**
 * Does the document quote in single marks ('…', as the BBC writes), with no double marks at all? Its single-mark
 * quotations are then its quotations, not scare quotes.
 */
export function singleQuoteStyle(text: string): boolean {
  if (DOUBLE_MARK.test(text)) return false;
  let opened = 0;
  for (SINGLE_OPENING.lastIndex = 0; opened < 2 && SINGLE_OPENING.exec(text); ) opened++;
  return opened >= 2;
}
const DOUBLE_MARK = /[“”"]/;

/**
 * A short label in single marks, no quotation even in a document that quotes in them: a nickname between a name's
 * parts ("Johannes 'Jojo' Mabe", "Ronnie 'The Rocket' O'Sullivan"), a name given ("known as 'Jonno'", "dubbed the
 * 'Iron Lady of Leeds'", "the so-called 'Mr Fix-It'"), a word before a noun ("The 'Leave' campaign").
 */
function label(text: string, q: Quote): boolean {
  const inner = text.slice(q.innerStart, q.innerEnd);
  if (/[.,!?]$/.test(inner) || inner.split(' ').length > 4) return false;
  const before = text.slice(Math.max(0, q.start - 24), q.start);
  const after = text.slice(q.end, q.end + 2);
  return (NICKNAME.test(inner) && /\p{Lu}\p{Ll}*\s$/u.test(before) && /^\s\p{Lu}/u.test(after)) || NAMING_BEFORE.test(before) || (ARTICLE_BEFORE.test(before) && /^\s\p{Ll}/u.test(after));
}
const NICKNAME = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}$/u;
const NAMING_BEFORE = /\b(?:known as|dubbed|nicknamed|so-called|named|called)(?: the| a| an)?\s$/i;
const ARTICLE_BEFORE = /\b(?:the|a|an|its|his|her|their)\s$/i;
const SINGLE_OPENING = /(?:^|[\s(—–])[‘'](?=\p{L})/gmu;

/**
 * One paragraph with quotes, sentences and tokens (made when needed, so a huge document is never all tokens at once);
 * `singleStyle`: the document quotes in single marks (singleQuoteStyle).
 */
export function segmentParagraph(text: string, span: Span, index: number, singleStyle = false): Paragraph {
  const body = text.slice(span.start, span.end);
  const offset = span.start;
  const tokens = tokenize(body, offset);
  const found = findQuotes(body, offset);
  const quotes = singleStyle ? found.map((q) => (q.single && !label(text, q) ? { ...q, single: false } : q)) : found;
  // tokens are ordered, so each sentence takes the next run of them (linear, not a filter per sentence)
  let k = 0;
  const sentences = sentenceSpans(body, offset, tokens).map((s) => {
    while (k < tokens.length && (tokens[k] as Token).start < s.start) k++;
    const from = k;
    while (k < tokens.length && (tokens[k] as Token).end <= s.end) k++;
    return { start: s.start, end: s.end, paragraph: index, tokens: tokens.slice(from, k) };
  });
  return { start: span.start, end: span.end, index, quotes, sentences };
}

/** Splits a document's text into paragraphs with quotes, sentences and tokens. */
export function segment(text: string): Paragraph[] {
  return paragraphSpans(text).map((span, index) => segmentParagraph(text, span, index));
}

export { insideQuote };

/** The word after "as per" (past "the"): a name, or a noun for people, a body or a document ("residents", "police", "the report"). */
function sourceAfterPer(after: string): boolean {
  const w = /^\s+(?:the\s+)?([\p{L}-]+)/u.exec(after)?.[1] ?? '';
  const lower = w.toLowerCase();
  return /^\p{Lu}/u.test(w) || ROLE_NOUNS.has(lower) || INSTITUTION_NOUNS.has(lower) || FINDING_SOURCES.has(lower) || isPersonNoun(lower);
}
