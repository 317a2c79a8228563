import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, type Database } from "../../storage/database.js";
import { createOrderStore, type OrderStore } from "../../storage/order-store.js";
import { buildInbound } from "../support/builders.js";
import { freshPostgresDatabase, postgresUrl } from "../support/services.js";

/** One contract, every database: the embedded PGlite always, a real PostgreSQL when DATABASE_URL is set. */

const targets: { name: string; open: () => Promise<{ database: Database; cleanup: () => Promise<void> }> }[] = [
  {
    name: "pglite",
    open: async () => {
      const database = await createDatabase({ dataDir: "memory://" });
      return { database, cleanup: () => database.close() };
    },
  },
];
const pgAdmin = postgresUrl();
if (pgAdmin) {
  targets.push({
    name: "postgres",
    open: async () => {
      const fresh = await freshPostgresDatabase(pgAdmin);
      const database = await createDatabase({ url: fresh.url, poolSize: 4 });
      return {
        database,
        cleanup: async () => {
          await database.close();
          await fresh.drop();
        },
      };
    },
  });
}

describe.each(targets)("order store on $name", ({ open }) => {
  let database: Database;
  let store: OrderStore;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ database, cleanup } = await open());
    await database.migrate();
    await database.migrate(); // applying twice is a no-op
    store = createOrderStore(database);
  });
  afterAll(() => cleanup());

  it("stores a message once however often it is delivered", async () => {
    const m = buildInbound({ externalId: "tg:1:100" });
    const first = await store.storeInbound(m);
    const again = await store.storeInbound({ ...m, raw: { redelivered: true } });
    expect(first.duplicate).toBe(false);
    expect(again).toEqual({ id: first.id, revision: 1, duplicate: true });
  });

  it("keeps the raw payload and the sender's UTC offset", async () => {
    const m = buildInbound({
      externalId: "tg:1:101",
      receivedAt: "2026-05-04T23:30:00+03:00",
      raw: { update_id: 7, message: { text: "x" } },
    });
    const { id } = await store.storeInbound(m);
    const stored = await store.getMessage(id);
    expect(stored?.raw).toEqual({ update_id: 7, message: { text: "x" } });
    expect(stored?.receivedAtText).toBe("2026-05-04T23:30:00+03:00");
    expect(stored?.receivedAt.toISOString()).toBe("2026-05-04T20:30:00.000Z");
  });

  it("turns an edit into a new revision and keeps the earlier text", async () => {
    const m = buildInbound({ externalId: "tg:1:102", text: "2 shovels" });
    const first = await store.storeInbound(m);
    const edit = await store.storeInbound({ ...m, text: "3 shovels", edited: true });
    expect(edit).toEqual({ id: first.id, revision: 2, duplicate: false });
    const redeliveredEdit = await store.storeInbound({ ...m, text: "3 shovels", edited: true });
    expect(redeliveredEdit.duplicate).toBe(true);
    const rows = await database.rows<{ text: string; revision: number }>(
      (await import("drizzle-orm")).sql`select text, revision from message_revisions where message_id = ${first.id}`,
    );
    expect(rows).toEqual([{ text: "2 shovels", revision: 1 }]);
    expect((await store.getMessage(first.id))?.text).toBe("3 shovels");
  });

  it("recognises one customer across channels and merges two that turn out to be one", async () => {
    const a = await store.transaction((tx) =>
      store.resolveCustomer(tx, [{ kind: "telegram", value: "555" }], { name: "Ivan" }),
    );
    const b = await store.transaction((tx) =>
      store.resolveCustomer(tx, [{ kind: "email", value: "ivan@example.com" }], {}),
    );
    expect(a).not.toBe(b);
    const both = await store.transaction((tx) =>
      store.resolveCustomer(
        tx,
        [
          { kind: "telegram", value: "555" },
          { kind: "email", value: "ivan@example.com" },
          { kind: "phone", value: "+380671112233" },
        ],
        {},
      ),
    );
    expect(both).toBe(a);
    expect(await store.findCustomerByIdentity({ kind: "email", value: "ivan@example.com" })).toBe(a);
    expect(await store.findCustomerByIdentity({ kind: "phone", value: "+380671112233" })).toBe(a);
    expect((await store.getCustomer(b))?.mergedInto).toBe(a);
  });

  it("numbers orders for humans, saves with optimistic versions and pages by cursor", async () => {
    const customerId = await store.transaction((tx) =>
      store.resolveCustomer(tx, [{ kind: "telegram", value: "777" }], {}),
    );
    const created = [];
    for (let i = 0; i < 5; i++) {
      created.push(
        await store.transaction((tx) =>
          store.createOrder(tx, {
            customerId,
            channel: "telegram",
            account: "bot",
            status: "new",
            currency: "UAH",
            at: `2026-05-04T10:0${i}:00Z`,
          }),
        ),
      );
    }
    const numbers = created.map((o) => o.number);
    expect(numbers[0]).toBeGreaterThanOrEqual(1001);
    expect(new Set(numbers).size).toBe(5);

    const first = created[0]!;
    const saved = await store.transaction((tx) =>
      store.saveOrder(
        tx,
        {
          ...first,
          phone: "+380671234567",
          version: 2,
          lines: [{ sku: "A", name: "A", qty: 2, unit: "pcs", price: 10 }],
        },
        1,
        { lines: true },
      ),
    );
    expect(saved).toBe(true);
    const stale = await store.transaction((tx) =>
      store.saveOrder(tx, { ...first, phone: "+380000000000", version: 2 }, 1),
    );
    expect(stale).toBe(false);
    const reread = await store.getOrder(first.id);
    expect(reread?.phone).toBe("+380671234567");
    expect(reread?.lines).toEqual([{ sku: "A", name: "A", qty: 2, unit: "pcs", price: 10 }]);

    const page1 = await store.listOrders({ customerId, limit: 2 });
    expect(page1.orders.map((o) => o.number)).toEqual([numbers[4], numbers[3]]);
    const page2 = await store.listOrders({ customerId, limit: 2, cursor: page1.nextCursor ?? undefined });
    const page3 = await store.listOrders({ customerId, limit: 2, cursor: page2.nextCursor ?? undefined });
    expect([...page2.orders, ...page3.orders].map((o) => o.number)).toEqual([numbers[2], numbers[1], numbers[0]]);
    expect(page3.nextCursor).toBeNull();
  });
});

describe("embedded database", () => {
  it("keeps its data across a restart", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "orderhub-pglite-"));
    try {
      const first = await createDatabase({ dataDir: dir });
      await first.migrate();
      const { id } = await createOrderStore(first).storeInbound(buildInbound({ externalId: "tg:9:1" }));
      await first.close();
      const second = await createDatabase({ dataDir: dir });
      await second.migrate();
      expect((await createOrderStore(second).getMessage(id))?.externalId).toBe("tg:9:1");
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
