// A digest process for the kill test: `node bin/run-ts.js test/soak/digest-child.ts DB STANDIN NOW`. Runs the
// production digest task (scheduler, per-platform rendering, the Telegram and Discord digest deliveries) with
// a fixed clock; the bots' send calls go to the test's stand-in over HTTP. Exits once every due digest ran.
import { discordDigestDelivery } from '../../src/bots/discord/delivery.ts';
import { telegramDigestDelivery } from '../../src/bots/telegram/delivery.ts';
import { openService } from '../../src/cli.ts';
import { dueSlot } from '../../src/digest/schedule.ts';
import { openSqliteSubscriptionStore } from '../../src/adapters/sqlite/index.ts';
import { startDigestTask } from '../../src/digest/task.ts';

const [db = '', standIn = '', nowIso = ''] = process.argv.slice(2);
const now = new Date(nowIso);
const service = openService(db);
const subscriptions = openSqliteSubscriptionStore(db);

async function post(body: Record<string, unknown>): Promise<{ id: string }> {
  const res = await fetch(`${standIn}/post`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  if (!res.ok) throw new Error(`stand-in answered ${res.status}`);
  return (await res.json()) as { id: string };
}

const discord = discordDigestDelivery({
  sendMessage: (channelId, content, options) => post({ platform: 'discord', channelId, content, key: options?.nonce ?? null }),
});
const telegram = telegramDigestDelivery({
  sendHtml: async (chatId, html) => ({ messageId: Number((await post({ platform: 'telegram', channelId: chatId, content: html, key: null })).id) }),
});

/** Digests still to deliver: runs left pending (a crash) or today's slot not done yet. */
const outstanding = () => subscriptions.list().filter((s) => subscriptions.pendingRuns(s.id).length > 0 || dueSlot(s, now) !== null).length;
process.stdout.write(`${JSON.stringify({ due: outstanding() })}\n`);
const stop = startDigestTask({
  store: service,
  subscriptions,
  deliveries: { discord, telegram },
  clock: () => now,
  attempts: 1,
  sendTimeoutMs: 600_000,
  ...(service.taxonomy ? { taxonomy: service.taxonomy } : {}),
  logger: {
    info: (obj, msg) => process.stdout.write(`${JSON.stringify({ ...obj, msg })}\n`),
    error: (obj, msg) => process.stdout.write(`${JSON.stringify({ error: String((obj as { err?: unknown }).err), msg })}\n`),
  },
});
// A resumed run finishes inside the scheduler without a report of its own: watch the bookkeeping instead.
const timer = setInterval(() => {
  if (outstanding() > 0) return;
  clearInterval(timer);
  void stop().then(() => {
    subscriptions.close();
    service.close();
    process.exit(0);
  });
}, 50);
