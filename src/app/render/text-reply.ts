import type { Reply, Section } from "../reply.js";

/** A reply that is one sentence (help, errors, confirmations). */
export function textReply(
  text: string,
  options: { ephemeral?: boolean; detail?: Section[] } = {},
): Reply {
  return {
    text,
    sections: options.detail ?? [{ blocks: [{ type: "paragraph", text }] }],
    ...(options.ephemeral ? { ephemeral: true } : {}),
  };
}
