import { DiscordAPIError } from "discord.js";
import { createDiscordRest } from "../adapters/discord/create-discord-rest.js";
import { readDiscordOptions } from "../adapters/discord/discord-options.js";
import { registerDiscordCommands } from "../adapters/discord/register-discord-commands.js";
import { loadDotEnv } from "../config/read-config-files.js";
import { specOf } from "./command-specs.js";
import { parseOptions } from "./parse-options.js";
import { usageFailure } from "./usage-failure.js";

/**
 * `briefbot discord:register [--guild ID]`: registers the slash commands in one guild (instant)
 * or globally, only when their definitions changed. Reads DISCORD_TOKEN, DISCORD_APPLICATION_ID
 * and DISCORD_API_URL, from `.env` too (as `start` does).
 */
export async function run(args: string[]): Promise<number> {
  const guild = parseGuild(args);
  if (typeof guild === "object") return usageFailure("discord:register", guild.message);
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

/** `undefined` for global registration, the guild's id, or the sentence saying what is wrong. */
function parseGuild(args: string[]): string | undefined | { message: string } {
  const parsed = parseOptions(specOf("discord:register").options, args);
  if (!parsed.ok) return { message: parsed.message };
  if (parsed.positionals.length > 0)
    return { message: `Unexpected argument "${parsed.positionals[0]}".` };
  const id = parsed.options.get("guild");
  if (id === undefined) return undefined;
  if (typeof id !== "string" || !/^\d{5,25}$/.test(id))
    return { message: "--guild needs a numeric server ID." };
  return id;
}

function explain(error: unknown): string {
  if (error instanceof DiscordAPIError) {
    if (error.status === 401) return "Discord refused the bot token (DISCORD_TOKEN).";
    if (error.status === 403)
      return "the bot is not in that server, or lacks the applications.commands scope.";
    return `Discord answered ${error.status}: ${error.message}.`;
  }
  const message = error instanceof Error ? error.message : String(error);
  // No answer at all (offline, DNS, refused connection) is not Discord refusing anything.
  const cause = (error as { cause?: { code?: unknown } }).cause;
  const code = (error as { code?: unknown }).code ?? cause?.code;
  if (error instanceof TypeError || (typeof code === "string" && /^E[A-Z]+$/.test(code)))
    return `could not reach Discord (${typeof code === "string" ? code : message}).`;
  return message;
}
