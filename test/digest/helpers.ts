// Shared set-up for digest tests: a temp SQLite file with the seed corpus ingested (themes tagged at
// ingest), the subscription store over the same file, and a fake chat channel that honours idempotency keys.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openService } from '../../src/cli.ts';
import type { BriefingService } from '../../src/core/briefing-service.ts';
import type { DigestDelivery, Subscription } from '../../src/digest/model.ts';
import { openSqliteSubscriptionStore } from '../../src/adapters/sqlite/index.ts';
import type { SubscriptionStore } from '../../src/digest/subscription-store.ts';
import { docFrom } from '../helpers/docs.ts';

export interface Fixture {
  readonly file: string;
  service: BriefingService;
  subscriptions: SubscriptionStore;
  /** Closes and reopens both stores on the same file: what a process restart does. */
  restart(): void;
  close(): void;
}

const dirs: string[] = [];

/** A fresh database; with `corpus`, the five seed articles are ingested. */
export function makeFixture(options: { corpus?: boolean } = {}): Fixture {
  const dir = mkdtempSync(join(tmpdir(), 'briefdesk-digest-'));
  dirs.push(dir);
  const file = join(dir, 'digest.db');
  const fx: Fixture = {
    file,
    service: openService(file),
    subscriptions: openSqliteSubscriptionStore(file),
    restart() {
      fx.close();
      fx.service = openService(file);
      fx.subscriptions = openSqliteSubscriptionStore(file);
    },
    close() {
      fx.subscriptions.close();
      fx.service.close();
    },
  };
  if (options.corpus !== false) {
    const report = fx.service.ingestPaths(['data/corpus']);
    if (report.errors.length > 0 || report.statements < 40) throw new Error(`seed corpus ingest failed: ${JSON.stringify(report)}`);
  }
  return fx;
}

export function removeFixtures(): void {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** Ingests one short TASS-style article written in the test. */
export function ingestText(service: BriefingService, text: string, date = '2021-11-02'): number {
  const r = service.ingestDocument(docFrom(text, { outlet: 'TASS', date, url: `https://tass.example/${date}/${text.length}` }));
  return r.newStatements;
}

/** A chat channel: posts each idempotency key at most once, like Discord with enforce_nonce. */
export class FakeChannel {
  readonly posted: { subscription: string; key: string; text: string }[] = [];
  readonly calls: string[] = [];
  readonly #seen = new Set<string>();

  post(subscription: Subscription, key: string, text: string): void {
    if (this.#seen.has(key)) return;
    this.#seen.add(key);
    this.posted.push({ subscription: subscription.id, key, text });
  }

  /** A delivery that posts and confirms at once; `hook` may throw or delay per call number (0-based). */
  delivery(hook?: (call: number, post: () => void) => Promise<void> | void): DigestDelivery {
    return {
      send: async (subscription, parts, key) => {
        const call = this.calls.length;
        this.calls.push(key);
        const post = () => {
          for (const p of parts) this.post(subscription, key, p);
        };
        if (hook) await hook(call, post);
        else post();
      },
    };
  }
}
