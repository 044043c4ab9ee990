// A module-resolution hook for the bench (registered by bench/bench.ts when dist/ is current): every import that
// resolves to a TypeScript source under src/ loads its compiled twin under dist/ instead, so that the bench measures
// the code `briefdesk` runs (bin/briefdesk.js runs dist/ when it is built from the sources here) rather than the
// sources compiled on the fly by tsx, whose output names every function it creates (esbuild's keepNames: a
// `__name(fn, "…")` call, a property definition, each time a closure is made; ~7 % of the ingest's CPU at 100k).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SRC = new URL('../src/', import.meta.url).href;
const DIST = new URL('../dist/', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  if (!resolved.url.startsWith(SRC) || !resolved.url.endsWith('.ts')) return resolved;
  const compiled = `${DIST}${resolved.url.slice(SRC.length, -3)}.js`;
  return existsSync(fileURLToPath(compiled)) ? { ...resolved, url: compiled, format: 'module' } : resolved;
}
