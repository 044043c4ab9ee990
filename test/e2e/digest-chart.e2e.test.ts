// End to end, offline: `/subscribe … chart` through the real Telegram and Discord bots (loopback stand-ins), then the
// digest scheduler main.ts runs fires under fake timers: after the digest's text comes one picture — Telegram a
// multipart sendPhoto (PNG + caption) into the subscribed chat, Discord a channel message with the PNG attached and
// shown in an embed, under the chart part's own key as an enforced nonce. Each is sent once; a subscription without
// `chart` gets text only.
import { PNG } from 'pngjs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startDiscordBot, type DiscordHandle } from '../../src/bots/discord/client.ts';
import { startTelegramBot, type TelegramHandle } from '../../src/bots/telegram/bot.ts';
import { loadConfig } from '../../src/config.ts';
import { idempotencyKey, readChartPart } from '../../src/digest/index.ts';
import { digestSchedulerTask, type AppContext } from '../../src/main.ts';
import { corpusFixture, silentLogger, type Fixture } from '../bots/fixture.ts';
import { ingestText } from '../digest/helpers.ts';
import { APP_ID, DiscordStandIn } from './discord-standin.ts';
import type { UploadedFile } from './multipart.ts';
import { TelegramStandIn } from './telegram-standin.ts';

const TG_TOKEN = '123456789:TEST-token_for-the-stand-in-server';
const TG_BOT = { id: 123456789, is_bot: true, first_name: 'Briefdesk', username: 'briefdesk_test_bot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: true };
const TG_USER = { id: 42, is_bot: false, first_name: 'Ana' };
const PRIVATE = { id: 42, type: 'private', first_name: 'Ana' };
const DC_TOKEN = 'MTExMTExMTExMTExMTExMTEx.stand-in.token-for-tests';
const DC_USER = { id: '333333333333333333', username: 'ana', discriminator: '0', global_name: 'Ana', avatar: null };
const GUILD = '444444444444444444';
const MANAGE_CHANNELS = '16';

const ARTICLE = `MOSCOW, May 1. /TASS/. Russian Foreign Minister Sergey Lavrov said on Wednesday that a new wave of Afghan refugees was reaching the Tajik border.

"We see thousands of refugees and migrants waiting at the border crossing," Lavrov said.`;

let fx: Fixture;
let tgApi: TelegramStandIn;
let tg: TelegramHandle;
let gw: DiscordStandIn;
let dc: DiscordHandle;
let nextId = 910_000_000_000_000_000n;

beforeAll(async () => {
  fx = corpusFixture();
  tgApi = await TelegramStandIn.start({ token: TG_TOKEN, botInfo: TG_BOT });
  tgApi.answer('sendPhoto', (p) => ({ message_id: 500, date: 1_700_000_000, chat: { id: Number(p.chat_id), type: 'private' }, photo: [] }));
  tg = await startTelegramBot({ token: TG_TOKEN, apiRoot: tgApi.apiRoot, service: fx.service, registry: fx.registry, logger: silentLogger });
  gw = await DiscordStandIn.start();
  dc = await startDiscordBot({ token: DC_TOKEN, apiRoot: gw.api, service: fx.service, registry: fx.registry, logger: silentLogger });
});

afterAll(async () => {
  await tg?.stop();
  await dc?.stop();
  await tgApi?.close();
  await gw?.close();
  fx?.close();
});

afterEach(() => {
  vi.useRealTimers();
  for (const s of fx.subscriptions.list()) fx.subscriptions.remove(s.platform, s.channelId, s.threadId);
});

function fakeClock(now: string): void {
  vi.useFakeTimers({ now: new Date(now), toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
}

function appContext(bots: AppContext['bots']): AppContext {
  return {
    config: { ...loadConfig({}), db: fx.dbPath },
    service: fx.service,
    registry: fx.registry,
    logger: silentLogger,
    bots,
    services: { subscriptions: fx.subscriptions, feeds: fx.feeds, summariser: null },
    console: null,
  };
}

const pngSize = (bytes: Buffer) => {
  const image = PNG.sync.read(bytes);
  return [image.width, image.height];
};

function guildSlash(name: string, channel: string, options: unknown[]) {
  const id = String(++nextId);
  return {
    id, application_id: APP_ID, type: 2, data: { id: '600000000000000001', name, type: 1, options }, guild_id: GUILD,
    channel: { id: channel, type: 0, guild_id: GUILD, name: 'briefing' }, channel_id: channel,
    member: { user: DC_USER, roles: [], permissions: MANAGE_CHANNELS, joined_at: '2024-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0, pending: false },
    token: `tok-${id}`, version: 1, app_permissions: '0', locale: 'en-US', guild_locale: 'en-US', entitlements: [],
    authorizing_integration_owners: { '0': GUILD }, context: 0, attachment_size_limit: 10_485_760,
  };
}

describe('a digest with a chart', () => {
  it('Telegram: /subscribe 06:00 UTC chart — the digest text, then one sendPhoto with the PNG and a caption', async () => {
    fakeClock('2024-05-01T05:58:00Z');
    let from = tgApi.calls.length;
    tgApi.push({ message: { message_id: 1, date: 1_714_543_000, chat: PRIVATE, from: TG_USER, text: '/subscribe 06:00 UTC chart', entities: [{ type: 'bot_command', offset: 0, length: 10 }] } });
    const [confirm] = await tgApi.waitFor('sendMessage', 1, from);
    expect(String(confirm?.payload.text)).toContain('Chart: a “this period by theme” picture after the text');
    const id = `telegram:${PRIVATE.id}`;
    expect(fx.subscriptions.get(id)).toMatchObject({ time: '06:00', chart: true });

    ingestText(fx.service, ARTICLE, '2024-05-01');
    const stop = await digestSchedulerTask(appContext({ telegram: tg }));
    from = tgApi.calls.length;
    await vi.advanceTimersByTimeAsync(121_000); // 05:58 → 06:00:01
    const [photo] = await tgApi.waitFor('sendPhoto', 1, from);
    await stop();
    const run = fx.subscriptions.findRun(id, '2024-05-01');
    expect(run?.status).toBe('delivered');
    const texts = tgApi.calls.slice(from).filter((c) => c.method === 'sendMessage');
    expect(texts.map((c) => c.payload.text)).toEqual(run?.parts.slice(0, -1));
    const chart = readChartPart(run?.parts.at(-1) ?? '');
    expect(chart?.bars).toEqual([{ label: 'Refugees & migration', statements: 2 }]);
    const payload = photo?.payload as { chat_id: string; caption: string; photo: string; files: UploadedFile[] };
    expect(payload.chat_id).toBe(String(PRIVATE.id));
    expect(payload.caption).toBe('This period by theme: 2 statements, 2024-05-01 05:58 → 2024-05-01 06:00 (UTC). Refugees & migration 2.');
    expect(payload.files.map((f) => f.filename)).toEqual(['digest-chart.png']);
    expect(payload.photo).toBe(`attach://${payload.files[0]?.field}`);
    expect(pngSize(payload.files[0]?.bytes ?? Buffer.alloc(0))).toEqual([960, 540]);
    expect(tgApi.calls.slice(from).filter((c) => c.method === 'sendPhoto')).toHaveLength(1);
    expect(fx.subscriptions.deliveredParts(run?.id ?? -1).size).toBe(run?.parts.length);

    // Started again the same day (a restart): the slot is delivered, nothing is sent twice.
    const again = await digestSchedulerTask(appContext({ telegram: tg }));
    await vi.advanceTimersByTimeAsync(60_000);
    await again();
    expect(tgApi.calls.slice(from).filter((c) => c.method === 'sendPhoto')).toHaveLength(1);
  });

  it('Discord: chart:on — the PNG attached and shown in an embed, its key as enforced nonce; chart off gets text only', async () => {
    fakeClock('2024-05-02T05:58:00Z');
    const WITH = '555555555555555501';
    const WITHOUT = '555555555555555502';
    for (const [channel, options] of [[WITH, [{ name: 'chart', type: 3, value: 'on' }]], [WITHOUT, []]] as const) {
      const from = gw.calls.length;
      const payload = guildSlash('subscribe', channel, [{ name: 'time', type: 3, value: '06:00' }, ...options]);
      gw.dispatch('INTERACTION_CREATE', payload);
      await gw.waitFor(payload.token, 1, from);
    }
    expect(fx.subscriptions.get(`discord:${WITH}`)?.chart).toBe(true);
    expect(fx.subscriptions.get(`discord:${WITHOUT}`)?.chart).toBe(false);

    ingestText(fx.service, ARTICLE.replace('refugees was', 'refugees, some 3,000 people, was').replace('May 1', 'May 2'), '2024-05-02');
    const stop = await digestSchedulerTask(appContext({ discord: dc }));
    const from = gw.calls.length;
    await vi.advanceTimersByTimeAsync(121_000);
    await gw.waitFor(`/channels/${WITH}/messages`, 2, from);
    await gw.waitFor(`/channels/${WITHOUT}/messages`, 1, from);
    await stop();
    const run = fx.subscriptions.findRun(`discord:${WITH}`, '2024-05-02');
    expect(run?.status).toBe('delivered');
    const posts = gw.messages.filter((m) => m.channelId === WITH);
    expect(posts).toHaveLength(run?.parts.length ?? -1);
    const image = posts.at(-1)?.body as { embeds: { description: string; image: { url: string } }[]; attachments: { id: string; filename: string }[]; files: { field: string; filename: string; bytes: string }[]; nonce: string; enforce_nonce: boolean };
    expect(image.embeds).toEqual([{ description: expect.stringMatching(/^This period by theme: \d+ statements?, /), image: { url: 'attachment://digest-chart.png' } }]);
    expect(image.attachments).toEqual([{ id: 0, filename: 'digest-chart.png' }]);
    expect(image.files.map((f) => [f.field, f.filename])).toEqual([['files[0]', 'digest-chart.png']]);
    expect(pngSize(Buffer.from(image.files[0]?.bytes ?? '', 'base64'))).toEqual([960, 540]);
    expect(image.nonce).toBe(idempotencyKey(run as NonNullable<typeof run>, (run?.parts.length ?? 0) - 1));
    expect(image.enforce_nonce).toBe(true);

    // a retry of the picture under the same key posts nothing new
    await dc.sendImage(WITH, { png: Buffer.from(image.files[0]?.bytes ?? '', 'base64'), filename: 'digest-chart.png', caption: 'again' }, { nonce: image.nonce });
    expect(gw.messages.filter((m) => m.channelId === WITH)).toHaveLength(posts.length);

    const plain = gw.messages.filter((m) => m.channelId === WITHOUT);
    const plainRun = fx.subscriptions.findRun(`discord:${WITHOUT}`, '2024-05-02');
    expect(plain.map((m) => m.body.content)).toEqual(plainRun?.parts);
    expect(plain.some((m) => 'embeds' in m.body || 'files' in m.body)).toBe(false);
  });
});
