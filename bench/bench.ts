// `npm run bench [-- --size tiny|small|medium|large[,…]] [--out FILE] [--seed TEXT] [--keep]`
// Builds a deterministic synthetic corpus (~300 / 10k / 100k / 1M statements) in a temporary directory,
// ingests it article by article, measures, prints one table and writes the results JSON (default
// bench-results.json; results of other sizes already in the file are kept).
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runBench, SIZES, type SizeName, type SizeResult } from './harness.ts';
import { formatMachine, formatTable, formatTargets, machineInfo, mergeResults } from './report.ts';

const USAGE = 'usage: npm run bench -- [--size tiny|small|medium|large[,…]] [--out FILE] [--seed TEXT] [--keep]';

function parse(argv: readonly string[]): { sizes: SizeName[]; out: string; seed: string | undefined; keep: boolean } {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      size: { type: 'string', default: 'small' },
      out: { type: 'string', default: 'bench-results.json' },
      seed: { type: 'string' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const sizes = String(values.size)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const s of sizes) {
    if (!(s in SIZES)) throw new Error(`unknown size "${s}" (tiny, small, medium, large)`);
  }
  return { sizes: sizes as SizeName[], out: String(values.out), seed: values.seed, keep: values.keep === true };
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(process.argv.slice(2).filter((a) => a !== '--'));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const machine = machineInfo();
  console.log(formatMachine(machine));
  const results: SizeResult[] = [];
  for (const size of args.sizes) {
    results.push(await runBench({ size, seed: args.seed, keep: args.keep }));
    // Write after each size, so a long run keeps what it has measured.
    const file = mergeResults(readJson(args.out), results, machine);
    writeFileSync(args.out, `${JSON.stringify(file, null, 2)}\n`);
  }
  const file = mergeResults(readJson(args.out), results, machine);
  console.log('');
  console.log(formatTable(file));
  console.log('');
  console.log(formatTargets(file));
  for (const r of results) {
    if (r.digest.status !== 'ok') console.log(`note (${r.size}): digest ${r.digest.status}: ${r.digest.note}`);
    if (r.inline.status !== 'ok') console.log(`note (${r.size}): inline ${r.inline.status}: ${r.inline.note}`);
  }
  console.log(`\nresults written to ${args.out}`);
}

await main();
