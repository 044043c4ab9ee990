// The commands every chat offers, in menu order: the bot layer's own (/quote, /speakers, /help), the
// digest's (/summary, /themes, /digest, /subscribe, /unsubscribe) and the feeds' (/sources). The services
// the handlers need are passed lazily, so `discord:register` can list the commands without opening them.
import type { CommandDef, CommandRegistry } from './bots/commands.ts';
import { createDefaultRegistry } from './bots/handlers.ts';
import type { Summariser } from './core/index.ts';
import { digestCommands } from './digest/commands.ts';
import type { SubscriptionStore } from './digest/subscription-store.ts';
import { sourcesCommand } from './feeds/commands.ts';
import { trendCommand } from './bots/trend.ts';
import type { FeedService } from './feeds/index.ts';

/** What the digest and feeds commands work on (opened by main.ts on the bot's database). */
export interface AppServices {
  readonly subscriptions: SubscriptionStore;
  readonly feeds: FeedService;
  /** The endpoint summariser when SUMMARY_API_URL is set, else null (extractive summaries). */
  readonly summariser: Summariser | null;
}

export function appCommands(services: () => AppServices): CommandDef[] {
  return [...digestCommands(services), sourcesCommand(() => services().feeds), trendCommand];
}

/** The full registry; `extra` adds commands or replaces one by name. */
export function createAppRegistry(services: () => AppServices, extra: readonly CommandDef[] = []): CommandRegistry {
  return createDefaultRegistry([...appCommands(services), ...extra]);
}

/** Services for a registry whose handlers never run (command registration). */
export function noServices(): AppServices {
  throw new Error('command handlers do not run here');
}
