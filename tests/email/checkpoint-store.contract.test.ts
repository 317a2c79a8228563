import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemoryCheckpointStore, type MailboxCheckpointStore } from "../../intake/email/index.js";
import { createDatabase } from "../../storage/database.js";
import { createMailboxCheckpointRepo } from "../../storage/mailbox-checkpoint-repo.js";
import { freshPostgresDatabase, postgresUrl } from "../support/services.js";

/** One contract for every checkpoint store: in memory, embedded PGlite, and PostgreSQL when DATABASE_URL is set. */

type Target = { name: string; open: () => Promise<{ store: MailboxCheckpointStore; cleanup: () => Promise<void> }> };

const targets: Target[] = [
  { name: "memory", open: async () => ({ store: createMemoryCheckpointStore(), cleanup: async () => {} }) },
  {
    name: "pglite",
    open: async () => {
      const database = await createDatabase({ dataDir: "memory://" });
      await database.migrate();
      return { store: createMailboxCheckpointRepo(database), cleanup: () => database.close() };
    },
  },
];
const pgAdmin = postgresUrl();
if (pgAdmin) {
  targets.push({
    name: "postgres",
    open: async () => {
      const fresh = await freshPostgresDatabase(pgAdmin);
      const database = await createDatabase({ url: fresh.url, poolSize: 2 });
      await database.migrate();
      return {
        store: createMailboxCheckpointRepo(database),
        cleanup: async () => {
          await database.close();
          await fresh.drop();
        },
      };
    },
  });
}

describe.each(targets)("mailbox checkpoints on $name", ({ open }) => {
  let store: MailboxCheckpointStore;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ store, cleanup } = await open());
  });
  afterAll(async () => {
    await cleanup?.();
  });

  it("has no checkpoint for a mailbox never synced", async () => {
    expect(await store.get("never")).toBeNull();
  });

  it("keeps the latest position per mailbox, UIDVALIDITY exact up to 2^32-1", async () => {
    await store.set("orders", { uidValidity: 4_294_967_295n, lastUid: 10 });
    await store.set("sales", { uidValidity: 1n, lastUid: 3 });
    await store.set("orders", { uidValidity: 4_294_967_295n, lastUid: 11 });
    expect(await store.get("orders")).toEqual({ uidValidity: 4_294_967_295n, lastUid: 11 });
    expect(await store.get("sales")).toEqual({ uidValidity: 1n, lastUid: 3 });
    await store.set("orders", { uidValidity: 1_700_000_000n, lastUid: 0 });
    expect(await store.get("orders")).toEqual({ uidValidity: 1_700_000_000n, lastUid: 0 });
  });
});
