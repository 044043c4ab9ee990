// Webhook mode, offline: the bot registers its webhook with the stand-in Bot API, then receives an
// update by HTTP POST on its own server; a request without the secret token is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SORRY } from '../../src/bots/errors.ts';
import { startTelegramBot, type TelegramHandle } from '../../src/bots/telegram/bot.ts';
import { corpusFixture, silentLogger, type Fixture } from '../bots/fixture.ts';
import { TelegramStandIn } from './telegram-standin.ts';

const TOKEN = '987654321:WEBHOOK-token_for-the-stand-in';
const SECRET = 'hook_secret-123';
const BOT = { id: 987654321, is_bot: true, first_name: 'Briefdesk', username: 'briefdesk_hook_bot' };

let api: TelegramStandIn;
let bot: TelegramHandle;
let fx: Fixture;

beforeAll(async () => {
  fx = corpusFixture();
  fx.registry.register({
    name: 'boom',
    description: 'Fails on purpose',
    usage: '/boom',
    options: [],
    run: () => {
      throw new Error('kaput');
    },
  });
  api = await TelegramStandIn.start({ token: TOKEN, botInfo: BOT });
  bot = await startTelegramBot({
    token: TOKEN,
    apiRoot: api.apiRoot,
    service: fx.service,
    registry: fx.registry,
    logger: silentLogger,
    webhook: { url: 'https://bot.example.org/tg-hook', secret: SECRET, port: 0, host: '127.0.0.1' },
  });
});

afterAll(async () => {
  await bot?.stop();
  await api?.close();
  fx?.close();
});

const update = {
  update_id: 7,
  message: {
    message_id: 1,
    date: 1_700_000_000,
    chat: { id: 77, type: 'private', first_name: 'Ana' },
    from: { id: 77, is_bot: false, first_name: 'Ana' },
    text: '/speakers',
    entities: [{ type: 'bot_command', offset: 0, length: 9 }],
  },
};

function post(secret: string | null, body: unknown = update) {
  return fetch(`http://127.0.0.1:${bot.webhookPort}/tg-hook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}) },
    body: JSON.stringify(body),
  });
}

describe('telegram webhook mode', () => {
  it('sets the webhook with the secret token and the update types it handles', async () => {
    expect(bot.mode).toBe('webhook');
    const [call] = await api.waitFor('setWebhook');
    expect(call?.payload).toEqual({
      url: 'https://bot.example.org/tg-hook',
      secret_token: SECRET,
      allowed_updates: ['message', 'inline_query', 'callback_query'],
    });
  });

  it('refuses updates without the secret token', async () => {
    expect((await post(null)).status).toBe(401);
    expect((await post('wrong')).status).toBe(401);
  });

  it('answers an update posted with the secret token', async () => {
    const from = api.calls.length;
    expect((await post(SECRET)).status).toBe(200);
    const [call] = await api.waitFor('sendMessage', 1, from);
    expect(call?.payload.chat_id).toBe(77);
    expect(String(call?.payload.text)).toMatch(/^<b>Speakers \(\d+\)<\/b>\n\nSergey Lavrov \(Russian Foreign Minister\): \d+/);
  });

  it('apologises for a failing command and still acknowledges the update', async () => {
    const from = api.calls.length;
    const failing = { update_id: 8, message: { ...update.message, message_id: 2, text: '/boom', entities: [{ type: 'bot_command', offset: 0, length: 5 }] } };
    expect((await post(SECRET, failing)).status).toBe(200);
    const [call] = await api.waitFor('sendMessage', 1, from);
    expect(call?.payload).toEqual({ chat_id: 77, text: SORRY });
  });
});
