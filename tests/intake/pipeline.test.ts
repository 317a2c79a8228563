import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { InboundMessage } from "../../core/types.js";
import type { Hub } from "../../hub.js";
import type { PublishedEvent } from "../../intake/ports.js";
import { createDatabase } from "../../storage/database.js";
import { buildInbound } from "../support/builders.js";
import { createTestHub } from "../support/hub.js";
import { freshPostgresDatabase, postgresUrl } from "../support/services.js";

/** The grouping rules, end to end: real parser, real pipeline, real (embedded) database. */

let hub: Hub;
const events: PublishedEvent[] = [];
const unattached: string[] = [];

beforeAll(async () => {
  hub = await createTestHub();
  hub.bus.subscribe("test", async (e) => void events.push(e));
  hub.bus.subscribeUnattached("test", async (m) => void unattached.push(m.messageId));
  hub.startWorkers();
});
afterAll(() => hub.close());
beforeEach(async () => {
  events.length = 0;
  unattached.length = 0;
  await hub.database.db.execute(
    sql.raw(
      "truncate order_cards, order_events, order_messages, order_lines, orders, message_revisions, inbound_messages, customer_identities, customers, outbound_messages restart identity cascade",
    ),
  );
});

async function send(...messages: InboundMessage[]) {
  const ids: string[] = [];
  for (const m of messages) {
    ids.push((await hub.pipeline.ingest(m)).messageId);
    await hub.jobs.drain();
  }
  return ids;
}

async function orders() {
  return (await hub.store.listOrders({ limit: 100 })).orders;
}

const at = (hhmm: string, day = "04") => `2026-05-${day}T${hhmm}:00+03:00`;
const tg = (id: string, minute: string, text: string, extra: Partial<InboundMessage> = {}) =>
  buildInbound({
    channel: "telegram",
    externalId: `tg:${id}:${minute}`,
    sender: { telegramId: id },
    receivedAt: at(minute),
    text,
    ...extra,
  });

describe("pipeline grouping rules", () => {
  it("1: the same message delivered twice is one message and one order", async () => {
    const m = tg("501", "10:00", "2 лопати і рукавички");
    await send(m, m, { ...m, raw: { again: true } });
    const list = await orders();
    expect(list).toHaveLength(1);
    expect(list[0]?.lines.map((l) => [l.sku, l.qty])).toEqual([
      ["SHOVEL", 2],
      ["GLOVES-L", 1],
    ]);
    const [count] = await hub.database.rows<{ n: number }>(sql`select count(*)::int as n from inbound_messages`);
    expect(count?.n).toBe(1);
  });

  it("2: an edit changes its order, a redelivered edit changes nothing more", async () => {
    const m = tg("502", "10:00", "2 лопати");
    await send(
      m,
      { ...m, text: "3 лопати", edited: true, receivedAt: at("10:04") },
      { ...m, text: "3 лопати", edited: true },
    );
    const list = await orders();
    expect(list).toHaveLength(1);
    expect(list[0]?.lines).toEqual([expect.objectContaining({ sku: "SHOVEL", qty: 3 })]);
  });

  it("3: follow-ups within the window join the draft; after it a new order starts", async () => {
    await send(
      tg("503", "10:00", "Шланг садовий 1 шт"),
      tg("503", "10:30", "Адреса: Київ, вул. Лісова 3, кв. 5"),
      tg("503", "11:10", "і ще лопату"),
      tg("503", "14:20", "грунт 2 мішки"),
    );
    const list = (await orders()).sort((a, b) => a.number - b.number);
    expect(list).toHaveLength(2);
    expect(list[0]?.lines.map((l) => l.sku).sort()).toEqual(["HOSE-25", "SHOVEL"]);
    expect(list[0]?.address).toContain("Лісова 3");
    expect(list[1]?.lines.map((l) => l.sku)).toEqual(["SOIL-50"]);
  });

  it("4: one customer across channels by the phone they wrote", async () => {
    await send(
      tg("504", "10:00", "2 рукавички, мій телефон +380 67 555 44 33"),
      buildInbound({
        channel: "whatsapp",
        externalId: "wamid.X1",
        sender: { whatsappId: "380675554433", phone: "+380675554433" },
        receivedAt: at("10:05"),
        text: "Продублюю: 2 рукавички",
      }),
    );
    const list = await orders();
    expect(list).toHaveLength(1);
    expect(list[0]?.lines).toEqual([expect.objectContaining({ sku: "GLOVES-L", qty: 2 })]);
    expect(list[0]?.phone).toBe("+380675554433");
  });

  it("4: a cross-posted order becomes one when the link between the channels comes later", async () => {
    await send(
      tg("514", "10:00", "2 лопати"),
      buildInbound({
        channel: "whatsapp",
        externalId: "wamid.X9",
        sender: { whatsappId: "380675550000", phone: "+380675550000" },
        receivedAt: at("10:06"),
        text: "Дублюю сюди: 2 лопати",
      }),
    );
    expect(await orders()).toHaveLength(2);
    await send(tg("514", "10:08", "мій телефон +380 67 555 00 00"));
    const list = (await orders()).sort((a, b) => a.number - b.number);
    expect(list.map((o) => o.status)).toEqual(["new", "cancelled"]);
    expect(list[0]?.lines).toEqual([expect.objectContaining({ sku: "SHOVEL", qty: 2 })]);
    expect(list[0]?.phone).toBe("+380675550000");
    expect(list[1]?.cancelReason).toBe(`merged into #${list[0]?.number}`);
    expect(list[1]?.lines).toEqual([]);
    expect((await hub.store.messagesOfOrder(list[0]!.id)).map((m) => m.externalId).sort()).toEqual([
      "tg:514:10:00",
      "tg:514:10:08",
      "wamid.X9",
    ]);
    expect(events.map((e) => e.event.type)).toContain("order.merged");
  });

  it("5: an email reply and a messenger reply join their order whatever the time", async () => {
    const order = buildInbound({
      channel: "email",
      externalId: "<o1@mail.test>",
      sender: { email: "olga@example.com" },
      subject: "Замовлення",
      receivedAt: at("09:00"),
      text: "Лопата 1 шт",
    });
    const reply = buildInbound({
      channel: "email",
      externalId: "<o2@mail.test>",
      sender: { email: "olga@example.com" },
      subject: "Re: Замовлення",
      inReplyTo: "<o1@mail.test>",
      references: ["<o1@mail.test>"],
      receivedAt: "2026-05-07T09:00:00+03:00",
      text: "Адреса: Одеса, вул. Морська 7",
    });
    await send(order, reply);
    const list = await orders();
    expect(list).toHaveLength(1);
    expect(list[0]?.address).toContain("Морська 7");

    await send(
      tg("505", "10:00", "шланг"),
      tg("505", "10:01", "Доставка: Львів, вул. Зелена 1", {
        receivedAt: "2026-05-09T10:00:00+03:00",
        replyToExternalId: "tg:505:10:00",
      }),
    );
    expect(await orders()).toHaveLength(2);
  });

  it("6: different customers never share an order, even with identical text", async () => {
    await send(tg("506", "10:00", "2 лопати"), tg("606", "10:01", "2 лопати"));
    const list = await orders();
    expect(list).toHaveLength(2);
    expect(new Set(list.map((o) => o.customerId)).size).toBe(2);
  });

  it("7: a message that says it is a separate order starts one", async () => {
    await send(tg("507", "10:00", "лопата"), tg("507", "10:05", "І окремим замовленням: шланг садовий"));
    expect(await orders()).toHaveLength(2);
  });

  it("8: greetings, questions and auto-replies create no order", async () => {
    await send(
      tg("508", "10:00", "Добрий день!"),
      tg("508", "10:01", "А коли у вас доставка?"),
      buildInbound({
        channel: "email",
        externalId: "<auto@mail.test>",
        sender: { email: "away@example.com" },
        subject: "Automatic reply: out of office",
        headers: { "Auto-Submitted": "auto-replied" },
        receivedAt: at("10:02"),
        text: "I am out of the office until Monday. 2 shovels",
      }),
    );
    expect(await orders()).toHaveLength(0);
    // Managers still see what the customer wrote: each message is reported once as joining no order.
    expect(unattached).toHaveLength(3);
    const [count] = await hub.database.rows<{ n: number }>(
      sql`select count(*)::int as n from inbound_messages where status = 'processed'`,
    );
    expect(count?.n).toBe(3);
  });

  it("publishes order events and writes the audit history", async () => {
    await send(tg("509", "10:00", "лопата"), tg("509", "10:02", "Адреса: Київ, вул. Вишнева 2"));
    expect(events.map((e) => e.event.type)).toEqual(["order.created", "order.updated"]);
    const [order] = await orders();
    const history = await hub.store.history(order!.id);
    expect(history.map((h) => h.type)).toEqual(["order.created", "order.updated"]);
    expect(history[1]?.after).toMatchObject({ address: expect.stringContaining("Вишнева 2") });
    expect(history[1]?.actor).toMatchObject({ type: "customer", customerId: order?.customerId });
  });

  it("applies a message once when two jobs for it run at the same time", async () => {
    const stored = await hub.store.storeInbound(tg("511", "10:00", "2 лопати"));
    await Promise.all([hub.pipeline.processMessage(stored.id), hub.pipeline.processMessage(stored.id)]);
    await hub.jobs.drain();
    expect(events.map((e) => e.event.type)).toEqual(["order.created"]);
    const [order] = await orders();
    expect((await hub.store.history(order!.id)).map((h) => h.type)).toEqual(["order.created"]);
  });

  it("keeps a message whose processing fails, with its error, and reprocesses it later", async () => {
    let fail = true;
    const flaky = await createTestHub({
      parse: async (input, snapshot) => {
        if (fail) throw new Error("parser exploded");
        const { parseMessage } = await import("../../core/parse/index.js");
        return parseMessage(input, snapshot.index);
      },
    });
    flaky.startWorkers();
    try {
      const { messageId } = await flaky.pipeline.ingest(tg("510", "10:00", "лопата"));
      await flaky.jobs.drain();
      const failed = await flaky.store.getMessage(messageId);
      expect(failed?.status).toBe("failed");
      expect(failed?.error).toContain("parser exploded");
      expect(failed?.text).toBe("лопата");
      fail = false;
      expect(await flaky.pipeline.reprocessPending({ includeFailed: true })).toBe(1);
      await flaky.jobs.drain();
      expect((await flaky.store.getMessage(messageId))?.status).toBe("processed");
      expect((await flaky.store.listOrders({})).orders).toHaveLength(1);
    } finally {
      await flaky.close();
    }
  });
});

const concurrencyTargets: { name: string; open: () => Promise<{ hub: Hub; cleanup: () => Promise<void> }> }[] = [
  {
    name: "pglite",
    open: async () => {
      const h = await createTestHub({ env: { WORKER_CONCURRENCY: "8" } });
      return { hub: h, cleanup: () => h.close() };
    },
  },
];
const pgAdmin = postgresUrl();
if (pgAdmin) {
  concurrencyTargets.push({
    name: "postgres",
    open: async () => {
      const fresh = await freshPostgresDatabase(pgAdmin);
      const h = await createTestHub({
        database: await createDatabase({ url: fresh.url, poolSize: 10 }),
        env: { WORKER_CONCURRENCY: "8" },
      });
      return {
        hub: h,
        cleanup: async () => {
          await h.close();
          await fresh.drop();
        },
      };
    },
  });
}

describe.each(concurrencyTargets)("parallel ingests on $name", ({ open }) => {
  it("one customer's messages processed in parallel make one draft, not two", async () => {
    const { hub: h, cleanup } = await open();
    try {
      h.startWorkers();
      const texts = ["лопата", "2 рукавички", "шланг", "грунт 3 шт", "насіння томатів 2", "добриво 2 кг"];
      const batch = Array.from({ length: 24 }, (_, i) =>
        buildInbound({
          channel: "telegram",
          externalId: `tg:700:${i}`,
          sender: { telegramId: "700" },
          receivedAt: `2026-05-04T10:${String(i).padStart(2, "0")}:00Z`,
          text: texts[i % texts.length] as string,
        }),
      );
      await Promise.all(batch.map((m) => h.pipeline.ingest(m)));
      await h.jobs.drain();
      const list = (await h.store.listOrders({})).orders;
      expect(list).toHaveLength(1);
      expect(list[0]?.lines.map((l) => l.sku).sort()).toEqual([
        "FERT-KG",
        "GLOVES-L",
        "HOSE-25",
        "SEED-TOM",
        "SHOVEL",
        "SOIL-50",
      ]);
      const [linked] = await h.database.rows<{ n: number }>(sql`select count(*)::int as n from order_messages`);
      expect(linked?.n).toBe(24);
    } finally {
      await cleanup();
    }
  });
});
