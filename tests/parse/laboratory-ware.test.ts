import { describe, expect, it } from "vitest";
import type { Catalog } from "../../core/types.js";
import { linesOf } from "../support/builders.js";

// an invented laboratory shop writing its catalog in English, with customers writing Russian and Ukrainian
const shop: Catalog = {
  currency: "USD",
  products: [
    { sku: "TIP-10F", name: "Labco Filter Tips 0.5–10 µl, sterile, rack of 96", unit: "pack", price: 9 },
    { sku: "TIP-200F", name: "Labco Filter Tips 2–200 µl, sterile, rack of 96", unit: "pack", price: 9 },
    { sku: "TIP-1000F", name: "Labco Filter Tips 50–1000 µl, sterile, rack of 96", unit: "pack", price: 11 },
    { sku: "TIP-200", name: "Labco Pipette Tips 2–200 µl, yellow, bulk bag of 1000", unit: "pack", price: 14 },
    { sku: "TUBE-15", name: "Labco Centrifuge Tubes 15 ml, sterile, bag of 50", unit: "pack", price: 12 },
    { sku: "TUBE-50", name: "Labco Centrifuge Tubes 50 ml, sterile, bag of 25", unit: "pack", price: 12 },
    { sku: "CRYO-2", name: "Labco Cryogenic Vials 2 ml, sterile, pack of 100", unit: "pack", price: 30 },
    { sku: "FLASK-250", name: "Labco Erlenmeyer Flask, narrow neck, 250 ml", unit: "pcs", price: 6 },
    { sku: "CYL-100", name: "Labco Graduated Cylinder, glass, 100 ml", unit: "pcs", price: 15 },
    { sku: "CYL-250", name: "Labco Graduated Cylinder, glass, 250 ml", unit: "pcs", price: 19 },
    { sku: "BKR-100", name: "Labco Beaker, Low Form, Borosilicate 3.3, 100 ml", unit: "pcs", price: 3 },
    { sku: "BKR-250", name: "Labco Beaker, Low Form, Borosilicate 3.3, 250 ml", unit: "pcs", price: 4 },
    { sku: "BKR-400", name: "Labco Beaker, Low Form, Borosilicate 3.3, 400 ml", unit: "pcs", price: 5 },
    { sku: "BKR-600", name: "Labco Beaker, Low Form, Borosilicate 3.3, 600 ml", unit: "pcs", price: 6 },
    { sku: "CYL-100P", name: "Labco Graduated Cylinder, polypropylene, 100 ml", unit: "pcs", price: 5 },
    { sku: "RACK-50", name: "Tube Rack for 50 ml tubes, 12 places", unit: "pcs", price: 8 },
    { sku: "COAT-S", name: "Labco Lab Coat, white, size S", unit: "pcs", price: 30 },
    { sku: "COAT-M", name: "Labco Lab Coat, white, size M", unit: "pcs", price: 30 },
    { sku: "COAT-L", name: "Labco Lab Coat, white, size L", unit: "pcs", price: 30 },
    { sku: "COAT-XL", name: "Labco Lab Coat, white, size XL", unit: "pcs", price: 30 },
  ],
};
const read = linesOf(shop);

describe("laboratory ware said in other languages and in microlitres", () => {
  it.each([
    // "µl", "ul" and "мкл" are microlitres; a tip's range ends at its size
    ["1000ul filter tips 3 racks", ["TIP-1000F:3"]],
    ["наконечники з фільтром на 10 мкл 2 уп", ["TIP-10F:2"]],
    // a test tube, a cryo vial and a flask in Russian or Ukrainian
    ["пробірки 15 мл у пакетах 4 уп", ["TUBE-15:4"]],
    ["кріопробірки 2 мл 1 уп", ["CRYO-2:1"]],
    ["колбы 250 мл 6 шт", ["FLASK-250:6"]],
    // "мірні … пластикові" is the graduated cylinder of polypropylene
    ["мірні циліндри пластикові на 100 мл 4 шт", ["CYL-100P:4"]],
    // borosilicate is glass
    ["a dozen 250 ml glass beakers", ["BKR-250:12"]],
    // "w" is "with"
    ["labco lab coat w size M 2 pcs", ["COAT-M:2"]],
    // letter sizes in capitals: "M" and "L" beside "S" and "XL" are no metres or litres
    ["lab coats: 2 S, 4 M, 3 L, 1 XL", ["COAT-L:3", "COAT-M:4", "COAT-S:2", "COAT-XL:1"]],
    // guards: passed before as well
    ["erlenmeyer flask 250 ml x6", ["FLASK-250:6"]],
    ["tube rack 50 ml 2 pcs", ["RACK-50:2"]],
  ])("%s → %s", (text, lines) => {
    expect(read(text)).toEqual(lines);
  });
});
