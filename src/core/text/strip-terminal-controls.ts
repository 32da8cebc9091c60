// Article text could carry terminal escape sequences; a terminal shows text, never obeys it.
// Removing ESC, BEL and the C1 controls (CSI, OSC) leaves any sequence inert, printed as text.
/* eslint-disable no-control-regex -- removing control characters is the point. */
const CONTROL =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
/* eslint-enable no-control-regex */

/** Removes control and invisible direction characters from text bound for a terminal; keeps tabs and newlines. */
export function stripTerminalControls(text: string): string {
  return text.replace(CONTROL, "");
}
