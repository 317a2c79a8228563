import { describe, expect, it } from "vitest";
import type { Catalog } from "../../core/types.js";
import { linesOf } from "../support/builders.js";

// an invented fasteners and tools shop: threads with their length, drills by diameter
const shop: Catalog = {
  currency: "RUB",
  products: [
    { sku: "BOLT-M6", name: "Болт M6x20 оцинкованный (упак. 50 шт)", unit: "pack", price: 150 },
    { sku: "BOLT-M8", name: "Болт M8x20 оцинкованный (упак. 50 шт)", unit: "pack", price: 210 },
    { sku: "KEY-M6", name: "Ключ для болта M6", unit: "pcs", price: 90 },
    { sku: "DRL-35", name: "Сверло по металлу HSS ф3,5 мм", unit: "pcs", price: 60 },
    { sku: "DRL-40", name: "Сверло по металлу HSS ф4,0 мм", unit: "pcs", price: 70 },
    { sku: "ROD-24", name: "Пруток присадочный алюминиевый ER4043 ф2,4 мм", unit: "kg", price: 900 },
    { sku: "ROD-32", name: "Пруток присадочный алюминиевый ER4043 ф3,2 мм", unit: "kg", price: 900 },
    { sku: "DRL-40-10", name: "Сверло по металлу HSS ф4,0 мм (упак. 10 шт)", unit: "pack", price: 650 },
  ],
};
const read = linesOf(shop);

describe("threads and diameters", () => {
  it.each([
    // the thread said alone is the thread with its length; "болты" is the name's word, not the key's "болта"
    ["болты м6 2 упаковки", ["BOLT-M6:2"]],
    ["болты M8 одну упаковку", ["BOLT-M8:1"]],
    // "ф3,2 мм" in a name is a diameter, said bare, and never the amount
    ["пруток 4043 3.2 пол кило", ["ROD-32:0.5"]],
    // guards: passed before as well
    ["пруток алюминиевый 3.2 полтора кг", ["ROD-32:1.5"]],
    ["сверла 3.5 пять штук", ["DRL-35:5"]],
    ["ключ для болта м6", ["KEY-M6:1"]],
    ["сверло 4 мм 3 шт", ["DRL-40:3"]],
  ])("%s → %s", (text, lines) => {
    expect(read(text)).toEqual(lines);
  });
});

// gauntlets sold by the pair, plain and lined
const gloves: Catalog = {
  currency: "RUB",
  products: [
    { sku: "GLV-5", name: "Краги спилковые пятипалые (пара)", aliases: ["краги пятипалые"], unit: "pcs", price: 300 },
    { sku: "GLV-5-LIN", name: "Краги спилковые пятипалые с подкладкой (пара)", unit: "pcs", price: 420 },
  ],
};
const readGloves = linesOf(gloves);

describe("goods sold by the pair", () => {
  it.each([
    // what the item is without varies nothing; "пару пар" is two pairs
    ["краги пятипалые без подкладки пару пар", ["GLV-5:2"]],
    ["краги пятипалые пару штук", ["GLV-5:2"]],
    // guards: passed before as well
    ["краги пятипалые пару", ["GLV-5:1"]],
    ["краги пятипалые с подкладкой 3 пары", ["GLV-5-LIN:3"]],
  ])("%s → %s", (text, lines) => {
    expect(readGloves(text)).toEqual(lines);
  });
});

// sizes said as a numeral noun ("двойка", "восьмерка"), and "десяток" that stays ten of ("десятка" and
// "десятки" stay tens as well: "півтора десятка", "два десятки")
const numerals: Catalog = {
  currency: "RUB",
  products: [
    { sku: "TRW-6", name: "Шпатель зубчатый 250 мм, зуб 6x6 мм", unit: "pcs", price: 200 },
    { sku: "TRW-8", name: "Шпатель зубчатый 250 мм, зуб 8x8 мм", unit: "pcs", price: 210 },
    { sku: "TRW-10", name: "Шпатель зубчатый 250 мм, зуб 10x10 мм", unit: "pcs", price: 220 },
    { sku: "SPC-2", name: "Крестики для плитки 2 мм (100 шт)", unit: "pack", price: 60 },
    { sku: "SPC-3", name: "Крестики для плитки 3 мм (100 шт)", unit: "pack", price: 60 },
    { sku: "ELC-3", name: "Электроды УОНИ 13/55 3 мм, 5 кг", unit: "pack", price: 1500 },
    { sku: "ELC-4", name: "Электроды УОНИ 13/55 4 мм, 5 кг", unit: "pack", price: 1500 },
    { sku: "EGG", name: "Яйцо куриное С1", unit: "pcs", price: 12 },
    { sku: "CRN-AL", name: "Уголок алюминиевый наружный 10 мм, 2,5 м", unit: "pcs", price: 250 },
    { sku: "CRN-PVC", name: "Уголок ПВХ наружный 10 мм, 2,5 м", unit: "pcs", price: 90 },
  ],
};
const readNumerals = linesOf(numerals);

describe("sizes said as numeral nouns", () => {
  it.each([
    ["шпатель зубчатый восьмерка 2 шт, десятку 1", ["TRW-10:1", "TRW-8:2"]],
    ["крестики двойку 5 пачек", ["SPC-2:5"]],
    ["тройка уони 2 пачки", ["ELC-3:2"]],
    // the trade's words in English against a Russian catalog
    ["a dozen 10mm alu corners", ["CRN-AL:12"]],
    ["an 8mm notched trowel x2", ["TRW-8:2"]],
    // guards: passed before as well
    ["шпатель зубчатый шестерка", ["TRW-6:1"]],
    ["десяток яиц", ["EGG:10"]],
    ["электроды уони 4 мм 3 пачки", ["ELC-4:3"]],
  ])("%s → %s", (text, lines) => {
    expect(readNumerals(text)).toEqual(lines);
  });
});

// a series code written with a space whose letters are also a unit ("CM" is centimetres)
const series: Catalog = {
  currency: "RUB",
  products: [
    { sku: "CM11", name: "Клей для плитки Fixit CM 11 25 кг", unit: "pcs", price: 450 },
    { sku: "CM17", name: "Клей для плитки эластичный Fixit CM 17 25 кг", unit: "pcs", price: 900 },
    { sku: "X11", name: "Клей для плитки Tilo X11 серый 25 кг", unit: "pcs", price: 500 },
  ],
};
const readSeries = linesOf(series);

describe("series codes written with a space", () => {
  it.each([
    ["CM 17 25кг — 20 меш.", ["CM17:20"]],
    // guards: passed before as well
    ["250 кг клея CM 11", ["CM11:10"]],
    ["клей X11 5 мешков", ["X11:5"]],
  ])("%s → %s", (text, lines) => {
    expect(readSeries(text)).toEqual(lines);
  });
});

// wheel bolts by thread, pitch and length, nuts by thread, pitch and spanner
const fasteners: Catalog = {
  currency: "UAH",
  products: [
    { sku: "BLT-12-28", name: "Болт колісний M12x1.5x28 конус, ключ 17", unit: "pcs", price: 35 },
    {
      sku: "BLT-14-28",
      name: "Болт колісний M14x1.5x28 сфера, ключ 17",
      aliases: ["болт м14 фольц"],
      unit: "pcs",
      price: 45,
    },
    { sku: "BLT-14-40", name: "Болт колісний M14x1.5x40 сфера, ключ 17 (під литий диск)", unit: "pcs", price: 55 },
    { sku: "NUT-12-19", name: "Гайка колісна M12x1.5 конус, ключ 19", unit: "pcs", price: 28 },
    { sku: "NUT-12-21", name: "Гайка колісна M12x1.5 конус, ключ 21", unit: "pcs", price: 30 },
    { sku: "NUT-12-19-20", name: "Гайки колісні M12x1.5 конус, ключ 19, комплект 20 шт", unit: "set", price: 780 },
  ],
};
const readFasteners = linesOf(fasteners);

describe("threads with pitch and length", () => {
  it.each([
    // "M12x1.5x28" is the thread with its pitch: bolts said by thread and pitch are the bolts, not the nuts
    ["болти M12x1.5 конус довжина 28 — 40 шт", ["BLT-12-28:40"]],
    // "М14 на 40" is the thread with its length
    ["2 болта М14 на 40", ["BLT-14-40:2"]],
    // "под ключ" is what the nut is for: no word of its own, so the spanner size stays with the nuts
    ["Гайки М12х1.5 под ключ 21 — 20 шт", ["NUT-12-21:20"]],
    // "нет, 16 хватит", "16 is enough": how many will do takes back the amount before it
    ["Гайки ключ 21 — 20 шт, нет, 16 хватит", ["NUT-12-21:16"]],
    ["nuts M12x1.5 21 - 20 pcs, sorry, 16 is enough", ["NUT-12-21:16"]],
    ["гайки ключ 21 — 20 шт, ні, 16 вистачить", ["NUT-12-21:16"]],
    // guards: passed before as well
    ["Гайки М12х1.5 під ключ 21 — 20 шт", ["NUT-12-21:20"]],
    ["болт M14x1.5x28 8 шт", ["BLT-14-28:8"]],
  ])("%s → %s", (text, lines) => {
    expect(readFasteners(text)).toEqual(lines);
  });
});

// an invented electrician's counter: ties by length and width, plugs by category
const counter: Catalog = {
  currency: "USD",
  products: [
    { sku: "TIE-100", name: "Cable ties nylon 100 x 2.5 mm, black, pack of 100", unit: "pack", price: 2 },
    { sku: "TIE-200", name: "Cable ties nylon 200 x 3.6 mm, black, pack of 100", unit: "pack", price: 4 },
    { sku: "TIE-300", name: "Cable ties nylon 300 x 4.8 mm, black, pack of 100", unit: "pack", price: 7 },
    { sku: "PLUG-5E", name: "RJ45 plug Cat5e UTP, pack of 100", unit: "pack", price: 9 },
    { sku: "PLUG-6", name: "RJ45 plug Cat6 UTP, pack of 100", unit: "pack", price: 14 },
  ],
};

describe("both sides of a size and codes typed in Cyrillic", () => {
  const lines = linesOf(counter);
  it.each([
    // "200 x 3.6 mm": the unit after the second side is the first side's too
    ["cable ties 200mm black 5 packs", ["TIE-200:5"]],
    ["стяжки 300 мм черные 5 пачек", ["TIE-300:5"]],
    // "кат6": a Cyrillic "к" for the Latin "c"
    ["коннекторы rj45 кат6 2 пачки", ["PLUG-6:2"]],
  ])("%s", (text, want) => {
    expect(lines(text)).toEqual(want);
  });

  // guards: passed before as well
  it.each([["коннекторы rj45 кат.5е 3 пачки", ["PLUG-5E:3"]]])("%s", (text, want) => {
    expect(lines(text)).toEqual(want);
  });
});

// an invented rigging and printer-parts counter: rope and belt by the metre, a pulley by the piece
const rigging: Catalog = {
  currency: "UAH",
  products: [
    { sku: "ROPE-10", name: "Канат поліамідний Ø10 мм (метр)", unit: "m", price: 25 },
    { sku: "ROPE-12", name: "Канат поліамідний Ø12 мм (метр)", unit: "m", price: 32 },
    { sku: "BELT-6", name: "GT2 timing belt 6 mm wide, open, sold per metre", unit: "m", price: 60 },
    { sku: "PULLEY", name: "GT2 pulley 20 teeth, 5 mm bore, for 6 mm belt", unit: "pcs", price: 80 },
  ],
};

describe("a few millimetres of goods sold by the metre", () => {
  const lines = linesOf(rigging);
  it.each([
    // "12мм" of rope sold by the metre is its diameter, never 0.012 m of it
    ["канату 12мм 50 метрів", ["ROPE-12:50"]],
    ["канат 12 мм пів сотні метрів", ["ROPE-12:50"]],
    ["канат 10мм", ["ROPE-10:1"]],
    // a belt said with a code is no pulley "for … belt"; "3 м" never counts a pulley's 5 mm bore
    ["ремень GT2 6 мм 3 м", ["BELT-6:3"]],
    ["GT2 belt 6 mm x 4 m", ["BELT-6:4"]],
  ])("%s", (text, want) => {
    expect(lines(text)).toEqual(want);
  });

  // guards: passed before as well
  it.each([
    ["GT2 pulley for 6 mm belt x2", ["PULLEY:2"]],
    ["шків GT2 20 зубів 4 шт", ["PULLEY:4"]],
  ])("%s", (text, want) => {
    expect(lines(text)).toEqual(want);
  });
});

// an invented tractor-hydraulics counter: cylinders by bore/rod and stroke, their seal kits by bore/rod,
// valves and pumps by series, grout whose series one alias writes joined
const tractor: Catalog = {
  currency: "RUB",
  products: [
    {
      sku: "CYL-50-200",
      name: "Гидроцилиндр ЦГ-50.30х200 (поршень 50 / шток 30, ход 200 мм)",
      unit: "pcs",
      price: 9000,
    },
    {
      sku: "CYL-50-320",
      name: "Гидроцилиндр ЦГ-50.30х320 (поршень 50 / шток 30, ход 320 мм)",
      unit: "pcs",
      price: 9900,
    },
    {
      sku: "CYL-70-320",
      name: "Гидроцилиндр ЦГ-70.35х320 (поршень 70 / шток 35, ход 320 мм)",
      unit: "pcs",
      price: 14000,
    },
    { sku: "KIT-50", name: "Ремкомплект гидроцилиндра 50/30 (манжеты, кольца)", unit: "set", price: 800 },
    { sku: "KIT-70", name: "Ремкомплект гидроцилиндра 70/35 (манжеты, кольца)", unit: "set", price: 950 },
    { sku: "VLV-R75-2", name: "Гидрораспределитель Р75-4/2-111 (2 секции)", unit: "pcs", price: 21000 },
    {
      sku: "VLV-R75-3",
      name: "Гидрораспределитель Р75-4/3-111 (3 секции)",
      aliases: ["р75 3 секции"],
      unit: "pcs",
      price: 26000,
    },
    { sku: "PMP-NS16", name: "Насос шестеренный НШ-16Д-3 правый", unit: "pcs", price: 6000 },
    { sku: "PMP-NS40", name: "Насос шестеренный НШ-40Д-3 правый", unit: "pcs", price: 9000 },
    { sku: "GRT-GR-05", name: "Затирка Fugo FG 50 серая 2 кг", aliases: ["фг50 серая"], unit: "pcs", price: 400 },
    { sku: "GRT-GR-09", name: "Затирка Fugo FG 50 антрацит 2 кг", unit: "pcs", price: 400 },
    { sku: "CRS-2", name: "Крестики для плитки 2 мм (100 шт)", unit: "pack", price: 60 },
  ],
};

describe("series and kits told by the sizes their codes spell", () => {
  const lines = linesOf(tractor);
  it.each([
    // "50/30" is the cylinder's bore and rod, not the code of the seal kit for such cylinders
    ["Гидроцилиндр 50/30 ход 320 — 2 шт.", ["CYL-50-320:2"]],
    ["гидроцилиндр 70/35 ход 320 один", ["CYL-70-320:1"]],
    // the series before a variant's dash, said alone, with the variant told by the words
    ["распределитель Р75 на 2 секции — 1 шт", ["VLV-R75-2:1"]],
    ["Насос НШ-40 правий 1 шт", ["PMP-NS40:1"]],
    ["насос нш 40 правый", ["PMP-NS40:1"]],
    ["нш 40 правый 1шт", ["PMP-NS40:1"]],
    // a series one alias writes joined is every name's that writes it apart; the next goods stay apart
    ["затирка фг50 антрацит 4кг крестики 2мм 300шт", ["CRS-2:3", "GRT-GR-09:2"]],
  ])("%s", (text, want) => {
    expect(lines(text)).toEqual(want);
  });

  // guards: passed before as well
  it.each([
    ["Ремкомплект на 50/30 — 4 компл.", ["KIT-50:4"]],
    ["ремкомплект гидроцилиндра 70/35 2 шт", ["KIT-70:2"]],
    ["фг50 серая 3 шт", ["GRT-GR-05:3"]],
    ["насос нш 16 правый 2 шт", ["PMP-NS16:2"]],
  ])("%s", (text, want) => {
    expect(lines(text)).toEqual(want);
  });
});
