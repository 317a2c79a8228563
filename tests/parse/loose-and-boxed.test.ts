import { describe, expect, it } from "vitest";
import type { Catalog } from "../../core/types.js";
import { linesOf } from "../support/builders.js";

// an invented sweets wholesaler: the same candy loose by the kilo, in a 1 kg carton and in a 5 kg crate
const sweets: Catalog = {
  currency: "UAH",
  products: [
    { sku: "MET-KG", name: "Цукерки «Метелик» вагові", unit: "kg", price: 180 },
    { sku: "MET-B1", name: "Цукерки «Метелик», коробка 1 кг", unit: "box", price: 190 },
    { sku: "MET-B5", name: "Цукерки «Метелик», ящик 5 кг", unit: "box", price: 880 },
    { sku: "SNZ-KG", name: "Карамель «Сніжок» вагова", aliases: ["сніжок"], unit: "kg", price: 120 },
    { sku: "SNZ-B4", name: "Карамель «Сніжок», ящик 4 кг", unit: "box", price: 460 },
    { sku: "HLV-KG", name: "Халва соняшникова вагова", unit: "kg", price: 140 },
  ],
};
const read = linesOf(sweets);

describe("a candy sold loose and boxed", () => {
  it.each([
    // the crate said is the product whose name says it, also shortened
    ["метелика 2 ящ.", ["MET-B5:2"]],
    // the loose candy has the only alias, the crate is still the one said
    ["сніжок 2 ящика", ["SNZ-B4:2"]],
    ["сніжку пару ящиків", ["SNZ-B4:2"]],
    // a weight said inside the words of a good sold by weight is its amount
    ["халва 4 кг вагова", ["HLV-KG:4"]],
    // guards: passed before as well
    ["метелика 3 ящики", ["MET-B5:3"]],
    ["сніжок 3 кг", ["SNZ-KG:3"]],
    ["метелик коробка 1 кг, 2 шт", ["MET-B1:2"]],
  ])("%s → %s", (text, lines) => {
    expect(read(text)).toEqual(lines);
  });
});

// an invented spice stall: the same spice in packs of 100 g and of 1 kg
const spices: Catalog = {
  currency: "UAH",
  products: [
    { sku: "PEP-100", name: "Перець чорний мелений, 100 г", unit: "pcs", price: 40 },
    { sku: "PEP-1000", name: "Перець чорний мелений, 1 кг", unit: "pcs", price: 350 },
    { sku: "PAP-100", name: "Паприка солодка мелена, 100 г", unit: "pcs", price: 35 },
    { sku: "PAP-1000", name: "Паприка солодка мелена, 1 кг", unit: "pcs", price: 300 },
    { sku: "CAR-250", name: "Кероб необсмажений, 250 г", unit: "pcs", price: 90 },
    { sku: "CAR-1000", name: "Кероб необсмажений, 1 кг", unit: "pcs", price: 320 },
    { sku: "TUR-100", name: "Куркума мелена, 100 г", unit: "pcs", price: 30 },
    { sku: "CLV-50", name: "Гвоздика ціла, 50 г", unit: "pcs", price: 45 },
    { sku: "RB-NAT", name: "Ройбуш натуральний, ваговий", unit: "kg", price: 600 },
    { sku: "RB-ORG", name: "Ройбуш з апельсином, ваговий", unit: "kg", price: 650 },
  ],
};
const readSpices = linesOf(spices);

describe("a unit said before its number", () => {
  it.each([
    // the weight first, then how much of it
    ["перец черный молотый кг 3", ["PEP-1000:3"]],
    ["паприка сладкая кг 2", ["PAP-1000:2"]],
    // the weight first, then the packs: the size of each
    ["перець чорний мелений кг 3 пачки", ["PEP-1000:3"]],
    // a kilo pack said as an adjective, then how many
    ["кероб необсмажений кілограмовий 2", ["CAR-1000:2"]],
    // "кило" after a number is its unit: one and a half kilos of a good packed by 250 g and by the kilo
    ["кероб необсмажений півтора кіло", ["CAR-250:6"]],
    // amounts said after the names before: the last name's amount is not the one before it
    ["перець мелений 3шт паприка солодка 2шт кероб необсмажений", ["CAR-250:1", "PAP-100:2", "PEP-100:3"]],
    // spices named in English against a Ukrainian catalog, and a correction with a pronoun after it
    ["turmeric 100g x 10 instead of 6 I said earlier lol", ["TUR-100:10"]],
    ["cloves 50 g x3", ["CLV-50:3"]],
    // "the plain one" is the natural kind
    ["200g rooibos (the plain one)", ["RB-NAT:0.2"]],
    // guards: passed before as well
    ["кероб необсмажений 2 кило", ["CAR-1000:2"]],
    ["паприка солодка 3 кг", ["PAP-1000:3"]],
    ["кероб необсмажений 250 г 4 шт", ["CAR-250:4"]],
  ])("%s → %s", (text, lines) => {
    expect(readSpices(text)).toEqual(lines);
  });
});

// an invented pool and sauna shop: stones by the box, strips by the pack; and a fabric weighed per m²
const pool: Catalog = {
  currency: "EUR",
  products: [
    { sku: "STN-510", name: "Sauna stones olivine-diabase 5–10 cm, 20 kg box", unit: "box", price: 25 },
    { sku: "STN-1015", name: "Sauna stones olivine-diabase 10–15 cm, 20 kg box", unit: "box", price: 27 },
    { sku: "TST-3W", name: "Test strips 3-way (free chlorine / pH / alkalinity), 50 strips", unit: "pack", price: 9 },
    { sku: "TST-BR", name: "Test strips bromine 4-way, 50 strips", unit: "pack", price: 10 },
    { sku: "LINEN", name: "Лён 100% умягчённый 185 г/м² 150 см, белый", unit: "m", price: 890 },
    { sku: "BR-TAB", name: "Spa bromine tablets 20 g, 1 kg", unit: "pcs", price: 22 },
    { sku: "CL-T200-5", name: "Chlorine Tablets 200 g slow-dissolving 90%, 5 kg bucket", unit: "pcs", price: 49 },
  ],
};
const readPool = linesOf(pool);

describe("weights and pieces a box or a pack holds", () => {
  it.each([
    // the box's weight, when the name's size is of another kind (the stones' length)
    ["60 kg of olivine-diabase stones 10–15 cm", ["STN-1015:3"]],
    // the weight of each tablet, then of the tub or bucket sold: "2 кг" is two tubs of 1 kg
    ["бромні таблетки 2 кг", ["BR-TAB:2"]],
    ["chlorine tablets 10 kg", ["CL-T200-5:2"]],
    // strips counted against a pack of fifty; "3 way" is the name's "3-way"
    ["100 test strips 3 way", ["TST-3W:2"]],
    ["test strips 3 way x2", ["TST-3W:2"]],
    ["50 bromine test strips", ["TST-BR:1"]],
    // "185 г/м²" is the fabric's weight, not a price per square metre: metres stay metres (read as sold by
    // the area, the 4.5 m would be divided by the width; it passed before the box weight was read)
    ["лён белый 4,5 м", ["LINEN:4.5"]],
    // guards: passed before as well
    ["olivine-diabase stones 10-15 cm 3 boxes", ["STN-1015:3"]],
    ["test strips 3-way x2", ["TST-3W:2"]],
  ])("%s → %s", (text, lines) => {
    expect(readPool(text)).toEqual(lines);
  });
});
