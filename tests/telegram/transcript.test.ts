import { writeFileSync } from "node:fs";
import type { InlineKeyboardMarkup } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toPlainText } from "../../core/i18n/telegram.js";
import type { StoredMessage } from "../support/bot-api-fake.js";
import { CUSTOMER_EN, GROUP, IVAN, MARIA, startWorld, type World } from "./world.js";

/**
 * A whole conversation in English, rendered as a chat transcript. With TRANSCRIPT_OUT set, the transcript
 * is written to that file (the README's example comes from it).
 */
describe("Telegram: a conversation, as a transcript", () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
  });
  afterAll(async () => {
    await w?.close();
  });

  function render(messages: StoredMessage[]): string {
    return messages
      .map((m) => {
        const where = m.chatId === GROUP.id ? "[managers' group]" : "[private chat]";
        const who = m.fromBot ? "Shop Bot" : (m.from ?? "user");
        const reply = m.replyTo ? ` (reply to #${m.replyTo})` : "";
        const markup = m.replyMarkup as (InlineKeyboardMarkup & { keyboard?: { text: string }[][] }) | undefined;
        const buttons = [...(markup?.inline_keyboard ?? []), ...(markup?.keyboard ?? [])]
          .map((row) => row.map((b) => `[ ${b.text} ]`).join(" "))
          .join("\n");
        const edited = m.edits ? `  (edited ${m.edits}×, shown as it is now)` : "";
        return `${where} ${who}${reply} — message #${m.messageId}${edited}\n${toPlainText(m.text)}${buttons ? `\n${buttons}` : ""}`;
      })
      .join("\n\n");
  }

  it("runs the story and renders it", async () => {
    const { fake } = w;
    const tom = { ...CUSTOMER_EN, id: 5601, first_name: "Tom", last_name: "Baker" };
    fake.send(tom, "/start");
    await w.botSays(tom.id, /Hello, Tom/);
    fake.send(tom, "Hi! 2 garden hose and 3 gloves please, and a blue tractor");
    const order = await w.orderOf(tom);
    const card = await w.card(order.number);
    await w.botSays(tom.id, /phone number we can reach you on/);
    fake.send(tom, "", { extra: { contact: { phone_number: "+380671234567", first_name: "Tom", user_id: tom.id } } });
    await w.botSays(tom.id, /Which address should we deliver/);
    fake.send(tom, "Deliver to Kyiv, Sadova street 5 tomorrow please");
    await fake.waitFor(async () => (await w.hub.store.getOrder(order.id))?.address, "the address");
    await w.settled(order.id);
    fake.press(MARIA, GROUP.id, card.messageId, "🙋 Take");
    await fake.waitFor(async () => (await w.hub.store.getOrder(order.id))?.assigneeId, "the assignee");
    await w.settled(order.id);
    fake.press(MARIA, GROUP.id, card.messageId, "✅ Confirm");
    await w.botSays(tom.id, /is confirmed by a manager/);
    fake.send(MARIA, "We have no blue tractors, only green. Is green fine?", { chat: GROUP, replyTo: card.messageId });
    const question = await w.botSays(tom.id, /no blue tractors/);
    fake.send(tom, "Green is fine, thanks", { replyTo: question.messageId });
    await w.botSays(GROUP.id, /Green is fine/);
    await w.settled(order.id);
    fake.press(MARIA, GROUP.id, card.messageId, /Awaiting payment/);
    await w.botSays(tom.id, /Awaiting payment/);
    await w.settled(order.id);
    fake.press(MARIA, GROUP.id, card.messageId, /Paid/);
    await w.botSays(tom.id, /💰 Paid/);
    fake.send(IVAN, "/orders mine", { chat: GROUP });
    fake.send(IVAN, `/find 0671234567`, { chat: GROUP });
    await w.botSays(GROUP.id, /🔎/);
    fake.send(tom, "/myorders");
    await w.botSays(tom.id, /Your orders/);
    await w.hub.jobs.drain(10_000);

    const transcript = render(fake.allMessages());
    expect(transcript).toContain(`💰 Order #${order.number} · Paid`);
    if (process.env.TRANSCRIPT_OUT) writeFileSync(process.env.TRANSCRIPT_OUT, `${transcript}\n`);
  });
});
