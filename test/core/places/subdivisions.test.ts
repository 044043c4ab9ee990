import { describe, expect, it } from 'vitest';
import { isSubdivision } from '../../../src/core/places/index.ts';

describe('isSubdivision', () => {
  it.each(['Ohio', 'N.Y.', 'Calif.', 'W.Va.', 'Texas', 'Nova Scotia', 'ohio', 'Sachsen-Anhalt'])('knows %s', (name) => {
    expect(isSubdivision(name)).toBe(true);
  });
  it.each(['Dayton', 'Lavrov', 'Chappaqua', 'Reuters', ''])('does not take %s for one', (name) => {
    expect(isSubdivision(name)).toBe(false);
  });
});
