// analyseMention reuses the reading of a phrase met before (anywhere, in any document) with its offsets moved: the
// reused reading must be what reading the phrase afresh at its new place gives.
import { describe, expect, it, vi } from 'vitest';
import type * as MentionsModule from '../../../src/core/extract/mentions.ts';
import type { Mention } from '../../../src/core/extract/mentions.ts';
import { tokenize } from '../../../src/core/extract/segment.ts';

type Mentions = typeof MentionsModule;

const PHRASES = [
  'Russian Foreign Minister Sergey Lavrov',
  'Sergey Lavrov and Antony Blinken',
  'the Russian Foreign Ministry',
  'Kremlin spokesman Dmitry Peskov',
  'the top diplomat',
  'Mr. Howard',
  'Officials',
  'Fleming',
  'Turning',
  "Lavrov's deputy",
  'a senior official at the ministry',
];

/** Two texts with the phrase at different places (and different words around it). */
const contexts = (phrase: string): [string, string] => [`${phrase} said on Friday.`, `The talks went on. In Geneva, ${phrase} told reporters that …`];

async function freshModule(): Promise<Mentions> {
  vi.resetModules();
  return import('../../../src/core/extract/mentions.ts');
}

function read(mod: Mentions, text: string, phrase: string): Mention | null {
  const at = text.indexOf(phrase);
  return mod.analyseMention(tokenize(phrase, at), text);
}

describe('analyseMention: a phrase read before, read again elsewhere', () => {
  it('gives what a fresh reading at the new place gives', async () => {
    for (const phrase of PHRASES) {
      const [first, second] = contexts(phrase);
      const fresh = read(await freshModule(), second, phrase);
      const mod = await freshModule();
      read(mod, first, phrase);
      expect(read(mod, second, phrase), phrase).toEqual(fresh);
    }
  });

  it('moves the offsets of a joint mention and of its members', async () => {
    const mod = await freshModule();
    const phrase = 'Sergey Lavrov and Antony Blinken';
    const [first, second] = contexts(phrase);
    read(mod, first, phrase);
    const m = read(mod, second, phrase);
    const at = second.indexOf(phrase);
    expect(m).toMatchObject({ kind: 'joint', start: at, end: at + phrase.length });
    expect(m?.members.map((x) => second.slice(x.start, x.end))).toEqual(['Sergey Lavrov', 'Antony Blinken']);
  });
});
