// The bench's resolve hook (bench/dist-hook.js): a src/ TypeScript module resolves to its compiled twin in dist/
// when there is one; anything else resolves as it would have.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain JavaScript hook module without types
import { resolve } from '../../bench/dist-hook.js';

type Resolved = { url: string; format?: string };
const hook = resolve as (specifier: string, context: object, next: (s: string, c: object) => Promise<Resolved>) => Promise<Resolved>;
const to = (url: string) => async (): Promise<Resolved> => ({ url });
const src = new URL('../../src/core/themes/classify.ts', import.meta.url).href;
const dist = new URL('../../dist/core/themes/classify.js', import.meta.url).href;

describe('bench dist hook', () => {
  it('loads a src/ module from dist/ when it is built, and leaves everything else alone', async () => {
    const r = await hook('x', {}, to(src));
    if (existsSync(new URL(dist))) expect(r).toEqual({ url: dist, format: 'module' });
    else expect(r.url).toBe(src);
    const bench = new URL('../../bench/corpus.ts', import.meta.url).href;
    expect((await hook('x', {}, to(bench))).url).toBe(bench);
    expect((await hook('node:fs', {}, to('node:fs'))).url).toBe('node:fs');
    const missing = new URL('../../src/no-such-module.ts', import.meta.url).href;
    expect((await hook('x', {}, to(missing))).url).toBe(missing);
  });
});
