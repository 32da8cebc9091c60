import { afterEach, describe, expect, it } from "vitest";
import { createDiscordPublisher } from "../../src/adapters/discord/discord-publisher.js";
import { createDiscordRest } from "../../src/adapters/discord/create-discord-rest.js";
import { damArticle } from "../chat/fixtures/articles.js";
import { CHANNEL, chatWorld } from "../chat/fixtures/chat-world.js";
import { schedulerFor } from "./fixtures.js";
import { startRecordingDiscord } from "./recording-discord.js";

const DUE = "2026-11-28T07:00:00.000Z";
const open: Array<{ close(): unknown }> = [];
afterEach(async () => {
  for (const item of open.splice(0).reverse()) await item.close();
});

describe("Discord: a failure after Discord may have posted is not retried blindly", () => {
  it.each(["accept-then-drop", "accept-then-500"] as const)(
    "GIVEN Discord stores the message and then %s THEN a later run finds its reference and sends nothing more",
    async (behaviour) => {
      const api = await startRecordingDiscord();
      open.push(api);
      const w = chatWorld({ clockAt: "2026-11-28T05:00:00.000Z" });
      open.push(w.archive);
      await w.ask({ kind: "command", name: "briefing", args: "subscribe 08:00 Europe/Berlin" });
      await w.add(damArticle);
      w.clock.set(DUE);
      // No retries inside the client: the nonce window is minutes, a resumed run may be later.
      const rest = createDiscordRest({ token: "t", apiUrl: api.url, timeoutMs: 2000 });
      rest.options.retries = 0;
      const scheduler = schedulerFor(w, createDiscordPublisher(rest, w.logger));
      api.behave(behaviour);
      expect((await scheduler.runDue()).map((r) => r.outcome)).toEqual(["retry-later"]);
      expect(api.messages).toHaveLength(1);

      w.clock.set("2026-11-28T07:01:00.000Z");
      expect((await scheduler.runDue()).map((r) => r.outcome)).toEqual(["posted"]);
      expect(api.messages).toHaveLength(1);
      expect(api.calls.filter((c) => c.method === "GET")).toHaveLength(1);
      expect(await w.ledger.status(CHANNEL, DUE)).toBe("posted");
    },
  );
});
