import type { OrderStore } from "../../storage/order-store.js";
import type { ChannelSender, OutboundMessage } from "../ports.js";

/**
 * Puts every mail about an order into the customer's thread: when a message names its order but no
 * thread, In-Reply-To becomes the customer's last mail of that order, References the whole thread, and
 * the subject follows the customer's own (the SMTP sender adds `Re:` and `[#number]`). Manager replies
 * and status notices from any part of the hub thus arrive as answers in the same conversation.
 */
export function threadedEmailSender(inner: ChannelSender, store: OrderStore): ChannelSender {
  return {
    channel: inner.channel,
    async send(message: OutboundMessage) {
      if (!message.orderId || message.inReplyTo) return inner.send(message);
      const thread = await store.emailThread(message.orderId);
      const threaded: OutboundMessage = {
        ...message,
        inReplyTo: thread.lastInbound ?? thread.references.at(-1),
        references: thread.references,
        subject:
          message.subject ?? thread.subject?.replace(/^\s*((re|fwd?|aw|ответ|відповідь)\s*:\s*)+/i, "") ?? undefined,
      };
      return inner.send(threaded);
    },
  };
}
