// Tokens made from other tokens (a possessive dropped, a contracted pronoun, an object pronoun read as a subject) are
// built field by field in the order the tokenizer writes them, so that all tokens share one hidden class in V8: the same
// fields and values a spread copy gave, in the same order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { retoken, withoutPossessive } from '../../../src/core/extract/phrase-tokens.ts';
import { tokenize, type Token } from '../../../src/core/extract/segment.ts';
import type { Item } from '../../../src/core/extract/units.ts';

describe('tokens made from tokens', () => {
  it('retoken: what a spread copy gave, its fields in the tokenizer’s order', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 8 }), fc.nat(50), (text, other, end) => {
        for (const t of tokenize(text, 3)) {
          const made = retoken(t, other, other.toLowerCase(), end);
          expect(made).toStrictEqual({ ...t, text: other, lower: other.toLowerCase(), end });
          expect(Object.keys(made)).toEqual(Object.keys(t));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('retoken keeps a quotation item’s quotation', () => {
    const quote = { start: 0, end: 9, innerStart: 1, innerEnd: 8, closed: true, single: false };
    const item: Item = { text: '"Q"', lower: '<q>', word: false, start: 0, end: 9, quote };
    expect(retoken(item, 'x', 'x', 5)).toStrictEqual({ ...item, text: 'x', lower: 'x', end: 5 });
  });

  it('withoutPossessive: the bare word, its end moved back, the tokenizer’s fields', () => {
    for (const [text, bare] of [["Kalb's", 'Kalb'], ['Kalb’s', 'Kalb'], ["O'Neill's", "O'Neill"], ['Kalb', 'Kalb']] as const) {
      const t = tokenize(`x ${text}`, 10)[1] as Token;
      expect(t.text).toBe(text);
      const made = withoutPossessive(t);
      expect(made).toStrictEqual({ ...t, text: bare, lower: bare.toLowerCase(), end: t.end - (text.length - bare.length) });
      expect(Object.keys(made)).toEqual(Object.keys(t));
    }
  });
});
