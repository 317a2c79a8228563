import { readFileSync } from "node:fs";
import { serve } from "@hono/node-server";
import { createApp } from "./app.js";
import { startTelegram, type TelegramChannel } from "./bots/telegram/start-telegram.js";
import { ConfigError, loadConfig } from "./config.js";
import { createHub, resolveApiToken } from "./hub.js";
import { type ChannelRegistry, createChannelRegistry } from "./intake/channel-registry.js";
import { wireCustomerNotices } from "./intake/customer-notifier.js";
import { createEmailChannel, createSmtpSender, parseMailboxesConfig } from "./intake/email/index.js";
import { createEmailOrderReplies } from "./intake/email/order-replies.js";
import { threadedEmailSender } from "./intake/email/threaded-sender.js";
import { createLogger } from "./logger.js";
import { createMailboxCheckpointRepo } from "./storage/mailbox-checkpoint-repo.js";

/**
 * Runs the hub: HTTP API, job workers, and every channel that is configured. `main.ts worker` runs job
 * workers only (more processes on PostgreSQL and Redis when one is not enough).
 */
async function main() {
  const workerOnly = process.argv[2] === "worker";
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const hub = await createHub({ config, logger });
  const snapshot = hub.catalog.current();
  logger.info("catalog loaded", {
    source:
      snapshot.source === "example"
        ? "example catalog shipped with OrderHub (set CATALOG_FILE for your shop)"
        : snapshot.source,
    products: snapshot.catalog.products.length,
  });
  logger.info("storage ready", { database: hub.database.kind, queue: hub.jobs.kind });

  const channels = await startChannels(hub, logger, { intake: !workerOnly });
  const apiToken = resolveApiToken(config, logger);
  const app = createApp({
    store: hub.store,
    actions: hub.actions,
    ingest: hub.pipeline.ingest,
    workflow: hub.workflow,
    apiToken,
    logger,
    readiness: {
      database: () => hub.database.ping(),
      queue: () => hub.jobs.ping(),
      ...channels.readiness,
    },
    mount: channels.mount,
    reloadCatalog: () => hub.catalog.reload().catalog.products.length,
  });
  if (config.RUN_WORKERS) {
    hub.startWorkers();
    const pending = await hub.pipeline.reprocessPending({ includeFailed: false });
    if (pending) logger.info("resuming messages stored before the last stop", { count: pending });
  }
  if (workerOnly) {
    if (!config.REDIS_URL || !config.DATABASE_URL)
      throw new Error("a separate worker needs DATABASE_URL and REDIS_URL (shared with the hub)");
    hub.startWorkers();
    logger.info("worker started", { concurrency: config.WORKER_CONCURRENCY });
    const stopWorker = async () => {
      await hub.close();
      process.exit(0);
    };
    process.on("SIGINT", () => void stopWorker());
    process.on("SIGTERM", () => void stopWorker());
    return;
  }
  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
    logger.info("OrderHub is listening", { port: info.port });
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info("stopping", { signal });
    server.close();
    await channels.stop();
    await hub.close();
    process.exit(0);
  };
  process.on("SIGHUP", () => {
    try {
      hub.catalog.reload();
    } catch (err) {
      logger.error("catalog reload failed; keeping the previous catalog", { error: err });
    }
  });
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

/**
 * Channels plug in here; each one is off (and says so) when its settings are absent. With
 * `intake: false` (a worker process) a channel registers what it needs to send and react to events,
 * but does not receive (no polling, no webhooks, no IMAP).
 */
async function startChannels(
  hub: Awaited<ReturnType<typeof createHub>>,
  logger: ReturnType<typeof createLogger>,
  options: { intake: boolean },
) {
  const stops: (() => Promise<void>)[] = [];
  const readiness: Record<string, () => Promise<boolean>> = {};
  // Channels register their customer senders here; status notices go out through them.
  const senders = wireCustomerNotices(hub, createChannelRegistry());
  const telegram = await startTelegram(hub, logger, senders, { intake: options.intake });
  stops.push(telegram.stop);
  Object.assign(readiness, telegram.readiness);
  await startEmail(hub, logger, senders, {
    intake: options.intake,
    stops,
    readiness,
    notifyManagers: telegram.notifyManagers,
  });
  return {
    readiness,
    mount: telegram.mount,
    stop: async () => {
      for (const s of stops) await s().catch(() => {});
    },
  };
}

/** Email in (IMAP mailboxes, exactly once) and out (SMTP replies in the customer's thread). */
async function startEmail(
  hub: Awaited<ReturnType<typeof createHub>>,
  logger: ReturnType<typeof createLogger>,
  senders: ChannelRegistry,
  ctx: {
    intake: boolean;
    stops: (() => Promise<void>)[];
    readiness: Record<string, () => Promise<boolean>>;
    notifyManagers?: TelegramChannel["notifyManagers"];
  },
) {
  const { config } = hub;
  const log = logger.child({ channel: "email" });
  if (config.SMTP_URL && config.MAIL_FROM) {
    const smtp = createSmtpSender({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM });
    senders.register(threadedEmailSender(smtp, hub.store));
    hub.bus.subscribe(
      "email-order-replies",
      createEmailOrderReplies({
        store: hub.store,
        registry: senders,
        policy: config.REQUIRED_FIELDS,
        shopName: config.MAIL_FROM.replace(/\s*<.*>\s*$/, ""),
        logger: log,
      }),
    );
    ctx.stops.push(async () => smtp.close());
  } else {
    log.info("email replies are off: SMTP_URL and MAIL_FROM are not both set");
  }
  const mailboxes = parseMailboxesConfig({
    imapUrl: config.IMAP_URL,
    mailboxesFile: config.MAILBOXES_FILE
      ? { path: config.MAILBOXES_FILE, content: readFileSync(config.MAILBOXES_FILE, "utf8") }
      : undefined,
  });
  if (!mailboxes.length) {
    log.info("email is off: neither IMAP_URL nor MAILBOXES_FILE is set");
    return;
  }
  if (!ctx.intake) return;
  const email = createEmailChannel({
    mailboxes,
    ingest: hub.pipeline.ingest,
    checkpoints: createMailboxCheckpointRepo(hub.database),
    logger: log,
    settings: { maxAttachmentBytes: config.MAIL_MAX_ATTACHMENT_BYTES },
    onMailboxDown: (e) => {
      log.error("mailbox unreachable", { mailbox: e.mailbox, since: e.since, error: e.error });
      ctx.notifyManagers?.((t) => t.mailboxDown(e.mailbox, String(e.since), String(e.error))).catch(() => {});
    },
    onMailboxUp: (e) => {
      log.info("mailbox reachable again", { mailbox: e.mailbox });
      ctx.notifyManagers?.((t) => t.mailboxUp(e.mailbox)).catch(() => {});
    },
  });
  await email.start();
  ctx.readiness.email = async () => email.ready();
  ctx.stops.push(() => email.stop());
}

main().catch((err) => {
  process.stderr.write(`OrderHub failed to start: ${(err as Error).message}\n`);
  process.exit(1);
});
