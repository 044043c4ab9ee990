// /trend end to end, offline: the real grammY bot and discord.js client against the loopback stand-ins. Telegram
// gets a multipart sendPhoto (the PNG and an HTML caption with the numbers); Discord a deferred reply edited into
// an embed that shows the PNG attachment; bad input gets a clear text answer on both.
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordBot, type DiscordHandle } from '../../src/bots/discord/client.ts';
import { discordCommands } from '../../src/bots/discord/definitions.ts';
import { startTelegramBot, type TelegramHandle } from '../../src/bots/telegram/bot.ts';
import { corpusFixture, silentLogger, type Fixture } from '../bots/fixture.ts';
import { APP_ID, DiscordStandIn } from './discord-standin.ts';
import type { UploadedFile } from './multipart.ts';
import { TelegramStandIn } from './telegram-standin.ts';

const TG_TOKEN = '123456789:TEST-token_for-the-stand-in-server';
const TG_BOT = { id: 123456789, is_bot: true, first_name: 'Briefdesk', username: 'briefdesk_test_bot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: true };
const TG_USER = { id: 42, is_bot: false, first_name: 'Ana', language_code: 'en' };
const TG_CHAT = { id: 42, type: 'private', first_name: 'Ana' };
const DC_TOKEN = 'MTExMTExMTExMTExMTExMTEx.stand-in.token-for-tests';
const DC_USER = { id: '333333333333333333', username: 'ana', discriminator: '0', global_name: 'Ana', avatar: null };
const DC_CHANNEL = { id: '222222222222222222', type: 1, recipients: [DC_USER] };

let fx: Fixture;
let tg: TelegramStandIn;
let telegram: TelegramHandle;
let gw: DiscordStandIn;
let discord: DiscordHandle;

beforeAll(async () => {
  fx = corpusFixture();
  tg = await TelegramStandIn.start({ token: TG_TOKEN, botInfo: TG_BOT });
  telegram = await startTelegramBot({ token: TG_TOKEN, apiRoot: tg.apiRoot, service: fx.service, registry: fx.registry, logger: silentLogger });
  gw = await DiscordStandIn.start();
  discord = await startDiscordBot({ token: DC_TOKEN, apiRoot: gw.api, service: fx.service, registry: fx.registry, logger: silentLogger });
});

afterAll(async () => {
  await telegram?.stop();
  await tg?.close();
  await discord?.stop();
  await gw?.close();
  fx?.close();
});

const pngSize = (bytes: Buffer) => {
  const image = PNG.sync.read(bytes);
  return [image.width, image.height];
};

let messageId = 1;
function tgCommand(text: string) {
  const length = text.split(' ')[0]?.length ?? 0;
  return { message: { message_id: messageId++, date: 1_700_000_000, chat: TG_CHAT, from: TG_USER, text, entities: [{ type: 'bot_command', offset: 0, length }] } };
}

let nextId = 700_000_000_000_000_000n;
function slash(options: unknown[]) {
  const id = String(++nextId);
  return {
    id, application_id: APP_ID, type: 2, data: { id: '600000000000000000', name: 'trend', type: 1, options },
    channel: DC_CHANNEL, channel_id: DC_CHANNEL.id, user: DC_USER, token: `tok-${id}`, version: 1, app_permissions: '0',
    locale: 'en-US', entitlements: [], authorizing_integration_owners: { '1': DC_USER.id }, context: 1, attachment_size_limit: 10_485_760,
  };
}

describe('/trend on Telegram', () => {
  it('sends the chart with sendPhoto: a PNG file and an HTML caption with the numbers', async () => {
    const from = tg.calls.length;
    tg.push(tgCommand('/trend Lavrov by:theme'));
    const [call] = await tg.waitFor('sendPhoto', 1, from);
    const payload = call?.payload as { chat_id: string; caption: string; parse_mode: string; photo: string; files: UploadedFile[] };
    const trend = fx.service.trend({ query: 'Lavrov', by: 'theme' });
    expect(payload.chat_id).toBe('42');
    expect(payload.parse_mode).toBe('HTML');
    expect(payload.caption.split('\n')[0]).toBe(`<b>“Lavrov” by theme, 8 Oct 2021: ${trend.statements} statements per day</b>`);
    expect(payload.caption).toContain(trend.series.map((s) => `${s.label.replace(/&/g, '&amp;')} ${s.total}`).join(' · '));
    expect(payload.files).toHaveLength(1);
    const [file] = payload.files;
    expect(file?.filename).toBe('trend.png');
    expect(payload.photo).toBe(`attach://${file?.field}`);
    expect(pngSize(file?.bytes ?? Buffer.alloc(0))).toEqual([1200, 675]);
    expect(tg.calls.slice(from).filter((c) => c.method === 'sendMessage')).toEqual([]);
  });

  it('answers an unknown by: in text, saying what works', async () => {
    const from = tg.calls.length;
    tg.push(tgCommand('/trend NATO by:colour'));
    const [call] = await tg.waitFor('sendMessage', 1, from);
    expect(String(call?.payload.text)).toBe(
      '<b>Unknown by:colour: a trend splits by speaker, theme or outlet.</b>\n\nUse by:speaker, by:theme or by:outlet.\nUsage: /trend &lt;speaker and/or topic&gt; [by:speaker|theme|outlet] [since:2024-01] [until:2024-06]',
    );
  });

  it('answers a period with no data and a query with no match', async () => {
    let from = tg.calls.length;
    tg.push(tgCommand('/trend NATO since:2024'));
    let [call] = await tg.waitFor('sendMessage', 1, from);
    expect(String(call?.payload.text)).toMatch(/^<b>No dated statements match “NATO since:2024” since 2024-01-01\.<\/b>\n\nIt matches \d+ statements? from 2021-10-08 to 2021-10-08: try since:2021-10\.$/);
    from = tg.calls.length;
    tg.push(tgCommand('/trend zzyzx'));
    [call] = await tg.waitFor('sendMessage', 1, from);
    expect(String(call?.payload.text)).toBe('<b>No statements match “zzyzx”.</b>\n\nTry fewer words, a speaker’s surname, or another spelling.');
  });
});

describe('/trend on Discord', () => {
  it('is a slash command with the query, by and interval choices, and dates', () => {
    expect(discordCommands(fx.registry).find((c) => c.name === 'trend')).toEqual({
      name: 'trend',
      description: 'Chart: how often a topic or speaker is quoted over time, by speaker, theme or outlet',
      options: [
        { name: 'query', description: 'Speaker and/or topic, e.g. NATO or Lavrov sanctions', required: true, type: 3, max_length: 300 },
        { name: 'by', description: 'Split the count by speaker (default), theme or outlet', required: false, type: 3, choices: ['speaker', 'theme', 'outlet'].map((c) => ({ name: c, value: c })) },
        { name: 'since', description: 'From this date (2024, 2024-03 or 2024-03-01)', required: false, type: 3, max_length: 100 },
        { name: 'until', description: 'Up to this date (2024, 2024-06 or 2024-06-30)', required: false, type: 3, max_length: 100 },
        { name: 'interval', description: 'One point per day, week or month (default: chosen from the period)', required: false, type: 3, choices: ['day', 'week', 'month'].map((c) => ({ name: c, value: c })) },
      ],
    });
  });

  it('defers, then edits the reply into an embed that shows the PNG attachment', async () => {
    const i = slash([{ name: 'query', type: 3, value: 'Lavrov' }, { name: 'by', type: 3, value: 'outlet' }]);
    const from = gw.calls.length;
    gw.dispatch('INTERACTION_CREATE', i);
    const [deferred, edit] = await gw.waitFor(i.token, 2, from);
    expect(deferred?.body).toMatchObject({ type: 5 });
    expect(edit?.method).toBe('PATCH');
    const body = edit?.body as { embeds: { title: string; description: string; image: { url: string } }[]; attachments: { id: number | string; filename: string; description: string }[]; files: { field: string; filename: string; bytes: string }[] };
    const trend = fx.service.trend({ query: 'Lavrov', by: 'outlet' });
    expect(body.embeds).toHaveLength(1);
    expect(body.embeds[0]?.title).toBe('“Lavrov” by outlet, 8 Oct 2021');
    expect(body.embeds[0]?.image).toEqual({ url: 'attachment://trend.png' });
    expect(body.embeds[0]?.description).toContain(trend.series.map((s) => `${s.label} ${s.total}`).join(' · '));
    expect(body.attachments).toEqual([{ id: '0', description: expect.stringMatching(/^Line chart of statements matching Lavrov per day, 8 Oct 2021: TASS \d+/) }]);
    expect(body.files.map((f) => [f.field, f.filename])).toEqual([['files[0]', 'trend.png']]);
    expect(pngSize(Buffer.from(body.files[0]?.bytes ?? '', 'base64'))).toEqual([1200, 675]);
  });

  it('answers a query with no match in text', async () => {
    const i = slash([{ name: 'query', type: 3, value: 'zzyzx' }]);
    const from = gw.calls.length;
    gw.dispatch('INTERACTION_CREATE', i);
    const [, edit] = await gw.waitFor(i.token, 2, from);
    expect(edit?.body).toMatchObject({ content: '**No statements match “zzyzx”.**', embeds: [{ description: 'Try fewer words, a speaker’s surname, or another spelling.' }] });
  });
});
