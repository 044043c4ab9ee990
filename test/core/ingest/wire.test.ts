// Wire-service layouts (fixtures written for these tests, one per agency's layout): the dateline is found below
// a headline, a timestamp line, a reading time and a standfirst; the outlet is the agency, never a place; the date
// comes from the timestamp line; the standfirst is reported and the furniture is out of the text.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument, loadDocumentFile } from '../../../src/core/ingest/index.ts';
import { readDateline } from '../../../src/core/ingest/metadata.ts';
import { isPlaceLine, timestampOf } from '../../../src/core/ingest/opening.ts';

const WIRE = new URL('../../fixtures/wire/', import.meta.url).pathname;
const load = (name: string) => loadDocumentFile(join(WIRE, name));

describe('wire layouts', () => {
  it.each([
    ['tass-region.txt', 'TASS', '2021-12-26', 'The official toured the construction site'],
    ['tass-foreign.txt', 'TASS', null, "Cuba's tourism minister said on Sunday"],
    ['reuters.txt', 'Reuters', '2021-12-26', 'Russia is ready to hold talks'],
    ['xinhua.txt', 'Xinhua', '2021-12-26', 'China will add five new cross-border freight routes'],
    ['ap.txt', 'AP', '2021-12-26', "Ukraine's president urged citizens"],
    ['ap-bare.txt', 'AP', '2021-12-26', 'Utility crews worked through the holiday weekend'],
    ['afp.txt', 'AFP', '2021-12-26', 'The French government said on Sunday'],
    ['ria.txt', 'RIA Novosti', '2021-12-26', 'No date has yet been set'],
    ['interfax.txt', 'Interfax', '2021-12-26', 'Moscow expects a written answer'],
    ['anadolu.txt', 'Anadolu', '2021-12-26', "Turkey's foreign minister will visit"],
    ['kremlin.txt', null, '2021-12-26', 'Vladimir Putin had a telephone conversation'],
    ['ministry.txt', null, '2021-12-26', 'We are following with concern'],
  ])('%s: outlet %s, date %s, text from the lead', (name, outlet, date, lead) => {
    const doc = load(name);
    expect(doc.outlet).toBe(outlet);
    expect(doc.date).toBe(date);
    expect(doc.text.startsWith(lead)).toBe(true);
    for (const furniture of ['/TASS/', '(Reuters)', '(Xinhua)', '(AP)', '(AFP)', 'RIA Novosti.', '(Interfax)', '(AA)', 'minute read', 'Updated', 'Source:', '18:30', 'Moscow Region', 'Region/']) {
      expect(doc.text).not.toContain(furniture);
    }
    expect(doc.title).not.toBeNull();
  });

  it('reports the standfirst above the dateline and keeps it as the first paragraph', () => {
    const doc = load('tass-region.txt');
    expect(doc.title).toBe('Gas hub near St Petersburg to open next autumn — Russian deputy premier');
    expect(doc.standfirst).toBe('The official toured the construction site together with the regional governor');
    expect(doc.text.split('\n\n')[1]).toMatch(/^The first stage of the new gas processing hub/);
    expect(load('reuters.txt').standfirst).toBeUndefined();
  });

  it('takes the date of a timestamp line above the headline when the dateline gives the same day', () => {
    const text = (stamp: string) =>
      `${stamp}\nGas hub to open next autumn\n\nIGORA /Leningrad Region/, December 26. /TASS/. The first stage of the hub will open next autumn, the deputy premier told reporters on Sunday.\n`;
    expect(loadDocument({ data: text('26 DEC 2021, 15:42'), now: new Date('2022-06-01') }).date).toBe('2021-12-26');
    // another day: a page's "today" banner, not trusted without support
    expect(loadDocument({ data: text('3 JAN 2022, 09:00'), now: new Date('2022-06-01') }).date).toBeNull();
  });

  it('never takes a place for the outlet', () => {
    expect(readDateline('IGORA /Leningrad Region/, December 26. /TASS/. The plant opened.')).toMatchObject({ outlet: 'TASS', monthDay: { month: 12, day: 26 } });
    expect(readDateline('IGORA /Leningrad Region/. The plant opened.')?.outlet ?? null).toBeNull();
    expect(readDateline('KABUL, Afghanistan (Kabul Region) - The talks went on.')).toBeNull();
    expect(readDateline('MOSCOW, 26 Dec - RIA Novosti. The talks went on.')).toMatchObject({ outlet: 'RIA Novosti', monthDay: { month: 12, day: 26, year: null } });
    expect(readDateline('Paris (AFP) - The talks went on.')).toMatchObject({ outlet: 'AFP' });
    // a name in parentheses after a capitalised word is no dateline unless the agency is known
    expect(readDateline('Paris (Texas) - The talks went on.')).toBeNull();
  });

  it('reads timestamp and place lines', () => {
    expect(timestampOf('Source: Xinhua| 2021-12-26 18:03:12|Editor: huaxia')).toBe('2021-12-26');
    expect(timestampOf('17:35 26.12.2021')).toBe('2021-12-26');
    expect(timestampOf('26/12/2021 14:20')).toBe('2021-12-26');
    expect(timestampOf('The talks ended on 26.12.2021.')).toBeNull();
    expect(isPlaceLine('Novo-Ogaryovo, Moscow Region')).toBe(true);
    expect(isPlaceLine('The Kremlin, Moscow')).toBe(true);
    expect(isPlaceLine('Talks stall, sources say')).toBe(false);
  });
});
