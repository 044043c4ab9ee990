// Search that knows places, roles and shared surnames, through the service and a real SQLite store: a place word
// finds its demonym and metonyms, a quoted role finds its holders while they held it, a surname several people
// share picks the one quoted most recently and says who else it could mean, a misspelt name is taken for the one
// near it; each reading is told in queryNotes.
import { afterEach, describe, expect, it } from 'vitest';
import { createBriefingService, type BriefingService } from '../../../src/core/briefing-service.ts';
import type { CleanDocument, Speaker } from '../../../src/core/model.ts';
import { openSqliteStore } from '../../../src/adapters/sqlite/index.ts';

const SPEAKERS: Speaker[] = [
  { name: 'Sergey Lavrov', kind: 'person', aliases: [], roles: [{ title: 'Russian Foreign Minister', from: '2004-03-09' }] },
  { name: 'Igor Ivanov', kind: 'person', aliases: [], roles: [{ title: 'Russian Foreign Minister', from: '1998-09-11', until: '2004-03-09' }] },
  { name: 'Michael Howard', kind: 'person', aliases: [], roles: [{ title: 'Conservative leader', from: '2003-11-06', until: '2005-12-06' }] },
  { name: 'John Howard', kind: 'person', aliases: [], roles: [{ title: 'Australian Prime Minister', from: '1996-03-11', until: '2007-12-03' }] },
  { name: 'Gordon Brown', kind: 'person', aliases: [], roles: [] },
];

let n = 0;
function doc(date: string, text: string): CleanDocument {
  n++;
  const hash = `${String(n).padStart(4, '0')}${'0'.repeat(60)}`;
  return { id: hash.slice(0, 16), contentHash: hash, text, title: null, outlet: 'Test Wire', url: null, date, path: `doc-${n}.txt` };
}

describe('search that knows places, roles and surnames', () => {
  let service: BriefingService | null = null;
  afterEach(() => service?.close());

  const fill = (): BriefingService => {
    service = createBriefingService({ store: openSqliteStore(':memory:'), seedSpeakers: SPEAKERS });
    service.ingestDocument(doc('2021-06-01', '"We should prevent the Syrian state from fragmenting," Sergey Lavrov said on Tuesday.\n\n"NATO keeps moving its infrastructure towards our borders," Sergey Lavrov said.'));
    service.ingestDocument(doc('2021-06-02', '"NATO is a relic of the Cold War," Igor Ivanov said at a conference on Wednesday.'));
    service.ingestDocument(doc('2002-05-14', '"NATO enlargement is a mistake that will not make Europe safer," Igor Ivanov said on Tuesday.'));
    service.ingestDocument(doc('2004-02-10', '"The budget is a mess and taxes will rise," Michael Howard said on Tuesday.'));
    service.ingestDocument(doc('2007-03-01', '"Our budget is in surplus and will stay there," John Howard said on Thursday.'));
    service.ingestDocument(doc('2007-04-01', '"The budget must pay for the schools first," Gordon Brown said on Sunday.'));
    service.ingestDocument(doc('2020-01-10', '"Washington will not lift the sanctions this year," Sergey Lavrov said on Friday.'));
    return service;
  };

  it('finds a place by its demonym and its metonyms', () => {
    const s = fill();
    expect(s.quote('Lavrov Syria').map((h) => h.statement.text)).toEqual(['We should prevent the Syrian state from fragmenting']);
    expect(s.quote('Lavrov American').map((h) => h.statement.text)).toEqual(['Washington will not lift the sanctions this year']);
    expect(s.quote('Lavrov "United States"').map((h) => h.statement.text)).toEqual(['Washington will not lift the sanctions this year']);
    // two capitalised words that name a place are one name
    expect(s.quote('Lavrov United States').map((h) => h.statement.text)).toEqual(['Washington will not lift the sanctions this year']);
    expect(s.parseQuery('White House').terms).toEqual(['White', 'House']);
    // no place: as before
    expect(s.quote('Lavrov infrastructure')).toHaveLength(1);
  });

  it('finds a role\'s holder at each statement\'s date', () => {
    const s = fill();
    const hits = s.quote('"foreign minister" NATO').map((h) => [h.statement.speaker, h.statement.date]);
    expect(hits).toEqual(expect.arrayContaining([['Sergey Lavrov', '2021-06-01'], ['Igor Ivanov', '2002-05-14']]));
    // Ivanov in 2021 no longer held the role
    expect(hits).not.toContainEqual(['Igor Ivanov', '2021-06-02']);
    expect(hits).toHaveLength(2);
    expect(s.queryNotes('"foreign minister" NATO')).toEqual([expect.stringMatching(/^"foreign minister": statements of Sergey Lavrov.*Igor Ivanov.* while in that role$/)]);
    // a role too many people hold is searched as words, and the note says so
    const crowded = createBriefingService({
      store: openSqliteStore(':memory:'),
      seedSpeakers: Array.from({ length: 20 }, (_, i) => ({ name: `Minister ${String.fromCharCode(65 + i)}vanov`, kind: 'person' as const, aliases: [], roles: [{ title: 'minister' }] })),
    });
    expect(crowded.queryNotes('"minister" budget')).toEqual(['"minister" is a role of 20 known people, too many to search by: searched as words; name one, or quote a longer title']);
    crowded.close();
    // a phrase that is no role stays a phrase
    expect(s.quote('"Cold War"').map((h) => h.statement.speaker)).toEqual(['Igor Ivanov']);
  });

  it('reads a shared surname as the person quoted most recently and says who else it could mean', () => {
    const s = fill();
    expect(s.quote('Howard budget').map((h) => h.statement.speaker)).toEqual(['John Howard']);
    const [note] = s.queryNotes('Howard budget');
    expect(note).toMatch(/^"Howard": John Howard \(Australian Prime Minister\), quoted most recently; could also mean Michael Howard/);
  });

  it('takes a misspelt name for the one known person near it, and says so', () => {
    const s = fill();
    expect(s.quote('Lavorv NATO').map((h) => h.statement.speaker)).toEqual(['Sergey Lavrov']);
    expect(s.queryNotes('Lavorv NATO')).toEqual(['"Lavorv" is not a known speaker: taken as Sergey Lavrov (Russian Foreign Minister) (did you mean Lavrov?)']);
    expect(s.quote('Brwon budget').map((h) => h.statement.speaker)).toEqual(['Gordon Brown']);
    // an English word is never taken for a name
    expect(s.queryNotes('Brown budget')).toEqual([]);
  });

  it('says what in a query it could not read, and lists the themes', () => {
    const s = fill();
    expect(s.queryNotes('since:garbage Lavrov')).toEqual([
      'since:garbage is not a date I can read, so it was left out; write since:2021, since:2021-10 or since:2021-10-08',
    ]);
    expect(s.queryNotes('act:sang Lavrov')[0]).toMatch(/^act:sang is not a kind of statement, so it was left out; use act:said, act:wrote/);
  });
});
