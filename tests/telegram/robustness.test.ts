import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { splitText } from "../../bots/telegram/split-text.js";
import { CUSTOMER, CUSTOMER_EN, GROUP, IVAN, startWorld, type World } from "./world.js";

describe("Telegram: rate limits, blocked customers, long and hostile texts, flooding", () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld({ telegram: { flood: { max: 3, windowMs: 60_000 } } });
  });
  afterAll(async () => {
    await w?.close();
  });

  it("honours a 429's retry_after and still posts the card", async () => {
    w.fake.fail({
      method: "sendMessage",
      match: (p) => Number(p.chat_id) === GROUP.id,
      errorCode: 429,
      description: "Too Many Requests: retry after 1",
      retryAfter: 1,
    });
    const customer = { ...CUSTOMER, id: 5301 };
    w.fake.send(customer, "2 шланги");
    const order = await w.orderOf(customer);
    await w.card(order.number);
    const toGroup = w.fake
      .callsOf("sendMessage")
      .filter((c) => Number(c.params.chat_id) === GROUP.id && String(c.params.text).includes(`#${order.number}</b> ·`));
    expect(toGroup).toHaveLength(2);
  });

  it("marks a customer who blocked the bot unreachable, and the card says so", async () => {
    const customer = { ...CUSTOMER, id: 5302 };
    w.fake.fail({
      method: "sendMessage",
      match: (p) => Number(p.chat_id) === customer.id,
      errorCode: 403,
      description: "Forbidden: bot was blocked by the user",
      times: 100,
    });
    w.fake.send(customer, "лопата");
    const order = await w.orderOf(customer);
    await w.fake.waitFor(
      async () => (await w.hub.store.getCustomer(order.customerId))?.unreachable,
      "the customer marked unreachable",
    );
    await w.fake.waitFor(
      async () => (await w.card(order.number)).text.includes("Customer unreachable"),
      "the flag on the card",
    );
  });

  it("escapes customer text everywhere and splits texts over 4,096 characters", async () => {
    const customer = { ...CUSTOMER_EN, id: 5303, first_name: "<i>Eve</i> & co" };
    w.fake.send(customer, "2 garden hose and 1 <b>golden</b> rake & stuff");
    const order = await w.orderOf(customer);
    const card = await w.card(order.number);
    expect(card.text).toContain("&lt;i&gt;Eve&lt;/i&gt; &amp; co");
    expect(card.text).not.toContain("<i>Eve");
    await w.freshCard(order.id);
    const long = `${"Very long answer. ".repeat(300)}END`;
    w.fake.send(IVAN, long, { chat: GROUP, replyTo: card.messageId });
    await w.botSays(customer.id, /END/);
    const parts = w.botMessages(customer.id).filter((m) => m.text.includes("Very long answer"));
    expect(parts.length).toBe(2);
    expect(parts.every((p) => p.text.length <= 4096)).toBe(true);
    expect(splitText("a".repeat(9000))).toHaveLength(3);
  });

  it("answers a flood politely once and stops ingesting it", async () => {
    const customer = { ...CUSTOMER, id: 5304 };
    for (let i = 0; i < 6; i++) w.fake.send(customer, `привіт ${i}`);
    await w.botSays(customer.id, /Ви пишете дуже швидко/);
    await w.hub.jobs.drain(10_000);
    const polite = w.botMessages(customer.id).filter((m) => /дуже швидко/.test(m.text));
    expect(polite).toHaveLength(1);
  });
});

describe("Telegram: webhook mode", () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld({
      env: { TELEGRAM_WEBHOOK_URL: "https://shop.example/tg/updates", TELEGRAM_WEBHOOK_SECRET: "s3cret-value" },
    });
  });
  afterAll(async () => {
    await w?.close();
  });

  it("registers the webhook without the token and refuses a forged update with 401", async () => {
    const [set] = w.fake.callsOf("setWebhook");
    expect(set?.params.url).toBe("https://shop.example/tg/updates");
    expect(set?.params.secret_token).toBe("s3cret-value");
    expect(String(set?.params.url)).not.toContain(w.fake.token);
    const app = new Hono();
    w.channel.mount?.(app);
    const update = {
      update_id: 1,
      message: {
        message_id: 1,
        date: Math.floor(Date.now() / 1000),
        chat: { id: 5401, type: "private", first_name: "X" },
        from: { ...CUSTOMER, id: 5401 },
        text: "2 шланги",
      },
    };
    const post = (headers: Record<string, string>) =>
      app.request("/tg/updates", {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(update),
      });
    expect((await post({ "X-Telegram-Bot-Api-Secret-Token": "forged" })).status).toBe(401);
    expect((await post({})).status).toBe(401);
    expect(await w.hub.store.findCustomerByIdentity({ kind: "telegram", value: "5401" })).toBeNull();
    expect((await post({ "X-Telegram-Bot-Api-Secret-Token": "s3cret-value" })).status).toBe(200);
    await w.botSays(5401, /Замовлення #\d+<\/b> прийнято/);
  });
});
