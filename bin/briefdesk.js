#!/usr/bin/env node
// The `briefdesk` command. Runs the compiled CLI in dist/ (built by `npm ci` / `npm run build`) when it was built
// from exactly the sources here now; otherwise — no build yet, or src/ edited since — the TypeScript sources
// through tsx, so this always runs the current code (see bin/dist-state.js). BRIEFDESK_DEV=1 always runs the
// sources.
import { existsSync } from 'node:fs';
import { DIST, distState } from './dist-state.js';

const state = process.env.BRIEFDESK_DEV === '1' ? 'dev' : distState();
// `briefdesk extract` starts from its own light entry (no stores, search or chat code: see src/extract-cli.ts),
// bundled into one file by the build when it could (bin/build.js, bundleExtract)
const program = process.argv[2] === 'extract' ? 'extract-cli' : 'cli';
let entry = program === 'extract-cli' && existsSync(`${DIST}/extract-cli.bundle.js`) ? '../dist/extract-cli.bundle.js' : `../dist/${program}.js`;
if (state !== 'current') {
  if (state === 'stale' && process.stderr.isTTY) {
    process.stderr.write('briefdesk: src/ changed since the last build: running the sources through tsx (`npm run build` for a fast start)\n');
  }
  const { register } = await import('tsx/esm/api');
  register();
  entry = `../src/${program}.ts`;
}
const { main } = await import(entry);
process.exitCode = await main(process.argv.slice(2));
