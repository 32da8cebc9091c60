import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import { run } from "../../src/cli/discord-register-command.js";
import { startCaptureServer } from "./capture-server.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const execFileAsync = promisify(execFile);
const servers: { close(): Promise<void> }[] = [];

afterEach(async () => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

function captureOutput() {
  const out: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => out.push(String(chunk)) > 0);
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => out.push(String(chunk)) > 0);
  return out;
}

async function withApi(status: number) {
  const api = await startCaptureServer(() => ({
    status,
    body: status === 200 ? [] : { message: "401: Unauthorized", code: 0 },
  }));
  servers.push(api);
  vi.stubEnv("DISCORD_TOKEN", "cli-secret-token");
  vi.stubEnv("DISCORD_APPLICATION_ID", "100000000000000001");
  vi.stubEnv("DISCORD_API_URL", api.url);
  return api;
}

describe("briefbot discord:register", () => {
  it("GIVEN --guild THEN it registers in that server and says so", async () => {
    const api = await withApi(200);
    const out = captureOutput();
    expect(await run(["--guild", "200000000000000002"])).toBe(0);
    expect(api.calls.map((call) => call.method)).toEqual(["GET", "PUT"]);
    expect(out.join("")).toContain("Registered 5 commands in server 200000000000000002.");
  });

  it("GIVEN no DISCORD_APPLICATION_ID THEN it asks Discord which application the token belongs to", async () => {
    const api = await startCaptureServer((call) => ({
      status: 200,
      body: call.path.endsWith("/applications/@me") ? { id: "100000000000000009" } : [],
    }));
    servers.push(api);
    vi.stubEnv("DISCORD_TOKEN", "cli-secret-token");
    vi.stubEnv("DISCORD_APPLICATION_ID", "");
    vi.stubEnv("DISCORD_API_URL", api.url);
    captureOutput();
    expect(await run([])).toBe(0);
    expect(api.calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      "GET /api/v10/applications/@me",
      "GET /api/v10/applications/100000000000000009/commands",
      "PUT /api/v10/applications/100000000000000009/commands",
    ]);
  });

  it("GIVEN a bad --guild THEN usage and exit 2, no request", async () => {
    const api = await withApi(200);
    const out = captureOutput();
    expect(await run(["--guild", "abc"])).toBe(2);
    expect(api.calls).toHaveLength(0);
    expect(out.join("")).toMatch(/--guild needs a numeric server ID/);
  });

  it("GIVEN no token THEN the missing setting is named", async () => {
    vi.stubEnv("DISCORD_TOKEN", "");
    vi.stubEnv("DISCORD_APPLICATION_ID", "100000000000000001");
    const out = captureOutput();
    expect(await run([])).toBe(2);
    expect(out.join("")).toMatch(/DISCORD_TOKEN is missing/);
  });

  it("GIVEN a refused token THEN a clear sentence, exit 1, the token never printed", async () => {
    await withApi(401);
    const out = captureOutput();
    expect(await run([])).toBe(1);
    expect(out.join("")).toMatch(/refused the bot token/);
    expect(out.join("")).not.toContain("cli-secret-token");
  });
});

describe("briefbot discord:register from the real CLI", () => {
  it("GIVEN the DISCORD_* settings only in .env THEN it reads them and registers", async () => {
    const api = await startCaptureServer(() => ({ status: 200, body: [] }));
    servers.push(api);
    const dir = mkdtempSync(join(tmpdir(), "briefbot-register-"));
    const dotEnv = `DISCORD_TOKEN=env-file-token\nDISCORD_APPLICATION_ID=100000000000000001\nDISCORD_API_URL=${api.url}\n`;
    writeFileSync(join(dir, ".env"), dotEnv);
    const clean = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !key.startsWith("DISCORD_")),
    );
    const { stdout } = await execFileAsync(
      process.execPath,
      [join(root, "bin/briefbot.js"), "discord:register"],
      { cwd: dir, env: clean },
    );
    expect(stdout).toBe("Registered 5 commands globally.\n");
    expect(api.calls.map((call) => call.method)).toEqual(["GET", "PUT"]);
    expect(api.calls[0]?.headers.authorization).toBe("Bot env-file-token");
  }, 60_000);
});
