import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { caseIssues, type EvalCase, scoreCases, tokenF1 } from "../../core/eval/case-scores.js";
import { createCatalogIndex, detectLang, parseMessage } from "../../core/parse/index.js";
import type { Catalog, ParsedMessage } from "../../core/types.js";
import { buildParsed } from "../support/builders.js";

const reading = (over: Partial<ParsedMessage>): ParsedMessage => buildParsed(over);
const kase = (id: string, lang: string, expected: EvalCase["expected"]): EvalCase => ({
  id,
  channel: "telegram",
  lang,
  received_at: "2026-03-02T09:15:00+03:00",
  text: "",
  expected,
});

describe("scoreCases", () => {
  const cases = [
    kase("a", "ru", {
      is_order: true,
      items: [
        { sku: "A", qty: 2 },
        { sku: "B", qty: 1 },
      ],
      unknown_items: ["овсяное молоко"],
      phone: "+79123456789",
      address: "ул. Ленина 5 кв 12",
      delivery_date: "2026-03-03",
    }),
    kase("b", "en", { is_order: false, items: [], phone: null }),
  ];
  const parsed = [
    reading({
      items: [
        { sku: "A", qty: 2, confidence: 1 },
        { sku: "B", qty: 3, confidence: 1 },
        { sku: "C", qty: 1, confidence: 1 },
      ],
      unknownItems: [{ text: "молоко", suggestions: [] }],
      phone: "+79123456789",
      address: "Ленина 5, кв. 12",
      deliveryDate: "2026-03-04",
    }),
    reading({ isOrder: false, intent: "question", deliveryDate: "2026-03-05" }),
  ];
  const s = scoreCases(cases, parsed);

  it("scores (sku, qty) pairs and skus", () => {
    expect(s.items.precision).toBeCloseTo(1 / 3);
    expect(s.items.recall).toBeCloseTo(1 / 2);
    expect(s.items.f1).toBeCloseTo(0.4);
    expect(s.sku_f1).toBeCloseTo(0.8);
  });

  it("scores fields only where either side has a value", () => {
    expect(s.phone_accuracy).toBe(1);
    expect(s.delivery_date_accuracy).toBe(0);
    expect(s.email_accuracy).toBe(1);
    expect(s.address_token_f1).toBeCloseTo(8 / 9);
    expect(s.unknown_items_recall).toBe(1);
  });

  it("counts exact orders and breaks down by language", () => {
    expect(s.is_order_accuracy).toBe(1);
    expect(s.exact_order_rate).toBe(0.5);
    expect(s.by_lang.ru?.n).toBe(1);
    expect(s.by_lang.en?.exact_order_rate).toBe(1);
    expect(s.by_lang.ru?.items.f1).toBeCloseTo(0.4);
  });

  it("refuses mismatched inputs", () => {
    expect(() => scoreCases(cases, [])).toThrow();
  });

  it("token F1 ignores case and punctuation", () => {
    expect(tokenF1("ул. Ленина 5", "УЛ ЛЕНИНА, 5")).toBe(1);
    expect(tokenF1(null, "x")).toBe(0);
  });
});

describe("labelled corpora", () => {
  const root = join(import.meta.dirname, "../fixtures/corpora");
  it.each(["flowers-uah", "building-rub", "grocery-en"])("%s stays above the bar", (shop) => {
    const catalog = JSON.parse(readFileSync(join(root, shop, "catalog.json"), "utf8")) as Catalog;
    const cases = readFileSync(join(root, shop, "cases.jsonl"), "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as EvalCase);
    const index = createCatalogIndex(catalog);
    const parsed = cases.map((c) =>
      parseMessage({ text: c.text, subject: c.subject, receivedAt: c.received_at, headers: c.headers }, index),
    );
    const s = scoreCases(cases, parsed);
    expect(s.items.f1).toBeGreaterThanOrEqual(0.9);
    expect(s.is_order_accuracy).toBeGreaterThanOrEqual(0.95);
    expect(s.phone_accuracy).toBeGreaterThanOrEqual(0.95);
    expect(s.exact_order_rate).toBeGreaterThanOrEqual(0.75);
  });
});

describe("detectLang", () => {
  it.each([
    ["Добрий день, потрібно дві пачки і ще щось", "uk"],
    ["Здравствуйте, нужно две пачки и ещё что-нибудь", "ru"],
    ["Hi, could I get two packs please", "en"],
    ["12345 !!!", null],
  ])("%s → %s", (text, lang) => {
    expect(detectLang(text)).toBe(lang);
  });
});

describe("caseIssues", () => {
  const labelled: EvalCase = {
    id: "x-1",
    channel: "telegram",
    lang: "ru",
    received_at: "2026-03-02T09:15:00+03:00",
    text: "2 арабики, завтра",
    expected: { is_order: true, items: [{ sku: "A", qty: 2 }], phone: null, delivery_date: "2026-03-03" },
  };
  it("names every field a reading got wrong, and nothing for a right one", () => {
    const right = reading({ isOrder: true, items: [{ sku: "A", qty: 2, confidence: 1 }], deliveryDate: "2026-03-03" });
    expect(caseIssues(labelled, right)).toEqual([]);
    const wrong = reading({ isOrder: true, items: [{ sku: "A", qty: 1, confidence: 1 }], deliveryDate: null });
    expect(caseIssues(labelled, wrong)).toEqual(["items [A:1] want [A:2]", "date null want 2026-03-03"]);
  });
});
