import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Hub } from "../../hub.js";
import { createChannelRegistry } from "../../intake/channel-registry.js";
import { wireCustomerNotices } from "../../intake/customer-notifier.js";
import { createSmtpSender, mailToInbound } from "../../intake/email/index.js";
import { createEmailOrderReplies } from "../../intake/email/order-replies.js";
import { threadedEmailSender } from "../../intake/email/threaded-sender.js";
import { silentLogger } from "../../logger.js";
import { createTestHub } from "../support/hub.js";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink.js";

/** Email customers get answers in their own thread: order received with questions, then status updates. */

let sink: SmtpSink;
let hub: Hub;
let smtp: ReturnType<typeof createSmtpSender>;

beforeAll(async () => {
  sink = await startSmtpSink();
  hub = await createTestHub();
  smtp = createSmtpSender({ smtpUrl: sink.url, from: "Garden Shop <orders@shop.test>" });
  const registry = wireCustomerNotices(hub, createChannelRegistry());
  registry.register(threadedEmailSender(smtp, hub.store));
  hub.bus.subscribe(
    "email-order-replies",
    createEmailOrderReplies({ store: hub.store, registry, shopName: "Garden Shop", logger: silentLogger }),
  );
  hub.startWorkers();
});
afterAll(async () => {
  smtp.close();
  await hub.close();
  await sink.stop();
});

const mail = (headers: Record<string, string>, body: string) =>
  Buffer.from(
    `${Object.entries({
      "MIME-Version": "1.0",
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Transfer-Encoding": "8bit",
      ...headers,
    })
      .map(([k, v]) => `${k}: ${v}`)
      .join("\r\n")}\r\n\r\n${body}`,
  );

async function receive(raw: Buffer) {
  await hub.pipeline.ingest(await mailToInbound(raw, "orders@shop.test"));
  await hub.jobs.drain();
}

async function waitForMails(n: number) {
  const deadline = Date.now() + 15_000;
  while (sink.mails.length < n) {
    if (Date.now() > deadline) throw new Error(`expected ${n} mails, got ${sink.mails.length}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return Promise.all(sink.mails.map((m) => simpleParser(m.raw)));
}

describe("email replies", () => {
  it("answers an order in its thread, asks for what is missing, then tells each status change", async () => {
    await receive(
      mail(
        {
          From: "Олена <olena@example.com>",
          To: "orders@shop.test",
          Subject: "Замовлення",
          "Message-ID": "<order-1@example.com>",
          Date: "Mon, 04 May 2026 10:00:00 +0300",
        },
        "Добрий день! Лопату 2 шт і рукавички.\r\n\r\n--\r\nОлена",
      ),
    );
    const [received] = await waitForMails(1);
    expect(received?.to && "text" in received.to ? received.to.text : "").toContain("olena@example.com");
    expect(received?.inReplyTo).toBe("<order-1@example.com>");
    expect(received?.subject).toMatch(/^Re: \[#\d+\] Замовлення$/);
    expect(received?.headers.get("auto-submitted")).toBe("auto-replied");
    expect(received?.text).toContain("Лопата штикова");
    expect(received?.text).toMatch(/адрес/i);

    const [order] = (await hub.store.listOrders({})).orders;
    await hub.actions.move(order!.id, "processing", { type: "manager", managerId: "m1", name: "Ivan" });
    await hub.jobs.drain();
    const mails = await waitForMails(2);
    const status = mails[1];
    expect(status?.inReplyTo).toBe("<order-1@example.com>");
    expect(status?.references).toEqual(expect.arrayContaining(["<order-1@example.com>", received?.messageId]));
    expect(status?.text).toMatch(/В роботі|в роботі/);

    // The customer answers our mail: it joins the same order through our Message-ID.
    await receive(
      mail(
        {
          From: "olena@example.com",
          To: "orders@shop.test",
          Subject: `Re: ${received?.subject}`,
          "Message-ID": "<order-2@example.com>",
          "In-Reply-To": String(received?.messageId),
          References: `<order-1@example.com> ${received?.messageId}`,
          Date: "Tue, 05 May 2026 09:00:00 +0300",
        },
        "Адреса: Київ, вул. Лісова 3, кв. 5",
      ),
    );
    const after = (await hub.store.listOrders({})).orders;
    expect(after).toHaveLength(1);
    expect(after[0]?.address).toContain("Лісова 3");
    expect(sink.mails).toHaveLength(2);
  });

  it("never answers a bounce, and marks the bounced customer unreachable", async () => {
    await receive(
      mail(
        {
          From: "gone.customer@example.net",
          To: "orders@shop.test",
          Subject: "Order",
          "Message-ID": "<g1@example.net>",
          Date: "Mon, 04 May 2026 11:00:00 +0000",
        },
        "Please send 1 shovel.",
      ),
    );
    await waitForMails(3);
    const bounce = readFileSync(fileURLToPath(new URL("../fixtures/mail/bounce.eml", import.meta.url)));
    await receive(bounce);
    await new Promise((r) => setTimeout(r, 200));
    expect(sink.mails).toHaveLength(3);
    const customerId = await hub.store.findCustomerByIdentity({ kind: "email", value: "gone.customer@example.net" });
    const customer = await hub.store.getCustomer(customerId!);
    expect(customer).toMatchObject({ unreachable: true, unreachableReason: "email bounced" });
    expect((await hub.store.listOrders({})).orders).toHaveLength(2);
  });
});
