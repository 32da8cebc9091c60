/** Where a request came from and where answers go. */
export type Platform = "discord" | "slack" | "terminal";

export interface ChannelRef {
  platform: Platform;
  /** Discord guild or Slack team; absent for direct messages and the terminal. */
  workspaceId?: string;
  channelId: string;
}

export interface Requester {
  userId: string;
  /** Decided by the adapter from the platform's permissions (Manage Server, workspace admin…). */
  canManageChannel: boolean;
}

export const chatCommandNames = ["brief", "who-said", "quotes", "briefing", "help"] as const;
export type ChatCommandName = (typeof chatCommandNames)[number];

/** Whether a platform's command name is one of ours. */
export function isChatCommandName(name: string): name is ChatCommandName {
  return (chatCommandNames as readonly string[]).includes(name);
}

export type ChatInput =
  /** A slash command; `args` is the text after the command name, as typed. */
  | { kind: "command"; name: ChatCommandName; args: string }
  /** A message addressed to the bot, with the bot's own mention already removed. */
  | { kind: "mention"; text: string };

export interface ChatRequest {
  channel: ChannelRef;
  requester: Requester;
  input: ChatInput;
}
