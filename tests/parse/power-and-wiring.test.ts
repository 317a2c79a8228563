import { describe, expect, it } from "vitest";
import type { Catalog } from "../../core/types.js";
import { linesOf } from "../support/builders.js";

// an invented power-equipment shop: inverters by power and phases, cable by cross-section, by the metre and
// on drums, grid inverters whose model opens with a number
const shop: Catalog = {
  currency: "EUR",
  products: [
    { sku: "INV-5-1", name: "Solvex HX-5K hybrid inverter 5 kW 1-phase", unit: "pcs", price: 900 },
    { sku: "INV-5-3", name: "Solvex HX-5K3 hybrid inverter 5 kW 3-phase", unit: "pcs", price: 1100 },
    { sku: "INV-8-1", name: "Solvex HX-8K hybrid inverter 8 kW 1-phase", unit: "pcs", price: 1300 },
    { sku: "INV-8-3", name: "Solvex HX-8K3 hybrid inverter 8 kW three-phase", unit: "pcs", price: 1500 },
    { sku: "GRID-3000", name: "Sunlink GRID 3000TL-X grid inverter 3 kW 1-phase", unit: "pcs", price: 600 },
    { sku: "GRID-5000", name: "Sunlink GRID 5000TL-X grid inverter 5 kW 1-phase", unit: "pcs", price: 750 },
    { sku: "MTR-1", name: "Energy meter EM-100 single-phase", unit: "pcs", price: 60 },
    { sku: "MTR-3", name: "Energy meter EM-300 three-phase", unit: "pcs", price: 110 },
    { sku: "CBL-4-BK", name: "PV cable 4 mm², black, by the metre", unit: "m", price: 1.1 },
    { sku: "CBL-4-RD", name: "PV cable 4 mm², red, by the metre", unit: "m", price: 1.1 },
    { sku: "CBL-6-BK", name: "PV cable 6 mm², black, by the metre", unit: "m", price: 1.6 },
    { sku: "CBL-6-RD", name: "PV cable 6 mm², red, by the metre", unit: "m", price: 1.6 },
    { sku: "CBL-4-BK-D", name: "PV cable 4 mm², black, drum 100 m", unit: "pcs", price: 95 },
    { sku: "CBL-6-RD-D", name: "PV cable 6 mm², red, drum 100 m", unit: "pcs", price: 140 },
  ],
};
const read = linesOf(shop);

describe("power and phases", () => {
  it.each([
    // "8k" under a thousand is kilowatts, not a colour temperature; phases however written
    ["solvex 8k 1ph", ["INV-8-1:1"]],
    ["2x solvex 5k 3 phase", ["INV-5-3:2"]],
    ["solvex 5k single phase x3", ["INV-5-1:3"]],
    ["инвертор solvex 8 кВт трехфазный", ["INV-8-3:1"]],
    ["energy meter трифазний 2 шт", ["MTR-3:2"]],
    ["energy meter 3ph", ["MTR-3:1"]],
    // the number a model opens with, said alone
    ["sunlink 3000 2 pcs", ["GRID-3000:2"]],
    // guards: passed before as well
    ["Sunlink GRID 5000 one piece", ["GRID-5000:1"]],
    ["solvex 8 kW 1-phase", ["INV-8-1:1"]],
  ])("%s → %s", (text, lines) => {
    expect(read(text)).toEqual(lines);
  });
});

describe("cable by cross-section", () => {
  it.each([
    // "6mm" of a cable sold by its cross-section, "mm2" glued or apart
    ["pv cable 6mm2 black 30m", ["CBL-6-BK:30"]],
    ["pv cable 6 mm2 red 40 m", ["CBL-6-RD:40"]],
    // an amount the drum does not hold is cable by the metre
    ["4mm black cable 50m", ["CBL-4-BK:50"]],
    // guards: passed before as well
    ["2 drums 6mm red", ["CBL-6-RD-D:2"]],
    ["кабель 4 квадрата красный 25 м", ["CBL-4-RD:25"]],
    ["pv cable 4 mm² black 2 drums", ["CBL-4-BK-D:2"]],
    ["pv cable 4 mm² red 25 m", ["CBL-4-RD:25"]],
  ])("%s → %s", (text, lines) => {
    expect(read(text)).toEqual(lines);
  });
});
