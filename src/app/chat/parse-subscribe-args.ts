import { isTimeZone } from "../policy/time-zone.js";
import { truncateText } from "../render/split-text.js";

export interface SubscribeArgs {
  localTime: string;
  timeZone: string;
  quietWhenEmpty: boolean;
}

type Parsed =
  | { ok: true; value: SubscribeArgs }
  | { ok: false; error: { code: "invalid-argument"; message: string } };

/** "[HH:MM] [time zone] [quiet]" in any order; defaults fill what is missing. */
export function parseSubscribeArgs(
  args: string,
  defaults: { localTime: string; timeZone: string },
): Parsed {
  const value: SubscribeArgs = { ...defaults, quietWhenEmpty: false };
  for (const token of args.split(" ").filter(Boolean)) {
    const error = applyToken(value, token);
    if (error) return { ok: false, error: { code: "invalid-argument", message: error } };
  }
  return { ok: true, value };
}

function applyToken(value: SubscribeArgs, token: string): string | null {
  if (/^\d{1,2}:\d{2}$/.test(token)) {
    const [h = 0, m = 0] = token.split(":").map(Number);
    if (h > 23 || m > 59)
      return `“${token}” is not a time of day: use HH:MM between 00:00 and 23:59, e.g. 07:30.`;
    value.localTime = `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
    return null;
  }
  if (/^(quiet|silent|announce|loud)$/i.test(token)) {
    value.quietWhenEmpty = /^(quiet|silent)$/i.test(token);
    return null;
  }
  if (isTimeZone(token) && (token.includes("/") || /^(UTC|GMT)$/i.test(token))) {
    value.timeZone = new Intl.DateTimeFormat("en-US", {
      timeZone: token,
    }).resolvedOptions().timeZone;
    return null;
  }
  const shown = truncateText(token, 40);
  if (token.includes("/"))
    return `“${shown}” is not a time zone I know: use an IANA name such as Europe/Berlin or America/New_York.`;
  return `I don't understand “${shown}”: use /briefing subscribe [HH:MM] [time zone] [quiet], e.g. /briefing subscribe 07:30 Europe/Berlin.`;
}
