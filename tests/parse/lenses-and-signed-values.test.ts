import { describe, expect, it } from "vitest";
import { createCatalogIndex, parseMessage } from "../../core/parse/index.js";
import type { Catalog } from "../../core/types.js";
import { linesOf } from "../support/builders.js";

// an invented optics shop: lenses sold by power, each power its own product, plus and minus alike
const powers = ["-1.00", "-1.50", "-1.75", "-2.75", "-3.00", "-3.50", "-3.75", "-4.00", "+1.00", "+2.00"];
const optics: Catalog = {
  currency: "UAH",
  products: [
    ...powers.map((p) => ({
      sku: `DM30${p}`,
      name: `1-Day Lumio Moist (30 шт) BC 8.5 ${p}`,
      unit: "pack" as const,
      price: 900,
    })),
    ...["-1.00", "+1.00", "-2.00"].map((p) => ({
      sku: `BF6${p}`,
      name: `Clarity Bio (6 шт) BC 8.6 ${p}`,
      unit: "pack" as const,
      price: 1100,
    })),
    { sku: "DMF30-1.50", name: "1-Day Lumio Moist Multifocal (30 шт) -1.50 ADD MID", unit: "pack", price: 1300 },
    { sku: "WIPES-30", name: "Серветки вологі для окулярів 30 шт", unit: "pack", price: 90 },
    { sku: "SOL-360", name: "Розчин Clearo 360 мл", unit: "pcs", price: 300 },
  ],
};
const read = linesOf(optics);
const parse = (text: string) => parseMessage({ text, receivedAt: "2026-03-02T10:00:00Z" }, createCatalogIndex(optics));

describe("a power's sign tells plus from minus", () => {
  it.each([
    ["clarity bio +1.00 2 уп", ["BF6+1.00:2"]],
    // a whole power is a power too, never an amount
    ["clarity bio -2 1 уп", ["BF6-2.00:1"]],
    // guards: passed before as well
    ["clarity bio -1.00 2 уп", ["BF6-1.00:2"]],
  ])("%s → %s", (text, lines) => {
    expect(read(text)).toEqual(lines);
  });

  // guards: passed before as well
  it("'80204 -10' after a code stays an amount set off by a dash", () => {
    const shop: Catalog = {
      currency: "RUB",
      products: [{ sku: "B-80204", name: "Подшипник 80204 (6204-ZZ)", unit: "pcs", price: 100 }],
    };
    const r = parseMessage({ text: "80204 -10", receivedAt: "2026-03-02T10:00:00Z" }, createCatalogIndex(shop));
    expect(r.items.map((l) => `${l.sku}:${l.qty}`)).toEqual(["B-80204:10"]);
  });
});

describe("a line's name said once, then its powers", () => {
  it.each([
    // "мойст" is the line's own word (also said of wet wipes): with the pack and the power it names the lens
    ["мойст 30 -2.75 три пачки", ["DM30-2.75:3"]],
    // powers listed after the name, each with its amount
    ["Мойст 30: -3 х5, -3.5 х5", ["DM30-3.00:5", "DM30-3.50:5"]],
    ["мойст на -3,75 і -4 по одній пачці по 30 шт.", ["DM30-3.75:1", "DM30-4.00:1"]],
    // which eye is no word of the goods; the plain line, not its multifocal
    ["мойст 30 -1,5 на праве", ["DM30-1.50:1"]],
  ])("%s → %s", (text, lines) => {
    expect(read(text)).toEqual(lines);
  });

  it("'на праве' and 'левый глаз' are not surfaced as unknown goods", () => {
    expect(parse("мойст 30 -1,5 на праве, левый глаз").unknownItems).toEqual([]);
  });
});

describe("goods received wrong, with a decimal in the sentence", () => {
  it("'Отримала посилку, а там мойст -3.5 замість -3.25' is a complaint, not an order", () => {
    const r = parse("Отримала посилку, а там мойст -3.5 замість -3.25 😡 Що тепер робити, як обміняти?");
    expect(r.isOrder).toBe(false);
    expect(r.intent).toBe("complaint");
  });
});
