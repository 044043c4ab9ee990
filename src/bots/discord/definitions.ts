// Slash command definitions, generated from the command registry: what `discord:register` uploads.
// Admin-only commands carry default_member_permissions (Manage Channels), so Discord hides them from
// other members; the handler checks the permission again (server admins can override the default).
import {
  ApplicationCommandOptionType,
  PermissionFlagsBits,
  type APIApplicationCommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { CommandRegistry, OptionDef } from '../commands.ts';

function option(o: OptionDef): APIApplicationCommandOption {
  const base = { name: o.name, description: o.description.slice(0, 100), required: o.required ?? false };
  if (o.type === 'integer') {
    return {
      ...base,
      type: ApplicationCommandOptionType.Integer,
      ...(o.min !== undefined ? { min_value: o.min } : {}),
      ...(o.max !== undefined ? { max_value: o.max } : {}),
    };
  }
  if (o.choices) return { ...base, type: ApplicationCommandOptionType.String, choices: o.choices.map((c) => ({ name: c, value: c })) };
  return { ...base, type: ApplicationCommandOptionType.String, max_length: o.maxLength ?? (o.main ? 300 : 100), ...(o.autocomplete ? { autocomplete: true } : {}) };
}

/** Chat-input commands for every registry entry (required options first, as Discord demands). */
export function discordCommands(registry: CommandRegistry): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return registry.list().map((def) => ({
    name: def.name,
    description: def.description.slice(0, 100),
    options: [...def.options].sort((a, b) => Number(b.required ?? false) - Number(a.required ?? false)).map(option),
    ...(def.adminOnly ? { default_member_permissions: PermissionFlagsBits.ManageChannels.toString() } : {}),
  }));
}
