import { describe, expect, it } from 'vitest';
import type { QuoteQuery, Speaker } from '../../../src/core/model.ts';
import { interpretQuery, type QueryContext } from '../../../src/core/query/interpret.ts';

const person = (name: string, kind: Speaker['kind'] = 'person'): Speaker => ({ name, kind, aliases: [], roles: [] }) as Speaker;
const query = (term: string): QuoteQuery => ({ speakers: [], terms: [term], phrases: [], since: null, until: null, outlet: null, theme: null });
const context = (speakers: readonly Speaker[]): QueryContext => ({ speakers: () => [...speakers], withSurname: () => [], latestDate: () => null, label: (n) => n });

describe('a misspelt surname', () => {
  it('is read against the directory as it is now, not as it was at the last query', () => {
    const directory = [person('Sergey Lavrov'), person('Bob Smith')];
    expect(interpretQuery(query('Smyth'), context(directory)).query.speakers).toEqual(['Bob Smith']);
    expect(interpretQuery(query('Jonez'), context(directory)).query.speakers).toEqual([]);
    directory.push(person('Ann Jones')); // learned since
    expect(interpretQuery(query('Jonez'), context(directory)).query.speakers).toEqual(['Ann Jones']);
    directory[1] = person('Bob Smith', 'institution'); // the same name, now not a person
    expect(interpretQuery(query('Smyth'), context(directory)).query.speakers).toEqual([]);
  });

  it('suggests the equally near surnames in directory order', () => {
    const directory = [person('Sergey Lavrov'), person('Ann Lavra'), person('Ivan Lavrov')];
    const read = interpretQuery(query('Lavrv'), context(directory));
    expect(read.query.speakers).toEqual([]);
    expect(read.notes).toEqual(['"Lavrv" is not a known speaker: did you mean Lavrov or Lavra?']);
    expect(interpretQuery(query('Lavra'), context(directory.slice(0, 1))).notes).toEqual(['"Lavra" is not a known speaker: taken as Sergey Lavrov (did you mean Lavrov?)']);
  });
});
