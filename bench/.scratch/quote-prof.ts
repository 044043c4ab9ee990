import Database from 'better-sqlite3';
import { createBriefingService } from '../../src/core/briefing-service.ts';
import { planSearch } from '../../src/core/query/search.ts';
import { openSqliteStore } from '../../src/core/store/sqlite-store.ts';
const db = process.argv[2]!;
const service = createBriefingService({ store: openSqliteStore(db) });
const raw = new Database(db, { readonly: true });
const stmt = raw.prepare('SELECT rowid FROM statements_fts WHERE statements_fts MATCH ? ORDER BY rank LIMIT 10');
const qs = ['Lavrov NATO', 'security', 'sanctions', '"military infrastructure"', 'since:2024-06 refugees', 'from:reuters energy', 'Zakharova since:2022 sanctions', 'Pimiom'];
const cpu = (fn: () => void, n: number) => { const c0 = process.cpuUsage(); for (let i = 0; i < n; i++) fn(); const c = process.cpuUsage(c0); return (c.user + c.system) / 1000 / n; };
for (const q of qs) {
  const m = planSearch(service.parseQuery(q)).matchAll!;
  cpu(() => service.quote(q, { limit: 10 }), 20); cpu(() => stmt.all(m), 20);
  const a = cpu(() => service.quote(q, { limit: 10 }), 200);
  const b = cpu(() => stmt.all(m), 200);
  const p = cpu(() => planSearch(service.parseQuery(q)), 200);
  console.log(q.padEnd(32), 'service', a.toFixed(3), 'raw', b.toFixed(3), 'ratio', (a / b).toFixed(2), 'parse+plan', p.toFixed(3));
}
