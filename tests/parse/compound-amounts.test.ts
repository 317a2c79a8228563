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
  ])("%s", (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
