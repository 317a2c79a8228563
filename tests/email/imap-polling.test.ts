import { ImapFlow } from "imapflow";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmailChannel, createMemoryCheckpointStore, parseImapUrl } from "../../intake/email/index.js";
import { type DovecotServer, requireDovecot, startDovecot } from "../support/dovecot.js";
import { createFakeIngest, createMemoryLogger, waitFor } from "./support/fake-ingest.js";

/** A server that does not offer IDLE: new mail is found by polling. */

const canRun = requireDovecot();
const USER = { user: "poll@shop.test", password: "poll-secret" };
// Dovecot's capability list without IDLE, so the client must fall back to polling.
const NO_IDLE = "\nimap_capability = IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE LITERAL+ UIDPLUS NAMESPACE MOVE\n";

describe.skipIf(!canRun)("email intake without IDLE", () => {
  let server: DovecotServer;

  beforeAll(async () => {
    server = await startDovecot([USER], NO_IDLE);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("polls and finds new mail", async () => {
    const ingest = createFakeIngest();
    const channel = createEmailChannel({
      mailboxes: [{ ...parseImapUrl(server.imapUrl(USER.user)), name: "poll", pollIntervalMs: 300 }],
      ingest: ingest.ingest,
      checkpoints: createMemoryCheckpointStore(),
      logger: createMemoryLogger(),
    });
    try {
      await channel.start();
      await waitFor(() => channel.status()[0]?.state === "waiting", "the first sync");
      expect(channel.status()[0]?.idle).toBe(false);
      const c = new ImapFlow({
        host: server.host,
        port: server.port,
        secure: false,
        auth: { user: USER.user, pass: USER.password },
        logger: false,
      });
      await c.connect();
      await c.append(
        "INBOX",
        "From: a@example.com\r\nSubject: polled\r\nMessage-ID: <polled-1@example.com>\r\n\r\n3 boxes\r\n",
      );
      await c.logout();
      await waitFor(() => ingest.stored.length === 1, "the polled message");
      expect(ingest.stored[0]).toMatchObject({ externalId: "<polled-1@example.com>", text: "3 boxes" });
    } finally {
      await channel.stop();
    }
  });
});
