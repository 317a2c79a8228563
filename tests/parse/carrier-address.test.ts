import { describe, expect, it } from "vitest";
import { findAddress } from "../../core/parse/address.js";
import { findPhones } from "../../core/parse/contacts.js";

// invented messages naming a carrier's branch instead of a street
describe("a carrier branch is the delivery address", () => {
  it.each([
    ["Надішліть: Нова Пошта №7, Полтава. Дякую", "Нова Пошта №7, Полтава"],
    [
      "Черкаси, Нова Пошта, відділення №3 (вул. Смілянська, 20).",
      "Черкаси, Нова Пошта, відділення №3 (вул. Смілянська, 20)",
    ],
    ["Отправьте завтра, Самара, Новая Почта №41", "Самара, Новая Почта №41"],
    ["Could you ship on Friday? Nova Poshta branch 9, Lviv. 0671112233", "Nova Poshta branch 9, Lviv"],
    ["Доставка Новою Поштою, Рівне, відділення 4. Тел", "Рівне, відділення 4"],
    ["Укрпошта 33001, Рівне", "Укрпошта 33001, Рівне"],
  ])("%s", (text, want) => {
    expect(findAddress(text, []).value).toBe(want);
  });

  it("a label before a colon is not the city", () => {
    expect(findAddress("Адресат: Нова Пошта №2, Ужгород", []).value).toBe("Нова Пошта №2, Ужгород");
  });
});

// invented: the carrier, the city and the branch said in one breath, with no commas
describe("a carrier branch said without commas", () => {
  it.each([
    ["Відправте НП Житомир відд 14, Оксана 067 111 22 33", "НП Житомир відд 14"],
    ["все на нп Рівне 9. Дякую", "нп Рівне 9"],
    ["Новая почта Ужгород 31, Сергей 095 111 22 33", "Новая почта Ужгород 31"],
    ["Отправка НП Кривой Рог №6", "НП Кривой Рог №6"],
    ["Новой Почтой Сумы отд. 4, оплата наложкой", "Новой Почтой Сумы отд. 4"],
    ["НП Ковель 2 відд", "НП Ковель 2 відд"],
    ["Нова пошта Луцьк відділення 17", "Нова пошта Луцьк відділення 17"],
    ["відправка в Мукачево відд 5", "Мукачево відд 5"],
    ["Дрогобич 11 відділення, Ігор +380 67 000 11 22", "Дрогобич 11 відділення"],
    ["Відправка Мукачево відд 5", "Мукачево відд 5"],
    // a name after a branch whose city is said signs the message
    ["Нова пошта Ковель відділення 3, Бондар Олена", "Нова пошта Ковель відділення 3"],
    ["Nova Poshta Lutsk branch 12, Anna Smith", "Nova Poshta Lutsk branch 12"],
    // the dot of "м." ends no sentence
    ["Доставка: Нова Пошта, м. Ніжин, відділення №5.", "Нова Пошта, м. Ніжин, відділення №5"],
    // a hyphenated city is a city
    ["Новая Почта, Каменец-Подольский, отделение 4.", "Новая Почта, Каменец-Подольский, отделение 4"],
  ])("%s", (text, want) => {
    expect(findAddress(text, findPhones(text, "UA")).value).toBe(want);
  });

  it.each([
    // guards: passed before as well
    ["np Thanks 5 boxes", null],
    ["Пакети НП Великі 20 шт", null],
  ])("not a branch: %s", (text, want) => {
    expect(findAddress(text, []).value).toBe(want);
  });
});

describe("a name signed right before the phone is not part of the address", () => {
  it("'…, кв 7, Остап +380…'", async () => {
    const { createCatalogIndex, parseMessage } = await import("../../core/parse/index.js");
    const index = createCatalogIndex({
      currency: "UAH",
      products: [{ sku: "X", name: "Цвях будівельний 100 мм", unit: "kg", price: 1 }],
    });
    const r = parseMessage(
      {
        text: "Цвяхи 100 мм 2 кг. Доставка в четвер, Житомир, вул. Лісова 4, кв 7, Остап +380 67 222 33 44",
        receivedAt: "2026-05-06T17:00:00+03:00",
      },
      index,
    );
    expect(r.address).toBe("Житомир, вул. Лісова 4, кв 7");
    expect(r.name).toBe("Остап");
  });

  it.each([
    // with the town said before the branch, a bare name after its number signs
    ["Мило 2 шт. Київ НП 301 Марко 0970001122", "Київ НП 301"],
    ["Мило 2 шт. Адреса НП Рівне відділення 10, Вікторія", "НП Рівне відділення 10"],
    // with the town said before the street and its name, so does a bare name after the flat's number
    ["Мило 2 шт. Доставка Львів вул Городоцька 15 кв 3 Соломія 0931112233", "Львів вул Городоцька 15 кв 3"],
    // guards: passed before as well (a town after the flat, where no town came before the street)
    [
      "Мило 2 шт. Доставка на завтра Харківське шосе 19а кв 140 Київ. 0682223344 Вадим",
      "Харківське шосе 19а кв 140 Київ",
    ],
    ["Мило 2 шт. Доставка ул Гагарина 14 кв 7 Тамбов, 0931112233", "ул Гагарина 14 кв 7 Тамбов"],
  ])("%s", async (text, address) => {
    const { createCatalogIndex, parseMessage } = await import("../../core/parse/index.js");
    const index = createCatalogIndex({
      currency: "UAH",
      products: [{ sku: "X", name: "Мило господарське", unit: "pcs", price: 1 }],
    });
    const r = parseMessage({ text, receivedAt: "2026-05-06T17:00:00+03:00" }, index);
    expect(r.address).toBe(address);
  });

  it("a settlement prefix stays: 'смт. Ворзель, вул. Курортна 2'", () => {
    expect(findAddress("Доставка в суботу, смт. Ворзель, вул. Курортна 2.", []).value).toBe(
      "смт. Ворзель, вул. Курортна 2",
    );
  });
});

// invented: a Ukrainian number written after the old long-distance "8"
describe("a Ukrainian phone after the old trunk prefix", () => {
  it.each([
    ["Валентина, 8 067 505 11 22", "+380675051122"],
    ["тел 8(050)123-45-67", "+380501234567"], // guard: passed before as well
    ["дзвоніть 8-097-111-22-33", "+380971112233"],
  ])("%s", (text, want) => {
    expect(findPhones(text, "UA").map((p) => p.value)).toEqual([want]);
  });

  it.each([
    ["артикул 80675051122 ще раз", "UA", []],
    ["8 067 505 11 22", "RU", []],
  ])("not in another region, nor digits glued together: %s", (text, region, want) => {
    expect(findPhones(text, region as "RU").map((p) => p.value)).toEqual(want);
  });
});

// invented: goods sent to a boat in a marina, with its pier, pontoon or berth
describe("a boat's mooring is the delivery address", () => {
  it.each([
    ["send it Friday to Trogir marina, pontoon 3, boat 'Aurora'. Ante", "Trogir marina, pontoon 3, boat 'Aurora'"],
    ["deliver to Marina Zadar (Tankerkomerc) berth 118, Marko", "Marina Zadar (Tankerkomerc) berth 118"],
    ["Доставка в среду, Сплит марина, понтон 4, яхта Чайка. Игорь", "Сплит марина, понтон 4, яхта Чайка"],
    ["Доставка у вівторок, Бургас, яхт-клуб Порт Бургас, пірс 1. Ігор", "Бургас, яхт-клуб Порт Бургас, пірс 1"],
    ["s/y Albatros, Laboe, Steg 2 Platz 9", "Laboe, Steg 2 Platz 9"],
    ["tomorrow delivery to Marina Izola, pier 2 berth 30 pls", "Marina Izola, pier 2 berth 30"],
    // the words that lead to the marina are no part of the place, nor the town before them
    ["Split, please bring it to Marina Frapa pontoon B", "Marina Frapa pontoon B"],
    // words apart by more than one space are found where they stand
    ["Доставка у вівторок, Бургас,  яхт-клуб  Порт Бургас, пірс 1", "Бургас, яхт-клуб Порт Бургас, пірс 1"],
  ])("%s", (text, want) => {
    expect(findAddress(text, []).value).toBe(want);
  });

  // guards: passed before as well
  it("a mooring after 'deliver to'", () => {
    expect(findAddress("Please deliver to Marina Frapa, pier B berth 7, by Monday.", []).value).toBe(
      "Marina Frapa, pier B berth 7",
    );
  });
  it.each([["Docking station USB Dock 2 pcs"], ["2 x Pier light LED"]])("%s has no address", (text) => {
    expect(findAddress(text, []).value).toBeNull();
  });
});
