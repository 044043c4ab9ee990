// Speaker identity (issue "Who said it"): a document's speakers come from the document and the shipped registry
// only, so they are the same alone, in any batch order and in a database full of other people; in-document
// evidence wins; registry roles apply only at the dates they were held; canonical names are names.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSeedSpeakers } from '../../../src/cli.ts';
import { createBriefingService } from '../../../src/core/briefing-service.ts';
import { extractStatements, extractWithSpeakers } from '../../../src/core/extract/extract.ts';
import { cleanPersonName, tidySpeaker } from '../../../src/core/extract/names.ts';
import { roleActive } from '../../../src/core/extract/speakers.ts';
import { loadDocument } from '../../../src/core/ingest/index.ts';
import type { CleanDocument } from '../../../src/core/model.ts';
import { openSqliteStore } from '../../../src/adapters/sqlite/index.ts';
import { docFrom, seedRegistry } from '../../helpers/docs.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const speakersOf = (text: string, date: string | null = '2005-03-04') =>
  extractStatements(docFrom(text, { date }), seedRegistry()).map((s) => s.speaker);

/** Every article the project ships or wrote as a fixture (never corpus text from shared/). */
function fixtureDocuments(): CleanDocument[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(txt|html?)$/.test(name)) files.push(path);
    }
  };
  for (const dir of ['data/corpus', 'test/fixtures/articles', 'test/fixtures/blind', 'test/fixtures/blind2', 'test/fixtures/blind3', 'test/fixtures/blind4', 'test/fixtures/blind5']) walk(join(ROOT, dir));
  return files.map((path) => loadDocument({ data: readFileSync(path), path }));
}

describe('a document’s speakers do not depend on what was read before it', () => {
  const docs = fixtureDocuments();
  const alone = new Map(docs.map((d) => [d.id, new Map(extractStatements(d, seedRegistry()).map((s) => [s.span.join(':'), s.speaker]))]));

  it('has fixtures to check', () => {
    expect(docs.length).toBeGreaterThan(40);
  });

  it('never gives one stretch of a document as two statements', () => {
    // (the same words quoted twice in a story are two statements; one quotation read twice was one given twice)
    for (const d of docs) {
      const spans = extractStatements(d, seedRegistry()).map((s) => s.span.join(':'));
      expect(spans.filter((k, i) => spans.indexOf(k) !== i), d.path ?? d.id).toEqual([]);
    }
  });

  it('gives the same speakers alone and stored in any batch order (property)', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(docs, { minLength: docs.length, maxLength: docs.length }), (order) => {
        const service = createBriefingService({ store: openSqliteStore(':memory:'), seedSpeakers: loadSeedSpeakers() });
        for (const d of order) service.ingestDocument(d);
        for (const s of service.statementsSince(0, 100_000)) {
          expect(alone.get(s.docId)?.get(s.span.join(':'))).toBe(s.speaker);
        }
        // and extraction after all of them still equals extraction alone
        const last = order[order.length - 1] as CleanDocument;
        expect(service.extract(last).map((s) => s.speaker)).toEqual([...(alone.get(last.id)?.values() ?? [])]);
        service.close();
      }),
      { numRuns: 4, seed: 11 },
    );
  });

  it('is not swayed by a database pre-filled with people of the same surname', () => {
    const store = openSqliteStore(':memory:');
    store.saveSpeakers([
      { name: 'Tim Howard', kind: 'person', aliases: ['Howard'], roles: [{ title: 'bank chief executive', from: '2004-01-01', until: '2004-12-31' }] },
      { name: 'Ken Clarke', kind: 'person', aliases: ['Clarke', 'Mr Clarke'], roles: [{ title: 'former chancellor' }] },
      ...Array.from({ length: 500 }, (_, k) => ({ name: `Person${k} Howard`, kind: 'person' as const, aliases: [], roles: [] })),
    ]);
    const service = createBriefingService({ store, seedSpeakers: loadSeedSpeakers() });
    service.ingestDocument(loadDocument({ data: 'Tim Howard, chief executive of the bank, said profits rose.', path: 'bank.txt' }));
    const politics = 'Home Secretary Charles Clarke defended the plans.\n\nMr Howard said the bill was "an affront to liberty".\n\n"We will vote against it," Mr Clarke said.\n\nMichael Howard, the Conservative leader, spoke in Brighton.';
    const doc = loadDocument({ data: politics, path: 'politics.txt' });
    expect(service.extract(doc).filter((s) => s.act === 'said').map((s) => s.speaker)).toEqual(['Michael Howard', 'Charles Clarke']);
    expect(service.extract(doc)).toEqual(extractStatements(doc, seedRegistry()));
    // a story that never names Howard in full keeps the surname: unknown rather than wrong
    const bare = loadDocument({ data: 'Mr Howard said the bill was "an affront to liberty".', path: 'bare.txt' });
    expect(service.extract(bare).map((s) => s.speaker)).toEqual(['Howard']);
    store.close();
  });
});

describe('what the document says wins', () => {
  it('gives a surname met first to the full name the same document gives later', () => {
    expect(speakersOf('Mr Howard said the tax plans were "a con".\n\nThe Conservative leader, Michael Howard, spoke in Kent.')).toEqual(['Michael Howard']);
  });

  it('keeps two people of one surname apart and never merges them', () => {
    const out = speakersOf('Gordon Brown met Wes Brown at the stadium.\n\n"It was a fine game," Wes Brown said.\n\nGordon Brown said the economy was strong.');
    expect(out).toEqual(['Wes Brown', 'Gordon Brown']);
  });

  it('makes Mr Fox, Dr Fox and Liam Fox one person', () => {
    const out = speakersOf('Liam Fox opened the debate.\n\nDr Fox said the war had been legal.\n\n"We will not be silenced," Mr Fox said.');
    expect(out).toEqual(['Liam Fox', 'Liam Fox']);
  });

  it('takes the document’s most frequent spelling, and mends a shift-key slip', () => {
    expect(speakersOf('HIllary Clinton said the plan would work.\n\nHillary Clinton spoke in Ohio. Hillary Clinton left.')).toEqual(['Hillary Clinton']);
    expect(speakersOf('HIllary Clinton said the plan would work.')).toEqual(['Hillary Clinton']);
  });

  it('uses the registry only where the document leaves a gap and nothing contradicts it', () => {
    expect(speakersOf('Lavrov said that NATO was expanding.', '2021-06-01')).toEqual(['Sergey Lavrov']);
    // another Lavrov named in full in the same story: the registry's one is not taken
    expect(speakersOf('Ivan Lavrov, a farmer, watched.\n\nLavrov said that the harvest was poor.', '2021-06-01')).toEqual(['Ivan Lavrov']);
    // a title of the other sex contradicts the registry's person
    expect(speakersOf('Mrs Lavrov said that the harvest was poor.', '2021-06-01')).toEqual(['Lavrov']);
  });

  it('a role from the registry applies only while it was held', () => {
    const text = 'The British Foreign Secretary said on Monday that the sanctions would stay.';
    expect(speakersOf(text, '2024-02-05')).toEqual(['David Cameron']);
    expect(speakersOf(text, '2005-02-07')).not.toContain('David Cameron');
    expect(roleActive({ title: 'x', from: '2023-11-13', until: '2024-07-05' }, null)).toBe(false);
    expect(roleActive({ title: 'x', from: '2004-03-09' }, null)).toBe(true);
  });

  it('gives each statement the role its document gives the speaker, else the registry role of the day', () => {
    const [s] = extractStatements(docFrom('Conservative leader Michael Howard said taxes would fall.', { date: '2005-03-04' }), seedRegistry());
    expect(s?.speakerRole).toBe('Conservative leader');
    const [l] = extractStatements(docFrom('Lavrov said that NATO was expanding.', { date: '2021-06-01' }), seedRegistry());
    expect(l?.speakerRole).toBe('Russian Foreign Minister');
  });

  it('reports people named in full for the directory, without changing the registry it read', () => {
    const registry = seedRegistry();
    const before = registry.all().length;
    const r = extractWithSpeakers(docFrom('Home Secretary Charles Clarke said the plans were fair.'), registry);
    expect(r.learned.map((s) => s.name)).toEqual(['Charles Clarke']);
    expect(registry.all().length).toBe(before);
  });
});

describe('canonical names are names', () => {
  const JUNK_START = /^(but|and|or|so|yet|then|also|still|however|meanwhile|though|although|while|when|after|before|because|if|as|in|on|at|for|with|from|by|of|to|according)\b/i;
  const TITLE_FIRST = /^(Mr|Mrs|Ms|Dr|Sen|Senator|Rep|Gov|Governor|President|Secretary|Minister|Judge|Professor|Prof|Gen|General)\.?\s+\S+\s+\S+/;

  it.each([
    ['But Umaga', 'Umaga'],
    ['Then Brafman', 'Brafman'],
    ["Jack McConnell's", 'Jack McConnell'],
    ['Eric Trump’s', 'Eric Trump'],
    ['Dr Liam Fox', 'Liam Fox'],
    ['Senator John Smith', 'John Smith'],
    ['East Midlands MEP Robert Kilroy-Silk', 'Robert Kilroy-Silk'],
    ['REP. CARLA MENDOZA', 'Carla Mendoza'],
    ['HIllary Clinton', 'Hillary Clinton'],
    ["It's", null],
    ["We've", null],
    ['Dr Fox refused to discuss weekend newspaper', null],
  ])('%s → %s', (raw, clean) => {
    expect(cleanPersonName(raw)).toBe(clean);
  });

  it('tidies every speaker, whatever produced it', () => {
    const common = (w: string): boolean => ['supporters', 'strategists'].includes(w);
    expect(tidySpeaker('Dr Fox refused to discuss weekend newspaper', common)).toBe('Fox');
    expect(tidySpeaker('Supporters of Republican Donald Trump for president', common)).toBe('supporters of Republican Donald Trump for president');
    expect(tidySpeaker('Robert Antonacci of the New York delegation', common)).toBe('Robert Antonacci');
    expect(tidySpeaker("China's", common)).toBe('China');
    expect(tidySpeaker('He’s', common)).toBeNull();
    expect(tidySpeaker('and people familiar with her thinking', common)).toBe('people familiar with her thinking');
    expect(tidySpeaker('Administration officials', common)).toBe('Administration officials');
  });

  it('no speaker over the fixtures matches the junk patterns', () => {
    const bad = fixtureDocuments()
      .flatMap((d) => extractStatements(d, seedRegistry()))
      .map((s) => s.speaker)
      .filter((n): n is string => n !== null)
      // (a description of an unnamed source keeps its possessive: "Mr. Ocasio's lawyers")
      .filter((n) => JUNK_START.test(n) || /['’]s$/.test(n) || /^\p{Lu}\p{Ll}*['’](s|ve|re|ll|d|m)$/u.test(n) || (TITLE_FIRST.test(n) && !/['’]/.test(n)));
    expect(bad).toEqual([]);
  });
});
