// The command registry shared by every chat adapter. A command is data (name, description, options)
// plus a handler that calls the core service and returns a platform-neutral Reply. Adapters list the
// registry to publish commands (Discord slash commands, Telegram setMyCommands, console /help) and
// run handlers by name. Later issues add or replace commands (/summary, /themes, /digest, /subscribe,
// /unsubscribe, /sources) with `registry.register(def)`; the adapters need no change for that.
import type { BriefingService } from '../core/index.ts';
import { CommandInputError } from './errors.ts';
import { rateLimitedReply, type RateLimiter, type RateLimitKind } from './rate-limit.ts';
import { notice, type Reply } from './render.ts';

export type OptionType = 'string' | 'integer';

/** One option of a command. Text platforms see only the `main` option and `trailing` numbers. */
export interface OptionDef {
  readonly name: string;
  readonly description: string;
  readonly type: OptionType;
  readonly required?: boolean;
  /** The command's free text: on text platforms, everything after the command name. */
  readonly main?: boolean;
  /** On text platforms a trailing whole number fills this option ("/summary refugees 7"). */
  readonly trailing?: boolean;
  /** Discord offers autocomplete choices from this source. */
  readonly autocomplete?: 'speaker';
  readonly min?: number;
  readonly max?: number;
  /** The only values allowed (Discord shows them as choices). */
  readonly choices?: readonly string[];
  /** Longest text Discord accepts for this option (default: 300 for the main option, 100 otherwise). */
  readonly maxLength?: number;
}

export type Platform = 'console' | 'telegram' | 'discord';

/** Who asked, where: digest subscriptions key on it. */
export interface ChatRef {
  readonly platform: Platform;
  readonly chatId: string;
  /** The forum topic (Telegram) or thread (Discord) inside the chat; null or absent for the chat itself. */
  readonly threadId?: string | null;
  readonly userId: string | null;
}

export interface CommandContext {
  readonly service: BriefingService;
  readonly registry: CommandRegistry;
  readonly chat: ChatRef;
  /** Results per page when the user gives no limit (the platform knows what fits). */
  readonly pageSize: number;
  /** The user is still typing (Telegram inline mode): searches complete the last word (see parseQuery). */
  readonly typing?: boolean;
  readonly now: () => Date;
  /** The bot's own username where the platform has one (Telegram inline mode hint). */
  readonly botUsername?: string;
  /**
   * Whether the asker administers this chat (Discord: Manage Channels; Telegram: a chat administrator, or
   * the user in a private chat; console: the local user). Asked lazily (Telegram needs an API call);
   * absent means no.
   */
  readonly isAdmin?: () => boolean | Promise<boolean>;
}

export type OptionValue = string | number;

/** A command's input, already parsed from the platform's syntax. */
export interface CommandInput {
  /** The main option's text ('' when none). */
  readonly text: string;
  /** The other options by name. */
  readonly options: Readonly<Record<string, OptionValue | undefined>>;
  /** Paging: how many results to skip. */
  readonly offset: number;
}

export interface CommandDef {
  /** Lower-case letters, digits and underscores, ≤ 32 characters (valid on Discord and Telegram). */
  readonly name: string;
  /** ≤ 100 characters (Discord's limit). */
  readonly description: string;
  readonly options: readonly OptionDef[];
  /** Text-platform usage, e.g. "/quote <speaker and/or topic>". */
  readonly usage: string;
  readonly examples?: readonly string[];
  /** May take longer than a platform's reply deadline; Discord defers the reply first. */
  readonly slow?: boolean;
  /**
   * Only chat admins may run it: the registry refuses everyone else before the handler runs, and Discord
   * hides the command from members without Manage Channels (default_member_permissions).
   */
  readonly adminOnly?: boolean;
  run(input: CommandInput, ctx: CommandContext): Reply | Promise<Reply>;
}

const NAME = /^[a-z0-9_]{1,32}$/;
/** The largest page any adapter asks for (Telegram inline: 50). */
const MAX_PAGE = 50;

/** The commands a deployment offers; registering a name again replaces the earlier handler. */
export class CommandRegistry {
  readonly #defs = new Map<string, CommandDef>();
  /** Per-user rate limit checked before every command (main.ts sets one for the bots); null: none. */
  rateLimiter: RateLimiter | null = null;

  constructor(defs: readonly CommandDef[] = []) {
    for (const d of defs) this.register(d);
  }

  register(def: CommandDef): this {
    if (!NAME.test(def.name)) throw new TypeError(`command name "${def.name}" must match ${NAME}`);
    if (def.description.length < 1 || def.description.length > 100) throw new TypeError(`/${def.name}: description must be 1–100 characters`);
    this.#defs.set(def.name, def);
    return this;
  }

  get(name: string): CommandDef | undefined {
    return this.#defs.get(name);
  }

  list(): CommandDef[] {
    return [...this.#defs.values()];
  }

  /**
   * Runs one page of a paged command (a button, /more, an inline offset). The page size travels as the
   * context's pageSize, not as the user-facing `limit` option, so adapters may use sizes users may not.
   */
  runPage(page: { command: string; text: string; offset: number; limit: number }, ctx: CommandContext, limit: RateLimitKind | null = 'commands'): Promise<Reply> {
    const pageSize = Math.min(Math.max(1, Math.trunc(page.limit) || 1), MAX_PAGE); // page state may come from a client
    return this.run(page.command, { text: page.text, options: {}, offset: Math.max(0, page.offset) }, { ...ctx, pageSize }, limit);
  }

  /**
   * Validates the input against the definition and runs the handler; input mistakes become a usage reply.
   * `limit`: the rate-limit bucket this request takes a token from (null: the caller already checked).
   */
  async run(name: string, input: CommandInput, ctx: CommandContext, limit: RateLimitKind | null = 'commands'): Promise<Reply> {
    const rate = limit === null ? undefined : this.rateLimiter?.take(ctx.chat, limit);
    if (rate && !rate.allowed) return rateLimitedReply(rate.retryAfterMs);
    const def = this.#defs.get(name);
    if (!def) return notice(`Unknown command /${name}`, ['Type /help for the list of commands.']);
    if (def.adminOnly && !(await isChatAdmin(ctx))) return adminRefusal(ctx, `use /${def.name}`);
    try {
      validate(def, input);
      return await def.run(input, ctx);
    } catch (err) {
      if (err instanceof CommandInputError) return notice(err.message, [`Usage: ${def.usage}`, ...(def.examples ?? []).map((e) => `Example: ${e}`)]);
      throw err;
    }
  }
}

/** True when the asker administers the chat (see CommandContext.isAdmin); false when the adapter cannot tell. */
export async function isChatAdmin(ctx: CommandContext): Promise<boolean> {
  return (await ctx.isAdmin?.()) === true;
}

const ADMINS: Record<Platform, string> = {
  discord: 'members with the Manage Channels permission',
  telegram: 'chat administrators',
  console: 'the local user',
};

/** The polite answer to someone who may not do this here, e.g. adminRefusal(ctx, 'use /subscribe'). */
export function adminRefusal(ctx: CommandContext, action: string): Reply {
  return notice(`Sorry, only ${ADMINS[ctx.chat.platform]} can ${action} here.`, [
    'Everyone can use /quote, /summary, /themes, /digest and /sources to read.',
  ]);
}

function validate(def: CommandDef, input: CommandInput): void {
  for (const o of def.options) {
    const value = o.main ? input.text.trim() || undefined : input.options[o.name];
    if (value === undefined) {
      if (o.required) throw new CommandInputError(def.name, `/${def.name} needs ${o.main ? 'some text' : `the ${o.name} option`}.`);
      continue;
    }
    if (o.choices && !o.choices.includes(String(value))) {
      throw new CommandInputError(def.name, `${o.name} must be one of ${o.choices.join(', ')}.`);
    }
    if (o.type === 'integer') {
      const n = typeof value === 'number' ? value : Number(value);
      const min = o.min ?? Number.MIN_SAFE_INTEGER;
      const max = o.max ?? Number.MAX_SAFE_INTEGER;
      if (!Number.isInteger(n) || n < min || n > max) {
        throw new CommandInputError(def.name, `${o.name} must be a whole number from ${min} to ${max}.`);
      }
    }
  }
}

/** Text platforms: "/summary refugees 7" → text "refugees", days 7 (trailing numbers fill `trailing` options). */
export function parseTextInput(def: CommandDef, raw: string): CommandInput {
  const words = raw.trim().split(/\s+/).filter(Boolean);
  const options: Record<string, OptionValue> = {};
  const trailing = def.options.filter((o) => o.trailing && o.type === 'integer');
  for (let i = trailing.length - 1; i >= 0; i--) {
    const last = words[words.length - 1];
    const opt = trailing[i];
    if (!opt || last === undefined || !/^\d{1,6}$/.test(last) || words.length < 2) break;
    options[opt.name] = Number(last);
    words.pop();
  }
  return { text: words.join(' '), options, offset: 0 };
}
