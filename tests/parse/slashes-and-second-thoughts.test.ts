import { describe, expect, it } from "vitest";
import { createCatalogIndex, parseMessage } from "../../core/parse/index.js";
import type { Catalog } from "../../core/types.js";
import { linesOf } from "../support/builders.js";

// an invented locksmith's counter: cylinders by length and key/thumb-turn, padlocks, door closers
const locks: Catalog = {
  currency: "RUB",
  products: [
    { sku: "FER-60-KK", name: "Цилиндр Ferrum 60 мм (30/30) ключ/ключ", unit: "pcs", price: 900 },
    { sku: "FER-60-KV", name: "Цилиндр Ferrum 60 мм (30/30) ключ/вертушка", unit: "pcs", price: 1000 },
    { sku: "FER-70-KK", name: "Цилиндр Ferrum 70 мм (35/35) ключ/ключ", unit: "pcs", price: 1100 },
    { sku: "FER-70-KV", name: "Цилиндр Ferrum 70 мм (35/35) ключ/вертушка", unit: "pcs", price: 1200 },
    { sku: "PAD-40", name: "Замок навесной Ferrum P-40, дужка 6 мм", unit: "pcs", price: 450 },
    { sku: "PAD-60", name: "Замок навесной Ferrum P-60, дужка 9 мм", unit: "pcs", price: 700 },
    { sku: "CLS-3", name: "Доводчик дверной Ferrum C3 (до 60 кг), серый", unit: "pcs", price: 2100 },
    { sku: "CLS-4", name: "Доводчик дверной Ferrum C4 (до 80 кг), серый", unit: "pcs", price: 2600 },
  ],
};
const read = linesOf(locks);

describe("two words a slash joins describe one good", () => {
  it.each([
    ["цилиндры ferrum 70 ключ/ключ 2шт", ["FER-70-KK:2"]],
    ["личинка ферум 60 ключ/вертушка 3 шт", ["FER-60-KV:3"]],
    ["цилиндр 70 ключ/вертушка 4 шт и 60 ключ/ключ 2 шт", ["FER-60-KK:2", "FER-70-KV:4"]],
  ])("%s", (text, want) => {
    expect(read(text)).toEqual(want);
  });

  // guards: passed before as well
  it.each([
    // a slash with spaces around it still parts two goods
    ["доводчик C3 2 шт / замок навесной P-40 5 шт", ["CLS-3:2", "PAD-40:5"]],
  ])("%s", (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe("a second thought that says the item again with another amount", () => {
  it.each([
    ["доводчик C3 2 шт, хотя нет, доводчиков 3", ["CLS-3:3"]],
    ["цилиндры ferrum 70 ключ/ключ тоже 2шт.. хотя нет, цилиндров 3 надо", ["FER-70-KK:3"]],
    ["замок навесной P-40 4 шт, доводчик C4 1 шт. хоча ні, замків 6", ["CLS-4:1", "PAD-40:6"]],
  ])("%s", (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it("names no unknown good for the word said again", () => {
    const parsed = parseMessage(
      { text: "доводчик C3 2 шт, хотя нет, доводчиков 3", receivedAt: "2026-04-07T10:00:00+03:00" },
      createCatalogIndex(locks),
    );
    expect(parsed.unknownItems).toEqual([]);
  });
});
