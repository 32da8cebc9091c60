import { renderSlackAppManifest } from "../adapters/slack/slack-app-manifest.js";
import { specOf } from "./command-specs.js";
import { parseOptions } from "./parse-options.js";
import { usageFailure } from "./usage-failure.js";

/**
 * `briefbot slack:manifest [--url https://HOST] [--oauth]`: the app manifest to paste at
 * api.slack.com/apps → Create New App → From an app manifest. With `--url`, HTTP mode (Slack
 * calls `<url>/slack/events`); without it, Socket Mode; `--oauth` adds the install redirect and
 * the uninstall events for multi-workspace installs.
 */
export async function run(args: string[]): Promise<number> {
  const parsed = parseOptions(specOf("slack:manifest").options, args);
  if (!parsed.ok) return usageFailure("slack:manifest", parsed.message);
  if (parsed.positionals.length > 0)
    return usageFailure("slack:manifest", `Unexpected argument "${parsed.positionals[0]}".`);
  const url = parsed.options.get("url");
  const oauth = parsed.options.has("oauth");
  const publicUrl = typeof url === "string" ? checkUrl(url) : undefined;
  if (publicUrl === null)
    return usageFailure(
      "slack:manifest",
      `--url must be a public https:// address such as https://briefbot.example.org, not "${String(url)}".`,
    );
  if (oauth && !publicUrl)
    return usageFailure(
      "slack:manifest",
      "--oauth needs --url: Slack sends installs back to <url>/slack/oauth_redirect.",
    );
  const manifest = renderSlackAppManifest({ ...(publicUrl ? { publicUrl } : {}), oauth });
  process.stdout.write(`${JSON.stringify(manifest, null, 2)}\n`);
  return 0;
}

/** Slack only calls HTTPS request URLs; a query or fragment would break the routes under it. */
function checkUrl(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" || url.search || url.hash || url.username) return null;
  return url.href.replace(/\/+$/, "");
}
