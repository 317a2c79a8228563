import { chown, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  createEmailChannel,
  createMemoryCheckpointStore,
  type MailboxCheckpointStore,
  parseImapUrl,
} from "../../intake/email/index.js";
import { createDatabase } from "../../storage/database.js";
import { createMailboxCheckpointRepo } from "../../storage/mailbox-checkpoint-repo.js";
import { createFakeIngest } from "../email/support/fake-ingest.js";
import { dovecotIds, dovecotUnavailableReason, prepareMaildir, startDovecot } from "../support/dovecot.js";

/**
 * First-sync rate of the email intake: a local Dovecot mailbox of N messages (written straight into the
 * maildir), the channel started with an empty checkpoint, timed until every message is stored (parsed,
 * ingested, checkpointed and flagged \Seen).
 *
 *   npm run bench:imap                 # 10,000 messages, in-memory ingest and checkpoints
 *   npm run bench:imap -- --pglite     # checkpoints in the embedded database (one upsert per message)
 *   npm run bench:imap -- --count 2000
 */

const args = process.argv.slice(2);
const count = Number(args[args.indexOf("--count") + 1]) || 10_000;
const usePglite = args.includes("--pglite");

function message(i: number): string {
  const day = String((i % 28) + 1).padStart(2, "0");
  return [
    `From: =?utf-8?B?${Buffer.from(`Покупатель ${i}`).toString("base64")}?= <customer${i}@example.ru>`,
    "To: orders@shop.test",
    `Subject: =?utf-8?B?${Buffer.from(`Заказ №${i}`).toString("base64")}?=`,
    `Date: Tue, ${day} Jul 2025 10:${String(i % 60).padStart(2, "0")}:00 +0300`,
    `Message-ID: <bench-${i}@example.ru>`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    "Здравствуйте!",
    `Прошу ${(i % 9) + 1} кг гречки и ${(i % 4) + 1} пачки чая.`,
    `Доставка: ул. Ленина ${i % 100}, тел. +7 900 ${String(i).padStart(7, "0")}`,
    "",
    "> Ранее: заказ принят",
    "",
    "-- ",
    `Покупатель ${i}`,
    "",
  ].join("\r\n");
}

async function main() {
  const reason = dovecotUnavailableReason();
  if (reason) {
    process.stderr.write(`bench:imap needs Dovecot: ${reason}\n`);
    process.exit(1);
  }
  const user = { user: "bench@shop.test", password: "bench-secret" };
  const server = await startDovecot([user]);
  let database: Awaited<ReturnType<typeof createDatabase>> | null = null;
  try {
    const maildir = await prepareMaildir(server, user.user);
    const { uid, gid } = await dovecotIds();
    const t0 = performance.now();
    const stamp = Math.floor(Date.now() / 1000);
    for (let i = 0; i < count; i++) {
      const file = join(maildir, "new", `${stamp}.M${i}P${process.pid}.bench`);
      await writeFile(file, message(i));
      await chown(file, uid, gid);
    }
    const written = performance.now() - t0;

    let checkpoints: MailboxCheckpointStore = createMemoryCheckpointStore();
    if (usePglite) {
      database = await createDatabase({ dataDir: "memory://" });
      await database.migrate();
      checkpoints = createMailboxCheckpointRepo(database);
    }
    const ingest = createFakeIngest();
    const quiet = { debug() {}, info() {}, warn() {}, error() {} };
    const channel = createEmailChannel({
      mailboxes: [{ ...parseImapUrl(server.imapUrl(user.user)), name: "bench" }],
      ingest: ingest.ingest,
      checkpoints,
      logger: quiet,
    });
    const started = performance.now();
    await channel.start();
    while (ingest.stored.length < count) {
      const st = channel.status()[0];
      if (st?.alert) throw new Error(`mailbox down: ${st.lastError}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    const seconds = (performance.now() - started) / 1000;
    await channel.stop();

    const doubles = [...ingest.deliveries.values()].filter((n) => n > 1).length;
    const mem = process.memoryUsage().rss / 1024 / 1024;
    process.stdout.write(
      `${[
        `bench:imap — first sync of a ${count.toLocaleString("en")}-message Dovecot mailbox (loopback, plain IMAP)`,
        `  maildir written in ${(written / 1000).toFixed(1)} s`,
        `  checkpoints: ${usePglite ? "embedded PGlite (one upsert per message)" : "in memory"}; ingest: in memory (dedup on Message-ID)`,
        `  stored ${ingest.stored.length} messages in ${seconds.toFixed(1)} s = ${Math.round(count / seconds)} messages/s (parse + ingest + checkpoint + flag \\Seen)`,
        `  doubles: ${doubles}; rss ${mem.toFixed(0)} MiB`,
      ].join("\n")}\n`,
    );
  } finally {
    await database?.close();
    await server.stop();
  }
}

main().catch((err) => {
  process.stderr.write(`bench:imap failed: ${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
