import { describe, expect, it } from "vitest";
import { findAddress } from "../../core/parse/address.js";

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

  it("a settlement prefix stays: 'смт. Ворзель, вул. Курортна 2'", () => {
    expect(findAddress("Доставка в суботу, смт. Ворзель, вул. Курортна 2.", []).value).toBe(
      "смт. Ворзель, вул. Курортна 2",
    );
  });
});
