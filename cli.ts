import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { CountryCode } from "libphonenumber-js";
import { loadConfig } from "./config.js";
import { parseCatalog } from "./core/catalog/catalog-schema.js";
import { configuredParser, createHub, rulesParser } from "./hub.js";
import { createCatalogSource, staticCatalogSource } from "./intake/catalog-source.js";
import { formatReport, runEval } from "./intake/eval/run-eval.js";
import { createLogger, silentLogger } from "./logger.js";

const HELP = `orderhub <command>

  parse "<text>" [--catalog FILE] [--at ISO-TIME]   print the draft the parser reads from a message
  eval <corpus-dir> [--verbose] [--llm]              score parsing and dedup on a labelled corpus (--llm: with OPENAI_*)
  reprocess [--failed] [--id MESSAGE_ID]             process stored messages again (after a fix or an outage)
  migrate                                            apply database migrations and exit
  catalog check [FILE]                               validate a catalog file

Settings come from the environment (see .env.example).`;

async function main(argv: string[]) {
  const [command, ...rest] = argv;
  const config = loadConfig();
  switch (command) {
    case "parse": {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { catalog: { type: "string" }, at: { type: "string" } },
      });
      const text = positionals.join(" ");
      if (!text) throw new UsageError('parse needs the message text: orderhub parse "2 black teas, +380 67 123 45 67"');
      const source = createCatalogSource({ file: values.catalog ?? config.CATALOG_FILE });
      const parse = rulesParser({
        defaultRegion: config.DEFAULT_REGION as CountryCode | undefined,
        timezone: config.SHOP_TIMEZONE,
        reviewThreshold: config.REVIEW_THRESHOLD,
      });
      const draft = await parse({ text, receivedAt: values.at ?? new Date().toISOString() }, source.current());
      process.stdout.write(`${JSON.stringify(draft, null, 2)}\n`);
      return;
    }
    case "eval": {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { verbose: { type: "boolean" }, llm: { type: "boolean" } },
      });
      const dir = positionals[0];
      if (!dir) throw new UsageError("eval needs a corpus directory: orderhub eval ../shared/eval/dev");
      if (values.llm && !config.OPENAI_API_KEY)
        throw new UsageError("eval --llm needs OPENAI_API_KEY (and OPENAI_BASE_URL for a local server)");
      const parse = values.llm
        ? configuredParser(config, createLogger(config.LOG_LEVEL))
        : rulesParser({
            defaultRegion: config.DEFAULT_REGION as CountryCode | undefined,
            timezone: config.SHOP_TIMEZONE,
            reviewThreshold: config.REVIEW_THRESHOLD,
          });
      const report = await runEval(path.resolve(dir), { config, parse });
      process.stdout.write(`${formatReport(report)}\n`);
      if (values.verbose) {
        for (const f of report.failures.cases) process.stdout.write(`case ${f.id}: ${f.issues.join(" | ")}\n`);
        for (const f of report.failures.scenarios)
          process.stdout.write(
            `scenario ${f.id}: expected ${JSON.stringify(f.expected)} got ${JSON.stringify(f.got)}\n`,
          );
      }
      process.stdout.write(
        `${JSON.stringify({ ...(report.cases ? { cases: report.cases } : {}), ...(report.scenarios ? { scenarios: report.scenarios } : {}) })}\n`,
      );
      return;
    }
    case "reprocess": {
      const { values } = parseArgs({ args: rest, options: { failed: { type: "boolean" }, id: { type: "string" } } });
      const logger = createLogger(config.LOG_LEVEL);
      const hub = await createHub({ config, logger });
      try {
        if (values.id) {
          await hub.pipeline.processMessage(values.id, { force: true });
          process.stdout.write(`reprocessed ${values.id}\n`);
        } else {
          hub.startWorkers();
          const n = await hub.pipeline.reprocessPending({ includeFailed: values.failed ?? false });
          await hub.jobs.drain(30 * 60_000);
          process.stdout.write(`reprocessed ${n} message(s)\n`);
        }
      } finally {
        await hub.close();
      }
      return;
    }
    case "migrate": {
      const hub = await createHub({ config, logger: silentLogger });
      await hub.close();
      process.stdout.write(`migrations applied (${config.DATABASE_URL ? "postgres" : "embedded database"})\n`);
      return;
    }
    case "catalog": {
      const file = rest[1] ?? config.CATALOG_FILE;
      if (rest[0] !== "check" || !file) throw new UsageError("usage: orderhub catalog check FILE");
      const catalog = parseCatalog(JSON.parse(readFileSync(file, "utf8")));
      staticCatalogSource(catalog);
      process.stdout.write(`${file}: ${catalog.products.length} products, currency ${catalog.currency}: OK\n`);
      return;
    }
    case undefined:
    case "help":
    case "--help":
      process.stdout.write(`${HELP}\n`);
      return;
    default:
      throw new UsageError(`unknown command "${command}"\n\n${HELP}`);
  }
}

class UsageError extends Error {}

main(process.argv.slice(2)).catch((err) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(err instanceof UsageError ? 64 : 1);
});
