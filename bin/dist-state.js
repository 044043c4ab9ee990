// Is dist/ (the compiled CLI) built from exactly the sources that are here now? Shared by bin/briefdesk.js (which
// runs dist/ only then, and the TypeScript sources through tsx otherwise) and bin/build.js (which records the
// sources it compiled). The fingerprint lists every file under src/ plus the two tsconfig files with size and
// modification time: any edit, new, deleted, renamed, restored or touched file makes dist/ stale. Taken before
// compiling, so an edit made while the build runs counts as stale too. Costs a few milliseconds.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST = join(ROOT, 'dist');
/** Written last by the build: a dist/ without it (missing, half-built) is never run. */
export const MANIFEST = 'build-manifest.json';
const CONFIGS = ['tsconfig.json', 'tsconfig.build.json'];

/** One line per input file, `path size mtime`, sorted; dotfiles (editor swap files …) are left out. */
export function sourceFingerprint(root = ROOT) {
  const lines = [];
  const walk = (rel) => {
    for (const entry of readdirSync(join(root, rel), { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else lines.push(describe(root, path));
    }
  };
  walk('src');
  for (const file of CONFIGS) lines.push(describe(root, file));
  return lines.sort().join('\n');
}

function describe(root, path) {
  try {
    const s = statSync(join(root, path));
    return `${path} ${s.size} ${s.mtimeMs}`;
  } catch {
    return `${path} missing`;
  }
}

/** 'current' | 'stale' (built from other sources) | 'missing' (never built, or a build did not finish). */
export function distState(root = ROOT) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(root, 'dist', MANIFEST), 'utf8'));
  } catch {
    return 'missing';
  }
  try {
    return manifest.sources === sourceFingerprint(root) ? 'current' : 'stale';
  } catch {
    return 'stale';
  }
}

/** Records in a finished build folder the fingerprint taken before compiling (the build's last step). */
export function writeManifest(dir, sources) {
  writeFileSync(join(dir, MANIFEST), `${JSON.stringify({ builtAt: new Date().toISOString(), sources }, null, 1)}\n`);
}
