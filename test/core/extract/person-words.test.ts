import { describe, expect, it } from 'vitest';
import { isPersonNoun, readPersonNouns } from '../../../src/core/extract/person-words.ts';

describe('person nouns from WordNet', () => {
  it('knows a noun by its most frequent sense, in the singular and the plural', () => {
    for (const w of ['warden', 'wardens', 'nephew', 'bishop', 'ex-wife', 'midwife', 'nannies', 'coach']) expect(isPersonNoun(w), w).toBe(true);
    // (a thing first, whatever its rarer senses: "mouths to feed", a "hand" hired)
    for (const w of ['mouth', 'tone', 'slice', 'city', 'cities', 'hand', 'campaign', 'majority', 'paradox']) expect(isPersonNoun(w), w).toBe(false);
  });

  it('reads an index line past its pointer symbols to the first synset, and that synset’s lexicographer file', () => {
    // a synset's offset is the byte offset of its line in data.noun
    const lines = ['  1 This software and database is being provided', '18 n 01 warden 0 000 | a person', '06 n 01 bishop 0 000 | a chess piece', '18 n 01 bishop 0 000 | a cleric'];
    const offsets: number[] = [];
    let data = '';
    for (const [k, line] of lines.entries()) {
      offsets.push(data.length);
      data += k === 0 ? `${line}\n` : `${String(data.length).padStart(8, '0')} ${line}\n`;
    }
    const at = (k: number): string => String(offsets[k]).padStart(8, '0');
    const index = [
      '  1 This software and database is being provided',
      `warden n 1 2 @ ~ 1 0 ${at(1)}  `,
      // (its first sense a chess piece: no person, whatever its second)
      `bishop n 2 1 @ 2 1 ${at(2)} ${at(3)}  `,
      `new_york n 1 0 1 0 ${at(1)}  `,
      `Bishop n 1 0 1 0 ${at(3)}  `,
      `cleric n 1 0 1 0 ${at(3)}  `,
      '',
    ].join('\n');
    expect(readPersonNouns(Buffer.from(index), Buffer.from(data))).toEqual(['warden', 'cleric']);
  });
});
