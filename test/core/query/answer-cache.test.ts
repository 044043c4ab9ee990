import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../../src/core/briefing-service.ts';
import { QueryCache } from '../../../src/core/query/query-cache.ts';
import type { StatementStore } from '../../../src/core/store/statement-store.ts';
import { openSqliteStore } from '../../../src/adapters/sqlite/index.ts';
import { seedRegistry } from '../../helpers/docs.ts';

/** A store that counts dataVersion() calls (a round trip on PostgreSQL). */
function counting(store: StatementStore): { store: StatementStore; versions: () => number } {
  let versions = 0;
  const proxy = new Proxy(store, {
    get(target, prop) {
      const value = Reflect.get(target, prop) as unknown;
      if (prop === 'dataVersion') return () => (versions++, target.dataVersion?.());
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { store: proxy, versions: () => versions };
}

describe('the answer cache and the data version', () => {
  it('asks the store for its data version only when answers are kept', () => {
    const off = counting(openSqliteStore(':memory:'));
    const uncached = createBriefingService({ store: off.store, seedSpeakers: seedRegistry().all(), quoteCache: 0 });
    uncached.quote('Lavrov NATO');
    uncached.quote('Lavrov NATO');
    expect(off.versions()).toBe(0);
    uncached.close();

    const on = counting(openSqliteStore(':memory:'));
    const cached = createBriefingService({ store: on.store, seedSpeakers: seedRegistry().all() });
    cached.quote('Lavrov NATO');
    cached.quote('Lavrov NATO');
    expect(on.versions()).toBe(2);
    cached.close();
  });

  it('says whether it keeps anything', () => {
    expect(new QueryCache(0).enabled).toBe(false);
    expect(new QueryCache(1).enabled).toBe(true);
  });
});
