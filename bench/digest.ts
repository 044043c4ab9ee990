// `node bin/run-ts.js bench/digest.ts --db FILE [--runs N]`: the digest of the newest 10,000 statements of a
// database, its CPU time split into reading the statements from the store and building the digest from them (the
// same statements served from memory, fresh objects each run, as buildDigest's page reads would give them).
// `npm run bench -- --keep` leaves a database to point it at; the bench's own digest figure adds both parts.
import { parseArgs } from 'node:util';
import { openService } from '../src/cli.ts';
import type { DigestStatement } from '../src/core/model.ts';
import { buildDigest, collectStatements } from '../src/digest/index.ts';

const { values } = parseArgs({ options: { db: { type: 'string' }, runs: { type: 'string', default: '9' } } });
if (!values.db) {
  console.error('usage: node bin/run-ts.js bench/digest.ts --db FILE [--runs N]');
  process.exit(2);
}
const runs = Math.max(3, Number(values.runs) || 9);
const service = openService(values.db);
const cpu = (f: () => void) => {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

let newest: DigestStatement[] = [];
const reads: number[] = [];
for (let i = 0; i < runs; i++) reads.push(cpu(() => (newest = collectStatements(service, 0).slice(-10_000))));
const pages = (list: readonly DigestStatement[]) => ({
  digestStatementsSince: (after: number, limit = 500) => {
    const from = list.findIndex((s) => s.seq > after);
    return from < 0 ? [] : list.slice(from, from + limit);
  },
});
const builds: number[] = [];
let groups = 0;
for (let i = 0; i <= runs; i++) {
  const copy = newest.map((s) => ({ ...s }));
  const ms = cpu(() => (groups = buildDigest({ store: pages(copy), now: new Date(), kindOf: (n) => service.speaker(n)?.kind }).groups.length));
  if (i > 0) builds.push(ms); // the first run warms up the JIT
}
service.close();
const r = (x: number) => x.toFixed(0);
console.log(`digest of ${newest.length} statements (${groups} groups), CPU ms, median of ${runs}: read ${r(median(reads))} + build ${r(median(builds))} = ${r(median(reads) + median(builds))} (build min ${r(Math.min(...builds))})`);
