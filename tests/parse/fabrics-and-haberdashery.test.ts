import { describe, expect, it } from "vitest";
import type { Catalog } from "../../core/types.js";
import { linesOf } from "../support/builders.js";

// an invented fabric shop: cloth by the metre, haberdashery by the piece, the pack and the roll
const fabrics: Catalog = {
  currency: "RUB",
  products: [
    { sku: "CAL-220", name: "Бязь отбеленная 142 г/м², ширина 220 см", unit: "m", price: 260 },
    { sku: "CAL-220-RAW", name: "Бязь суровая 142 г/м², ширина 220 см", unit: "m", price: 230 },
    { sku: "COAT-GRF", name: "Пальтовая ткань, шерсть 50%, 150 см, графит", unit: "m", price: 1900 },
    { sku: "COAT-CAM", name: "Пальтовая ткань, шерсть 50%, 150 см, кэмел", unit: "m", price: 1900 },
    { sku: "LIN-BLK", name: "Подкладочная ткань 190Т полиэстер 150 см, чёрная", unit: "m", price: 180 },
    { sku: "LN-OLV", name: "Лён умягчённый 150 см, оливковый", unit: "m", price: 890 },
    { sku: "SAT-WH", name: "Сатин гладкокрашеный 250 см, белый", unit: "m", price: 420 },
    { sku: "ZIP-SP-60", name: "Молния спираль Т3 потайная 60 см, чёрная", unit: "pcs", price: 45 },
    { sku: "ZIP-TR-60", name: "Молния трактор Т5 разъёмная 60 см, чёрная", unit: "pcs", price: 70 },
    { sku: "EDGE-10", name: "Кромка клеевая 10 мм, чёрная, рулон 100 м", unit: "pcs", price: 600 },
    { sku: "BTN-17", name: "Пуговицы джинсовые 17 мм, уп. 12 шт", unit: "pack", price: 150 },
    { sku: "BIAS-WH", name: "Косая бейка атласная 15 мм, белая", unit: "m", price: 12 },
    { sku: "PLAID", name: "Плед флисовый 150×200 серый", unit: "pcs", price: 900 },
    { sku: "TH-227", name: "Нитки Gamma 40/2 200 м, цв. 227 графит", unit: "pcs", price: 35 },
    { sku: "TH-101", name: "Нитки Gamma 40/2 200 м, цв. 101 белый", unit: "pcs", price: 35 },
    { sku: "ZIP-TR-60-WH", name: "Молния трактор Т5 разъёмная 60 см, белая", unit: "pcs", price: 70 },
    { sku: "TH-CONE", name: "Нитки Gamma 40/2 бобина 5000 ярд (4570 м), чёрные", unit: "pcs", price: 390 },
    { sku: "BLANKET", name: "Одеяло детское 110×140", unit: "pcs", price: 1100 },
  ],
};
const read = linesOf(fabrics);

describe("fabrics and haberdashery named in another language", () => {
  it.each([
    ["3 m of coat wool in graphite", ["COAT-GRF:3"]],
    ["300 cm of black 190T lining", ["LIN-BLK:3"]],
    ["10 m calico 220 unbleached", ["CAL-220-RAW:10"]],
    ["linen olive 4 m", ["LN-OLV:4"]],
    ["5 invisible zips 60cm black", ["ZIP-SP-60:5"]],
    ["2 rolls of the black 10mm fusible edge tape", ["EDGE-10:2"]],
    ["bias binding white, 30 m", ["BIAS-WH:30"]],
    ["ґудзики джинсові 17 мм — 3 уп.", ["BTN-17:3"]],
    // "цвет 101" is the name's "цв. 101"
    ["нитки гамма 40/2 цвет 227 10 шт, цвет 101 5 шт", ["TH-101:5", "TH-227:10"]],
    // yards are a length: "5000 yd" is the cone's size, never five thousand spools
    ["graphite 227 x 10, and Gamma 5000 yd cones black x2", ["TH-227:10", "TH-CONE:2"]],
    // guards: passed before as well
    // ("-//-" at a line's start is "the same as above": on this small catalog its marks were harmless
    // before; on a full one they broke the line, and the mark is now read as blank)
    ["молния трактор 60 см черная 20 шт\n-//- белая 10 шт", ["ZIP-TR-60-WH:10", "ZIP-TR-60:20"]],
    // ("флисовый" stays a word of "fleece" now that "флис" is one)
    ["a fleece blanket", ["PLAID:1"]],
    ["молния трактор 60 см черная 20 шт", ["ZIP-TR-60:20"]],
    ["бязь 220 белая 12 м", ["CAL-220:12"]],
  ])("%s → %s", (text, lines) => {
    expect(read(text)).toEqual(lines);
  });
});

// paper filters, white and unbleached
const filters: Catalog = {
  currency: "UAH",
  products: [
    { sku: "FLT-WH", name: "Фільтри паперові V60 02, білі, 100 шт", unit: "pcs", price: 220 },
    { sku: "FLT-BR", name: "Фільтри паперові V60 02, небілені (коричневі), 100 шт", unit: "pcs", price: 220 },
  ],
};
const readFilters = linesOf(filters);

describe("which of the goods, said after them", () => {
  it.each([
    // "the unbleached ones" picks among the filters just named and keeps their amount
    ["3 packs V60 02 filters, the unbleached ones", ["FLT-BR:3"]],
    ["3 packs V60 02 filters (the brown ones)", ["FLT-BR:3"]],
    // guards: passed before as well
    ["3 packs V60 02 white filters", ["FLT-WH:3"]],
  ])("%s → %s", (text, lines) => {
    expect(readFilters(text)).toEqual(lines);
  });
});

// hoses by the metre, floating and not
const hoses: Catalog = {
  currency: "EUR",
  products: [
    { sku: "HOSE-F32", name: "Floating vacuum hose 32 mm, per metre", unit: "m", price: 2.9 },
    { sku: "HOSE-INX-32", name: "Intex replacement hose 32 mm × 1.5 m", unit: "pcs", price: 6.9 },
  ],
};
const readHoses = linesOf(hoses);

describe("a floating hose in any language", () => {
  it.each([
    ["шланг 32 плавающий метров 8", ["HOSE-F32:8"]],
    ["шланг плаваючий 32 мм 10 м", ["HOSE-F32:10"]],
    // guards: passed before as well
    ["floating hose 32mm 8 m", ["HOSE-F32:8"]],
  ])("%s → %s", (text, lines) => {
    expect(readHoses(text)).toEqual(lines);
  });
});
