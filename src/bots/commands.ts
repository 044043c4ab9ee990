// The command registry shared by every chat adapter. A command is data (name, description, options)
// plus a handler that calls the core service and returns a platform-neutral Reply. Adapters list the
// registry to publish commands (Discord slash commands, Telegram setMyCommands, console /help) and
// run handlers by name. Later issues add or replace commands (/summary, /themes, /digest, /subscribe,
// /unsubscribe, /sources) with `registry.register(def)`; the adapters need no change for that.
import type { BriefingService } from '../core/briefing-service.ts';
import { CommandInputError } from './errors.ts';
import { notice, quoteItems, type QuoteItem, type Reply, type Section } from './render.ts';

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
}

export type Platform = 'console' | 'telegram' | 'discord';

/** Who asked, where: digest subscriptions key on it. */
export interface ChatRef {
  readonly platform: Platform;
  readonly chatId: string;
  readonly userId: string | null;
}

export interface CommandContext {
  readonly service: BriefingService;
  readonly registry: CommandRegistry;
  readonly chat: ChatRef;
  /** Results per page when the user gives no limit (the platform knows what fits). */
  readonly pageSize: number;
  readonly now: () => Date;
  /** The bot's own username where the platform has one (Telegram inline mode hint). */
  readonly botUsername?: string;
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
  run(input: CommandInput, ctx: CommandContext): Reply | Promise<Reply>;
}

const NAME = /^[a-z0-9_]{1,32}$/;
/** The largest page any adapter asks for (Telegram inline: 50). */
const MAX_PAGE = 50;

/** The commands a deployment offers; registering a name again replaces the earlier handler. */
export class CommandRegistry {
  readonly #defs = new Map<string, CommandDef>();

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
  runPage(page: { command: string; text: string; offset: number; limit: number }, ctx: CommandContext): Promise<Reply> {
    const pageSize = Math.min(Math.max(1, Math.trunc(page.limit) || 1), MAX_PAGE); // page state may come from a client
    return this.run(page.command, { text: page.text, options: {}, offset: Math.max(0, page.offset) }, { ...ctx, pageSize });
  }

  /** Validates the input against the definition and runs the handler; input mistakes become a usage reply. */
  async run(name: string, input: CommandInput, ctx: CommandContext): Promise<Reply> {
    const def = this.#defs.get(name);
    if (!def) return notice(`Unknown command /${name}`, ['Type /help for the list of commands.']);
    try {
      validate(def, input);
      return await def.run(input, ctx);
    } catch (err) {
      if (err instanceof CommandInputError) return notice(err.message, [`Usage: ${def.usage}`, ...(def.examples ?? []).map((e) => `Example: ${e}`)]);
      throw err;
    }
  }
}

function validate(def: CommandDef, input: CommandInput): void {
  for (const o of def.options) {
    const value = o.main ? input.text.trim() || undefined : input.options[o.name];
    if (value === undefined) {
      if (o.required) throw new CommandInputError(def.name, `/${def.name} needs ${o.main ? 'some text' : `the ${o.name} option`}.`);
      continue;
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

// ---- the commands of this issue ----------------------------------------------------------------

const QUERY_HELP = [
  'Query syntax: speaker names filter, other words search; "exact phrase";',
  'since:2021-10 until:2021-12-31 from:tass theme:refugees speaker:"Sergey Lavrov"',
];

const roleOf = (service: BriefingService) => (name: string) => service.registry.get(name)?.roles[0] ?? null;

function optString(input: CommandInput, name: string): string | undefined {
  const v = input.options[name];
  return v === undefined ? undefined : String(v).trim() || undefined;
}

function optInt(input: CommandInput, name: string): number | undefined {
  const v = input.options[name];
  return v === undefined ? undefined : Number(v);
}

/** Folds Discord's separate speaker/since options into the query text, the one form the core parses. */
export function foldQuery(text: string, speaker?: string, since?: string): string {
  const parts = [text.trim()];
  if (speaker) parts.push(`speaker:"${speaker.replace(/["“”]/g, '').trim()}"`);
  if (since) parts.push(`since:${since.replace(/\s+/g, '')}`);
  return parts.filter(Boolean).join(' ');
}

export const quoteCommand: CommandDef = {
  name: 'quote',
  description: 'Find attributed statements: speaker and/or topic, e.g. Lavrov NATO',
  usage: '/quote <speaker and/or topic>',
  examples: ['/quote Lavrov NATO', '/quote Zakharova sanctions since:2021-09'],
  options: [
    { name: 'query', description: 'Speaker and/or topic, e.g. Lavrov NATO', type: 'string', required: true, main: true },
    { name: 'speaker', description: 'Only statements by this speaker', type: 'string', autocomplete: 'speaker' },
    { name: 'since', description: 'Only statements from this date on (2021, 2021-10 or 2021-10-01)', type: 'string' },
    { name: 'limit', description: 'Results per page (1–10)', type: 'integer', min: 1, max: 10 },
  ],
  run(input, ctx) {
    const since = optString(input, 'since');
    if (since && ctx.service.parseQuery(`since:${since.replace(/\s+/g, '')}`).since === null) {
      throw new CommandInputError('quote', `“${since}” is not a date: use 2021, 2021-10 or 2021-10-01.`);
    }
    const text = foldQuery(input.text, optString(input, 'speaker'), since);
    const limit = optInt(input, 'limit') ?? ctx.pageSize;
    const offset = Math.max(0, input.offset);
    const hits = ctx.service.quote(text, { limit: limit + 1, offset });
    const items = quoteItems(hits.slice(0, limit), offset + 1, roleOf(ctx.service));
    if (items.length === 0) {
      return offset > 0
        ? notice(`No more statements match “${text}”.`)
        : notice(`No statements match “${text}”.`, ['Try fewer words, a speaker’s surname, or another spelling.', ...QUERY_HELP]);
    }
    const last = offset + items.length;
    return {
      title: `Statements for “${text}” (${offset + 1}–${last})`,
      sections: [{ items }],
      page: { command: 'quote', text, offset, limit, hasMore: hits.length > limit },
    };
  },
};

/** Placeholder until the summariser lands: the top statements on the topic, grouped by speaker. */
export const summaryCommand: CommandDef = {
  name: 'summary',
  description: 'What was said about a topic, by speaker',
  usage: '/summary <topic> [days]',
  examples: ['/summary refugees', '/summary Afghanistan 30'],
  slow: true,
  options: [
    { name: 'topic', description: 'The topic, e.g. refugees', type: 'string', required: true, main: true },
    { name: 'days', description: 'Only the last N days', type: 'integer', min: 1, max: 3650, trailing: true },
  ],
  run(input, ctx) {
    const days = optInt(input, 'days');
    const since = days === undefined ? null : new Date(ctx.now().getTime() - days * 86_400_000).toISOString().slice(0, 10);
    const topic = input.text.trim();
    const hits = ctx.service.quote(since ? `${topic} since:${since}` : topic, { limit: 30 });
    const when = days === undefined ? '' : ` (last ${days} days)`;
    if (hits.length === 0) return notice(`Nothing was said about “${topic}”${when}.`, QUERY_HELP);
    const groups = new Map<string, QuoteItem[]>();
    for (const item of quoteItems(hits, 1, roleOf(ctx.service))) {
      const list = groups.get(item.speaker) ?? [];
      list.push(item);
      groups.set(item.speaker, list);
    }
    const sections: Section[] = [...groups.entries()]
      .sort((a, b) => b[1].length - a[1].length)
      .slice(0, 5)
      .map(([speaker, items]) => ({
        heading: `${speaker} (${items.length} statement${items.length === 1 ? '' : 's'})`,
        items: items.slice(0, 3),
      }));
    return { title: `Summary: ${topic}${when}`, sections, footer: `From the ${hits.length} most relevant statements.` };
  },
};

export const speakersCommand: CommandDef = {
  name: 'speakers',
  description: 'Who is quoted most, with roles',
  usage: '/speakers',
  options: [],
  run(_input, ctx) {
    const all = ctx.service.speakers();
    if (all.length === 0) return notice('No speakers yet: the database holds no statements.');
    const lines = all.slice(0, 25).map((s) => `${s.name}${s.roles[0] ? ` — ${s.roles[0]}` : ''}: ${s.statements}`);
    return {
      title: `Speakers (${all.length})`,
      sections: [{ lines }],
      ...(all.length > 25 ? { footer: `…and ${all.length - 25} more.` } : {}),
    };
  },
};

/** Placeholder until the themes issue replaces it. */
export const themesCommand: CommandDef = {
  name: 'themes',
  description: 'The themes statements are tagged with',
  usage: '/themes',
  options: [],
  run: () => notice('Themes are not configured yet.', ['Search by topic words instead, e.g. /quote refugees.'], false),
};

/** Placeholder until the feeds issue replaces it: the outlets already in the database. */
export const sourcesCommand: CommandDef = {
  name: 'sources',
  description: 'The outlets Briefdesk reads',
  usage: '/sources',
  options: [],
  run(_input, ctx) {
    const { outlets, documents } = ctx.service.stats();
    const lines = outlets.map((o) => `${o.outlet}: ${o.documents} document${o.documents === 1 ? '' : 's'}`);
    return {
      title: `Sources (${documents} documents)`,
      sections: [{ lines: lines.length > 0 ? lines : ['No outlets known yet.'] }],
      footer: 'Live feeds are not configured yet.',
    };
  },
};

export const helpCommand: CommandDef = {
  name: 'help',
  description: 'How to use Briefdesk',
  usage: '/help',
  options: [],
  run(_input, ctx) {
    const commands = ctx.registry.list().map((d) => `${d.usage} — ${d.description}`);
    const examples = ctx.registry.list().flatMap((d) => d.examples?.slice(0, 1) ?? []);
    const sections: Section[] = [
      { lines: commands },
      { heading: 'Examples', lines: examples },
      { heading: 'Searching', lines: QUERY_HELP },
    ];
    if (ctx.chat.platform === 'telegram') {
      sections.push({ heading: 'Inline', lines: [`In any chat, type @${ctx.botUsername ?? 'this_bot'} and a query, e.g. @${ctx.botUsername ?? 'this_bot'} Lavrov NATO`] });
    }
    return { title: 'Briefdesk finds who said what in the news.', sections, ephemeral: true };
  },
};

/** The registry with this issue's commands; main.ts adds the digest's and feeds' commands. */
export function createDefaultRegistry(extra: readonly CommandDef[] = []): CommandRegistry {
  return new CommandRegistry([quoteCommand, summaryCommand, speakersCommand, themesCommand, sourcesCommand, helpCommand, ...extra]);
}
