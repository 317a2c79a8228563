/**
 * `npm run bench:intake`: ingests 10,000 varied messages through the whole pipeline (store → job → parse →
 * merge → audit) and prints messages/s and peak RSS. Runs on the embedded database, and also on
 * PostgreSQL (with BullMQ when REDIS_URL is set) when DATABASE_URL is set. Options: --count N.
 */
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { loadConfig } from "../../config.js";
import type { InboundMessage } from "../../core/types.js";
import { createHub } from "../../hub.js";
import { staticCatalogSource } from "../../intake/catalog-source.js";
import { createBullmqQueue } from "../../intake/jobs/bullmq-queue.js";
import { createInProcessQueue } from "../../intake/jobs/in-process-queue.js";
import { silentLogger } from "../../logger.js";
import { createDatabase } from "../../storage/database.js";
import { GARDEN_CATALOG } from "../support/builders.js";
import { freshPostgresDatabase } from "../support/services.js";

const { values } = parseArgs({ options: { count: { type: "string", default: "10000" } } });
const COUNT = Number(values.count);

function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

const ITEMS = [
  "шланг",
  "рукавички",
  "грунт універсальний",
  "насіння томатів",
  "лопату",
  "добриво",
  "gloves",
  "garden hose",
  "перчатки",
  "семена томатов",
];
const QTY = ["1", "2", "3", "пару", "два", "five", "x4", "5 шт", "дві", "one"];
const EXTRAS = [
  "",
  " Тел +380 67 123 45 67",
  " доставка завтра",
  " Київ, вул. Садова 12, кв. 4",
  " please deliver on Friday",
  " спасибо!",
];

function messages(count: number): InboundMessage[] {
  const r = rng(42);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)] as T;
  const out: InboundMessage[] = [];
  const start = Date.parse("2026-05-04T08:00:00Z");
  for (let i = 0; i < count; i++) {
    const customer = Math.floor(r() * (count / 4));
    const channel = pick(["telegram", "whatsapp", "email"] as const);
    const kind = r();
    const text =
      kind < 0.1
        ? pick(["Добрий день!", "Hello", "Спасибо", "Когда доставка?"])
        : kind < 0.25
          ? `Адреса: Львів, вул. Городоцька ${1 + (i % 90)}, кв. ${i % 40}.${pick(EXTRAS)}`
          : `${pick(QTY)} ${pick(ITEMS)} і ${pick(QTY)} ${pick(ITEMS)}.${pick(EXTRAS)}`;
    const sender =
      channel === "telegram"
        ? { telegramId: String(100000 + customer) }
        : channel === "whatsapp"
          ? { whatsappId: `38067${String(1000000 + customer).slice(-7)}` }
          : { email: `c${customer}@example.com` };
    const m: InboundMessage = {
      channel,
      account: "bench",
      externalId: `${channel}-${i}`,
      sender,
      receivedAt: new Date(start + i * 3_000).toISOString(),
      text,
      subject: channel === "email" ? "Замовлення" : null,
    };
    out.push(m);
    // Redeliveries: the same channel message again.
    if (r() < 0.05) out.push({ ...m });
  }
  return out.slice(0, count);
}

async function run(label: string, opts: { databaseUrl?: string; redisUrl?: string }) {
  const config = loadConfig({ ...process.env, DATABASE_URL: "", REDIS_URL: "", MERGE_WINDOW_MINUTES: "120" });
  const fresh = opts.databaseUrl ? await freshPostgresDatabase(opts.databaseUrl) : null;
  const database = await createDatabase(fresh ? { url: fresh.url, poolSize: 10 } : { dataDir: "memory://" });
  const jobs = opts.redisUrl
    ? createBullmqQueue({ redisUrl: opts.redisUrl, queueName: `bench-${Date.now()}`, prefix: "orderhub-bench" })
    : createInProcessQueue();
  const hub = await createHub({
    config: { ...config, WORKER_CONCURRENCY: 4 },
    logger: silentLogger,
    database,
    jobs,
    catalog: staticCatalogSource(GARDEN_CATALOG),
  });
  hub.startWorkers();
  const batch = messages(COUNT);
  const t0 = performance.now();
  const CHUNK = 50;
  for (let i = 0; i < batch.length; i += CHUNK) {
    await Promise.all(batch.slice(i, i + CHUNK).map((m) => hub.pipeline.ingest(m)));
  }
  const stored = performance.now();
  await hub.jobs.drain(30 * 60_000);
  const seconds = (performance.now() - t0) / 1000;
  const [counts] = await database.rows<{ messages: number; orders: number; failed: number }>(
    sql`select (select count(*)::int from inbound_messages) as messages, (select count(*)::int from orders) as orders,
        (select count(*)::int from inbound_messages where status = 'failed') as failed`,
  );
  const rssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    `${label.padEnd(28)} ${batch.length} messages in ${seconds.toFixed(1)} s = ${(batch.length / seconds).toFixed(0)} msg/s ` +
      `(stored in ${((stored - t0) / 1000).toFixed(1)} s); ${counts?.messages} stored, ${counts?.orders} orders, ` +
      `${counts?.failed} failed; peak RSS ${rssMb.toFixed(0)} MB\n`,
  );
  await hub.close();
  await fresh?.drop();
}

await run("embedded (PGlite, in-process)", {});
if (process.env.DATABASE_URL) await run("postgres, in-process jobs", { databaseUrl: process.env.DATABASE_URL });
if (process.env.DATABASE_URL && process.env.REDIS_URL) {
  await run("postgres + BullMQ/Redis", { databaseUrl: process.env.DATABASE_URL, redisUrl: process.env.REDIS_URL });
}
process.exit(0);
