const trackingParams = new Set([
  "fbclid",
  "gclid",
  "dclid",
  "msclkid",
  "mc_cid",
  "mc_eid",
  "igshid",
  "ref",
  "ref_src",
  "cmpid",
  "ocid",
  "_ga",
  "spm",
  "at_medium",
  "at_campaign",
  "guccounter",
  "smid",
  "cmp",
]);

/**
 * The key two addresses of one article share: scheme, `www.`, default port, fragment, tracking
 * parameters (`utm_*` and the usual click ids), parameter order and a trailing slash are ignored.
 * Returns null for anything that is not an http(s) URL.
 */
export function normaliseUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, "");
  const params = [...url.searchParams.entries()]
    .filter(
      ([name]) => !name.toLowerCase().startsWith("utm_") && !trackingParams.has(name.toLowerCase()),
    )
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams(params).toString();
  const path = url.pathname.replace(/\/+$/, "");
  return `${host}${path}${query ? `?${query}` : ""}`;
}
