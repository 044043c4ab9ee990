// Imported first by the bench's entry points (bench.ts, compiled.ts): the product's code runs compiled, as
// `briefdesk` runs it. When dist/ is built from the sources here (`npm run build`, also run by `npm ci`), every src/
// module imported after this one is loaded from dist/ (see dist-hook.js); otherwise, or with BRIEFDESK_DEV=1, the
// sources run through tsx, and the bench says so (machine line: "run from …"). Only modules imported after this
// one has run (dynamic imports) are redirected.
import { register } from 'node:module';
import { distState } from '../bin/dist-state.js';

const state = process.env.BRIEFDESK_DEV === '1' ? 'dev' : distState();
if (state === 'current') register(new URL('./dist-hook.js', import.meta.url));
process.env.BRIEFDESK_BENCH_CODE = state === 'current' ? 'dist' : 'tsx';
if (state !== 'current' && !process.argv.includes('--child') && !process.argv.includes('--json')) {
  process.stderr.write(`bench: the product's code runs from its sources through tsx (dist/ is ${state}${state === 'dev' ? ': BRIEFDESK_DEV=1' : ''}; \`npm run build\` first to measure the compiled code)\n`);
}
