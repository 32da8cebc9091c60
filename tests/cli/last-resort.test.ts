import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const token = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.abcdefghijklmnopqrstuvwxyz0123";

describe("the last-resort handler", () => {
  it("GIVEN an exception and a rejection nobody catches THEN each is logged with name, code and cause, never the token, and the process keeps serving", () => {
    const run = spawnSync(
      process.execPath,
      [
        resolve(root, "bin/run-ts.js"),
        resolve(root, "tests/fixtures/faults-while-serving.ts"),
        token,
      ],
      { encoding: "utf8", timeout: 30_000 },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("still serving\n");
    const entries = run.stderr
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { message: string; fault: Record<string, unknown> });
    expect(entries.map((e) => e.message)).toEqual([
      "uncaught fault; still serving",
      "unhandled rejection; still serving",
    ]);
    expect(entries[0]?.fault).toMatchObject({
      name: "TypeError",
      code: "ERR_TEST",
      message: "Cannot read properties of undefined (token [redacted])",
      cause: { name: "Error", code: "ECONNRESET", message: "socket hang up" },
    });
    expect(entries[1]?.fault).toMatchObject({ message: "Authorization: [redacted] rejected" });
    expect(run.stderr).not.toContain(token);
    expect(run.stderr).not.toContain("abc.def-ghi");
  });
});
