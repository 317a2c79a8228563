import { createHash, randomBytes } from "node:crypto";

/**
 * Ids that tie mail threads to orders: our outgoing Message-IDs carry the order number
 * (`<order-1042.k3j4h5@shop.test>`), subjects carry `[#1042]`, and a mail without a Message-ID gets a
 * stable one from its bytes so a re-fetch dedups like any other.
 */

/** A Message-ID for a mail we send; recognised later by `orderNumberFromMessageId`. */
export function createOrderMessageId(
  domain: string,
  orderNumber?: number,
  random = randomBytes(6).toString("hex"),
): string {
  const local = orderNumber !== undefined ? `order-${orderNumber}.${random}` : `orderhub.${random}`;
  return `<${local}@${domain}>`;
}

/** The order number of one of our Message-IDs, or null. With `domain`, only ids of that domain count. */
export function orderNumberFromMessageId(id: string | null | undefined, domain?: string): number | null {
  const m = /^<?order-(\d{1,12})\.[A-Za-z0-9]+@([^>\s]+)>?$/.exec((id ?? "").trim());
  if (!m) return null;
  if (domain && m[2]?.toLowerCase() !== domain.toLowerCase()) return null;
  return Number(m[1]);
}

/** The order number a subject names as `[#1042]`, or null. */
export function orderNumberFromSubject(subject: string | null | undefined): number | null {
  const m = /\[#(\d{1,12})\]/.exec(subject ?? "");
  return m ? Number(m[1]) : null;
}

/**
 * The order a mail belongs to by its thread: In-Reply-To first, then References newest first, then the
 * subject tag. Null when nothing points to an order.
 */
export function orderNumberFromThread(
  mail: { subject?: string | null; inReplyTo?: string | null; references?: string[] },
  domain?: string,
): number | null {
  for (const id of [mail.inReplyTo, ...[...(mail.references ?? [])].reverse()]) {
    const n = orderNumberFromMessageId(id, domain);
    if (n !== null) return n;
  }
  return orderNumberFromSubject(mail.subject);
}

/** `Re: [#1042] subject` for a reply, `[#1042] subject` otherwise; never doubles a tag or a `Re:`. */
export function orderSubject(subject: string, orderNumber: number | undefined, reply: boolean): string {
  const m = /^((?:(?:re|aw|sv|ответ|відповідь)\s*:\s*)*)(.*)$/isu.exec(subject.trim());
  const prefix = (m?.[1] ?? "").trim();
  let rest = (m?.[2] ?? "").trim();
  if (orderNumber !== undefined && orderNumberFromSubject(rest) !== orderNumber)
    rest = `[#${orderNumber}] ${rest}`.trim();
  if (prefix) return `${prefix} ${rest}`;
  return reply ? `Re: ${rest}` : rest;
}

/** A stable Message-ID for a mail that has none, derived from its raw bytes. */
export function stableMessageId(raw: Buffer): string {
  return `<sha256-${createHash("sha256").update(raw).digest("hex").slice(0, 40)}@orderhub.invalid>`;
}

/** The domain part of an address (`Shop <orders@shop.test>` → `shop.test`). */
export function domainOf(address: string): string {
  const m = /@([^>\s]+)>?\s*$/.exec(address.trim());
  return m?.[1]?.toLowerCase() ?? "localhost";
}
