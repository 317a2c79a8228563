import { orderReceivedEmail } from "../../core/i18n/email.js";
import { toLang } from "../../core/i18n/telegram.js";
import { DEFAULT_REQUIRED_FIELDS, missingFields, type RequiredFieldsPolicy } from "../../core/missing-fields.js";
import { orderTotal } from "../../core/orders/compose-order.js";
import type { Logger } from "../../logger.js";
import type { OrderStore } from "../../storage/order-store.js";
import type { ChannelRegistry } from "../channel-registry.js";
import type { OrderEventHandler } from "../ports.js";

/**
 * Answers a customer who ordered by email: one mail in their thread with the lines understood, the
 * total, the items we could not match, and what is still missing (phone, address, date). Sent once, when
 * the order is created; auto-replies and bounces never make orders, so they never get an answer.
 */
export function createEmailOrderReplies(deps: {
  store: OrderStore;
  registry: ChannelRegistry;
  shopName: string;
  policy?: RequiredFieldsPolicy;
  logger: Logger;
}): OrderEventHandler {
  return async ({ event, order }) => {
    if (event.type !== "order.created" || order.channel !== "email") return;
    const sender = deps.registry.get("email");
    if (!sender) return;
    const customer = await deps.store.getCustomer(order.customerId);
    const to = order.email ?? customer?.identities.find((i) => i.kind === "email")?.value;
    if (!customer || customer.unreachable || !to) return;
    const lang = toLang(customer.lang);
    const missing = missingFields(order, deps.policy ?? DEFAULT_REQUIRED_FIELDS).map((f) =>
      f === "lines" ? "items" : f,
    );
    const mail = orderReceivedEmail(lang, {
      orderNumber: order.number,
      customerName: order.name ?? customer.name,
      lines: order.lines.map((l) => ({ name: l.name, qty: l.qty, unit: l.unit, price: l.price })),
      unknownItems: order.unknownItems,
      total: orderTotal(order.lines),
      currency: order.currency,
      shopName: deps.shopName,
      missing,
    });
    const account = (await deps.store.orderAccount(order.id)) ?? "";
    const sent = await sender.send({
      channel: "email",
      account,
      to,
      lang,
      text: mail.text,
      html: mail.html,
      orderId: order.id,
      orderNumber: order.number,
      kind: "order_received",
    });
    await deps.store.recordOutbound({
      orderId: order.id,
      channel: "email",
      account,
      recipient: to,
      externalId: sent.externalId,
      kind: "order_received",
      text: mail.text,
      status: "sent",
    });
  };
}
