import { openSqliteStore } from '../../src/core/store/sqlite-store.ts';
import { buildDigest } from '../../src/digest/index.ts';
const store = openSqliteStore('/tmp/briefdesk-bench-small-6WczWE/bench.db');
const t0 = performance.now();
const d = buildDigest({ store, afterSeq: 0, now: new Date('2025-01-01') });
console.log('digest ms', (performance.now()-t0).toFixed(0), d.statementCount, d.groups.length, d.groups.map(g => g.kind+':'+g.statements.length).slice(0,30).join(' '));
