import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, CUSTOMER, GROUP, IVAN, MARIA, OUTSIDER, startWorld, type World } from "./world.js";

/** The managers' group: who may act, concurrent and stale presses, commands, and the two-way desk. */
describe("Telegram: the managers' console", () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
  });
  afterAll(async () => {
    await w?.close();
  });

  const answers = (data: RegExp) =>
    w.fake
      .callsOf("answerCallbackQuery")
      .map((c) => String(c.params.text ?? ""))
      .filter((t) => data.test(t));

  async function newOrder(user: typeof CUSTOMER, text: string) {
    w.fake.send(user, text);
    const order = await w.orderOf(user);
    const card = await w.card(order.number);
    await w.freshCard(order.id);
    return { order, card };
  }

  it("refuses an outsider's button press and command, and changes nothing", async () => {
    const customer = { ...CUSTOMER, id: 5201 };
    const { order, card } = await newOrder(customer, "2 шланги");
    w.fake.press(OUTSIDER, GROUP.id, card.messageId, "✅ Confirm");
    await w.fake.waitFor(() => answers(/Only the shop's managers/).length > 0, "the refusal");
    w.fake.send(OUTSIDER, `/take ${order.number}`);
    await w.botSays(OUTSIDER.id, /for the shop's managers only/);
    const after = await w.hub.store.getOrder(order.id);
    expect(after?.confirmedAt).toBeNull();
    expect(after?.assigneeId).toBeNull();
    expect(after?.version).toBe(order.version);
  });

  it("two managers press Take: one wins, the other is told who has it", async () => {
    const customer = { ...CUSTOMER, id: 5202 };
    const { order, card } = await newOrder(customer, "грунт 2");
    w.fake.press(IVAN, GROUP.id, card.messageId, "🙋 Take");
    w.fake.press(MARIA, GROUP.id, card.messageId, "🙋 Take");
    const told = await w.fake.waitFor(
      () => answers(new RegExp(`#${order.number} is already taken by Ivan`))[0],
      "the loser told",
    );
    expect(told).toContain("Ivan");
    const taken = await w.hub.store.getOrder(order.id);
    const ivan = await w.fake.waitFor(async () => {
      const rows = await w.hub.store.history(order.id);
      return rows.find((h) => h.type === "order.assigned");
    }, "the assignment");
    expect(taken?.assigneeId).toBe(ivan.after?.assigneeId);
    expect(ivan.actor).toMatchObject({ type: "manager", name: "Ivan", telegramId: String(IVAN.id) });
    await w.fake.waitFor(
      () => w.fake.message(GROUP.id, card.messageId)?.text.includes("Assignee: Ivan"),
      "the assignee on the card",
    );
  });

  it("a stale button answers with the current state instead of acting", async () => {
    const customer = { ...CUSTOMER, id: 5203 };
    const { order, card } = await newOrder(customer, "лопата");
    const oldConfirm = `a:c:${order.number}:${order.version}`;
    const oldCancel = `a:s:${order.number}:${order.version}:awaiting_payment`;
    w.fake.press(IVAN, GROUP.id, card.messageId, "✅ Confirm");
    await w.fake.waitFor(async () => (await w.hub.store.getOrder(order.id))?.confirmedAt, "the confirmation");
    w.fake.pressData(MARIA, GROUP.id, card.messageId, oldConfirm);
    w.fake.pressData(MARIA, GROUP.id, card.messageId, oldCancel);
    await w.fake.waitFor(
      () => answers(new RegExp(`#${order.number} has changed meanwhile; it is now New`)).length >= 2,
      "two stale answers",
    );
    const now = await w.hub.store.getOrder(order.id);
    expect(now?.status).toBe("new");
    expect((await w.hub.store.history(order.id)).filter((h) => h.actor.type === "manager")).toHaveLength(1);
  });

  it("runs the commands: /orders, /order, /take, /status, /note, /find, /cancel, /assign, /help", async () => {
    const customer = { ...CUSTOMER, id: 5204, first_name: "Halyna", last_name: "Bondar" };
    const { order } = await newOrder(customer, "2 лопати, тел. +380501112233");
    const n = order.number;
    const say = (text: string, from = IVAN) => w.fake.send(from, text, { chat: GROUP });
    const reply = (msg: { message_id: number }, what: string) =>
      w.botSays(GROUP.id, (m) => m.replyTo === msg.message_id, `${what}`).then((m) => m.text);

    expect(await reply(say("/help"), "help")).toContain("/assign N @user");
    expect(await reply(say("/orders unassigned"), "/orders")).toContain(`#${n} · Halyna Bondar · 820.00 UAH · New`);
    expect(await reply(say(`/order ${n}`), "/order")).toContain("Лопата штикова × 2");
    expect(await reply(say("/find 0501112233"), "/find phone")).toContain(`#${n}`);
    expect(await reply(say("/find Bondar"), "/find name")).toContain(`#${n}`);
    expect(await reply(say(`/take ${n}`), "/take")).toContain(`Order #${n} is yours`);
    expect(await reply(say("/orders mine"), "/orders mine")).toContain(`#${n}`);
    expect(await reply(say(`/status ${n} processing`), "/status")).toContain(`Order #${n}: Processing`);
    expect(await reply(say(`/status ${n} delivered`), "/status refused")).toContain("cannot move");
    expect(await reply(say(`/note ${n} call before noon`), "/note")).toContain(`Note saved on order #${n}`);
    // Maria becomes known by acting once, then can be assigned.
    await reply(say("/orders", MARIA), "Maria's /orders");
    expect(await reply(say(`/assign ${n} @maria`), "/assign")).toContain(`assigned to Maria`);
    expect(await reply(say(`/cancel ${n}`), "/cancel usage")).toContain("/cancel N reason");
    expect(await reply(say(`/cancel ${n} out of stock`), "/cancel")).toContain(`Order #${n}: Cancelled`);
    const final = await w.hub.store.getOrder(order.id);
    expect(final?.status).toBe("cancelled");
    expect(final?.cancelReason).toBe("out of stock");
    await w.botSays(customer.id, /Скасовано[\s\S]*out of stock/);
  });

  it("the Cancel button asks for a reason and cancels with the manager's reply", async () => {
    const customer = { ...CUSTOMER, id: 5205 };
    const { order, card } = await newOrder(customer, "3 рукавички");
    w.fake.press(ADMIN, GROUP.id, card.messageId, "❌ Cancel");
    const prompt = await w.botSays(GROUP.id, new RegExp(`Give the reason \\(Cancelled\\) for order #${order.number}`));
    w.fake.send(ADMIN, "customer asked by phone", { chat: GROUP, replyTo: prompt.messageId });
    await w.fake.waitFor(
      async () => (await w.hub.store.getOrder(order.id))?.status === "cancelled",
      "the cancellation",
    );
    expect((await w.hub.store.getOrder(order.id))?.cancelReason).toBe("customer asked by phone");
  });

  it("a reply to a card reaches the customer; the customer's next message appears under the card", async () => {
    const customer = { ...CUSTOMER, id: 5206 };
    const { order, card } = await newOrder(customer, "2 шланги");
    w.fake.send(IVAN, "Hello! Green or black hose? <b>not bold</b> & co", { chat: GROUP, replyTo: card.messageId });
    const got = await w.botSays(customer.id, /Менеджер щодо замовлення/);
    expect(got.text).toContain("&lt;b&gt;not bold&lt;/b&gt; &amp; co");
    await w.botSays(GROUP.id, new RegExp(`Sent to the customer \\(order #${order.number}\\)`));
    w.fake.send(customer, "Зелений, будь ласка", { replyTo: got.messageId });
    const under = await w.botSays(
      GROUP.id,
      (m) => m.replyTo === card.messageId && m.text.includes("Зелений"),
      "the customer's answer under the card",
    );
    expect(under.text).toContain(`#${order.number}`);
  });

  it("a viewer may look but not act", async () => {
    const viewer = { ...MARIA, id: 7003, username: "vera", first_name: "Vera" };
    w.fake.members.set(viewer.id, "member");
    const customer = { ...CUSTOMER, id: 5207 };
    const { order, card } = await newOrder(customer, "лопата");
    const { managers } = await import("../../storage/schema.js");
    await w.hub.database.db
      .insert(managers)
      .values({ id: "viewer-1", telegramId: String(viewer.id), username: "vera", name: "Vera", role: "viewer" });
    w.fake.press(viewer, GROUP.id, card.messageId, "✅ Confirm");
    await w.fake.waitFor(() => answers(/view-only/).length > 0, "the viewer refusal");
    expect((await w.hub.store.getOrder(order.id))?.confirmedAt).toBeNull();
  });

  it("/myorders shows customers only their own orders", async () => {
    const other = { ...CUSTOMER, id: 5208 };
    const { order } = await newOrder(other, "грунт");
    w.fake.send(other, "/myorders");
    const mine = await w.botSays(other.id, /Ваші замовлення/);
    expect(mine.text).toContain(`#${order.number}`);
    const numbers = [...mine.text.matchAll(/#(\d+)/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual([order.number]);
  });
});
