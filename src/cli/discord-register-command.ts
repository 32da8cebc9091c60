import { DiscordAPIError } from "discord.js";
import { createDiscordRest } from "../adapters/discord/create-discord-rest.js";
import { readDiscordOptions } from "../adapters/discord/discord-options.js";
import { registerDiscordCommands } from "../adapters/discord/register-discord-commands.js";
import { loadDotEnv } from "../config/read-config-files.js";

const usage = "usage: briefbot discord:register [--guild GUILD_ID]\n";

/**
 * `briefbot discord:register [--guild ID]`: registers the slash commands in one guild (instant)
 * or globally, only when their definitions changed. Reads DISCORD_TOKEN, DISCORD_APPLICATION_ID
 * and DISCORD_API_URL, from `.env` too (as `start` does).
 */
export async function run(args: string[]): Promise<number> {
  const guild = parseGuild(args);
  if (guild === null) {
    process.stderr.write(`briefbot: --guild needs a numeric server ID.\n${usage}`);
    return 2;
  }
  loadDotEnv(process.cwd());
  const config = readDiscordOptions(process.env);
  if (!config.ok) {
    process.stderr.write(`briefbot: ${config.error.message}\n`);
    return 2;
  }
  const rest = createDiscordRest(config.options);
  try {
    const result = await registerDiscordCommands(rest, config.options.applicationId, guild);
    const where = guild ? `in server ${guild}` : "globally";
    process.stdout.write(
      result.changed
        ? `Registered ${result.count} commands ${where}.\n`
        : `Commands ${where} are up to date.\n`,
    );
    return 0;
  } catch (error) {
    process.stderr.write(`briefbot: could not register commands: ${explain(error)}\n`);
    return 1;
  }
}

/** `undefined` for global registration, `null` for a bad flag. */
function parseGuild(args: string[]): string | undefined | null {
  if (args.length === 0) return undefined;
  const [flag, value, ...extra] = args;
  const inline = flag?.startsWith("--guild=") ? flag.slice("--guild=".length) : undefined;
  const id = inline ?? (flag === "--guild" ? value : undefined);
  if (!id || !/^\d{5,25}$/.test(id) || (inline ? value !== undefined : extra.length > 0))
    return null;
  return id;
}

function explain(error: unknown): string {
  if (error instanceof DiscordAPIError) {
    if (error.status === 401) return "Discord refused the bot token (DISCORD_TOKEN).";
    if (error.status === 403)
      return "the bot is not in that server, or lacks the applications.commands scope.";
    return `Discord answered ${error.status}: ${error.message}.`;
  }
  return error instanceof Error ? error.message : String(error);
}
