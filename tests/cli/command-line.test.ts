import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runBriefbot } from "./run-briefbot.js";

const commands = [
  "start",
  "chat",
  "brief",
  "ingest",
  "who-said",
  "quotes",
  "discord:register",
  "slack:manifest",
];
const version = (
  JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    version: string;
  }
).version;

describe("briefbot command-line conventions", { timeout: 60_000 }, () => {
  it("GIVEN --help, -h or help <command> on every command THEN its usage line on stdout and exit 0", async () => {
    const runs = await Promise.all(
      commands.flatMap((name) => [
        runBriefbot([name, "--help"]),
        runBriefbot([name, "-h"]),
        runBriefbot(["help", name]),
      ]),
    );
    runs.forEach((run, i) => {
      const name = commands[Math.floor(i / 3)] ?? "";
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout.split("\n")[0]).toMatch(new RegExp(`^usage: briefbot ${name}\\b`));
      expect(run.stdout).toContain("--help");
      expect(run.stderr).toBe("");
    });
  });

  it("GIVEN brief help or discord:register --help THEN help, not a file lookup or a guild error", async () => {
    const [brief, register] = await Promise.all([
      runBriefbot(["brief", "help"]),
      runBriefbot(["discord:register", "--help"]),
    ]);
    expect(brief).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^usage: briefbot brief/),
    });
    expect(register.code).toBe(0);
    expect(register.stdout).toContain("--guild GUILD_ID");
  });

  it("GIVEN --version or -V THEN the package version", async () => {
    for (const flag of ["--version", "-V"])
      expect(await runBriefbot([flag])).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it("GIVEN a mistyped command or option THEN a suggestion and exit 2", async () => {
    const command = await runBriefbot(["brieff"]);
    expect(command.code).toBe(2);
    expect(command.stderr).toMatch(/^briefbot: Unknown command brieff\. Did you mean brief\?\n/);
    const option = await runBriefbot(["brief", "x.txt", "--formt", "json"]);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/Unknown option --formt\. Did you mean --format\?/);
    const limit = await runBriefbot(["who-said", "x", "--lmit", "2"]);
    expect(limit.stderr).toMatch(/Did you mean --limit\?/);
  });

  it("GIVEN a missing option value THEN our sentence, never the parser's", async () => {
    const run = await runBriefbot(["brief", "--jsonl"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^briefbot brief: --jsonl needs a value \(FILE\)\.\nusage:/);
    expect(run.stderr).not.toMatch(/argument missing|ERR_PARSE_ARGS/);
  });

  it("GIVEN an unknown key in config/briefbot.json THEN it is named as an unknown setting", async () => {
    const dir = mkdtempSync(join(tmpdir(), "briefbot-config-"));
    writeFileSync(join(dir, "package.json"), "{}");
    mkdirSync(join(dir, "config"));
    writeFileSync(join(dir, "config/briefbot.json"), JSON.stringify({ colour: "red" }));
    const run = await runBriefbot(["who-said", "x"], undefined, dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('config/briefbot.json: unknown setting "colour"');
    expect(run.stderr).not.toMatch(/Unrecognized|\(root\)/);
  });
});

describe(
  "briefbot start and chat with a briefs folder that cannot be used",
  { timeout: 60_000 },
  () => {
    it("GIVEN a missing folder THEN one sentence naming it and a non-zero exit, no briefing", async () => {
      const dir = mkdtempSync(join(tmpdir(), "briefbot-nobriefs-"));
      const missing = join(dir, "nonexistent");
      for (const command of ["start", "chat"]) {
        const run = await runBriefbot([command, "--briefs", missing, "--db", join(dir, "a.db")]);
        expect(run.code).toBe(1);
        expect(run.stderr).toBe(
          `briefbot: There is no briefs folder at ${missing}; create it, or set BRIEFBOT_BRIEFS_DIR or --briefs to one.\n`,
        );
        expect(run.stdout).not.toContain("Nothing new");
      }
    });

    it("GIVEN a file where the folder should be THEN it says so", async () => {
      const dir = mkdtempSync(join(tmpdir(), "briefbot-nobriefs-"));
      const file = join(dir, "briefs.txt");
      writeFileSync(file, "not a folder");
      const run = await runBriefbot(["chat", "--briefs", file, "--db", join(dir, "a.db")]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/is a file, not a folder/);
    });
  },
);

describe("terminal output width", { timeout: 60_000 }, () => {
  // `script` gives the command a real pseudo-terminal, 50 columns wide.
  const inTerminal = (command: string) =>
    spawnSync("script", ["-qec", `stty cols 50; ${command}`, "/dev/null"], { encoding: "utf8" });
  const seed = fileURLToPath(new URL("../../briefs/000_b5a16409ffaccd6c.txt", import.meta.url));
  const bin = fileURLToPath(new URL("../../bin/briefbot.js", import.meta.url));

  it("GIVEN a 50-column terminal THEN brief's card wraps to it; a pipe keeps the default width", async () => {
    const tty = inTerminal(`"${process.execPath}" "${bin}" brief "${seed}"`);
    const lines = tty.stdout.replace(/\r/g, "").split("\n");
    expect(lines.join("\n")).toContain("KEY DISAGREEMENT");
    const body = lines.slice(1); // the headline is one line, however long
    expect(Math.max(...body.map((line) => line.length))).toBeLessThanOrEqual(49);
    const piped = await runBriefbot(["brief", seed]);
    expect(Math.max(...piped.stdout.split("\n").map((line) => line.length))).toBeGreaterThan(49);
  });
});
