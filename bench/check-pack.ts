/**
 * `npm run check:pack`: what a user gets from the registry. Packs the tarball (`npm pack` runs a
 * clean build first), installs it with `--omit=dev` into an empty folder, and checks that
 * `briefbot brief` briefs the seed article there with no TypeScript runtime installed.
 * Slow (it installs the runtime dependencies), so it is a script rather than a vitest test.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const work = mkdtempSync(join(tmpdir(), "briefbot-pack-"));
const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });

const packed = JSON.parse(run(npm, ["pack", "--json", "--pack-destination", work], ".")) as {
  filename: string;
  files: { path: string }[];
}[];
const tarball = join(work, packed[0]?.filename ?? "");
const files = packed[0]?.files.map((file) => file.path) ?? [];
console.log(`packed ${tarball} (${files.length} files)`);
const app = join(work, "app");
execFileSync("mkdir", ["-p", app]);
run(npm, ["install", "--omit=dev", "--no-audit", "--no-fund", tarball], app);

const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
};
const modules = join(app, "node_modules");
for (const name of ["tsx", "typescript", "vitest", "wink-nlp"])
  check(!existsSync(join(modules, name)), `${name} is not installed`);
check(!files.some((file) => file.endsWith(".ts")), "no TypeScript source in the tarball");
const bin = join(modules, ".bin", "briefbot");
const seedDir = join(modules, "briefbot", "briefs");
const seed = join(seedDir, readdirSync(seedDir)[0] ?? "");
const card = run(bin, ["brief", seed], app);
check(
  /^RUSSIA, U\.S\. AT ODDS OVER MISSILE SHIELD\n/.test(card),
  "briefbot brief <seed> briefs it",
);
const version = run(bin, ["--version"], app).trim();
check(/^\d+\.\d+\.\d+/.test(version), `briefbot --version prints ${version}`);
const help = run(bin, ["start", "--help"], app);
check(help.startsWith("usage: briefbot start"), "briefbot start --help answers");
if (failures.length > 0) {
  console.error(`check:pack: ${failures.length} check(s) failed.`);
  process.exit(1);
}
console.log("check:pack: the packed tarball works without dev dependencies.");
