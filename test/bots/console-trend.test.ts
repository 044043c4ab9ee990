// /trend in the console: the chart is written to a file, and the answer names it and shows the numbers.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runConsole } from '../../src/bots/console/repl.ts';
import { corpusFixture, type Fixture } from './fixture.ts';

let fx: Fixture;
const dir = mkdtempSync(join(tmpdir(), 'briefdesk-charts-'));
beforeAll(() => {
  fx = corpusFixture();
});
afterAll(() => {
  fx.close();
  rmSync(dir, { recursive: true, force: true });
});

it('writes the chart, prints its path and the series as a table', async () => {
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk) => (text += String(chunk)));
  await runConsole({ input: Readable.from(['/trend Lavrov by:outlet\n', '/trend Lavrov by:nobody\n']), output, service: fx.service, registry: fx.registry, interactive: false, chartDir: dir });
  const path = /Chart written to (\S+)/.exec(text)?.[1] ?? '';
  expect(path.startsWith(dir)).toBe(true);
  expect(existsSync(path)).toBe(true);
  const png = PNG.sync.read(readFileSync(path));
  expect([png.width, png.height]).toEqual([1200, 675]);
  expect(text).toMatch(/^“Lavrov” by outlet, 8 Oct 2021\n {2}day +TASS +total\n {2}2021-10-08 +\d+ +\d+\nChart written to /);
  expect(text).toContain('Unknown by:nobody: a trend splits by speaker, theme or outlet.\n  Use by:speaker, by:theme or by:outlet.');
});
