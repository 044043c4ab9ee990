// Stage 1, text → units: a paragraph's sentences merged so that no quotation crosses a unit, each quotation
// collapsed into one item; and the helpers that turn item ranges into statement parts.
import type { StatementKind } from '../model.ts';
import type { Found } from './frames.ts';
import { ADDRESSEE_CUES, CUE_FORMS, CUE_PARTICLES, HONORIFICS, PRONOUNS, QUESTION_CUES, TAIL_STARTERS, WEEKDAYS } from './lexicon.ts';
import { isNickname } from './nicknames.ts';
import { mannerAdverb } from './names.ts';
import { AUXILIARIES, FRAME_PREPOSITIONS, INDEFINITE_PRONOUNS, NOUN_DETERMINERS, OPENING_PREPOSITIONS, QUOTE_LEAD_WORDS } from './lexicon-clauses.ts';
import type { Paragraph, Quote, Token } from './segment.ts';

/** A token or a whole quotation collapsed into one item. */
export interface Item extends Token {
  readonly quote?: Quote;
}

/** The `lower` of a quotation item whose words end in a comma ("“core Al Qaeda,”"): see quotedComma. */
const QUOTED_COMMA = '<q,>';

export interface Unit {
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
  readonly items: readonly Item[];
}

/** The quotations of `units`, in order, as statement parts. */
export function quoteParts(units: readonly Unit[]): { start: number; end: number; quote: Quote }[] {
  return units.flatMap((u) => u.items.flatMap((it) => (it.quote ? [{ start: it.quote.innerStart, end: it.quote.innerEnd, quote: it.quote }] : [])));
}

/** Sentences merged so that no quotation crosses a unit boundary. Linear in sentences + quotes. */
export function buildUnits(p: Paragraph, text: string): Unit[] {
  const units: Unit[] = [];
  const ss = p.sentences;
  // (a closed quotation in single marks only when it opens the paragraph: elsewhere its marks may be apostrophes)
  const quotes = p.quotes.filter((q) => !q.single || !q.closed || q.start === p.start);
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
    // "“We will win!” Jeff Sessions said.": the sentence that only attributes the quotation before it joins it
    // (not after a quotation its own sentence attributes: 'An executive said Calder had "walked away." Calder laughed.')
    while (j + 1 < ss.length && endsWithQuote(quotes, qp, end) && attributesOnly(ss[j + 1] as Sentence, quotes, qp) && !cueBeforeLastQuote(ss, i, j, quotes, qp, end)) {
      j++;
      end = (ss[j] as Sentence).end;
    }
    const tokens: Token[] = [];
    // (loops by index here and below: this runs per paragraph, mostly before V8 optimises it, and unoptimised code
    // makes an object for every step of a `for … of`)
    for (let k = i; k <= j; k++) {
      const sentenceTokens = (ss[k] as Sentence).tokens;
      for (let n = 0; n < sentenceTokens.length; n++) {
        // ("Dr. (Mrs.) Nkechi Umeh", "Hon. (Mrs.) Bolanle Olawale": an honorific in brackets between a title and a name
        // is read as if it were not there; the text keeps it)
        const close = (sentenceTokens[n] as Token).text === '(' ? bracketedHonorific(sentenceTokens, n) : -1;
        if (close > 0) n = close;
        else tokens.push(sentenceTokens[n] as Token);
      }
    }
    units.push({ start: first.start, end, paragraph: p.index, items: collapseQuotes(tokens, p.quotes, text) });
    i = j + 1;
  }
  return units;
}

type Sentence = Paragraph['sentences'][number];

const ADDRESSED: ReadonlySet<string> = new Set([...ADDRESSEE_CUES, ...QUESTION_CUES]);

/**
 * Does a quotation end where the unit ends (“…!”)? `from`: the first quotation that ends after the unit starts (the
 * scan reads only the unit's own quotations, keeping buildUnits linear).
 */
function endsWithQuote(quotes: readonly Quote[], from: number, end: number): boolean {
  const last = lastQuoteWithin(quotes, from, end);
  return last !== undefined && last.end >= end - 1;
}

/** The last quotation that closes by `end`, from the quotation `from` on. */
function lastQuoteWithin(quotes: readonly Quote[], from: number, end: number): Quote | undefined {
  let last: Quote | undefined;
  for (let k = from; k < quotes.length && (quotes[k] as Quote).start < end; k++) if ((quotes[k] as Quote).end <= end) last = quotes[k];
  return last;
}

/** Whether a cue word stands in sentences `i..j` before the quotation that ends them (at `end`). */
function cueBeforeLastQuote(ss: readonly Sentence[], i: number, j: number, quotes: readonly Quote[], from: number, end: number): boolean {
  const last = lastQuoteWithin(quotes, from, end);
  if (last === undefined) return false;
  for (let k = i; k <= j; k++) {
    const tokens = (ss[k] as Sentence).tokens;
    for (let n = 0; n < tokens.length; n++) {
      const t = tokens[n] as Token;
      if (t.start >= last.start) return false;
      if (t.word && CUE_FORMS.has(t.text)) return true;
    }
  }
  return false;
}

/**
 * A short sentence that is only an attribution: "Jeff Sessions said.", "he said on Friday.", "said Trump." — its
 * cue near the start, nothing reported after it, no quotation of its own.
 */
function attributesOnly(sentence: Sentence, quotes: readonly Quote[], from: number): boolean {
  const tokens = sentence.tokens;
  if (tokens.length === 0) return false;
  // (a nickname inside the speaker's name is no quotation of its own: "… Scott's niece, Marcia “Cia” Price, shouted")
  for (let k = from; k < quotes.length && (quotes[k] as Quote).start < sentence.end; k++) if ((quotes[k] as Quote).start >= sentence.start && !nicknameIn(tokens, quotes[k] as Quote)) return false;
  // (within 18 tokens: an appositive with a nickname's marks and a party tag, "Scott's niece, state Del. Marcia “Cia” Price
  // (D-Newport News), shouted")
  const c = tokens.findIndex((t, k) => k <= 18 && t.word && CUE_FORMS.has(t.text));
  // (past an appositive too: "… Miller, a retired worker from a nuclear plant, said pleasantly into the phone.")
  const appositive = c > 7 && (tokens[c - 1] as Token).text === ',' && tokens.slice(1, 5).some((t) => t.text === ',');
  if (c < 0 || (c > 7 && !appositive) || (c > 0 && !/^\p{Lu}/u.test((tokens[0] as Token).text))) return false;
  const after = tokens[c + 1];
  // (a cue only with its particle is none without it: "“…” Mr Vuković has a point." is a sentence of its own)
  const lemma = CUE_FORMS.get((tokens[c] as Token).text) ?? '';
  if (lemma !== 'call' && CUE_PARTICLES.has(lemma) && !CUE_PARTICLES.get(lemma)?.includes(after?.lower ?? '')) return false;
  // ("… Mr. Trump asked, repeating a broadside — that … — that he used in the debate.": a participle's aside, any length)
  const participle = after?.text === ',' && /^\p{Ll}+ing$/u.test(tokens[c + 2]?.text ?? '');
  // ("… who knows?” Trump told Britain’s ITV television station in an interview aired on Monday when asked how …": a
  // long frame tail after the cue and its addressee, with no "that" clause in it)
  let r = c + 1;
  if (ADDRESSED.has(CUE_FORMS.get((tokens[c] as Token).text) ?? '')) while (r < tokens.length && r - c <= 6 && (tokens[r] as Token).word && !TAIL_STARTERS.has((tokens[r] as Token).lower) && (tokens[r] as Token).lower !== 'that' && !CUE_FORMS.has((tokens[r] as Token).text)) r++;
  // (no clause of its own in it: "Smith told reporters at the hearing he would not step down" answers the quotation)
  const clauseIn = tokens.slice(r).some((t, n, a) => t.lower === 'that' || (PRONOUNS.has(t.lower) && AUXILIARIES.has(a[n + 1]?.lower ?? '')));
  // (past an appositive, never with a clause of its own: "… Jane Ruiz, a nurse at the hospital, said on Monday that …")
  if (appositive && clauseIn) return false;
  const longTail = r > c + 1 && c <= 3 && tokens[r] !== undefined && TAIL_STARTERS.has((tokens[r] as Token).lower) && !clauseIn;
  if (tokens.length > (appositive ? 24 : 16) && !participle && !longTail) return false;
  // "… Trump asked the crowd.", "… she told reporters.": whom the words were for
  const toWhom = ADDRESSED.has(CUE_FORMS.get((tokens[c] as Token).text) ?? '') && tokens.length - c <= 5;
  // "… Sanders asked rhetorically, shaking his head.": a manner adverb closing the cue's clause
  // ("… Miller said pleasantly into the phone.": or before a frame)
  const manner = after !== undefined && after.word && after.lower.endsWith('ly') && (tokens[c + 2] === undefined || /^[.,]$/.test((tokens[c + 2] as Token).text) || TAIL_STARTERS.has((tokens[c + 2] as Token).lower));
  // (not a cue with a thing said of its own after a short aside: "Then she added, in Spanish, something her daughter
  // declined to translate.")
  if (ownObject(tokens, c)) return false;
  // ("… Mr. Trump said — in the debate.": a dash opening an aside)
  return after === undefined || toWhom || manner || longTail || /^[.,—–]$/.test(after.text) || TAIL_STARTERS.has(after.lower) || WEEKDAYS.has(after.lower);
}

/** Whether the cue at `c` has an object of its own ("something", "nothing"), right after it or after a comma's aside. */
function ownObject(tokens: readonly Token[], c: number): boolean {
  let k = c + 1;
  if (tokens[k]?.text === ',') {
    const close = tokens.findIndex((t, n) => n > k && n - k <= 5 && t.text === ',');
    if (close < 0) return false;
    k = close + 1;
  }
  return INDEFINITE_PRONOUNS.has(tokens[k]?.lower ?? '');
}

/** Replaces the tokens inside each (non-scare) quotation by one item carrying the quotation. */
export function collapseQuotes(tokens: readonly Token[], quotes: readonly Quote[], text: string): Item[] {
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
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    while (qi < quotes.length && (quotes[qi] as Quote).end <= t.start) qi++;
    const q = quotes[qi];
    // (a nickname inside a name is part of the name, not a quotation, in double or single marks: Ferdinand "Andoy"
    // Bautista, Sipho 'Bra Sip' Dlamini; its tokens are left out from its opening mark on)
    const next = q && t.start === q.start ? tokens.find((x) => x.start >= q.end) : undefined;
    if (q && next !== undefined && isNickname(text.slice(q.innerStart, q.innerEnd), items[items.length - 1], items[items.length - 2], next, next.start === q.end + 1)) {
      while (k + 1 < tokens.length && (tokens[k + 1] as Token).end <= q.end) k++;
      continue;
    }
    if (q && t.start >= q.start && t.end <= q.end && (!q.single || speechLike(q, text))) {
      const prev = items[items.length - 1];
      // (`lower` tells whether the quoted words end in a comma, the sentence's own: see quotedComma)
      if (prev?.quote !== q) items.push({ text: '"Q"', lower: text.charCodeAt(q.innerEnd - 1) === 44 ? QUOTED_COMMA : '<q>', word: false, start: q.start, end: q.end, quote: q });
      continue;
    }
    items.push(t);
  }
  return items;
}

/** A quotation in the sentence `tokens` that is a nickname inside a name ("Marcia “Cia” Price"). */
function nicknameIn(tokens: readonly Token[], q: Quote): boolean {
  const open = tokens.findLastIndex((t) => t.end <= q.start);
  const next = tokens.find((t) => t.start >= q.end);
  const inner = tokens.filter((t) => t.start >= q.innerStart && t.end <= q.innerEnd).map((t) => t.text).join(' ');
  return isNickname(inner, tokens[open], tokens[open - 1], next, next !== undefined && next.start === q.end + 1);
}

/**
 * Single marks are usually scare quotes ('collective West'); they are speech when long, when they
 * end with their own punctuation (‘No,’ he said) or when they open the paragraph (UK house style).
 */
export function speechLike(q: Quote, text: string): boolean {
  if (wordCount(q) >= 6) return true;
  if (/[,.?!]$/.test(text.slice(q.innerStart, q.innerEnd))) return true;
  const before = text.slice(Math.max(0, q.start - 2), q.start);
  return q.start === 0 || /\n\s*$/.test(before) || /[.!?]\s$/.test(before);
}

export function wordCount(q: Quote): number {
  return Math.round((q.innerEnd - q.innerStart) / 6);
}

export const isQuote = (it: Item | undefined): boolean => it?.quote !== undefined;

/**
 * A short title after the noun it names, inside an aside: "star of the show “The Apprentice,”", "author of the book
 * “Going Viral”" — a determiner and a lower-case noun before it (not "who called it “a disgrace”").
 */
export function isTitleQuote(items: readonly Item[], k: number): boolean {
  const q = items[k]?.quote;
  const prev = items[k - 1];
  if (q === undefined || q.single || wordCount(q) > 8 || prev === undefined || !prev.word || !/^\p{Ll}+$/u.test(prev.text)) return false;
  if (NOUN_DETERMINERS.has(items[k - 2]?.lower ?? '')) return true;
  // ("the reality TV show “The Apprentice”": up to two modifiers between the determiner and a noun, not a preposition:
  // "accused the government of “betraying the north”" is a quotation)
  if (OPENING_PREPOSITIONS.has(prev.lower) || FRAME_PREPOSITIONS.has(prev.lower) || prev.lower === 'as') return false;
  let d = k - 2;
  while (d > k - 4 && items[d]?.word === true && /^(\p{Ll}+|\p{Lu}{2,4})$/u.test((items[d] as Item).text) && !NOUN_DETERMINERS.has((items[d] as Item).lower)) d--;
  return NOUN_DETERMINERS.has(items[d]?.lower ?? '');
}

/** A quotation whose words end in a comma inside its closing mark: "the CNN “reporter,” saying …", "Back on “Hannity,” …". */
export function quotedComma(t: Item | undefined): boolean {
  return t?.lower === QUOTED_COMMA;
}

/** A short quotation inside a noun phrase, a lower-case word right after it: "the “big four” negotiators", "“Ted Cruz” pins". */
export function isModifierQuote(items: readonly Item[], k: number): boolean {
  const q = items[k]?.quote;
  const next = items[k + 1];
  // (not "“No,” said Tom Baker": a cue after it)
  return q !== undefined && wordCount(q) <= 3 && next !== undefined && next.word && /^\p{Ll}/u.test(next.text) && !CUE_FORMS.has(next.lower);
}

/** A unit that is a quotation (longer than ten characters) with at most one word outside it. */
export function isBareQuoteUnit(u: Unit): boolean {
  let words = 0;
  let long = false;
  for (let k = quoteLeadEnd(u.items); k < u.items.length; k++) {
    const x = u.items[k] as Item;
    if (x.quote) long ||= x.end - x.start > 10;
    else if (x.word && ++words > 1) return false;
  }
  return long;
}

/**
 * Where the quotation of "Then, more quietly: “…”" starts: after a lead of up to four words that only tell when or how
 * (an adverb in -ly, "then", "again", "and") and a colon; 0 when the unit opens otherwise.
 */
function quoteLeadEnd(items: readonly Item[]): number {
  const colon = items.findIndex((x) => x.text === ':');
  if (colon < 1 || colon > 7 || !isQuote(items[colon + 1])) return 0;
  const lead = items.slice(0, colon).filter((x) => x.word);
  const timeOrManner = (x: Item): boolean => QUOTE_LEAD_WORDS.has(x.lower) || (/^\p{Ll}/u.test(x.text) && mannerAdverb(x.lower));
  return lead.length > 0 && lead.length <= 4 && lead.every(timeOrManner) && items.slice(0, colon).every((x) => x.word || x.text === ',') ? colon + 1 : 0;
}

/** A unit that is quotation only, however short: no word outside its quotations. */
export function isQuoteOnlyUnit(u: Unit): boolean {
  let quoted = false;
  for (let k = 0; k < u.items.length; k++) {
    const x = u.items[k] as Item;
    if (x.quote) quoted = true;
    else if (x.word) return false;
  }
  return quoted;
}

export function partsOf(items: readonly Item[], s: number, e: number): Found['parts'] {
  let a = s;
  let b = e;
  // (a currency's sign opens the words, a per cent sign or a bracket closed inside them ends them: "$40m", "10%",
  // "£40m (about $50m)")
  while (a < b && !(items[a] as Item).word && !isQuote(items[a]) && !(CURRENCY_SIGN.test((items[a] as Item).text) && items[a + 1]?.word === true)) a++;
  while (b > a && !(items[b - 1] as Item).word && !isQuote(items[b - 1]) && !/^[”’"»%‰]$/.test((items[b - 1] as Item).text) && !closesSingle(items, a, b - 1) && !closesBracket(items, a, b - 1)) b--;
  if (a >= b) return [];
  const only = items[a] as Item;
  if (b - a === 1 && only.quote) return [{ start: only.quote.innerStart, end: only.quote.innerEnd, quote: only.quote }];
  return [{ start: (items[a] as Item).start, end: (items[b - 1] as Item).end }];
}

/** A currency's sign before an amount. */
const CURRENCY_SIGN = /^[$£€¥₹]$/;

/** Is the bracket at `k` the close of one opened in `a..k` ("£40m (about $50m)")? */
function closesBracket(items: readonly Item[], a: number, k: number): boolean {
  const close = (items[k] as Item).text;
  if (close !== ')' && close !== ']') return false;
  const open = close === ')' ? '(' : '[';
  let depth = 0;
  for (let x = a; x < k; x++) {
    const t = (items[x] as Item).text;
    if (t === open) depth++;
    else if (t === close) depth--;
  }
  return depth > 0;
}

/** Is the straight mark at `k` the close of one opened in `a..k` ("would 'look at every one of them',")? */
function closesSingle(items: readonly Item[], a: number, k: number): boolean {
  if ((items[k] as Item).text !== "'") return false;
  let open = false;
  for (let x = a; x < k; x++) if ((items[x] as Item).text === "'") open = !open;
  return open;
}

export function kindOf(items: readonly Item[], s: number, e: number): StatementKind {
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

export function wordsIn(items: readonly Item[], s: number, e: number): number {
  let n = 0;
  for (let k = s; k < e; k++) {
    const t = items[k] as Item;
    if (t.quote) n += 4;
    else if (t.word) n++;
  }
  return n;
}

/** The longest speaker phrase read, in items. */
export const MAX_NP = 14;

/** "(PTI)", "(AFP)": a news agency's tag in brackets closing at `k` (the end of an Indian wire dateline). */
export function agencyTagAt(items: readonly Item[], k: number): boolean {
  return items[k]?.text === ')' && items[k - 2]?.text === '(' && /^\p{Lu}{2,6}$/u.test(items[k - 1]?.text ?? '');
}

/** Where the bracket opened at `open` closes when it holds only an honorific ("(Mrs.)") between a title and a name, else -1. */
function bracketedHonorific(tokens: readonly Token[], open: number): number {
  const close = tokens.findIndex((t, k) => k > open + 1 && k <= open + 4 && t.text === ')');
  const before = tokens[open - 1];
  const after = tokens[close + 1];
  if (close < 0 || before === undefined || after === undefined || !/^(?:\p{Lu}|\.$)/u.test(before.text) || !/^\p{Lu}/u.test(after.text)) return -1;
  return tokens.slice(open + 1, close).every((t) => t.text === '.' || HONORIFICS.has(t.text)) ? close : -1;
}
