/**
 * `npm run bench:lookups`: the BBC corpus ingested into a temporary archive the way the bot
 * stores articles (the engine builds each card inside `archive.ingest`), then the questions a
 * new user types (bench/lib/lookup-questions.ts), asked through the real chat service. Each
 * answer gets a verdict (right or wrong, and why: bench/lib/lookup-verdict.ts); the total is
 * printed last.
 *
 * Options: --corpus PATH; --show (print the first --lines N lines of each answer, default 6);
 * --misses (list only the wrong answers); --keep PATH (build the SQLite archive at PATH and
 * keep it; reuse it when it exists, skipping the ingest); --postgres NAME (run on PostgreSQL in
 * database NAME on DATABASE_URL's server, default postgres://postgres@127.0.0.1:5432: built
 * when missing, reused when present; --drop drops it after); --ask "QUESTION" (repeatable: ask
 * these instead, verdict-free, and print their answers).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { createChatService } from "../src/app/chat/create-chat-service.js";
import type { ChatInput } from "../src/app/chat-request.js";
import { chatCommandNames, type ChatCommandName } from "../src/app/chat-request.js";
import type { Archive } from "../src/app/ports/archive.js";
import type { SubscriptionStore } from "../src/app/ports/subscription-store.js";
import { renderTerminalReply } from "../src/adapters/terminal/render-terminal-reply.js";
import { chatMigrations } from "../src/archive/migrations/chat-migrations.js";
import { chatPostgresMigrations } from "../src/archive/postgres/postgres-migrations/chat-tables.js";
import { openPostgresArchive } from "../src/archive/postgres/postgres-archive.js";
import { createPostgresSubscriptionStore } from "../src/archive/postgres/postgres-subscription-store.js";
import { createSqliteArchive } from "../src/archive/sqlite-archive.js";
import { createSqliteSubscriptionStore } from "../src/archive/sqlite-subscription-store.js";
import { lookupQuestions } from "./lib/lookup-questions.js";
import { judge } from "./lib/lookup-verdict.js";

interface CorpusArticle {
  id: string;
  title: string;
  text: string;
}

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
};
const corpusPath = option("corpus", "/work/shared/data/bbc-2004/articles.jsonl");
const lines = Number(option("lines", "6"));
const keep = option("keep", "");
const postgres = option("postgres", "");
const show = args.includes("--show");
const missesOnly = args.includes("--misses");

if (!existsSync(corpusPath)) {
  console.error(`bench:lookups: corpus not found at ${corpusPath} (pass --corpus PATH).`);
  process.exit(2);
}

interface Opened {
  archive: Archive;
  subscriptions: SubscriptionStore;
  fresh: boolean;
  count: (table: string) => Promise<number>;
  close: () => Promise<void>;
}

async function openSqlite(): Promise<Opened> {
  const dir = mkdtempSync(join(tmpdir(), "briefbot-lookups-"));
  const path = keep || join(dir, "lookups.db");
  const fresh = !(keep !== "" && existsSync(keep));
  const archive = createSqliteArchive({ path, migrations: chatMigrations });
  return {
    archive,
    subscriptions: createSqliteSubscriptionStore(archive.db),
    fresh,
    count: async (table) =>
      archive.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number,
    async close() {
      await archive.close();
      rmSync(dir, { recursive: true, force: true });
      if (keep) console.log(`kept the archive at ${keep}`);
    },
  };
}

async function openPostgres(name: string): Promise<Opened> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a database name: ${name}`);
  const server = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const archive = await openPostgresArchive(url.toString(), { migrations: chatPostgresMigrations });
  return {
    archive,
    subscriptions: createPostgresSubscriptionStore(archive.pool),
    fresh: found.rowCount === 0,
    count: async (table) =>
      Number((await archive.pool.query(`SELECT count(*) AS n FROM ${table}`)).rows[0]?.n ?? 0),
    async close() {
      await archive.close();
      if (args.includes("--drop")) await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
      else console.log(`kept database ${name}`);
      await admin.end();
    },
  };
}

const store = postgres ? await openPostgres(postgres) : await openSqlite();
const { archive } = store;

if (store.fresh) {
  const corpus = readFileSync(corpusPath, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as CorpusArticle);
  const start = performance.now();
  for (const a of corpus)
    await archive.ingest(
      { id: a.id, title: a.title, text: a.text },
      { sourceId: "bench", url: `https://bbc.example/${a.id}` },
    );
  const [people, quotes] = [await store.count("people"), await store.count("quotes")];
  console.log(
    `ingest: ${corpus.length} articles, ${quotes} quotes, ${people} people in ${((performance.now() - start) / 1000).toFixed(1)} s\n`,
  );
}

const chat = createChatService({
  archive,
  subscriptions: store.subscriptions,
  clock: { now: () => new Date() },
  logger: { info: () => {}, warn: () => {}, error: (m, f) => console.error(m, f) },
  defaults: { localTime: "08:00", timeZone: "Europe/London" },
  limits: { quotesPerAnswer: 5, cardsPerBriefing: 10 },
});

function toInput(question: string): ChatInput {
  const command = /^\/(\S+)\s*(.*)$/s.exec(question);
  const name = command?.[1] ?? "";
  if (command && (chatCommandNames as readonly string[]).includes(name))
    return { kind: "command", name: name as ChatCommandName, args: command[2] ?? "" };
  return { kind: "mention", text: question };
}

// --ask: questions of one's own, judged only by the rules every answer keeps.
const asked = args.flatMap((a, i) => (a === "--ask" && args[i + 1] ? [args[i + 1] ?? ""] : []));
const questions = asked.length > 0 ? asked.map((ask) => ({ ask, expect: {} })) : lookupQuestions;

let right = 0;
for (const { ask, expect } of questions) {
  const start = performance.now();
  const reply = await chat.handle({
    channel: { platform: "terminal", channelId: "bench" },
    requester: { userId: "bench", canManageChannel: true },
    input: toInput(ask),
  });
  const ms = performance.now() - start;
  const verdict = judge(reply, expect);
  if (verdict.right) right += 1;
  if (missesOnly && verdict.right) continue;
  const mark = verdict.right ? "right" : `WRONG: ${verdict.why.join("; ")}`;
  const first = reply.text.length > 140 ? `${reply.text.slice(0, 139)}…` : reply.text;
  console.log(`> ${ask}   (${ms.toFixed(1)} ms) ${mark}\n   ${first}`);
  if (show || asked.length > 0) {
    const shown = renderTerminalReply(reply)
      .split("\n")
      .filter((l) => l.trim() !== "")
      .slice(0, lines)
      .map((l) => `   | ${l.length > 160 ? `${l.slice(0, 159)}…` : l}`);
    console.log(shown.join("\n"));
  }
}

const engine = postgres ? "PostgreSQL" : "SQLite";
console.log(`\n${engine}: ${right}/${questions.length} right`);
await store.close();
