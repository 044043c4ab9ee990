// Quotation spans of a paragraph, from its quotation marks: curly, straight, single, guillemets and nested styles,
// mistyped closers, a quotation left open at the paragraph's end. segment.ts reads them with the sentences and tokens.
import type { Quote } from './segment.ts';

/** Words written with a leading apostrophe, never a quotation's first word: 'tis, 'twas, 'em, 'cause, 'til. */
const ELIDED = /^(?:tis|twas|em|cause|til)\b/i;

const OPEN_DOUBLE = new Set(['“', '„', '«']);
const CLOSE_DOUBLE = new Set(['”', '»']);
const GUILLEMET_CLOSE: ReadonlySet<string> = new Set(['»']);
const CURLY_CLOSE: ReadonlySet<string> = new Set(['“', '”']);

/**
 * Punctuation that ends a quotation's words right before a closing mark typed as an opening one: the comma of
 * "…here,“ said Jim Clyburn" (not a stop: the sentence splitter would leave the mark to the next sentence).
 */
const STOP_BEFORE_CLOSE: ReadonlySet<string> = new Set([',']);

/** Every character findQuotes reacts to. */
const QUOTE_CHAR = /["'“”„«»‘’]/g;

/** Offset of the first quotation mark or apostrophe at or after `from`; the text's length when there is none. */
function nextQuoteChar(text: string, from: number): number {
  QUOTE_CHAR.lastIndex = from;
  return QUOTE_CHAR.exec(text)?.index ?? text.length;
}

/** A letter or a digit (undefined past either end of the text). */
const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Finds quotation spans in one paragraph (offsets relative to the document). */
export function findQuotes(text: string, offset: number): Quote[] {
  const quotes: Quote[] = [];
  let openAt = -1;
  let openChar = '';
  let singleAt = -1;
  /** A single mark open when the open double quotation began: the quotation it may hold. */
  let outerSingle = -1;
  /** Closers of a quotation of the other style nested in the open one («…» inside “…”, „…“ inside «…»). */
  let nestedClose: ReadonlySet<string> | null = null;
  /** A curly quotation open inside a straight one. */
  let curlyInside = false;
  let openW = 1;
  // only quotation marks and apostrophes change anything: the loop goes from one to the next
  for (let i = nextQuoteChar(text, 0); i < text.length; i = nextQuoteChar(text, i + 1)) {
    let ch = text[i] as string;
    // Two apostrophes stand for a double mark (''…'', the style of some wire and archive texts); after an open
    // quotation, ''' is a nested single quote closing and then the double one.
    let w = 1;
    if (ch === "'" && text[i + 1] === "'") {
      if (openAt >= 0 && text[i + 2] === "'") i++;
      ch = '"';
      w = 2;
    }
    if (openAt < 0) {
      if (ch === '"' || OPEN_DOUBLE.has(ch) || (ch === '”' && !isLetter(text[i - 1]) && isLetter(text[i + 1]))) {
        // A straight quote directly after a letter is an inch mark or a typo, not an opener.
        if (ch === '"' && isLetter(text[i - 1]) && !isLetter(text[i + w])) {
          i += w - 1;
          continue;
        }
        openAt = i;
        openW = w;
        openChar = ch;
        curlyInside = false;
        outerSingle = singleAt; // a double quote inside an open single quote: drop the single, unless it closes right after
        singleAt = -1;
        i += w - 1;
        continue;
      }
      // ‘…’, and '…' where an opening mark follows a space and precedes a letter (never an apostrophe
      // inside a word: "Matiang'i", "don't")
      // ("rock ’n’ roll": both marks stand for letters)
      if ((ch === '’' || ch === "'") && text[i + 1] === 'n' && (text[i + 2] === '’' || text[i + 2] === "'")) {
        i += 2;
        continue;
      }
      // (not a year cut short: "the '08 crash", "the '70s"; "'2nd Amendment people'" is a quotation)
      if ((ch === '‘' && !isLetter(text[i - 1]) && text[i + 1] !== undefined && text[i + 1] !== ' ') || (ch === "'" && singleAt < 0 && (i === 0 || /[\s([—–-]/.test(text[i - 1] as string)) && isLetter(text[i + 1]) && !shortYear(text, i))) {
        singleAt = i;
        continue;
      }
      if ((ch === '’' || (ch === "'" && text[i - 1] !== ' ')) && singleAt >= 0 && !isLetter(text[i + 1]) && !pluralPossessive(text, i)) {
        if (i - singleAt > 1) {
          quotes.push(mkQuote(singleAt, i + 1, offset, true, true));
        }
        singleAt = -1;
      }
      continue;
    }
    if (nestedClose !== null) {
      if (nestedClose.has(ch)) nestedClose = null;
      continue;
    }
    // (marks of both styles in one text: “A," he said. "B.” — a straight opener closes on a curly closer too,
    // unless the closer ends a curly quotation inside it: "… about “Equal Justice” anymore")
    if (openChar === '"' && (ch === '“' || (ch === '”' && curlyInside))) {
      curlyInside = ch === '“';
      continue;
    }
    // ("… for her here,“ said Jim Clyburn": an opening mark typed as the closer, after a comma and before a space)
    const misTyped = ch === '“' && openChar === '“' && STOP_BEFORE_CLOSE.has(text[i - 1] ?? '') && (i + 1 >= text.length || /\s/.test(text[i + 1] as string));
    const closes = misTyped || (openChar === '"' ? ch === '"' || ch === '”' : CLOSE_DOUBLE.has(ch) || (ch === '"' && openChar !== '«'));
    if (closes) {
      // ('In Evurore, a chief told one of us, "Stop this or you will regret it,"' said Mr Gachagua: a quotation in
      // double marks that ends a quotation in single ones, the style of the Nation and of British papers)
      const outer = outerSingle >= 0 && (text[i + w] === "'" || text[i + w] === '’') && !isLetter(text[i + w + 1]);
      // (‘When they say “long term”, they mean twenty years,’ the banker said: a quotation in double marks inside one in
      // single ones that closes later, the style of the FT; the single one goes on)
      const nested = !outer && outerSingle >= 0 && text[outerSingle] === '‘' && isLetter(text[outerSingle + 1]) && !/\d/.test(text[outerSingle + 1] ?? '') && !ELIDED.test(text.slice(outerSingle + 1, outerSingle + 7)) && singleClosesAfter(text, i + w);
      if (!nested) quotes.push(outer ? mkQuote(outerSingle, i + w + 1, offset, true, true) : mkQuote(openAt, i + w, offset, true, false, openW, w));
      i += outer ? w : w - 1;
      openAt = -1;
      [singleAt, outerSingle] = [nested ? outerSingle : singleAt, -1];
    } else if (OPEN_DOUBLE.has(ch) && openChar !== '"' && !isLetter(text[i - 1]) && i - openAt > 1) {
      if ((ch === '«') !== (openChar === '«')) {
        nestedClose = ch === '«' ? GUILLEMET_CLOSE : CURLY_CLOSE; // a quote inside the quote, not a new one
        continue;
      }
      // A second opener of the same style before a closer: the first quote was never closed; restart here.
      quotes.push(mkQuote(openAt, i, offset, false, false, openW));
      openAt = i;
      openW = 1;
      openChar = ch;
    }
  }
  const open = openAtEnd(text, offset, openAt, openW, singleAt);
  if (open) quotes.push(open);
  return quotes.sort((a, b) => a.start - b.start);
}

/** Whether a curly single mark closes a quotation after `from` (a ’ after a stop or a comma), before any opening one. */
function singleClosesAfter(text: string, from: number): boolean {
  for (let k = from; k < text.length; k++) {
    if (text[k] === '‘') return false;
    if (text[k] === '’' && !isLetter(text[k + 1]) && /[,.!?]/.test(text[k - 1] ?? '')) return true;
  }
  return false;
}

/** The quotation a paragraph leaves open at its end (in double marks from `openAt`, or single from `singleAt`), if any. */
function openAtEnd(text: string, offset: number, openAt: number, openW: number, singleAt: number): Quote | null {
  if (openAt >= 0) return text.length - openAt > openW ? mkQuote(openAt, text.length, offset, false, false, openW) : null;
  // a paragraph opened by a single mark that never closes: a quotation running on into the next paragraph
  // (or after a colon that introduces it: "Judge Richard Cole said: ‘You were trusted …")
  // (not an apostrophe opening a word: "said: 'Tis the season", "'90s")
  const opens = singleAt === 0 || (singleAt > 2 && text[singleAt - 1] === ' ' && text[singleAt - 2] === ':' && isLetter(text[singleAt + 1]) && !ELIDED.test(text.slice(singleAt + 1, singleAt + 7)));
  return opens && text.length - singleAt > 1 ? mkQuote(singleAt, text.length, offset, false, true) : null;
}

/**
 * The mark at `i` ends a plural possessive, not the quotation ("‘Patients’ lives are at risk,’ said …", "‘The workers’
 * union …’"): after an "s", before a lower-case word, with a mark after a stop still to come in the paragraph.
 */
function pluralPossessive(text: string, i: number): boolean {
  if (text[i - 1] !== 's' || text[i + 1] !== ' ' || !/\p{Ll}/u.test(text[i + 2] ?? '')) return false;
  // (the later close must not be a later quotation's own: "the 'lessons' of …. Ruiz said: 'Nothing has changed.'")
  const rest = text.slice(i + 1);
  // (an opening mark as findQuotes would read one: before a letter, not an elision, "'em", "'til", "'n'")
  let open = -1;
  for (const m of rest.matchAll(LATER_OPEN)) {
    const after = rest.slice((m.index as number) + m[0].length);
    if (!ELIDED.test(after) && !/^n['’]/.test(after)) {
      open = m.index as number;
      break;
    }
  }
  return LATER_CLOSE.test(open >= 0 ? rest.slice(0, open) : rest);
}
const LATER_OPEN = /(?:^|[\s(—–-])['‘](?=\p{L})/gu;
const LATER_CLOSE = /[.,!?]['’](?![\p{L}\p{N}])/u;
const SHORT_YEAR = /^\d\ds?(?![\p{L}\p{N}])/u;

/**
 * A year cut short at `i`: "'70s", or two digits after a lower-case word ("the '08 crash", "born in '58"); not a
 * quotation opening with a number ("'20 years ago, this was all fields,' said …", "said: '50 people have lost …'").
 */
function shortYear(text: string, i: number): boolean {
  const digits = text.slice(i + 1, i + 5);
  if (!SHORT_YEAR.test(digits)) return false;
  return /^\d\ds/.test(digits) || /\p{Ll}\s$/u.test(text.slice(Math.max(0, i - 2), i));
}

function mkQuote(s: number, e: number, offset: number, closed: boolean, single: boolean, openW = 1, closeW = 1): Quote {
  return {
    start: offset + s,
    end: offset + e,
    innerStart: offset + s + openW,
    innerEnd: offset + (closed ? e - closeW : e),
    closed,
    single,
  };
}
