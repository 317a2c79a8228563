import { serve } from "@hono/node-server";
import { createApp } from "./app.js";
import { startTelegram } from "./bots/telegram/start-telegram.js";
import { ConfigError, loadConfig } from "./config.js";
import { createHub, resolveApiToken } from "./hub.js";
import { createChannelRegistry } from "./intake/channel-registry.js";
import { wireCustomerNotices } from "./intake/customer-notifier.js";
import { createLogger } from "./logger.js";

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
  if (!hub.config.IMAP_URL && !hub.config.MAILBOXES_FILE)
    logger.info("email is off: neither IMAP_URL nor MAILBOXES_FILE is set");
  return {
    readiness,
    mount: telegram.mount,
    stop: async () => {
      for (const s of stops) await s().catch(() => {});
    },
  };
}

main().catch((err) => {
  process.stderr.write(`OrderHub failed to start: ${(err as Error).message}\n`);
  process.exit(1);
});
