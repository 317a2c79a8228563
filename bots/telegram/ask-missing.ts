import type { MissingField } from "../../core/i18n/telegram.js";
import type { Order } from "../../core/types.js";

/**
 * What to ask a customer next about a draft: the phone, then the address, then the delivery date; nothing
 * before the order has something in it. Kept in one function so the core's own missing-fields policy can
 * replace it without touching the bot.
 */
export function nextMissingField(
  order: Pick<Order, "lines" | "unknownItems" | "phone" | "address" | "deliveryDate">,
): MissingField | null {
  if (!order.lines.length && !order.unknownItems.length) return null;
  if (!order.phone) return "phone";
  if (!order.address) return "address";
  if (!order.deliveryDate) return "deliveryDate";
  return null;
}
