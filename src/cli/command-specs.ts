/**
 * What every command accepts, in one place: `main.ts` answers `--help` and `briefbot help
 * <command>` from here without loading the command, and each command parses its arguments
 * against the same list (so help, suggestions and errors never disagree). No imports: loading
 * this file costs nothing.
 */
export interface OptionSpec {
  name: string;
  short?: string;
  /** The value's placeholder ("PATH"); absent for a switch. */
  value?: string;
  summary: string;
}

export interface CommandSpec {
  name: string;
  summary: string;
  usage: string[];
  /** What positional words are: file paths, free text (a phrase, a name), or nothing. */
  positionals: "paths" | "text" | "none";
  options: OptionSpec[];
  /** A few lines after the options: what the command needs from the environment. */
  notes?: string[];
}

const db: OptionSpec = {
  name: "db",
  value: "PATH",
  summary: "the archive file (default: BRIEFBOT_DB, config/briefbot.json, data/briefbot.db)",
};
const briefs: OptionSpec = {
  name: "briefs",
  value: "DIR",
  summary: "the briefs folder to read (default: BRIEFBOT_BRIEFS_DIR, config, briefs/)",
};
const json: OptionSpec = { name: "json", summary: "print the answer as JSON" };
const limit = (n: number): OptionSpec => ({
  name: "limit",
  value: "N",
  summary: `show at most N answers (default ${n})`,
});

export const commandSpecs: CommandSpec[] = [
  {
    name: "start",
    summary: "run the bot (local terminal mode without platform tokens)",
    usage: ["briefbot start [--briefs DIR] [--db PATH]"],
    positionals: "none",
    options: [briefs, db],
    notes: [
      "With DISCORD_TOKEN and/or SLACK_BOT_TOKEN (or Slack OAuth settings) set, in the",
      "environment or .env, it connects to those platforms; otherwise it briefs the folder",
      "in the terminal and answers chat lines.",
    ],
  },
  {
    name: "chat",
    summary: "answer chat lines from standard input",
    usage: ["briefbot chat [--briefs DIR] [--db PATH]"],
    positionals: "none",
    options: [briefs, db],
  },
  {
    name: "brief",
    summary: "print the briefing card of one article",
    usage: [
      "briefbot brief <file | -> [--date YYYY-MM-DD] [--format text|markdown|json]",
      "briefbot brief --jsonl <file | ->",
    ],
    positionals: "paths",
    options: [
      { name: "date", value: "YYYY-MM-DD", summary: "the article's date, for relative dates" },
      { name: "format", value: "FORMAT", summary: "text (default), markdown or json" },
      {
        name: "jsonl",
        value: "FILE",
        summary: 'a JSON Lines batch of {"id", "text", "title", "date"}; one {id, card} line each',
      },
    ],
  },
  {
    name: "ingest",
    summary: "add files, folders, links or feeds to the archive",
    usage: ["briefbot ingest <file | folder | url | feed-url>... [--db PATH]"],
    positionals: "paths",
    options: [db],
  },
  {
    name: "who-said",
    summary: "find who said a phrase",
    usage: ['briefbot who-said "<phrase>" [--db PATH] [--limit N] [--json]'],
    positionals: "text",
    options: [db, limit(3), json],
  },
  {
    name: "quotes",
    summary: "list what a person said",
    usage: ['briefbot quotes "<person>" [--about TOPIC] [--db PATH] [--limit N] [--json]'],
    positionals: "text",
    options: [
      { name: "about", value: "TOPIC", summary: 'only quotes about TOPIC (or "<person> about X")' },
      db,
      limit(10),
      json,
    ],
  },
  {
    name: "sources",
    summary: "import feeds from an OPML file, or export the install's feeds as OPML",
    usage: ["briefbot sources import FILE.opml [--db PATH]", "briefbot sources export [--db PATH]"],
    positionals: "paths",
    options: [db],
    notes: [
      "Feeds imported here belong to the install: every channel that has not chosen its own",
      "sources (with /briefing sources add) reads them. Each address is checked before it is added.",
    ],
  },
  {
    name: "discord:register",
    summary: "register the Discord slash commands",
    usage: ["briefbot discord:register [--guild GUILD_ID]"],
    positionals: "none",
    options: [
      {
        name: "guild",
        value: "GUILD_ID",
        summary: "register in one server (instant) instead of globally",
      },
    ],
    notes: ["Reads DISCORD_TOKEN, DISCORD_APPLICATION_ID and DISCORD_API_URL (from .env too)."],
  },
  {
    name: "slack:manifest",
    summary: "print the Slack app manifest to paste at api.slack.com/apps",
    usage: ["briefbot slack:manifest [--url https://HOST] [--oauth]"],
    positionals: "none",
    options: [
      {
        name: "url",
        value: "URL",
        summary: "the public HTTPS address of the bot (HTTP mode); without it, Socket Mode",
      },
      {
        name: "oauth",
        summary: "multi-workspace install: OAuth redirect URL and uninstall events (needs --url)",
      },
    ],
  },
];

export const helpOption: OptionSpec = { name: "help", short: "h", summary: "show this help" };

export function findSpec(name: string): CommandSpec | undefined {
  return commandSpecs.find((spec) => spec.name === name);
}

/** The spec of one of our own commands (a missing one is a programming error). */
export function specOf(name: string): CommandSpec {
  const spec = findSpec(name);
  if (!spec) throw new Error(`no command spec for ${name}`);
  return spec;
}

/** The usage lines of a command, as printed after a usage error. */
export function usageOf(name: string): string {
  const spec = findSpec(name);
  return spec
    ? spec.usage.map((line, i) => `${i === 0 ? "usage:" : "      "} ${line}`).join("\n")
    : "";
}
