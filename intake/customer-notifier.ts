import { eq } from "drizzle-orm";
import { isChannelError } from "../core/errors.js";
import { fillStatusMessage, telegramTexts, toLang, toPlainText } from "../core/i18n/telegram.js";
import type { Channel, Identity, Order } from "../core/types.js";
import type { Workflow } from "../core/workflow/index.js";
import type { Logger } from "../logger.js";
import type { Database } from "../storage/database.js";
import type { OrderStore } from "../storage/order-store.js";
import { orders } from "../storage/schema.js";
import type { ChannelRegistry } from "./channel-registry.js";
import type { OrderEventHandler, OutboundMessage, PublishedEvent } from "./ports.js";

/**
 * Tells customers what managers do with their orders, whatever channel they ordered through: a manager's
 * confirmation and every status change (silent statuses skipped), in the customer's language, from the
 * workflow's per-status text or the generic notice. Sends go through the order channel's registered
 * sender; a retryable failure fails the job so the queue retries it with backoff, an unrecoverable one is
 * recorded and dropped (the channel marks the customer unreachable).
 */

export const CUSTOMER_NOTIFIER = "customer-notifier";

export interface CustomerNotifierDeps {
  store: OrderStore;
  database: Database;
  workflow: Workflow;
  registry: ChannelRegistry;
  logger: Logger;
}

const IDENTITY_OF: Record<Channel, Identity["kind"] | null> = {
  telegram: "telegram",
  whatsapp: "whatsapp",
  email: "email",
  api: null,
};

/** The customer's address on the order's channel, or null when the channel cannot reach them. */
export function customerAddress(order: Pick<Order, "channel" | "email">, identities: Identity[]): string | null {
  if (order.channel === "email" && order.email) return order.email;
  const kind = IDENTITY_OF[order.channel];
  return kind ? (identities.find((i) => i.kind === kind)?.value ?? null) : null;
}

/** The notice text for an event, or null when the customer is not told about it. */
export function noticeText(p: PublishedEvent, workflow: Workflow, lang: ReturnType<typeof toLang>): string | null {
  const texts = telegramTexts(lang);
  if (p.event.type === "order.confirmed") return texts.confirmedNotice(p.order.number);
  if (p.event.type !== "order.status_changed") return null;
  const status = workflow.status(p.order.status);
  if (!status || status.silent) return null;
  const name = workflow.name(status.id, lang);
  return (
    fillStatusMessage(status.customer_message?.[lang], p.order.number, name) ??
    texts.statusNotice(p.order.number, `${status.emoji} ${name}`, p.event.reason ?? null)
  );
}

export function createCustomerNotifier(deps: CustomerNotifierDeps): OrderEventHandler {
  return async (p) => {
    if (p.event.actor.type === "customer") return;
    if (p.event.type !== "order.confirmed" && p.event.type !== "order.status_changed") return;
    const order = p.order;
    const sender = deps.registry.get(order.channel);
    if (!sender) return;
    const customer = await deps.store.getCustomer(order.customerId);
    if (!customer) return;
    const lang = toLang(customer.lang);
    const html = noticeText(p, deps.workflow, lang);
    const to = customerAddress(order, customer.identities);
    if (!html || !to) return;
    const text = toPlainText(html);
    const [row] = await deps.database.db
      .select({ account: orders.account })
      .from(orders)
      .where(eq(orders.id, order.id));
    const message: OutboundMessage = {
      channel: order.channel,
      account: row?.account ?? "",
      to,
      lang,
      text,
      html,
      orderId: order.id,
      orderNumber: order.number,
      kind: "status",
    };
    try {
      const sent = await sender.send(message);
      await deps.store.recordOutbound({
        orderId: order.id,
        channel: order.channel,
        account: message.account,
        recipient: to,
        externalId: sent.externalId,
        kind: "status",
        text,
        status: "sent",
      });
    } catch (err) {
      if (isChannelError(err) && !err.retryable) {
        deps.logger.warn("customer notice dropped", { orderId: order.id, channel: order.channel, error: err });
        await deps.store.recordOutbound({
          orderId: order.id,
          channel: order.channel,
          account: message.account,
          recipient: to,
          kind: "status",
          text,
          status: "failed",
          error: err.message,
        });
        return;
      }
      throw err;
    }
  };
}

/**
 * Subscribes the notifier on the hub's event bus and returns the registry the channels fill. Call once,
 * before the workers start.
 */
export function wireCustomerNotices(
  hub: Omit<CustomerNotifierDeps, "registry"> & { bus: { subscribe(name: string, h: OrderEventHandler): void } },
  registry: ChannelRegistry,
): ChannelRegistry {
  hub.bus.subscribe(CUSTOMER_NOTIFIER, createCustomerNotifier({ ...hub, registry }));
  return registry;
}
