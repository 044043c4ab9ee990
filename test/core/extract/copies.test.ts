import { describe, expect, it } from 'vitest';
import { detached, remember } from '../../../src/core/extract/copies.ts';

describe('remember', () => {
  it('works an answer out once per key, null answers included', () => {
    const cache = new Map<string, string | null>();
    let calls = 0;
    const work = (k: string): string | null => {
      calls++;
      return k === 'none' ? null : k.toUpperCase();
    };
    expect(remember(cache, 'lavrov', work)).toBe('LAVROV');
    expect(remember(cache, 'lavrov', work)).toBe('LAVROV');
    expect(remember(cache, 'none', work)).toBeNull();
    expect(remember(cache, 'none', work)).toBeNull();
    expect(calls).toBe(2);
  });

  it('empties the cache once it holds more than its limit', () => {
    const cache = new Map<string, number>();
    for (let k = 0; k <= 3; k++) remember(cache, `k${k}`, (s) => s.length, 3);
    expect(cache.size).toBe(4);
    remember(cache, 'k4', (s) => s.length, 3);
    expect([...cache.keys()]).toEqual(['k4']);
  });

  it('keeps the key as an equal copy', () => {
    const cache = new Map<string, number>();
    const text = 'Sergey Lavrov said the talks had failed';
    const key = text.slice(0, 20);
    remember(cache, key, (s) => s.length);
    expect([...cache.keys()]).toEqual([key]);
    expect(detached(key)).toBe(key);
  });
});
