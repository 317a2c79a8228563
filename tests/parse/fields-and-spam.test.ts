import { describe, expect, it } from "vitest";
import { createCatalogIndex, parseMessage } from "../../core/parse/index.js";
import { spamScore } from "../../core/parse/intent.js";
import type { Catalog } from "../../core/types.js";
import { linesOf } from "../support/builders.js";

// an invented tea shop
const shop: Catalog = {
  currency: "UAH",
  products: [
    { sku: "T-GRN", name: "Чай зелений 100 г", unit: "pcs", price: 120 },
    { sku: "T-BLK", name: "Чай чорний 100 г", unit: "pcs", price: 110 },
    { sku: "SUG", name: "Цукор тростинний", unit: "kg", price: 90 },
    { sku: "GIFT-4", name: "Gift set: чай 4 смаки в коробці", unit: "pcs", price: 480 },
    { sku: "DATE-DN", name: "Фініки Деглет Нур, вагові", unit: "kg", price: 185 },
    { sku: "DATE-MJ", name: "Фініки Меджул, вагові", unit: "kg", price: 640 },
  ],
};
const index = createCatalogIndex(shop);
const read = (text: string) => parseMessage({ text, receivedAt: "2026-05-06T17:00:00+03:00" }, index);

describe("fields around an order", () => {
  it.each([
    ["Best, Olga Stone / +380 67 111 22 33", "Olga Stone"],
    ["З повагою, Ірина", "Ірина"],
  ])("a closing with a name on one line: %s", (tail, name) => {
    expect(read(`2 чаю зеленого.\n${tail}`).name).toBe(name);
  });

  it.each(["Самовивіз", "Заберу"])("'%s' on its own line is not a name", (word) => {
    expect(read(`Чай чорний 2 шт\n${word}`).name).toBeNull();
  });

  it.each([
    [
      "2 green tea.\nKevin Zhou\nGenentech Hall N412, 600 16th St, San Francisco CA 94158",
      "600 16th St, San Francisco CA 94158",
    ],
    // guards: passed before as well
    [
      "Green tea 2 pcs. Deliver to 1 Brookings Dr, Campus Box 8231, St. Louis, MO 63110",
      "1 Brookings Dr, Campus Box 8231, St. Louis, MO 63110",
    ],
  ])("a numbered street ('600 16th St') is a street: %s", (text, address) => {
    expect(read(text).address).toBe(address);
  });

  it.each([
    // a glued "str." and the postcode and town after the house number
    [
      "Green tea 2 pcs. Delivery on Wednesday please to Wellness Oase, Hauptstr. 4, 8010 Graz.",
      "Wellness Oase, Hauptstr. 4, 8010 Graz",
    ],
    [
      "Green tea 2 pcs. Deliver to: Saunawelt Müller KG, Industriestr. 8, 90402 Nürnberg",
      "Saunawelt Müller KG, Industriestr. 8, 90402 Nürnberg",
    ],
    // a street the trade's word list does not know, known by its postcode and town
    [
      "2 green tea, deliver Thursday to the spa, Hernesaarenranta 4, 00150 Helsinki.",
      "Hernesaarenranta 4, 00150 Helsinki",
    ],
    // the house number before the street's leading word; the name before it signs the message
    ["2 green tea. tomorrow if possible. Sarah, 12 Rue des Lilas, Luxembourg", "12 Rue des Lilas, Luxembourg"],
    // a signature's lines are not one address: the company line above the street stays out
    [
      "2 green tea\n\nCheers,\nJens Möller\nKiez Kneipe GmbH\nWeserstraße 44, 12045 Berlin\nTel. +49 30 6128 4471",
      "Weserstraße 44, 12045 Berlin",
    ],
  ])("a European street with its postcode and town: %s", (text, address) => {
    expect(read(text).address).toBe(address);
  });

  it.each([
    ["Чай зелений 2 шт. Доставка в п'ятницю. Берлин, Зонненаллее 50.", "Берлин, Зонненаллее 50"],
    ["Чай зелений 2 шт. Доставка 5 марта на Бривибас 100, Рига.", "Бривибас 100, Рига"],
    // a town of two words
    ["Чай зеленый 2 шт, доставка в среду. Великие Луки, Гагарина 14. Ольга", "Великие Луки, Гагарина 14"],
    // the delivery word after the place
    ["Чай зеленый 2 шт. Пермь, Сибирская 27, курьером в четверг", "Пермь, Сибирская 27"],
    // a flat or a block after the house says a home, with no delivery word
    ["Чай зеленый 2 шт. К вечеру, Спб, Ленская 8-41. +79110002233", "Спб, Ленская 8-41"],
    ["Чай зеленый 2 шт. Мск, Вавилова 53к3", "Мск, Вавилова 53к3"],
  ])("a town and a street with no street word, where the goods go: %s", (text, address) => {
    expect(read(text).address).toBe(address);
  });

  it.each([
    ["Чай зеленый 2 шт. в среду к обеду можно? Гагарина 24/8 кв 33", "Гагарина 24/8 кв 33"],
    ["Чай зеленый 2 шт, доставка на 9 Мая 12 п3 кв 40\n+7 (922) 000-11-22", "9 Мая 12 п3 кв 40"],
    ["Чай зеленый 2 шт. Маркса и Энгельса 7, кв 2. 8(900)2000000", "Маркса и Энгельса 7, кв 2"],
    ["Чай зелений 2 шт. Доставка на завтра, Шевченка 44 під'їзд 3 кв 12.", "Шевченка 44 під'їзд 3 кв 12"],
    ["Чай зеленый 2 шт. Офис на Ленина 22, 4 этаж. Дмитрий", "Ленина 22, 4 этаж"],
    ["Чай зеленый 2 шт, спасибо 🙂 Академика Павлова 14-2-88", "Академика Павлова 14-2-88"],
    // the hour said before it is no part of the street ("к 20 00")
    ["Чай зеленый 2 шт к 20 00 Белинского 86 кв 45 эт 9", "Белинского 86 кв 45 эт 9"],
  ])("a street's name with no street word, its house and its flat, entrance or floor: %s", (text, address) => {
    expect(read(text).address).toBe(address);
  });

  it("'Co.' of an Irish county ends no address", () => {
    expect(read("2 green tea. Deliver to Mill Lane 4, Naas, Co. Kildare W91 K7P2. Thanks").address).toBe(
      "Mill Lane 4, Naas, Co. Kildare W91 K7P2",
    );
  });

  it("an emoji after the address is no part of it", () => {
    expect(read("Чай зеленый 2 шт. Доставка в пятницу, Одесса, ул. Дерибасовская 10 офис 4 😊👍🏻").address).toBe(
      "Одесса, ул. Дерибасовская 10 офис 4",
    );
  });

  // guards: passed before as well
  it.each(["Чай зеленый 2 шт. Москва, Сергей 8-916-000-11-22", "Чай зеленый 2 шт. Пермь, Сибирская 27"])(
    "no address without a delivery word or a flat: %s",
    (text) => {
      expect(read(text).address).toBeNull();
    },
  );

  // guards: passed before as well
  it("a name before a phone is no street", () => {
    expect(read("Чай зелений 2 шт, привеземо в четвер. ТОВ Гараж-Сервіс, Андрій 8 999 010-20-30").address).toBeNull();
  });

  it("'Доставка:' leads the place, after the day said first, which stays the delivery date", () => {
    const r = read("Чай зелений 2 шт.\nДоставка: 12.05.2026, Košice, Hlavná 33 (склад).");
    expect(r.address).toBe("Košice, Hlavná 33 (склад)");
    expect(r.deliveryDate).toBe("2026-05-12");
  });

  // guards: passed before as well
  it.each([
    ["Чай зелений 2 шт. Доставка: завтра до обіду", null],
    ["Чай зелений 2 шт. Доставка: Полтавська обл., с. Степове, вул. Шевченка 1", "с. Степове, вул. Шевченка 1"],
  ])("'Доставка:' with no place, or cut before its number, leaves the address to the street: %s", (text, address) => {
    expect(read(text).address).toBe(address);
  });

  it.each([
    // "as always" is the same address as before, not an address
    "2 green tea, address as always. wed",
    // "Ред бул:" heads a list; "бул" before a colon is no boulevard
    "Напої:\nРед бул: звичайний 3 ящ, без цукру 1 ящ",
  ])("no address: %s", (text) => {
    expect(read(text).address).toBeNull();
  });

  it("'Pkwy' is a street", () => {
    expect(read("2 green tea. Acme Foods QC, 18 Industrial Pkwy, dock 2").address).toContain("18 Industrial Pkwy");
  });

  it("'Dr' before a comma is a street, in a signature too", () => {
    const text = "2 green tea.\nOlga Smirnova\nDepartment of Biochemistry, 1 Brookings Dr, St. Louis, MO 63110";
    expect(read(text).address).toContain("1 Brookings Dr, St. Louis, MO 63110");
  });

  it("surzhyk 'послєзавтра' is the day after tomorrow", () => {
    expect(read("Чай зелений 1 шт, привезіть послєзавтра").deliveryDate).toBe("2026-05-08");
  });

  it("a good of two kinds said in another form, with an amount, is an unknown item of an order", () => {
    const r = read("і ще 1 кг фініків");
    expect(r.isOrder).toBe(true);
    expect(r.items).toEqual([]);
    expect(r.unknownItems).toMatchObject([{ text: "фініків", qty: 1 }]);
  });

  it("'3 кіла' is three kilograms", () => {
    expect(read("цукор тростинний 3 кіла").items).toMatchObject([{ sku: "SUG", qty: 3 }]);
  });

  it.each([
    // a farmstead ("х."), a Cossack village ("ст.") and a garden plot ("уч. 57") keep their abbreviations
    ["Чай зелений 2 шт. Привезіть завтра, х. Весёлый ул Лесная 4", "х. Весёлый ул Лесная 4"],
    ["Чай зелений 2 шт. Доставка в четвер на склад ст. Брюховецкая, ул. Красная 12", "ст. Брюховецкая, ул. Красная 12"],
    ["Чай зелений 2 шт. Доставка в суботу СНТ Берёзка уч. 57, Олена 067 123 45 67", "СНТ Берёзка уч. 57"],
    // the city said before the carrier's branch
    ["Чай зелений 2 шт (без цукру) Тернопіль НП 7, 098 765 43 21 Іван", "Тернопіль НП 7"],
  ])("a rural place keeps its abbreviations: %s", (text, address) => {
    expect(read(text).address).toBe(address);
  });

  it("a line pasted from a chat, with its time stamp and sender, is quoted: its date is no delivery date", () => {
    const r = read(
      "[04.05 10:12] Чайна лавка: Ваше замовлення: чай чорний 2 шт, відправлено\nЩе треба чай зелений 3 шт",
    );
    expect(r.deliveryDate).toBeNull();
    expect(r.items).toMatchObject([{ sku: "T-GRN", qty: 3 }]);
    expect(r.unknownItems).toEqual([]);
  });

  // guards: passed before as well
  it("the word that sends is no city before the carrier", () => {
    expect(read("Чай зелений 2 шт. Відправка НП Полтава відділення 3").address).toBe("НП Полтава відділення 3");
  });

  // guards: passed before as well
  it("a chat pasted alone is the order", () => {
    const r = read("[06.05.26, 10:12:33] Olena: чай зелений 3 шт");
    expect(r.items).toMatchObject([{ sku: "T-GRN", qty: 3 }]);
  });

  it("'X не везите' takes the variant named back", () => {
    expect(read("Чай чорний 2 шт. Зелений не везіть, минулого разу переплутали").items).toMatchObject([
      { sku: "T-BLK", qty: 2 },
    ]);
  });
});

describe("offers of services are spam, not orders", () => {
  it.each([
    "Розкрутка каналів! 1000 живих підписників за 199 грн. Пишіть @promo_ua",
    "Продаємо бази клієнтів вашої ніші, 5000 контактів, пишіть @leads_ua",
    "Налаштуємо таргетовану рекламу вашого магазину. Перші 100 заявок — безкоштовно. Відповідайте на цей лист.",
    "We set up targeted ads for your shop: the first 50 leads are free. Reply to this email.",
    // a maker's price list with its smallest lot
    "Вітаю! Ми виробник чаю та цукру, надсилаємо прайс на березень. Мінімалка 300 кг, відправка Укрпоштою.",
    // a prize draw, though "gift" names a product
    "Congratulations!!! Your number won a $1000 gift card 🎁 claim here: gift-claim.example/xyz",
    // search-engine promotion, though "30" and "shop" could name goods
    "Dear owner, we will bring your tea shop website to the TOP of Google in 30 days. Guaranteed! Reply to get a free audit.",
    // a seller naming the shop's own goods, straight from the works and below the market
    "Поставим чай зеленый и черный, сахар тростниковый напрямую с завода, цены ниже рынка на 20%! Пишите @tea_opt",
    // money to a wallet through a link
    "🎁 Получи 500 USDT на кошелек! Только сегодня, переходи по ссылке t.me/bonus_drop",
    // a factory writing of itself, with its lot, its terms and a catalog on request
    "Здравствуйте! Мы фабрика чая из Китая. Чай зеленый и черный, MOQ 300 кг, цены от 1,10 USD FOB. Каталог по запросу.",
  ])("%s", (text) => {
    expect(read(text).isOrder).toBe(false);
  });
});

// an invented paint shop: one generic word must not force its product on a kind the shop lacks
describe("a generic word next to an unknown one stays unknown", () => {
  const paint: Catalog = {
    currency: "UAH",
    products: [
      { sku: "MSK-30", name: "Скотч малярний 30 мм", unit: "pcs", price: 60 },
      { sku: "BRUSH-50", name: "Пензель плаский 50 мм", unit: "pcs", price: 80 },
    ],
  };
  const pIndex = createCatalogIndex(paint);
  const readPaint = (text: string) => parseMessage({ text, receivedAt: "2026-05-06T17:00:00+03:00" }, pIndex);

  it("'стрічка армувальна' is not masking tape", () => {
    const r = readPaint("Стрічка армувальна 2 шт");
    expect(r.items).toEqual([]);
    expect(r.unknownItems.map((u) => u.text).join(" ")).toContain("армувальна");
  });

  it("the generic word alone still names the product", () => {
    expect(readPaint("стрічка малярна 30 мм 2 шт").items).toMatchObject([{ sku: "MSK-30", qty: 2 }]);
  });
});

describe("a seller's price per piece is a sign of an offer", () => {
  it.each([
    ["green tea from our factory, EUR 0.06/pc", 2],
    ["чай оптом, 0,5 $/шт", 1],
    ["чай зелений 2 pcs", 0],
  ])("%s", (text, signs) => {
    expect(spamScore(text)).toBe(signs);
  });
});

// an invented tea-ware shop writing Ukrainian, read in Russian and English
describe("words of another language: silver, sticks, a window", () => {
  const ware: Catalog = {
    currency: "UAH",
    products: [
      { sku: "TIN-BLK", name: "Банка жерстяна для чаю порожня 100 г, чорна", unit: "pcs", price: 60 },
      { sku: "TIN-SLV", name: "Банка жерстяна для чаю порожня 100 г, срібна", unit: "pcs", price: 60 },
      { sku: "CIN-STK", name: "Кориця цейлонська палички, 50 г", unit: "pcs", price: 70 },
      { sku: "CIN-GRD", name: "Кориця мелена, 50 г", unit: "pcs", price: 40 },
      { sku: "BAG", name: "Пакети крафт із зіп-застібкою на 250 г, 100 шт", unit: "pack", price: 300 },
      { sku: "BAG-WIN", name: "Пакети крафт з віконцем і зіп-застібкою на 250 г, 100 шт", unit: "pack", price: 340 },
    ],
  };
  const readWare = linesOf(ware);

  it.each([
    ["банки жестяные пустые 100 г черные 50 шт и серебристые 30", ["TIN-BLK:50", "TIN-SLV:30"]],
    ["ceylon cinnamon sticks 6 packs", ["CIN-STK:6"]],
    ["пакеты крафт с окошком 2 пачки", ["BAG-WIN:2"]],
    // guards: passed before as well
    ["кориця мелена 3 шт", ["CIN-GRD:3"]],
  ])("%s → %s", (text, lines) => {
    expect(readWare(text)).toEqual(lines);
  });
});
