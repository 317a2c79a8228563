import { describe, expect, it } from "vitest";
import {
  defaultEmailSubject,
  managerReplyEmail,
  orderReceivedEmail,
  questionEmail,
  statusEmail,
} from "../../core/i18n/email.js";
import { LANGS } from "../../core/types.js";

const order = {
  orderNumber: 1042,
  customerName: "<Ann & Co>",
  lines: [
    { name: "Гречка", qty: 2, unit: "kg", price: 120 },
    { name: "Tea", qty: 3, unit: "pack", price: null },
  ],
  unknownItems: [{ text: "синий чайник", qty: 1 }],
  total: 240,
  currency: "RUB",
  shopName: "Shop",
};

describe("email templates", () => {
  it.each(LANGS)("%s: every template has a tagged subject, a text and an escaped HTML body", (lang) => {
    const all = [
      orderReceivedEmail(lang, order),
      questionEmail(lang, { orderNumber: 1042, customerName: null, missing: ["phone", "address"], shopName: "Shop" }),
      statusEmail(lang, { orderNumber: 1042, customerName: "Ann", statusName: "shipped", shopName: "Shop" }),
      managerReplyEmail(lang, { orderNumber: 1042, customerName: "Ann", text: "Ok <b>", shopName: "Shop" }),
    ];
    for (const e of all) {
      expect(e.subject).toMatch(/^\[#1042\] \S/);
      expect(e.text.length).toBeGreaterThan(10);
      expect(e.html).not.toMatch(/<b>|<Ann/);
    }
    expect(all[0]?.text).toContain("Гречка: 2");
    expect(all[0]?.text).toContain("синий чайник (1)");
    expect(all[0]?.html).toContain("&lt;Ann &amp; Co&gt;");
    expect(defaultEmailSubject(lang, "status")).not.toMatch(/:\s*$/);
  });

  it("speaks each language", () => {
    expect(orderReceivedEmail("ru", order).subject).toBe("[#1042] Заказ принят");
    expect(orderReceivedEmail("uk", order).subject).toBe("[#1042] Замовлення прийнято");
    expect(orderReceivedEmail("en", order).subject).toBe("[#1042] Order received");
    expect(
      questionEmail("uk", { orderNumber: 1, customerName: null, missing: ["deliveryDate"], shopName: "S" }).text,
    ).toContain("бажаної дати доставки");
  });
});
