// `briefdesk discord:register [--guild ID]`: uploads the slash commands, to one guild (instant, for
// testing) or globally (may take up to an hour to appear everywhere). Replaces the whole command set.
import { REST, Routes } from 'discord.js';
import type { CommandRegistry } from '../commands.ts';
import { discordCommands } from './definitions.ts';

export interface RegisterOptions {
  readonly token: string;
  /** Looked up from the token (GET /applications/@me) when not given. */
  readonly appId?: string | null;
  readonly apiRoot?: string | null;
  readonly guildId?: string | null;
  readonly registry: CommandRegistry;
}

export interface RegisterResult {
  readonly appId: string;
  readonly scope: string;
  readonly commands: readonly string[];
}

export async function registerDiscordCommands(opts: RegisterOptions): Promise<RegisterResult> {
  const rest = new REST(opts.apiRoot ? { api: opts.apiRoot.replace(/\/+$/, '') } : {}).setToken(opts.token);
  const appId = opts.appId ?? ((await rest.get(Routes.currentApplication())) as { id: string }).id;
  const body = discordCommands(opts.registry);
  const route = opts.guildId ? Routes.applicationGuildCommands(appId, opts.guildId) : Routes.applicationCommands(appId);
  await rest.put(route, { body });
  return { appId, scope: opts.guildId ? `guild ${opts.guildId}` : 'global', commands: body.map((c) => c.name) };
}
