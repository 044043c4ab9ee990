#!/usr/bin/env node
// `npm run build` (also run by `npm ci` and `npm install` through the `prepare` script): compiles src/ to dist/ with
// tsc (tsconfig.build.json: no type check, `.ts` import specifiers rewritten to `.js`), copies every other file
// under src/ beside it (data a module reads relative to itself), and records the sources it compiled
// (bin/dist-state.js). The new tree is built in a temporary folder and replaces dist/ only when complete, so a
// concurrent `briefdesk` run never sees half a build. Without TypeScript installed (`npm ci --omit=dev`) there is
// nothing to build with: it says so and succeeds, and bin/briefdesk.js runs the sources through tsx.
// `briefdesk extract` also gets one bundled file (see bundleExtract).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, ROOT, sourceFingerprint, writeManifest } from './dist-state.js';

const TS = /\.(?:[cm]?ts|tsx)$/;

function tscPath() {
  try {
    return createRequire(join(ROOT, 'package.json')).resolve('typescript/bin/tsc');
  } catch {
    return null;
  }
}

/** Files under src/ that tsc does not emit (not TypeScript, not dotfiles), as paths relative to src/. */
function assets(rel = '') {
  const out = [];
  for (const entry of readdirSync(join(ROOT, 'src', rel), { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...assets(path));
    else if (!TS.test(entry.name)) out.push(path);
  }
  return out;
}

/** The file bin/briefdesk.js runs for `briefdesk extract` when the build made it. */
export const EXTRACT_BUNDLE = 'extract-cli.bundle.js';

/**
 * `briefdesk extract`'s entry and the modules it loads statically, compiled, as one file (EXTRACT_BUNDLE) made by
 * esbuild (installed with tsx): Node resolves, reads and links one module instead of ~60, which took ~40 ms of every
 * start (0.13 -> 0.09 CPU-s for a run that reads one file). Packages stay outside, and so do the modules loaded
 * on demand (the full CLI for help and other commands, the configuration); each bundled module's import.meta.url
 * is rewritten to its own file's, so what it resolves from there (data/, packages) is what dist/ resolves.
 * Without esbuild nothing is bundled and bin/briefdesk.js runs dist/extract-cli.js.
 */
async function bundleExtract(dir) {
  let esbuild;
  try {
    esbuild = await import(createRequire(join(ROOT, 'package.json')).resolve('esbuild'));
  } catch {
    return 'esbuild is not installed: `briefdesk extract` runs dist/extract-cli.js';
  }
  const ownUrl = {
    name: 'own-import-meta-url',
    setup(b) {
      b.onLoad({ filter: /\.js$/ }, (args) => {
        const rel = `./${relative(dir, args.path).split(sep).join('/')}`;
        const contents = readFileSync(args.path, 'utf8').replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, import.meta.url).href`);
        return { contents, loader: 'js' };
      });
    },
  };
  try {
    await esbuild.build({
      entryPoints: [join(dir, 'extract-cli.js')],
      outfile: join(dir, EXTRACT_BUNDLE),
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      external: ['./cli.js', './config.js'],
      plugins: [ownUrl],
      logLevel: 'warning',
    });
  } catch (error) {
    // a failed bundle is no failed build: the modules it would have held are in dist/ already
    rmSync(join(dir, EXTRACT_BUNDLE), { force: true });
    return `bundling extract failed (${String(error instanceof Error ? error.message : error).split('\n')[0]}): \`briefdesk extract\` runs dist/extract-cli.js`;
  }
  return null;
}

/**
 * Data the extractor derives from packages on first use, derived now so the first extraction does not pay for it:
 * the person nouns read from WordNet (~45 ms) into node_modules/.cache/briefdesk/. A failure only costs that time later.
 */
async function warmCaches() {
  try {
    const words = await import(pathToFileURL(join(DIST, 'core', 'extract', 'person-words.js')).href);
    words.personNouns();
  } catch (error) {
    console.log(`build: person nouns not cached (${String(error instanceof Error ? error.message : error).split('\n')[0]}): read at first use`);
  }
}

async function build() {
  const tsc = tscPath();
  if (!tsc) {
    console.log('build: typescript is not installed (production install?): no dist/, bin/briefdesk.js runs the sources through tsx');
    return 0;
  }
  const sources = sourceFingerprint(); // before compiling: an edit made meanwhile leaves dist/ stale
  const tmp = join(ROOT, `dist.tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  const started = Date.now();
  const r = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', tmp], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    rmSync(tmp, { recursive: true, force: true });
    console.error(`build: tsc failed (exit ${r.status ?? r.signal}); dist/ left as it was (bin/briefdesk.js runs the sources through tsx while it is stale)`);
    return 1;
  }
  for (const file of assets()) {
    mkdirSync(dirname(join(tmp, file)), { recursive: true });
    copyFileSync(join(ROOT, 'src', file), join(tmp, file));
  }
  const skipped = await bundleExtract(tmp);
  if (skipped) console.log(`build: ${skipped}`);
  writeManifest(tmp, sources);
  const old = join(ROOT, `dist.old-${process.pid}`);
  if (existsSync(DIST)) renameSync(DIST, old);
  renameSync(tmp, DIST);
  rmSync(old, { recursive: true, force: true });
  await warmCaches();
  console.log(`build: src/ → dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

process.exitCode = await build();
