/** What the person who subscribed is told when their channel's briefing stops. */
export function pausedNotice(reason: string): string {
  return `Your morning briefing for this channel has stopped: ${reason}. Fix that (for example, invite the bot back to the channel), then type /briefing resume there.`;
}
