import type { Reply } from "../reply.js";

export const HELP_LINE =
  "Try “what did Putin say?”, “who said ‘should be frozen’?”, “who is Saradzhyan?”, “brief me” — or /help.";

/** What briefbot can do, with examples. */
export function helpReply(): Reply {
  return {
    text: "briefbot turns news articles into briefing cards and answers questions about them.",
    ephemeral: true,
    sections: [
      {
        title: "Commands",
        blocks: [
          {
            type: "list",
            items: [
              "/brief [words | link] — the card of the newest article, or of the one matching",
              "/who-said <phrase> — who said it, with role, the exact words, the article and its date",
              "/quotes <person> [about <topic>] [page N] — what someone said, direct and reported, newest first",
              "/briefing subscribe [HH:MM] [time zone] [quiet] | unsubscribe | status | now — the morning briefing",
              "/briefing sources list | add <feed URL | briefs> | remove <source>",
            ],
          },
        ],
      },
      {
        title: "Or just ask",
        blocks: [
          {
            type: "list",
            items: [
              "what did Lavrov say about Iran?",
              "who said 'should be frozen'?",
              "who is Saradzhyan?",
              "what's new?",
            ],
          },
        ],
      },
    ],
  };
}
