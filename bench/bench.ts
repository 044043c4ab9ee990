// `npm run bench [-- --size tiny|small|medium|large[,…]] [--out FILE] [--seed TEXT] [--keep] [--real-text DIR|off]`
// Builds a deterministic synthetic corpus (~300 / 10k / 100k / 1M statements) in a temporary directory,
// ingests it article by article, measures, prints one table and writes the results JSON (default
// bench-results.json; results of other sizes already in the file are kept). Several sizes run one after the
// other, each in its own process, so that one size's memory does not show in the next one's peak. Then extraction
// over real news (bench/real-text.ts: the PolNeAR train texts when present) with the wink-nlp and compromise baselines.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runBench, SIZES, type SizeName, type SizeResult } from './harness.ts';
import { formatRealText, measureRealText, recordRealText } from './real-text.ts';
import { formatMachine, formatTable, formatTargets, machineInfo, mergeResults, type ResultsFile } from './report.ts';
import { formatTrend } from './trend.ts';

const USAGE = 'usage: npm run bench -- [--size tiny|small|medium|large[,…]] [--out FILE] [--seed TEXT] [--keep] [--real-text DIR|off] [--store sqlite|postgres]';

interface Args {
  readonly sizes: SizeName[];
  readonly out: string;
  readonly seed: string | undefined;
  readonly keep: boolean;
  /** 'auto' (PolNeAR train texts when present), 'off', or a folder of .txt files. */
  readonly realText: string;
  /** Internal: a child run of a multi-size invocation (the parent prints the table). */
  readonly child: boolean;
}

function parse(argv: readonly string[]): Args {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      size: { type: 'string', default: 'small' },
      out: { type: 'string', default: 'bench-results.json' },
      seed: { type: 'string' },
      keep: { type: 'boolean', default: false },
      'real-text': { type: 'string', default: 'auto' },
      child: { type: 'boolean', default: false },
      store: { type: 'string', default: 'sqlite' },
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
  if (values.store !== 'sqlite') throw new Error(`unknown store "${String(values.store)}" (sqlite, postgres)`);
  return { sizes: sizes as SizeName[], out: String(values.out), seed: values.seed, keep: values.keep === true, realText: String(values['real-text']), child: values.child === true };
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  // `--store postgres`: the PostgreSQL store's bench (bench/postgres.ts reads the same arguments)
  if (process.argv.some((a, i) => a === '--store=postgres' || (a === '--store' && process.argv[i + 1] === 'postgres'))) {
    await import('./postgres.ts');
    return;
  }
  let args: Args;
  try {
    args = parse(process.argv.slice(2).filter((a) => a !== '--'));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const machine = machineInfo();
  if (!args.child) console.log(formatMachine(machine));
  const results: SizeResult[] = [];
  if (args.sizes.length > 1) {
    const runTs = fileURLToPath(new URL('../bin/run-ts.js', import.meta.url));
    for (const size of args.sizes) {
      const extra = [...(args.seed === undefined ? [] : ['--seed', args.seed]), ...(args.keep ? ['--keep'] : [])];
      const child = spawnSync(process.execPath, [runTs, fileURLToPath(import.meta.url), '--size', size, '--out', args.out, '--child', ...extra], { stdio: 'inherit' });
      if (child.status !== 0) {
        console.error(`bench: the ${size} run failed (exit ${child.status ?? child.signal})`);
        process.exit(1);
      }
    }
  } else {
    const size = args.sizes[0] ?? 'small';
    results.push(await runBench({ size, seed: args.seed, keep: args.keep }));
    writeFileSync(args.out, `${JSON.stringify(mergeResults(readJson(args.out), results, machine), null, 2)}\n`);
  }
  if (args.child) return;
  const file = readJson(args.out) as ResultsFile;
  console.log('');
  console.log(formatTable(file));
  console.log('');
  console.log(formatTargets(file));
  for (const size of args.sizes) {
    const r = file.runs[size];
    if (r && r.digest.status !== 'ok') console.log(`note (${size}): digest ${r.digest.status}: ${r.digest.note}`);
    if (r && r.inline.status !== 'ok') console.log(`note (${size}): inline ${r.inline.status}: ${r.inline.note}`);
    if (r?.inline.defaultPageEmpty) console.log(`note (${size}): inline: ${r.inline.note.split('; NOTE: ')[1] ?? ''}`);
    if (r?.trend) console.log(formatTrend(size, r.corpus.statements, r.trend));
  }
  const real = await measureRealText(args.realText);
  recordRealText(args.out, real);
  console.log(`\n${formatRealText(real)}`);
  console.log(`\nresults written to ${args.out}`);
}

await main();
