import { describe, expect, it } from "vitest";
import { createCatalogIndex, parseMessage } from "../../core/parse/index.js";
import type { Catalog } from "../../core/types.js";

// an invented garden machinery shop
const shop: Catalog = {
  currency: "UAH",
  products: [
    { sku: "MOW-40", name: "Газонокосарка акумуляторна GreenLine M40", unit: "pcs", price: 9800 },
    { sku: "SEC-20", name: "Секатор GreenLine S20", unit: "pcs", price: 640 },
    { sku: "RAK-12", name: "Граблі віялові GreenLine R12", unit: "pcs", price: 420 },
    { sku: "HOSE-25", name: 'Шланг поливальний 1/2" 25 м', unit: "pcs", price: 760 },
  ],
};
const index = createCatalogIndex(shop);
const read = (text: string) => parseMessage({ text, receivedAt: "2026-05-06T10:00:00+03:00" }, index);

describe("goods asked about, then taken", () => {
  it("'беру обидва' after two questions orders both", () => {
    const parsed = read("Шо по чім секатор greenline s20? і граблі r12 є? беру обидва, привезіть завтра");
    expect(parsed.isOrder).toBe(true);
    expect(parsed.items.map((l) => `${l.sku}:${l.qty}`).sort()).toEqual(["RAK-12:1", "SEC-20:1"]);
  });

  it("'if you have it, maybe we will order' is no order yet", () => {
    const parsed = read(
      "Добрый день. Подскажите цену на газонокосилку GreenLine M40 и есть ли в наличии. Если есть — на следующей неделе, возможно, закажем.",
    );
    expect(parsed.isOrder).toBe(false);
    expect(parsed.unknownItems).toEqual([]);
  });

  // guards: passed before as well
  it("'почем' asks the price: no order", () => {
    const parsed = read("Почем секатор greenline s20?");
    expect(parsed.isOrder).toBe(false);
    expect(parsed.items).toEqual([]);
  });

  it("a sentence that orders and asks only in its last clause orders the goods before the question", () => {
    const parsed = read(
      "Доброе утро. Нужны секаторы greenline s20 3шт, грабли r12 к ним 3шт, и культиватор 2 шт есть у вас?",
    );
    expect(parsed.isOrder).toBe(true);
    expect(parsed.items.map((l) => `${l.sku}:${l.qty}`).sort()).toEqual(["RAK-12:3", "SEC-20:3"]);
  });

  // guards: passed before as well
  it.each([
    "Подскажите, нужны ли к газонокосилке M40 грабли r12, 2 шт хватит?",
    "Нужно ли 2 секатора s20, или хватит одного?",
  ])("a question that asks whether it is needed orders nothing: %s", (text) => {
    expect(read(text).isOrder).toBe(false);
  });

  it("'if you have it — two' orders it", () => {
    const parsed = read("Есть газонокосилка GreenLine M40? Если есть — 2 шт");
    expect(parsed.items).toMatchObject([{ sku: "MOW-40", qty: 2 }]);
  });
});

describe("a fault with goods sold before is a complaint", () => {
  it.each([
    "the greenline m40 mower you sent last week shows error E4 and won't start. not happy. who handles warranty??",
    "Шланг поливальний що ви продали минулого тижня лопнув через день, прошу заміну",
    // goods that came broken, from an order named by its number
    "2 of the 12 mowers from PO 4500213987 arrived cracked. Photos attached. Please advise on replacement or credit.",
    "В доставленной вчера партии шлангов (заказ 1533) два с отбитыми штуцерами. Прошу заменить брак.",
    // the order named with a word between ("в прошлом заказе"), and "пришел" of one thing
    "В прошлом заказе пришел секатор S20 вместо граблей R12. Как будем решать?",
  ])("%s", (text) => {
    const parsed = read(text);
    expect(parsed.isOrder).toBe(false);
    expect(parsed.intent).toBe("complaint");
  });
});

describe("praise for goods received is no order", () => {
  it.each([
    "Получила шланг, всё отлично, спасибо большое! Секатор просто супер 👍",
    // guards: passed before as well
    "Отримала граблі, дякую, чудові!",
  ])("%s", (text) => {
    expect(read(text).isOrder).toBe(false);
  });

  // guards: passed before as well
  it("'супер' in a name or after it orders it", () => {
    expect(read("Секатор GreenLine S20 2 шт, супер цена").items).toMatchObject([{ sku: "SEC-20", qty: 2 }]);
  });
});

describe("more complaints and receipts that order nothing", () => {
  it.each([
    // the order named by its number in the dative ("по заказу №…")
    "Добрый день. По заказу №2231 пришел секатор s20 вместо граблей r12. Прошу разобраться и сообщить, когда будет замена.",
    // ordered one thing, another came
    "Замовляла у вас секатор s20, а прийшли граблі r12!!! Що робити? Хочу обмін",
  ])("%s", (text) => {
    const parsed = read(text);
    expect(parsed.isOrder).toBe(false);
    expect(parsed.intent).toBe("complaint");
  });

  it("goods already in use are no order", () => {
    expect(read("received everything, thanks guys 👍 the M40 mower is already out on the lawn").isOrder).toBe(false);
  });
});

describe("a request put as a question about the delivery", () => {
  it("'в понедельник привезёте?' orders the goods of the sentence", () => {
    const parsed = read("секатор s20 один, и грабли r12 штук 5 🙏 в понедельник привезёте?");
    expect(parsed.isOrder).toBe(true);
    expect(parsed.items.map((l) => `${l.sku}:${l.qty}`).sort()).toEqual(["RAK-12:5", "SEC-20:1"]);
    expect(parsed.deliveryDate).toBe("2026-05-11");
  });

  // guards: passed before as well
  it("'Завтра сможете привезти?' names no unknown good", () => {
    const parsed = read("Шланг поливальний 25 м 2 шт. Завтра сможете привезти?");
    expect(parsed.unknownItems).toEqual([]);
  });
});

describe("whether the goods may be used a way asks to be told", () => {
  it.each(["а шланг 25 м можна лишати на морозі чи краще знімати?", "можно ли хранить грабли r12 на улице?"])(
    "%s",
    (text) => {
      expect(read(text).isOrder).toBe(false);
    },
  );

  // guards: passed before as well
  it.each([
    ["можна замовити грабли r12 5 шт?", ["RAK-12:5"]],
    ["можно секатор s20 один?", ["SEC-20:1"]],
  ])("%s", (text, want) => {
    const parsed = read(text);
    expect(parsed.isOrder).toBe(true);
    expect(parsed.items.map((l) => `${l.sku}:${l.qty}`).sort()).toEqual(want);
  });
});
