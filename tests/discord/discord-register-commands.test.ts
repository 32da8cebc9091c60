import { afterEach, describe, expect, it } from "vitest";
import { createDiscordRest } from "../../src/adapters/discord/create-discord-rest.js";
import { discordCommands } from "../../src/adapters/discord/discord-commands.js";
import { registerDiscordCommands } from "../../src/adapters/discord/register-discord-commands.js";
import { startCaptureServer } from "./capture-server.js";

const applicationId = "100000000000000001";
const servers: { close(): Promise<void> }[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** What Discord echoes for our definitions: ids, versions and defaults added. */
function asRegistered(commands: unknown[]): unknown[] {
  return commands.map((command, index) => ({
    id: `12000000000000000${index}`,
    application_id: applicationId,
    version: "1",
    type: 1,
    nsfw: false,
    dm_permission: true,
    default_member_permissions: null,
    ...(command as object),
  }));
}

async function registerAgainst(registered: unknown[], guildId?: string) {
  const api = await startCaptureServer((call) => ({
    status: 200,
    body: call.method === "GET" ? registered : registered,
  }));
  servers.push(api);
  const result = await registerDiscordCommands(
    createDiscordRest({ token: "t", apiUrl: api.url }),
    applicationId,
    guildId,
  );
  return { api, result };
}

describe("discord:register", () => {
  it("GIVEN nothing registered globally THEN one PUT of every command", async () => {
    const { api, result } = await registerAgainst([]);
    expect(result).toEqual({ changed: true, count: 5 });
    expect(api.calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      `GET /api/v10/applications/${applicationId}/commands`,
      `PUT /api/v10/applications/${applicationId}/commands`,
    ]);
    const names = (api.calls[1]?.body as { name: string }[]).map((command) => command.name);
    expect(names).toEqual(["brief", "who-said", "quotes", "briefing", "help"]);
    const briefing = (
      api.calls[1]?.body as { name: string; default_member_permissions?: string }[]
    ).find((c) => c.name === "briefing");
    expect(briefing?.default_member_permissions).toBe("16");
  });

  it("GIVEN the same definitions already registered in a guild THEN no PUT", async () => {
    const { api, result } = await registerAgainst(
      asRegistered(discordCommands),
      "200000000000000002",
    );
    expect(result.changed).toBe(false);
    expect(api.calls.map((call) => call.method)).toEqual(["GET"]);
    expect(api.calls[0]?.path).toBe(
      `/api/v10/applications/${applicationId}/guilds/200000000000000002/commands`,
    );
  });

  it("GIVEN a changed description THEN it registers again", async () => {
    const stale = asRegistered(discordCommands).map((command) => ({
      ...(command as object),
      description: "old",
    }));
    const { api, result } = await registerAgainst(stale);
    expect(result.changed).toBe(true);
    expect(api.calls.map((call) => call.method)).toEqual(["GET", "PUT"]);
  });
});
