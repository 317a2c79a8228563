import { describe, expect, it } from "vitest";
import { fold } from "../../core/parse/normalize.js";
import type { Catalog } from "../../core/types.js";
import { linesOf } from "../support/builders.js";

// one word per language for a sample of the general retail rows: Russian, Ukrainian, English
const sameConcept: Array<[string, string, string]> = [
  ["цилиндр", "циліндр", "cylinder"],
  ["сопла", "сопло", "nozzles"],
  ["каленые", "загартовані", "hardened"],
  ["смолы", "смола", "resin"],
  ["термисторы", "термістори", "thermistors"],
  ["шкив", "шківи", "pulley"],
  ["силикагеля", "силікагелю", "silica"],
  ["водосмываемой", "водозмивна", "washable"],
  ["нагреватель", "нагрівач", "heater"],
  ["доводчик", "доводчики", "closers"],
  ["хромированная", "хромована", "chrome"],
  ["бронзовые", "бронзові", "bronze"],
  ["пазлы", "пазли", "puzzles"],
  ["медведь", "ведмедик", "teddy"],
  // a bunny is a rabbit: the toy's words never take "rabbit" from the pet food's "кролик"
  ["кролик", "кролика", "rabbit"],
  ["зайка", "зайчик", "bunny"],
  ["погремушки", "брязкальця", "rattles"],
  ["пластилин", "пластилін", "plasticine"],
  ["русалка", "русалка", "mermaid"],
  ["мочевина", "сечовина", "urea"],
  ["селитра", "селітра", "nitrate"],
  ["рус", "русское", "ru"],
  ["украинское", "укр", "ua"],
  ["говядина", "яловичина", "beef"],
  ["трубочки", "трубочки", "straws"],
  ["таблетки", "таблетки", "tabs"],
  ["мешалки", "мішалки", "stirrers"],
  ["фартук", "фартух", "apron"],
  ["безлактозное", "безлактозне", "lactose-free"],
  ["соевое", "соєве", "soy"],
  ["стики", "стіки", "sticks"],
  ["индейка", "індичка", "turkey"],
  ["колбаса", "ковбаса", "sausage"],
  ["ветчина", "шинка", "ham"],
  ["селёдка", "оселедець", "herring"],
  ["сливочное", "вершкове", "butter"],
  ["мука", "борошно", "flour"],
  ["лапша", "локшина", "noodles"],
  ["соль", "сіль", "salt"],
  ["уксус", "оцет", "vinegar"],
  ["горчица", "гірчиця", "mustard"],
  ["варенье", "варення", "jam"],
  ["огурцы", "огірки", "cucumbers"],
  ["чеснок", "часник", "garlic"],
  ["свёкла", "буряк", "beetroot"],
  ["тыква", "гарбуз", "pumpkin"],
  ["фасоль", "квасоля", "beans"],
  ["клубника", "полуниця", "strawberries"],
  ["арбуз", "кавун", "watermelon"],
  ["сок", "сік", "juice"],
  ["свежий", "свіжий", "fresh"],
  ["замороженные", "заморожені", "frozen"],
  ["копчёная", "копчена", "smoked"],
  ["сладкий", "солодкий", "sweet"],
  ["влажный", "вологий", "wet"],
  ["хлопковые", "бавовняні", "cotton"],
  ["деревянная", "дерев'яна", "wooden"],
  ["детский", "дитячий", "kids"],
  ["кошек", "котів", "cats"],
  ["котят", "кошенят", "kittens"],
  ["щенков", "цуценят", "puppies"],
  ["ошейник", "нашийник", "collar"],
  ["поводок", "повідець", "leash"],
  ["наполнитель", "наповнювач", "litter"],
  ["бумага", "папір", "paper"],
  ["карандаш", "олівець", "pencils"],
  ["тетрадь", "зошит", "notebook"],
  ["ножницы", "ножиці", "scissors"],
  ["ластик", "гумка", "eraser"],
  ["листов", "аркушів", "sheets"],
  ["зажим", "затискач", "clamp"],
  ["полотенце", "рушник", "towel"],
  ["рубашка", "сорочка", "shirt"],
  ["носки", "шкарпетки", "socks"],
  ["юбка", "спідниця", "skirt"],
  ["кроссовки", "кросівки", "sneakers"],
  ["сыворотка", "сироватка", "serum"],
  ["подгузники", "підгузки", "diapers"],
  ["дворники", "двірники", "wipers"],
  ["подшипник", "підшипник", "bearing"],
  ["банка", "слоїк", "jar"],
  ["бутылка", "пляшка", "bottle"],
  // diminutives that customers write for goods named plainly in the catalog
  ["молочко", "молочко", "milk"],
  ["яички", "яєчка", "eggs"],
  ["сырок", "сирок", "cheese"],
  ["кружечка", "горнятко", "mug"],
];

// everyday words that spell like a listed one in another language or inflect like one, and must stay plain
const plainWords = [
  "look",
  "list",
  "still",
  "cost",
  "but",
  "sleeve",
  "share",
  "тут",
  "той",
  "код",
  "хоть",
  "какая",
  "часа",
  "плата",
  "зміни",
  "колись",
  "вареники",
  "Саша",
  "Миша",
  "Костя",
  "Рівне",
];

describe("general retail words meet across Russian, Ukrainian and English", () => {
  it.each(sameConcept)("%s / %s / %s", (ru, uk, en) => {
    const key = fold(en);
    expect(key.startsWith("#")).toBe(true);
    expect(fold(ru)).toBe(key);
    expect(fold(uk)).toBe(key);
  });
});

describe("words outside the vocabulary keep their own spelling", () => {
  it.each(plainWords)("%s", (word) => {
    expect(fold(word.toLowerCase()).startsWith("#")).toBe(false);
  });

  it("keeps a word in its own row: Ukrainian 'мішки' are bags", () => {
    expect(fold("мішки")).toBe(fold("bags"));
  });
});

// an invented Ukrainian pet shop and an invented English-named stationery and grocery shop
const pets: Catalog = {
  currency: "UAH",
  products: [
    { sku: "CAT-DRY-BEEF", name: "Сухий корм для котів з яловичиною 2 кг", unit: "pcs", price: 400 },
    { sku: "CAT-WET-CHK", name: "Вологий корм для котів з куркою 85 г", unit: "pcs", price: 30 },
    { sku: "DOG-COLLAR", name: "Нашийник для собак шкіряний", unit: "pcs", price: 250 },
    { sku: "DOG-LEASH", name: "Повідець для собак 5 м", unit: "pcs", price: 300 },
    { sku: "LITTER-10", name: "Наповнювач для котячого туалету 10 л", unit: "pcs", price: 200 },
  ],
};
const shop: Catalog = {
  currency: "RUB",
  products: [
    { sku: "NB-48", name: "Notebook A5 48 sheets", unit: "pcs", price: 60 },
    { sku: "SCI-18", name: "Scissors 18 cm", unit: "pcs", price: 150 },
    { sku: "ERS", name: "Eraser white", unit: "pcs", price: 20 },
    { sku: "PEN-BLUE", name: "Ballpoint pen blue", unit: "pcs", price: 25 },
    { sku: "ENV-C4", name: "Envelopes C4, pack of 50", unit: "pack", price: 300 },
    { sku: "OIL-SUN", name: "Sunflower oil 1 l", unit: "pcs", price: 150 },
    { sku: "FLOUR-2", name: "Wheat flour 2 kg", unit: "pcs", price: 120 },
    { sku: "PZ-1000", name: "Jigsaw puzzle 1000 pcs, city at night", unit: "pcs", price: 12 },
    { sku: "MONO-RU", name: "Monopoly board game – RU edition", unit: "pcs", price: 30 },
    { sku: "MONO-UA", name: "Monopoly board game – UA edition", unit: "pcs", price: 30 },
    { sku: "MONO-EN", name: "Monopoly board game – EN edition", unit: "pcs", price: 30 },
    { sku: "RATTLE-4", name: "Baby rattle set, 4 pcs", unit: "pcs", price: 9 },
  ],
};

describe("an English message orders from a Ukrainian catalog", () => {
  const lines = linesOf(pets);
  it.each([
    ["dry cat food with beef, 2 bags", ["CAT-DRY-BEEF:2"]],
    ["wet food for cats with chicken x6", ["CAT-WET-CHK:6"]],
    ["leather collar for dogs and a leash", ["DOG-COLLAR:1", "DOG-LEASH:1"]],
    ["cat litter 10 l — 3 pcs", ["LITTER-10:3"]],
  ])("%s", (text, want) => {
    expect(lines(text)).toEqual(want);
  });
});

describe("a Russian or Ukrainian message orders from an English catalog", () => {
  const lines = linesOf(shop);
  it.each([
    ["тетрадь 48 листов 10 шт", ["NB-48:10"]],
    ["ножницы 2 шт и ластик 3 шт", ["ERS:3", "SCI-18:2"]],
    ["ручки шариковые синие 5 штук", ["PEN-BLUE:5"]],
    ["конверты 2 пачки", ["ENV-C4:2"]],
    ["мука пшеничная 2 кг 3 пакета", ["FLOUR-2:3"]],
    ["олія соняшникова 2 пляшки", ["OIL-SUN:2"]],
    ["пазлы 1000 деталей 3 шт", ["PZ-1000:3"]],
    ["Монополия рус 2 шт, укр 1", ["MONO-RU:2", "MONO-UA:1"]],
    ["погремушки 5 наборов", ["RATTLE-4:5"]],
  ])("%s", (text, want) => {
    expect(lines(text)).toEqual(want);
  });
});

describe("a fitting is not coal", () => {
  it("'угол' and 'уголок' are never coal", () => {
    // "уголок" is a corner (a tile trim, a bracket) in every language; "угол" stays the elbow's own word
    expect(fold("угол").startsWith("#")).toBe(false);
    expect(fold("уголок")).not.toBe(fold("вугілля"));
    expect(fold("уголок")).toBe(fold("corner"));
  });
});
