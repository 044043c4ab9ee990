// `node bin/run-ts.js bench/compiled.ts SCRIPT [args]`: runs a bench script with the product's code compiled when
// dist/ is current, as bench.ts does (the bench's child processes: the PostgreSQL run of a size).
import './use-dist.ts';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [script, ...rest] = process.argv.slice(2);
if (!script) {
  process.stderr.write('usage: node bin/run-ts.js bench/compiled.ts SCRIPT [args]\n');
  process.exit(2);
}
process.argv = [process.argv[0] as string, resolve(script), ...rest];
await import(pathToFileURL(resolve(script)).href);
