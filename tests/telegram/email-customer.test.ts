import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSmtpSender } from "../../intake/email/index.js";
import { threadedEmailSender } from "../../intake/email/threaded-sender.js";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink.js";
import { GROUP, IVAN, startWorld, type World } from "./world.js";

/** The desk is two-way across channels: a manager answers an email customer from the card in Telegram. */
describe("Telegram card of an email order", () => {
  let w: World;
  let sink: SmtpSink;
  let smtp: ReturnType<typeof createSmtpSender>;

  beforeAll(async () => {
    sink = await startSmtpSink();
    w = await startWorld();
    smtp = createSmtpSender({ smtpUrl: sink.url, from: "Shop <orders@shop.test>" });
    w.senders.register(threadedEmailSender(smtp, w.hub.store));
  });
  afterAll(async () => {
    smtp?.close();
    await w?.close();
    await sink?.stop();
  });

  it("a manager's reply to the card reaches the customer as a mail in their thread", async () => {
    await w.hub.pipeline.ingest({
      channel: "email",
      account: "orders@shop.test",
      externalId: "<first@customer.example>",
      sender: { email: "buyer@customer.example", name: "Petro" },
      receivedAt: new Date().toISOString(),
      subject: "Замовлення",
      text: "Добрий день, 2 лопати будь ласка",
    });
    const card = await w.botSays(GROUP.id, (m) => m.text.includes("Petro"), "the email order's card");
    w.fake.send(IVAN, "Доставимо завтра до 12:00", { chat: GROUP, replyTo: card.messageId });
    await w.fake.waitFor(() => sink.mails.at(-1), "the mail to the customer");
    const mail = await simpleParser(sink.mails.at(-1)?.raw as Buffer);
    expect(sink.mails.at(-1)?.to).toEqual(["buyer@customer.example"]);
    expect(mail.inReplyTo).toBe("<first@customer.example>");
    expect(mail.subject).toMatch(/^Re: \[#\d+\] Замовлення$/);
    expect(mail.text).toContain("Доставимо завтра до 12:00");
    // A person wrote it: not marked as an automatic reply.
    expect(mail.headers.get("auto-submitted")).toBeUndefined();
    await w.botSays(GROUP.id, /Sent to the customer/, "the confirmation in the group");
  });

  it("a manager's answer to an email question without an order is a reply in that mail's thread", async () => {
    const before = sink.mails.length;
    await w.hub.pipeline.ingest({
      channel: "email",
      account: "orders@shop.test",
      externalId: "<question@customer.example>",
      sender: { email: "asker@customer.example", name: "Halyna" },
      receivedAt: new Date().toISOString(),
      subject: "Питання",
      text: "Чи працюєте ви в неділю?",
    });
    const notice = await w.botSays(GROUP.id, (m) => m.text.includes("Halyna"), "the question's notice");
    w.fake.send(IVAN, "Так, з 10 до 16", { chat: GROUP, replyTo: notice.messageId });
    await w.fake.waitFor(() => (sink.mails.length > before ? sink.mails.at(-1) : undefined), "the answer mail");
    const mail = await simpleParser(sink.mails.at(-1)?.raw as Buffer);
    expect(sink.mails.at(-1)?.to).toEqual(["asker@customer.example"]);
    expect(mail.inReplyTo).toBe("<question@customer.example>");
    expect(mail.subject).toBe("Re: Питання");
    expect(mail.text).toContain("Так, з 10 до 16");
  });
});
