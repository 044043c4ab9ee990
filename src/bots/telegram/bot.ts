// The Telegram adapter (grammY): commands from the registry, inline search, paging buttons, HTML
// replies. Long polling by default; a webhook server when a public URL is configured. 429/flood-wait
// answers are retried after the wait Telegram asks for (auto-retry). Parse → run command → render.
// Forum topics are threads (message_thread_id); admin rights come from getChatMember in groups.
import { createServer, type Server } from 'node:http';
import { autoRetry } from '@grammyjs/auto-retry';
import { Bot, InlineKeyboard, InputFile, webhookCallback, type Context } from 'grammy';
import type { Update, UserFromGetMe } from 'grammy/types';
import type { Logger } from 'pino';
import type { BriefingService } from '../../core/index.ts';
import { parseTextInput, type CommandContext, type CommandRegistry } from '../commands.ts';
import { SORRY } from '../errors.ts';
import { LatestOnly } from '../latest-only.ts';
import { decodePage, encodePage, type Reply } from '../render.ts';
import { clipHtml, escapeHtml, renderTelegram } from './format.ts';
import { answerInline } from './inline.ts';
import { startLeasedPolling, type Poller, type PollingLease } from './polling-lease.ts';

/** Results per /quote message: five quotes read well on a phone. */
const PAGE_SIZE = 5;
const CALLBACK_DATA_MAX = 64; // bytes
const utf8Length = (s: string) => Buffer.byteLength(s, 'utf8');
const ALLOWED_UPDATES = ['message', 'inline_query', 'callback_query'] as const;

export interface TelegramBotOptions {
  readonly token: string;
  /** A self-hosted Bot API server (or the tests' stand-in); null for api.telegram.org. */
  readonly apiRoot?: string | null;
  readonly service: BriefingService;
  readonly registry: CommandRegistry;
  readonly logger: Logger;
  /** Skips the getMe call (tests). */
  readonly botInfo?: UserFromGetMe;
  readonly webhook?: { readonly url: string; readonly secret: string; readonly port: number; readonly host?: string } | null;
  readonly now?: () => Date;
  /** Inline results per page (Telegram allows 50; tests use fewer to exercise next_offset). */
  readonly inlinePageSize?: number;
  /**
   * Milliseconds an inline query waits before it is answered, so that a newer query of the same user that
   * arrives meanwhile replaces it (default 0: one turn of the event loop, for webhook requests that arrived
   * together; long polling sees a whole batch of updates before handling any).
   */
  readonly inlineSettleMs?: number;
  /**
   * Several instances of one bot: Telegram lets one of them receive updates by long polling (a second getUpdates
   * gets 409 Conflict). The instance holding this lease polls and renews it every `renewMs`; another starts without
   * receiving updates (it still sends digests), says so, and takes polling over once the lease runs out (see
   * polling-lease.ts). A webhook spreads updates over every instance instead.
   */
  readonly pollingLease?: PollingLease;
}

/** A running bot: the digest sends through `send`; main stops it on shutdown. */
export interface TelegramHandle {
  readonly username: string;
  /** 'send-only': another instance polls (see pollingLease); this one sends digests and receives nothing. */
  readonly mode: 'polling' | 'webhook' | 'send-only';
  /** The local port of the webhook server (webhook mode). */
  readonly webhookPort?: number;
  send(chatId: string, reply: Reply): Promise<void>;
  /**
   * Sends ready-made HTML (≤ 4,096 characters) to a chat, or to a forum topic with `threadId` (digest
   * delivery). Resolves with the message id once Telegram confirmed it.
   */
  sendHtml(chatId: string, html: string, options?: { readonly threadId?: string | null }): Promise<{ readonly messageId: number }>;
  /** Sends a PNG with a plain-text caption (≤ 1,024 characters) by sendPhoto (a digest's chart part). */
  sendPhoto(chatId: string, photo: { readonly png: Uint8Array; readonly filename: string; readonly caption: string }, options?: { readonly threadId?: string | null }): Promise<{ readonly messageId: number }>;
  stop(): Promise<void>;
}

const SEND_OPTIONS = { parse_mode: 'HTML', link_preview_options: { is_disabled: true } } as const;

function pagingKeyboard(reply: Reply): InlineKeyboard | undefined {
  const page = reply.page;
  if (!page?.hasMore) return undefined;
  const data = encodePage(page, page.offset + page.limit, CALLBACK_DATA_MAX, utf8Length);
  return data ? new InlineKeyboard().text('More ▶', data) : undefined;
}

/** Private chat: the user; group: its creator and administrators (an anonymous admin posts as the group). */
async function isChatAdmin(ctx: Context): Promise<boolean> {
  const chat = ctx.chat;
  if (!chat || !ctx.from) return false;
  if (chat.type === 'private') return true;
  if (ctx.msg?.sender_chat?.id === chat.id) return true;
  const member = await ctx.api.getChatMember(chat.id, ctx.from.id);
  return member.status === 'creator' || member.status === 'administrator';
}

/** Builds the bot and its handlers; makes no network call. */
export function createTelegramBot(opts: TelegramBotOptions): Bot {
  const { registry, logger } = opts;
  const bot = new Bot(opts.token, {
    ...(opts.botInfo ? { botInfo: opts.botInfo } : {}),
    ...(opts.apiRoot ? { client: { apiRoot: opts.apiRoot.replace(/\/+$/, '') } } : {}),
  });
  bot.api.config.use(autoRetry({ maxDelaySeconds: 300, maxRetryAttempts: 5 }));
  // Only a user's latest inline query is answered. Long polling delivers updates in batches and handles them one
  // by one: every inline query of a batch is noted when the batch arrives, so the older ones are skipped.
  const latest = new LatestOnly();
  bot.api.config.use(async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal);
    if (method === 'getUpdates' && result.ok) {
      for (const update of result.result as Update[]) if (update.inline_query) latest.arrive(String(update.inline_query.from.id), update.update_id);
    }
    return result;
  });
  const settleMs = Math.max(0, opts.inlineSettleMs ?? 0);
  const settle = () => new Promise<void>((resolve) => setTimeout(resolve, settleMs));

  const context = (ctx: Context): CommandContext => ({
    service: opts.service,
    registry,
    chat: {
      platform: 'telegram',
      chatId: String(ctx.chat?.id ?? ctx.from?.id ?? ''),
      // Only a forum topic is a thread; reply threads in ordinary groups also carry message_thread_id.
      threadId: ctx.msg?.is_topic_message && ctx.msg.message_thread_id !== undefined ? String(ctx.msg.message_thread_id) : null,
      userId: ctx.from ? String(ctx.from.id) : null,
    },
    pageSize: PAGE_SIZE,
    now: opts.now ?? (() => new Date()),
    botUsername: bot.botInfo.username,
    isAdmin: () => isChatAdmin(ctx),
  });

  const answer = async (ctx: Context, reply: Reply) => {
    if (reply.image) {
      // A chart: the photo with its numbers as the caption; if Telegram will not take the photo, the numbers as text.
      const [first = '', ...rest] = reply.image.caption.split('\n');
      const caption = [`<b>${escapeHtml(first)}</b>`, ...rest.map(escapeHtml)].join('\n');
      try {
        await ctx.replyWithPhoto(new InputFile(reply.image.png, reply.image.filename), { caption: caption.length <= 1024 ? caption : `<b>${clipHtml(first, 1000)}</b>`, parse_mode: 'HTML' });
        return;
      } catch (err) {
        logger.warn({ err }, 'telegram: chart not sent as a photo; sending its numbers as text');
      }
    }
    const messages = renderTelegram(reply);
    const keyboard = pagingKeyboard(reply);
    for (const [i, text] of messages.entries()) {
      await ctx.reply(text, { ...SEND_OPTIONS, ...(keyboard && i === messages.length - 1 ? { reply_markup: keyboard } : {}) });
    }
  };

  const run = async (ctx: Context, name: string, text: string) => {
    const def = registry.get(name);
    if (!def) return;
    await answer(ctx, await registry.run(name, parseTextInput(def, text), context(ctx)));
  };

  // The one error boundary (polling and webhook alike): log, then apologise where someone can hear it.
  // Errors stop here, so a webhook still answers 200 and Telegram does not redeliver the update.
  const safe = bot.errorBoundary(async ({ error, ctx }) => {
    logger.error({ err: error, update: ctx.update.update_id }, 'telegram: update failed');
    try {
      if (ctx.inlineQuery) await ctx.answerInlineQuery([], { cache_time: 5 });
      else if (ctx.chat) await ctx.reply(SORRY);
    } catch (err) {
      logger.warn({ err }, 'telegram: could not apologise');
    }
  });

  safe.command('start', (ctx) => run(ctx, 'help', ''));
  for (const def of registry.list()) safe.command(def.name, (ctx) => run(ctx, def.name, ctx.match));
  // In a private chat, plain text is a search and an unknown command gets the help.
  safe.chatType('private').on('message:text', (ctx) => (ctx.msg.text.startsWith('/') ? run(ctx, 'help', '') : run(ctx, 'quote', ctx.msg.text)));

  safe.on('inline_query', async (ctx) => {
    const user = String(ctx.inlineQuery.from.id);
    const order = ctx.update.update_id;
    latest.arrive(user, order);
    await settle();
    // A newer query of this user arrived: this one is stale (Telegram needs no answer to it).
    if (!latest.isLatest(user, order)) return;
    const { results, options } = await answerInline(ctx.inlineQuery.query, ctx.inlineQuery.offset, context(ctx), opts.inlinePageSize);
    if (!latest.isLatest(user, order)) return;
    await ctx.answerInlineQuery(results, options);
  });

  safe.on('callback_query:data', async (ctx) => {
    const page = decodePage(ctx.callbackQuery.data);
    await ctx.answerCallbackQuery();
    if (!page || !registry.get(page.command)) return;
    await answer(ctx, await registry.runPage(page, context(ctx)));
  });

  // Last resort (errors outside the boundary, e.g. in other middleware added later).
  bot.catch(({ error }) => logger.error({ err: error }, 'telegram: unhandled error'));
  return bot;
}

/** The command menu Telegram shows under "/"; `forMembers` leaves out the admin-only commands. */
export function telegramCommands(registry: CommandRegistry, forMembers = false): { command: string; description: string }[] {
  return registry
    .list()
    .filter((d) => !(forMembers && d.adminOnly))
    .map((d) => ({ command: d.name, description: d.description.slice(0, 256) }));
}

/** Starts the bot (polling or webhook) and resolves once it is receiving updates. */
export async function startTelegramBot(opts: TelegramBotOptions): Promise<TelegramHandle> {
  const { logger } = opts;
  const bot = createTelegramBot(opts);
  await bot.init();
  try {
    // Everyone (private chats: the user is the admin) sees every command; group members only what they may use.
    await bot.api.setMyCommands(telegramCommands(opts.registry));
    if (opts.registry.list().some((d) => d.adminOnly)) {
      await bot.api.setMyCommands(telegramCommands(opts.registry, true), { scope: { type: 'all_group_chats' } });
      await bot.api.setMyCommands(telegramCommands(opts.registry), { scope: { type: 'all_chat_administrators' } });
    }
  } catch (err) {
    logger.warn({ err }, 'telegram: setMyCommands failed; the command menu may be stale');
  }
  const send = async (chatId: string, reply: Reply) => {
    for (const text of renderTelegram(reply)) await bot.api.sendMessage(chatId, text, SEND_OPTIONS);
  };
  const sendHtml: TelegramHandle['sendHtml'] = async (chatId, html, options = {}) => {
    const thread = options.threadId ? { message_thread_id: Number(options.threadId) } : {};
    const message = await bot.api.sendMessage(chatId, html, { ...SEND_OPTIONS, ...thread });
    return { messageId: message.message_id };
  };
  const sendPhoto: TelegramHandle['sendPhoto'] = async (chatId, photo, options = {}) => {
    const thread = options.threadId ? { message_thread_id: Number(options.threadId) } : {};
    const message = await bot.api.sendPhoto(chatId, new InputFile(photo.png, photo.filename), { caption: photo.caption.slice(0, 1024), ...thread });
    return { messageId: message.message_id };
  };
  const username = bot.botInfo.username;

  if (opts.webhook) {
    const { url, secret, port, host } = opts.webhook;
    const path = new URL(url).pathname;
    const handle = webhookCallback(bot, 'http', { secretToken: secret });
    const server: Server = createServer((req, res) => {
      if (req.method === 'POST' && req.url?.split('?')[0] === path) {
        handle(req, res).catch((err: unknown) => {
          logger.error({ err }, 'telegram: webhook request failed');
          if (!res.headersSent) res.writeHead(500).end();
        });
      } else res.writeHead(404).end();
    });
    await new Promise<void>((ok, fail) => server.once('error', fail).listen(port, host ?? '0.0.0.0', () => ok()));
    await bot.api.setWebhook(url, { secret_token: secret, allowed_updates: [...ALLOWED_UPDATES] });
    logger.info({ path }, `telegram: @${username} receiving updates by webhook on port ${port}`);
    const address = server.address();
    return {
      username,
      mode: 'webhook',
      ...(address && typeof address === 'object' ? { webhookPort: address.port } : {}),
      send,
      sendHtml,
      sendPhoto,
      stop: () => new Promise<void>((ok) => server.close(() => ok())),
    };
  }

  let polling: Promise<void> = Promise.resolve();
  const poller: Poller = {
    start: (onFailure) =>
      new Promise<void>((ok, fail) => {
        polling = bot.start({ allowed_updates: [...ALLOWED_UPDATES], onStart: () => ok() }).catch((err: unknown) => {
          logger.error({ err }, 'telegram: polling stopped');
          fail(err);
          onFailure(err);
        });
      }),
    async stop() {
      if (bot.isRunning()) await bot.stop();
      await polling;
    },
  };
  // several instances: the one holding the lease polls, the others send only and take over when it stops
  if (opts.pollingLease) {
    const leased = await startLeasedPolling(opts.pollingLease, poller, logger, `@${username}`);
    if (leased.mode === 'polling') logger.info(`telegram: @${username} receiving updates by long polling`);
    return {
      username,
      get mode() {
        return leased.mode;
      },
      send,
      sendHtml,
      sendPhoto,
      stop: () => leased.stop(),
    };
  }
  await poller.start(() => {});
  logger.info(`telegram: @${username} receiving updates by long polling`);
  return {
    username,
    mode: 'polling',
    send,
    sendHtml,
    sendPhoto,
    stop: () => poller.stop(),
  };
}
