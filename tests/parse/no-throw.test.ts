import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createCatalogIndex, parseMessage } from "../../core/parse/index.js";
import type { Catalog } from "../../core/types.js";

// Every labelled text in the fixtures, read against its own catalog: the parser must return a reading for
// each (a thrown error would leave the message to the fallback path). Scores are the eval command's job.
const root = join(import.meta.dirname, "../fixtures");

function corpusDirs(dir: string, depth = 0): string[] {
  if (existsSync(join(dir, "catalog.json"))) return [dir];
  if (depth > 2) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => corpusDirs(join(dir, e.name), depth + 1));
}

function texts(dir: string): Array<{ text: string; subject?: string | null; at: string }> {
  const lines = (file: string) =>
    existsSync(join(dir, file))
      ? readFileSync(join(dir, file), "utf8")
          .split("\n")
          .filter((l) => l.trim())
          .map((l) => JSON.parse(l))
      : [];
  const cases = lines("cases.jsonl").map((c) => ({ text: c.text, subject: c.subject, at: c.received_at }));
  const scenarios = lines("scenarios.jsonl").flatMap((s) =>
    s.messages.map((m: { text: string; subject?: string; received_at: string }) => ({
      text: m.text,
      subject: m.subject,
      at: m.received_at,
    })),
  );
  return [...cases, ...scenarios];
}

describe("the parser reads every fixture text without throwing", () => {
  const dirs = corpusDirs(root);
  it("finds the corpora", () => {
    expect(dirs.length).toBeGreaterThanOrEqual(10);
  });
  it.each(dirs.map((d) => [d.slice(root.length + 1), d]))("%s", (_name, dir) => {
    const index = createCatalogIndex(JSON.parse(readFileSync(join(dir, "catalog.json"), "utf8")) as Catalog);
    const all = texts(dir);
    expect(all.length).toBeGreaterThan(0);
    for (const t of all) {
      const r = parseMessage({ text: t.text, subject: t.subject ?? null, receivedAt: t.at }, index);
      expect(typeof r.isOrder).toBe("boolean");
    }
  });
});
