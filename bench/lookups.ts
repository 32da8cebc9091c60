/**
 * `npm run bench:lookups`: the BBC corpus ingested into a temporary archive the way the bot
 * stores articles (the engine builds each card inside `archive.ingest`), then the questions a
 * new user types, asked through the real chat service. Prints the first lines of each answer
 * so a person can read whether it is right, and how long each took.
 *
 * Options: --corpus PATH, --lines N (default 6), --keep PATH (build the archive at PATH and
 * keep it; reuse it when it exists, skipping the ingest).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createChatService } from "../src/app/chat/create-chat-service.js";
import type { ChatInput } from "../src/app/chat-request.js";
import { chatCommandNames, type ChatCommandName } from "../src/app/chat-request.js";
import { renderTerminalReply } from "../src/adapters/terminal/render-terminal-reply.js";
import { chatMigrations } from "../src/archive/migrations/chat-migrations.js";
import { createSqliteArchive } from "../src/archive/sqlite-archive.js";
import { createSqliteSubscriptionStore } from "../src/archive/sqlite-subscription-store.js";

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

// What a new user types: mentions in the forms people use, and the slash commands.
const questions = [
  "what did Blair say about Iraq?",
  "/quotes Blair",
  "/quotes Blair about Iraq",
  "what has Tony Blair said about the Iraq war",
  "what did Mr Blair say on elections?",
  "who is Hewitt?",
  "who is Brown?",
  "what did Gordon Brown say about tax",
  "what has Brown said about the economy?",
  "who is Howard?",
  "what did Michael Howard say about immigration?",
  "who is Kennedy?",
  "tell me about Charles Kennedy",
  "what does Kennedy think about Iraq?",
  "any news on Yukos?",
  "what happened with Yukos?",
  "tell me about Iraq",
  "what's the latest on the Iraq war",
  "did Blunkett say anything about ID cards?",
  "who said 'weapons of mass destruction'",
  "/who-said the war was legal",
  "Blair Iraq",
  "Kilroy-Silk",
  "what about Mourinho",
  "make me a sandwich",
];

if (!existsSync(corpusPath)) {
  console.error(`bench:lookups: corpus not found at ${corpusPath} (pass --corpus PATH).`);
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), "briefbot-lookups-"));
const path = keep || join(dir, "lookups.db");
const reuse = keep !== "" && existsSync(keep);
const archive = createSqliteArchive({ path, migrations: chatMigrations });

if (!reuse) {
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
  const people = archive.db.prepare("SELECT count(*) FROM people").pluck().get() as number;
  const quotes = archive.db.prepare("SELECT count(*) FROM quotes").pluck().get() as number;
  console.log(
    `ingest: ${corpus.length} articles, ${quotes} quotes, ${people} people in ${((performance.now() - start) / 1000).toFixed(1)} s\n`,
  );
}

const chat = createChatService({
  archive,
  subscriptions: createSqliteSubscriptionStore(archive.db),
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

for (const question of questions) {
  const start = performance.now();
  const reply = await chat.handle({
    channel: { platform: "terminal", channelId: "bench" },
    requester: { userId: "bench", canManageChannel: true },
    input: toInput(question),
  });
  const ms = performance.now() - start;
  const shown = renderTerminalReply(reply)
    .split("\n")
    .filter((l) => l.trim() !== "")
    .slice(0, lines)
    .map((l) => `   ${l.length > 160 ? `${l.slice(0, 159)}…` : l}`);
  console.log(`> ${question}   (${ms.toFixed(1)} ms)\n${shown.join("\n")}\n`);
}

await archive.close();
rmSync(dir, { recursive: true, force: true });
if (keep) console.log(`kept the archive at ${keep}`);
