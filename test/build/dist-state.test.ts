// The build's freshness check (bin/dist-state.js): bin/briefdesk.js runs dist/ only when it was built from exactly
// the sources that are there now, so an edited source never silently runs as old compiled code.
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { distState, sourceFingerprint, writeManifest } from '../../bin/dist-state.js';

let root: string;

function write(path: string, text: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** What bin/build.js does around tsc: fingerprint first, manifest last. */
function build(): void {
  const sources = sourceFingerprint(root);
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeManifest(join(root, 'dist'), sources);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'briefdesk-dist-'));
  write('src/main.ts', 'export const a = 1;\n');
  write('src/core/x.ts', 'export const x = 1;\n');
  write('src/core/words.txt', 'alpha\n');
  write('tsconfig.json', '{}\n');
  write('tsconfig.build.json', '{}\n');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('dist freshness', () => {
  it('is missing before a build, current right after it', () => {
    expect(distState(root)).toBe('missing');
    build();
    expect(distState(root)).toBe('current');
  });

  it('is stale after an edit, even one that keeps the size and restores an older time', () => {
    build();
    write('src/core/x.ts', 'export const x = 2;\n');
    expect(distState(root)).toBe('stale');
    build();
    utimesSync(join(root, 'src/core/x.ts'), new Date('2020-01-01'), new Date('2020-01-01'));
    expect(distState(root)).toBe('stale');
  });

  it('is stale after a file is added, deleted, or a data file or tsconfig changes', () => {
    build();
    write('src/core/y.ts', 'export const y = 1;\n');
    expect(distState(root)).toBe('stale');
    build();
    unlinkSync(join(root, 'src/core/y.ts'));
    expect(distState(root)).toBe('stale');
    build();
    write('src/core/words.txt', 'alpha\nbeta\n');
    expect(distState(root)).toBe('stale');
    build();
    write('tsconfig.build.json', '{ "compilerOptions": {} }\n');
    expect(distState(root)).toBe('stale');
  });

  it('ignores dotfiles (editor swap files) and treats a half-written build as missing', () => {
    build();
    write('src/core/.x.ts.swp', 'swap');
    expect(distState(root)).toBe('current');
    writeFileSync(join(root, 'dist/build-manifest.json'), '{"sour');
    expect(distState(root)).toBe('missing');
  });
});
