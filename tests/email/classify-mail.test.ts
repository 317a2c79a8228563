import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { EmailRaw } from "../../intake/email/index.js";
import { classifyMail, extractBounce, mailToInbound, parseMail } from "../../intake/email/index.js";

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/mail/${name}`, import.meta.url)));

async function parsedOf(raw: string | Buffer) {
  const { parsed } = await parseMail(typeof raw === "string" ? Buffer.from(raw) : raw);
  if (!parsed) throw new Error("fixture did not parse");
  return parsed;
}

const plain = (headers: string, body = "Hello") =>
  `${headers}\r\nFrom: someone@example.com\r\nTo: orders@shop.test\r\nSubject: Order\r\nMessage-ID: <x@example.com>\r\n\r\n${body}\r\n`;

describe("classifyMail", () => {
  it.each([
    ["windows-1251.eml", "normal"],
    ["reply-quoted.eml", "normal"],
    ["html-only.eml", "normal"],
    ["bounce.eml", "bounce"],
    ["out-of-office.eml", "auto_reply"],
    ["bulk.eml", "bulk"],
  ])("%s is %s", async (file, expected) => {
    expect(classifyMail(await parsedOf(fixture(file)))).toBe(expected);
  });

  it.each([
    ["Auto-Submitted: auto-generated", "auto_reply"],
    ["Auto-Submitted: auto-replied", "auto_reply"],
    ["Auto-Submitted: no", "normal"],
    ["X-Autoreply: yes", "auto_reply"],
    ["X-Autorespond: Out of office", "auto_reply"],
    ["X-Loop: orders@shop.test", "auto_reply"],
    ["X-Auto-Response-Suppress: All", "auto_reply"],
    ["Precedence: bulk", "bulk"],
    ["Precedence: list", "bulk"],
    ["Precedence: junk", "bulk"],
    ["Precedence: auto_reply", "auto_reply"],
    ["List-Unsubscribe: <mailto:u@example.com>", "bulk"],
    ["X-Failed-Recipients: a@example.com", "bounce"],
    ["X-Mailer: Thunderbird", "normal"],
  ])("%s → %s", async (header, expected) => {
    expect(classifyMail(await parsedOf(plain(header)))).toBe(expected);
  });

  it("recognises bounces by sender and auto-replies by subject", async () => {
    const daemon = await parsedOf(
      "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.com>\r\nTo: a@shop.test\r\nSubject: Returned mail\r\n\r\nsorry\r\n",
    );
    expect(classifyMail(daemon)).toBe("bounce");
    const postmaster = await parsedOf("From: postmaster@example.com\r\nSubject: hi\r\n\r\nx\r\n");
    expect(classifyMail(postmaster)).toBe("bounce");
    const ooo = await parsedOf("From: a@example.com\r\nSubject: Out of Office: Re: order\r\n\r\nx\r\n");
    expect(classifyMail(ooo)).toBe("auto_reply");
    const ru = await parsedOf(
      `From: a@example.com\r\nSubject: =?utf-8?B?${Buffer.from("Автоответ: заказ").toString("base64")}?=\r\n\r\nx\r\n`,
    );
    expect(classifyMail(ru)).toBe("auto_reply");
  });
});

describe("bounces", () => {
  it("names the unreachable recipient and the Message-ID of our mail that bounced", async () => {
    const parsed = await parsedOf(fixture("bounce.eml"));
    expect(extractBounce(parsed)).toEqual({
      recipients: ["gone.customer@example.net"],
      originalMessageId: "<order-1042.k3j4h5@shop.test>",
      action: "failed",
      status: "5.1.1",
    });
  });

  it("puts the bounce into the InboundMessage headers and raw for the pipeline", async () => {
    const m = await mailToInbound(fixture("bounce.eml"), "orders");
    expect(m.headers).toMatchObject({
      "X-OrderHub-Mail-Class": "bounce",
      "X-OrderHub-Bounce-Recipients": "gone.customer@example.net",
      "X-OrderHub-Bounced-Message-ID": "<order-1042.k3j4h5@shop.test>",
      "Content-Type": expect.stringContaining("multipart/report"),
      "Auto-Submitted": "auto-replied",
    });
    expect((m.raw as EmailRaw).bounce?.recipients).toEqual(["gone.customer@example.net"]);
  });

  it("reads an Exim bounce without a DSN part", async () => {
    const parsed = await parsedOf(
      "From: Mail Delivery System <Mailer-Daemon@mx.example.org>\r\nTo: orders@shop.test\r\nSubject: Mail delivery failed: returning message to sender\r\n\r\n" +
        "This message was created automatically by mail delivery software.\r\n\r\nA message that you sent could not be delivered to one or more of its\r\nrecipients. This is a permanent error. The following address(es) failed:\r\n\r\n  lost@example.org\r\n    host mx.example.org: 550 No such user\r\n",
    );
    expect(classifyMail(parsed)).toBe("bounce");
    expect(extractBounce(parsed).recipients).toEqual(["lost@example.org"]);
  });

  it("tells a delay warning from a failure", async () => {
    const parsed = await parsedOf(
      "From: MAILER-DAEMON@mx.shop.test\r\nTo: orders@shop.test\r\nSubject: Delayed Mail (still being retried)\r\nMIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\ndelayed\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.shop.test\r\n\r\nFinal-Recipient: rfc822; slow@example.com\r\nAction: delayed\r\nStatus: 4.4.1\r\n--b--\r\n",
    );
    expect(extractBounce(parsed)).toMatchObject({
      recipients: ["slow@example.com"],
      action: "delayed",
      status: "4.4.1",
    });
  });
});
