import { slackBotScopes } from "./create-slack-auth.js";

export interface SlackManifestOptions {
  /** Where Slack reaches us in HTTP mode ("https://briefbot.example.org"); omit for Socket Mode. */
  publicUrl?: string;
  /** Adds the OAuth redirect and uninstall events for multi-workspace installs. */
  oauth?: boolean;
}

const commands = [
  {
    command: "/brief",
    description: "The briefing card of the newest or matching article",
    usage_hint: "[article, link or words]",
  },
  {
    command: "/who-said",
    description: "Who said a phrase, with role, exact words and source",
    usage_hint: "<phrase>",
  },
  {
    command: "/quotes",
    description: "What a person said, newest first",
    usage_hint: "<person> [about <topic>]",
  },
  {
    command: "/briefing",
    description: "Morning briefings for this channel",
    usage_hint:
      "subscribe [time] [timezone] | unsubscribe | sources add|remove|list | status | now",
  },
  {
    command: "/briefbot",
    description: "Help, or ask briefbot anything",
    usage_hint: "help | what did Putin say?",
  },
];

/**
 * A Slack app manifest (api.slack.com/apps → Create from manifest) matching what this adapter
 * serves, so a workspace admin can install briefbot in minutes.
 */
export function renderSlackAppManifest(
  options: SlackManifestOptions = {},
): Record<string, unknown> {
  const endpoint = options.publicUrl
    ? `${options.publicUrl.replace(/\/+$/, "")}/slack/events`
    : undefined;
  const url = endpoint ? { url: endpoint } : {};
  const requestUrl = endpoint ? { request_url: endpoint } : {};
  const events = options.oauth
    ? ["app_mention", "app_uninstalled", "tokens_revoked"]
    : ["app_mention"];
  return {
    display_information: {
      name: "briefbot",
      description: "Grounded news briefings: who disagrees, who said what, what happens next.",
    },
    features: {
      bot_user: { display_name: "briefbot", always_online: true },
      slash_commands: commands.map((command) => ({ ...command, ...url, should_escape: false })),
    },
    oauth_config: {
      scopes: { bot: slackBotScopes },
      ...(options.oauth && options.publicUrl
        ? { redirect_urls: [`${options.publicUrl.replace(/\/+$/, "")}/slack/oauth_redirect`] }
        : {}),
    },
    settings: {
      event_subscriptions: { ...requestUrl, bot_events: events },
      interactivity: { is_enabled: true, ...requestUrl },
      socket_mode_enabled: endpoint === undefined,
      org_deploy_enabled: false,
      token_rotation_enabled: false,
    },
  };
}
