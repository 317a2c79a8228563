import { describe, expect, it } from "vitest";
import { createCatalogIndex, parseMessage } from "../../core/parse/index.js";
import type { Catalog } from "../../core/types.js";
import { linesOf } from "../support/builders.js";

// an invented farm supplier: fertilizers in bags, big bags and garden packs, ratios written with colons
const farm: Catalog = {
  currency: "RUB",
  products: [
    { sku: "UR-50", name: "Карбамид (мочевина) N 46,2%, марка Б, мешок 50 кг", unit: "pcs", price: 1900 },
    { sku: "UR-500", name: "Карбамид (мочевина) N 46,2%, марка Б, биг-бэг 500 кг", unit: "pcs", price: 18000 },
    { sku: "UR-1000", name: "Карбамид (мочевина) N 46,2%, марка Б, биг-бэг 1000 кг", unit: "pcs", price: 35000 },
    { sku: "UR-1", name: "Карбамид (мочевина), пакет 1 кг (садовая фасовка)", unit: "pcs", price: 90 },
    { sku: "NPK16-50", name: "Нитроаммофоска NPK 16:16:16, мешок 50 кг", unit: "pcs", price: 2100 },
    { sku: "NPK16-500", name: "Нитроаммофоска NPK 16:16:16, биг-бэг 500 кг", unit: "pcs", price: 20000 },
    { sku: "NPK16-1000", name: "Нитроаммофоска NPK 16:16:16, биг-бэг 1000 кг", unit: "pcs", price: 39000 },
    { sku: "NPK15-50", name: "Нитроаммофоска NPK 15:15:15, мешок 50 кг", unit: "pcs", price: 2000 },
    // a shop sells more than one fertilizer: "карбамид" is one word among many
    ...["Подсолнечник", "Кукуруза", "Пшеница", "Ячмень", "Соя"].flatMap((crop) =>
      ["Альфа", "Бета", "Гамма", "Дельта"].map((hybrid) => ({
        sku: `S-${crop}-${hybrid}`,
        name: `${crop} ${hybrid}, п.е.`,
        unit: "pcs" as const,
        price: 9000,
      })),
    ),
  ],
};
const read = linesOf(farm);

describe("fertilizers by the bag and the tonne", () => {
  it.each([
    // the bag said with the amount is in one name alone of its kind
    ["карбамида 2 мешка", ["UR-50:2"]],
    // "тонну" is one tonne: the 1000 kg big bag; the ratio with colons is the grade, never a time or an amount
    ["нитроамофоска 16:16:16 тонну в биг беге", ["NPK16-1000:1"]],
    // guards: passed before as well
    ["нитроамофоска 16:16:16 2 мешка", ["NPK16-50:2"]],
  ])("%s → %s", (text, lines) => {
    expect(read(text)).toEqual(lines);
  });

  // guards: passed before as well
  it("a time with seconds stays a time", () => {
    const r = parseMessage(
      { text: "нитроамофоска 15:15:15 2 мешка, привезти к 10:30", receivedAt: "2026-03-02T10:00:00Z" },
      createCatalogIndex(farm),
    );
    expect(r.items.map((l) => `${l.sku}:${l.qty}`)).toEqual(["NPK15-50:2"]);
  });
});
