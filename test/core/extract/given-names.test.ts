import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { givenNameGender, isGivenName, readTable } from '../../../src/core/extract/given-names.ts';

const TABLE = 'gender-detection-from-name/names/en';
const require = createRequire(import.meta.url);

describe('given names', () => {
  it('reads the installed package table from its text exactly as loading the module gives it', () => {
    const read = readTable(readFileSync(require.resolve(TABLE), 'utf8'));
    const loaded = require(TABLE) as Map<string, string>;
    expect(read).not.toBeNull();
    expect([...(read as Map<string, string>)]).toEqual([...loaded]);
  });

  it('gives up on a table in another form (then the module is loaded)', () => {
    const head = 'const enNames = new Map([\n';
    const tail = '\n]);\n\nmodule.exports = enNames;\n';
    expect(readTable(`${head}  ['anna', 'female'],\n  ['bo', 'male'],${tail}`)).toEqual(new Map([['anna', 'female'], ['bo', 'male']]));
    for (const line of ["  ['anna', 'unisex'],", '  ["anna", "female"],', "  ['an\\'na', 'female'],", "  ['anna','female'],", "['anna', 'female'],"]) {
      expect(readTable(`${head}${line}${tail}`)).toBeNull();
    }
    expect(readTable(`${head}  ['anna', 'female'],\n]);\nmodule.exports = enNames;\n`)).toBeNull();
    expect(readTable(`module.exports = new Map([['anna', 'female']]);\n`)).toBeNull();
  });

  it('answers by name, case and accents aside', () => {
    expect(isGivenName('John')).toBe(true);
    expect(givenNameGender('Mary')).toBe('f');
    expect(givenNameGender('François')).toBe('m');
    expect(isGivenName('Xqzv')).toBe(false);
  });
});
