import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ImapFlow } from "imapflow";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  createEmailChannel,
  createMemoryCheckpointStore,
  type EmailChannel,
  type MailboxConfig,
  type MailboxDownEvent,
  parseImapUrl,
} from "../../intake/email/index.js";
import { type DovecotServer, requireDovecot, startDovecot } from "../support/dovecot.js";
import { createFakeIngest, createMemoryLogger, type FakeIngest, waitFor } from "./support/fake-ingest.js";

/**
 * The email channel against a real Dovecot on loopback: push by IDLE, catch-up on start, a server restart
 * in the middle of a sync, a UIDVALIDITY change, and a broken mailbox next to a working one. Every test
 * checks "exactly once": each Message-ID stored once, nothing missing.
 */

const canRun = requireDovecot();
const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/mail/${name}`, import.meta.url)));

const ORDERS = { user: "orders@shop.test", password: "s3cret-orders" };
const SALES = { user: "sales@shop.test", password: "s3cret-sales" };

const FAST = {
  backoffBaseMs: 100,
  backoffMaxMs: 500,
  downAlertAfterMs: 60_000,
  batchSize: 5,
};

function mail(n: number): string {
  return [
    `From: Customer ${n} <c${n}@example.com>`,
    "To: orders@shop.test",
    `Subject: Order ${n}`,
    `Message-ID: <order-test-${n}@example.com>`,
    "Date: Tue, 01 Jul 2025 10:00:00 +0300",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "",
    `Please send ${n} boxes.`,
    "",
  ].join("\r\n");
}

describe.skipIf(!canRun)("email intake against Dovecot", () => {
  let server: DovecotServer;
  let channel: EmailChannel | null = null;

  beforeAll(async () => {
    server = await startDovecot([ORDERS, SALES]);
  });
  afterEach(async () => {
    await channel?.stop();
    channel = null;
  });
  afterAll(async () => {
    await server?.stop();
  });

  async function imap(user = ORDERS): Promise<ImapFlow> {
    const c = new ImapFlow({
      host: server.host,
      port: server.port,
      secure: false,
      auth: { user: user.user, pass: user.password },
      logger: false,
    });
    await c.connect();
    return c;
  }

  async function append(folder: string, raws: (string | Buffer)[], user = ORDERS): Promise<void> {
    const c = await imap(user);
    try {
      for (const raw of raws) await c.append(folder, raw);
    } finally {
      await c.logout();
    }
  }

  async function recreateFolder(folder: string): Promise<void> {
    const c = await imap();
    try {
      const list = await c.list();
      if (list.some((m) => m.path === folder)) await c.mailboxDelete(folder);
      await c.mailboxCreate(folder);
    } finally {
      await c.logout();
    }
  }

  function box(folder: string, overrides: Partial<MailboxConfig> = {}): MailboxConfig {
    return { ...parseImapUrl(server.imapUrl(ORDERS.user, folder)), name: `orders-${folder}`, ...overrides };
  }

  function expectExactlyOnce(ingest: FakeIngest, ids: string[]) {
    const stored = ingest.stored.map((m) => m.externalId).sort();
    expect(stored).toEqual([...ids].sort());
    expect(new Set(stored).size).toBe(stored.length);
  }

  const ids = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => `<order-test-${from + i}@example.com>`);

  it("fetches mail that arrived while stopped, on start, and flags it only once stored", async () => {
    await recreateFolder("Start");
    await append("Start", [mail(1), mail(2), mail(3)]);
    const ingest = createFakeIngest();
    const checkpoints = createMemoryCheckpointStore();
    channel = createEmailChannel({
      mailboxes: [box("Start")],
      ingest: ingest.ingest,
      checkpoints,
      logger: createMemoryLogger(),
      settings: FAST,
    });
    await channel.start();
    await waitFor(() => ingest.stored.length === 3, "3 messages");
    expectExactlyOnce(ingest, ids(1, 3));
    expect(ingest.stored[0]).toMatchObject({ channel: "email", account: "orders-Start", text: "Please send 1 boxes." });
    await waitFor(() => (channel?.status()[0]?.lastUid ?? 0) === 3, "checkpoint at UID 3");
    expect(checkpoints.snapshot()["orders-Start"]?.lastUid).toBe(3);

    const c = await imap();
    try {
      await c.mailboxOpen("Start");
      const seen = await c.search({ seen: true }, { uid: true });
      expect(seen).toEqual([1, 2, 3]);
    } finally {
      await c.logout();
    }
    await channel.stop();

    // Started again from the stored checkpoint: nothing is delivered twice, the next mail arrives.
    await append("Start", [mail(4)]);
    channel = createEmailChannel({
      mailboxes: [box("Start")],
      ingest: ingest.ingest,
      checkpoints,
      logger: createMemoryLogger(),
      settings: FAST,
    });
    await channel.start();
    await waitFor(() => ingest.stored.length === 4, "the 4th message");
    expectExactlyOnce(ingest, ids(1, 4));
    expect([...ingest.deliveries.values()].every((n) => n === 1)).toBe(true);
  });

  it("receives mail appended while running by IDLE push", async () => {
    await recreateFolder("Push");
    const ingest = createFakeIngest();
    // A poll interval far beyond the test timeout: only IDLE can deliver in time.
    channel = createEmailChannel({
      mailboxes: [box("Push", { pollIntervalMs: 10 * 60_000 })],
      ingest: ingest.ingest,
      checkpoints: createMemoryCheckpointStore(),
      logger: createMemoryLogger(),
      settings: FAST,
    });
    await channel.start();
    await waitFor(() => channel?.status()[0]?.state === "waiting", "the mailbox to be idle");
    expect(channel.status()[0]?.idle).toBe(true);
    await append("Push", [mail(10)]);
    await waitFor(() => ingest.stored.length === 1, "the pushed message");
    await append("Push", [mail(11), mail(12)]);
    await waitFor(() => ingest.stored.length === 3, "two more pushed messages");
    expectExactlyOnce(ingest, ids(10, 12));
  });

  it("loses and doubles nothing when Dovecot stops and restarts in the middle of a sync", async () => {
    await recreateFolder("Restart");
    await append(
      "Restart",
      Array.from({ length: 12 }, (_, i) => mail(100 + i)),
    );
    const ingest = createFakeIngest();
    const logger = createMemoryLogger();
    channel = createEmailChannel({
      mailboxes: [box("Restart")],
      ingest: ingest.ingest,
      checkpoints: createMemoryCheckpointStore(),
      logger,
      settings: FAST,
    });
    // Hold storing so the server can be stopped while a batch is in flight.
    const gate = ingest.hold();
    await channel.start();
    await waitFor(() => channel?.status()[0]?.state === "syncing", "the sync to start");
    await server.halt();
    try {
      gate.release();
      await waitFor(() => channel?.status()[0]?.up === false, "the mailbox to notice the outage");
      expect(channel.status()[0]?.lastError).toBeTruthy();
      expect(ingest.stored.length).toBeLessThan(12);
    } finally {
      await server.start();
    }
    await append("Restart", [mail(112)]);
    await waitFor(() => ingest.stored.length === 13, "all 13 messages after the restart");
    expectExactlyOnce(ingest, ids(100, 112));
    expect(channel.status()[0]).toMatchObject({ up: true, downSince: null, lastError: null });
  });

  it("rescans after a UIDVALIDITY change without doubling, and still finds mail with reused UIDs", async () => {
    await recreateFolder("Renumbered");
    await append("Renumbered", [mail(200), mail(201), mail(202), mail(203), mail(204)]);
    const ingest = createFakeIngest();
    const checkpoints = createMemoryCheckpointStore();
    const logger = createMemoryLogger();
    const start = () => {
      channel = createEmailChannel({
        mailboxes: [box("Renumbered")],
        ingest: ingest.ingest,
        checkpoints,
        logger,
        settings: FAST,
      });
      return channel.start();
    };
    await start();
    await waitFor(() => ingest.stored.length === 5, "5 messages");
    await waitFor(() => channel?.status()[0]?.lastUid === 5, "checkpoint at UID 5");
    const before = checkpoints.snapshot()["orders-Renumbered"];
    await channel?.stop();

    // The folder is recreated: a new UIDVALIDITY, two old mails again and one new one, UIDs 1..3.
    await recreateFolder("Renumbered");
    await append("Renumbered", [mail(200), mail(201), mail(205)]);
    await start();
    await waitFor(() => ingest.stored.length === 6, "the new message with a reused UID");
    const after = checkpoints.snapshot()["orders-Renumbered"];
    expect(after?.uidValidity).not.toBe(before?.uidValidity);
    await waitFor(() => channel?.status()[0]?.lastUid === 3, "checkpoint at UID 3 of the new folder");
    expectExactlyOnce(ingest, ids(200, 205));
    expect(logger.lines.some((l) => l.includes("UIDVALIDITY changed"))).toBe(true);
  });

  it("keeps one mailbox working while another has a wrong password, and reports the broken one", async () => {
    await recreateFolder("Isolated");
    const ingest = createFakeIngest();
    const downs: MailboxDownEvent[] = [];
    const logger = createMemoryLogger();
    const broken: MailboxConfig = {
      ...parseImapUrl(server.imapUrl(SALES.user)),
      name: "sales",
      auth: { user: SALES.user, password: "wrong-password-123" },
    };
    channel = createEmailChannel({
      mailboxes: [box("Isolated"), broken],
      ingest: ingest.ingest,
      checkpoints: createMemoryCheckpointStore(),
      logger,
      settings: { ...FAST, downAlertAfterMs: 3_000 },
      onMailboxDown: (e) => {
        downs.push(e);
      },
    });
    await channel.start();
    await append("Isolated", [mail(300), mail(301)]);
    await waitFor(() => ingest.stored.length === 2, "mail in the working mailbox");
    expectExactlyOnce(ingest, ids(300, 301));

    await waitFor(() => downs.length === 1, "the down report for the broken mailbox");
    expect(downs).toEqual([{ mailbox: "sales", since: expect.any(String), error: "authentication failed" }]);
    const [orders, sales] = channel.status();
    expect(sales).toMatchObject({ name: "sales", up: false, alert: true });
    expect(orders).toMatchObject({ name: "orders-Isolated", up: true, alert: false });
    expect(channel.ready()).toBe(false);
    // The broken mailbox keeps retrying without ever logging a password.
    await waitFor(
      () => logger.lines.filter((l) => l.includes("reconnecting") && l.includes("sales")).length >= 2,
      "retries",
    );
    expect(logger.lines.join("\n")).not.toContain("wrong-password-123");
    expect(logger.lines.join("\n")).not.toContain(ORDERS.password);
  });

  it("moves processed mail to a folder after storing it, and reads real-world fixtures", async () => {
    await recreateFolder("Moved");
    await append("Moved", [
      fixture("windows-1251.eml"),
      fixture("koi8-r.eml"),
      fixture("bounce.eml"),
      fixture("out-of-office.eml"),
    ]);
    const ingest = createFakeIngest();
    channel = createEmailChannel({
      mailboxes: [box("Moved", { processed: { action: "move", folder: "Processed" } })],
      ingest: ingest.ingest,
      checkpoints: createMemoryCheckpointStore(),
      logger: createMemoryLogger(),
      settings: FAST,
    });
    await channel.start();
    await waitFor(() => ingest.stored.length === 4, "4 fixtures");
    expect(ingest.byExternalId("<cp1251-order-1@example.ru>")?.text).toContain("2 кг гречки");
    expect(ingest.byExternalId("<koi8-order-1@example.ru>")?.subject).toBe("Заказ канцелярии");
    expect(ingest.byExternalId("<20250706110000.AB12C3@mx.shop.test>")?.headers?.["X-OrderHub-Mail-Class"]).toBe(
      "bounce",
    );
    expect(ingest.byExternalId("<ooo-1@example.ru>")?.headers?.["X-OrderHub-Mail-Class"]).toBe("auto_reply");

    const c = await imap();
    try {
      const messages = async (folder: string) => {
        const st = await c.status(folder, { messages: true });
        return st ? st.messages : -1;
      };
      const counts = async () => ({ moved: await messages("Moved"), processed: await messages("Processed") });
      const deadline = Date.now() + 10_000;
      let now = await counts();
      while ((now.moved !== 0 || now.processed !== 4) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        now = await counts();
      }
      expect(now).toEqual({ moved: 0, processed: 4 });
    } finally {
      await c.logout();
    }
  });

  it("retries a message whose storing failed, without skipping it", async () => {
    await recreateFolder("Retry");
    await append("Retry", [mail(400), mail(401)]);
    const ingest = createFakeIngest();
    ingest.failNext(2);
    channel = createEmailChannel({
      mailboxes: [box("Retry")],
      ingest: ingest.ingest,
      checkpoints: createMemoryCheckpointStore(),
      logger: createMemoryLogger(),
      settings: FAST,
    });
    await channel.start();
    await waitFor(() => ingest.stored.length === 2, "both messages after the store recovered");
    expectExactlyOnce(ingest, ids(400, 401));
  });
});
