// The build bundles `briefdesk extract`'s entry into one file (bin/build.js, bundleExtract) and bin/briefdesk.js
// runs it: the same output and errors as the modules it was made from. Runs when dist/ is current (as after
// `npm ci` or `npm run build`) and holds the bundle; otherwise there is nothing to compare.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distState } from '../../bin/dist-state.js';

const ROOT = resolve(import.meta.dirname, '../..');
const BUNDLE = join(ROOT, 'dist/extract-cli.bundle.js');
const MODULES = join(ROOT, 'dist/extract-cli.js');
const ready = distState(ROOT) === 'current' && existsSync(BUNDLE);
const CORPUS = readdirSync(join(ROOT, 'data/corpus')).map((f) => join(ROOT, 'data/corpus', f));
const HTML = join(ROOT, 'test/fixtures/feeds/pages/lavrov-nato.html');

/** Runs `main` of an entry file with these arguments, as bin/briefdesk.js would. */
function run(entry: string, args: string[]) {
  const script = `const { main } = await import(${JSON.stringify(entry)}); process.exitCode = await main(${JSON.stringify(args)});`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe.runIf(ready)('the bundled extract entry', () => {
  it('prints what the modules print, in jsonl and with --explain, errors included', () => {
    for (const args of [['extract', '--format', 'jsonl', ...CORPUS, HTML, join(ROOT, 'no-such-file.txt')], ['extract', '--explain', ...CORPUS.slice(0, 2)], ['extract', '--format', 'xml', HTML], ['extract']]) {
      const bundled = run(BUNDLE, args);
      const modules = run(MODULES, args);
      expect(bundled).toEqual(modules);
    }
    expect(run(BUNDLE, ['extract', '--format', 'jsonl', ...CORPUS]).out.split('\n').length).toBeGreaterThan(20);
  });

  it('hands help to the full CLI as the entry does', () => {
    const bundled = run(BUNDLE, ['extract', '--help']);
    expect(bundled.code).toBe(0);
    expect(bundled).toEqual(run(MODULES, ['extract', '--help']));
  });

  it('bin/briefdesk.js (which runs the bundle for extract) prints the same', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/briefdesk.js'), 'extract', '--format', 'jsonl', ...CORPUS], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout).toBe(run(MODULES, ['extract', '--format', 'jsonl', ...CORPUS]).out);
  });
});
