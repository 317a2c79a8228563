import { and, eq } from "drizzle-orm";
import type { Lang } from "../core/types.js";
import type { Database } from "./database.js";
import { askedQuestions, chatSettings, inboxNotices } from "./schema.js";

/**
 * What a chat channel remembers between restarts and shares between processes: a chat's language (the
 * managers' group after /lang), the questions already asked about an order, and the inbox notices posted
 * for customer messages that belong to no order. Every claim is an insert that only one caller can win.
 */
export function createTelegramStateRepo(database: Database, channel = "telegram") {
  const { db } = database;
  return {
    async chatLang(chatId: string): Promise<Lang | null> {
      const [row] = await db
        .select({ lang: chatSettings.lang })
        .from(chatSettings)
        .where(and(eq(chatSettings.channel, channel), eq(chatSettings.chatId, chatId)));
      const lang = row?.lang;
      return lang === "ru" || lang === "uk" || lang === "en" ? lang : null;
    },

    async setChatLang(chatId: string, lang: Lang): Promise<void> {
      await db
        .insert(chatSettings)
        .values({ channel, chatId, lang, updatedAt: new Date() })
        .onConflictDoUpdate({
          target: [chatSettings.channel, chatSettings.chatId],
          set: { lang, updatedAt: new Date() },
        });
    },

    /** Records that `field` is being asked about the order; false when it was asked before. */
    async claimQuestion(orderId: string, field: string): Promise<boolean> {
      const rows = await db
        .insert(askedQuestions)
        .values({ orderId, field })
        .onConflictDoNothing()
        .returning({ field: askedQuestions.field });
      return rows.length > 0;
    },

    /** Forgets a claim whose question could not be sent, so a retry asks it. */
    async releaseQuestion(orderId: string, field: string): Promise<void> {
      await db.delete(askedQuestions).where(and(eq(askedQuestions.orderId, orderId), eq(askedQuestions.field, field)));
    },

    async askedFields(orderId: string): Promise<string[]> {
      const rows = await db
        .select({ field: askedQuestions.field })
        .from(askedQuestions)
        .where(eq(askedQuestions.orderId, orderId));
      return rows.map((r) => r.field);
    },

    /** Claims the notice of an inbound message for a chat; false when another caller already has it. */
    async claimNotice(inboundMessageId: string, chatId: string): Promise<boolean> {
      const rows = await db
        .insert(inboxNotices)
        .values({ inboundMessageId, channel, chatId })
        .onConflictDoNothing()
        .returning({ id: inboxNotices.inboundMessageId });
      return rows.length > 0;
    },

    async releaseNotice(inboundMessageId: string): Promise<void> {
      await db.delete(inboxNotices).where(eq(inboxNotices.inboundMessageId, inboundMessageId));
    },

    async noticePosted(inboundMessageId: string, messageId: string): Promise<void> {
      await db.update(inboxNotices).set({ messageId }).where(eq(inboxNotices.inboundMessageId, inboundMessageId));
    },

    /** The inbound message an inbox notice in this chat is about, if the message is a notice. */
    async messageOfNotice(chatId: string, messageId: string): Promise<string | null> {
      const [row] = await db
        .select({ id: inboxNotices.inboundMessageId })
        .from(inboxNotices)
        .where(
          and(
            eq(inboxNotices.channel, channel),
            eq(inboxNotices.chatId, chatId),
            eq(inboxNotices.messageId, messageId),
          ),
        );
      return row?.id ?? null;
    },
  };
}

export type TelegramStateRepo = ReturnType<typeof createTelegramStateRepo>;
