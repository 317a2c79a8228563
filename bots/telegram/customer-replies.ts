import type { InlineKeyboardMarkup } from "grammy/types";
import { isChannelError } from "../../core/errors.js";
import { escapeHtml, type OrderSummaryView, telegramTexts, toLang } from "../../core/i18n/telegram.js";
import { DEFAULT_REQUIRED_FIELDS, nextQuestion, type RequiredFieldsPolicy } from "../../core/missing-fields.js";
import { orderTotal } from "../../core/orders/compose-order.js";
import type { Order } from "../../core/types.js";
import type { OrderEventHandler } from "../../intake/ports.js";
import type { Logger } from "../../logger.js";
import type { OrderStore } from "../../storage/order-store.js";
import type { TelegramStateRepo } from "../../storage/telegram-state-repo.js";
import type { TelegramSender } from "./telegram-sender.js";
import { fromTgExternalId } from "./to-inbound.js";

/**
 * Answers a Telegram customer when their message made or changed a draft: the order number, the lines
 * understood with prices and total, the unknown items, buttons to confirm or correct, then one question
 * for what is still missing, from the core's policy and texts (the phone through a "share contact"
 * button). Each question is asked once per order, remembered in the database so a restart or another
 * worker does not ask it again. Runs as an event-bus job, so a slow or rate-limited Bot API never holds up
 * intake.
 */

export const customerCallback = { confirm: (n: number) => `k:${n}`, correct: (n: number) => `x:${n}` };

export function parseCustomerCallback(data: string): { action: "confirm" | "correct"; number: number } | null {
  const m = /^([kx]):(\d+)$/.exec(data);
  return m ? { action: m[1] === "k" ? "confirm" : "correct", number: Number(m[2]) } : null;
}

export function summaryOf(order: Order): OrderSummaryView {
  return {
    number: order.number,
    lines: order.lines.map((l) => ({ name: l.name, qty: l.qty, unit: l.unit, price: l.price })),
    total: orderTotal(order.lines),
    currency: order.currency,
    unknownItems: order.unknownItems.map((u) => ({ text: u.text, qty: u.qty })),
  };
}

export interface CustomerRepliesDeps {
  store: OrderStore;
  state: TelegramStateRepo;
  sender: TelegramSender;
  /** Which fields the shop needs before confirming; the core's default when absent. */
  required?: RequiredFieldsPolicy;
  logger: Logger;
}

export function createCustomerReplies(deps: CustomerRepliesDeps) {
  const handler: OrderEventHandler = async ({ event, order }) => {
    if (order.channel !== "telegram" || event.actor.type !== "customer") return;
    if (event.type !== "order.created" && event.type !== "order.updated") return;
    const customer = await deps.store.getCustomer(order.customerId);
    const chatId = customer?.identities.find((i) => i.kind === "telegram")?.value;
    if (!customer || !chatId) return;
    const texts = telegramTexts(toLang(customer.lang));
    const after = event.after ?? {};
    const messageId = typeof after.messageId === "string" ? after.messageId : null;
    const source = messageId ? await deps.store.getMessage(messageId) : null;
    const origin = source ? fromTgExternalId(source.externalId) : null;
    const replyTo = origin
      ? { reply_parameters: { message_id: origin.messageId, allow_sending_without_reply: true } }
      : {};
    const contentChanged = event.type === "order.created" || "lines" in after || "unknownItems" in after;
    try {
      if (contentChanged) {
        const reply_markup: InlineKeyboardMarkup = {
          inline_keyboard: [
            [
              { text: texts.confirmButton, callback_data: customerCallback.confirm(order.number) },
              { text: texts.correctButton, callback_data: customerCallback.correct(order.number) },
            ],
          ],
        };
        const view = summaryOf(order);
        const text = event.type === "order.created" ? texts.orderReceived(view) : texts.orderUpdated(view);
        await deps.sender.sendToCustomer(
          chatId,
          text,
          { ...replyTo, reply_markup },
          { orderId: order.id, kind: "order_received", record: true },
        );
      } else if ("phone" in after && order.phone) {
        await deps.sender.sendToCustomer(
          chatId,
          texts.contactThanks,
          { ...replyTo, reply_markup: { remove_keyboard: true } },
          { orderId: order.id, kind: "other", record: true },
        );
      }
      await askNext(order, chatId, toLang(customer.lang));
    } catch (err) {
      // A blocked bot is recorded by the sender; trying again cannot help.
      if (isChannelError(err) && !err.retryable) return;
      throw err;
    }
  };

  /** Asks the next missing field unless it was asked before; a failed send leaves it to be asked again. */
  async function askNext(order: Order, chatId: string, lang: ReturnType<typeof toLang>) {
    const question = nextQuestion(order, deps.required ?? DEFAULT_REQUIRED_FIELDS, lang);
    if (!question || !(await deps.state.claimQuestion(order.id, question.field))) return;
    const texts = telegramTexts(lang);
    const reply_markup =
      question.field === "phone"
        ? {
            keyboard: [[{ text: texts.shareContactButton, request_contact: true }]],
            one_time_keyboard: true,
            resize_keyboard: true,
          }
        : undefined;
    try {
      await deps.sender.sendToCustomer(chatId, escapeHtml(question.text), reply_markup ? { reply_markup } : {}, {
        orderId: order.id,
        kind: "question",
        record: true,
      });
    } catch (err) {
      if (!isChannelError(err) || err.retryable) await deps.state.releaseQuestion(order.id, question.field);
      throw err;
    }
  }

  return { handler };
}
