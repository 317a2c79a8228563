import type { Channel, Order } from "../core/types.js";
import type { orders } from "./schema.js";

type OrderRow = typeof orders.$inferSelect;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toOrder(row: OrderRow, lines: Order["lines"]): Order {
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    confirmedAt: iso(row.confirmedAt),
    customerId: row.customerId,
    channel: row.channel as Channel,
    lines,
    unknownItems: row.unknownItems,
    phone: row.phone,
    email: row.email,
    name: row.name,
    address: row.address,
    deliveryDate: row.deliveryDate,
    assigneeId: row.assigneeId,
    needsReview: row.needsReview,
    reviewReasons: row.reviewReasons,
    cancelReason: row.cancelReason,
    currency: row.currency,
    lastMessageAt: row.lastMessageAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/** The columns of `orders` that an `Order` value writes back. */
export function toOrderRow(o: Order) {
  return {
    status: o.status,
    confirmedAt: o.confirmedAt ? new Date(o.confirmedAt) : null,
    phone: o.phone,
    email: o.email,
    name: o.name,
    address: o.address,
    deliveryDate: o.deliveryDate,
    assigneeId: o.assigneeId,
    needsReview: o.needsReview,
    reviewReasons: o.reviewReasons,
    unknownItems: o.unknownItems,
    cancelReason: o.cancelReason,
    lastMessageAt: new Date(o.lastMessageAt),
    updatedAt: new Date(o.updatedAt),
    version: o.version,
  };
}
