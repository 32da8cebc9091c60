/**
 * The composition root and command-line entry: `briefbot <command> [args…]`.
 * Each command lives in src/cli/ and is loaded only when asked for, so `brief` never pays
 * for discord.js, Bolt or SQLite; help and the version need no command at all.
 */
import { existsSync, readFileSync } from "node:fs";
import { commandSpecs, findSpec, type CommandSpec } from "./cli/command-specs.js";
import { renderCommandHelp, renderOverview } from "./cli/render-help.js";
import { didYouMean } from "./cli/suggest.js";

type CommandModule = { run(args: string[]): Promise<number> };

const loaders: Record<string, () => Promise<CommandModule>> = {
  start: () => import("./cli/start-command.js"),
  chat: () => import("./cli/chat-command.js"),
  brief: () => import("./cli/brief-command.js"),
  ingest: () => import("./cli/ingest-command.js"),
  "who-said": () => import("./cli/who-said-command.js"),
  quotes: () => import("./cli/quotes-command.js"),
  "discord:register": () => import("./cli/discord-register-command.js"),
  sources: () => import("./cli/sources-command.js"),
  "slack:manifest": () => import("./cli/slack-manifest-command.js"),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) return (process.stderr.write(renderOverview()), 2);
  if (name === "--help" || name === "-h") return (process.stdout.write(renderOverview()), 0);
  if (name === "--version" || name === "-V") return (process.stdout.write(`${version()}\n`), 0);
  if (name === "help") return help(args);
  const spec = findSpec(name);
  const load = loaders[name];
  if (!spec || !load) return unknownCommand(name);
  if (asksForHelp(spec, args)) return (process.stdout.write(renderCommandHelp(spec)), 0);
  const module = await load();
  return module.run(args);
}

function help(args: string[]): number {
  const [name, ...extra] = args;
  if (name === undefined) return (process.stdout.write(renderOverview()), 0);
  const spec = findSpec(name);
  if (!spec) return unknownCommand(name);
  if (extra.length > 0) return usageError(`help takes one command name, not "${extra.join(" ")}".`);
  process.stdout.write(renderCommandHelp(spec));
  return 0;
}

/** `--help`/`-h` anywhere before `--`; or `brief help` when no file is called "help". */
function asksForHelp(spec: CommandSpec, args: string[]): boolean {
  const end = args.indexOf("--");
  const options = end === -1 ? args : args.slice(0, end);
  if (options.includes("--help") || options.includes("-h")) return true;
  if (args.length !== 1 || args[0] !== "help") return false;
  return spec.positionals === "none" || (spec.positionals === "paths" && !existsSync("help"));
}

function unknownCommand(name: string): number {
  const names = commandSpecs.map((spec) => spec.name);
  const hint = name.startsWith("-") ? undefined : didYouMean(name, [...names, "help"]);
  const what = name.startsWith("-") ? `Unknown option ${name}` : `Unknown command ${name}`;
  return usageError(`${what}.${hint ? ` Did you mean ${hint}?` : ""}`);
}

function usageError(message: string): number {
  process.stderr.write(`briefbot: ${message}\nRun "briefbot --help" for the commands.\n`);
  return 2;
}

function version(): string {
  const manifest = new URL("../package.json", import.meta.url);
  return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
}

process.exitCode = await main(process.argv.slice(2));
