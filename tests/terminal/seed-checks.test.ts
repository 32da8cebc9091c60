import { describe, expect, it } from "vitest";
import { runCli, tempSetup } from "./run-cli.js";

/** The checks, through the real CLI with a copy of the seed article in a temp briefs folder. */
describe("GIVEN the seed article in the briefs folder", () => {
  const ask = (lines: string) => {
    const t = tempSetup({ seed: true });
    return runCli(["chat", "--briefs", t.briefs, "--db", t.db], lines);
  };

  it("THEN /who-said should be frozen names Sergei Lavrov", () => {
    const out = ask("/who-said should be frozen\n");
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^Sergei Lavrov/m);
  });

  it("THEN /who-said we will sanction them names Rice", () => {
    expect(ask("/who-said we will sanction them\n").stdout.split("\n")[0]).toContain("Rice");
  });

  it("THEN 'what did Putin say?' reports the INF treaty remark", () => {
    const out = ask("@briefbot what did Putin say?\n");
    expect(out.stdout).toMatch(/What Vladimir Putin/);
    expect(out.stdout).toMatch(/INF/);
    // Putin's words are reported, not quoted: no quotation marks may suggest otherwise.
    expect(out.stdout).toMatch(/^ {2}Russia might pull out of the Intermediate-Range/m);
    expect(out.stdout).not.toMatch(/“Russia might pull out/);
  });

  it("THEN 'who is Saradzhyan?' gives his role", () => {
    expect(ask("@briefbot who is Saradzhyan?\n").stdout).toMatch(
      /^Simon Saradzhyan: .*(analyst|expert)/m,
    );
  });

  it("THEN npm start with no input prints a briefing naming Lavrov and exits 0", () => {
    const t = tempSetup({ seed: true });
    const out = runCli(["start"], "", { BRIEFBOT_DB: t.db, BRIEFBOT_BRIEFS_DIR: t.briefs });
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("Russia, U.S. at odds over missile shield");
    expect(out.stdout).toContain("Lavrov");
  });
});
