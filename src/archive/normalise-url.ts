// Moved to src/app/policy/; kept so existing importers compile.
export { normaliseUrl } from "../app/policy/normalise-url.js";
