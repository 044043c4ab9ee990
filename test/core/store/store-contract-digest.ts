// The StatementStore contract for the digest's read (digestStatementsSince); runStoreContract runs it for every engine.
import { beforeEach, describe, expect, it } from 'vitest';
import type { StoredStatement } from '../../../src/core/model.ts';
import type { StatementStore } from '../../../src/core/store/statement-store.ts';
import { makeDoc, makeStatement } from './builders.ts';

/** What the digest read must return for a statement statementsSince returned. */
const withoutShownParts = ({ context: _context, span: _span, run: _run, ...rest }: StoredStatement) => rest;

export function digestReadContract(getStore: () => StatementStore): void {
  describe('digestStatementsSince', () => {
    let store: StatementStore;
    const shared = 'We are ready for talks without preconditions';
    const tass = makeDoc({ outlet: 'TASS', title: 'Lavrov on talks', path: 'in/a.txt' });
    const reuters = makeDoc({ outlet: 'Reuters', title: null, url: null, date: null });
    const ria = makeDoc({ outlet: 'RIA Novosti' });
    beforeEach(() => {
      store = getStore();
      const first = makeStatement(tass, { text: shared, kind: 'mixed', speakerRole: 'foreign minister', act: 'thinks', run: { id: 'run-1', part: 1, of: 2 } });
      store.addDocument(
        tass,
        [first, makeStatement(tass, { text: 'The second paragraph of the run', run: { id: 'run-1', part: 2, of: 2 } }), makeStatement(tass, { text: 'Nobody said who', speaker: null })],
        new Map([[first.id, [{ theme: 'nato', score: 1 }, { theme: 'diplomacy', score: 2.5 }]]]),
      );
      // the same statement from two more outlets gains their documents as sources, in the order they came
      store.addDocument(reuters, [makeStatement(reuters, { text: shared }), makeStatement(reuters, { text: 'Only Reuters carried this', kind: 'indirect' })]);
      store.addDocument(ria, [makeStatement(ria, { text: 'Only RIA carried this' }), makeStatement(ria, { text: shared })]);
    });

    it('reads the statements statementsSince reads, with their sources and themes, without context, span and run', () => {
      const full = store.statementsSince(0);
      expect(full).toHaveLength(5);
      expect(store.digestStatementsSince(0)).toEqual(full.map(withoutShownParts));
      const read = store.digestStatementsSince(0).find((s) => s.text === shared);
      expect(read?.sources.map((s) => s.docId)).toEqual([tass.id, reuters.id, ria.id]);
      expect(read?.sources[1]).toEqual({ docId: reuters.id, outlet: 'Reuters', url: null, title: null, date: null, path: null });
      expect(read?.themes).toEqual([
        { theme: 'diplomacy', score: 2.5 },
        { theme: 'nato', score: 1 },
      ]);
      expect(read).toMatchObject({ speakerRole: 'foreign minister', act: 'thinks', kind: 'mixed' });
      expect(read).not.toHaveProperty('context');
      expect(read).not.toHaveProperty('span');
      expect(read).not.toHaveProperty('run');
    });

    it('pages from a cursor with a limit as statementsSince does, and sees new tags', () => {
      const seqs = store.statementsSince(0).map((s) => s.seq);
      for (const [after, limit] of [[0, 1], [seqs[0] ?? 0, 2], [seqs[1] ?? 0, 10], [seqs[4] ?? 0, 5]] as const) {
        expect(store.digestStatementsSince(after, limit)).toEqual(store.statementsSince(after, limit).map(withoutShownParts));
      }
      expect(store.digestStatementsSince(seqs[4] ?? 0)).toEqual([]);
      const untagged = store.digestStatementsSince(0).find((s) => s.text === 'Only RIA carried this');
      expect(untagged?.themes).toEqual([]);
      store.setThemes(untagged?.id ?? '', [{ theme: 'media', score: 1 }]);
      expect(store.digestStatementsSince(0).find((s) => s.text === 'Only RIA carried this')?.themes).toEqual([{ theme: 'media', score: 1 }]);
    });
  });
}
