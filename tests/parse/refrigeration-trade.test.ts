import { describe, expect, it } from "vitest";
import { createCatalogIndex, parseMessage } from "../../core/parse/index.js";
import type { Catalog } from "../../core/types.js";
import { linesOf } from "../support/builders.js";

// an invented refrigeration wholesaler writing English names, read in Russian, Ukrainian and English
const cold: Catalog = {
  currency: "EUR",
  products: [
    { sku: "CAP-25", name: "Run capacitor CX65 25 µF 450 V", unit: "pcs", price: 6 },
    { sku: "CAP-35", name: "Run capacitor CX65 35 µF 450 V", unit: "pcs", price: 7 },
    { sku: "CAP-45", name: "Run capacitor CX65 45 µF 450 V", unit: "pcs", price: 8 },
    { sku: "R32-9", name: "Refrigerant R32, 9 kg refillable cylinder", unit: "pcs", price: 120 },
    { sku: "R410-10", name: "Refrigerant R410A, 10 kg refillable cylinder", unit: "pcs", price: 150 },
    { sku: "CU-14-25", name: 'Copper pipe coil 1/4" (6.35 × 0.8 mm), 25 m', unit: "pcs", price: 90 },
    { sku: "CU-14-50", name: 'Copper pipe coil 1/4" (6.35 × 0.8 mm), 50 m', unit: "pcs", price: 170 },
    { sku: "BR-450", name: "Wall bracket for outdoor unit 450 mm, pair", unit: "set", price: 25 },
    { sku: "MG-4", name: "Analog manifold gauge, 4-way", unit: "pcs", price: 140 },
    { sku: "INS-6", name: "Insulation tube 6 mm × 9 mm wall, per m", unit: "m", price: 1 },
  ],
};
const read = linesOf(cold);
const parse = (text: string) => parseMessage({ text, receivedAt: "2026-03-02T10:00:00Z" }, createCatalogIndex(cold));

describe("microfarads and the trade's words across languages", () => {
  it.each([
    // a capacitance glued or apart picks the capacitor, never counts it
    ["CX65 35uF x10", ["CAP-35:10"]],
    ["конденсатор 45 мкф 2 шт", ["CAP-45:2"]],
    ["кронштейн 450 3 пары", ["BR-450:3"]],
    ["изоляция 6 мм 20 м", ["INS-6:20"]],
    // guards: passed before as well
    ["фреон R32 9 кг 1 баллон", ["R32-9:1"]],
    ["манометр 4-way 1 шт", ["MG-4:1"]],
  ])("%s → %s", (text, lines) => {
    expect(read(text)).toEqual(lines);
  });
});

describe("a coil's length is what it holds, not its pipe's diameter", () => {
  it.each([
    ["100m of 1/4 copper in 50m coils", ["CU-14-50:2"]],
    // guards: passed before as well
    ["copper 1/4 coil 50m 2 pcs", ["CU-14-50:2"]],
  ])("%s → %s", (text, lines) => {
    expect(read(text)).toEqual(lines);
  });
});

describe("a complaint about a delivery is no order", () => {
  it("'we got … (order 4520) … This is not acceptable' is a complaint", () => {
    const r = parse(
      "Hello, the R410A 10 kg cylinder we got on Monday (order 4520) weighed only 14.2 kg gross. This is not acceptable. Please tell me how you will fix it.",
    );
    expect(r.isOrder).toBe(false);
    expect(r.intent).toBe("complaint");
  });
});
