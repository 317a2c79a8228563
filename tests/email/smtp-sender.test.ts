import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isChannelError } from "../../core/errors.js";
import { managerReplyEmail } from "../../core/i18n/email.js";
import {
  classifyMail,
  createSmtpSender,
  orderNumberFromMessageId,
  orderNumberFromThread,
  parseMail,
} from "../../intake/email/index.js";
import type { OutboundMessage } from "../../intake/ports.js";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink.js";

const reply = (over: Partial<OutboundMessage> = {}): OutboundMessage => ({
  channel: "email",
  account: "orders@shop.test",
  to: "ivan@example.ru",
  lang: "ru",
  text: "Ваш заказ принят.\n\nСпасибо!",
  subject: "Заказ: гречка и чай",
  inReplyTo: "<reply-1@example.ru>",
  references: ["<customer-1@example.ru>", "<order-1042.k3j4h5@shop.test>"],
  orderId: "o1",
  orderNumber: 1042,
  kind: "order_received",
  ...over,
});

describe("SMTP sender", () => {
  let sink: SmtpSink;
  let sender: ReturnType<typeof createSmtpSender>;

  beforeAll(async () => {
    sink = await startSmtpSink();
    sender = createSmtpSender({ smtpUrl: sink.url, from: "Shop <orders@shop.test>" });
  });
  afterAll(async () => {
    sender?.close();
    await sink?.stop();
  });

  it("answers in the customer's thread with the order number in subject and Message-ID", async () => {
    const { externalId } = await sender.send(reply());
    const sent = sink.mails.at(-1);
    expect(sent?.to).toEqual(["ivan@example.ru"]);
    const mail = await simpleParser(sent?.raw ?? Buffer.alloc(0));
    expect(mail.subject).toBe("Re: [#1042] Заказ: гречка и чай");
    expect(mail.inReplyTo).toBe("<reply-1@example.ru>");
    expect(mail.references).toEqual([
      "<customer-1@example.ru>",
      "<order-1042.k3j4h5@shop.test>",
      "<reply-1@example.ru>",
    ]);
    expect(mail.messageId).toBe(externalId);
    expect(externalId).toMatch(/^<order-1042\.[0-9a-f]+@shop\.test>$/);
    expect(orderNumberFromMessageId(externalId, "shop.test")).toBe(1042);
    expect(mail.headers.get("auto-submitted")).toBe("auto-replied");
    expect(mail.text?.trim()).toBe("Ваш заказ принят.\n\nСпасибо!");
    expect(mail.html).toContain("<p>Ваш заказ принят.</p>");
    expect(mail.from?.value[0]?.address).toBe("orders@shop.test");
  });

  it("does not double Re: or the order tag, and gives each mail its own Message-ID", async () => {
    const a = await sender.send(reply({ subject: "RE: [#1042] Заказ" }));
    const b = await sender.send(reply({ subject: "RE: [#1042] Заказ" }));
    const mail = await simpleParser(sink.mails.at(-1)?.raw ?? Buffer.alloc(0));
    expect(mail.subject).toBe("RE: [#1042] Заказ");
    expect(a.externalId).not.toBe(b.externalId);
  });

  it("starts a new thread with a template subject when there is nothing to reply to", async () => {
    const rendered = managerReplyEmail("uk", {
      orderNumber: 7,
      customerName: "Олена",
      text: "Кава є.",
      shopName: "Shop",
    });
    await sender.send(
      reply({
        inReplyTo: undefined,
        references: [],
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        orderNumber: 7,
        lang: "uk",
      }),
    );
    const mail = await simpleParser(sink.mails.at(-1)?.raw ?? Buffer.alloc(0));
    expect(mail.subject).toBe("[#7] Відповідь щодо замовлення");
    expect(mail.inReplyTo).toBeUndefined();
    expect(mail.html).toContain("Кава є.");
  });

  it("marks its mail so our own intake would class a looped copy as an auto-reply, and the reply finds the order", async () => {
    const { externalId } = await sender.send(reply());
    const { parsed } = await parseMail(sink.mails.at(-1)?.raw ?? Buffer.alloc(0));
    expect(parsed && classifyMail(parsed)).toBe("auto_reply");
    expect(orderNumberFromThread({ inReplyTo: externalId, references: [], subject: "Re: something" })).toBe(1042);
  });

  it("fails with a non-retryable ChannelError on a permanent rejection and a retryable one on a temporary one", async () => {
    sink.rejectRecipient("gone@example.net", 550, "5.1.1 no such user");
    sink.rejectRecipient("busy@example.net", 451, "4.3.0 try again later");
    const gone = await sender.send(reply({ to: "gone@example.net" })).catch((e: unknown) => e);
    expect(isChannelError(gone)).toBe(true);
    expect(gone).toMatchObject({ channel: "email", method: "send", retryable: false });
    const busy = await sender.send(reply({ to: "busy@example.net" })).catch((e: unknown) => e);
    expect(busy).toMatchObject({ channel: "email", retryable: true });
  });

  it("fails retryably when the SMTP server is unreachable, without leaking the password", async () => {
    const down = createSmtpSender({ smtpUrl: "smtp://user:hunter2-secret@127.0.0.1:1", from: "orders@shop.test" });
    const err = (await down.send(reply()).catch((e: unknown) => e)) as Error & { retryable?: boolean };
    down.close();
    expect(isChannelError(err)).toBe(true);
    expect(err.retryable).toBe(true);
    expect(err.message).not.toContain("hunter2-secret");
  });
});
