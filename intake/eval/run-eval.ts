import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { Config } from "../../config.js";
import { parseCatalog } from "../../core/catalog/catalog-schema.js";
import { type CaseScores, caseIssues, type EvalCase, scoreCases } from "../../core/eval/case-scores.js";
import { type ScenarioOutcome, type ScenarioScores, scoreScenarios } from "../../core/eval/scenario-scores.js";
import type { Channel, InboundMessage, ParsedMessage } from "../../core/types.js";
import { createHub } from "../../hub.js";
import { silentLogger } from "../../logger.js";
import { createDatabase } from "../../storage/database.js";
import { staticCatalogSource } from "../catalog-source.js";
import { createInProcessQueue } from "../jobs/in-process-queue.js";
import type { DraftParser } from "../pipeline.js";

/**
 * `orderhub eval <dir>`: reads a labelled corpus (catalog.json, cases.jsonl, scenarios.jsonl, as in the
 * corpus format), runs cases through the real parser and scenarios through the real pipeline on an
 * embedded in-memory database with the corpus's message times, and returns the scores.
 */

interface ScenarioMessage {
  key: string;
  channel: Channel;
  external_id: string;
  sender: { telegram_id?: string | number; whatsapp_id?: string; phone?: string; email?: string; name?: string };
  received_at: string;
  text: string;
  subject?: string | null;
  in_reply_to?: string | null;
  references?: string[] | string | null;
  reply_to_external_id?: string | null;
  edited?: boolean;
  headers?: Record<string, string>;
}

interface Scenario {
  id: string;
  messages: ScenarioMessage[];
  expected_orders: string[][];
  not_orders?: string[];
}

export interface EvalReport {
  cases?: CaseScores;
  scenarios?: Omit<ScenarioScores, "failures">;
  failures: { cases: { id: string; issues: string[] }[]; scenarios: ScenarioScores["failures"] };
  /** Case messages the rules could not read (the parser threw); each counts as an empty reading. */
  unread?: number;
}

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l, i) => {
      try {
        return JSON.parse(l) as T;
      } catch (err) {
        throw new Error(`${path.basename(file)} line ${i + 1} is not JSON: ${(err as Error).message}`);
      }
    });
}

export function toInbound(m: ScenarioMessage, account = "eval"): InboundMessage {
  const refs =
    m.references == null ? [] : Array.isArray(m.references) ? m.references : m.references.split(/\s+/).filter(Boolean);
  return {
    channel: m.channel,
    account,
    externalId: m.external_id,
    sender: {
      telegramId: m.sender.telegram_id != null ? String(m.sender.telegram_id) : undefined,
      whatsappId: m.sender.whatsapp_id,
      phone: m.sender.phone,
      email: m.sender.email,
      name: m.sender.name,
    },
    receivedAt: m.received_at,
    text: m.text ?? "",
    subject: m.subject ?? null,
    inReplyTo: m.in_reply_to ?? null,
    references: refs,
    replyToExternalId: m.reply_to_external_id ?? null,
    edited: m.edited ?? false,
    headers: m.headers ?? {},
  };
}

const TABLES = [
  "order_cards",
  "order_events",
  "order_messages",
  "order_lines",
  "orders",
  "message_revisions",
  "inbound_messages",
  "customer_identities",
  "customers",
  "outbound_messages",
];

export async function runEval(dir: string, options: { config: Config; parse: DraftParser }): Promise<EvalReport> {
  const catalogFile = path.join(dir, "catalog.json");
  if (!existsSync(catalogFile)) throw new Error(`${catalogFile} is missing: a corpus needs catalog.json`);
  const catalog = parseCatalog(JSON.parse(readFileSync(catalogFile, "utf8")));
  const catalogSource = staticCatalogSource(catalog, catalogFile);
  const report: EvalReport = { failures: { cases: [], scenarios: [] } };

  const casesFile = path.join(dir, "cases.jsonl");
  if (existsSync(casesFile)) {
    const cases = readJsonl<EvalCase>(casesFile);
    const parsed: ParsedMessage[] = [];
    for (const c of cases) {
      parsed.push(
        await options.parse(
          {
            text: c.text,
            subject: c.subject ?? null,
            receivedAt: c.received_at,
            headers: (c as { headers?: Record<string, string> }).headers,
          },
          catalogSource.current(),
        ),
      );
    }
    report.cases = scoreCases(cases, parsed);
    cases.forEach((c, i) => {
      const p = parsed[i] as ParsedMessage;
      const issues = caseIssues(c, p);
      if (issues.length > 0) report.failures.cases.push({ id: c.id, issues });
    });
    // messages the rules could not read at all (the parser threw): each scored as an empty reading
    report.unread = parsed.filter((p) => p.notes?.some((n) => n.startsWith("parser error"))).length;
  }

  const scenariosFile = path.join(dir, "scenarios.jsonl");
  if (existsSync(scenariosFile)) {
    const scenarios = readJsonl<Scenario>(scenariosFile);
    const database = await createDatabase({ dataDir: "memory://" });
    const jobs = createInProcessQueue();
    const hub = await createHub({
      config: { ...options.config, DATABASE_URL: undefined, REDIS_URL: undefined },
      logger: silentLogger,
      database,
      jobs,
      catalog: catalogSource,
      parse: options.parse,
    });
    hub.startWorkers();
    const outcomes: ScenarioOutcome[] = [];
    try {
      for (const s of scenarios) {
        await database.db.execute(sql.raw(`truncate ${TABLES.join(", ")} restart identity cascade`));
        const messageIdOf: Record<string, string> = {};
        for (const m of s.messages) {
          const { messageId } = await hub.pipeline.ingest(toInbound(m));
          messageIdOf[m.key] = messageId;
          await jobs.drain();
        }
        const links = await database.rows<{ message_id: string; order_id: string }>(
          sql`select message_id, order_id from order_messages`,
        );
        const orderByMessage = new Map(links.map((l) => [l.message_id, l.order_id]));
        const orderOf: Record<string, string | null> = {};
        for (const m of s.messages) orderOf[m.key] = orderByMessage.get(messageIdOf[m.key] as string) ?? null;
        outcomes.push({ id: s.id, expectedOrders: s.expected_orders, notOrders: s.not_orders ?? [], orderOf });
      }
    } finally {
      await hub.close();
    }
    const { failures, ...scores } = scoreScenarios(outcomes);
    report.scenarios = scores;
    report.failures.scenarios = failures;
  }
  if (!report.cases && !report.scenarios) throw new Error(`${dir} has neither cases.jsonl nor scenarios.jsonl`);
  return report;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The human-readable table printed above the JSON line. */
export function formatReport(r: EvalReport): string {
  const out: string[] = [];
  if (r.cases) {
    const c = r.cases;
    out.push(`cases: ${c.n}`);
    out.push(`  item lines      P ${pct(c.items.precision)}  R ${pct(c.items.recall)}  F1 ${pct(c.items.f1)}`);
    out.push(`  sku-only F1     ${pct(c.sku_f1)}`);
    out.push(`  unknown items   recall ${pct(c.unknown_items_recall)}`);
    out.push(`  is_order        ${pct(c.is_order_accuracy)}`);
    out.push(`  phone           ${pct(c.phone_accuracy)}`);
    out.push(`  email           ${pct(c.email_accuracy)}`);
    out.push(`  delivery date   ${pct(c.delivery_date_accuracy)}`);
    out.push(`  address tok F1  ${pct(c.address_token_f1)}`);
    out.push(`  exact orders    ${pct(c.exact_order_rate)}`);
    if (r.unread) out.push(`  unread          ${r.unread} (the rules failed on them; see the log)`);
    for (const [lang, s] of Object.entries(c.by_lang ?? {})) {
      out.push(
        `  ${lang.padEnd(3)} n=${String(s.n).padEnd(4)} item F1 ${pct(s.items.f1)}  exact ${pct(s.exact_order_rate)}`,
      );
    }
  }
  if (r.scenarios) {
    const s = r.scenarios;
    out.push(`scenarios: ${s.n} (${s.exact_scenarios} exactly right)`);
    out.push(`  pairwise        P ${pct(s.pairwise_precision)}  R ${pct(s.pairwise_recall)}`);
    out.push(
      `  orders          created ${s.orders_created} / expected ${s.orders_expected}, false orders ${s.false_orders}`,
    );
  }
  return out.join("\n");
}
