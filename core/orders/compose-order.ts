import type { MessageRole } from "../dedup/decide-merge.js";
import type { OrderLine, ParsedMessage, Product, UnknownItem } from "../types.js";

/**
 * An order's content is the fold of what its messages said, in the order they were received. Keeping the
 * per-message readings (instead of mutating lines) makes edits exact: an edited message replaces its own
 * contribution, and reprocessing gives the same order.
 */

export interface Contribution {
  messageId: string;
  receivedAt: string;
  role: MessageRole;
  parsed: ParsedMessage;
  /** Sender-supplied identities, used when the text has none (a WhatsApp number, an email From). */
  senderPhone?: string | null;
  senderEmail?: string | null;
  senderName?: string | null;
}

export interface ComposedOrder {
  lines: OrderLine[];
  unknownItems: UnknownItem[];
  phone: string | null;
  email: string | null;
  name: string | null;
  address: string | null;
  deliveryDate: string | null;
  needsReview: boolean;
  reviewReasons: string[];
}

const normalizeName = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();

export function composeOrder(
  contributions: Contribution[],
  productOf: (sku: string) => Product | undefined,
): ComposedOrder {
  const sorted = [...contributions].sort((a, b) => Date.parse(a.receivedAt) - Date.parse(b.receivedAt));
  const qty = new Map<string, number>();
  const unknown = new Map<string, UnknownItem>();
  const reasons = new Set<string>();
  const out: Omit<ComposedOrder, "lines" | "unknownItems" | "needsReview" | "reviewReasons"> = {
    phone: null,
    email: null,
    name: null,
    address: null,
    deliveryDate: null,
  };
  let senderPhone: string | null = null;
  let senderEmail: string | null = null;
  let senderName: string | null = null;

  for (const c of sorted) {
    senderPhone ??= c.senderPhone ?? null;
    senderEmail ??= c.senderEmail ?? null;
    senderName ??= c.senderName ?? null;
    if (c.role === "note" || c.role === "auto_reply") continue;
    const p = c.parsed;
    if (c.role === "order") {
      for (const line of p.items) {
        const had = qty.get(line.sku);
        // "и ещё 2" adds; a restatement or correction ("3 instead") sets the quantity.
        qty.set(line.sku, had !== undefined && p.additive ? had + line.qty : line.qty);
      }
      for (const u of p.unknownItems) unknown.set(normalizeName(u.text), u);
    }
    if (p.phone) out.phone = p.phone;
    if (p.email) out.email = p.email;
    if (p.name) out.name = p.name;
    if (p.address) out.address = p.address;
    if (p.deliveryDate) out.deliveryDate = p.deliveryDate;
    if (p.needsReview) for (const r of p.reviewReasons) reasons.add(r);
  }

  const lines: OrderLine[] = [];
  for (const [sku, q] of qty) {
    if (q <= 0) continue;
    const product = productOf(sku);
    lines.push({
      sku,
      name: product?.name ?? sku,
      qty: Math.round(q * 1000) / 1000,
      unit: product?.unit ?? "pcs",
      price: product?.price ?? null,
    });
    if (!product) reasons.add(`SKU ${sku} is no longer in the catalog`);
  }
  return {
    ...out,
    phone: out.phone ?? senderPhone,
    email: out.email ?? senderEmail,
    name: out.name ?? senderName,
    lines,
    unknownItems: [...unknown.values()],
    needsReview: reasons.size > 0 || unknown.size > 0,
    reviewReasons: [...reasons, ...(unknown.size > 0 ? ["unknown items"] : [])],
  };
}

/** Sum of priced lines. */
export function orderTotal(lines: Pick<OrderLine, "qty" | "price">[]): number {
  return Math.round(lines.reduce((sum, l) => sum + (l.price ?? 0) * l.qty, 0) * 100) / 100;
}
