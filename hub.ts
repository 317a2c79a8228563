import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { CountryCode } from "libphonenumber-js";
import type { Config } from "./config.js";
import {
  candidateProducts,
  emptyReading,
  type ParseInput,
  type ParseOptions,
  parseMessage,
} from "./core/parse/index.js";
import type { ParsedMessage } from "./core/types.js";
import { type CatalogSnapshot, type CatalogSource, createCatalogSource } from "./intake/catalog-source.js";
import { createEventBus } from "./intake/event-bus.js";
import { createBullmqQueue } from "./intake/jobs/bullmq-queue.js";
import { createInProcessQueue } from "./intake/jobs/in-process-queue.js";
import type { JobQueue } from "./intake/jobs/job-queue.js";
import { createDraftParser } from "./intake/llm/draft-parser.js";
import { createLlmParser } from "./intake/llm/llm-parser.js";
import { createOrderActions } from "./intake/order-actions.js";
import { createPipeline, type DraftParser, PROCESS_JOB } from "./intake/pipeline.js";
import { loadWorkflow } from "./intake/workflow-file.js";
import type { Logger } from "./logger.js";
import { syncProducts } from "./storage/catalog-repo.js";
import { createDatabase, type Database } from "./storage/database.js";
import { createOrderStore } from "./storage/order-store.js";

/**
 * The composition root: wires the database, the job queue, the catalog, the parser, the pipeline, the
 * order actions and the event bus from one parsed config. main.ts serves it over HTTP; cli.ts reuses it.
 */

/** The API token: from the config, or generated once into the data directory (never logged). */
export function resolveApiToken(config: Config, logger: Logger): string {
  if (config.API_TOKEN) return config.API_TOKEN;
  const file = path.resolve(config.DATA_DIR, "api-token");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const token = randomBytes(24).toString("base64url");
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  logger.warn("API_TOKEN is not set: generated one", { file });
  return token;
}

export function rulesParser(options: {
  defaultRegion?: CountryCode;
  timezone: string;
  reviewThreshold: number;
}): DraftParser {
  return async (input, snapshot) => safeParse(input, snapshot, options);
}

/**
 * The rules never stop a message: should they throw on some text, the message becomes an unread draft
 * flagged for managers (it reaches them as a notice) instead of failing again on every retry.
 */
function safeParse(input: ParseInput, snapshot: CatalogSnapshot, options: ParseOptions): ParsedMessage {
  try {
    return parseMessage(input, snapshot.index, options);
  } catch (err) {
    return {
      ...emptyReading("other", 0),
      needsReview: true,
      reviewReasons: ["the message could not be read automatically"],
      notes: [`parser error: ${(err as Error).message}`],
    };
  }
}

/**
 * The rules, plus an OpenAI-compatible model where `OPENAI_API_KEY` is set: asked only when the rules
 * are unsure (or always, by `LLM_MODE`), given the catalog candidates the index found, cached per message.
 */
export function configuredParser(config: Config, logger: Logger): DraftParser {
  const options = {
    defaultRegion: config.DEFAULT_REGION as CountryCode | undefined,
    timezone: config.SHOP_TIMEZONE,
    reviewThreshold: config.REVIEW_THRESHOLD,
  };
  if (!config.OPENAI_API_KEY) return rulesParser(options);
  const apiKey = config.OPENAI_API_KEY;
  logger.info("LLM reading is on", {
    model: config.OPENAI_MODEL,
    mode: config.LLM_MODE,
    server: config.OPENAI_BASE_URL ?? "OpenAI",
  });
  const cache = new Map<string, ParsedMessage>();
  const boundedCache = {
    get: (key: string) => cache.get(key),
    set: (key: string, value: ParsedMessage) => {
      if (cache.size >= 5_000) cache.delete(cache.keys().next().value as string);
      cache.set(key, value);
    },
  };
  const perCatalog = new WeakMap<CatalogSnapshot, ReturnType<typeof createDraftParser>>();
  return async (input, snapshot) => {
    let parser = perCatalog.get(snapshot);
    if (!parser) {
      parser = createDraftParser({
        rules: (i) => safeParse(i, snapshot, options),
        llm: createLlmParser(
          {
            apiKey,
            baseURL: config.OPENAI_BASE_URL,
            model: config.OPENAI_MODEL,
            timeoutMs: config.LLM_TIMEOUT_MS,
            maxRetries: 2,
          },
          snapshot.index,
        ),
        candidates: (text) => candidateProducts(snapshot.index, text, 30),
        mode: config.LLM_MODE,
        threshold: config.REVIEW_THRESHOLD,
        cache: boundedCache,
      });
      perCatalog.set(snapshot, parser);
    }
    return parser.parse(input);
  };
}

export interface HubOptions {
  config: Config;
  logger: Logger;
  /** Override pieces (tests, eval). */
  database?: Database;
  jobs?: JobQueue;
  catalog?: CatalogSource;
  parse?: DraftParser;
}

export async function createHub(options: HubOptions) {
  const { config, logger } = options;
  const workflow = loadWorkflow(config.WORKFLOW_FILE);
  const database = options.database ?? (await createDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR }));
  await database.migrate();
  const jobs =
    options.jobs ??
    (config.REDIS_URL
      ? createBullmqQueue({ redisUrl: config.REDIS_URL, prefix: config.QUEUE_PREFIX })
      : createInProcessQueue());
  const catalog =
    options.catalog ??
    createCatalogSource({
      file: config.CATALOG_FILE,
      watch: true,
      onReload: (s) => {
        logger.info("catalog reloaded", { products: s.catalog.products.length, source: s.source });
        syncProducts(database, s.catalog).catch((err) =>
          logger.error("catalog sync to the database failed", { error: err }),
        );
      },
      onError: (err) => logger.error("catalog reload failed; keeping the previous catalog", { error: err }),
    });
  await syncProducts(database, catalog.current().catalog);
  const store = createOrderStore(database);
  const bus = createEventBus(jobs);
  const publish = bus.publish;
  const parse = options.parse ?? configuredParser(config, logger);
  const pipeline = createPipeline({
    store,
    jobs,
    catalog,
    parse,
    workflow,
    settings: {
      mergeWindowMinutes: config.MERGE_WINDOW_MINUTES,
      defaultRegion: config.DEFAULT_REGION as CountryCode | undefined,
    },
    publish,
    publishUnattached: bus.publishUnattached,
  });
  const actions = createOrderActions({ store, workflow, publish });

  return {
    config,
    logger,
    workflow,
    database,
    jobs,
    catalog,
    store,
    bus,
    pipeline,
    actions,
    /** Starts consuming jobs in this process; call after every subscriber is registered. */
    startWorkers() {
      jobs.work(
        { [PROCESS_JOB]: pipeline.processJob, ...bus.handlers() },
        {
          concurrency: config.WORKER_CONCURRENCY,
          onFailed: (name, data, err) =>
            logger.error("job failed for good", { job: name, data: redactJob(data), error: err }),
        },
      );
    },
    async close() {
      catalog.close();
      await jobs.close();
      await database.close();
    },
  };
}

function redactJob(data: unknown) {
  const d = data as { messageId?: string; event?: { type?: string; orderId?: string } };
  return { messageId: d?.messageId, event: d?.event?.type, orderId: d?.event?.orderId };
}

export type Hub = Awaited<ReturnType<typeof createHub>>;
