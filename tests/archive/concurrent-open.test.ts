import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const run = promisify(execFile);

describe("several processes opening one new archive file", () => {
  it("GIVEN four processes creating the same file at once THEN all open it and each migration is applied once", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "briefbot-race-")), "briefbot.db");
    const opened = await Promise.all(
      Array.from({ length: 4 }, () =>
        run(
          process.execPath,
          [join(root, "bin/run-ts.js"), "tests/archive/fixtures/open-archive.ts", path],
          { cwd: root },
        ),
      ),
    );
    const versions = opened.map((o) => JSON.parse(o.stdout) as number[]);
    expect(new Set(versions.map((v) => JSON.stringify(v))).size).toBe(1);
    expect(versions[0]).toContain(1);
  }, 60_000);
});
