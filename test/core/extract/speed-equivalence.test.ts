// The extractor's fast paths give exactly what the plain code they replaced gave: the hand-written tokenizer
// against its regular expression, hyphen repair walked from hyphen to hyphen against a replace over every word,
// white space folded by runs of two or more against a replace of every run, sentence ends read from the end
// against end-anchored regular expressions, runs of capitalised words against their regular expression, and
// chrono run without the parsers that cannot match against chrono's own parser. Random text mixes the
// characters each of them decides on (letters and digits of several scripts, astral letters, lone surrogates,
// spaces of every kind, quotation marks, hyphens, dots, commas between digits).
import fc from 'fast-check';
import * as chrono from 'chrono-node/en';
import { describe, expect, it } from 'vitest';
import { finished, makeStatement, normaliseForId } from '../../../src/core/extract/assemble.ts';
import { Scan, type Found } from '../../../src/core/extract/frames.ts';
import { FRAMES } from '../../../src/core/extract/frame-table.ts';
import { buildUnits } from '../../../src/core/extract/units.ts';
import { mayBeCueForm } from '../../../src/core/extract/cues.ts';
import { CUE_FORMS, ROLE_NOUNS, WEEKDAYS } from '../../../src/core/extract/lexicon.ts';
import { statementDate } from '../../../src/core/extract/dates.ts';
import { roleBefore, spaceSeparated, unpossessed } from '../../../src/core/extract/document-names.ts';
import { issuerName, reportIssuers } from '../../../src/core/extract/document-issuers.ts';
import { capitalisedRuns } from '../../../src/core/extract/capital-runs.ts';
import { AUXILIARIES, ROLE_LEADS } from '../../../src/core/extract/lexicon-clauses.ts';
import { isBareQuoteUnit, type Item } from '../../../src/core/extract/units.ts';
import { nameKey } from '../../../src/core/extract/speakers.ts';
import { paragraphSpans, segmentParagraph, tokenize } from '../../../src/core/extract/segment.ts';
import { parseDates } from '../../../src/core/ingest/chrono.ts';
import { endsEllipsis, endsSentence } from '../../../src/core/ingest/boilerplate.ts';
import { mayHoldOtherLetter, normaliseText, oneSpace } from '../../../src/core/ingest/clean-text.ts';
import { repairHyphenation } from '../../../src/core/ingest/hyphenation.ts';

const ABBREVIATIONS = new Set('mr mrs ms dr prof sen rep gov gen col lt sgt cpl const insp supt det capt maj cmdr adm st jr sr inc ltd corp co no vs etc eg ie jan feb mar apr jun jul aug sep sept oct nov dec pres amb rev hon fig approx dept est govt univ mt ft coun cllr atty brig'.split(' '));
const DOTTED = /^(?:[A-Za-z]\.){1,4}[A-Za-z]?$/;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
// (a dash: "--" alone, a horizontal bar, or a hyphen between spaces; a lower-case word ends at a stop with no space before a capital)
const TOKEN_RE = /(?<!-)--(?!-)|(?<= )(?<!(?:^|[ \n\t,(])[A-Z] )-(?= (?!(?:based|led|born|owned|backed|funded|run|made|style)(?![A-Za-z0-9_])))|\p{Ll}{3,}(?=\.\p{Lu}\p{Ll}{3,}\s)|[\p{L}\p{N}]+(?:[-’'.&][\p{L}\p{N}]+|(?<=\d),\d{3}(?!\d))*|(?!(?:(?<=^)|(?<=\n))[-*] )[^\s\p{L}\p{N}•▪●◦‣∙]/gu;

/** The tokenizer as it was: one regular expression. */
function tokenizeByRegex(text: string, offset: number) {
  const out: { text: string; lower: string; word: boolean; start: number; end: number }[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    let t = m[0];
    const end = m.index + t.length;
    const compound = /^ (?:based|led|born|owned|backed|funded|run|made|style)(?![A-Za-z0-9_])/.test(text.slice(end));
    if (t === '--' || t === '―' || (t === '-' && text[end] === ' ' && text[m.index - 1] === ' ' && !compound && !/(?:^|[ \n\t,(])[A-Z] $/.test(text.slice(Math.max(0, m.index - 3), m.index)))) {
      out.push({ text: '—', lower: '—', word: false, start: offset + m.index, end: offset + end });
      continue;
    }
    const numbered = t.toLowerCase() !== 'no' || /^\s*\d/.test(text.slice(end + 1, end + 4)); // "No. 10", not "head no."
    if (text[end] === '.' && ((ABBREVIATIONS.has(t.toLowerCase()) && numbered) || /^\p{Lu}$/u.test(t) || DOTTED.test(t))) {
      t += '.';
      TOKEN_RE.lastIndex++;
    }
    const c = t.charCodeAt(0);
    const word = t.length > 1 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && WORD_CHAR.test(t));
    out.push({ text: t, lower: t.toLowerCase(), word, start: offset + m.index, end: offset + m.index + t.length });
  }
  return out;
}

const LETTERS_AND_HYPHENS = /[\p{L}\p{M}-]+/gu;
const WORD = /[\p{L}\p{M}]+/gu;

/** Hyphen repair as it was: a replace over every run of letters and hyphens, the vocabulary read first. */
function repairByRegex(text: string): string {
  if (!text.includes('-')) return text;
  const vocab = new Set<string>();
  for (const m of text.matchAll(WORD)) {
    const end = m.index + m[0].length;
    if (text[m.index - 1] === '-' || text[end] === '-') continue;
    vocab.add(m[0].toLowerCase());
  }
  return text.replace(LETTERS_AND_HYPHENS, (token: string, offset: number) => {
    if (!token.includes('-')) return token;
    if (/\d/.test(text[offset - 1] ?? '') || /\d/.test(text[offset + token.length] ?? '')) return token;
    // the token alone is one run: its chains are decided by the same code, with the whole text's vocabulary
    return repairHyphenation(token, vocab);
  });
}

const pieces = fc.constantFrom(
  'Re', 'cently', 'co', 'operation', 'Dusha', 'nbe', 'well', 'known', 'Russian', 'led', 'Septe', 'mber', 'Bela', 'rus', 'Belarus', 'add', 'ed', 'govern', 'ment', 'Ré', 'élan', 'BELARUS', 'Belarus\u212a', '\u212a', 'İ', 'ıd', 'Zelen', 'skyy', 'Zelenskyy', 'ZELENSKYY', 'Zelens\u212ayy', '\u0301', 'U', 'S', 'Mr', 'Sen', 'Dr', 'J', 'No', 'etc',
  'Über', 'straße', 'Ωμέγα', 'ΟΔΟΣ', 'Москва', '北京', '١٢', '½', 'Ⅻ', '𝐀', '𝐛𝐜', '😀', '\ud800', '\udc00', 'é', 'e\u0301',
  '-', '--', '―', '.', ',', '’', "'", '&', '“', '”', '"', '«', '»', '‘', ' ', '  ', '\n', '\n\n', '\t', '\u00a0', '\u2009', '\u3000', '\ufeff',
  '12', '000', '2,500', '1,2345', '$', '(', ')', ':', 'COVID', '19', 'F', '16', 'a', 'the',
);
const mixed = fc.array(pieces, { maxLength: 40 }).map((a) => a.join(''));
const anyText = fc.oneof(mixed, fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 40 }));

describe('fast paths give what the plain code gave', () => {
  it('tokenize: the same tokens as the regular expression', () => {
    fc.assert(
      fc.property(anyText, fc.nat(1000), (text, offset) => {
        expect(tokenize(text, offset).map((t) => ({ text: t.text, lower: t.lower, word: t.word, start: t.start, end: t.end }))).toEqual(tokenizeByRegex(text, offset));
      }),
      { numRuns: 2000 },
    );
  });

  it('tokenize: the cases random text reaches only rarely', () => {
    // (three lower-case letters are three characters, not three code units: "𝐛𝐜" is two letters)
    for (const text of ['- According to x', 'a\n* b', 'a -b', '-x', '𝐛𝐜.Russian said', 'abc.Russian said', 'ab.Russian said', 'R - Ohio', 'a - b', 'x---y', 'a--b', '𝐀 - b', 'Boston - based', 'Saudi - led coalition', 'x - basedx', 'x - based_', 'x - basedé']) {
      expect(tokenize(text, 0).map((t) => ({ text: t.text, lower: t.lower, word: t.word, start: t.start, end: t.end })), text).toEqual(tokenizeByRegex(text, 0));
    }
  });

  it('repairHyphenation: the same text as a replace over every run of letters', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(repairHyphenation(text)).toBe(repairByRegex(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('repairHyphenation: a word of the vocabulary is a whole run of letters, not next to a hyphen', () => {
    // "Zelen-skyy" is joined only on the evidence of the text's own "Zelenskyy"
    const texts = ['Zelen-skyy said. Zelenskyy agreed.', 'Zelen-skyy said. ZELENSKYY agreed.', 'Zelen-skyy said. xZelenskyy', 'Zelen-skyy said. Zelenskyyé', 'Zelen-skyy said. Zelenskyy-led', 'Zelen-skyy said. Zelenskyy\u0301', 'Zelen-skyy said. 𝐀Zelenskyy', 'Zelen-skyy said. Zelenskyy𝐀', 'Zelen-skyy said. Zelens\u212ayy', 'Zelen-skyy said. -Zelenskyy', 'Zelen-skyy', 'Zelen-skyy Zelenskyy', 'Zelen-skyy İ Zelenskyy', 'Zelen-skyy İZelenskyy', 'İ Zelen-skyy xzelenskyy'];
    for (const t of texts) expect(repairHyphenation(t), t).toBe(repairByRegex(t));
    expect(repairHyphenation(texts[0] as string)).toBe('Zelenskyy said. Zelenskyy agreed.');
    expect(repairHyphenation(texts[2] as string)).toBe(texts[2]);
  });

  it('oneSpace: every run of white space one space, as a replace of every run', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(oneSpace(text)).toBe(text.replace(/\s+/g, ' '));
      }),
      { numRuns: 2000 },
    );
  });

  it('capitalisedRuns: the runs of capitalised words the regular expression found', () => {
    const RUN = /\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*|de|da|di|du|van|von|der|den|al|bin|ibn|le|la))+/gu;
    const names = fc.array(fc.constantFrom('Ursula', 'von', 'der', 'Leyen', 'Paul', 'D.', 'D', '.', 'Ryan', 'iPhone', 'Maker', 'al', 'al-Sistani', 'Ali', 'bin', 'de', 'la', 'Ünal', 'Öz', 'Σ', 'Ω.', '𝐀', '𝐀bc', 'O’Neill', "O'Neill", 'Kilroy-Silk', ' ', '  ', '\u00a0', '\n', ',', 'said', 'McDonald', 'X'), { maxLength: 20 }).map((a) => a.join(' '));
    fc.assert(
      fc.property(fc.oneof(names, anyText), (text) => {
        const ours: string[] = [];
        capitalisedRuns(text, (run) => ours.push(run));
        expect(ours).toEqual([...text.matchAll(RUN)].map((m) => m[0]));
      }),
      { numRuns: 3000 },
    );
  });

  it('normaliseText: what the five replacements gave, also when there is nothing to replace', () => {
    const chars = fc.array(fc.constantFrom('a', ' ', '\r', '\r\n', '\n', '\u2028', '\u2029', '\u0085', '\u00ad', '\u200b', '\u200d', '\u2060', '\ufeff', '\u2010', '\u2011', '\t', '\v', '\f', '\u00a0', '\u1680', '\u2005', '\u202f', '\u205f', '\u3000', '\u0000', '\u0007', '\u001b', '\u007f', '\u0084', '\u0086', '\u009f', 'e\u0301', 'é'), { maxLength: 12 }).map((a) => a.join(''));
    const before = (raw: string): string =>
      raw
        .normalize('NFC')
        .replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n')
        .replace(/\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/g, '')
        .replace(/[\u2010\u2011]/g, '-')
        .replace(/[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
        // eslint-disable-next-line no-control-regex -- the controls are what is removed
        .replace(/[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]/g, '');
    fc.assert(
      fc.property(fc.oneof(chars, anyText), (text) => {
        expect(normaliseText(text)).toBe(before(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('endsSentence and endsEllipsis: what their end-anchored regular expressions said', () => {
    const ends = fc.array(fc.constantFrom('a', ' ', '.', '!', '?', '…', '...', '[…]', '[...]', '[', ']', ')', '"', "'", '”', '’', '»', '«', '“'), { maxLength: 8 }).map((a) => a.join(''));
    fc.assert(
      fc.property(anyText, ends, (text, end) => {
        const line = text + end;
        const ellipsis = /(?:…|\.\.\.|\[…\]|\[\.\.\.\])["'”’»)\]]*$/.test(line);
        expect(endsEllipsis(line), line).toBe(ellipsis);
        expect(endsSentence(line), line).toBe(/[.!?]["'”’»)\]]*$/.test(line) && !ellipsis);
      }),
      { numRuns: 3000 },
    );
  });

  it('normaliseForId: the runs of letters and digits the Unicode-class replace kept, one space between', () => {
    const byRegex = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    for (const s of ['', '  ', '“We will,” he said — 2,000 times.', 'İstanbul ÇAĞ 𝐀bc ½ ٣', '\ud800x\udc00', '...a'])
      expect(normaliseForId(s)).toBe(byRegex(s));
    fc.assert(
      fc.property(anyText, (text) => {
        expect(normaliseForId(text)).toBe(byRegex(text));
      }),
    );
  });

  it('parseDates: the same results as chrono.parse', () => {
    const frames = [
      'said on Oct. 8, 2016',
      'told reporters on January 5',
      'Cruz dropped out of the race May 3, 2016.',
      'In an email dated Feb. 12, 2012 — seven months before the attack — Eric Nordstrom said',
      'said three days ago, on March 3',
      'wrote two weeks later, on Sept. 12',
      'a couple  days   after May 1',
      'said 3d ago on 5 May',
      'on May 10, a day earlier',
      'half an hour later on June 2 at 3pm',
      'said Friday, Nov. 4, about the vote',
      'from now until Dec 24',
      'said in a statement issued on 12/10/2015',
    ];
    const ref = new Date(Date.UTC(2016, 5, 1, 12));
    for (const f of frames) {
      for (const [r, option] of [[ref, { forwardDate: false }], [new Date(Date.UTC(2000, 0, 1)), undefined]] as const) {
        const ours = parseDates(f, r, option).map((x) => [x.index, x.text, x.start.date().getTime(), x.start.isCertain('day'), x.start.isCertain('month'), x.start.isCertain('year')]);
        const theirs = chrono.parse(f, r, option).map((x) => [x.index, x.text, x.start.date().getTime(), x.start.isCertain('day'), x.start.isCertain('month'), x.start.isCertain('year')]);
        expect(ours, f).toEqual(theirs);
      }
    }
  });

  it('nameKey: the key the chain of replacements gave, step by step', () => {
    const byChain = (name: string): string =>
      name
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[’`]/g, "'")
        .replace(/^the\s+/, '')
        .replace(/'s\b/g, '')
        .replace(/[^a-z0-9' ]+/g, ' ')
        .split(/\s+/)
        .filter(Boolean)
        .map((w) => w.replace(/yy/g, 'y').replace(/ks/g, 'x').replace(/kh/g, 'h').replace(/(ey|ei|ej|iy|yi|ii|y)$/, 'i').replace(/yu/g, 'iu').replace(/ya/g, 'ia').replace(/yo/g, 'io').replace(/ye/g, 'e').replace(/(.)\1/g, '$1'))
        .join(' ');
    // the letters the folds act on, doubled letters, marks, apostrophes of three kinds, spaces of every kind, "The"
    const piece = fc.constantFrom('y', 'Y', 'k', 'K', 's', 'h', 'i', 'j', 'e', 'a', 'o', 'u', 'l', 'L', 'ss', 'yy', 'kh', 'ks', 'yu', 'ya', 'yo', 'ye', 'ey', 'ii', "'", '’', '`', "'s", '’s', ' ', '  ', '\t', '\n', '\u00a0', '-', '.', ',', '7', 'é', 'È', 'ñ', 'Ö', '\u0301', 'ß', 'ﬁ', 'İ', 'Л', '𝐀', 'The ', 'the', 'THE\t');
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }).map((p) => p.join('')), (name) => nameKey(name) === byChain(name)), { numRuns: 5000 });
    for (const name of ['Sergei Lavrov', 'Sergey Lavrov', 'Dmitriy Peskov', 'Aleksei Navalny', 'The Kremlin', "O’Neill's", 'Zelenskyy', 'Mariya Zakharova', 'Ñúñez', 'Sheikh Mohammed']) expect(nameKey(name), name).toBe(byChain(name));
  });

  it('isBareQuoteUnit: what the two filters said', () => {
    const item = fc.record({ quote: fc.boolean(), word: fc.boolean(), start: fc.nat(40), length: fc.nat(30) }).map(({ quote, word, start, length }): Item => {
      const q = quote ? { start, end: start + length, innerStart: start + 1, innerEnd: start + length, closed: true, single: false } : undefined;
      return { text: quote ? '"Q"' : 'w', lower: quote ? '<q>' : 'w', word: quote ? false : word, start, end: start + length, quote: q };
    });
    const byFilters = (items: readonly Item[]): boolean => {
      const quotes = items.filter((x) => x.quote);
      if (quotes.length === 0) return false;
      return items.filter((x) => !x.quote && x.word).length <= 1 && quotes.some((q) => q.end - q.start > 10);
    };
    fc.assert(fc.property(fc.array(item, { maxLength: 8 }), (items) => isBareQuoteUnit({ start: 0, end: 80, paragraph: 0, items }) === byFilters(items)), { numRuns: 2000 });
  });

  it('finished: the fields, in their order, that spreading the draft and leaving out its parts and explanation gave', () => {
    const text = 'Officials met on Friday. “We will not give up,” Dana Ruiz said on Friday.';
    const doc = { id: 'd1', contentHash: 'h', text, title: null, outlet: 'Wire', url: 'https://example.org/a', date: '2024-05-03', path: null };
    const unit = { start: 25, end: text.length, paragraph: 0, items: [] };
    const mention = { kind: 'name' as const, text: 'Dana Ruiz', start: 51, end: 60, name: 'Dana Ruiz', role: null, institution: false, plural: false, members: [] };
    const f: Found = { kind: 'direct', mention, cue: 'said', parts: [{ start: 26, end: 48 }], frameText: 'Dana Ruiz said on Friday', unit, frame: 'quote-then-speaker' };
    const draft = makeStatement(doc, f, 'Dana Ruiz', text);
    const { parts, explain, ...spread } = { ...draft, speaker: 'Dana Ruiz', speakerRole: 'mayor', id: 'x1' };
    void parts;
    void explain;
    const ours = finished(draft, 'Dana Ruiz', 'mayor', 'x1');
    expect(Object.keys(ours)).toEqual(Object.keys(spread));
    expect(ours).toStrictEqual(spread);
    expect(JSON.stringify(ours)).toBe(JSON.stringify(spread));
  });

  it('mayBeCueForm: true for every cue form, so the look-up it saves never had an answer', () => {
    for (const form of CUE_FORMS.keys()) expect(mayBeCueForm(form), form).toBe(true);
    const word = fc.oneof(fc.constantFrom(...CUE_FORMS.keys()).map((f) => f.slice(0, 2) + f.slice(3)), fc.string({ maxLength: 16 }), fc.stringMatching(/^[a-z]{1,15}$/));
    fc.assert(fc.property(word, (w) => mayBeCueForm(w) || !CUE_FORMS.has(w)), { numRuns: 5000 });
    // most words are ruled out before the look-up
    expect(['the', 'Moscow', 'and', 'government', '12', 'of'].filter(mayBeCueForm)).toEqual([]);
  });

  it('spaceSeparated and unpossessed: what the split and the replace gave', () => {
    const piece = fc.constantFrom('Paul', 'Ryan', "Ryan's", 'Ryan’s', "'s", '’s', 's', "'", '’', ' ', '  ', '\u00a0', ' \u00a0 ', '\t', 'ß', '𝐀', '');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }).map((p) => p.join('')), (s) => {
        expect(spaceSeparated(s)).toEqual(s.split(/[ \u00a0]+/));
        expect(unpossessed(s)).toBe(s.replace(/['’]s$/, ''));
      }),
      { numRuns: 3000 },
    );
  });

  it('mayHoldOtherLetter: false only where the class of letters of other scripts finds nothing', () => {
    const other = new RegExp('[\\p{L}--\\p{Script=Latin}]', 'v');
    // every character it lets pass alone
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (!mayHoldOtherLetter(ch)) expect(other.test(ch), c.toString(16)).toBe(false);
    }
    expect(mayHoldOtherLetter('“Il a dit”, Zoë — naïve')).toBe(false);
    expect(mayHoldOtherLetter('µ')).toBe(true);
    fc.assert(fc.property(anyText, (s) => mayHoldOtherLetter(s) || !other.test(s)), { numRuns: 3000 });
  });

  it('reportIssuers: the matches a global search of the two patterns found', () => {
    const BODY = String.raw`((?:the\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+(?:(?:of|for|and|on|the)\b|\p{Lu}[\p{L}.&'’-]*)){0,6})`;
    const REPORT = String.raw`(?:report|study|survey|review|audit|analysis|assessment|inquiry)`;
    const ISSUED = new RegExp(String.raw`${BODY}\s+(?:published|released|issued|put out|said in)\s+(?:its|their|a|an|the)\s+(?:[\p{L}-]+\s+){0,6}${REPORT}\b`, 'gu');
    const BY = new RegExp(String.raw`\b${REPORT}\s+(?:[\p{L}-]+\s+){0,3}?by\s+${BODY}`, 'gu');
    const plain = (text: string) => [ISSUED, BY].flatMap((re) => [...text.matchAll(re)].map((m) => ({ at: m.index, name: issuerName(m[1] as string) }))).filter((r) => r.name !== '').sort((a, b) => a.at - b.at);
    const words = fc.constantFrom('The', 'the', 'IMF', 'Bank', 'of', 'offers', 'England', 'Office', 'and', 'on', 'for', 'Almaty-based', 'Pathe', 'Ünal', '𝐀bc', "O'Neill", 'U.S.', 'AT&T', 'Kilroy-Silk', 'published', 'released', 'issued', 'put out', 'said in', 'its', 'their', 'a', 'an', 'annual', 'new', 'report', 'reports', 'study', 'review', 'by', ',', '.', '“', '—', '7', 'x', ' ', '  ', '\n', '\t', '\u00a0', '\u2009', '\ud835');
    const text = fc.oneof(fc.array(words, { maxLength: 40 }).map((a) => a.join(' ')), fc.array(words, { maxLength: 40 }).map((a) => a.join('')), anyText);
    fc.assert(
      fc.property(text, (t) => {
        expect(reportIssuers(t)).toEqual(plain(t));
      }),
      { numRuns: 4000 },
    );
    // (a body of eight words, as long as one can be, and one of nine)
    // ("report by Almaty-based for": where a body is based goes only before a capital, the body's name)
    for (const t of ['report by Almaty-based for', 'report by Almaty-based Bank', 'x The Bank of the Royal Society and Trust on Climate published its report', 'x The Bank of the Royal Society and Trust on Climate Change published its report', 'Bank \u00a0 of \u00a0 England  issued  a  report']) expect(reportIssuers(t), t).toEqual(plain(t));
  });

  it('roleBefore: what the pattern alone said, read before the word before the name', () => {
    const ROLE_BEFORE = /(?:^|[^\p{L}'’-])((?:\p{Ll}[\p{L}-]*\s+){0,2}(\p{Ll}[\p{L}-]*))\s+$/u;
    const plain = (text: string, at: number, end: number): string | null => {
      const m = ROLE_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
      if (!m || !ROLE_NOUNS.has(m[2] as string)) return null;
      const words = (m[1] as string).split(/\s+/);
      if (words.some((w) => CUE_FORMS.has(w)) || AUXILIARIES.has(/^\s+(\p{Ll}+)/u.exec(text.slice(end, end + 20))?.[1] ?? '')) return null;
      while (words.length > 1 && ROLE_LEADS.has(words[0] as string)) words.shift();
      return words.join(' ');
    };
    expect(ROLE_NOUNS.has('')).toBe(false);
    const piece = fc.constantFrom('area', 'coroner', 'chief', 'economist', 'spokesman', 'Spokesman', 'former', 'told', 'the', 'by', 'co-founder', 'vice-president', 'front-runner', 'x-coroner', "o'coroner", '’coroner', 'Rachel', 'Penhaligon', 'had', 'said', '𝐀coroner', 'coroner𝐀', 'é', 'ß', ' ', '  ', '\n', '\t', '\u00a0', '\u2009', '-', "'", ',', '.', '“', '(');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }).map((a) => a.join('')), fc.nat(), fc.nat(), (text, a, b) => {
        const at = a % (text.length + 1);
        const end = at + (b % 20);
        expect(roleBefore(text, at, end)).toBe(plain(text, at, end));
      }),
      { numRuns: 6000 },
    );
    const long = 'asked by the former area coroner Rachel Penhaligon whether';
    for (let at = 0; at <= long.length; at++) expect(roleBefore(long, at, at + 17), String(at)).toBe(plain(long, at, at + 17));
  });

  it('statementDate: what it gave reading the publication date and running every pattern for each frame', () => {
    const DAY = 86_400_000;
    const VAGUE_PAST = /\b(last (year|month|week|spring|summer|autumn|fall|winter)|(earlier|late|early) (this|last) (year|month)|(months|years|weeks|decades) ago|in (the past|(19|20)\d\d)|(in|since|during) (january|february|march|april|may|june|july|august|september|october|november|december)\b|has (long|repeatedly|often|previously|always) (said|argued|warned|insisted|claimed|maintained|stated)|had (previously|earlier) (said|warned|stated)|once (said|wrote|told)|at the time|back then)\b/i;
    const iso = (d: Date): string => d.toISOString().slice(0, 10);
    const plain = (frame: string, published: string | null): string | null => {
      const parsed = published ? new Date(`${published}T12:00:00Z`) : null;
      const pub = parsed && !Number.isNaN(parsed.getTime()) ? parsed : null;
      const lower = frame.toLowerCase();
      if (pub) {
        if (/\byesterday\b/.test(lower)) return iso(new Date(pub.getTime() - DAY));
        if (/\b(today|earlier today|this morning|tonight)\b/.test(lower)) return iso(pub);
        const wd = /\b(?:on|last|this)?\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/.exec(lower);
        if (wd) return iso(new Date(pub.getTime() - ((pub.getUTCDay() - (WEEKDAYS.get(wd[1] as string) as number) + 7) % 7) * DAY));
      }
      if (VAGUE_PAST.test(frame) && !/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b/i.test(frame)) return null;
      if (/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(frame)) {
        for (const r of parseDates(frame, pub ?? undefined, { forwardDate: false })) {
          const c = r.start;
          if (!c.isCertain('month') || !c.isCertain('day') || (!c.isCertain('year') && !pub)) continue;
          const d = c.date();
          const out = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), 12));
          if (pub && out.getTime() > pub.getTime() + DAY) out.setUTCFullYear(out.getUTCFullYear() - 1);
          return iso(out);
        }
      }
      return published;
    };
    const piece = fc.constantFrom('he said', 'on', 'Friday', 'friday', 'FRIDAY', 'Fridays', 'holiday', 'yesterday', 'Yesterday', 'yesterdays', 'today', 'todays', 'this morning', 'tonight', 'last year', 'in 2015', 'in March', 'at the time', 'has long said', 'March', 'Oct.', 'Dec', '8', '9', '12', '2021', '٣', ',', '.', ' ', 'decided', 'May');
    const published = fc.constantFrom(null, '2016-03-11', '2016-03-12', '2015-12-31', 'not a date', '2016-02-30');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((a) => a.join(' ')), published, (frame, pub) => {
        expect(statementDate(frame, pub)).toBe(plain(frame, pub));
      }),
      { numRuns: 1500 },
    );
  });

  it('frames that need a quotation find nothing in a unit without one (the matcher skips them there)', () => {
    const needing = FRAMES.filter((f) => f.needs === 'quotation');
    expect(needing.map((f) => f.id).sort()).toEqual(['colon-quote', 'dash-signature', 'issued-document', 'name-colon-quote', 'posted-with-words', 'quote-as-source-said']);
    // the words and marks these frames look for, without any quotation mark
    const piece = fc.constantFrom('Dana Ruiz', 'Mike Lee', 'Reuters', 'the ministry', 'said', 'issued', 'released', 'posted', 'with', 'the', 'caption', 'a', 'statement', 'report', 'that', 'read', 'In', 'her', 'words', 'as', 'put', 'it', 'We will', 'not', '—', '–', '―', ':', ',', '.', '(@SenMikeLee)', 'Claim', 'Friday', ' ', ' ', ' ', '\n\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join(' ')), (text) => {
        paragraphSpans(text).forEach((span, index) => {
          for (const unit of buildUnits(segmentParagraph(text, span, index), text)) {
            if (unit.items.some((t) => t.quote !== undefined)) continue;
            for (const f of needing) {
              const s = new Scan(unit, text);
              expect(f.match(s), `${f.id}: ${text}`).toBeNull();
              expect(s.found).toEqual([]);
            }
          }
        });
      }),
      { numRuns: 3000 },
    );
  });
});
