import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUESTIONS } from "../../core/i18n/questions.js";
import { escapeHtml } from "../../core/i18n/telegram.js";
import { CUSTOMER, GROUP, IVAN, startWorld, type World } from "./world.js";

/** The main story: a customer orders in a private chat, managers run the order from its card in the group. */
describe("Telegram: from a customer's message to status updates", () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
  });
  afterAll(async () => {
    await w?.close();
  });

  it("a customer orders → the card appears → Confirm and two statuses → the customer hears each update", async () => {
    const { fake } = w;
    fake.send(CUSTOMER, "/start");
    await w.botSays(CUSTOMER.id, /Вітаємо, Olena/);

    fake.send(CUSTOMER, "Добрий день! 2 шланги і рукавички");
    const order = await w.orderOf(CUSTOMER);
    const card = await w.card(order.number);
    expect(card.text).toContain("Шланг садовий 25 м × 2 = 1240.00 UAH");
    expect(card.text).toContain("Total: 1325.00 UAH");
    expect(card.text).toContain("Olena Koval · Telegram");
    expect(card.text).toContain("(draft)");

    // The customer gets the summary with buttons, then the question for the phone with a contact button.
    const summary = await w.botSays(CUSTOMER.id, new RegExp(`Замовлення #${order.number}</b> прийнято`));
    expect(summary.text).toContain("Разом: 1325.00 UAH");
    expect(JSON.stringify(summary.replyMarkup)).toContain(`k:${order.number}`);
    const ask = await w.botSays(
      CUSTOMER.id,
      (m) => JSON.stringify(m.replyMarkup ?? {}).includes("request_contact"),
      "the contact button",
    );
    expect(ask.text).toBe(escapeHtml(QUESTIONS.phone.uk));

    await w.freshCard(order.id);
    fake.press(IVAN, GROUP.id, card.messageId, "✅ Confirm");
    await w.botSays(CUSTOMER.id, new RegExp(`Замовлення #${order.number} підтверджено`));
    await fake.waitFor(
      () => !fake.message(GROUP.id, card.messageId)?.text.includes("(draft)"),
      "the card to lose (draft)",
    );

    await w.freshCard(order.id);
    fake.press(IVAN, GROUP.id, card.messageId, /Awaiting payment/);
    await w.botSays(CUSTOMER.id, new RegExp(`#${order.number}: 💳 Очікує оплати`));

    await w.freshCard(order.id);
    fake.press(IVAN, GROUP.id, card.messageId, /Paid/);
    await w.botSays(CUSTOMER.id, new RegExp(`#${order.number}: 💰 Оплачено`));
    await fake.waitFor(() => fake.message(GROUP.id, card.messageId)?.text.startsWith("💰"), "the card to show Paid");

    // One card, edited in place, never reposted.
    const cardsSent = fake
      .callsOf("sendMessage")
      .filter((c) => Number(c.params.chat_id) === GROUP.id && String(c.params.text).includes(`#${order.number}</b> ·`));
    expect(cardsSent).toHaveLength(1);
    expect(fake.message(GROUP.id, card.messageId)?.edits).toBeGreaterThanOrEqual(3);

    // The audit names the Telegram manager.
    const history = await w.hub.store.history(order.id);
    const moves = history.filter((h) => h.type === "order.status_changed");
    expect(moves.map((h) => h.after?.status)).toEqual(["awaiting_payment", "paid"]);
    expect(moves[0]?.actor).toMatchObject({ type: "manager", telegramId: String(IVAN.id), name: "Ivan" });
  });

  it("asks for the phone and merges a shared contact into the same draft", async () => {
    const { fake } = w;
    const customer = { ...CUSTOMER, id: 5101, first_name: "Petro" };
    fake.send(customer, "3 лопати");
    const order = await w.orderOf(customer);
    await w.botSays(
      customer.id,
      (m) => JSON.stringify(m.replyMarkup ?? {}).includes("request_contact"),
      "the contact button",
    );
    fake.send(customer, "", {
      extra: { contact: { phone_number: "+380671234567", first_name: "Petro", user_id: customer.id } },
    });
    const updated = await fake.waitFor(async () => {
      const o = await w.hub.store.getOrder(order.id);
      return o?.phone ? o : undefined;
    }, "the phone on the order");
    expect(updated.phone).toBe("+380671234567");
    const customerId = await w.hub.store.findCustomerByIdentity({ kind: "telegram", value: String(customer.id) });
    expect((await w.hub.store.listOrders({ customerId: customerId ?? "" })).orders).toHaveLength(1);
    await fake.waitFor(
      async () => (await w.card(order.number)).text.includes("+380671234567"),
      "the phone on the card",
    );
    // The next question is the address, in the core's words.
    await w.botSays(customer.id, (m) => m.text === QUESTIONS.address.uk, "the address question");
  });
});
