import { describe, expect, it } from "vitest";
import { createCatalogIndex, parseMessage } from "../../core/parse/index.js";
import type { Catalog } from "../../core/types.js";
import { linesOf } from "../support/builders.js";

// an invented security shop: drives by capacity, cameras by resolution, recorders by channels
const security: Catalog = {
  currency: "UAH",
  products: [
    { sku: "HDD-1", name: 'Жорсткий диск 3.5" 1 TB Purple', aliases: ["пурпл 1тб"], unit: "pcs", price: 2100 },
    { sku: "HDD-2", name: 'Жорсткий диск 3.5" 2 TB Purple', unit: "pcs", price: 2900 },
    { sku: "HDD-4", name: 'Жорсткий диск 3.5" 4 TB Purple', unit: "pcs", price: 4300 },
    { sku: "CAM-2", name: "IP-камера Vizor VZ-1023 (2.8 мм) 2 Мп купольна", unit: "pcs", price: 1500 },
    { sku: "CAM-4", name: "IP-камера Vizor VZ-1043 (2.8 мм) 4 Мп купольна", unit: "pcs", price: 2300 },
    { sku: "NVR-4", name: "Відеореєстратор IP Vizor 4-канальний з 4 PoE", unit: "pcs", price: 4200 },
    { sku: "NVR-8", name: "Відеореєстратор IP Vizor 8-канальний з 8 PoE", unit: "pcs", price: 6900 },
    { sku: "SD-64", name: "Карта пам'яті microSDXC 64 ГБ", unit: "pcs", price: 300 },
    { sku: "SD-128", name: "Карта пам'яті microSDXC 128 ГБ", unit: "pcs", price: 500 },
    { sku: "SW-8", name: "Комутатор PoE 8 портів", unit: "pcs", price: 2600 },
    { sku: "SW-16", name: "Комутатор PoE 16 портів", unit: "pcs", price: 6100 },
  ],
};
const read = linesOf(security);

describe("capacities, resolutions, channels and ports", () => {
  it.each([
    // a capacity glued or apart, in any language, is the drive's, not an amount
    ["диск пурпл 2тб 2шт", ["HDD-2:2"]],
    ["карта пам'яті на 64 гіга дві", ["SD-64:2"]],
    // megapixels pick the camera
    ["купол 4мп 2.8 6 шт", ["CAM-4:6"]],
    // channels, said as an adjective or a noun
    ["відеореєстратор на 8 каналів", ["NVR-8:1"]],
    ["відеореєстратор 4 канальний 2 шт", ["NVR-4:2"]],
    // guards: passed before as well
    ["диск на 4 тб", ["HDD-4:1"]],
    ["комутатор на 16 портів", ["SW-16:1"]],
    ["2 TB Purple x3", ["HDD-2:3"]],
    ["карта пам'яті 128 ГБ 4 шт", ["SD-128:4"]],
  ])("%s → %s", (text, lines) => {
    expect(read(text)).toEqual(lines);
  });
});

// invented drills whose model codes hold a number customers say alone
const drills: Catalog = {
  currency: "EUR",
  products: [
    { sku: "DR-796N", name: "Toolex TDC796N 18V Combi Drill – bare tool", unit: "pcs", price: 120 },
    { sku: "DR-796P2", name: "Toolex TDC796P2 18V Combi Drill – kit with 2x 5.0Ah batteries", unit: "pcs", price: 310 },
    { sku: "BAT-50", name: "Toolex TB184 18V Battery 5.0Ah", unit: "pcs", price: 90 },
  ],
};
const readDrills = linesOf(drills);

describe("a model's number said alone", () => {
  it.each([
    // "796" is the model between the code's letters, never 796 drills; "5 Ач" is the batteries' rating
    ["Toolex 796 комплект с двумя акб по 5 Ач — 1 шт", ["DR-796P2:1"]],
    // guards: passed before as well
    ["TDC796N bare x2", ["DR-796N:2"]],
    ["battery 5.0Ah x3", ["BAT-50:3"]],
  ])("%s → %s", (text, lines) => {
    expect(readDrills(text)).toEqual(lines);
  });
});

describe("a nickname given to one size is the family's", () => {
  it.each([
    // "пурпл" is an alias of the 1 TB drive only; said with 4 TB it is the 4 TB drive of the same name
    ["пурпл 4тб 2 шт", ["HDD-4:2"]],
    // guards: passed before as well
    ["пурпл 1тб", ["HDD-1:1"]],
  ])("%s → %s", (text, lines) => {
    expect(read(text)).toEqual(lines);
  });
});

// lamps told apart by their light, boxes by their card, paste by its size
const lamps: Catalog = {
  currency: "RUB",
  products: [
    { sku: "L9-C", name: "Лампа LED A60 E27 9W 4100K", aliases: ["лампочка е27 9вт холодна"], unit: "pcs", price: 48 },
    { sku: "L12-C", name: "Лампа LED A60 E27 12W 4100K", unit: "pcs", price: 62 },
    { sku: "L12-W", name: "Лампа LED A60 E27 12W 3000K", unit: "pcs", price: 62 },
    { sku: "BOX-WH", name: "Коробка самосборная 200х150х60 мм, белая (пачка 25 шт)", unit: "pack", price: 700 },
    { sku: "BOX-BR", name: "Коробка самосборная 200х150х60 мм, бурая (пачка 25 шт)", unit: "pack", price: 550 },
    {
      sku: "PASTE-65",
      name: "Паста уплотнительная Unipak 65 г",
      aliases: ["паста для льна маленькая"],
      unit: "pcs",
      price: 290,
    },
    {
      sku: "PASTE-360",
      name: "Паста уплотнительная Unipak 360 г",
      aliases: ["паста для льна банка"],
      unit: "pcs",
      price: 890,
    },
  ],
};
const readLamps = linesOf(lamps);

describe("words that tell a family apart", () => {
  it.each([
    // "маленькая" in one paste's alias tells it from the jar: it does not go to the family
    ["паста маленькая 2 шт", ["PASTE-65:2"]],
    // kraft card is brown: "бурые" is "бурая"
    ["коробки самосборные 20х15х6 бурые 4 пачки", ["BOX-BR:4"]],
    // guards: passed before as well
    ["лампочки е27 на 12Вт тёплые 20 шт", ["L12-W:20"]],
    ["лампочка е27 9вт холодна 3 шт", ["L9-C:3"]],
    ["коробки самосборные белые 2 пачки", ["BOX-WH:2"]],
  ])("%s → %s", (text, lines) => {
    expect(readLamps(text)).toEqual(lines);
  });
});

// recorders, locks and an alarm kit that lists what it holds
const alarms: Catalog = {
  currency: "UAH",
  products: [
    { sku: "NVR-4", name: "Відеореєстратор IP Vizor 4-канальний з 4 PoE", unit: "pcs", price: 4200 },
    { sku: "NVR-8", name: "Відеореєстратор IP Vizor 8-канальний з 8 PoE", unit: "pcs", price: 6900 },
    { sku: "LOCK-180", name: "Електромагнітний замок 180 кг 12V", unit: "pcs", price: 900 },
    { sku: "LOCK-280", name: "Електромагнітний замок 280 кг 12V", unit: "pcs", price: 1100 },
    {
      sku: "KIT-W",
      name: "Комплект сигналізації Guard StarterKit білий (Hub 2, MotionSense, DoorSense)",
      unit: "set",
      price: 9000,
    },
    { sku: "HUB-W", name: "Централь Guard Hub 2 білий", unit: "pcs", price: 5000 },
    { sku: "MS-W", name: "Датчик руху Guard MotionSense білий", unit: "pcs", price: 1500 },
    { sku: "MSP-W", name: "Датчик руху Guard MotionSense Plus білий", unit: "pcs", price: 2500 },
    { sku: "MSO-W", name: "Вуличний датчик руху Guard MotionSense Outdoor білий", unit: "pcs", price: 4500 },
    { sku: "DS-W", name: "Датчик відкриття Guard DoorSense білий", unit: "pcs", price: 900 },
    { sku: "DS-B", name: "Датчик відкриття Guard DoorSense чорний", unit: "pcs", price: 900 },
    { sku: "KP-W", name: "Клавіатура Guard KeyPad білий", unit: "pcs", price: 1900 },
    { sku: "KP-B", name: "Клавіатура Guard KeyPad чорний", unit: "pcs", price: 1900 },
  ],
};
const readAlarms = linesOf(alarms);

describe("words said without their prefix, and what a kit lists", () => {
  it.each([
    // "реєстратор" of "Відеореєстратор", "регистратор" and "NVR" in other words
    ["реєстратор на 8 каналів", ["NVR-8:1"]],
    ["регистратор на 4 канала 2 шт", ["NVR-4:2"]],
    ["NVR 8 channel x1", ["NVR-8:1"]],
    // the sensor itself, not the kit that lists it in brackets, nor the "Plus" or "Outdoor" of it
    ["motionsense білий 5 шт", ["MS-W:5"]],
    // guards: passed before as well
    ["motionsense plus білий 2 шт", ["MSP-W:2"]],
    ["замок магнітний 180 кг 2 шт", ["LOCK-180:2"]],
    ["hub 2 білий", ["HUB-W:1"]],
    ["комплект сигналізації starterkit білий", ["KIT-W:1"]],
    ["відеореєстратор 4 канальний", ["NVR-4:1"]],
  ])("%s → %s", (text, lines) => {
    expect(readAlarms(text)).toEqual(lines);
  });
});

describe("a colour that heads the list below", () => {
  it("'в чорному кольорі:' picks the black of each line, and its words are no good of their own", () => {
    const parsed = linesOfParsed(
      "Вітаю! Для клієнта потрібно в чорному кольорі:\nDoorSense — 3\nKeyPad — 1\nі окремо білий MotionSense",
    );
    expect(parsed.lines).toEqual(["DS-B:3", "KP-B:1", "MS-W:1"]);
    expect(parsed.unknown).toEqual([]);
  });

  // guards: passed before as well
  it("without a heading, a line with no colour picks none", () => {
    expect(readAlarms("DoorSense — 3")).toEqual([]);
  });
});

function linesOfParsed(text: string): { lines: string[]; unknown: string[] } {
  const r = parseMessage({ text, receivedAt: "2026-03-02T10:00:00Z" }, createCatalogIndex(alarms));
  return { lines: r.items.map((l) => `${l.sku}:${l.qty}`).sort(), unknown: r.unknownItems.map((u) => u.text) };
}

// part numbers with the maker's letters in front, and model codes with a kit or colour letter after
const parts: Catalog = {
  currency: "EUR",
  products: [
    { sku: "CAM-21", name: "IP camera Vizor VZ-IPC-HFW2121S-S (2.8 mm) 2 MP", unit: "pcs", price: 80 },
    { sku: "CAM-41", name: "IP camera Vizor VZ-IPC-HFW2141S-S (2.8 mm) 4 MP", unit: "pcs", price: 95 },
    { sku: "NVR-16", name: "Vizor recorder VZI-NVR4116HS-S3 16 channels", unit: "pcs", price: 240 },
    { sku: "CS-12", name: "Rotor CS-M7100 cassette 12-speed", unit: "pcs", price: 70 },
    { sku: "DR-Z", name: "Toolex TDF484Z 18V drill driver – body only", unit: "pcs", price: 110 },
    { sku: "DR-RTJ", name: "Toolex TDF484RTJ 18V drill driver – 2x 5.0Ah, charger, case", unit: "pcs", price: 330 },
    { sku: "TN-BK", name: "Printo TN-343BK toner black", unit: "pcs", price: 40 },
    { sku: "TN-C", name: "Printo TN-343C toner cyan", unit: "pcs", price: 45 },
    { sku: "CABLE-BOX", name: "Cable KVK 2x0.75 outdoor, box 200 m", unit: "pcs", price: 60 },
    { sku: "CABLE-M", name: "Кабель КВК 2х0.75 зовнішній (на відріз)", unit: "m", price: 0.4 },
  ],
};
const readParts = linesOf(parts);

describe("part numbers said shorter than the catalog writes them", () => {
  it.each([
    // the maker's letters before a dash are left out ("IPC-HFW2141S-S", "NVR4116HS-S3")
    ["IPC-HFW2141S-S 2.8 — 6 шт\nNVR4116HS-S3 — 1 шт", ["CAM-41:6", "NVR-16:1"]],
    ["HFW2121S-S x4", ["CAM-21:4"]],
    // the model without its kit letters, told apart by the words said with it
    ["tdf484 body only x2", ["DR-Z:2"]],
    ["tn-343 cyan 3 pcs", ["TN-C:3"]],
    // guards: passed before as well
    ["TDF484RTJ 1 pc", ["DR-RTJ:1"]],
  ])("%s → %s", (text, lines) => {
    expect(readParts(text)).toEqual(lines);
  });

  it("a cassette's series number is no code of its own ('M7100' of a derailleur the shop lacks)", () => {
    const r = parseMessage(
      { text: "переключатель задний M7100 1 шт", receivedAt: "2026-03-02T10:00:00Z" },
      createCatalogIndex(parts),
    );
    expect(r.items).toEqual([]);
  });

  it("a part number the catalog lacks is surfaced as an unknown good, an order number is not", () => {
    const r = parseMessage(
      { text: "PO-2026-0311\nABC-HFW9999X-Z 6 шт\nTDF484Z 1 шт", receivedAt: "2026-03-02T10:00:00Z" },
      createCatalogIndex(parts),
    );
    expect(r.items.map((l) => `${l.sku}:${l.qty}`)).toEqual(["DR-Z:1"]);
    expect(r.unknownItems.map((u) => u.text)).toEqual(["ABC-HFW9999X-Z"]);
  });
});

describe("a length said before its number", () => {
  it.each([
    // "метрів 30" is thirty metres: the cable cut to length, not 0.15 of the 200 m box
    ["кабель КВК 2х0.75 метрів 30", ["CABLE-M:30"]],
    // guards: passed before as well
    ["кабель КВК 2х0.75 30 м", ["CABLE-M:30"]],
    ["кабель КВК 2х0.75 бухта 2 шт", ["CABLE-BOX:2"]],
  ])("%s → %s", (text, lines) => {
    expect(readParts(text)).toEqual(lines);
  });
});

// power supplies told apart by their current
const supplies: Catalog = {
  currency: "EUR",
  products: [
    { sku: "PSU-1", name: "Блок живлення 12V 1A адаптер", unit: "pcs", price: 5 },
    { sku: "PSU-2", name: "Блок живлення 12V 2A адаптер", unit: "pcs", price: 7 },
    { sku: "PSU-5", name: "Блок живлення 12V 5A 60W металевий", unit: "pcs", price: 15 },
  ],
};
const readSupplies = linesOf(supplies);

describe("a small rating said after another", () => {
  it.each([
    // "5a" after "12v" is the current that picks the supply, with no word of its name said
    ["2 PSU 12V 5A", ["PSU-5:2"]],
    ["also 2 PSUs 12v 5a.", ["PSU-5:2"]],
    ["блок живлення 12в 2а 3 шт", ["PSU-2:3"]],
  ])("%s → %s", (text, lines) => {
    expect(readSupplies(text)).toEqual(lines);
  });
});
