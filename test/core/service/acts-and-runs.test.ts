// What a statement reports (act) and runs of quoted paragraphs, through the service and a real SQLite store:
// stored, filtered with act:, and a paragraph of a run answered with its run whole.
import { afterEach, describe, expect, it } from 'vitest';
import { loadSeedSpeakers } from '../../../src/cli.ts';
import { createBriefingService, type BriefingService } from '../../../src/core/briefing-service.ts';
import { loadDocument } from '../../../src/core/ingest/index.ts';
import { parseQuery } from '../../../src/core/query/parse-query.ts';
import { openSqliteStore } from '../../../src/adapters/sqlite/index.ts';

const ARTICLE = [
  'Tariff row deepens',
  'Senator Maria Lopez believes the tariffs will push up grocery prices.',
  '"We have made clear there will be consequences for farmers," Governor Tom Reed said. "The harvest is at risk.',
  '"And nobody in this state should doubt our resolve on tariffs."',
  'Tom Reed endorsed Maria Lopez at a rally in Columbus.',
  'Senator Maria Lopez asked whether the tariffs would be lifted before the harvest.',
].join('\n\n');

describe('acts and runs in the store', () => {
  let service: BriefingService | null = null;
  let store: ReturnType<typeof openSqliteStore>;
  afterEach(() => service?.close());

  const ingest = (): BriefingService => {
    store = openSqliteStore(':memory:');
    service = createBriefingService({ store, seedSpeakers: loadSeedSpeakers() });
    service.ingestDocument(loadDocument({ data: ARTICLE, path: 'tariffs.txt' }));
    return service;
  };

  it('keeps what each statement reports and finds it with act:', () => {
    const s = ingest();
    expect(s.quote('act:thinks tariffs').map((h) => [h.statement.speaker, h.statement.act])).toEqual([['Maria Lopez', 'thinks']]);
    expect(s.quote('act:stance').map((h) => h.statement.act)).toEqual(['stance']);
    expect(s.quote('act:asked').map((h) => [h.statement.speaker, h.statement.text])).toEqual([['Maria Lopez', 'whether the tariffs would be lifted before the harvest']]);
    const said = s.quote('act:said tariffs');
    expect(said.length).toBeGreaterThan(0);
    for (const h of said) expect(h.statement.act).toBe('said');
  });

  it('answers a paragraph of a run with the whole run, and keeps the run links', () => {
    const s = ingest();
    const hit = s.quote('resolve').find((h) => h.statement.text.includes('nobody in this state'));
    expect(hit?.statement.run).toMatchObject({ part: 2, of: 2 });
    expect(hit?.run).toBe('We have made clear there will be consequences for farmers. The harvest is at risk. And nobody in this state should doubt our resolve on tariffs.');
    expect(store.runOf(hit?.statement.run?.id ?? '').map((x) => x.run?.part)).toEqual([1, 2]);
  });

  it('reads act: words people use, and ignores an unknown one', () => {
    const none = (): null => null;
    expect(parseQuery('act:say Lavrov', none).act).toBe('said');
    expect(parseQuery('act:beliefs', none).act).toBe('thinks');
    expect(parseQuery('act:polls', none).act).toBe('found');
    expect(parseQuery('act:questions', none).act).toBe('asked');
    expect(parseQuery('act:asked', none).act).toBe('asked');
    expect(parseQuery('act:requests', none).act).toBe('asked');
    expect(parseQuery('act:whatever', none).act).toBeUndefined();
  });
});
