import { randomUUID } from "node:crypto";
import { and, desc, eq, ilike, or, sql } from "drizzle-orm";
import type { Lang, Role } from "../../core/types.js";
import type { Database, DbOrTx } from "../../storage/database.js";
import type { OrderStore } from "../../storage/order-store.js";
import { customers, managers, orderCards, orderMessages, orders } from "../../storage/schema.js";

/**
 * What the Telegram channel keeps beyond orders: the card message of each order in the managers' group,
 * the managers with their roles, and the customer's chosen language.
 */

export interface Manager {
  id: string;
  telegramId: string;
  username: string | null;
  name: string | null;
  role: Role;
  lang: string | null;
  active: boolean;
}

export interface Card {
  orderId: string;
  chatId: string;
  messageId: string;
  threadId: string | null;
}

const toManager = (r: typeof managers.$inferSelect): Manager => ({
  id: r.id,
  telegramId: r.telegramId ?? "",
  username: r.username,
  name: r.name,
  role: r.role as Role,
  lang: r.lang,
  active: r.active,
});

export function createTelegramStore(database: Database, store: OrderStore) {
  const { db } = database;
  return {
    async card(orderId: string, chatId: string, on: DbOrTx = db): Promise<Card | null> {
      const [row] = await on
        .select()
        .from(orderCards)
        .where(and(eq(orderCards.orderId, orderId), eq(orderCards.channel, "telegram"), eq(orderCards.chatId, chatId)));
      return row
        ? { orderId: row.orderId, chatId: row.chatId, messageId: row.messageId, threadId: row.threadId }
        : null;
    },

    async saveCard(c: Card, on: DbOrTx = db) {
      await on
        .insert(orderCards)
        .values({ ...c, channel: "telegram" })
        .onConflictDoUpdate({
          target: [orderCards.orderId, orderCards.channel, orderCards.chatId],
          set: { messageId: c.messageId, threadId: c.threadId, updatedAt: new Date() },
        });
    },

    async touchCard(orderId: string, chatId: string) {
      await db
        .update(orderCards)
        .set({ updatedAt: new Date() })
        .where(and(eq(orderCards.orderId, orderId), eq(orderCards.channel, "telegram"), eq(orderCards.chatId, chatId)));
    },

    /** The order whose card is this message, if any. */
    async orderOfCard(chatId: string, messageId: string): Promise<string | null> {
      const [row] = await db
        .select({ orderId: orderCards.orderId })
        .from(orderCards)
        .where(
          and(eq(orderCards.channel, "telegram"), eq(orderCards.chatId, chatId), eq(orderCards.messageId, messageId)),
        );
      return row?.orderId ?? null;
    },

    async managerByTelegramId(telegramId: string): Promise<Manager | null> {
      const [row] = await db.select().from(managers).where(eq(managers.telegramId, telegramId));
      return row ? toManager(row) : null;
    },

    async managerById(id: string, on: DbOrTx = db): Promise<Manager | null> {
      const [row] = await on.select().from(managers).where(eq(managers.id, id));
      return row ? toManager(row) : null;
    },

    async managerByUsername(username: string): Promise<Manager | null> {
      const [row] = await db
        .select()
        .from(managers)
        .where(sql`lower(${managers.username}) = ${username.replace(/^@/, "").toLowerCase()}`);
      return row ? toManager(row) : null;
    },

    /** Registers a manager on first action (or refreshes name/username and, for admins, the role). */
    async upsertManager(m: {
      telegramId: string;
      username: string | null;
      name: string | null;
      role: Role;
      lang: string | null;
    }): Promise<Manager> {
      const [row] = await db
        .insert(managers)
        .values({ id: randomUUID(), ...m })
        .onConflictDoUpdate({
          target: managers.telegramId,
          set: {
            username: m.username,
            name: m.name,
            ...(m.role === "admin" ? { role: "admin" } : {}),
          },
        })
        .returning();
      if (!row) throw new Error("manager upsert returned nothing");
      return toManager(row);
    },

    async setCustomerLang(customerId: string, lang: Lang) {
      await db.update(customers).set({ lang, updatedAt: new Date() }).where(eq(customers.id, customerId));
    },

    /** The customer behind a Telegram user, created if new (so /lang works before the first order). */
    async ensureCustomer(telegramId: string, profile: { name: string | null; lang: string | null }): Promise<string> {
      return store.transaction(async (tx) => {
        await store.lockKeys(tx, [`telegram:${telegramId}`]);
        return store.resolveCustomer(tx, [{ kind: "telegram", value: telegramId }], profile);
      });
    },

    /** Orders by number, phone digits or customer name; newest first. */
    async findOrders(query: string, limit = 10): Promise<string[]> {
      const q = query.trim().replace(/^#/, "");
      const digits = q.replace(/\D/g, "");
      const conditions = [];
      if (/^\d{1,9}$/.test(q)) conditions.push(eq(orders.number, Number(q)));
      if (digits.length >= 5)
        conditions.push(sql`regexp_replace(coalesce(${orders.phone}, ''), '\\D', '', 'g') like ${`%${digits}%`}`);
      if (/\p{L}/u.test(q)) {
        const like = `%${q.replace(/[%_\\]/g, "\\$&")}%`;
        conditions.push(ilike(orders.name, like));
        conditions.push(sql`${orders.customerId} in (select id from customers where name ilike ${like})`);
      }
      if (!conditions.length) return [];
      const rows = await db
        .select({ id: orders.id })
        .from(orders)
        .where(or(...conditions))
        .orderBy(desc(orders.createdAt))
        .limit(limit);
      return rows.map((r) => r.id);
    },

    /** True when the stored message belongs to an order (as its text, details or a note). */
    async belongsToOrder(messageId: string): Promise<boolean> {
      const rows = await db
        .select({ orderId: orderMessages.orderId })
        .from(orderMessages)
        .where(eq(orderMessages.messageId, messageId))
        .limit(1);
      return rows.length > 0;
    },

    async accountOf(orderId: string): Promise<string | null> {
      const [row] = await db.select({ account: orders.account }).from(orders).where(eq(orders.id, orderId));
      return row?.account ?? null;
    },
  };
}

export type TelegramStore = ReturnType<typeof createTelegramStore>;
