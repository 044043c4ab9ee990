// One Briefdesk instance for the several-instances soak: `node bin/run-ts.js test/soak/instance-child.ts URL STANDIN
// NOW NAME`. Runs the production digest task on PostgreSQL with leases (short, so that a dead instance's work is
// taken over within seconds) and the Discord digest delivery posting to the test's stand-in; a fixed clock.
// Exits once no digest is due or pending in the whole database (whichever instance delivered it).
import { discordDigestDelivery } from '../../src/bots/discord/delivery.ts';
import { openService } from '../../src/cli.ts';
import { startDigestTask } from '../../src/digest/task.ts';
import { openPgConnection } from '../../src/adapters/postgres/index.ts';
import { openLeases, openSubscriptionStore } from '../../src/stores.ts';

const [url = '', standIn = '', nowIso = '', name = ''] = process.argv.slice(2);
const now = new Date(nowIso);
const service = openService(url);
const subscriptions = openSubscriptionStore(url);
const leases = openLeases(url);
if (!leases) throw new Error('not a PostgreSQL URL');

const discord = discordDigestDelivery({
  sendMessage: async (channelId, content, options) => {
    const body = JSON.stringify({ instance: name, channelId, content, key: options?.nonce ?? null });
    const res = await fetch(`${standIn}/post`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    if (!res.ok) throw new Error(`stand-in answered ${res.status}`);
    return (await res.json()) as { id: string };
  },
});

// one statement, not one per subscription: the instance's event loop is what the test measures
const watcher = openPgConnection(url);
const slot = now.toISOString().slice(0, 10);
const outstanding = () =>
  Number(
    watcher.query<{ n: number }>(
      `SELECT count(*) AS n FROM subscriptions s WHERE s.last_slot IS DISTINCT FROM $1
          OR EXISTS (SELECT 1 FROM digest_runs r WHERE r.subscription_id = s.id AND r.status = 'pending')`,
      [slot],
    ).rows[0]?.n ?? 0,
  );
process.stdout.write(`${JSON.stringify({ instance: name, due: outstanding() })}\n`);
const stop = startDigestTask({
  store: service,
  subscriptions,
  deliveries: { discord },
  clock: () => now,
  attempts: 1,
  sendTimeoutMs: 600_000,
  leases,
  leaseMs: 10_000,
  instance: name,
  reconcileCron: '*/2 * * * * *',
  logger: {
    info: () => {},
    error: (obj, msg) => process.stdout.write(`${JSON.stringify({ instance: name, error: String((obj as { err?: unknown }).err), msg })}\n`),
  },
});
const timer = setInterval(() => {
  if (outstanding() > 0) return;
  clearInterval(timer);
  void stop().then(() => {
    subscriptions.close();
    leases.close();
    watcher.close();
    service.close();
    process.exit(0);
  });
}, 500);
