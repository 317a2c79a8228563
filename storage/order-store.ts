import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, inArray, lt, or, sql } from "drizzle-orm";
import type { OrderCandidate } from "../core/dedup/decide-merge.js";
import { contentHash } from "../core/dedup/message-key.js";
import type { Contribution } from "../core/orders/compose-order.js";
import type {
  Channel,
  Identity,
  InboundMessage,
  Order,
  OrderEvent,
  OrderLine,
  ParsedMessage,
  Sender,
} from "../core/types.js";
import { type Database, type DbOrTx, lockKeys } from "./database.js";
import { toOrder, toOrderRow } from "./mappers.js";
import {
  customerIdentities,
  customers,
  inboundMessages,
  messageRevisions,
  orderEvents,
  orderLines,
  orderMessages,
  orders,
  outboundMessages,
} from "./schema.js";

/**
 * The repository behind the pipeline and the order actions. Every method takes an optional transaction
 * handle; writes that must not be half-done run inside one `transaction` call.
 */

export type StoredMessage = typeof inboundMessages.$inferSelect;

export interface StoreResult {
  id: string;
  revision: number;
  /** Same channel message with the same content as already stored. */
  duplicate: boolean;
}

export interface OrderFilter {
  status?: string[];
  customerId?: string;
  assigneeId?: string | null;
  /** Opaque cursor from a previous page. */
  cursor?: string;
  limit?: number;
}

function encodeCursor(o: { createdAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify([o.createdAt.toISOString(), o.id])).toString("base64url");
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } | null {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [string, string];
    const createdAt = new Date(at);
    return Number.isNaN(createdAt.getTime()) || typeof id !== "string" ? null : { createdAt, id };
  } catch {
    return null;
  }
}

export function createOrderStore(database: Database) {
  const { db } = database;

  async function linesOf(orderIds: string[], on: DbOrTx = db): Promise<Map<string, OrderLine[]>> {
    const map = new Map<string, OrderLine[]>();
    if (orderIds.length === 0) return map;
    const rows = await on
      .select()
      .from(orderLines)
      .where(inArray(orderLines.orderId, orderIds))
      .orderBy(asc(orderLines.position));
    for (const r of rows) {
      const list = map.get(r.orderId) ?? [];
      list.push({ sku: r.sku, name: r.name, qty: r.qty, unit: r.unit as OrderLine["unit"], price: r.price });
      map.set(r.orderId, list);
    }
    return map;
  }

  async function getOrder(id: string, on: DbOrTx = db): Promise<Order | null> {
    const [row] = await on.select().from(orders).where(eq(orders.id, id));
    if (!row) return null;
    return toOrder(row, (await linesOf([id], on)).get(id) ?? []);
  }

  /** The columns a merge decision reads of an order, and how they become an `OrderCandidate`. */
  const candidateColumns = {
    id: orders.id,
    confirmedAt: orders.confirmedAt,
    lastMessageAt: orders.lastMessageAt,
    status: orders.status,
  };
  const candidate = (
    row: { id: string; confirmedAt: Date | null; lastMessageAt: Date; status: string },
    draftStatuses: string[],
  ): OrderCandidate => ({
    orderId: row.id,
    draft: row.confirmedAt === null && draftStatuses.includes(row.status),
    lastMessageAt: row.lastMessageAt.toISOString(),
  });

  /** Open drafts of several customers, with their owner and number. */
  async function draftsOfCustomers(tx: DbOrTx, customerIds: string[], draftStatuses: string[]) {
    if (!customerIds.length) return [];
    const rows = await tx
      .select({ ...candidateColumns, number: orders.number, customerId: orders.customerId })
      .from(orders)
      .where(
        and(
          inArray(orders.customerId, customerIds),
          sql`${orders.confirmedAt} is null`,
          inArray(orders.status, draftStatuses),
        ),
      );
    return rows.map((r) => ({
      ...candidate(r, draftStatuses),
      number: r.number,
      customerId: r.customerId,
    }));
  }

  return {
    transaction: <T>(fn: (tx: DbOrTx) => Promise<T>) => db.transaction((tx) => fn(tx)),
    lockKeys,

    /** Stores a message idempotently. An edit with new content becomes a new revision; the old is kept. */
    async storeInbound(m: InboundMessage): Promise<StoreResult> {
      const hash = contentHash(m);
      const receivedAt = new Date(m.receivedAt);
      const values = {
        channel: m.channel,
        account: m.account,
        externalId: m.externalId,
        contentHash: hash,
        sender: m.sender,
        receivedAt,
        receivedAtText: m.receivedAt,
        text: m.text,
        subject: m.subject ?? null,
        kind: m.kind ?? "text",
        inReplyTo: m.inReplyTo ?? null,
        references: m.references ?? [],
        replyToExternalId: m.replyToExternalId ?? null,
        edited: m.edited ?? false,
        headers: m.headers ?? {},
        attachments: m.attachments ?? [],
        raw: (m.raw ?? null) as unknown,
      };
      return db.transaction(async (tx) => {
        const inserted = await tx
          .insert(inboundMessages)
          .values({ id: randomUUID(), ...values })
          .onConflictDoNothing()
          .returning({ id: inboundMessages.id, revision: inboundMessages.revision });
        if (inserted[0]) return { ...inserted[0], duplicate: false };
        const [existing] = await tx
          .select()
          .from(inboundMessages)
          .where(
            and(
              eq(inboundMessages.channel, m.channel),
              eq(inboundMessages.account, m.account),
              eq(inboundMessages.externalId, m.externalId),
            ),
          )
          .for("update");
        if (!existing) throw new Error("stored message vanished during upsert");
        if (existing.contentHash === hash) return { id: existing.id, revision: existing.revision, duplicate: true };
        // New content under the same id: an edit. Keep the earlier revision, then replace.
        await tx
          .insert(messageRevisions)
          .values({
            messageId: existing.id,
            revision: existing.revision,
            text: existing.text,
            receivedAtText: existing.receivedAtText,
            raw: existing.raw,
          })
          .onConflictDoNothing();
        const revision = existing.revision + 1;
        await tx
          .update(inboundMessages)
          .set({ ...values, edited: true, revision, status: "stored", error: null, updatedAt: new Date() })
          .where(eq(inboundMessages.id, existing.id));
        return { id: existing.id, revision, duplicate: false };
      });
    },

    async getMessage(id: string, on: DbOrTx = db): Promise<StoredMessage | null> {
      const [row] = await on.select().from(inboundMessages).where(eq(inboundMessages.id, id));
      return row ?? null;
    },

    async markProcessed(on: DbOrTx, id: string, revision: number, parsed: ParsedMessage, customerId: string | null) {
      await on
        .update(inboundMessages)
        .set({
          status: "processed",
          processedRevision: revision,
          parsed,
          customerId,
          error: null,
          updatedAt: new Date(),
        })
        .where(eq(inboundMessages.id, id));
    },

    async markFailed(id: string, error: string) {
      await db
        .update(inboundMessages)
        .set({
          status: "failed",
          error: error.slice(0, 4000),
          attempts: sql`${inboundMessages.attempts} + 1`,
          updatedAt: new Date(),
        })
        .where(eq(inboundMessages.id, id));
    },

    /** Messages stored but not processed (a crash between store and process), or failed. */
    async messagesToReprocess(opts: {
      includeFailed: boolean;
      limit: number;
    }): Promise<{ id: string; revision: number; key: string }[]> {
      const statuses = opts.includeFailed ? ["stored", "failed"] : ["stored"];
      const rows = await db
        .select({
          id: inboundMessages.id,
          revision: inboundMessages.revision,
          channel: inboundMessages.channel,
          account: inboundMessages.account,
          externalId: inboundMessages.externalId,
        })
        .from(inboundMessages)
        .where(inArray(inboundMessages.status, statuses))
        .orderBy(asc(inboundMessages.receivedAt))
        .limit(opts.limit);
      return rows.map((r) => ({ id: r.id, revision: r.revision, key: `${r.channel}:${r.account}:${r.externalId}` }));
    },

    /**
     * Finds or creates the customer behind these identities. When the identities belong to several
     * customers (the same person seen through two channels), they are merged into the oldest one.
     * Call inside a transaction that holds the identities' locks.
     */
    async resolveCustomer(
      tx: DbOrTx,
      identities: Identity[],
      profile: { name?: string | null; lang?: string | null },
    ): Promise<string> {
      const conditions = identities.map((i) =>
        and(eq(customerIdentities.kind, i.kind), eq(customerIdentities.value, i.value)),
      );
      const found = conditions.length
        ? await tx
            .select({
              customerId: customerIdentities.customerId,
              kind: customerIdentities.kind,
              value: customerIdentities.value,
              createdAt: customers.createdAt,
            })
            .from(customerIdentities)
            .innerJoin(customers, eq(customers.id, customerIdentities.customerId))
            .where(or(...conditions))
            .orderBy(asc(customers.createdAt), asc(customers.id))
        : [];
      let customerId = found[0]?.customerId;
      if (!customerId) {
        customerId = randomUUID();
        await tx.insert(customers).values({ id: customerId, name: profile.name ?? null, lang: profile.lang ?? null });
      } else {
        const others = [...new Set(found.map((f) => f.customerId))].filter((id) => id !== customerId);
        if (others.length) {
          await tx.update(customerIdentities).set({ customerId }).where(inArray(customerIdentities.customerId, others));
          await tx.update(orders).set({ customerId }).where(inArray(orders.customerId, others));
          await tx.update(inboundMessages).set({ customerId }).where(inArray(inboundMessages.customerId, others));
          await tx
            .update(customers)
            .set({ mergedInto: customerId, updatedAt: new Date() })
            .where(inArray(customers.id, others));
        }
        if (profile.name || profile.lang) {
          // Fill a missing name or language; a customer who already has both is not written again.
          await tx
            .update(customers)
            .set({
              name: sql`coalesce(${customers.name}, ${profile.name ?? null})`,
              lang: sql`coalesce(${customers.lang}, ${profile.lang ?? null})`,
            })
            .where(
              and(eq(customers.id, customerId), or(sql`${customers.name} is null`, sql`${customers.lang} is null`)),
            );
        }
      }
      const known = new Set(found.map((f) => `${f.kind}:${f.value}`));
      const missing = identities.filter((i) => !known.has(`${i.kind}:${i.value}`));
      if (missing.length) {
        await tx
          .insert(customerIdentities)
          .values(missing.map((i) => ({ customerId: customerId as string, kind: i.kind, value: i.value })));
      }
      return customerId;
    },

    async getCustomer(id: string, on: DbOrTx = db) {
      const [row] = await on.select().from(customers).where(eq(customers.id, id));
      if (!row) return null;
      const ids = await on.select().from(customerIdentities).where(eq(customerIdentities.customerId, id));
      return { ...row, identities: ids.map((i) => ({ kind: i.kind as Identity["kind"], value: i.value })) };
    },

    async setCustomerUnreachable(id: string, reason: string | null) {
      await db
        .update(customers)
        .set({ unreachable: reason !== null, unreachableReason: reason, updatedAt: new Date() })
        .where(eq(customers.id, id));
    },

    async findCustomerByIdentity(identity: Identity): Promise<string | null> {
      const [row] = await db
        .select({ customerId: customerIdentities.customerId })
        .from(customerIdentities)
        .where(and(eq(customerIdentities.kind, identity.kind), eq(customerIdentities.value, identity.value)));
      return row?.customerId ?? null;
    },

    /** The customers that already own any of these identities. */
    async customersWithIdentities(tx: DbOrTx, identities: Identity[]): Promise<string[]> {
      if (!identities.length) return [];
      const rows = await tx
        .selectDistinct({ customerId: customerIdentities.customerId })
        .from(customerIdentities)
        .where(
          or(...identities.map((i) => and(eq(customerIdentities.kind, i.kind), eq(customerIdentities.value, i.value)))),
        );
      return rows.map((r) => r.customerId);
    },

    draftsOfCustomers,

    /** Moves every message of one order to another (a cross-posted order folded into its twin). */
    async moveOrderMessages(tx: DbOrTx, fromOrderId: string, toOrderId: string) {
      await tx.update(orderMessages).set({ orderId: toOrderId }).where(eq(orderMessages.orderId, fromOrderId));
    },

    /** The customer's orders that may still take follow-ups, newest first. */
    async drafts(tx: DbOrTx, customerId: string, draftStatuses: string[]): Promise<OrderCandidate[]> {
      const rows = await draftsOfCustomers(tx, [customerId], draftStatuses);
      return rows
        .map(({ orderId, draft, lastMessageAt }) => ({ orderId, draft, lastMessageAt }))
        .sort((a, b) => Date.parse(b.lastMessageAt) - Date.parse(a.lastMessageAt));
    },

    async orderOfMessage(tx: DbOrTx, messageId: string, draftStatuses: string[]): Promise<OrderCandidate | null> {
      const [row] = await tx
        .select(candidateColumns)
        .from(orderMessages)
        .innerJoin(orders, eq(orders.id, orderMessages.orderId))
        .where(eq(orderMessages.messageId, messageId));
      return row ? candidate(row, draftStatuses) : null;
    },

    /**
     * The customer's order whose thread a message replies to: any of its email references, or a messenger
     * reply, naming a message of the order or a message the hub sent about it. Newest reference wins.
     */
    async threadOrder(
      tx: DbOrTx,
      customerId: string,
      ref: { channel: Channel; inReplyTo?: string | null; references?: string[]; replyToExternalId?: string | null },
      draftStatuses: string[],
    ): Promise<OrderCandidate | null> {
      const ids = [ref.replyToExternalId, ref.inReplyTo, ...[...(ref.references ?? [])].reverse()].filter(
        (x): x is string => !!x,
      );
      if (!ids.length) return null;
      const viaInbound = await tx
        .select({ externalId: inboundMessages.externalId, orderId: orderMessages.orderId })
        .from(inboundMessages)
        .innerJoin(orderMessages, eq(orderMessages.messageId, inboundMessages.id))
        .where(and(eq(inboundMessages.channel, ref.channel), inArray(inboundMessages.externalId, ids)));
      const viaOutbound = await tx
        .select({ externalId: outboundMessages.externalId, orderId: outboundMessages.orderId })
        .from(outboundMessages)
        .where(and(eq(outboundMessages.channel, ref.channel), inArray(outboundMessages.externalId, ids)));
      const byExternal = new Map<string, string>();
      for (const r of [...viaOutbound, ...viaInbound])
        if (r.externalId && r.orderId) byExternal.set(r.externalId, r.orderId);
      for (const id of ids) {
        const orderId = byExternal.get(id);
        if (!orderId) continue;
        const [row] = await tx
          .select({ ...candidateColumns, customerId: orders.customerId })
          .from(orders)
          .where(eq(orders.id, orderId));
        // Different customers never share an order, even inside one thread.
        if (row && row.customerId === customerId) return candidate(row, draftStatuses);
      }
      return null;
    },

    async createOrder(
      tx: DbOrTx,
      o: { customerId: string; channel: Channel; account: string; status: string; currency: string; at: string },
    ): Promise<Order> {
      const at = new Date(o.at);
      const [row] = await tx
        .insert(orders)
        .values({
          id: randomUUID(),
          customerId: o.customerId,
          channel: o.channel,
          account: o.account,
          status: o.status,
          currency: o.currency,
          lastMessageAt: at,
          createdAt: at,
          updatedAt: at,
        })
        .returning();
      if (!row) throw new Error("order insert returned nothing");
      return toOrder(row, []);
    },

    async linkMessage(tx: DbOrTx, orderId: string, messageId: string, role: string) {
      await tx
        .insert(orderMessages)
        .values({ orderId, messageId, role })
        .onConflictDoUpdate({ target: orderMessages.messageId, set: { orderId, role } });
    },

    /** What each message of the order said, for `composeOrder`. */
    async contributions(tx: DbOrTx, orderId: string): Promise<Contribution[]> {
      const rows = await tx
        .select({
          messageId: orderMessages.messageId,
          role: orderMessages.role,
          receivedAt: inboundMessages.receivedAtText,
          parsed: inboundMessages.parsed,
          sender: inboundMessages.sender,
        })
        .from(orderMessages)
        .innerJoin(inboundMessages, eq(inboundMessages.id, orderMessages.messageId))
        .where(eq(orderMessages.orderId, orderId));
      return rows
        .filter((r) => r.parsed)
        .map((r) => ({
          messageId: r.messageId,
          role: r.role as Contribution["role"],
          receivedAt: r.receivedAt,
          parsed: r.parsed as ParsedMessage,
          senderPhone: (r.sender as Sender).phone ?? null,
          senderEmail: (r.sender as Sender).email ?? null,
          senderName: (r.sender as Sender).name ?? null,
        }));
    },

    getOrder,

    async getOrderByNumber(n: number, on: DbOrTx = db): Promise<Order | null> {
      const [row] = await on.select({ id: orders.id }).from(orders).where(eq(orders.number, n));
      return row ? getOrder(row.id, on) : null;
    },

    /** Writes an order back if nobody changed it since `expectedVersion`; returns false otherwise. */
    async saveOrder(
      tx: DbOrTx,
      order: Order,
      expectedVersion: number,
      opts: { lines?: boolean } = {},
    ): Promise<boolean> {
      const updated = await tx
        .update(orders)
        .set(toOrderRow(order))
        .where(and(eq(orders.id, order.id), eq(orders.version, expectedVersion)))
        .returning({ id: orders.id });
      if (!updated.length) return false;
      if (opts.lines) {
        await tx.delete(orderLines).where(eq(orderLines.orderId, order.id));
        if (order.lines.length) {
          await tx.insert(orderLines).values(order.lines.map((l, position) => ({ orderId: order.id, position, ...l })));
        }
      }
      return true;
    },

    async addEvents(tx: DbOrTx, events: OrderEvent[]) {
      if (!events.length) return;
      await tx.insert(orderEvents).values(
        events.map((e) => ({
          orderId: e.orderId,
          type: e.type,
          at: new Date(e.at),
          actor: e.actor,
          before: e.before ?? null,
          after: e.after ?? null,
          reason: e.reason ?? null,
        })),
      );
    },

    async history(orderId: string) {
      return db.select().from(orderEvents).where(eq(orderEvents.orderId, orderId)).orderBy(asc(orderEvents.id));
    },

    async messagesOfOrder(orderId: string) {
      return db
        .select({
          id: inboundMessages.id,
          channel: inboundMessages.channel,
          externalId: inboundMessages.externalId,
          role: orderMessages.role,
          receivedAt: inboundMessages.receivedAtText,
          text: inboundMessages.text,
          subject: inboundMessages.subject,
          kind: inboundMessages.kind,
          revision: inboundMessages.revision,
        })
        .from(orderMessages)
        .innerJoin(inboundMessages, eq(inboundMessages.id, orderMessages.messageId))
        .where(eq(orderMessages.orderId, orderId))
        .orderBy(asc(inboundMessages.receivedAt));
    },

    async listOrders(filter: OrderFilter): Promise<{ orders: Order[]; nextCursor: string | null }> {
      const limit = Math.min(Math.max(filter.limit ?? 50, 1), 200);
      const conditions = [];
      if (filter.status?.length) conditions.push(inArray(orders.status, filter.status));
      if (filter.customerId) conditions.push(eq(orders.customerId, filter.customerId));
      if (filter.assigneeId !== undefined) {
        conditions.push(
          filter.assigneeId === null ? sql`${orders.assigneeId} is null` : eq(orders.assigneeId, filter.assigneeId),
        );
      }
      if (filter.cursor) {
        const c = decodeCursor(filter.cursor);
        if (c)
          conditions.push(
            or(lt(orders.createdAt, c.createdAt), and(eq(orders.createdAt, c.createdAt), lt(orders.id, c.id))),
          );
      }
      const rows = await db
        .select()
        .from(orders)
        .where(conditions.length ? and(...conditions) : undefined)
        .orderBy(desc(orders.createdAt), desc(orders.id))
        .limit(limit + 1);
      const page = rows.slice(0, limit);
      const lines = await linesOf(page.map((r) => r.id));
      const last = page[page.length - 1];
      return {
        orders: page.map((r) => toOrder(r, lines.get(r.id) ?? [])),
        nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
      };
    },

    /** The account (bot, mailbox) the customer wrote to for this order. */
    async orderAccount(orderId: string): Promise<string | null> {
      const [row] = await db.select({ account: orders.account }).from(orders).where(eq(orders.id, orderId));
      return row?.account ?? null;
    },

    /** Marks the customers behind these email addresses unreachable (their mail bounced). */
    async markEmailsUnreachable(emails: string[], reason: string): Promise<string[]> {
      if (!emails.length) return [];
      const rows = await db
        .select({ customerId: customerIdentities.customerId })
        .from(customerIdentities)
        .where(
          and(
            eq(customerIdentities.kind, "email"),
            inArray(
              customerIdentities.value,
              emails.map((e) => e.toLowerCase()),
            ),
          ),
        );
      const ids = [...new Set(rows.map((r) => r.customerId))];
      if (ids.length) {
        await db
          .update(customers)
          .set({ unreachable: true, unreachableReason: reason, updatedAt: new Date() })
          .where(inArray(customers.id, ids));
      }
      return ids;
    },

    /** The email thread of an order: its mails' Message-IDs (oldest first), the last one in, and the first subject. */
    async emailThread(
      orderId: string,
    ): Promise<{ references: string[]; lastInbound: string | null; subject: string | null }> {
      const inbound = await db
        .select({
          externalId: inboundMessages.externalId,
          subject: inboundMessages.subject,
          at: inboundMessages.receivedAt,
        })
        .from(orderMessages)
        .innerJoin(inboundMessages, eq(inboundMessages.id, orderMessages.messageId))
        .where(and(eq(orderMessages.orderId, orderId), eq(inboundMessages.channel, "email")))
        .orderBy(asc(inboundMessages.receivedAt));
      const outbound = await db
        .select({ externalId: outboundMessages.externalId, at: outboundMessages.createdAt })
        .from(outboundMessages)
        .where(
          and(
            eq(outboundMessages.orderId, orderId),
            eq(outboundMessages.channel, "email"),
            eq(outboundMessages.status, "sent"),
          ),
        );
      const all = [
        ...inbound.map((m) => ({ id: m.externalId, at: m.at })),
        ...outbound.filter((m) => m.externalId).map((m) => ({ id: m.externalId as string, at: m.at })),
      ]
        .sort((a, b) => a.at.getTime() - b.at.getTime())
        .map((m) => m.id);
      return {
        references: [...new Set(all)],
        lastInbound: inbound.at(-1)?.externalId ?? null,
        subject: inbound.find((m) => m.subject)?.subject ?? null,
      };
    },

    async recordOutbound(o: {
      orderId?: string | null;
      channel: string;
      account: string;
      recipient: string;
      externalId?: string | null;
      kind: string;
      text: string;
      status: "sent" | "failed";
      error?: string | null;
    }) {
      await db.insert(outboundMessages).values({
        id: randomUUID(),
        ...o,
        orderId: o.orderId ?? null,
        externalId: o.externalId ?? null,
        error: o.error ?? null,
      });
    },
  };
}

export type OrderStore = ReturnType<typeof createOrderStore>;

/** Messages of a customer that were processed without an order (e.g. an address sent before the items). */
export async function orphanDetails(on: DbOrTx, customerId: string, since: Date, until: Date): Promise<string[]> {
  const rows = await on
    .select({ id: inboundMessages.id })
    .from(inboundMessages)
    .leftJoin(orderMessages, eq(orderMessages.messageId, inboundMessages.id))
    .where(
      and(
        eq(inboundMessages.customerId, customerId),
        eq(inboundMessages.status, "processed"),
        sql`${orderMessages.messageId} is null`,
        sql`${inboundMessages.parsed}->>'intent' = 'details'`,
        sql`${inboundMessages.receivedAt} >= ${since.toISOString()}`,
        sql`${inboundMessages.receivedAt} <= ${until.toISOString()}`,
      ),
    );
  return rows.map((r) => r.id);
}
