import { describe, expect, it } from "vitest";
import { createCatalogIndex, parseMessage } from "../../core/parse/index.js";
import type { Catalog } from "../../core/types.js";

// an invented grocery with oil in cans, read on Wednesday 2026-05-06
const shop: Catalog = {
  currency: "UAH",
  products: [
    { sku: "T-GRN", name: "Чай зелений 100 г", aliases: ["green tea"], unit: "pcs", price: 120 },
    { sku: "T-BLK", name: "Чай чорний 100 г", aliases: ["black tea"], unit: "pcs", price: 110 },
    { sku: "OIL-4", name: "Олія соняшникова 4 л", unit: "l", price: 60 },
    { sku: "INV-12", name: "Deye SUN-12K-SG04LP3 hybrid inverter", unit: "pcs", price: 2400 },
  ],
};
const index = createCatalogIndex(shop);
const read = (text: string) => parseMessage({ text, receivedAt: "2026-05-06T17:00:00+03:00" }, index);

describe("the delivery day", () => {
  it.each([
    // the dative of the weekday
    ["Чай зелений 2 шт, к среде успеете?", "2026-05-13"],
    ["Чай чорний 2 шт. Завтра зможете?", "2026-05-07"],
    ["чай зелений 2 шт. Сегодня после 15 сможете?", "2026-05-06"],
    // "в четверках" is the four-litre can, not Thursday
    ["олії 8 літрів в четверках, в понеділок", "2026-05-11"],
    // the week after this one, not the next such day
    ["Чай зелений 2 шт, доставка на следующей неделе в пятницу", "2026-05-15"],
    ["2 green tea, delivery next week on friday", "2026-05-15"],
    ["green tea x2, deliver next day please", "2026-05-07"],
    // "next week" said after the day
    ["2 green tea, delivery thursday next week", "2026-05-14"],
    ["Чай чорний 2 шт, доставка в четвер наступного тижня", "2026-05-14"],
    // a short weekday with a delivery word after it
    ["a couple of green tea. wed delivery", "2026-05-13"],
    // a day the delivery is for wins over the day of the event
    ["black tea 2 pcs for our party on saturday, deliver friday morning pls", "2026-05-08"],
    ["2 green tea, party on sat so need it fri latest", "2026-05-08"],
    // a day ruled out
    ["Чай зелений 2 шт. Тільки не в суботу, краще в понеділок", "2026-05-11"],
    // a short English day standing alone
    ["2 green tea and 1 black tea. same address as always. sat 🙏", "2026-05-09"],
    ["2 green tea. Saturday?", "2026-05-09"],
    // guards: passed before as well
    ["2 green tea, I sat down to write this", null],
    ["Чай чорний 1 шт, в четвер", "2026-05-07"],
  ])("%s → %s", (text, date) => {
    expect(read(text).deliveryDate).toBe(date);
  });

  it.each([
    "Чай зелений 2 шт, заеду в пятницу сам",
    "2 black tea, I'll swing by friday to grab them",
    "2 black tea, will pick it all up myself on friday",
    "Чай чорний 2 шт. Забираю в четвер сам",
  ])("a day the customer comes for the goods is no delivery day: %s", (text) => {
    const parsed = read(text);
    expect(parsed.isOrder).toBe(true);
    expect(parsed.deliveryDate).toBeNull();
  });

  it.each([
    ["2 green tea, deliver to 5 Oak Street, flat 3 on the 12th", "5 Oak Street, flat 3", "2026-05-12"],
    ["Чай чорний 2 шт, доставка: Київ, вул. Січова 4, к 12.05", "Київ, вул. Січова 4", "2026-05-12"],
  ])("a day after the address ends it: %s", (text, address, date) => {
    const parsed = read(text);
    expect(parsed.address).toBe(address);
    expect(parsed.deliveryDate).toBe(date);
  });

  it.each(["thanks guys, got the delivery today, all good 👍", "Дякуємо, сьогодні отримали, все добре"])(
    "a day of goods already come is no delivery day: %s",
    (text) => {
      expect(read(text).deliveryDate).toBeNull();
    },
  );

  it("a model named like a weekday is no day: Deye SUN-12K", () => {
    const parsed = read("Deye SUN-12K-SG04LP3 – 2 шт");
    expect(parsed.items).toMatchObject([{ sku: "INV-12", qty: 2 }]);
    expect(parsed.deliveryDate).toBeNull();
  });

  it("the date of an earlier delivery in a claim is no delivery day", () => {
    const parsed = read("В поставке от 04.05 чай зеленый 10 шт был сырой, просим замену");
    expect(parsed.deliveryDate).toBeNull();
  });

  it.each([
    // a weekday with its date right after it: the date (a Friday), not the nearer Friday
    ["green tea x2, delivery by Friday 15.05 at the latest please", "2026-05-15"],
    ["Чай зелений 2 шт, в п'ятницю 15.05", "2026-05-15"],
    // a question of when it can come is about the delivery
    ["2 green tea. Can it come Friday? Gate code 4471.", "2026-05-08"],
  ])("%s", (text, day) => {
    expect(read(text).deliveryDate).toBe(day);
  });

  // guards: passed before as well
  it("a date read day-first that falls on another weekday than the one said: the weekday holds", () => {
    expect(read("green tea x2. Deliver Tue 5/12 pls").deliveryDate).toBe("2026-05-12");
  });

  it("collecting it oneself is no delivery day", () => {
    expect(read("40 kg of green tea. Collecting myself Wed").deliveryDate).toBeNull();
  });
});
