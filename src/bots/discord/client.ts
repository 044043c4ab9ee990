// The Discord adapter (discord.js v14): slash commands from the registry, speaker autocomplete, paging
// buttons, embeds. Replies that might miss Discord's 3-second deadline are deferred first. Every reply
// has allowed mentions off. Parse the interaction → run the command → render the Reply. Admin rights
// (Manage Channels) come from the interaction's member permissions; digests are posted with a nonce.
import {
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  PermissionFlagsBits,
  Routes,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
} from 'discord.js';
import type { Logger } from 'pino';
import type { BriefingService } from '../../core/index.ts';
import type { CommandContext, CommandDef, CommandInput, CommandRegistry, OptionValue } from '../commands.ts';
import { SORRY } from '../errors.ts';
import { decodePage, type Reply } from '../render.ts';
import { renderDiscord, type DiscordMessage } from './format.ts';
import { describeShard, type DiscordShard } from './shards.ts';

/** Five quote embeds stay well inside the 6,000-character budget. */
const PAGE_SIZE = 5;
/** Defer when the answer is not ready by then (Discord's deadline is 3 s, minus network time). */
const DEFAULT_DEFER_AFTER_MS = 2000;

export interface DiscordBotOptions {
  readonly token: string;
  /** REST base without version (e.g. a rate-limit proxy, or the tests' stand-in); the gateway URL comes from its /gateway/bot. */
  readonly apiRoot?: string | null;
  readonly service: BriefingService;
  readonly registry: CommandRegistry;
  readonly logger: Logger;
  readonly now?: () => Date;
  readonly deferAfterMs?: number;
  /** This process connects one shard of several (see shards.ts); null or absent: one process, one shard. */
  readonly shard?: DiscordShard | null;
}

export interface DiscordHandle {
  readonly username: string;
  /** Posts a reply in a channel. */
  send(channelId: string, reply: Reply): Promise<void>;
  /**
   * Posts ready-made Markdown (≤ 2,000 characters) in a channel or thread, mentions off (digest delivery).
   * With a nonce (≤ 25 characters) Discord enforces it: a repeat within a few minutes returns the first
   * message instead of posting again. Resolves with the message id once Discord confirmed it.
   */
  sendMessage(channelId: string, content: string, options?: { readonly nonce?: string }): Promise<{ readonly id: string }>;
  /** Posts a PNG as an attachment shown in an embed with a caption (a digest's chart part); nonce as sendMessage. */
  sendImage(channelId: string, image: { readonly png: Uint8Array; readonly filename: string; readonly caption: string }, options?: { readonly nonce?: string }): Promise<{ readonly id: string }>;
  stop(): Promise<void>;
}

const ALLOWED_MENTIONS = { parse: [] as [] };

/** editReply/update cannot change ephemerality: drop the flag. */
function forEdit(msg: DiscordMessage): Omit<DiscordMessage, 'flags'> {
  const { flags: _flags, ...rest } = msg;
  return rest;
}

function inputOf(def: CommandDef, i: ChatInputCommandInteraction): CommandInput {
  let text = '';
  const options: Record<string, OptionValue> = {};
  for (const o of def.options) {
    const value = o.type === 'integer' ? i.options.getInteger(o.name) : i.options.getString(o.name);
    if (value === null) continue;
    if (o.main) text = String(value);
    else options[o.name] = value;
  }
  return { text, options, offset: 0 };
}

/** Builds the client and its interaction handlers; makes no network call until login. */
export function createDiscordClient(opts: DiscordBotOptions): Client {
  const { registry, logger } = opts;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: ALLOWED_MENTIONS,
    ...(opts.shard ? { shards: [opts.shard.id], shardCount: opts.shard.count } : {}),
    ...(opts.apiRoot ? { rest: { api: opts.apiRoot.replace(/\/+$/, '') } } : {}),
  });
  const deferAfter = opts.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS;

  const context = (i: Interaction): CommandContext => {
    // A thread is a channel of its own on Discord; subscriptions key on its parent plus the thread.
    const channel = i.channel;
    const thread = channel?.isThread() && channel.parentId ? { chatId: channel.parentId, threadId: channel.id } : null;
    return {
      service: opts.service,
      registry,
      chat: { platform: 'discord', chatId: thread?.chatId ?? i.channelId ?? i.user.id, threadId: thread?.threadId ?? null, userId: i.user.id },
      pageSize: PAGE_SIZE,
      now: opts.now ?? (() => new Date()),
      // In a server: Manage Channels in this channel (Discord computed it with the overwrites); in a DM: the user.
      isAdmin: () => (i.guildId ? (i.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false) : true),
    };
  };

  async function onCommand(i: ChatInputCommandInteraction): Promise<void> {
    const def = registry.get(i.commandName);
    if (!def) {
      await i.reply({ content: 'This command is no longer available.', flags: MessageFlags.Ephemeral, allowedMentions: ALLOWED_MENTIONS });
      return;
    }
    const work = registry.run(def.name, inputOf(def, i), context(i));
    if (def.slow) {
      await i.deferReply();
      await i.editReply(forEdit(renderDiscord(await work)));
      return;
    }
    // Answer directly when fast; defer if the deadline comes first, then edit the deferred reply.
    let deferring: Promise<unknown> | null = null;
    const timer = setTimeout(() => {
      deferring = i.deferReply();
    }, deferAfter);
    let reply: Reply;
    try {
      reply = await work;
    } finally {
      clearTimeout(timer);
      if (deferring) await deferring; // so the error boundary sees i.deferred
    }
    if (deferring) {
      await deferring;
      await i.editReply(forEdit(renderDiscord(reply)));
    } else await i.reply(renderDiscord(reply));
  }

  async function onAutocomplete(i: AutocompleteInteraction): Promise<void> {
    const focused = i.options.getFocused(true);
    const def = registry.get(i.commandName);
    const option = def?.options.find((o) => o.name === focused.name);
    if (option?.autocomplete !== 'speaker') return i.respond([]);
    const names = opts.service.suggestSpeakers(String(focused.value), 25);
    // the label tells apart people who share a name ("Michael Howard (Conservative leader)"); the value is the name
    const labels = opts.service.speakerLabels(names);
    await i.respond(names.map((n, k) => ({ name: (labels[k] ?? n).slice(0, 100), value: n.slice(0, 100) })));
  }

  async function onButton(i: ButtonInteraction): Promise<void> {
    const page = decodePage(i.customId);
    if (!page || !registry.get(page.command)) {
      await i.reply({ content: 'This button has expired.', flags: MessageFlags.Ephemeral, allowedMentions: ALLOWED_MENTIONS });
      return;
    }
    const reply = await registry.runPage(page, context(i));
    await i.update(forEdit(renderDiscord(reply)));
  }

  // The one error boundary: log, then apologise (ephemerally) if the interaction can still take it.
  client.on(Events.InteractionCreate, async (i) => {
    try {
      if (i.isChatInputCommand()) await onCommand(i);
      else if (i.isAutocomplete()) await onAutocomplete(i);
      else if (i.isButton()) await onButton(i);
    } catch (err) {
      logger.error({ err, interaction: i.id }, 'discord: interaction failed');
      try {
        if (i.isAutocomplete()) {
          if (!i.responded) await i.respond([]);
        } else if (i.isRepliable()) {
          if (i.deferred && !i.replied) await i.editReply({ content: SORRY, embeds: [], components: [], allowedMentions: ALLOWED_MENTIONS });
          else if (i.replied) await i.followUp({ content: SORRY, flags: MessageFlags.Ephemeral, allowedMentions: ALLOWED_MENTIONS });
          else await i.reply({ content: SORRY, flags: MessageFlags.Ephemeral, allowedMentions: ALLOWED_MENTIONS });
        }
      } catch (inner) {
        logger.warn({ err: inner }, 'discord: could not apologise');
      }
    }
  });
  client.on(Events.Error, (err) => logger.error({ err }, 'discord: client error'));
  client.on(Events.Warn, (message) => logger.warn(`discord: ${message}`));
  return client;
}

/** Logs in and resolves once the gateway says READY. */
export async function startDiscordBot(opts: DiscordBotOptions): Promise<DiscordHandle> {
  const client = createDiscordClient(opts);
  const ready = new Promise<Client<true>>((ok) => client.once(Events.ClientReady, ok));
  try {
    await client.login(opts.token);
  } catch (err) {
    await client.destroy();
    throw err;
  }
  const c = await ready;
  opts.logger.info(`discord: ${c.user.tag} connected to the gateway${opts.shard ? ` (${describeShard(opts.shard)})` : ''}`);
  return {
    username: c.user.tag,
    async send(channelId, reply) {
      const channel = await c.channels.fetch(channelId);
      if (!channel?.isSendable()) throw new Error(`discord: channel ${channelId} is not a text channel`);
      const { flags: _f, components: _c, ...msg } = renderDiscord(reply);
      await channel.send(msg);
    },
    async sendMessage(channelId, content, options = {}) {
      const body = { content, allowed_mentions: { parse: [] }, ...(options.nonce ? { nonce: options.nonce, enforce_nonce: true } : {}) };
      const message = (await c.rest.post(Routes.channelMessages(channelId), { body })) as { id: string };
      return { id: message.id };
    },
    async sendImage(channelId, image, options = {}) {
      const body = {
        embeds: [{ description: image.caption.slice(0, 4096), image: { url: `attachment://${image.filename}` } }],
        attachments: [{ id: 0, filename: image.filename }],
        allowed_mentions: { parse: [] },
        ...(options.nonce ? { nonce: options.nonce, enforce_nonce: true } : {}),
      };
      const files = [{ name: image.filename, data: Buffer.from(image.png), contentType: 'image/png' }];
      const message = (await c.rest.post(Routes.channelMessages(channelId), { body, files })) as { id: string };
      return { id: message.id };
    },
    stop: () => c.destroy(),
  };
}
