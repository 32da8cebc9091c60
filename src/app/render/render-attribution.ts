import type { Speaker } from "../../core/card/card-schema.js";

/** "Sergei Lavrov, Russian Foreign Minister"; an unnamed source stays as the article wrote it. */
export function renderAttribution(speaker: Pick<Speaker, "name" | "role" | "anonymous">): string {
  const name = speaker.name?.trim() || "an unidentified speaker";
  if (speaker.anonymous || !speaker.role) return name;
  return `${name}, ${speaker.role}`;
}
