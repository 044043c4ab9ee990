// As-you-type search: the unfinished last word completes a speaker or matches as a prefix ("Lavr" finds
// Lavrov, "NAT" finds NATO), and recent identical queries are answered from a cache that statements landing
// in the store invalidate — whichever connection wrote them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBriefingService } from '../../../src/core/briefing-service.ts';
import { loadDocument } from '../../../src/core/ingest/index.ts';
import { parseQuery } from '../../../src/core/query/parse-query.ts';
import { QueryCache } from '../../../src/core/query/query-cache.ts';
import type { StatementStore } from '../../../src/core/store/statement-store.ts';
import { openSqliteStore } from '../../../src/adapters/sqlite/index.ts';
import { seedRegistry } from '../../helpers/docs.ts';

const KNOWN: Record<string, string> = { lavrov: 'Sergey Lavrov', 'sergey lavrov': 'Sergey Lavrov', zakharova: 'Maria Zakharova' };
const resolve = (p: string) => KNOWN[p.toLowerCase()] ?? null;
const NAMES = ['Sergey Lavrov', 'Maria Zakharova', 'NATO'];
const complete = (p: string) => resolve(p) ?? NAMES.find((n) => n.toLowerCase().split(' ').some((w) => w.startsWith(p.toLowerCase())) || n.toLowerCase().startsWith(p.toLowerCase())) ?? null;
const typing = { typing: { completeSpeaker: complete } };

const tmp = mkdtempSync(join(tmpdir(), 'briefdesk-typing-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('parseQuery while typing', () => {
  it('completes a speaker from the unfinished last word, with the words before it', () => {
    expect(parseQuery('Lavr', resolve, typing)).toMatchObject({ speakers: ['Sergey Lavrov'], terms: [], prefix: null });
    expect(parseQuery('Sergey Lav', resolve, typing)).toMatchObject({ speakers: ['Sergey Lavrov'], terms: [], prefix: null });
    expect(parseQuery('sanctions Zakh', resolve, typing)).toMatchObject({ speakers: ['Maria Zakharova'], terms: ['sanctions'] });
    // a lower-case word after others is a word being typed, not a name ("food pri" → food prices)
    expect(parseQuery('sanctions zakh', resolve, typing)).toMatchObject({ speakers: [], terms: ['sanctions'], prefix: 'zakh' });
  });

  it('waits for the value of an unfinished filter', () => {
    expect(parseQuery('energy from:Reu', resolve, typing)).toMatchObject({ terms: ['energy'], prefix: null, outlet: null });
    expect(parseQuery('energy from:Reuters ', resolve, typing)).toMatchObject({ terms: ['energy'], outlet: 'Reuters' });
  });

  it('matches the unfinished word as a prefix once a speaker is named', () => {
    expect(parseQuery('Lavrov NAT', resolve, typing)).toMatchObject({ speakers: ['Sergey Lavrov'], terms: [], prefix: 'NAT' });
    expect(parseQuery('"military infra', resolve, typing)).toMatchObject({ terms: ['military'], prefix: 'infra' });
  });

  it('treats the last word as finished when a space follows, and leaves out one letter or a stop word', () => {
    expect(parseQuery('Lavrov NATO ', resolve, typing)).toMatchObject({ speakers: ['Sergey Lavrov'], terms: ['NATO'], prefix: null });
    expect(parseQuery('Lavrov N', resolve, typing)).toMatchObject({ speakers: ['Sergey Lavrov'], terms: [], prefix: null });
    expect(parseQuery('sanctions on', resolve, typing)).toMatchObject({ terms: ['sanctions'], prefix: null });
    expect(parseQuery('L', resolve, typing)).toMatchObject({ terms: ['L'], prefix: null });
  });

  it('changes nothing without the typing option', () => {
    expect(parseQuery('Lavrov NAT', resolve)).toEqual(parseQuery('Lavrov NAT', resolve, {}));
    expect(parseQuery('Lavrov NAT', resolve)).not.toHaveProperty('prefix');
  });
});

describe('as-you-type search through the service', () => {
  const article = (n: number, body: string) => loadDocument({ data: body, path: `a${n}.txt`, url: `https://news.example/${n}`, fallbackOutlet: 'TASS', fallbackDate: '2022-01-14' });
  const ARTICLES = [
    '"We will not allow NATO to expand to our borders," Russian Foreign Minister Sergei Lavrov said on Friday.',
    '"The sanctions will not work," Russian Foreign Ministry spokeswoman Maria Zakharova said on Thursday.',
    '"The national interest comes first," Lavrov said in Moscow on Friday.',
  ];

  it('finds Lavrov from "Lavr" and NATO from "NAT", like the full words', () => {
    const service = createBriefingService({ store: openSqliteStore(':memory:'), seedSpeakers: seedRegistry().all() });
    ARTICLES.forEach((a, i) => service.ingestDocument(article(i, a)));
    const speakers = (hits: { statement: { speaker: string | null } }[]) => new Set(hits.map((h) => h.statement.speaker));
    expect(speakers(service.quote('Lavr', { typing: true }))).toEqual(new Set(['Sergey Lavrov']));
    expect(service.quote('Lavr', { typing: true }).length).toBe(service.quote('Lavrov').length);
    const nat = service.quote('Lavrov NAT', { typing: true }).map((h) => h.statement.text);
    expect(nat).toEqual(expect.arrayContaining(service.quote('Lavrov NATO').map((h) => h.statement.text)));
    expect(nat.some((t) => t.includes('national'))).toBe(true); // "NAT" also starts "national"
    expect(service.quote('Lavrov NAT').length).toBe(0); // a finished word is a word
    service.close();
  });

  it('answers an identical query from the cache until statements land, from this or another connection', () => {
    const file = join(tmp, 'cache.db');
    const store = openSqliteStore(file);
    let searches = 0;
    const counting: StatementStore = new Proxy(store, {
      get(target, prop) {
        const value = Reflect.get(target, prop) as unknown;
        if (prop === 'search') return (...args: Parameters<StatementStore['search']>) => (searches++, target.search(...args));
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    const service = createBriefingService({ store: counting, seedSpeakers: seedRegistry().all() });
    service.ingestDocument(article(0, ARTICLES[0] as string));
    const first = service.quote('Lavr', { typing: true });
    expect(service.quote('Lavr', { typing: true })).toBe(first);
    expect(searches).toBe(1);
    service.quote('Lavr'); // not typing: another query
    expect(searches).toBe(2);

    service.ingestDocument(article(2, ARTICLES[2] as string)); // this connection writes
    expect(service.quote('Lavr', { typing: true }).length).toBe(first.length + 1);
    expect(searches).toBe(3);

    const other = createBriefingService({ store: openSqliteStore(file), seedSpeakers: seedRegistry().all() });
    other.ingestDocument(article(3, '"Talks will go on," Lavrov told reporters on Saturday.')); // another connection writes
    expect(service.quote('Lavr', { typing: true }).length).toBe(first.length + 2);
    expect(searches).toBe(4);
    other.close();
    store.close();
  });
});

describe('QueryCache', () => {
  it('keeps the most recently used entries and forgets everything when the version changes', () => {
    const cache = new QueryCache<number>(2);
    cache.set('a', 'v1', 1);
    cache.set('b', 'v1', 2);
    expect(cache.get('a', 'v1')).toBe(1); // a is now the most recent
    cache.set('c', 'v1', 3);
    expect(cache.get('b', 'v1')).toBeUndefined();
    expect(cache.get('a', 'v1')).toBe(1);
    expect(cache.get('a', 'v2')).toBeUndefined();
    expect(cache.size).toBe(0);
    const off = new QueryCache<number>(0);
    off.set('a', 'v1', 1);
    expect(off.get('a', 'v1')).toBeUndefined();
  });
});
