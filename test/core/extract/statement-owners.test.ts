import { describe, expect, it } from 'vitest';
import { statementOwners } from '../../../src/core/extract/statement-owners.ts';

const names = (text: string): string[] => statementOwners(text).map((o) => o.name);

describe('statementOwners: whose words a statement read out by someone else holds', () => {
  it('reads the last full name of the owner’s words, after "on behalf of" or "from"', () => {
    expect(names("Georgiou read a victim impact statement on behalf of Dr Faraday's husband, Nick Faraday, who was too distressed.")).toEqual(['Nick Faraday']);
    expect(names('A statement from Marlins president Tony Lealaiauloto, read to the meeting by Jo Manning, said the club agreed.')).toEqual(['Tony Lealaiauloto']);
  });

  it('takes no body and no one named by surname alone', () => {
    expect(names('A statement from the White House said the talks had ended.')).toEqual([]);
    expect(names('Kerr read a statement on behalf of Mrs Pryce and the couple’s two children.')).toEqual([]);
  });

  it('gives where each owner is named, in the order of the text', () => {
    const text = 'A statement from Ana Lopez was read. Later a statement on behalf of Tom Reyes was read.';
    expect(statementOwners(text).map((o) => [o.name, text.slice(o.at, o.at + o.name.length)])).toEqual([['Ana Lopez', 'Ana Lopez'], ['Tom Reyes', 'Tom Reyes']]);
  });
});
