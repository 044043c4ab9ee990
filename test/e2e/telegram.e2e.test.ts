// End to end, offline: the real grammY bot (long polling, auto-retry) against the loopback Bot API
// stand-in, fed real updates through getUpdates — a /quote message, inline queries, a paging button —
// asserting the exact payloads the bot sends back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTelegramBot, type TelegramHandle } from '../../src/bots/telegram/bot.ts';
import { corpusFixture, silentLogger, type Fixture } from '../bots/fixture.ts';
import { TelegramStandIn } from './telegram-standin.ts';

const TOKEN = '123456789:TEST-token_for-the-stand-in-server';
const BOT = {
  id: 123456789,
  is_bot: true,
  first_name: 'Briefdesk',
  username: 'briefdesk_test_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
};
const USER = { id: 42, is_bot: false, first_name: 'Ana', language_code: 'en' };
const CHAT = { id: 42, type: 'private', first_name: 'Ana' };
const HTML = { parse_mode: 'HTML', link_preview_options: { is_disabled: true } };
const PARADOX = '<i>paradox</i>: NATO bases in Central Asia ‘unacceptable,’ Moscow says';

let api: TelegramStandIn;
let bot: TelegramHandle;
let fx: Fixture;

function command(text: string, messageId: number) {
  const length = text.split(' ')[0]?.length ?? 0;
  return { message: { message_id: messageId, date: 1_700_000_000, chat: CHAT, from: USER, text, entities: [{ type: 'bot_command', offset: 0, length }] } };
}

beforeAll(async () => {
  fx = corpusFixture();
  api = await TelegramStandIn.start({ token: TOKEN, botInfo: BOT, floodOnce: ['sendMessage'] });
  bot = await startTelegramBot({
    token: TOKEN,
    apiRoot: api.apiRoot,
    service: fx.service,
    registry: fx.registry,
    logger: silentLogger,
    inlinePageSize: 2,
  });
});

afterAll(async () => {
  await bot?.stop();
  await api?.close();
  fx?.close();
});

describe('telegram bot against a stand-in Bot API', () => {
  it('starts by long polling and publishes its commands', async () => {
    expect(bot.mode).toBe('polling');
    expect(bot.username).toBe('briefdesk_test_bot');
    const [all, members, admins] = await api.waitFor('setMyCommands', 3);
    const everything = [
      { command: 'quote', description: 'Find attributed statements: speaker and/or topic, e.g. Lavrov NATO' },
      { command: 'speakers', description: 'Who is quoted most, with roles' },
      { command: 'summary', description: 'A short summary of what was said about a topic, naming who said what' },
      { command: 'themes', description: 'The themes statements are tagged with, and how many each has' },
      { command: 'digest', description: 'Preview the next digest here (changes nothing)' },
      { command: 'subscribe', description: 'Get a daily digest of new statements here (time, time zone, themes, speakers)' },
      { command: 'unsubscribe', description: 'Stop the daily digest here' },
      { command: 'sources', description: 'The feeds and outlets Briefdesk reads; admins add or remove feeds' },
      { command: 'trend', description: 'Chart: how often a topic or speaker is quoted over time, by speaker, theme or outlet' },
      { command: 'help', description: 'How to use Briefdesk' },
    ];
    expect(all?.payload).toEqual({ commands: everything });
    // Group members do not see what only chat administrators may use.
    expect(members?.payload).toEqual({
      commands: everything.filter((c) => c.command !== 'subscribe' && c.command !== 'unsubscribe'),
      scope: { type: 'all_group_chats' },
    });
    expect(admins?.payload).toEqual({ commands: everything, scope: { type: 'all_chat_administrators' } });
  });

  it('answers /quote Lavrov NATO with one HTML message, retried after a 429 flood wait', async () => {
    const from = api.calls.length;
    api.push(command('/quote Lavrov NATO', 1));
    const calls = await api.waitFor('sendMessage', 2, from);
    // Built from the same search the bot runs: exact payloads, while the extractor may still improve.
    const hits = fx.service.quote('Lavrov NATO', { limit: 6 });
    const shown = hits.slice(0, 5);
    const lines = [`<b>Statements for “Lavrov NATO” (1–${shown.length})</b>`];
    shown.forEach((h, k) => {
      const st = h.statement;
      const src = st.sources[0];
      lines.push(
        '',
        `<b>${k + 1}. Sergey Lavrov, Russian Foreign Minister</b> · ${st.date ?? 'date unknown'}`,
        st.kind === 'direct' ? `“${st.text}”` : st.text,
        `— ${[src?.outlet ? `<i>${src.outlet}</i>` : null, src?.title].filter(Boolean).join(': ')}`,
      );
    });
    const expected = { chat_id: 42, text: lines.join('\n'), ...HTML };
    // First attempt got 429 (retry_after 0); auto-retry sent the very same request again.
    const payloads = calls.map((c) => c.payload as Record<string, unknown>);
    expect(payloads.map(({ reply_markup: _more, ...rest }) => rest)).toEqual([expected, expected]);
    // a "More" button only when there is a next page
    expect(payloads.map((p) => p.reply_markup !== undefined)).toEqual([hits.length > 5, hits.length > 5]);
  });

  it('answers an inline query with articles, 2 per page here, and next_offset', async () => {
    const from = api.calls.length;
    api.push({ inline_query: { id: 'iq-1', from: USER, query: 'Lavrov NATO', offset: '', chat_type: 'sender' } });
    const [call] = await api.waitFor('answerInlineQuery', 1, from);
    const first = '“We are open to cooperation with the US, the EU and NATO, because I believe that the NATO countries should certainly bear the main share of responsibility for Afghanistan’s reconstruction”';
    const second = 'any NATO military presence in Central Asia will undermine the security of the Russian-led bloc in the region';
    expect(call?.payload).toEqual({
      inline_query_id: 'iq-1',
      results: [
        {
          type: 'article',
          id: 'd8a381e42cbdcbab',
          title: 'Sergey Lavrov — 2021-10-08',
          description: first,
          input_message_content: { message_text: `${first}\n— <b>Sergey Lavrov, Russian Foreign Minister</b>, 2021-10-08\n<i>TASS</i>`, ...HTML },
        },
        {
          type: 'article',
          id: 'e931665af422a43e',
          title: 'Sergey Lavrov — date unknown',
          description: second,
          input_message_content: { message_text: `${second}\n— <b>Sergey Lavrov, Russian Foreign Minister</b>, date unknown\n${PARADOX}`, ...HTML },
        },
      ],
      cache_time: 300,
      next_offset: '2',
      is_personal: false,
    });
  });

  it('pages inline results with the offset Telegram echoes back', async () => {
    const from = api.calls.length;
    api.push({ inline_query: { id: 'iq-2', from: USER, query: 'Lavrov NATO', offset: '4', chat_type: 'sender' } });
    const [call] = await api.waitFor('answerInlineQuery', 1, from);
    const payload = call?.payload as { results: { id: string; title: string }[]; next_offset: string };
    const rest = fx.service.quote('Lavrov NATO', { limit: 6, offset: 4 }).slice(0, 2);
    expect(payload.results.map((r) => r.title)).toEqual(rest.map((h) => `${h.statement.speaker} — ${h.statement.date ?? 'date unknown'}`));
    expect(payload.next_offset).toBe(fx.service.quote('Lavrov NATO', { limit: 1, offset: 6 }).length > 0 ? '6' : '');
  });

  it('offers search tips when nothing matches', async () => {
    const from = api.calls.length;
    api.push({ inline_query: { id: 'iq-3', from: USER, query: 'zzyzx qwertyuiop', offset: '', chat_type: 'sender' } });
    const [call] = await api.waitFor('answerInlineQuery', 1, from);
    expect(call?.payload).toEqual({
      inline_query_id: 'iq-3',
      results: [],
      cache_time: 30,
      next_offset: '',
      is_personal: false,
      button: { text: 'Nothing matches “zzyzx qwertyuiop” — search tips', start_parameter: 'help' },
    });
  });

  it('pages /quote results with a button whose callback data holds the page', async () => {
    let from = api.calls.length;
    api.push(command('/quote Lavrov', 2));
    const [page1] = await api.waitFor('sendMessage', 1, from);
    expect(page1?.payload.reply_markup).toEqual({ inline_keyboard: [[{ text: 'More ▶', callback_data: 'p|quote|5|5|Lavrov' }]] });
    expect(String(page1?.payload.text)).toMatch(/^<b>Statements for “Lavrov” \(1–5\)<\/b>/);

    from = api.calls.length;
    api.push({
      callback_query: {
        id: 'cb-1',
        from: USER,
        chat_instance: 'ci-1',
        data: 'p|quote|5|5|Lavrov',
        message: { message_id: 101, date: 1_700_000_000, chat: CHAT, text: 'Statements…' },
      },
    });
    const [answered] = await api.waitFor('answerCallbackQuery', 1, from);
    expect(answered?.payload).toEqual({ callback_query_id: 'cb-1' });
    const [page2] = await api.waitFor('sendMessage', 1, from);
    expect(page2?.payload.chat_id).toBe(42);
    expect(String(page2?.payload.text)).toMatch(/^<b>Statements for “Lavrov” \(6–10\)<\/b>\n\n<b>6\. /);
  });

  it('answers /start with help that names the bot for inline use', async () => {
    const from = api.calls.length;
    api.push(command('/start', 3));
    const [call] = await api.waitFor('sendMessage', 1, from);
    expect(String(call?.payload.text)).toContain('@briefdesk_test_bot Lavrov NATO');
  });

  it('treats plain text in a private chat as a search', async () => {
    const from = api.calls.length;
    api.push({ message: { message_id: 4, date: 1_700_000_000, chat: CHAT, from: USER, text: 'Lavrov NATO' } });
    const [call] = await api.waitFor('sendMessage', 1, from);
    expect(String(call?.payload.text)).toMatch(/^<b>Statements for “Lavrov NATO” \(1–5\)<\/b>/);
  });
});
