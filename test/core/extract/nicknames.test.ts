import { describe, expect, it } from 'vitest';
import { isNickname } from '../../../src/core/extract/nicknames.ts';
import { tokenize, type Token } from '../../../src/core/extract/segment.ts';

/** Asks isNickname about the first pair of marks in `text`, as the three callers do. */
function nicknameIn(text: string): boolean {
  const tokens = tokenize(text, 0);
  const open = tokens.findIndex((t) => /^[“"‘']$/.test(t.text));
  const close = tokens.findIndex((t, k) => k > open && /^[”"’']$/.test(t.text));
  const inner = tokens.slice(open + 1, close).map((t) => t.text).join(' ');
  const next: Token | undefined = tokens[close + 1];
  return isNickname(inner, tokens[open - 1], tokens[open - 2], next, next !== undefined && next.start === (tokens[close] as Token).end + 1);
}

describe('a nickname in marks inside a name', () => {
  it.each([
    ['after a given name', 'Ferdinand “Andoy” Bautista'],
    ['after a middle initial', 'Rep. Robert C. “Bobby” Scott'],
    ['of two words, after a role noun', "taxi owner Sipho 'Bra Sip' Dlamini"],
    ['before a surname that opens with its particle', 'Ma. Teresa “Tessie” dela Cruz'],
  ])('%s: %s', (_, text) => expect(nicknameIn(text)).toBe(true));

  it.each([
    ['before a day', 'Trump called DeSantis “Disloyal” Monday'],
    ['a question asked of a named person', 'she asked Tom Hughes “Why” Hughes'],
    ['three words', 'Marcia “Cia Is Here” Price'],
    ['before no name', 'Marcia “Cia” said'],
    ['after an everyday word', 'the “Cia” Price'],
    ['not one space from the next word', 'Marcia “Cia”, Price'],
  ])('not %s: %s', (_, text) => expect(nicknameIn(text)).toBe(false));
});
