import { describe, expect, it } from 'vitest';
import { phrasesOf, textWords } from '../../../src/core/themes/phrases.ts';

// A Greek letter sends a text down the regex path; as a last word of its own it leaves the other words as they
// were: the character-code path for plain text must give the same words with the same flags.
const viaRegex = (text: string) => textWords(`${text} ζ`).slice(0, -1);

describe('textWords', () => {
  it('flags capitals, sentence starts and content words, and drops a final ’s', () => {
    expect(textWords('The U.S.-led talks. NATO’s e-mail: Bank of England’S 2021 plan')).toEqual([
      { raw: 'The', lower: 'the', initial: true, capital: true, content: false },
      { raw: 'U.S', lower: 'u.s', initial: false, capital: true, content: true },
      { raw: 'led', lower: 'led', initial: false, capital: false, content: true },
      { raw: 'talks', lower: 'talks', initial: false, capital: false, content: true },
      { raw: 'NATO', lower: 'nato', initial: true, capital: true, content: true },
      { raw: 'e-mail', lower: 'e-mail', initial: false, capital: false, content: true },
      { raw: 'Bank', lower: 'bank', initial: true, capital: true, content: true },
      { raw: 'of', lower: 'of', initial: false, capital: false, content: false },
      { raw: 'England’S', lower: 'england', initial: false, capital: true, content: true },
      { raw: '2021', lower: '2021', initial: false, capital: false, content: false },
      { raw: 'plan', lower: 'plan', initial: false, capital: false, content: true },
    ]);
  });

  it('splits plain text as the regex path does', () => {
    const cases = ['“We will stay,” he said. “Never.”', "rock'n'roll isn't a'b.c-d e'", 'one\u00a0two\tthree\n\nFour… Five — six; Seven: eight? Nine!', '', '  '];
    for (const text of cases) expect(textWords(text), text).toEqual(viaRegex(text));
  });

  it('agrees with the regex path on generated text', () => {
    const pieces = ['a', 'ab', 'abc', 'S', 's', 'Zed', 'NATO', "'", '’', "'s", '’s', "'S", ' ', '\n', '1', '42', '-', '.', '!', '?', ':', ';', '"', '“', '”', '‘', '–', '…', '\u00a0', 'the', 'of', 'Bank'];
    let seed = 29;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 5000; k++) {
      let text = '';
      const length = 1 + Math.floor(next() * 14);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)];
      expect(textWords(text), JSON.stringify(text)).toEqual(viaRegex(text));
    }
  });
});

describe('phrasesOf', () => {
  it('finds names (runs of capitals) and noun phrases of two or three content words', () => {
    const keys = [...phrasesOf('Officials at the Bank of England said budget deficit rules were broken.').values()].map((p) => p.text);
    expect(keys).toEqual(['Bank of England', 'budget deficit', 'budget deficit rules', 'deficit rules']);
  });
});
