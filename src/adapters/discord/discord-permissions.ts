import { PermissionFlagsBits as Flags } from "discord.js";

const has = (bits: string | undefined, flag: bigint) =>
  bits !== undefined && (BigInt(bits) & flag) === flag;

/**
 * Who may change a channel's briefing: Administrator, Manage Server or Manage Channels in this
 * channel (`member.permissions` already includes channel overwrites). In a DM the user is the
 * only person concerned, so they may.
 */
export function canManageChannel(memberPermissions: string | undefined, inGuild: boolean): boolean {
  if (!inGuild) return true;
  return (
    has(memberPermissions, Flags.Administrator) ||
    has(memberPermissions, Flags.ManageGuild) ||
    has(memberPermissions, Flags.ManageChannels)
  );
}

/** Whether the bot itself can post briefings here: view, send messages and embed links. */
export function botCanPostBriefings(appPermissions: string | undefined): boolean {
  if (has(appPermissions, Flags.Administrator)) return true;
  return (
    has(appPermissions, Flags.ViewChannel) &&
    has(appPermissions, Flags.SendMessages) &&
    has(appPermissions, Flags.EmbedLinks)
  );
}
