import { describe, expect, it } from "vitest";
import { createCatalogIndex, parseMessage } from "../../core/parse/index.js";
import type { Catalog } from "../../core/types.js";
import { linesOf } from "../support/builders.js";

// a small stationery-and-household shop, written for these tests
const catalog: Catalog = {
  currency: "UAH",
  products: [
    { sku: "INK-204", name: "Чорнило Aquarell 204 Midnight", aliases: ["чорнило аквarel"], unit: "pcs", price: 90 },
    { sku: "INK-318", name: "Чорнило Aquarell 318 Forest", aliases: ["чорнило аквarel"], unit: "pcs", price: 90 },
    { sku: "INK-455", name: "Чорнило Aquarell 455 Ruby", aliases: ["чорнило аквarel"], unit: "pcs", price: 90 },
    { sku: "PEN-02", name: "Лінер Graphix 02 Black", aliases: ["лінер графікс"], unit: "pcs", price: 40 },
    { sku: "PEN-05", name: "Лінер Graphix 05 Black", aliases: ["лінер графікс"], unit: "pcs", price: 40 },
    {
      sku: "DYE-43",
      name: "Барвник для тканини Tinto 4.3 Каштан",
      aliases: ["барвник тінто 4.3"],
      unit: "pcs",
      price: 100,
    },
    {
      sku: "DYE-81",
      name: "Барвник для тканини Tinto 8.1 Пісок",
      aliases: ["барвник тінто 8.1"],
      unit: "pcs",
      price: 100,
    },
    { sku: "SOAP-250", name: "Мило рідке Lavanda 250 мл", aliases: ["мило лаванда"], unit: "pcs", price: 60 },
    { sku: "SOAP-500", name: "Мило рідке Lavanda 500 мл", aliases: ["мило лаванда"], unit: "pcs", price: 95 },
    { sku: "SOAP-1000", name: "Мило рідке Lavanda 1000 мл", aliases: ["мило лаванда"], unit: "pcs", price: 160 },
    { sku: "WIPE-60", name: "Серветки вологі Fresh 60 шт", aliases: ["вологі серветки"], unit: "pcs", price: 45 },
    { sku: "WIPE-120", name: "Серветки вологі Fresh 120 шт", aliases: ["вологі серветки"], unit: "pcs", price: 80 },
    { sku: "GLUE-TX", name: "Клей-олівець Tex 8 г", aliases: ["клей олівець"], unit: "pcs", price: 25 },
    { sku: "TAPE-TX", name: "Скотч Tex прозорий", aliases: ["скотч"], unit: "pcs", price: 30 },
    { sku: "OIL-TX-1", name: "Олія для дерева Tex Oil 1 л", aliases: ["олія для дерева"], unit: "pcs", price: 100 },
    { sku: "OIL-TX-5", name: "Олія для дерева Tex Oil 5 л", aliases: ["олія для дерева"], unit: "pcs", price: 100 },
  ],
};
const index = createCatalogIndex(catalog);
const lines = (text: string) =>
  parseMessage({ text, receivedAt: "2026-03-04T10:00:00+02:00" }, index)
    .items.map((l) => `${l.sku}:${l.qty}`)
    .sort();

describe("variants chosen by a number after the first one", () => {
  it.each([
    ["чорнило aquarell 204 і 455 по одному", ["INK-204:1", "INK-455:1"]],
    ["чорнило aquarell 318, 455 і 204", ["INK-204:1", "INK-318:1", "INK-455:1"]],
    ["барвник тінто 4.3 - 2 пачки, 8.1 - 3 пачки", ["DYE-43:2", "DYE-81:3"]],
    ["лінер графікс 05", ["PEN-05:1"]],
    ["мило лаванда 500 мл 2 шт і 1000 мл одну", ["SOAP-1000:1", "SOAP-500:2"]],
    ["олія для дерева 5 л — 1, 1 л — 4", ["OIL-TX-1:4", "OIL-TX-5:1"]],
  ])("%s", (text, want) => {
    expect(lines(text)).toEqual(want);
  });
});

describe("a size said with an amount selects, the amount counts", () => {
  it.each([
    ["мило лаванда 1000 мл - 1 шт", ["SOAP-1000:1"]],
    ["мило Lavanda 250 мл – 3 шт", ["SOAP-250:3"]],
    ["вологі серветки 120 шт 2 уп.", ["WIPE-120:2"]],
    ["вологі серветки 60 шт", ["WIPE-60:1"]],
  ])("%s", (text, want) => {
    expect(lines(text)).toEqual(want);
  });
});

describe("an amount for each item of a list", () => {
  it.each([
    ["клей олівець і скотч, по 3 шт", ["GLUE-TX:3", "TAPE-TX:3"]],
    ["чорнило aquarell 204 і 318 2 шт кожного", ["INK-204:2", "INK-318:2"]],
    ["glue stick Tex and скотч, 4 of each", ["GLUE-TX:4", "TAPE-TX:4"]],
    ["скотч 2 шт, клей олівець по 5", ["GLUE-TX:5", "TAPE-TX:2"]],
  ])("%s", (text, want) => {
    expect(lines(text)).toEqual(want);
  });
});

// a small car-care shop, written for these tests
const parts: Catalog = {
  currency: "RUB",
  products: [
    { sku: "BULB-P21", name: "Лампа Lumen P21 12V", aliases: ["лампа p21"], unit: "pcs", price: 50 },
    { sku: "BULB-P27", name: "Лампа Lumen P27 12V", aliases: ["лампа p27"], unit: "pcs", price: 60 },
    { sku: "GR-AX-2W-1", name: "Смазка Axle 2W-90 1 л", aliases: ["смазка аксель"], unit: "pcs", price: 400 },
    { sku: "GR-AX-2W-5", name: "Смазка Axle 2W-90 5 л", aliases: ["смазка аксель"], unit: "pcs", price: 1700 },
    { sku: "GR-MT-2W-1", name: "Смазка Motrix 2W-90 1 л", aliases: ["смазка мотрикс"], unit: "pcs", price: 380 },
    { sku: "GR-MT-2W-5", name: "Смазка Motrix 2W-90 5 л", unit: "pcs", price: 1600 },
    { sku: "WASH-50", name: "Шампунь для мойки Shine 500 мл", aliases: ["шампунь shine"], unit: "pcs", price: 200 },
    { sku: "RAG-12", name: "Салфетки микрофибра 12 шт", aliases: ["микрофибра"], unit: "pack", price: 300 },
  ],
};
const partsIndex = createCatalogIndex(parts);
const read = (text: string) => parseMessage({ text, receivedAt: "2026-03-04T10:00:00+03:00" }, partsIndex);
const partLines = (text: string) =>
  read(text)
    .items.map((l) => `${l.sku}:${l.qty}`)
    .sort();

describe("codes, tables and counted words", () => {
  it.each([
    // a two-character model code, written in Cyrillic look-alike letters
    ["лампа р27 3 шт", ["BULB-P27:3"]],
    ["лампы P21 2шт, р27 1шт", ["BULB-P21:2", "BULB-P27:1"]],
    // "2W-90 5 л": the size after a code is not part of it, the brand decides
    ["смазка мотрикс 2w90 5 литров 2 канистры", ["GR-MT-2W-5:2"]],
    // a pasted row naming the product by code and by name, with the amount once
    ["WASH-50\tШампунь для мойки Shine 500 мл\t7", ["WASH-50:7"]],
    ["half a dozen microfibre cloths", ["RAG-12:6"]],
    ["микрофибра пів дюжини", ["RAG-12:6"]],
  ])("%s", (text, want) => {
    expect(partLines(text)).toEqual(want);
  });

  it("keeps a phone written after a comma out of the address", () => {
    const r = read("лампа P21, доставка ул. Лесная 4 кв 9, 8-912-345-67-89");
    expect(r.phone).toBe("+79123456789");
    expect(r.address).toBe("ул. Лесная 4 кв 9");
  });
});

// a small pet-supply shop, written for these tests
const pets: Catalog = {
  currency: "EUR",
  products: [
    { sku: "COLLAR-S", name: "Cat collar Small blue", aliases: ["collar s"], unit: "pcs", price: 8 },
    { sku: "COLLAR-L", name: "Cat collar Large blue", aliases: ["collar l"], unit: "pcs", price: 9 },
    {
      sku: "TREAT-3M",
      name: "Crunchy Three Meats treats 80 g",
      aliases: ["crunchy three meats"],
      unit: "pcs",
      price: 3,
    },
    { sku: "TREAT-CH", name: "Crunchy chicken treats 80 g", unit: "pcs", price: 3 },
    { sku: "POUCH-BF-85", name: "Felino beef pouch 85 g", unit: "pcs", price: 1 },
    { sku: "POUCH-LM-85", name: "Felino lamb pouch 85 g", unit: "pcs", price: 1 },
    { sku: "POUCH-BF-KR", name: "Kroketa beef pouch 85 g", unit: "pcs", price: 1 },
    { sku: "SEED-2", name: "Budgie seed mix 2 kg", aliases: ["budgie food"], unit: "pcs", price: 6 },
  ],
};
const petIndex = createCatalogIndex(pets);
const petLines = (text: string) =>
  parseMessage({ text, receivedAt: "2026-03-04T10:00:00Z" }, petIndex)
    .items.map((l) => `${l.sku}:${l.qty}`)
    .sort();

describe("names with a size word, a number word or a size in the middle", () => {
  it.each([
    ["collar size L and 2 crunchy chicken treats", ["COLLAR-L:1", "TREAT-CH:2"]],
    ["4 crunchy three meats", ["TREAT-3M:4"]],
    ["crunchy 3 meats", ["TREAT-3M:1"]],
    ["ten lamb 85g Felino", ["POUCH-LM-85:10"]],
    ["beef 85 g Kroketa x 6", ["POUCH-BF-KR:6"]],
    ["two budgie seed mix", ["SEED-2:2"]],
  ])("%s", (text, want) => {
    expect(petLines(text)).toEqual(want);
  });
});

describe("two names either side of a size stay two items when each is whole", () => {
  it.each([
    ["crunchy chicken 80 g 2 felino lamb", ["POUCH-LM-85:2", "TREAT-CH:1"]],
    ["felino beef 85 g kroketa beef", ["POUCH-BF-85:1", "POUCH-BF-KR:1"]],
  ])("%s", (text, want) => {
    expect(petLines(text)).toEqual(want);
  });
});

// a small garden-tools shop, written for these tests
const tools: Catalog = {
  currency: "RUB",
  products: [
    { sku: "BLADE-35", name: "Нож для газонокосилки Greencut 35 см", aliases: ["нож 35"], unit: "pcs", price: 500 },
    { sku: "BLADE-42", name: "Нож для газонокосилки Greencut 42 см", aliases: ["нож 42"], unit: "pcs", price: 600 },
    { sku: "KIT-SERV", name: "Комплект обслуживания Greencut (свеча + фильтр)", unit: "set", price: 900 },
    { sku: "OIL-2T", name: "Масло двухтактное Motoline 1 л", aliases: ["масло 2т"], unit: "pcs", price: 450 },
  ],
};
const toolsIndex = createCatalogIndex(tools);
const toolLines = (text: string) =>
  parseMessage({ text, receivedAt: "2026-03-04T10:00:00+03:00" }, toolsIndex)
    .items.map((l) => `${l.sku}:${l.qty}`)
    .sort();

describe("container words and repeated names", () => {
  it.each([
    // the word after the amount only repeats what the product is
    ["масло 2т 3 шт, гринкат 42 — 2 ножа", ["BLADE-42:2", "OIL-2T:3"]],
    // "комплект" here is how many, not the service kit
    ["ножи гринкат 35 и 42, комплект на дачу", ["BLADE-35:1", "BLADE-42:1"]],
    ["комплект обслуживания гринкат", ["KIT-SERV:1"]],
  ])("%s", (text, want) => {
    expect(toolLines(text)).toEqual(want);
  });
});

describe("a pack size in parentheses picks the variant", () => {
  it.each([
    ["3 wet wipes Fresh packs (120 each)", ["WIPE-120:3"]],
    ["вологі серветки (60 шт) x 2", ["WIPE-60:2"]],
  ])("%s", (text, want) => {
    expect(lines(text)).toEqual(want);
  });
});

// sand in bags and big bags, cable by the metre
const yard: Catalog = {
  currency: "UAH",
  products: [
    { sku: "SAND-40", name: "Пісок річковий митий, мішок 40 кг", unit: "pcs", price: 65 },
    { sku: "SAND-BB", name: "Пісок річковий митий, біг-бег 1 т", unit: "pcs", price: 1150 },
    { sku: "SAND-Q", name: "Пісок кар'єрний, біг-бег 1 т", unit: "pcs", price: 950 },
    { sku: "UTP-M", name: "Кабель UTP cat.5e внутрішній, м", unit: "m", price: 12 },
  ],
};
const readYard = linesOf(yard);

describe("short adjectives and hundreds", () => {
  it.each([
    // "митого" is "митий": a three-letter stem with an adjective's ending
    ["піску митого 400 кг", ["SAND-40:10"]],
    ["піску митого в мішках кіл 400", ["SAND-40:10"]],
    // hundreds in words
    ["пів сотні метрів кабелю utp", ["UTP-M:50"]],
    // guards: passed before as well
    ["пару сотен метров кабеля utp", ["UTP-M:200"]],
    ["две сотни метров кабеля utp", ["UTP-M:200"]],
    ["полсотни метров кабеля utp", ["UTP-M:50"]],
    ["пару десятков метров кабеля utp", ["UTP-M:20"]],
  ])("%s → %s", (text, lines) => {
    expect(readYard(text)).toEqual(lines);
  });
});
