import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../app.js";
import type { Hub } from "../../hub.js";
import { silentLogger } from "../../logger.js";
import { createTestHub } from "../support/hub.js";

/** The REST API through Hono's app.request, on the real pipeline and embedded database. */

const TOKEN = "test-token-0123456789abcdef";
let hub: Hub;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  hub = await createTestHub();
  hub.startWorkers();
  app = createApp({
    store: hub.store,
    actions: hub.actions,
    ingest: hub.pipeline.ingest,
    workflow: hub.workflow,
    apiToken: TOKEN,
    logger: silentLogger,
    readiness: { database: () => hub.database.ping(), queue: () => hub.jobs.ping() },
  });
});
afterAll(() => hub.close());

const auth = { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" };
const post = (path: string, body: unknown, headers: Record<string, string> = auth) =>
  app.request(path, { method: "POST", headers, body: typeof body === "string" ? body : JSON.stringify(body) });
const get = (path: string) => app.request(path, { headers: auth });

const russianOrder = {
  channel: "api",
  external_id: "shop-form-1",
  sender: { name: "Мария" },
  text: "Здравствуйте! Лопату 2 шт и перчатки одну пару. Телефон +380 67 123 45 67",
  received_at: "2026-05-04T10:00:00+03:00",
};

describe("health", () => {
  it("answers /healthz and /readyz without a token", async () => {
    expect((await app.request("/healthz")).status).toBe(200);
    const ready = await app.request("/readyz");
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ok: true, checks: { database: true, queue: true } });
  });
});

describe("/api", () => {
  it("refuses requests without the right bearer token", async () => {
    expect((await app.request("/api/orders")).status).toBe(401);
    expect(
      (await app.request("/api/orders", { headers: { authorization: "Bearer wrong-token-0123456789" } })).status,
    ).toBe(401);
    expect((await post("/api/inbound", russianOrder, { "content-type": "application/json" })).status).toBe(401);
  });

  it("takes a Russian order once: 202, one order with its lines and phone; posting again creates nothing", async () => {
    const first = await post("/api/inbound", { ...russianOrder, sender: { phone: "+380671234567", name: "Мария" } });
    expect(first.status).toBe(202);
    const { message_id, duplicate } = (await first.json()) as { message_id: string; duplicate: boolean };
    expect(message_id).toMatch(/[0-9a-f-]{36}/);
    expect(duplicate).toBe(false);
    await hub.jobs.drain();
    const again = await post("/api/inbound", { ...russianOrder, sender: { phone: "+380671234567", name: "Мария" } });
    expect(await again.json()).toEqual({ message_id, duplicate: true });
    await hub.jobs.drain();

    const list = (await (await get("/api/orders")).json()) as {
      orders: Record<string, unknown>[];
      next_cursor: string | null;
    };
    expect(list.orders).toHaveLength(1);
    const order = list.orders[0]!;
    expect(order).toMatchObject({ status: "new", phone: "+380671234567", unknown_items: [] });
    expect(order.lines).toEqual([
      { sku: "SHOVEL", name: "Лопата штикова", qty: 2, unit: "pcs", price: 410 },
      { sku: "GLOVES-L", name: "Рукавички робочі L", qty: 1, unit: "pcs", price: 85 },
    ]);
    for (const key of [
      "id",
      "number",
      "customer",
      "email",
      "address",
      "delivery_date",
      "assignee",
      "created_at",
      "updated_at",
    ]) {
      expect(order, key).toHaveProperty(key);
    }
  });

  it("answers bad JSON and bad fields with 400 and a clear message", async () => {
    const bad = await post("/api/inbound", "{not json");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: "invalid_input", message: "the body is not valid JSON" });
    const noSender = await post("/api/inbound", { ...russianOrder, sender: {} });
    expect(noSender.status).toBe(400);
    expect(((await noSender.json()) as { message: string }).message).toContain("sender");
    const badTime = await post("/api/inbound", {
      ...russianOrder,
      sender: { phone: "+380671234567" },
      received_at: "yesterday",
    });
    expect(((await badTime.json()) as { message: string }).message).toContain("received_at");
    expect((await get("/api/orders?status=flying")).status).toBe(400);
    const huge = await post("/api/inbound", {
      ...russianOrder,
      sender: { phone: "+380671234567" },
      text: "x".repeat(2_000_000),
    });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: "too_large" });
    const long = await post("/api/inbound", {
      ...russianOrder,
      sender: { phone: "+380671234567" },
      text: "x".repeat(300_000),
    });
    expect(long.status).toBe(400);
  });

  it("shows one order with its messages and history, and moves it through the workflow", async () => {
    await post("/api/inbound", {
      channel: "api",
      external_id: "form-2",
      sender: { email: "buyer@example.com" },
      text: "шланг садовий 1 шт",
      received_at: "2026-05-04T11:00:00Z",
    });
    await hub.jobs.drain();
    const { orders } = (await (await get("/api/orders")).json()) as {
      orders: { id: string; number: number; customer: { id: string } }[];
    };
    const target = orders.find((o) => o.id)!;
    const detail = (await (await get(`/api/orders/${target.id}`)).json()) as {
      messages: unknown[];
      history: { type: string }[];
    };
    expect(detail.messages.length).toBeGreaterThan(0);
    expect(detail.history.map((h) => h.type)).toContain("order.created");
    expect((await get(`/api/orders/${target.number}`)).status).toBe(200);

    const moved = await post(`/api/orders/${target.id}/transitions`, { to: "processing" });
    expect(moved.status).toBe(200);
    expect(await moved.json()).toMatchObject({ status: "processing", confirmed: true });

    const forbidden = await post(`/api/orders/${target.id}/transitions`, { to: "delivered" });
    expect(forbidden.status).toBe(409);
    expect(await forbidden.json()).toMatchObject({ error: "conflict", allowed: ["picking", "cancelled"] });

    const noReason = await post(`/api/orders/${target.id}/transitions`, { to: "cancelled" });
    expect(noReason.status).toBe(400);
    const history = (await (await get(`/api/orders/${target.id}`)).json()) as {
      history: { type: string; actor: { type: string } }[];
    };
    expect(history.history.at(-1)).toMatchObject({ type: "order.status_changed", actor: { type: "api" } });
  });

  it("filters by status and customer, and pages with a cursor", async () => {
    for (let i = 0; i < 3; i++) {
      await post("/api/inbound", {
        channel: "api",
        external_id: `page-${i}`,
        sender: { phone: `+38050000000${i}` },
        text: "лопата",
        received_at: `2026-05-05T1${i}:00:00Z`,
      });
    }
    await hub.jobs.drain();
    const page1 = (await (await get("/api/orders?status=new&limit=2")).json()) as {
      orders: { id: string; status: string }[];
      next_cursor: string;
    };
    expect(page1.orders).toHaveLength(2);
    expect(page1.orders.every((o) => o.status === "new")).toBe(true);
    const page2 = (await (await get(`/api/orders?status=new&limit=2&cursor=${page1.next_cursor}`)).json()) as {
      orders: { id: string }[];
    };
    expect(page2.orders.length).toBeGreaterThan(0);
    expect(page2.orders.map((o) => o.id)).not.toContain(page1.orders[0]?.id);
  });

  it("answers 404 for an unknown order", async () => {
    const res = await get("/api/orders/00000000-0000-0000-0000-000000000000");
    expect(res.status).toBe(404);
    expect((await post("/api/orders/999999/transitions", { to: "paid" })).status).toBe(404);
  });
});
