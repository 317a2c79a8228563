import { describe, expect, it } from "vitest";
import { orderNumberFromThread, orderSubject, splitReply } from "../../intake/email/index.js";

describe("splitReply", () => {
  it.each([
    [
      "Gmail English attribution",
      "Yes, add 2 more.\n\nOn Mon, 7 Jul 2025 at 10:00, Shop <orders@shop.test> wrote:\n> Your order [#1042]\n> - Tea 3",
      "Yes, add 2 more.",
    ],
    [
      "wrapped English attribution",
      "Yes.\n\nOn Mon, 7 Jul 2025 at 10:00, Shop Support Team\n<orders@shop.test> wrote:\n> quoted",
      "Yes.",
    ],
    [
      "Yandex Russian attribution",
      'Подтверждаю.\n\n07.07.2025, 10:00, "Shop" <orders@shop.test>:\n> Заказ принят',
      "Подтверждаю.",
    ],
    ["Russian 'пишет'", "Да.\n\nИван Иванов пишет:\n\n> что-то", "Да."],
    ["Ukrainian 'пише'", "Так.\n\nМагазин пише:\n> щось", "Так."],
    ["Original Message separator", "Ok\n-----Original Message-----\nFrom: x\nSent: y\nTo: z\nSubject: s\n\nold", "Ok"],
    ["Исходное сообщение", "Хорошо\n\n-------- Исходное сообщение --------\nОт: x\n", "Хорошо"],
    [
      "Outlook English block",
      "Fine\n\nFrom: Shop <orders@shop.test>\nSent: Monday\nTo: me\nSubject: order\n\nold text",
      "Fine",
    ],
    ["Outlook Ukrainian block", "Добре\n\nВід: Shop\nНадіслано: 7 липня\nКому: я\nТема: замовлення\n\nстаре", "Добре"],
    ["RFC 3676 signature", "2 kg sugar please\n\n-- \nJohn\n+44 20 7946 0958", "2 kg sugar please"],
    ["mobile signature", "Пришлите 3 шт.\n\nОтправлено с iPhone", "Пришлите 3 шт."],
    ["interleaved quote keeps own lines", "> Tea 3?\nMake it 4\n> Honey?\nYes, 1 jar", "Make it 4\nYes, 1 jar"],
    [
      "a colon in the text is not an attribution",
      "Заказ:\n2 кг гречки\n3 пачки чая",
      "Заказ:\n2 кг гречки\n3 пачки чая",
    ],
    ["a From: line inside an order is kept", "From: Moscow to Tula, 5 boxes", "From: Moscow to Tula, 5 boxes"],
  ])("%s", (_, input, expected) => {
    expect(splitReply(input).text).toBe(expected);
  });

  it("keeps what it cut", () => {
    const s = splitReply("Да\n\nОт: Shop\nОтправлено: вчера\nКому: я\n\nстарое\n");
    expect(s.quoted).toBe("От: Shop\nОтправлено: вчера\nКому: я\n\nстарое");
    expect(s.signature).toBe("");
  });
});

describe("thread ids", () => {
  it("finds the order from In-Reply-To, then References, then the subject tag", () => {
    expect(orderNumberFromThread({ inReplyTo: "<order-1042.ab12@shop.test>", references: [], subject: "" })).toBe(1042);
    expect(
      orderNumberFromThread({
        inReplyTo: "<x@y>",
        references: ["<order-7.aa@shop.test>", "<order-9.bb@shop.test>"],
        subject: "",
      }),
    ).toBe(9);
    expect(orderNumberFromThread({ inReplyTo: null, references: [], subject: "Re: [#55] Заказ" })).toBe(55);
    expect(orderNumberFromThread({ inReplyTo: "<order-1.a@evil.test>", subject: "" }, "shop.test")).toBeNull();
    expect(orderNumberFromThread({ subject: "Order 1042" })).toBeNull();
  });

  it.each([
    ["Заказ", 1042, true, "Re: [#1042] Заказ"],
    ["Re: Заказ", 1042, true, "Re: [#1042] Заказ"],
    ["RE: Re: Заказ", 1042, true, "RE: Re: [#1042] Заказ"],
    ["Re: [#1042] Заказ", 1042, true, "Re: [#1042] Заказ"],
    ["Order received", 7, false, "[#7] Order received"],
    ["Hello", undefined, true, "Re: Hello"],
  ] as const)("orderSubject(%s)", (subject, n, isReply, expected) => {
    expect(orderSubject(subject, n, isReply)).toBe(expected);
  });
});
