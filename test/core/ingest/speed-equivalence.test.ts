// The load path's faster forms say exactly what the plain forms they replace said: normaliseText's one pass
// against the five replacements in turn, oneSpace's guarded replace against the plain one, and shouldJoin's
// remembered answers against the same question asked of a fresh process's rules.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseText, oneSpace } from '../../../src/core/ingest/clean-text.ts';
import { shouldJoin } from '../../../src/core/ingest/hyphenation.ts';

// eslint-disable-next-line no-control-regex -- the reference removes control characters too
const CONTROL = /[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]/g;
const NEWLINES = /\r\n?|\u2028|\u2029|\u0085/g;
const INVISIBLE = /\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/g;
const HYPHENS = /[\u2010\u2011]/g;
const SPACES = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

function fivePasses(raw: string): string {
  return raw.normalize('NFC').replace(NEWLINES, '\n').replace(INVISIBLE, '').replace(HYPHENS, '-').replace(SPACES, ' ').replace(CONTROL, '');
}

/** Characters around every class the normalisation knows, with "\r\n" and combining marks. */
const chars = fc.oneof(
  fc.constantFrom('\r', '\n', '\r\n', ' ', '  ', 'a', 'e\u0301', '\u0301', '-', '\u2028', '\u2029', '\u0085', '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u2010', '\u2011', '\t', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u200e', '\u202f', '\u205f', '\u3000', '\u0000', '\u0008', '\u000e', '\u001f', '\u007f', '\u0084', '\u0086', '\u009f', '\u00a1'),
  fc.string({ unit: 'binary', maxLength: 3 }),
);
const text = fc.array(chars, { maxLength: 30 }).map((a) => a.join(''));

describe('load path equivalences', () => {
  it('normaliseText in one pass equals the five replacements in turn', () => {
    fc.assert(fc.property(text, (s) => {
      expect(normaliseText(s)).toBe(fivePasses(s));
    }), { numRuns: 3000 });
    for (let c = 0; c < 0x10000; c++) {
      const s = `x${String.fromCharCode(c)}\r\n${String.fromCharCode(c)}\ry`;
      if (normaliseText(s) !== fivePasses(s)) expect(`U+${c.toString(16)}: ${JSON.stringify(normaliseText(s))}`).toBe(JSON.stringify(fivePasses(s)));
    }
  });

  it('oneSpace equals replacing every run of white space by one space', () => {
    fc.assert(fc.property(text, (s) => {
      expect(oneSpace(s)).toBe(s.replace(/\s+/g, ' '));
    }), { numRuns: 3000 });
  });

  it('shouldJoin gives the same answer asked again, and each document its own vocabulary answer', () => {
    const pairs: [string, string][] = [['Bela', 'rus'], ['Dusha', 'nbe'], ['military', 'political'], ['Re', 'cently'], ['co', 'operation'], ['Partner', 'ship'], ['hip', 'hop'], ['Septe', 'mber'], ['US', 'led']];
    const withWord = { has: (w: string): boolean => w === 'belarus' || w === 'militarypolitical' };
    const without = { has: (): boolean => false };
    const first = pairs.map(([l, r]) => [shouldJoin(l, r, withWord), shouldJoin(l, r, without), shouldJoin(l, r)]);
    const again = pairs.map(([l, r]) => [shouldJoin(l, r, withWord), shouldJoin(l, r, without), shouldJoin(l, r)]);
    expect(again).toEqual(first);
    expect(first[0]).toEqual([true, true, true]); // "rus" is a fragment: joined either way
    expect(first[2]).toEqual([true, false, false]); // two known words: joined only when the document writes "militarypolitical"
    expect(first[4]).toEqual([false, false, false]);
    expect(first[5]).toEqual([true, true, true]);
  });
});
