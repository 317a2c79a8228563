import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { escapeHtml, telegramTexts } from "../../core/i18n/telegram.js";
import { CUSTOMER, GROUP, IVAN, OUTSIDER, startWorld, type World } from "./world.js";

/** Nothing a customer sends is invisible: what belongs to no order reaches the group, and can be answered. */
describe("Telegram: customer messages without an order", () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
  });
  afterAll(async () => {
    await w?.close();
  });

  const en = telegramTexts("en");
  const notices = () => w.botMessages(GROUP.id).filter((m) => m.text.startsWith("📥"));

  it("a voice message before any order is shown in the group, with a copy of the voice under the notice", async () => {
    const customer = { ...CUSTOMER, id: 5801, first_name: "Oksana", last_name: undefined, username: "oksana_k" };
    const sent = w.fake.send(customer, "", {
      extra: { voice: { file_id: "voice-1", file_unique_id: "v1", duration: 4, mime_type: "audio/ogg" } },
    });
    const notice = await w.botSays(GROUP.id, (m) => m.text.includes("Oksana"), "the voice notice");
    expect(notice.text).toBe(en.inboxNotice("Oksana @oksana_k", "Telegram", "voice", ""));
    const copy = await w.botSays(GROUP.id, (m) => m.text === `[copy of ${customer.id}:${sent.message_id}]`, "the copy");
    expect(copy.replyTo).toBe(notice.messageId);
    // No order came of it, and the notice is posted once.
    await w.hub.jobs.drain(10_000);
    const customerId = await w.hub.store.findCustomerByIdentity({ kind: "telegram", value: String(customer.id) });
    expect((await w.hub.store.listOrders({ customerId: customerId ?? "", limit: 5 })).orders).toHaveLength(0);
    expect(notices().filter((m) => m.text.includes("Oksana"))).toHaveLength(1);
  });

  it("a question with no order reaches the group; a manager's reply to it reaches the customer", async () => {
    const customer = { ...CUSTOMER, id: 5802, first_name: "Dmytro", last_name: "Lys", language_code: "ru" };
    w.fake.send(customer, "когда вы работаете?");
    const notice = await w.botSays(GROUP.id, (m) => m.text.includes("Dmytro Lys"), "the question's notice");
    expect(notice.text).toContain(escapeHtml("когда вы работаете?"));
    expect(notice.text).not.toContain("[copy of");

    // An outsider's reply is refused and reaches nobody.
    w.fake.send(OUTSIDER, "spam", { chat: GROUP, replyTo: notice.messageId });
    await w.botSays(GROUP.id, (m) => m.text === en.refused, "the refusal");

    const answer = w.fake.send(IVAN, "Every day 9 to 18", { chat: GROUP, replyTo: notice.messageId });
    const toCustomer = await w.botSays(customer.id, /Every day 9 to 18/, "the answer in the customer's chat");
    expect(toCustomer.text).toBe(telegramTexts("ru").managerAnswer("Every day 9 to 18"));
    await w.botSays(GROUP.id, (m) => m.replyTo === answer.message_id && m.text === en.inboxReplySent, "sent");
    expect(w.botMessages(customer.id).filter((m) => m.text.includes("spam"))).toHaveLength(0);
  });

  it("a question from another channel reaches the group too; auto-replies and spam do not", async () => {
    await w.hub.pipeline.ingest({
      channel: "email",
      account: "orders@shop.test",
      externalId: "<q1@example.com>",
      sender: { email: "maria@example.com", name: "Maria Email" },
      receivedAt: new Date().toISOString(),
      subject: "Question",
      text: "Do you deliver on Sundays?",
    });
    await w.hub.pipeline.ingest({
      channel: "email",
      account: "orders@shop.test",
      externalId: "<ooo@example.com>",
      sender: { email: "away@example.com", name: "Away Person" },
      receivedAt: new Date().toISOString(),
      subject: "Out of office",
      headers: { "Auto-Submitted": "auto-replied" },
      text: "I am out of the office until Monday.",
    });
    const notice = await w.botSays(GROUP.id, (m) => m.text.includes("Maria Email"), "the email question's notice");
    expect(notice.text).toContain("Email");
    expect(notice.text).toContain("Do you deliver on Sundays?");
    await w.hub.jobs.drain(10_000);
    expect(notices().filter((m) => m.text.includes("Away Person"))).toHaveLength(0);
  });

  it("tells the managers when a mailbox is down and when it is back, in the group's language", async () => {
    await w.channel.notifyManagers?.((t) =>
      t.mailboxDown("orders@shop.test", "2026-05-04T10:00:00.000Z", "auth failed"),
    );
    await w.channel.notifyManagers?.((t) => t.mailboxUp("orders@shop.test"));
    await w.botSays(
      GROUP.id,
      (m) => m.text === en.mailboxDown("orders@shop.test", "2026-05-04T10:00:00.000Z", "auth failed"),
      "down",
    );
    await w.botSays(GROUP.id, (m) => m.text === en.mailboxUp("orders@shop.test"), "up");
    for (const lang of ["ru", "uk", "en"] as const)
      expect(telegramTexts(lang).mailboxDown("a", "2026-05-04T10:00", "x")).toContain("2026-05-04 10:00");
  });

  it("a message that joins an order gets no notice: it shows under the order's card instead", async () => {
    const customer = { ...CUSTOMER, id: 5803, first_name: "Iryna" };
    w.fake.send(customer, "2 лопати");
    const order = await w.orderOf(customer);
    const card = await w.card(order.number);
    const voice = w.fake.send(customer, "", {
      extra: { voice: { file_id: "voice-2", file_unique_id: "v2", duration: 3, mime_type: "audio/ogg" } },
    });
    const copy = await w.botSays(GROUP.id, (m) => m.text === `[copy of ${customer.id}:${voice.message_id}]`, "copy");
    expect(copy.replyTo).toBe(card.messageId);
    // A later message without an order gets its notice; by then Iryna's messages were long processed.
    const other = { ...CUSTOMER, id: 5804, first_name: "Taras" };
    w.fake.send(other, "", {
      extra: {
        sticker: {
          file_id: "st-1",
          file_unique_id: "s1",
          type: "regular",
          width: 512,
          height: 512,
          is_animated: false,
          is_video: false,
        },
      },
    });
    const notice = await w.botSays(GROUP.id, (m) => m.text.includes("Taras"), "the sticker notice");
    expect(notice.text).toContain("🙂 sticker");
    expect(notices().filter((m) => m.text.includes("Iryna"))).toHaveLength(0);
  });
});
