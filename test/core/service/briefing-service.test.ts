// The service end to end in memory: ingest → extract → store → quote, across outlets and restarts.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../../src/core/briefing-service.ts';
import { loadDocument } from '../../../src/core/ingest/index.ts';
import { openSqliteStore } from '../../../src/adapters/sqlite/index.ts';
import { loadTaxonomyFile } from '../../../src/core/themes/index.ts';
import { seedRegistry } from '../../helpers/docs.ts';

const seed = () => seedRegistry().all();
const article = (outlet: string, extra: string) =>
  loadDocument({
    data: `${extra}\n\n"We will not allow NATO to expand to our borders," Russian Foreign Minister Sergei Lavrov said on Friday.\n\nThe talks ended without agreement.`,
    path: `${outlet}.txt`,
    url: `https://${outlet}.example/story`,
    fallbackOutlet: outlet,
    fallbackDate: '2022-01-14',
  });

describe('briefing service', () => {
  it('reads an ordinary word in lower case as a search word unless a quoted speaker has it as surname', () => {
    const service = createBriefingService({ store: openSqliteStore(':memory:'), seedSpeakers: seed() });
    const doc = loadDocument({
      data: 'Apple was founded by Steve Jobs and Steve Wozniak.\n\n"We will create more jobs in Ohio than anyone," Maria Lopez said on Friday.',
      path: 'jobs.txt',
      fallbackOutlet: 'Wire',
      fallbackDate: '2022-01-14',
    });
    service.ingestDocument(doc);
    // the directory knows Steve Jobs (named, never quoted): "jobs" still finds the word
    expect(service.quote('jobs').map((h) => h.statement.speaker)).toEqual(['Maria Lopez']);
    // a quoted speaker's surname typed in lower case is still the speaker
    expect(service.quote('lopez').map((h) => h.statement.speaker)).toEqual(['Maria Lopez']);
  });

  it('stores a quote carried by two outlets once, listing both sources', () => {
    const service = createBriefingService({ store: openSqliteStore(':memory:'), seedSpeakers: seed() });
    const a = service.ingestDocument(article('TASS', 'MOSCOW, January 14. Lavrov spoke after talks in Geneva.'));
    const b = service.ingestDocument(article('Reuters', 'GENEVA (Reuters) - Russia and the United States held talks.'));
    expect(a.newStatements).toBe(1);
    expect(b.newStatements).toBe(0);
    expect(b.mergedStatements).toBe(1);
    const [hit] = service.quote('Lavrov NATO');
    expect(hit?.statement.speaker).toBe('Sergey Lavrov');
    expect(hit?.statement.date).toBe('2022-01-14');
    expect(hit?.statement.sources.map((s) => s.outlet).sort()).toEqual(['Reuters', 'TASS']);
  });

  it('adds nothing when the same document arrives again (same hash or same URL)', () => {
    const service = createBriefingService({ store: openSqliteStore(':memory:'), seedSpeakers: seed() });
    expect(service.ingestDocument(article('TASS', 'First version.')).added).toBe(true);
    expect(service.ingestDocument(article('TASS', 'First version.')).added).toBe(false);
    expect(service.ingestDocument(article('TASS', 'Edited version with the same URL.')).added).toBe(false);
    expect(service.stats().documents).toBe(1);
  });

  it('remembers learned speakers across restarts, for search and autocomplete, not for resolving later documents', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'briefdesk-svc-')), 'db.sqlite');
    const first = createBriefingService({ store: openSqliteStore(file), seedSpeakers: seed() });
    first.ingestDocument(loadDocument({ data: 'Deputy Prime Minister Alexander Novak said oil output would rise next year.', path: 'a.txt' }));
    first.close();
    const second = createBriefingService({ store: openSqliteStore(file), seedSpeakers: seed() });
    second.ingestDocument(loadDocument({ data: 'Novak said exports were stable in the first quarter of the year.', path: 'b.txt' }));
    // the second document never names him in full: it keeps "Novak", and /quote for the full name still finds it
    expect(second.quote('Novak exports')[0]?.statement.speaker).toBe('Novak');
    expect(second.quote('Alexander Novak').map((h) => h.statement.speaker).sort()).toEqual(['Alexander Novak', 'Novak']);
    expect(second.suggestSpeakers('nov')).toContain('Alexander Novak');
    second.close();
  });

  it('answers what callers read from its store and registry before: speakers, statements since a cursor, re-tagging, close', () => {
    const service = createBriefingService({ store: openSqliteStore(':memory:'), seedSpeakers: seed() });
    service.ingestDocument(article('TASS', 'MOSCOW, January 14. Lavrov spoke after talks in Geneva.'));
    expect(service.speaker('Sergey Lavrov')?.kind).toBe('person');
    expect(service.speaker('Nobody We Know')).toBeUndefined();
    const all = service.statementsSince(0);
    expect(all.map((s) => s.speaker)).toEqual(['Sergey Lavrov']);
    expect(service.statementsSince(all[0]?.seq ?? 0)).toEqual([]);
    // built without a taxonomy: re-tagging needs one given
    expect(() => service.retag()).toThrow('no theme taxonomy to tag with');
    const tagged = service.retag(loadTaxonomyFile());
    expect(tagged).toBe(service.statementsSince(0).filter((s) => s.themes.length > 0).length);
    service.close();
    expect(() => service.stats()).toThrow();
  });

  it('reports a broken file and goes on with the batch', () => {
    const service = createBriefingService({ store: openSqliteStore(':memory:'), seedSpeakers: seed() });
    const report = service.ingestPaths(['data/corpus', 'does/not/exist.txt']);
    expect(report.documents).toBe(5);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]?.path).toBe('does/not/exist.txt');
  });
});
