import { openSqliteStore } from '../../src/core/store/sqlite-store.ts';
import { buildDigest } from '../../src/digest/index.ts';
const store = openSqliteStore(process.argv[2]!);
const cpu: number[] = []; const wall: number[] = [];
let out = '';
for (let r = 0; r < 4; r++) {
  const c0 = process.cpuUsage(); const t0 = performance.now();
  const d = buildDigest({ store, afterSeq: 0, now: new Date('2025-01-01') });
  const c = process.cpuUsage(c0);
  if (r > 0) { cpu.push((c.user + c.system) / 1000); wall.push(performance.now() - t0); }
  out = d.statementCount + ' statements, ' + d.groups.length + ' groups; first summary: ' + d.groups[0]?.summary.slice(0, 160);
}
cpu.sort((a,b)=>a-b); wall.sort((a,b)=>a-b);
console.log('median cpu ms', cpu[1]!.toFixed(0), 'median wall ms', wall[1]!.toFixed(0), '|', out);
