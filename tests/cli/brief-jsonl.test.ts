import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { briefingCardSchema } from "../../src/core/card/card-schema.js";
import { runBriefbot, spawnBriefbot } from "./run-briefbot.js";

const dir = mkdtempSync(join(tmpdir(), "briefbot-jsonl-"));

describe("briefbot brief --jsonl", { timeout: 60_000 }, () => {
  it("GIVEN good and bad lines THEN one output line per input line, in order, bad ones as {id, error}", async () => {
    const lines = [
      JSON.stringify({
        id: "a1",
        text: "Vote due\n\nThe council will vote next week.",
        date: "2024-05-01",
        category: "x",
      }),
      "{not json",
      JSON.stringify({ id: "b2", title: "No text" }),
      JSON.stringify({ id: "c3", text: "Budget\n\nThe plan failed.", date: "May 1" }),
      "",
      JSON.stringify({ id: 7, text: "Markets\n\nShares rose." }),
      JSON.stringify({ id: "d4", text: "Vote\n\nThe board will vote next week.", date: null }),
    ];
    const path = join(dir, "batch.jsonl");
    writeFileSync(path, `${lines.join("\n")}\n`);
    const run = await runBriefbot(["brief", "--jsonl", path]);
    expect(run.code).toBe(0);
    const out = run.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { id: string | null; card?: unknown; error?: string });
    expect(out.map((o) => o.id)).toEqual(["a1", null, "b2", "c3", "7", "d4"]);
    const first = briefingCardSchema.parse(out[0]?.card);
    expect(first.nextSteps[0]).toMatchObject({ when: "2024-05-08" });
    expect(out[1]?.error).toBe("line 2 is not valid JSON.");
    expect(out[2]?.error).toMatch(/^line 3: .*text/);
    expect(out[3]?.error).toMatch(/"May 1" is not a date/);
    expect(briefingCardSchema.parse(out[4]?.card).id).toBe("7");
    // A JSON null date is no date: a card without one, not an error.
    const undated = briefingCardSchema.parse(out[5]?.card);
    expect(undated.date).toBeUndefined();
    expect(undated.nextSteps[0]?.when ?? null).toBeNull();
  });

  it("GIVEN null in the optional fields THEN null means absent and every line gets a card", async () => {
    const lines = [
      { id: "n1", text: "Vote due\n\nThe council will vote next week.", date: null, title: null },
      { id: null, text: "Talks\n\nThe minister will travel to Paris on Friday.", date: null },
      { id: "n3", text: "Budget\n\nThe mayor said the plan failed.", title: null },
    ];
    const run = await runBriefbot(
      ["brief", "--jsonl", "-"],
      lines.map((line) => JSON.stringify(line)).join("\n"),
    );
    expect(run.code, run.stderr).toBe(0);
    const out = run.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { id: string | null; card?: unknown; error?: string });
    expect(out).toHaveLength(3);
    for (const line of out) expect(line.error).toBeUndefined();
    const cards = out.map((line) => briefingCardSchema.parse(line.card));
    expect(cards.map((card) => card.headline)).toEqual(["Vote due", "Talks", "Budget"]);
    expect(cards[0]?.id).toBe("n1");
    expect(cards[0]?.date).toBeUndefined();
  });

  it("GIVEN a line with a field of the wrong type THEN our sentence naming the field, not zod's", async () => {
    const run = await runBriefbot(
      ["brief", "--jsonl", "-"],
      `${JSON.stringify({ id: "w", text: "Vote\n\nIt passed.", date: 20240501 })}\n[1]\n`,
    );
    const out = run.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { error?: string });
    expect(out[0]?.error).toBe('line 1: "date" must be a YYYY-MM-DD string or null.');
    expect(out[1]?.error).toBe('line 2: it is not a JSON object with a "text" field.');
  });

  it("GIVEN a missing batch file THEN a clear sentence and a non-zero exit", async () => {
    const run = await runBriefbot(["brief", "--jsonl", join(dir, "none.jsonl")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/There is no file at .*none\.jsonl\./);
  });

  it("GIVEN - THEN the batch is read from standard input; an empty batch file is refused", async () => {
    const run = await runBriefbot(
      ["brief", "--jsonl", "-"],
      `${JSON.stringify({ id: "s1", text: "Vote\n\nThe board will vote." })}\n`,
    );
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { id: string }).id).toBe("s1");
    const empty = join(dir, "empty.jsonl");
    writeFileSync(empty, "");
    const refused = await runBriefbot(["brief", "--jsonl", empty]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/empty\.jsonl is empty\./);
  });

  it("GIVEN the reader closes the pipe early (| head -1) THEN the batch stops quietly: exit 0, nothing on stderr", async () => {
    const text = "Vote due\n\nThe council will vote next week on the budget plan. ".repeat(20);
    const path = join(dir, "many.jsonl");
    writeFileSync(
      path,
      `${Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `n${i}`, text })).join("\n")}\n`,
    );
    const child = spawnBriefbot(["brief", "--jsonl", path]);
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const closed = new Promise<number | null>((resolve) => child.on("close", resolve));
    // Like `head -1`: read the first output, then close the pipe while the batch still writes.
    const first = await new Promise<string>((resolve) =>
      child.stdout.once("data", (d: Buffer) => resolve(d.toString("utf8"))),
    );
    child.stdout.destroy();
    expect(first).toMatch(/^\{"id":"n0",/);
    expect(await closed).toBe(0);
    expect(stderr).toBe("");
  });

  const refusals: [string, Buffer, RegExp][] = [
    // Binary data over many 64 KB chunks: one sentence, not one "not valid JSON" per chunk.
    [
      "a binary file",
      Buffer.concat(
        Array.from({ length: 40 }, (_, i) =>
          Buffer.from([0x50, 0x4b, 3, 4, 0, i, 10, ...Array<number>(8192).fill(i)]),
        ),
      ),
      /binary\.jsonl is a binary file, not JSON Lines text\./,
    ],
    [
      "a non-UTF-8 file",
      Buffer.from(
        `${JSON.stringify({ id: "l1", text: "Caf\u00e9 talks\n\nThe board will vote." })}\n`,
        "latin1",
      ),
      /latin1\.jsonl is not UTF-8 text/,
    ],
  ];
  for (const [what, bytes, message] of refusals) {
    it(`GIVEN ${what} as a batch THEN one clear sentence and a non-zero exit`, async () => {
      const path = join(dir, what.includes("binary") ? "binary.jsonl" : "latin1.jsonl");
      writeFileSync(path, bytes);
      const run = await runBriefbot(["brief", "--jsonl", path]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stdout).toBe("");
    });
  }

  it("GIVEN a line past 5 MB THEN it is reported as too long while still being read, and the run goes on", async () => {
    const child = spawnBriefbot(["brief", "--jsonl", "-"]);
    const lines: string[] = [];
    let partial = "";
    const nextLine = () =>
      new Promise<string>((resolve) => {
        const take = (d: Buffer) => {
          partial += d.toString("utf8");
          const end = partial.indexOf("\n");
          if (end === -1) return;
          child.stdout.off("data", take);
          lines.push(partial.slice(0, end));
          partial = partial.slice(end + 1);
          resolve(lines.at(-1) ?? "");
        };
        child.stdout.on("data", take);
      });
    // The long line is not finished yet: its error must come before its end is ever sent.
    child.stdin.write(`{"id":"big","text":"${"x".repeat(5 * 1024 * 1024 + 1)}`);
    expect(JSON.parse(await nextLine())).toEqual({
      id: null,
      error: "line 1 is too long (over 5 MB); it was skipped.",
    });
    child.stdin.end(
      `${"y".repeat(1000)}"}\n${JSON.stringify({ id: "after", text: "Vote\n\nThe board will vote." })}\n`,
    );
    expect((JSON.parse(await nextLine()) as { id: string }).id).toBe("after");
    expect(await new Promise((resolve) => child.on("close", resolve))).toBe(0);
  });
});
