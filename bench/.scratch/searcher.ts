import Database from 'better-sqlite3';
import { createHydrator } from '../../src/core/store/sqlite-hydrate.ts';
import { createSearcher } from '../../src/core/store/sqlite-search.ts';
import { parseQuery } from '../../src/core/query/parse-query.ts';
import { planSearch } from '../../src/core/query/search.ts';
const db = new Database(process.argv[2]!, { readonly: true });
db.pragma('cache_size = -65536');
const fast = createSearcher(db, createHydrator(db), { fastPath: true });
const slow = createSearcher(db, createHydrator(db), { fastPath: false });
const raw10 = db.prepare('SELECT rowid FROM statements_fts WHERE statements_fts MATCH ? ORDER BY rank LIMIT 10');
const cpu = (fn: () => unknown, n = 300) => { for (let i = 0; i < 20; i++) fn(); const c0 = process.cpuUsage(); for (let i = 0; i < n; i++) fn(); const c = process.cpuUsage(c0); return ((c.user + c.system) / 1000 / n); };
const res = (p: string) => (p === 'Lavrov' ? 'Sergey Lavrov' : p === 'Zakharova' ? 'Maria Zakharova' : null);
for (const t of ['security', 'sanctions', '"military infrastructure"', 'Lavrov NATO', 'since:2024-06 refugees', 'from:reuters energy', 'Pimiom']) {
  const q = parseQuery(t, res);
  const m = planSearch(q).matchAll!;
  const r = cpu(() => raw10.all(m)), f = cpu(() => fast(q, 10)), s = cpu(() => slow(q, 10));
  console.log(t.padEnd(28), 'raw', r.toFixed(3), 'fast', f.toFixed(3), 'slow', s.toFixed(3), 'fast/raw', (f / r).toFixed(2), 'slow/raw', (s / r).toFixed(2));
}
