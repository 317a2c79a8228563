import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { ImapFlow } from "imapflow";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Hub } from "../../hub.js";
import { createEmailChannel, parseImapUrl } from "../../intake/email/index.js";
import { createMailboxCheckpointRepo } from "../../storage/mailbox-checkpoint-repo.js";
import { type DovecotServer, requireDovecot, startDovecot } from "../support/dovecot.js";
import { createTestHub } from "../support/hub.js";
import { createMemoryLogger, waitFor, waitForAsync } from "./support/fake-ingest.js";

/** Dovecot → email channel → the real pipeline's ingest and the real checkpoint table (embedded database). */

const canRun = requireDovecot();
const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/mail/${name}`, import.meta.url)));
const USER = { user: "shop@shop.test", password: "pipeline-secret" };

describe.skipIf(!canRun)("email into the real pipeline", () => {
  let server: DovecotServer;
  let hub: Hub;

  beforeAll(async () => {
    server = await startDovecot([USER]);
    hub = await createTestHub();
  });
  afterAll(async () => {
    await hub?.close();
    await server?.stop();
  });

  const count = async () => {
    const [row] = await hub.database.rows<{ n: number; revisions: number }>(
      sql`select count(*)::int as n, coalesce(max(revision), 0)::int as revisions from inbound_messages where channel = 'email'`,
    );
    return row ?? { n: 0, revisions: 0 };
  };

  it("stores each mail once, even when the checkpoint is lost and the mailbox is read again", async () => {
    const c = new ImapFlow({
      host: server.host,
      port: server.port,
      secure: false,
      auth: { user: USER.user, pass: USER.password },
      logger: false,
    });
    await c.connect();
    for (const f of ["windows-1251.eml", "reply-quoted.eml", "bounce.eml", "out-of-office.eml"])
      await c.append("INBOX", fixture(f));
    await c.logout();

    const checkpoints = createMailboxCheckpointRepo(hub.database);
    const run = async () => {
      const channel = createEmailChannel({
        mailboxes: [{ ...parseImapUrl(server.imapUrl(USER.user)), name: "shop" }],
        ingest: hub.pipeline.ingest,
        checkpoints,
        logger: createMemoryLogger(),
        settings: { backoffBaseMs: 100, backoffMaxMs: 500 },
      });
      await channel.start();
      return channel;
    };

    let channel = await run();
    await waitForAsync(async () => (await count()).n === 4, "4 stored mails");
    await waitFor(() => channel.status()[0]?.lastUid === 4, "the checkpoint at UID 4");
    await channel.stop();
    expect(await checkpoints.get("shop")).toMatchObject({ lastUid: 4 });

    const [stored] = await hub.database.rows<{ text: string; subject: string; headers: Record<string, string> }>(
      sql`select text, subject, headers from inbound_messages where external_id = '<cp1251-order-1@example.ru>'`,
    );
    expect(stored?.subject).toBe("Заказ: гречка и чай");
    expect(stored?.text).toContain("Хочу заказать 2 кг гречки");
    expect(stored?.headers["X-OrderHub-Mail-Class"]).toBe("normal");

    // The checkpoint is lost (a restored backup): everything is fetched again, nothing is stored twice.
    const uidValidity = (await checkpoints.get("shop"))?.uidValidity ?? 0n;
    await checkpoints.set("shop", { uidValidity, lastUid: 0 });
    channel = await run();
    await waitFor(() => channel.status()[0]?.lastUid === 4 && (channel.status()[0]?.stored ?? 0) >= 4, "the re-read");
    await channel.stop();
    expect(await count()).toEqual({ n: 4, revisions: 1 });
  });
});
