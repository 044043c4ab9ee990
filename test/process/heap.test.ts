import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const HEAP = fileURLToPath(new URL('../../src/heap.ts', import.meta.url));

// A child process keeps ~30 MB alive and churns through arrays that live long enough to be promoted (as an ingest
// batch's ranking work does), and prints the highest heap use it saw: with keepHeapSmall the heap stays near
// what is live instead of growing to several times it between full collections.
const SCRIPT = `
import { keepHeapSmall } from ${JSON.stringify(HEAP)};
if (process.argv.at(-1) === 'small') keepHeapSmall();
const live = [];
for (let i = 0; i < 300000; i++) live.push({ i, s: 'x' + i });
let peak = 0;
const keep = [];
for (let r = 0; r < 120; r++) {
  keep.push(Array.from({ length: 50000 }, (_, k) => ({ k, r })));
  if (keep.length > 8) keep.shift();
  peak = Math.max(peak, process.memoryUsage().heapUsed);
}
console.log(String(peak + live.length * 0));
`;

function peakHeap(mode: 'small' | 'default'): number {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', SCRIPT, mode], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return Number(r.stdout.trim());
}

describe('keepHeapSmall', () => {
  it('keeps the heap of a churning process well below what V8 lets it grow to by default', { timeout: 60_000 }, () => {
    const before = peakHeap('default');
    const after = peakHeap('small');
    expect(after).toBeLessThan(before * 0.6);
  });
});
