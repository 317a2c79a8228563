import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { EmailRaw } from "../../intake/email/index.js";
import { mailToInbound, parseMail, stableMessageId } from "../../intake/email/index.js";

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/mail/${name}`, import.meta.url)));
const rawOf = (m: { raw?: unknown }) => m.raw as EmailRaw;

/** A letter lost to a wrong charset shows up as "?" or U+FFFD, or as Latin-1 mojibake of Cyrillic. */
function expectCleanCyrillic(s: string) {
  expect(s).not.toMatch(/\uFFFD/);
  expect(s).not.toMatch(/\?{2,}/);
  expect(s).not.toMatch(/[ÐÑÃÂ][\u0080-\u00BF]/);
}

describe("charsets: every letter survives", () => {
  it.each([
    ["windows-1251.eml", "Заказ: гречка и чай", "Юлия Щукина", "Хочу заказать 2 кг гречки и 3 пачки чая «Ёжик»."],
    ["koi8-r.eml", "Заказ канцелярии", "Эдуард Яковлев", "Прошу 5 шт. тетрадей в клетку и 1 упаковку ручек."],
    [
      "ukrainian-windows-1251.eml",
      "Замовлення їжачків",
      "Ігор Їжак",
      "Прошу їжачка з ґудзиком — 4 шт., і ще єнот 1 шт.",
    ],
  ])("%s", async (file, subject, name, line) => {
    const m = await mailToInbound(fixture(file), "orders");
    expect(m.subject).toBe(subject);
    expect(m.sender.name).toBe(name);
    expect(m.text).toContain(line);
    expectCleanCyrillic(`${m.subject} ${m.sender.name} ${m.text}`);
  });

  it.each(["raw-8bit-headers-windows-1251.eml", "raw-8bit-headers-koi8-r.eml"])(
    "decodes raw 8-bit Subject and From without encoded-words (%s)",
    async (file) => {
      const m = await mailToInbound(fixture(file), "orders");
      expect(m.subject).toBe("Заказ обоев");
      expect(m.sender).toEqual({ email: "sergey@example.ru", name: "Сергей Ёлкин" });
      expect(m.text).toContain("Нужно 3 рулона обоев и клей 2 шт.");
    },
  );

  it("decodes an iso-8859-5 part next to a windows-1251 one", async () => {
    const m = await mailToInbound(fixture("ukrainian-windows-1251.eml"), "orders");
    expect(m.text).toContain("Адрес: Москва, Пятницкая 7");
  });
});

describe("toInboundMessage", () => {
  it("maps an order mail onto the InboundMessage contract", async () => {
    const m = await mailToInbound(fixture("windows-1251.eml"), "orders@shop.test", { uid: 7, uidValidity: 42n });
    expect(m).toMatchObject({
      channel: "email",
      account: "orders@shop.test",
      externalId: "<cp1251-order-1@example.ru>",
      sender: { email: "yulia@example.ru", name: "Юлия Щукина" },
      receivedAt: "2025-07-01T10:15:00+03:00",
      kind: "text",
      inReplyTo: null,
      references: [],
    });
    expect(m.headers).toMatchObject({
      "X-OrderHub-Mail-Class": "normal",
      From: expect.stringContaining("yulia@example.ru"),
    });
    const raw = rawOf(m);
    expect(raw.uid).toBe(7);
    expect(raw.uidValidity).toBe("42");
    expect(Buffer.from(raw.sourceBase64, "base64").equals(fixture("windows-1251.eml"))).toBe(true);
  });

  it("takes the text of an HTML-only mail from its HTML", async () => {
    const m = await mailToInbound(fixture("html-only.eml"), "orders");
    expect(m.text).toContain("2 x Green tea 100g");
    expect(m.text).toContain("Deliver to 12 Baker Street, London.");
    expect(m.text).not.toMatch(/<\/?(p|li|b|div)>/);
    expect(m.text).not.toContain("color:red");
    expect(m.receivedAt).toBe("2025-07-04T08:30:00+01:00");
  });

  it("keeps attachment metadata always and content only within the size limit", async () => {
    const m = await mailToInbound(fixture("attachment.eml"), "orders", { maxAttachmentBytes: 1000 });
    expect(m.text).toBe("Замовлення у вкладенні.");
    expect(m.subject).toBe("Замовлення №7");
    expect(m.attachments).toEqual([
      { filename: "рахунок.pdf", contentType: "application/pdf", size: 61, ref: "mime-part:2" },
      { filename: "order.csv", contentType: "text/csv", size: 4408, ref: "mime-part:3", truncated: true },
    ]);
    const [pdf, csv] = rawOf(m).attachments;
    expect(Buffer.from(pdf?.contentBase64 ?? "", "base64").toString()).toMatch(/^%PDF-1\.4/);
    expect(csv?.contentBase64).toBeUndefined();
    expect(csv?.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it("separates a quoted reply and the signature from the new text, and keeps the thread ids", async () => {
    const m = await mailToInbound(fixture("reply-quoted.eml"), "orders");
    expect(m.text).toBe("Да, подтверждаю. Добавьте ещё 1 кг сахара.");
    expect(m.inReplyTo).toBe("<order-1042.k3j4h5@shop.test>");
    expect(m.references).toEqual(["<customer-1@example.ru>", "<order-1042.k3j4h5@shop.test>"]);
    const raw = rawOf(m);
    expect(raw.quoted).toContain("> - Гречка 2 кг");
    expect(raw.signature).toBe("Иван Петров\n+7 999 111-22-33");
    expect(raw.fullText).toContain("Ваш заказ [#1042] принят");
  });

  it("cuts an Outlook header block and a mobile signature; derives a stable Message-ID when there is none", async () => {
    const bytes = fixture("outlook-reply-no-message-id.eml");
    const m = await mailToInbound(bytes, "orders");
    expect(m.text).toBe("Прошу замінити чай на каву, 2 пачки.");
    expect(rawOf(m).quoted).toMatch(/^От: Shop/);
    expect(m.externalId).toBe(stableMessageId(bytes));
    expect(m.externalId).toMatch(/^<sha256-[0-9a-f]{40}@orderhub\.invalid>$/);
    expect((await mailToInbound(Buffer.from(bytes), "orders")).externalId).toBe(m.externalId);
    expect((await mailToInbound(Buffer.concat([bytes, Buffer.from("x")]), "orders")).externalId).not.toBe(m.externalId);
  });

  it("uses the forwarded body when the sender only forwarded a message", async () => {
    const m = await mailToInbound(fixture("forwarded.eml"), "orders");
    expect(m.text).toBe("Нужно 10 коробок скрепок к среде.\nБорис, +7 903 000-11-22");
    expect(rawOf(m).forwarded).toMatch(/^---------- Forwarded message/);
  });

  it("stores a malformed mail with what could be read, never throwing", async () => {
    const m = await mailToInbound(fixture("malformed.eml"), "orders", {
      internalDate: new Date("2025-07-09T10:00:00Z"),
    });
    expect(m.externalId).toBe("<malformed-1@example.com>");
    expect(m.sender.email).toBeUndefined(); // the From header is garbage
    expect(m.receivedAt).toBe("2025-07-09T10:00:00.000Z"); // unreadable Date: the server's arrival time
    expect(m.text).toContain("giao ng");
    expect(rawOf(m).sourceBase64.length).toBeGreaterThan(0);
  });

  it("stores bytes mailparser rejects as a message with an empty text and the error", async () => {
    const garbage = Buffer.from([0, 1, 2, 3, 255, 254, 0, 10, 13, 10]);
    const m = await mailToInbound(garbage, "orders");
    expect(m.channel).toBe("email");
    expect(m.externalId).toBe(stableMessageId(garbage));
    expect(m.text).toBe("");
    expect(JSON.stringify(m)).not.toContain("\\u0000");
  });

  it("reports a parse failure in the headers and raw", async () => {
    const { parsed } = await parseMail(fixture("bulk.eml"));
    const { toInboundMessage } = await import("../../intake/email/index.js");
    const m = toInboundMessage(null, fixture("bulk.eml"), "orders", { parseError: "mail could not be parsed: boom" });
    expect(parsed).not.toBeNull();
    expect(m.text).toBe("");
    expect(m.headers?.["X-OrderHub-Parse-Error"]).toBe("mail could not be parsed: boom");
    expect(rawOf(m).parseError).toBe("mail could not be parsed: boom");
  });
});
