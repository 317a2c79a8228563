import { loadConfig } from "../../config.js";
import type { Catalog } from "../../core/types.js";
import { createHub, type Hub } from "../../hub.js";
import { staticCatalogSource } from "../../intake/catalog-source.js";
import { createInProcessQueue } from "../../intake/jobs/in-process-queue.js";
import type { JobQueue } from "../../intake/jobs/job-queue.js";
import type { DraftParser } from "../../intake/pipeline.js";
import { silentLogger } from "../../logger.js";
import { createDatabase, type Database } from "../../storage/database.js";
import { GARDEN_CATALOG } from "./builders.js";

/** A whole hub for tests: the real pipeline on an in-memory embedded database (or the given one). */
export async function createTestHub(
  options: {
    catalog?: Catalog;
    database?: Database;
    jobs?: JobQueue;
    env?: Record<string, string>;
    parse?: DraftParser;
  } = {},
): Promise<Hub> {
  const config = loadConfig({ SHOP_TIMEZONE: "Europe/Kyiv", ...options.env });
  const hub = await createHub({
    config,
    logger: silentLogger,
    database: options.database ?? (await createDatabase({ dataDir: "memory://" })),
    jobs: options.jobs ?? createInProcessQueue({ backoffBaseMs: 5 }),
    catalog: staticCatalogSource(options.catalog ?? GARDEN_CATALOG),
    parse: options.parse,
  });
  return hub;
}
