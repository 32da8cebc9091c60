/**
 * The composition root and command-line entry: `briefbot <command> [args…]`.
 * Each command lives in src/cli/ and is loaded only when asked for, so `brief` never pays
 * for discord.js or Bolt.
 */
type CommandModule = { run(args: string[]): Promise<number> };

const commands: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
  start: {
    summary: "run the bot (local terminal mode without tokens)",
    load: () => import("./cli/start-command.js"),
  },
  chat: {
    summary: "answer chat lines from standard input",
    load: () => import("./cli/chat-command.js"),
  },
  brief: {
    summary: "print the briefing card of one article",
    load: () => import("./cli/brief-command.js"),
  },
  ingest: {
    summary: "add files, folders, links or feeds to the archive",
    load: () => import("./cli/ingest-command.js"),
  },
  sources: {
    summary: "import feeds from OPML, or export them",
    load: () => import("./cli/sources-command.js"),
  },
  "who-said": {
    summary: "find who said a phrase",
    load: () => import("./cli/who-said-command.js"),
  },
  quotes: { summary: "list what a person said", load: () => import("./cli/quotes-command.js") },
  "discord:register": {
    summary: "register the Discord slash commands",
    load: () => import("./cli/discord-register-command.js"),
  },
};

function usage(): string {
  const lines = Object.entries(commands).map(
    ([name, { summary }]) => `  ${name.padEnd(18)} ${summary}`,
  );
  return `usage: briefbot <command> [options]\n\ncommands:\n${lines.join("\n")}\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`briefbot: unknown command "${name}".\n\n${usage()}`);
    return 2;
  }
  const module = await command.load();
  return module.run(args);
}

process.exitCode = await main(process.argv.slice(2));
