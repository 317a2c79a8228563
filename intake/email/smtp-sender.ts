import { createTransport } from "nodemailer";
import { ChannelError } from "../../core/errors.js";
import { defaultEmailSubject, textToHtml } from "../../core/i18n/email.js";
import type { ChannelSender, OutboundMessage, SendResult } from "../ports.js";
import { createOrderMessageId, domainOf, orderSubject } from "./thread-ids.js";

export interface SmtpSenderOptions {
  /** `SMTP_URL`: smtp://user:pass@host:587 (STARTTLS when offered) or smtps://…:465. */
  smtpUrl: string;
  /** `MAIL_FROM`: `Shop <orders@shop.test>`; its domain is used for our Message-IDs. */
  from: string;
  /** A different From per receiving mailbox (`OutboundMessage.account`), when mailboxes have their own address. */
  fromByAccount?: Record<string, string>;
}

/**
 * Replies to email customers through SMTP, in the thread of their mail: `In-Reply-To` and `References`
 * point at it, the subject is `Re: [#1042] …`, and our Message-ID `<order-1042.…@domain>` lets the answer
 * to this mail find the order again. `Auto-Submitted: auto-replied` keeps auto-responders from answering.
 * Failures are `ChannelError`s: retryable for connection trouble and 4xx, not for 5xx rejections.
 */
export function createSmtpSender(options: SmtpSenderOptions): ChannelSender & { close(): void } {
  const transport = createTransport(options.smtpUrl);
  const domain = domainOf(options.from);

  return {
    channel: "email",
    async send(message: OutboundMessage): Promise<SendResult> {
      if (message.channel !== "email") {
        throw new ChannelError("email", "send", `not an email message (${message.channel})`, false);
      }
      const from = options.fromByAccount?.[message.account] ?? options.from;
      const reply = !!message.inReplyTo;
      const subject = orderSubject(
        message.subject?.trim() || defaultEmailSubject(message.lang, message.kind),
        message.orderNumber,
        reply,
      );
      const references = [...(message.references ?? [])];
      if (message.inReplyTo && !references.includes(message.inReplyTo)) references.push(message.inReplyTo);
      const messageId = createOrderMessageId(domainOf(from) || domain, message.orderNumber);
      try {
        await transport.sendMail({
          from,
          to: message.to,
          subject,
          text: message.text,
          html: message.html ?? textToHtml(message.text),
          messageId,
          ...(message.inReplyTo ? { inReplyTo: message.inReplyTo } : {}),
          ...(references.length ? { references } : {}),
          headers: {
            // What the hub writes by itself is marked automatic (RFC 3834), so autoresponders stay quiet;
            // a manager's own words are a person writing and go out unmarked.
            ...(message.kind === "manager_reply"
              ? {}
              : { "Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All" }),
            "Content-Language": message.lang,
          },
        });
      } catch (err) {
        throw toChannelError(err);
      }
      return { externalId: messageId };
    },
    close() {
      transport.close();
    },
  };
}

function toChannelError(err: unknown): ChannelError {
  const e = err as { message?: string; code?: string; responseCode?: number };
  const code = e.responseCode;
  const retryable =
    code !== undefined
      ? code >= 400 && code < 500
      : ["ECONNECTION", "ETIMEDOUT", "ESOCKET", "EDNS", "ECONNREFUSED", "ECONNRESET", "EPROTOCOL"].includes(
          e.code ?? "",
        );
  const message = (e.message ?? String(err)).replace(/(\w+:\/\/)([^:@/\s]+):([^@/\s]+)@/g, "$1$2:***@");
  return new ChannelError("email", "send", `SMTP: ${message}`, retryable);
}
