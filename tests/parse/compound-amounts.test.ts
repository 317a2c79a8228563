import { describe, expect, it } from "vitest";
import { createCatalogIndex, parseMessage } from "../../core/parse/index.js";

// an invented corner shop selling by weight and by length
const index = createCatalogIndex({
  currency: "UAH",
  products: [
    { sku: "ROPE", name: "Мотузка джутова 8 мм", unit: "m", price: 15 },
    { sku: "NUTS", name: "Горіхи волоські", unit: "kg", price: 300 },
  ],
});
const read = (text: string) =>
  parseMessage({ text, receivedAt: "2026-05-06T17:00:00+03:00" }, index).items.map((l) => `${l.sku}:${l.qty}`);

describe("amounts said in words and in two units", () => {
  it.each([
    ["мотузка джутова пів метра", ["ROPE:0.5"]],
    ["горіхи волоські 2 кг 300 г", ["NUTS:2.3"]],
    ["горіхи волоські пів кіло", ["NUTS:0.5"]],
    ["мотузка джутова 3 метра", ["ROPE:3"]],
    // hundreds and thousands said as words after the number
    ["мотузка джутова полторы сотни метров", ["ROPE:150"]],
    ["мотузка джутова дві тисячі метрів", ["ROPE:2000"]],
    ["мотузка джутова 2 тыс. метров", ["ROPE:2000"]],
    ["мотузка джутова півсотні метрів", ["ROPE:50"]],
  ])("%s", (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

// an invented pie stall: a follow-up names only the filling
describe("a follow-up naming only the variant", () => {
  const pies = createCatalogIndex({
    currency: "RUB",
    products: [
      { sku: "PIE-POT", name: "Пирожок жареный с картошкой", unit: "pcs", price: 50 },
      { sku: "PIE-CHR", name: "Пирожок жареный с вишней", unit: "pcs", price: 60 },
      { sku: "JAM-CHR", name: "Варенье вишнёвое 0,5 л", unit: "pcs", price: 300 },
    ],
  });
  const readPies = (text: string) =>
    parseMessage({ text, receivedAt: "2026-05-06T17:00:00+03:00" }, pies)
      .items.map((l) => `${l.sku}:${l.qty}`)
      .sort();
  it("'4 пирожка с картошкой и 2 с вишней'", () => {
    expect(readPies("4 пирожка с картошкой и 2 с вишней")).toEqual(["PIE-CHR:2", "PIE-POT:4"]);
  });
});
