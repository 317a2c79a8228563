import { describe, expect, it } from "vitest";
import { createCatalogIndex, parseMessage } from "../../core/parse/index.js";
import type { Catalog } from "../../core/types.js";
import { linesOf } from "../support/builders.js";

// an invented builders' merchant: the same sand and salt in bags and in one-tonne big bags
const yard: Catalog = {
  currency: "RUB",
  products: [
    { sku: "SAND-40", name: "Песок карьерный сеяный, мешок 40 кг", unit: "pcs", price: 150 },
    { sku: "SAND-BB", name: "Песок карьерный сеяный, биг-бэг 1000 кг", unit: "pcs", price: 2600 },
    { sku: "SALT-25", name: "Соль техническая галит, мешок 25 кг", aliases: ["техсоль"], unit: "pcs", price: 400 },
    { sku: "SALT-BB500", name: "Соль техническая галит, биг-бэг 500 кг", unit: "pcs", price: 6500 },
    { sku: "SALT-BB1000", name: "Соль техническая галит, биг-бэг 1000 кг", unit: "pcs", price: 12000 },
    { sku: "CEM-50", name: "Цемент М500 Д0, мешок 50 кг", unit: "pcs", price: 520 },
    { sku: "UREA-25", name: "Карбамид (мочевина) технический, мешок 25 кг", unit: "pcs", price: 1400 },
    { sku: "GRAV-BB", name: "Щебень гранитный фр. 5–20, биг-бэг 1000 кг", unit: "pcs", price: 3100 },
  ],
};
const read = linesOf(yard);

// an invented drinks wholesaler: kegs, and crates of bottles
const drinks: Catalog = {
  currency: "EUR",
  products: [
    { sku: "KEG-ZL-30", name: "Zlatopramen keg 30 l", unit: "pcs", price: 95 },
    { sku: "CR-ZL-20", name: "Zlatopramen 20 x 0.5 l glass crate", unit: "pcs", price: 21 },
    { sku: "CS-SOL-24", name: "Sol Cerveza 24 x 0.33 l glass", unit: "pcs", price: 30 },
    { sku: "CS-ORA-24", name: "Orangina 24 x 0.25 l glass", unit: "pcs", price: 22 },
    { sku: "ORA-1", name: "Оранжина 0,25 л стекло, поштучно", unit: "pcs", price: 1 },
  ],
};

describe("amounts by weight, and the containers they come in", () => {
  it.each([
    // a weight said in bags is so many bags ("мешками", "в мешках" say how the weight comes, not a name)
    ["песка 2 тонны мешками по 40", ["SAND-40:50"]],
    ["соль техническая 2 тонны в мешках", ["SALT-25:80"]],
    // big bags are one container word, in any spelling, and a tonne is a tonne in any case
    ["техсоли 5 тонн биг-бегами по тонне", ["SALT-BB1000:5"]],
    ["техсоли полтонны в биг беге", ["SALT-BB500:1"]],
    ["соль техническая 2 bigbag по тонне", ["SALT-BB1000:2"]],
    // the goods named in English by what they are made of
    ["urea 10 bags please", ["UREA-25:10"]],
  ])("%s → %s", (text, lines) => {
    expect(read(text)).toEqual(lines);
  });

  it.each([
    // guards: passed before as well
    ["песок 3 биг-бэга", ["SAND-BB:3"]],
    // guards: passed before as well
    ["цемент 20 мешков", ["CEM-50:20"]],
  ])("guard: %s → %s", (text, lines) => {
    expect(read(text)).toEqual(lines);
  });

  // guards: passed before as well (and failed while containers were the whole clause's)
  it.each([
    ["оранжина\t2 cs (12/cs)", ["ORA-1:24"]],
    ["оранжина 1 коробку (12)", ["ORA-1:12"]],
    // guards: passed before as well
    ["оранжина 3 коробки по 12 шт", ["ORA-1:36"]],
  ])("a case of pieces, the pieces it holds said in brackets: %s", (text, lines) => {
    expect(linesOf(drinks)(text)).toEqual(lines);
  });

  it("each container word belongs to the name said right after it, or else to the one before", () => {
    expect(linesOf(drinks)("2 zlatopramen 30 3 ящ sol 2 ящ orangina")).toEqual([
      "CS-ORA-24:2",
      "CS-SOL-24:3",
      "KEG-ZL-30:2",
    ]);
  });

  it("big bags said after goods already named are how they come, no unknown good", () => {
    const r = parseMessage(
      { text: "5 tonnes of urea, in 1 t big bags please", receivedAt: "2026-03-02T10:00:00Z" },
      createCatalogIndex(yard),
    );
    expect(r.unknownItems.map((u) => u.text)).toEqual([]);
  });
});

// an invented door hardware shop: one stop in three finishes
const doors: Catalog = {
  currency: "RUB",
  products: [
    { sku: "DS-CR", name: "Упор дверной напольный DS-15, хром", unit: "pcs", price: 250 },
    { sku: "DS-NIS", name: "Упор дверной напольный DS-15, матовый никель", unit: "pcs", price: 250 },
    { sku: "DS-AB", name: "Упор дверной напольный DS-15, бронза", unit: "pcs", price: 260 },
    { sku: "CYL-70", name: "Цилиндр Asix 70 мм (35/35) ключ/ключ", unit: "pcs", price: 2100 },
  ],
};

describe("finishes said short or as adjectives", () => {
  it.each([
    // the period of "мат." ends no sentence: the amount after the finish stays the line's
    ["упор напольный мат.никель\t12\tшт", ["DS-NIS:12"]],
    // guards: passed before as well ("бронзовые" is the bronze finish, also now that "бронза" is a concept)
    ["упоры напольные бронзовые 4 шт", ["DS-AB:4"]],
    // guards: passed before as well
    ["2 asix cylinders 70mm", ["CYL-70:2"]],
  ])("%s → %s", (text, lines) => {
    expect(linesOf(doors)(text)).toEqual(lines);
  });
});

// an invented pet pharmacy: spot-on drops sold by the pipette
const spotOn: Catalog = {
  currency: "UAH",
  products: [
    { sku: "FRX-CAT", name: "Ferox краплі на холку для котів, 1 піпетка 0,5 мл", unit: "pcs", price: 180 },
    { sku: "FRX-S", name: "Ferox краплі для собак S (2–10 кг), 1 піпетка 0,67 мл", unit: "pcs", price: 190 },
    { sku: "FRX-M", name: "Ferox краплі для собак M (10–20 кг), 1 піпетка 1,34 мл", unit: "pcs", price: 210 },
  ],
};

describe("pipettes, ampoules and vials count the goods", () => {
  const read = linesOf(spotOn);
  it.each([
    ["краплі ферокс для собак 10-20 кг 6 піпеток", ["FRX-M:6"]],
    ["Ferox for cats 20 pipettes", ["FRX-CAT:20"]],
  ])("%s", (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
