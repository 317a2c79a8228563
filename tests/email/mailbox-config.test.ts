import { describe, expect, it } from "vitest";
import { MailboxConfigError, parseImapUrl, parseMailboxesConfig } from "../../intake/email/index.js";

describe("mailbox settings", () => {
  it("reads one mailbox from IMAP_URL", () => {
    expect(parseImapUrl("imaps://orders%40shop.test:p%40ss@imap.shop.test:993/INBOX")).toEqual({
      name: "orders@shop.test",
      host: "imap.shop.test",
      port: 993,
      tls: true,
      auth: { user: "orders@shop.test", password: "p@ss" },
      folder: "INBOX",
      processed: { action: "flag" },
      pollIntervalMs: 60_000,
    });
    expect(parseImapUrl("imap://u:p@127.0.0.1/Orders?processed=move:Done&name=shop&poll=5")).toMatchObject({
      name: "shop",
      port: 143,
      tls: false,
      folder: "Orders",
      processed: { action: "move", folder: "Done" },
      pollIntervalMs: 5_000,
    });
  });

  it("reads several mailboxes from a YAML or JSON file, with a password or an XOAUTH2 token", () => {
    const yaml = `mailboxes:
  - name: orders
    host: imap.shop.test
    user: orders@shop.test
    password: secret
    processed: move:Processed
  - name: sales
    host: imap.gmail.com
    port: 993
    user: sales@gmail.com
    accessToken: ya29.token
    folder: Orders
    processed: leave
`;
    const boxes = parseMailboxesConfig({ mailboxesFile: { path: "mailboxes.yaml", content: yaml } });
    expect(boxes.map((b) => [b.name, b.port, b.tls, b.processed, "accessToken" in b.auth])).toEqual([
      ["orders", 993, true, { action: "move", folder: "Processed" }, false],
      ["sales", 993, true, { action: "leave" }, true],
    ]);
    const json = JSON.stringify([{ host: "h", user: "u@h", password: "x", tls: false }]);
    expect(parseMailboxesConfig({ mailboxesFile: { path: "m.json", content: json } })[0]).toMatchObject({
      name: "u@h",
      port: 143,
      folder: "INBOX",
      processed: { action: "flag" },
    });
  });

  it("is off without settings", () => {
    expect(parseMailboxesConfig({})).toEqual([]);
  });

  it.each([
    [{ imapUrl: "http://u:p@h/INBOX" }, /IMAP_URL must start with imap/],
    [{ imapUrl: "imaps://u@h/INBOX" }, /IMAP_URL has no password/],
    [
      { mailboxesFile: { path: "m.yaml", content: "- host: h\n  user: u\n" } },
      /MAILBOXES_FILE m\.yaml: 0 needs exactly one of password or accessToken/,
    ],
    [
      {
        mailboxesFile: {
          path: "m.yaml",
          content: "- host: h\n  user: u\n  password: topsecret\n  processed: archive\n",
        },
      },
      /processed must be flag, leave or move/,
    ],
    [{ mailboxesFile: { path: "m.json", content: "{nope" } }, /not valid JSON\/YAML/],
    [
      {
        imapUrl: "imaps://a:b@h/INBOX",
        mailboxesFile: { path: "m.yaml", content: "- {host: h, user: a, password: c}\n" },
      },
      /used twice/,
    ],
  ])("names the variable on bad settings (%#)", (sources, message) => {
    const run = () => parseMailboxesConfig(sources);
    expect(run).toThrow(MailboxConfigError);
    expect(run).toThrow(message);
    try {
      run();
    } catch (err) {
      expect((err as Error).message).not.toContain("topsecret");
    }
  });
});
