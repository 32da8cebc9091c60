import { Routes, type REST } from "discord.js";
import { discordCommands } from "./discord-commands.js";

type Json = Record<string, unknown>;

/**
 * Registers briefbot's slash commands in one guild (instant, for development) or globally, and
 * only when the definitions differ from what Discord has: one GET, and a PUT only on change.
 */
export async function registerDiscordCommands(
  rest: REST,
  applicationId: string | undefined,
  guildId?: string,
): Promise<{ changed: boolean; count: number }> {
  applicationId ??= ((await rest.get(Routes.currentApplication())) as { id: string }).id;
  const route = guildId
    ? Routes.applicationGuildCommands(applicationId, guildId)
    : Routes.applicationCommands(applicationId);
  const registered = (await rest.get(route)) as Json[];
  if (sameCommands(discordCommands as unknown as Json[], registered))
    return { changed: false, count: registered.length };
  await rest.put(route, { body: discordCommands });
  return { changed: true, count: discordCommands.length };
}

/** Compares the fields briefbot sets, with Discord's defaults filled in (it echoes extra ones). */
export function sameCommands(local: Json[], remote: Json[]): boolean {
  const canonical = (commands: Json[]) =>
    JSON.stringify(commands.map(normalizeCommand).sort(byName));
  return canonical(local) === canonical(remote);
}

function normalizeCommand(command: Json): Json {
  return {
    name: command.name,
    description: command.description,
    type: command.type ?? 1,
    default_member_permissions: command.default_member_permissions ?? null,
    contexts: sortedOrNull(command.contexts),
    integration_types: sortedOrNull(command.integration_types),
    options: normalizeOptions(command.options),
  };
}

function normalizeOptions(options: unknown): Json[] {
  if (!Array.isArray(options)) return [];
  return (options as Json[]).map((option) => ({
    type: option.type,
    name: option.name,
    description: option.description,
    required: option.required ?? false,
    max_length: option.max_length ?? null,
    options: normalizeOptions(option.options),
  }));
}

function sortedOrNull(values: unknown): unknown {
  return Array.isArray(values) ? [...(values as number[])].sort((a, b) => a - b) : null;
}

function byName(a: Json, b: Json): number {
  return String(a.name).localeCompare(String(b.name));
}
