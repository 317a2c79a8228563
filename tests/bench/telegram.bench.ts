/**
 * `npm run bench:telegram`: the time from a customer's message to the managers' card, on loopback. A
 * customer's message goes into the Bot API fake, the bot long-polls it, the pipeline (store → job → parse
 * → merge → events) makes a draft, and the card subscriber posts the card to the group; the clock stops
 * when the fake receives that sendMessage. Customers write one after another (one order each, so no
 * flood limit or merge applies), on the embedded database with the in-process queue. Prints p50/p95/p99.
 * Options: --count N (default 1000), --concurrency N customers writing at once (default 1).
 */
import { parseArgs } from "node:util";
import type { User } from "grammy/types";
import { startTelegram } from "../../bots/telegram/start-telegram.js";
import { createChannelRegistry } from "../../intake/channel-registry.js";
import { wireCustomerNotices } from "../../intake/customer-notifier.js";
import { silentLogger } from "../../logger.js";
import { startBotApiFake } from "../support/bot-api-fake.js";
import { createTestHub } from "../support/hub.js";

const { values } = parseArgs({
  options: { count: { type: "string", default: "1000" }, concurrency: { type: "string", default: "1" } },
});
const COUNT = Number(values.count);
const CONCURRENCY = Number(values.concurrency);
const GROUP_ID = -100900;
const ITEMS = [
  "2 шланги",
  "рукавички 3 пари",
  "грунт 2 мішки",
  "насіння томатів 5",
  "лопату",
  "gloves x2",
  "3 garden hose",
];

const fake = await startBotApiFake();
const hub = await createTestHub({
  env: {
    TELEGRAM_BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: fake.apiRoot,
    TELEGRAM_MANAGERS_CHAT_ID: String(GROUP_ID),
  },
});
const channel = await startTelegram(hub, silentLogger, wireCustomerNotices(hub, createChannelRegistry()), {
  intake: true,
  botInfo: fake.botInfo,
  groupLang: "en",
});
hub.startWorkers();

const pending = new Map<number, { start: number; done: () => void }>();
const latencies: number[] = [];
fake.onCall((call) => {
  if (call.method !== "sendMessage" || Number(call.params.chat_id) !== GROUP_ID) return;
  if (call.params.reply_parameters) return;
  // The card names the customer; the customer's name carries their index.
  const m = /Customer(\d+)/.exec(String(call.params.text));
  const entry = m ? pending.get(Number(m[1])) : undefined;
  if (!entry) return;
  pending.delete(Number(m?.[1]));
  latencies.push(call.at - entry.start);
  entry.done();
});

async function order(i: number) {
  const user: User = { id: 600_000 + i, is_bot: false, first_name: `Customer${i}`, language_code: "uk" };
  await new Promise<void>((done) => {
    pending.set(i, { start: performance.now(), done });
    fake.send(user, ITEMS[i % ITEMS.length] as string);
  });
}

// Warm up (JIT, the database's first queries), not measured.
for (let i = 0; i < 20; i++) await order(COUNT + i);
latencies.length = 0;

const started = performance.now();
let next = 0;
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < COUNT) await order(next++);
  }),
);
const elapsed = (performance.now() - started) / 1000;

const sorted = [...latencies].sort((a, b) => a - b);
const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
process.stdout.write(
  `telegram: customer message → manager card over ${sorted.length} orders (concurrency ${CONCURRENCY}, ${hub.database.kind}, ${hub.jobs.kind} queue)\n` +
    `  p50 ${pct(50).toFixed(1)} ms   p95 ${pct(95).toFixed(1)} ms   p99 ${pct(99).toFixed(1)} ms   max ${sorted[sorted.length - 1]?.toFixed(1)} ms\n` +
    `  ${(sorted.length / elapsed).toFixed(1)} orders/s, ${elapsed.toFixed(1)} s in all\n`,
);
await channel.stop();
await hub.jobs.drain(30_000).catch(() => {});
await fake.close();
await hub.close();
process.exit(0);
