import { describe, expect, it } from "vitest";
import { createCatalogIndex, parseMessage } from "../../core/parse/index.js";
import type { Catalog } from "../../core/types.js";
import { linesOf } from "../support/builders.js";

// an invented flooring shop: laminate and tiles priced per square metre (the catalog's unit "m" with the
// name saying "за м²"), some also sold as a whole box, and goods whose names hold a square as a shape
const shop: Catalog = {
  currency: "RUB",
  products: [
    {
      sku: "LAM-OAK",
      name: "Ламинат Floorwood Дуб натуральный 33 класс, цена за м² (в упаковке 2,13 м²)",
      unit: "m",
      price: 900,
    },
    {
      sku: "LAM-OAK-BOX",
      name: "Ламинат Floorwood Дуб натуральный 33 класс, упаковка 2,13 м² (8 шт)",
      unit: "box",
      price: 1917,
    },
    {
      sku: "LAM-ASH",
      name: "Ламинат Floorwood Ясень серый 33 класс, цена за м² (в упаковке 2,13 м²)",
      unit: "m",
      price: 950,
    },
    {
      sku: "TILE-WH",
      name: "Плитка настенная Nordica белая 25x40, цена за м² (в коробке 1,5 м²)",
      unit: "m",
      price: 700,
    },
    {
      sku: "TILE-GR",
      name: "Плитка настенная Nordica серая 25x40, цена за м² (в коробке 1,5 м²)",
      unit: "m",
      price: 700,
    },
    {
      sku: "TERRA",
      name: "Плитка напольная Terra бежевая 30x30, цена за кв.м (в коробке 1,5 м²)",
      unit: "m",
      price: 800,
    },
    { sku: "TAPE", name: "Лента демпферная 10 м", unit: "pcs", price: 250 },
    { sku: "CAKE-SQ", name: "Форма для выпечки «Квадрат» 24 см", unit: "pcs", price: 400 },
    { sku: "CAKE-RD", name: "Форма для выпечки «Круг» 24 см", unit: "pcs", price: 400 },
  ],
};
const read = linesOf(shop);

describe("goods sold by the square metre", () => {
  it.each([
    // square metres said every way a customer writes them
    ["ламинат дуб 14 квадратов", ["LAM-OAK:14"]],
    ["ламинат дуб 12м2", ["LAM-OAK:12"]],
    ["плитка серая 10м2", ["TILE-GR:10"]],
    // an area of a good also sold by the box is the good by the metre
    ["ламинат дуб 4,26 м2", ["LAM-OAK:4.26"]],
    // boxes of a good sold by the metre and in its own box: that box
    ["ламинат дуб 5 упаковок", ["LAM-OAK-BOX:5"]],
    ["ламинат дуб 2 упаковки и 3 м2 ясеня", ["LAM-ASH:3", "LAM-OAK-BOX:2"]],
    // boxes of a good with no box of its own: what the boxes hold
    ["плитка nordica серая 3 коробки", ["TILE-GR:4.5"]],
    // "цена за кв.м" prices it per square metre as "за м²" does
    ["плитка terra 3 коробки", ["TERRA:4.5"]],
    // guards: passed before as well
    ["плитка nordica белая 6,5 м2", ["TILE-WH:6.5"]],
    ["nordica grey tiles 4 sq m", ["TILE-GR:4"]],
    ["ламинат ясень 21,3 кв.м", ["LAM-ASH:21.3"]],
    ["плитка белая 25х40 9 кв, лента демпферная 1 шт", ["TAPE:1", "TILE-WH:9"]],
    ["форма квадрат 2 шт", ["CAKE-SQ:2"]],
  ])("%s → %s", (text, lines) => {
    expect(read(text)).toEqual(lines);
  });

  // guards: passed before as well
  it("'кв' before a flat's number stays in the address", () => {
    const index = createCatalogIndex(shop);
    const r = parseMessage(
      { text: "ламинат ясень 10 м2, доставка ул. Ленина 6 кв 88", receivedAt: "2026-04-07T10:00:00+03:00" },
      index,
    );
    expect(r.items).toMatchObject([{ sku: "LAM-ASH", qty: 10 }]);
    expect(r.address).toContain("6 кв 88");
  });
});
