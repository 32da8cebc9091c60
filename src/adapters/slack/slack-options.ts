import { z } from "zod";

/**
 * What the Slack adapter needs; `main.ts` maps the environment onto it (SLACK_BOT_TOKEN,
 * SLACK_SIGNING_SECRET, SLACK_APP_TOKEN, PORT, SLACK_API_URL, SLACK_CLIENT_ID, …).
 */
export const slackOptionsSchema = z
  .object({
    /** Single-workspace mode; optional when OAuth (client id, secret, state secret) is configured. */
    botToken: z.string().startsWith("xoxb-", "a Slack bot token starts with xoxb-").optional(),
    /** Verifies HTTP requests; not needed in Socket Mode. */
    signingSecret: z.string().min(1, "the Slack signing secret must not be empty").optional(),
    /** Socket Mode when set (xapp-…); HTTP mode otherwise. */
    appToken: z
      .string()
      .startsWith("xapp-", "a Slack app-level token starts with xapp-")
      .optional(),
    port: z.coerce.number().int().min(0).max(65_535).default(3000),
    host: z.string().min(1).optional(),
    /** Web API base, for proxies and tests; Slack's own by default. */
    apiUrl: z.url({ protocol: /^https?$/ }).optional(),
    clientId: z.string().min(1).optional(),
    clientSecret: z.string().min(1).optional(),
    stateSecret: z.string().min(1).optional(),
    /** Users allowed to manage briefings besides workspace admins and owners. */
    adminUserIds: z
      .array(z.string().regex(/^[UW][A-Z0-9]+$/, "a Slack user id looks like U0123ABCD"))
      .default([]),
  })
  .superRefine((options, ctx) => {
    const oauth = [options.clientId, options.clientSecret, options.stateSecret].filter(
      Boolean,
    ).length;
    if (oauth > 0 && oauth < 3) {
      const message = "OAuth needs client id, client secret and state secret together";
      ctx.addIssue({ code: "custom", path: ["clientId"], message });
    }
    if (!options.appToken && !options.signingSecret) {
      const message = "the Slack signing secret is required in HTTP mode (without an app token)";
      ctx.addIssue({ code: "custom", path: ["signingSecret"], message });
    }
    if (!options.botToken && (oauth < 3 || options.appToken)) {
      const message =
        "a bot token is required (an OAuth install needs HTTP mode and all three OAuth settings)";
      ctx.addIssue({ code: "custom", path: ["botToken"], message });
    }
  });
export type SlackOptions = z.input<typeof slackOptionsSchema>;
export type ResolvedSlackOptions = z.output<typeof slackOptionsSchema>;
