/**
 * Scores the rule parser on labelled corpora: `node --import tsx tests/bench/eval-cases.ts <corpus dir>...`
 * Prints a table per corpus, the failing cases with `--verbose`, and the scores as JSON on the last line.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { caseIssues, type EvalCase, scoreCases } from "../../core/eval/case-scores.js";
import { createCatalogIndex, parseMessage } from "../../core/parse/index.js";
import type { Catalog } from "../../core/types.js";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const dirs = args.filter((a) => !a.startsWith("--"));
const out: Record<string, unknown> = {};
for (const dir of dirs) {
  const catalog = JSON.parse(readFileSync(join(dir, "catalog.json"), "utf8")) as Catalog;
  const cases = readFileSync(join(dir, "cases.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvalCase);
  const index = createCatalogIndex(catalog);
  const parsed = cases.map((c) =>
    parseMessage({ text: c.text, subject: c.subject ?? null, receivedAt: c.received_at, headers: c.headers }, index),
  );
  const s = scoreCases(cases, parsed);
  if (verbose)
    cases.forEach((c, i) => {
      const p = parsed[i];
      const issues = p ? caseIssues(c, p) : [];
      if (issues.length) console.log(`${c.id}: ${issues.join(" | ")}`);
    });
  const f = (x: number) => x.toFixed(3);
  console.log(
    `${dir}: n=${s.n} itemF1=${f(s.items.f1)} P=${f(s.items.precision)} R=${f(s.items.recall)} skuF1=${f(s.sku_f1)} unkR=${f(s.unknown_items_recall)} isOrder=${f(s.is_order_accuracy)} phone=${f(s.phone_accuracy)} email=${f(s.email_accuracy)} date=${f(s.delivery_date_accuracy)} addrF1=${f(s.address_token_f1)} exact=${f(s.exact_order_rate)}`,
  );
  for (const [lang, l] of Object.entries(s.by_lang))
    console.log(`  ${lang}: n=${l.n} itemF1=${f(l.items.f1)} exact=${f(l.exact_order_rate)}`);
  out[dir] = { cases: s };
}
console.log(JSON.stringify(out));
