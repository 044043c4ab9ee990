import { describe, expect, it } from 'vitest';
import { capitalisedRuns } from '../../../src/core/extract/capital-runs.ts';
import { unlistedPeople } from '../../../src/core/extract/unlisted-names.ts';

const none = (_surname: string): boolean => false;
function found(text: string, known: (surname: string) => boolean = none): string[] {
  const runs: string[] = [];
  capitalisedRuns(text, (run) => runs.push(run));
  return [...unlistedPeople(text, runs, known).keys()];
}

describe('unlistedPeople: full names whose given name no list holds, from the text’s own evidence', () => {
  it('takes a pair whose surname the text uses alone beside a word of saying, before or after it, past an age', () => {
    expect(found('When Tshepo Mabuza went to the grave, he found a hole. "Nothing," said Mabuza, 47.')).toEqual(['Tshepo Mabuza']);
    expect(found('Nokuthula Zwane runs the clinic.\n\nZwane says the queue starts at dawn.')).toEqual(['Nokuthula Zwane']);
    expect(found('Nokuthula Zwane runs the clinic. Zwane, 52, told the board it had no staff.')).toEqual(['Nokuthula Zwane']);
  });

  it('takes no pair whose surname never speaks alone, nor one the document already gives a listed person', () => {
    expect(found('Tshepo Mabuza went to the grave. Mabuza found a hole.')).toEqual([]);
    expect(found('When Tshepo Mabuza went to the grave, he found a hole. "Nothing," said Mabuza.', (s) => s === 'Mabuza')).toEqual([]);
  });

  it('takes no title, place, body or everyday word for a given name, and only the pair that ends a run', () => {
    expect(found('Kuala Sepang MP Datuk Awang Sulaiman urged the government to act. "Act now," said Awang.')).toEqual([]);
    expect(found('Mr Mabuza went to the grave. "Nothing," said Mabuza.')).toEqual([]);
    expect(found('Thaba Metals disputes this. "We followed the law," said Metals.')).toEqual([]);
    expect(found('Residents of London Mabuza spoke. "Nothing," said Mabuza.')).toEqual([]);
  });
});
