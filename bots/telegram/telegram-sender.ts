import { type Api, GrammyError, HttpError } from "grammy";
import type { Message } from "grammy/types";
import { ChannelError } from "../../core/errors.js";
import type { ChannelSender, OutboundMessage, SendResult } from "../../intake/ports.js";
import type { Logger } from "../../logger.js";
import type { OrderStore } from "../../storage/order-store.js";
import { splitText } from "./split-text.js";
import { tgExternalId } from "./to-inbound.js";

/**
 * Sending to customers' private chats. Texts over Telegram's limit are split (the buttons ride on the
 * last part); 429s are already retried by auto-retry inside `api`; what still fails becomes a
 * `ChannelError`, retryable or not. A 403 (the customer blocked the bot) marks the customer unreachable
 * and tells `onBlocked`, so the order card can say so. Whoever calls the registry's `send` records the
 * outbound message; the bot's own rich answers are recorded here.
 */

type SendOptions = NonNullable<Parameters<Api["sendMessage"]>[2]>;

export function toChannelError(err: unknown, method: string): ChannelError {
  if (err instanceof GrammyError) {
    const retryable = err.error_code === 429 || err.error_code >= 500;
    return new ChannelError(
      "telegram",
      method,
      `${err.error_code}: ${err.description}`,
      retryable,
      err.parameters.retry_after,
    );
  }
  if (err instanceof HttpError) return new ChannelError("telegram", method, "network error reaching the Bot API", true);
  return new ChannelError("telegram", method, (err as Error).message ?? String(err), true);
}

export const isBlocked = (err: unknown) =>
  err instanceof GrammyError && (err.error_code === 403 || /chat not found|user is deactivated/i.test(err.description));

export interface TelegramSenderDeps {
  api: Api;
  store: OrderStore;
  account: () => string;
  onBlocked: (customerId: string) => Promise<void>;
  logger: Logger;
}

export function createTelegramSender(deps: TelegramSenderDeps) {
  /** Sends `text` (split if long) to a customer's chat, records each part, returns the last message. */
  async function sendToCustomer(
    chatId: string,
    text: string,
    options: SendOptions,
    meta: { orderId?: string | null; kind: OutboundMessage["kind"]; record: boolean },
  ): Promise<Message.TextMessage> {
    const parts = splitText(text);
    let last: Message.TextMessage | undefined;
    for (const [i, part] of parts.entries()) {
      const isLast = i === parts.length - 1;
      try {
        last = await deps.api.sendMessage(chatId, part, {
          parse_mode: "HTML",
          link_preview_options: { is_disabled: true },
          ...(isLast ? options : { ...options, reply_markup: undefined }),
        });
      } catch (err) {
        if (isBlocked(err)) {
          const customerId = await deps.store.findCustomerByIdentity({ kind: "telegram", value: chatId });
          if (customerId) {
            await deps.store.setCustomerUnreachable(customerId, "blocked the bot");
            await deps
              .onBlocked(customerId)
              .catch((e) => deps.logger.warn("card refresh after a block failed", { error: e }));
          }
        }
        const channelError = toChannelError(err, "sendMessage");
        if (meta.record) {
          await deps.store.recordOutbound({
            orderId: meta.orderId,
            channel: "telegram",
            account: deps.account(),
            recipient: chatId,
            kind: meta.kind,
            text: part,
            status: "failed",
            error: channelError.message,
          });
        }
        throw new ChannelError(
          "telegram",
          "sendMessage",
          channelError.message,
          channelError.retryable && !isBlocked(err),
          channelError.retryAfterSeconds,
        );
      }
      if (!meta.record) continue;
      await deps.store.recordOutbound({
        orderId: meta.orderId,
        channel: "telegram",
        account: deps.account(),
        recipient: chatId,
        externalId: tgExternalId(chatId, last.message_id),
        kind: meta.kind,
        text: part,
        status: "sent",
      });
    }
    return last as Message.TextMessage;
  }

  const sender: ChannelSender = {
    channel: "telegram",
    async send(message: OutboundMessage): Promise<SendResult> {
      // With HTML (escaped by our templates) it is sent formatted; otherwise as plain text, which Telegram
      // never interprets, so nothing in it can inject formatting.
      const sent = message.html
        ? await sendToCustomer(
            message.to,
            message.html,
            {},
            { orderId: message.orderId, kind: message.kind, record: false },
          )
        : await sendToCustomer(
            message.to,
            message.text,
            { parse_mode: undefined },
            { orderId: message.orderId, kind: message.kind, record: false },
          );
      return { externalId: tgExternalId(message.to, sent.message_id) };
    },
  };

  return { sender, sendToCustomer };
}

export type TelegramSender = ReturnType<typeof createTelegramSender>;
