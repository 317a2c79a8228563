import { describe, expect, it } from "vitest";
import { createCatalogIndex, parseMessage, regionForCurrency } from "../../core/parse/index.js";
import type { Catalog } from "../../core/types.js";

// a small hardware-and-garden shop, written for these tests
const catalog: Catalog = {
  currency: "RUB",
  products: [
    { sku: "SEED-TOM", name: "Семена томата Бычье сердце", aliases: ["томаты бычье сердце"], unit: "pack", price: 60 },
    { sku: "SOIL-50", name: "Грунт универсальный 50 л", aliases: ["грунт"], unit: "pcs", price: 390 },
    { sku: "SOIL-10", name: "Грунт универсальный 10 л", unit: "pcs", price: 120 },
    { sku: "HOSE-20", name: "Шланг поливочный 3/4 20 м", aliases: ["шланг"], unit: "pcs", price: 1450 },
    { sku: "GLOVE-L", name: "Перчатки садовые L", aliases: ["перчатки"], unit: "pcs", price: 150 },
    { sku: "FERT-KG", name: "Удобрение азофоска, на развес", aliases: ["азофоска"], unit: "kg", price: 140 },
    { sku: "BOLT-M8", name: "Болт DIN 933 M8x40, упаковка 50 шт", aliases: ["болт м8"], unit: "pack", price: 320 },
    { sku: "LAMP-E27", name: "Лампа светодиодная E27 10 Вт", aliases: ["лампочка"], unit: "pcs", price: 110 },
    { sku: "POT-RND-3", name: "Горшок круглый 3 л", unit: "pcs", price: 90 },
    { sku: "POT-RND-5", name: "Горшок круглый 5 л", unit: "pcs", price: 130 },
  ],
};
const index = createCatalogIndex(catalog);
const at = "2026-03-04T10:00:00+03:00"; // a Wednesday
const parse = (text: string, extra: { subject?: string; headers?: Record<string, string>; receivedAt?: string } = {}) =>
  parseMessage({ text, receivedAt: extra.receivedAt ?? at, subject: extra.subject, headers: extra.headers }, index);
const lines = (text: string) =>
  parse(text)
    .items.map((l) => `${l.sku}:${l.qty}`)
    .sort();

describe("items and quantities", () => {
  it.each([
    ["грунт 50 л две штуки и шланг", ["HOSE-20:1", "SOIL-50:2"]],
    ["грунта на 10 литров 3 мешка", ["SOIL-10:3"]],
    ["полтора кило азофоски", ["FERT-KG:1.5"]],
    ["азофоска грамм 500", ["FERT-KG:0.5"]],
    ["болты м8 200 шт", ["BOLT-M8:4"]],
    ["болт M8x40 — 2 упаковки", ["BOLT-M8:2"]],
    ["лампочки E27 х4, перчатки пару", ["GLOVE-L:2", "LAMP-E27:4"]],
    ["горшок 5 л 3 шт, горшок 3 л 2 шт", ["POT-RND-3:2", "POT-RND-5:3"]],
    ["семена томатов бычье сердце 5 пакетиков", ["SEED-TOM:5"]],
    ["шланг 2 шт. Ой, нет, давайте 1", ["HOSE-20:1"]],
    ["перчатки 2, шланг не надо", ["GLOVE-L:2"]],
    // the catalog is Russian; an English word for the same goods still names it
    ["a couple of gloves", ["GLOVE-L:2"]],
  ])("%s", (text, want) => {
    expect(lines(text)).toEqual(want);
  });

  it("never reads a phone, a house number, a date or a price as an amount", () => {
    const r = parse("Шланг, доставка 12.03 после 18:00, ул. Садовая 15 кв 4, тел 8 912 345 67 89, оплачу 1450 ₽");
    expect(r.items).toEqual([expect.objectContaining({ sku: "HOSE-20", qty: 1 })]);
  });

  it("does not count a quoted earlier order", () => {
    const r = parse("Повторите, только перчатки 3 шт.\n\n> Ваш заказ: шланг 2 шт, грунт 50 л 4 шт");
    expect(lines("Повторите, только перчатки 3 шт.\n\n> Ваш заказ: шланг 2 шт, грунт 50 л 4 шт")).toEqual([
      "GLOVE-L:3",
    ]);
    expect(r.isOrder).toBe(true);
  });

  it("surfaces what is not in the catalog by the customer's words, with suggestions", () => {
    const r = parse("шланг и секатор 2 шт");
    expect(r.items.map((l) => l.sku)).toEqual(["HOSE-20"]);
    expect(r.unknownItems.map((u) => u.text)).toEqual(["секатор"]);
    expect(r.needsReview).toBe(true);
  });
});

describe("contacts, address and dates", () => {
  it("reads phone, address, date and name", () => {
    const r = parse("Грунт 50 л 2 шт. Доставка в пятницу, ул. Садовая 15, кв. 4. 8 (912) 345-67-89 Пётр");
    expect(r.phone).toBe("+79123456789");
    expect(r.address).toBe("ул. Садовая 15, кв. 4");
    expect(r.deliveryDate).toBe("2026-03-06");
    expect(r.name).toBe("Пётр");
  });

  it.each([
    ["завтра", "2026-03-05"],
    ["послезавтра", "2026-03-06"],
    ["в среду", "2026-03-11"],
    ["у понеділок", "2026-03-09"],
    ["on Sunday", "2026-03-08"],
    ["15.03", "2026-03-15"],
    ["27 марта", "2026-03-27"],
    ["March 20", "2026-03-20"],
    ["2 января", "2027-01-02"],
  ])("delivery %s", (when, iso) => {
    expect(parse(`шланг, доставка ${when}`).deliveryDate).toBe(iso);
  });

  it("resolves relative dates in the message's own offset", () => {
    // 23:30 in Moscow is 20:30 UTC: still the 4th where the customer is
    expect(parse("шланг завтра", { receivedAt: "2026-03-04T23:30:00+03:00" }).deliveryDate).toBe("2026-03-05");
    expect(parse("шланг завтра", { receivedAt: "2026-03-04T22:30:00Z" }).deliveryDate).toBe("2026-03-05");
    // without an offset the shop's zone decides: 23:30 UTC is already the 5th in Tokyo
    expect(
      parseMessage({ text: "шланг завтра", receivedAt: "2026-03-04T23:30:00" }, index, { timezone: "Asia/Tokyo" })
        .deliveryDate,
    ).toBe("2026-03-06");
  });

  it("gives no date for pickup and no address for 'the same address'", () => {
    const r = parse("шланг, заберу сам завтра, адрес тот же");
    expect(r.deliveryDate).toBeNull();
    expect(r.address).toBeNull();
  });

  it("takes the customer's email, not the shop's in a forwarded header", () => {
    const r = parse(
      "Шланг 1 шт.\n\nС уважением,\nАнна\nanna@example.org\n\n-----Original Message-----\nFrom: Магазин <shop@garden.example>\nSent: Monday\nSubject: заказ",
    );
    expect(r.email).toBe("anna@example.org");
    expect(r.name).toBe("Анна");
  });

  it("ignores numbers in requisites", () => {
    const r = parse("Грунт 10 л 5 шт\nИНН 7701234567 КПП 770101001\nр/с 40702810900000012345");
    expect(r.phone).toBeNull();
    expect(lines("Грунт 10 л 5 шт\nИНН 7701234567 КПП 770101001")).toEqual(["SOIL-10:5"]);
  });
});

describe("intent", () => {
  it.each([
    ["Здравствуйте!", "greeting"],
    ["Спасибо, всё получили", "thanks"],
    ["Сколько стоит шланг?", "question"],
    ["Адрес: ул. Садовая 15, кв. 4, тел 89123456789", "details"],
    ["🔥 Раскрутка канала! 1000 подписчиков за 990₽, пишите @promo_bot", "spam"],
  ])("%s → %s", (text, intent) => {
    const r = parse(text);
    expect(r.intent).toBe(intent);
    expect(r.isOrder).toBe(false);
    expect(r.items).toEqual([]);
  });

  it("treats auto-replies by header and by wording as non-orders", () => {
    expect(parse("шланг 2 шт", { headers: { "Auto-Submitted": "auto-replied" } }).intent).toBe("auto_reply");
    expect(parse("шланг 2 шт", { headers: { "Auto-Submitted": "no" } }).intent).toBe("order");
    expect(parse("I am out of the office until Monday.").intent).toBe("auto_reply");
    expect(parse("x", { headers: { "Content-Type": "multipart/report; report-type=delivery-status" } }).intent).toBe(
      "auto_reply",
    );
  });

  it("marks separate and additive orders", () => {
    expect(parse("И отдельным заказом: шланг").separateOrder).toBe(true);
    expect(parse("шланг").separateOrder).toBe(false);
    expect(parse("и ещё перчатки").additive).toBe(true);
    expect(parse("перчатки").additive).toBe(false);
  });

  it("asks for review below the threshold, with reasons", () => {
    const r = parseMessage({ text: "шланг и секатор", receivedAt: at }, index, { reviewThreshold: 0.99 });
    expect(r.needsReview).toBe(true);
    expect(r.reviewReasons.length).toBeGreaterThan(0);
  });
});

describe("regions", () => {
  it.each([
    ["RUB", "RU"],
    ["UAH", "UA"],
    ["BYN", "BY"],
    ["KZT", "KZ"],
    ["USD", undefined],
  ])("%s → %s", (cur, region) => {
    expect(regionForCurrency(cur)).toBe(region);
  });
});
