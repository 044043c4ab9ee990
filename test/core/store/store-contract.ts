// Behaviour every StatementStore must have, whatever the engine. Call runStoreContract from a *.test.ts file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QuoteHit } from '../../../src/core/model.ts';
import type { StatementStore } from '../../../src/core/store/statement-store.ts';
import { makeDoc, makeQuery, makeStatement } from './builders.ts';
import { digestReadContract } from './store-contract-digest.ts';
import { countByDayContract } from './store-contract-trend.ts';

const texts = (hits: readonly QuoteHit[]) => hits.map((h) => h.statement.text);

/** Registers the contract suite for one StatementStore implementation; makeStore must return an empty store. */
export function runStoreContract(name: string, makeStore: () => StatementStore): void {
  describe(`StatementStore contract: ${name}`, () => {
    let store: StatementStore;
    beforeEach(() => {
      store = makeStore();
    });
    afterEach(() => {
      store.close();
    });

    countByDayContract(() => store);
    digestReadContract(() => store);

    describe('addDocument', () => {
      it('stores a document with its statements and reads them back', () => {
        const doc = makeDoc({ outlet: 'TASS', title: 'Lavrov on talks', date: '2021-12-01', path: 'in/a.txt' });
        const st = makeStatement(doc, { text: 'We are ready for talks', span: [5, 27], kind: 'mixed' });
        const result = store.addDocument(doc, [st]);
        expect(result).toEqual({ added: true, docId: doc.id, newStatements: 1, mergedStatements: 0 });

        const stored = store.getStatement(st.id);
        expect(stored).not.toBeNull();
        expect(stored).toMatchObject({
          id: st.id,
          docId: doc.id,
          speaker: 'Sergey Lavrov',
          speakerMention: st.speakerMention,
          cue: 'said',
          kind: 'mixed',
          text: 'We are ready for talks',
          context: st.context,
          span: [5, 27],
          date: '2021-12-01',
          outlet: 'TASS',
          url: doc.url,
          themes: [],
        });
        expect(stored?.sources).toEqual([
          { docId: doc.id, outlet: 'TASS', url: doc.url, title: 'Lavrov on talks', date: '2021-12-01', path: 'in/a.txt' },
        ]);
        expect(stored?.seq).toBeGreaterThan(0);
        expect(Number.isNaN(Date.parse(stored?.addedAt ?? ''))).toBe(false);
        expect(store.getStatement('no-such-id')).toBeNull();
      });

      it('keeps what a statement reports and the run it belongs to; runOf gives the run in order', () => {
        const doc = makeDoc();
        const run = { id: 'run-1' };
        const second = makeStatement(doc, { text: 'And we will not look away', span: [40, 66], run: { ...run, part: 2, of: 2 } });
        const first = makeStatement(doc, { text: 'The world is watching', span: [5, 26], run: { ...run, part: 1, of: 2 } });
        const belief = makeStatement(doc, { text: 'talks will fail', span: [70, 85], act: 'thinks' });
        store.addDocument(doc, [second, first, belief]);
        expect(store.runOf('run-1').map((x) => [x.text, x.run?.part, x.run?.of])).toEqual([
          ['The world is watching', 1, 2],
          ['And we will not look away', 2, 2],
        ]);
        expect(store.runOf('no-such-run')).toEqual([]);
        expect(store.getStatement(belief.id)).toMatchObject({ act: 'thinks', run: null });
        expect(store.getStatement(first.id)?.act).toBe('said');
      });

      it('is idempotent by content hash: nothing is added the second time', () => {
        const doc = makeDoc({ text: 'Same body' });
        store.addDocument(doc, [makeStatement(doc)]);
        const again = { ...doc, url: 'https://elsewhere.example/copy' };
        const result = store.addDocument(again, [makeStatement(again, { text: 'A different statement' })]);
        expect(result).toEqual({ added: false, docId: doc.id, newStatements: 0, mergedStatements: 0 });
        expect(store.stats()).toMatchObject({ documents: 1, statements: 1 });
      });

      it('is idempotent by URL even when the content changed', () => {
        const doc = makeDoc({ url: 'https://news.example/same' });
        store.addDocument(doc, [makeStatement(doc)]);
        const edited = makeDoc({ text: 'Edited body', url: 'https://news.example/same' });
        const result = store.addDocument(edited, [makeStatement(edited)]);
        expect(result.added).toBe(false);
        expect(result.docId).toBe(doc.id);
        expect(store.stats()).toMatchObject({ documents: 1, statements: 1 });
      });

      it('does not treat two documents without URL as duplicates', () => {
        expect(store.addDocument(makeDoc({ url: null }), []).added).toBe(true);
        expect(store.addDocument(makeDoc({ url: null }), []).added).toBe(true);
        expect(store.stats().documents).toBe(2);
      });

      it('reports known documents by hash or URL', () => {
        const doc = makeDoc({ url: 'https://news.example/known' });
        expect(store.hasDocument(doc.contentHash, doc.url)).toBe(false);
        store.addDocument(doc, []);
        expect(store.hasDocument(doc.contentHash, null)).toBe(true);
        expect(store.hasDocument('f'.repeat(64), 'https://news.example/known')).toBe(true);
        expect(store.hasDocument('f'.repeat(64), null)).toBe(false);
        expect(store.hasDocument('f'.repeat(64), 'https://news.example/other')).toBe(false);
      });

      it('merges the same statement from two outlets into one statement with two sources', () => {
        const tass = makeDoc({ outlet: 'TASS', title: 'TASS story', date: '2021-12-01' });
        const reuters = makeDoc({ outlet: 'Reuters', title: 'Reuters story', date: '2021-12-02' });
        const text = 'NATO expansion is a red line';
        const first = store.addDocument(tass, [makeStatement(tass, { text })]);
        const second = store.addDocument(reuters, [makeStatement(reuters, { text }), makeStatement(reuters)]);
        expect(first).toMatchObject({ newStatements: 1, mergedStatements: 0 });
        expect(second).toMatchObject({ added: true, newStatements: 1, mergedStatements: 1 });
        expect(store.stats().statements).toBe(2);

        const hits = store.search(makeQuery({ terms: ['red', 'line'] }), 10);
        expect(hits).toHaveLength(1);
        const stored = hits[0]?.statement;
        expect(stored?.docId).toBe(tass.id);
        expect(stored?.sources.map((s) => [s.docId, s.outlet, s.title, s.date])).toEqual([
          [tass.id, 'TASS', 'TASS story', '2021-12-01'],
          [reuters.id, 'Reuters', 'Reuters story', '2021-12-02'],
        ]);
      });

      it('counts a statement repeated inside one document once', () => {
        const doc = makeDoc();
        const st = makeStatement(doc, { text: 'Repeated line' });
        const result = store.addDocument(doc, [st, { ...st, span: [100, 113] }]);
        expect(result).toMatchObject({ newStatements: 1, mergedStatements: 0 });
        expect(store.getStatement(st.id)?.sources).toHaveLength(1);
      });

      it('is atomic: a failing statement leaves neither the document nor earlier statements behind', () => {
        const doc = makeDoc();
        const good = makeStatement(doc, { text: 'A valid statement about grain' });
        const bad = { ...makeStatement(doc, { text: 'Broken one' }), kind: 'shouted' as unknown as 'direct' };
        expect(() => store.addDocument(doc, [good, bad])).toThrow();
        expect(store.hasDocument(doc.contentHash, doc.url)).toBe(false);
        expect(store.getStatement(good.id)).toBeNull();
        expect(store.stats()).toMatchObject({ documents: 0, statements: 0 });
        expect(store.search(makeQuery({ terms: ['grain'] }), 10)).toEqual([]);
        // The same document can be stored once the data is fixed.
        expect(store.addDocument(doc, [good]).added).toBe(true);
      });

      it('stores themes given with the document and replaces them with setThemes', () => {
        const doc = makeDoc();
        const st = makeStatement(doc);
        store.addDocument(doc, [st], new Map([[st.id, [{ theme: 'refugees', score: 0.4 }, { theme: 'sanctions', score: 0.9 }]]]));
        expect(store.getStatement(st.id)?.themes).toEqual([
          { theme: 'sanctions', score: 0.9 },
          { theme: 'refugees', score: 0.4 },
        ]);
        store.setThemes(st.id, [{ theme: 'military presence', score: 0.7 }]);
        expect(store.getStatement(st.id)?.themes).toEqual([{ theme: 'military presence', score: 0.7 }]);
        store.setThemes(st.id, []);
        expect(store.getStatement(st.id)?.themes).toEqual([]);
        expect(() => store.setThemes('unknown', [{ theme: 'x', score: 1 }])).not.toThrow();
      });
    });

    describe('batch (optional)', () => {
      it('stores many documents in one batch, searchable afterwards, each document still atomic', (ctx) => {
        const batch = store.batch?.bind(store);
        if (!batch) return ctx.skip();
        const docs = [makeDoc(), makeDoc(), makeDoc()];
        const failures: unknown[] = [];
        const results = batch(() =>
          docs.map((doc, i) => {
            const st = makeStatement(doc, { text: `Batched remark ${i} about wheat` });
            const statements = i === 1 ? [st, { ...st, id: 'bad', kind: 'loud' as unknown as 'direct' }] : [st];
            try {
              return store.addDocument(doc, statements).added;
            } catch (error) {
              failures.push(error);
              return false;
            }
          }),
        );
        expect(results).toEqual([true, false, true]);
        expect(failures).toHaveLength(1);
        expect(store.hasDocument(docs[1]?.contentHash ?? '', null)).toBe(false);
        expect(texts(store.search(makeQuery({ terms: ['wheat'] }), 10)).sort()).toEqual([
          'Batched remark 0 about wheat',
          'Batched remark 2 about wheat',
        ]);
        expect(store.stats()).toMatchObject({ documents: 2, statements: 2 });
      });

      it('rolls the whole batch back when the work throws', (ctx) => {
        const batch = store.batch?.bind(store);
        if (!batch) return ctx.skip();
        const doc = makeDoc();
        expect(() =>
          batch(() => {
            store.addDocument(doc, [makeStatement(doc, { text: 'Never kept' })]);
            throw new Error('caller gave up');
          }),
        ).toThrow('caller gave up');
        expect(store.stats()).toMatchObject({ documents: 0, statements: 0 });
        expect(store.search(makeQuery({ terms: ['kept'] }), 10)).toEqual([]);
        // The store is usable afterwards, in and out of batches.
        expect(batch(() => store.addDocument(doc, [makeStatement(doc, { text: 'Kept now' })]).added)).toBe(true);
        expect(store.search(makeQuery({ terms: ['kept'] }), 10)).toHaveLength(1);
      });

      it('merges repeated statements across documents of the same batch', (ctx) => {
        const batch = store.batch?.bind(store);
        if (!batch) return ctx.skip();
        const a = makeDoc({ outlet: 'TASS' });
        const b = makeDoc({ outlet: 'Reuters' });
        const text = 'One quote, two outlets, one batch';
        const [ra, rb] = batch(() => [
          store.addDocument(a, [makeStatement(a, { text })]),
          store.addDocument(b, [makeStatement(b, { text })]),
        ]);
        expect(ra).toMatchObject({ newStatements: 1, mergedStatements: 0 });
        expect(rb).toMatchObject({ newStatements: 0, mergedStatements: 1 });
        const hits = store.search(makeQuery({ phrases: ['two outlets'] }), 10);
        expect(hits).toHaveLength(1);
        expect(hits[0]?.statement.sources.map((s) => s.outlet)).toEqual(['TASS', 'Reuters']);
      });
    });

    describe('search', () => {
      function seed() {
        const tass = makeDoc({ outlet: 'TASS', date: '2021-10-15' });
        const reuters = makeDoc({ outlet: 'Reuters', date: '2021-12-20' });
        const ria = makeDoc({ outlet: 'RIA Novosti', date: '2022-01-10' });
        store.addDocument(tass, [
          makeStatement(tass, { text: 'Negotiations with NATO have reached a dead end', speaker: 'Sergey Lavrov' }),
          makeStatement(tass, { text: 'Grain exports will continue', speaker: 'Dmitry Peskov' }),
        ]);
        store.addDocument(reuters, [
          makeStatement(reuters, {
            text: 'NATO will not be dictated to by Lavrov or anyone',
            speaker: 'Jens Stoltenberg',
            context: 'Replying to Lavrov about NATO, NATO chief Stoltenberg said NATO stands firm.',
          }),
          makeStatement(reuters, { text: 'Security guarantees from NATO are needed', speaker: 'Sergey Lavrov' }),
        ]);
        store.addDocument(ria, [makeStatement(ria, { text: 'Refugees must be allowed home', speaker: 'Maria Zakharova' })]);
        return { tass, reuters, ria };
      }

      it('matches a term through its alternatives (a place\'s names), alone and with other words', () => {
        const doc = makeDoc({ date: '2021-06-01' });
        store.addDocument(doc, [
          makeStatement(doc, { text: 'We should prevent the Syrian state from fragmenting', speaker: 'Sergey Lavrov' }),
          makeStatement(doc, { text: 'Talks in Damascus went well', speaker: 'Sergey Lavrov' }),
          makeStatement(doc, { text: 'Grain prices rose again', speaker: 'Sergey Lavrov' }),
        ]);
        const alternatives = { syria: ['Syrian', 'Damascus'] };
        expect(texts(store.search(makeQuery({ terms: ['Syria'] }), 10))).toEqual([]);
        expect(texts(store.search(makeQuery({ terms: ['Syria'], alternatives }), 10)).sort()).toEqual([
          'Talks in Damascus went well',
          'We should prevent the Syrian state from fragmenting',
        ]);
        expect(texts(store.search(makeQuery({ terms: ['Syria', 'talks'], alternatives }), 10))).toEqual(['Talks in Damascus went well']);
      });

      it('keeps a speaker\'s statements inside their windows (a role held from one date to another)', () => {
        const early = makeDoc({ date: '2002-05-14' });
        const late = makeDoc({ date: '2021-06-02' });
        const undated = makeDoc({ date: null });
        store.addDocument(early, [makeStatement(early, { text: 'NATO enlargement is a mistake', speaker: 'Igor Ivanov' })]);
        store.addDocument(late, [
          makeStatement(late, { text: 'NATO is a relic', speaker: 'Igor Ivanov' }),
          makeStatement(late, { text: 'NATO keeps moving east', speaker: 'Sergey Lavrov' }),
        ]);
        store.addDocument(undated, [
          makeStatement(undated, { text: 'NATO talks without a date', speaker: 'Sergey Lavrov' }),
          makeStatement(undated, { text: 'NATO undated remark', speaker: 'Igor Ivanov' }),
        ]);
        const query = makeQuery({
          terms: ['NATO'],
          speakers: ['Sergey Lavrov', 'Igor Ivanov'],
          speakerWindows: [
            { speaker: 'Sergey Lavrov', from: '2004-03-09', until: null },
            { speaker: 'Igor Ivanov', from: '1998-09-11', until: '2004-03-09' },
          ],
        });
        expect(texts(store.search(query, 10)).sort()).toEqual(['NATO enlargement is a mistake', 'NATO keeps moving east', 'NATO talks without a date']);
      });

      it('matches word forms through stemming ("negotiation" finds "negotiations")', () => {
        seed();
        expect(texts(store.search(makeQuery({ terms: ['negotiation'] }), 10))).toEqual([
          'Negotiations with NATO have reached a dead end',
        ]);
      });

      it('ignores case and diacritics', () => {
        const doc = makeDoc();
        store.addDocument(doc, [makeStatement(doc, { text: 'The résumé of the Pétain era' })]);
        expect(store.search(makeQuery({ terms: ['RESUME', 'petain'] }), 10)).toHaveLength(1);
      });

      it('treats speakers as a filter: only their statements, never other people quoting them', () => {
        seed();
        const hits = store.search(makeQuery({ speakers: ['Sergey Lavrov'], terms: ['NATO'] }), 10);
        expect(hits.map((h) => h.statement.speaker)).toEqual(['Sergey Lavrov', 'Sergey Lavrov']);
        expect(store.search(makeQuery({ speakers: ['Maria Zakharova'], terms: ['NATO'] }), 10)).toEqual([]);
        expect(store.search(makeQuery({ speakers: ['Nobody Known'] }), 10)).toEqual([]);
      });

      it('ranks the speaker column above mentions when a name is searched as a plain term', () => {
        seed();
        const hits = store.search(makeQuery({ terms: ['Lavrov'] }), 10);
        expect(hits.length).toBe(3);
        expect(hits[0]?.statement.speaker).toBe('Sergey Lavrov');
        expect(hits[1]?.statement.speaker).toBe('Sergey Lavrov');
        expect(hits[2]?.statement.speaker).toBe('Jens Stoltenberg');
      });

      it('ranks a match in the statement text above a match only in its context, scores descending', () => {
        const doc = makeDoc();
        store.addDocument(doc, [
          makeStatement(doc, { text: 'We discussed many things today', context: 'Asked about sanctions, he said so.' }),
          makeStatement(doc, { text: 'Sanctions will not work', context: 'He spoke briefly.' }),
        ]);
        const hits = store.search(makeQuery({ terms: ['sanctions'] }), 10);
        expect(texts(hits)).toEqual(['Sanctions will not work', 'We discussed many things today']);
        expect(hits[0]?.score).toBeGreaterThan(hits[1]?.score ?? Number.POSITIVE_INFINITY);
      });

      it('breaks relevance ties by date, newest first', () => {
        const older = makeDoc({ date: '2021-01-01' });
        const newer = makeDoc({ date: '2021-06-01' });
        const same = { text: 'Identical wording on gas', context: 'Same context.' };
        store.addDocument(older, [makeStatement(older, { ...same, speaker: 'A Person' })]);
        store.addDocument(newer, [makeStatement(newer, { ...same, speaker: 'B Person' })]);
        const hits = store.search(makeQuery({ terms: ['gas'] }), 10);
        expect(hits.map((h) => h.statement.date)).toEqual(['2021-06-01', '2021-01-01']);
      });

      it('matches exact phrases, not scattered words', () => {
        seed();
        expect(texts(store.search(makeQuery({ phrases: ['dead end'] }), 10))).toEqual([
          'Negotiations with NATO have reached a dead end',
        ]);
        expect(store.search(makeQuery({ phrases: ['end dead'] }), 10)).toEqual([]);
      });

      it('ANDs terms, and falls back to OR (still under the speaker filter) when AND finds nothing', () => {
        seed();
        expect(texts(store.search(makeQuery({ terms: ['NATO', 'security'] }), 10))).toEqual([
          'Security guarantees from NATO are needed',
        ]);
        const fallback = store.search(makeQuery({ terms: ['grain', 'refugees'] }), 10);
        expect(texts(fallback).sort()).toEqual(['Grain exports will continue', 'Refugees must be allowed home']);
        const filtered = store.search(makeQuery({ speakers: ['Dmitry Peskov'], terms: ['grain', 'refugees'] }), 10);
        expect(texts(filtered)).toEqual(['Grain exports will continue']);
      });

      it('searches by filters only, newest first, when there are no terms', () => {
        seed();
        const undated = makeDoc({ date: null });
        store.addDocument(undated, [makeStatement(undated, { text: 'Undated remark', speaker: 'Sergey Lavrov' })]);
        const hits = store.search(makeQuery({ speakers: ['sergey lavrov'] }), 10);
        expect(hits.map((h) => h.statement.date)).toEqual(['2021-12-20', '2021-10-15', null]);
        expect(store.search(makeQuery(), 2).map((h) => h.statement.date)).toEqual(['2022-01-10', '2021-12-20']);
      });

      it('filters by since/until (inclusive, partial dates allowed)', () => {
        seed();
        const dates = (q: Parameters<typeof makeQuery>[0]) =>
          store.search(makeQuery(q), 10).map((h) => h.statement.date).sort();
        expect(dates({ since: '2021-12-20' })).toEqual(['2021-12-20', '2021-12-20', '2022-01-10']);
        expect(dates({ until: '2021-10-15' })).toEqual(['2021-10-15', '2021-10-15']);
        expect(dates({ since: '2021-11', until: '2021-12' })).toEqual(['2021-12-20', '2021-12-20']);
        expect(dates({ since: '2022', terms: ['refugees'] })).toEqual(['2022-01-10']);
        expect(dates({ until: '2021', terms: ['refugees'] })).toEqual([]);
      });

      it('filters by outlet case-insensitively, including outlets that only re-reported a statement', () => {
        const { tass } = seed();
        expect(texts(store.search(makeQuery({ outlet: 'ria novosti' }), 10))).toEqual(['Refugees must be allowed home']);
        const echo = makeDoc({ outlet: 'Interfax' });
        store.addDocument(echo, [makeStatement(echo, { text: 'Grain exports will continue', speaker: 'Dmitry Peskov' })]);
        expect(texts(store.search(makeQuery({ outlet: 'INTERFAX', terms: ['grain'] }), 10))).toEqual([
          'Grain exports will continue',
        ]);
        expect(store.search(makeQuery({ outlet: 'Interfax', terms: ['NATO'] }), 10)).toEqual([]);
        expect(tass.outlet).toBe('TASS');
      });

      it('filters by theme, ignoring case and separators', () => {
        seed();
        const hit = store.search(makeQuery({ terms: ['refugees'] }), 1)[0];
        expect(hit).toBeDefined();
        store.setThemes(hit?.statement.id ?? '', [{ theme: 'Military presence', score: 0.8 }]);
        expect(texts(store.search(makeQuery({ theme: 'military-presence' }), 10))).toEqual([
          'Refugees must be allowed home',
        ]);
        expect(store.search(makeQuery({ theme: 'military presence', terms: ['NATO'] }), 10)).toEqual([]);
      });

      it('pages with limit and offset without overlap', () => {
        const doc = makeDoc();
        store.addDocument(
          doc,
          Array.from({ length: 7 }, (_, i) => makeStatement(doc, { text: `Gas supply statement number ${i}` })),
        );
        const q = makeQuery({ terms: ['gas'] });
        const all = texts(store.search(q, 10));
        expect(all).toHaveLength(7);
        const pages = [...texts(store.search(q, 3, 0)), ...texts(store.search(q, 3, 3)), ...texts(store.search(q, 3, 6))];
        expect(pages).toEqual(all);
        expect(store.search(q, 3, 9)).toEqual([]);
        expect(store.search(q, 0)).toEqual([]);
        expect(store.search(makeQuery({ terms: ['gas', 'zzz'] }), 3, 3)).toHaveLength(3); // OR fallback pages too
      });

      it('never throws on FTS5 syntax or junk in any field', () => {
        seed();
        const nasty = [
          'NEAR(', 'NEAR(a b, 2)', '*', 'nato*', '"', '""', '"unterminated', ':', 'text:', '{text}:x', '^', '^nato',
          'AND', 'OR', 'NOT', 'a AND OR NOT b', '-', '-nato', '(', ')', '((nato)', '+', 'col:val', '\u0000', 'a\u0000b',
          '\u0001\u001f', '\uD800', '\uDC00x', '', ' ', "'; DROP TABLE statements; --", 'x'.repeat(10_000),
        ];
        for (const s of nasty) {
          for (const q of [
            makeQuery({ terms: [s] }),
            makeQuery({ phrases: [s] }),
            makeQuery({ terms: [s, 'nato'], phrases: [s] }),
            makeQuery({ speakers: [s], terms: ['nato'] }),
            makeQuery({ speakers: [s] }),
            makeQuery({ outlet: s, theme: s, since: s, until: s }),
          ]) {
            expect(Array.isArray(store.search(q, 5))).toBe(true);
          }
        }
        expect(texts(store.search(makeQuery({ terms: ['NOT', 'grain'] }), 5))).toContain('Grain exports will continue');
        expect(store.stats().statements).toBe(5);
      });
    });

    describe('reading', () => {
      it('returns statements after a cursor, oldest first, with a limit', () => {
        const docs = [makeDoc(), makeDoc(), makeDoc()];
        const ids = docs.map((doc, i) => {
          const st = makeStatement(doc, { text: `Cursor statement ${i}` });
          store.addDocument(doc, [st]);
          return st.id;
        });
        const all = store.statementsSince(0);
        expect(all.map((s) => s.id)).toEqual(ids);
        expect(all.map((s) => s.seq)).toEqual([...all.map((s) => s.seq)].sort((a, b) => a - b));
        const first = all[0]?.seq ?? 0;
        expect(store.statementsSince(first).map((s) => s.id)).toEqual(ids.slice(1));
        expect(store.statementsSince(first, 1).map((s) => s.id)).toEqual(ids.slice(1, 2));
        expect(store.statementsSince(all[2]?.seq ?? 0)).toEqual([]);
      });

      it('counts statements per speaker, most quoted first', () => {
        const doc = makeDoc();
        store.addDocument(doc, [
          makeStatement(doc, { speaker: 'Dmitry Peskov' }),
          makeStatement(doc, { speaker: 'Sergey Lavrov' }),
          makeStatement(doc, { speaker: 'Sergey Lavrov' }),
          makeStatement(doc, { speaker: null }),
        ]);
        expect(store.speakerCounts()).toEqual([
          { name: 'Sergey Lavrov', statements: 2 },
          { name: 'Dmitry Peskov', statements: 1 },
        ]);
      });

      it('saves and upserts speakers', () => {
        store.saveSpeakers([
          { name: 'Sergey Lavrov', kind: 'person', aliases: ['Lavrov'], roles: [{ title: 'Foreign Minister', from: '2004-03-09' }], affiliation: 'Russia' },
          { name: 'Kremlin', kind: 'institution', aliases: [], roles: [] },
        ]);
        store.saveSpeakers([
          { name: 'Sergey Lavrov', kind: 'person', aliases: ['Lavrov', 'Sergei Lavrov'], roles: [{ title: 'top diplomat' }] },
        ]);
        expect(store.loadSpeakers()).toEqual([
          { name: 'Kremlin', kind: 'institution', aliases: [], roles: [], affiliation: null },
          { name: 'Sergey Lavrov', kind: 'person', aliases: ['Lavrov', 'Sergei Lavrov'], roles: [{ title: 'top diplomat' }], affiliation: null },
        ]);
      });

      it('reports stats', () => {
        expect(store.stats()).toEqual({ documents: 0, statements: 0, speakers: 0, outlets: [], firstDate: null, lastDate: null });
        const a = makeDoc({ outlet: 'TASS', date: '2021-10-01' });
        const b = makeDoc({ outlet: 'TASS', date: '2021-12-31' });
        const c = makeDoc({ outlet: 'Reuters', date: null });
        store.addDocument(a, [makeStatement(a, { speaker: 'Sergey Lavrov' })]);
        store.addDocument(b, [makeStatement(b, { speaker: 'Dmitry Peskov' }), makeStatement(b, { speaker: null })]);
        store.addDocument(c, []);
        expect(store.stats()).toEqual({
          documents: 3,
          statements: 3,
          speakers: 2,
          outlets: [
            { outlet: 'TASS', documents: 2 },
            { outlet: 'Reuters', documents: 1 },
          ],
          firstDate: '2021-10-01',
          lastDate: '2021-12-31',
        });
      });
    });
  });
}
