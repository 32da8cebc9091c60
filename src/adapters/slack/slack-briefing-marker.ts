import type { webApi } from "@slack/bolt";
import type { PartRef } from "../../app/ports/publisher.js";

/** The message metadata event type every scheduled briefing part carries. */
export const briefingEventType = "briefbot_briefing";

// A busy channel may have many messages since the claim; this many pages of 200 are searched.
const maxPages = 5;

export interface SlackMarker {
  event_type: string;
  event_payload: { run_key: string; part: number };
}

export function slackMarker(ref: PartRef): SlackMarker {
  return { event_type: briefingEventType, event_payload: { run_key: ref.runKey, part: ref.part } };
}

/** Whether the channel has our message for `ref` posted at or after `since` (ISO). */
export async function findMarkedMessage(
  client: webApi.WebClient,
  channel: string,
  ref: PartRef,
  since: string,
): Promise<boolean> {
  const oldest = (Date.parse(since) / 1000).toFixed(6);
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page += 1) {
    const answer = await client.conversations.history({
      channel,
      oldest,
      limit: 200,
      include_all_metadata: true,
      ...(cursor ? { cursor } : {}),
    });
    if ((answer.messages ?? []).some((message) => isMarked(message.metadata, ref))) return true;
    cursor = answer.response_metadata?.next_cursor || undefined;
    if (!answer.has_more || !cursor) return false;
  }
  return false;
}

function isMarked(metadata: unknown, ref: PartRef): boolean {
  const m = metadata as
    { event_type?: unknown; event_payload?: { run_key?: unknown; part?: unknown } } | undefined;
  return (
    m?.event_type === briefingEventType &&
    m.event_payload?.run_key === ref.runKey &&
    Number(m.event_payload.part) === ref.part
  );
}
