// The JavaScript tokenizer used by bounded ranking against SQLite FTS5's own (`porter unicode61
// remove_diacritics 2`): on every word of the fixture articles and the shipped corpus, token for token.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ftsTokens, indexToken, porter, tokensStartingWith } from '../../../src/core/query/fts-tokens.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;

function words(): string[] {
  const out = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(txt|md|html?)$/.test(name)) for (const w of readFileSync(path, 'utf8').split(/\s+/)) if (w) out.add(w);
    }
  };
  walk(join(ROOT, 'test/fixtures'));
  walk(join(ROOT, 'data/corpus'));
  return [...out];
}

/** FTS5's tokens of each text, in order (fts5vocab 'instance' over a scratch index). */
function sqliteTokens(texts: readonly string[]): string[][] {
  const db = new Database(':memory:');
  db.exec("CREATE VIRTUAL TABLE t USING fts5 (x, tokenize = 'porter unicode61 remove_diacritics 2'); CREATE VIRTUAL TABLE v USING fts5vocab (t, instance);");
  const insert = db.prepare('INSERT INTO t (rowid, x) VALUES (?, ?)');
  db.transaction(() => texts.forEach((text, i) => insert.run(i + 1, text)))();
  const out: string[][] = texts.map(() => []);
  for (const r of db.prepare('SELECT doc, offset, term FROM v').all() as { doc: number; offset: number; term: string }[]) {
    (out[r.doc - 1] as string[])[r.offset] = r.term;
  }
  db.close();
  return out;
}

describe('ftsTokens', () => {
  it('gives the tokens FTS5 gives, on every word of the fixtures (thousands, several scripts)', () => {
    const list = words();
    expect(list.length).toBeGreaterThan(5000);
    const expected = sqliteTokens(list);
    const differ = list.filter((w, i) => ftsTokens(w).join(' ') !== (expected[i] ?? []).join(' '));
    expect(differ).toEqual([]);
  });

  it('splits on symbols where FTS5 does, and keeps those its Unicode 6.1 tables did not know, emoji among them (each symbol of today, between two words)', () => {
    const symbols: string[] = [];
    for (let cp = 0x80; cp <= 0x10ffff; cp++) if ((cp < 0xd800 || cp > 0xdfff) && /^[\p{So}\p{Sk}\p{Extended_Pictographic}]$/u.test(String.fromCodePoint(cp))) symbols.push(`a${String.fromCodePoint(cp)}b x\uFE0Fy`);
    expect(symbols.length).toBeGreaterThan(8000);
    const expected = sqliteTokens(symbols);
    expect(symbols.filter((w, i) => ftsTokens(w).join(' ') !== (expected[i] ?? []).join(' '))).toEqual([]);
    expect(ftsTokens('🧡🖤 😀 🗑️')).toEqual(['🧡🖤', '🗑']);
  });

  it('stems like SQLite, folds case and accents, splits on punctuation', () => {
    expect(ftsTokens('Negotiations, negotiating; NATO’s résumé U.S.')).toEqual(['negoti', 'negoti', 'nato', 's', 'resum', 'u', 's']);
    expect(porter('security')).toBe('secur');
    expect(indexToken('Sanctions')).toBe('sanction');
  });

  it('blanks the tokens a query cannot need, keeping positions', () => {
    expect(tokensStartingWith('Lavrov met the NATO envoy', new Set(['n', 'l']))).toEqual(['lavrov', '', '', 'nato', '']);
  });
});
