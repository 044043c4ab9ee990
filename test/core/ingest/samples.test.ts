// The five real scraped articles shipped in data/corpus, with the results the ingest step must give.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocumentFile } from '../../../src/core/ingest/index.ts';

const CORPUS = new URL('../../../data/corpus/', import.meta.url).pathname;
const load = (name: string) => loadDocumentFile(join(CORPUS, name));

function expectClean(text: string): void {
  expect(text).toBe(text.trim());
  expect(text).not.toMatch(/\n{3,}|[ \t]{2,}|(?<!\n)\n(?!\n)/);
}

describe('corpus samples', () => {
  it('000: TASS dateline and scraper header date', () => {
    const doc = load('000_a1f6e4b714a21a05.txt');
    expect(doc.date).toBe('2021-10-08');
    expect(doc.outlet).toBe('TASS');
    expect(doc.text.startsWith('Moscow is ready for cooperation with Washington')).toBe(true);
    expect(doc.text).not.toMatch(/date 2021|\/TASS\//);
    expect(doc.text.split('\n\n')).toHaveLength(6);
    expectClean(doc.text);
  });

  it('001: headline, no outlet, no date', () => {
    const doc = load('001_2e25807d38088777.txt');
    expect(doc.title).toBe('Russia Advises Countries Bordering Afghanistan to Reject NATO Troops');
    expect(doc.date).toBeNull();
    expect(doc.outlet).toBeNull();
    expect(doc.text.startsWith('Months after the US hastened withdrawal')).toBe(true);
    expect(doc.text).toContain('self-serving');
    expect(doc.text).toContain('anti-terrorism');
    expect(doc.text.split('\n\n')).toHaveLength(8);
    expectClean(doc.text);
  });

  it('002: site line, headline, byline timestamp', () => {
    const doc = load('002_cb657564e0ee1eb4.txt');
    expect(doc.date).toBe('2021-08-18');
    expect(doc.outlet).toBe('UrduPoint');
    expect(doc.title).toBe('Russian, Kazakh Foreign Ministers See Chance To Resolve Afghan Problems Via Talks');
    expect(doc.text).not.toMatch(/Umer Jamshaid|minutes ago|UrduPoint|07:45/);
    expect(doc.text.startsWith('Russian Foreign Minister Sergey Lavrov and his Kazakh counterpart')).toBe(true);
    expect(doc.text).toContain('ethnic-confessional');
    expect(doc.text).toContain('SCO-Afghanistan');
    expectClean(doc.text);
  });

  it('003: TASS dateline, split words repaired, comment prompt removed', () => {
    const doc = load('003_da7420e05ba4231f.txt');
    expect(doc.outlet).toBe('TASS');
    expect(doc.date).toBeNull();
    expect(doc.title).toBe('Necessary to block supply of weapons to terrorists in Afghanistan — Lavrov');
    expect(doc.text).toContain('“Recently our leaders discussed this in detail at the September summits in Dushanbe,” the top diplomat added.');
    expect(doc.text).toContain('internal affairs of Belarus, Lavrov said');
    expect(doc.text).toContain('The ‘Eastern Partnership’ is a joint initiative');
    expect(doc.text).toContain('military-political situation');
    expect(doc.text).not.toMatch(/Re-cently|Septe-mber|Dusha-nbe|Bela-rus|add-ed|Partner-ship|Leave a Comment|MOSCOW \(TASS\)/);
    expect(doc.text.startsWith('Russian Foreign Minister Sergey Lavrov speaking at the XVII Meeting')).toBe(true);
    expect(doc.text.endsWith('within the framework of the current national legislation.”')).toBe(true);
    expectClean(doc.text);
  });

  it('004: banner date rejected, headline once, ads/teasers/comments/copyright removed', () => {
    const doc = load('004_1de075c5d75d8acb.txt');
    expect(doc.date).toBeNull();
    expect(doc.title).toBe('NATO bases in Central Asia ‘unacceptable,’ Moscow says');
    expect(doc.text).not.toContain('NATO bases in Central Asia ‘unacceptable,’');
    for (const junk of ['Kwork', 'услуги', 'Thursday , April', 'Home /', '© 2022', 'paradox', 'All rights reserved', 'Check Also', 'Russian deputy defense minister arrested', 'Timur Ivanov', 'Leave a Reply', 'email address', 'Required fields']) {
      expect(doc.text).not.toContain(junk);
    }
    expect(doc.text.startsWith('Russian Foreign Minister Sergey Lavrov said on Thursday that any NATO military presence')).toBe(true);
    expect(doc.text.endsWith('being recognized by the UN.')).toBe(true);
    expect(doc.text).toContain('Russian-led bloc');
    expect(doc.text).toContain('Afghanistan-themed summit');
    expect(doc.text.split('\n\n')).toHaveLength(10);
    expectClean(doc.text);
  });

  it('gives every sample a distinct, stable id', () => {
    const names = ['000_a1f6e4b714a21a05.txt', '001_2e25807d38088777.txt', '002_cb657564e0ee1eb4.txt', '003_da7420e05ba4231f.txt', '004_1de075c5d75d8acb.txt'];
    const ids = names.map((n) => load(n).id);
    expect(new Set(ids).size).toBe(5);
    expect(names.map((n) => load(n).id)).toEqual(ids);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{16}$/);
  });
});
