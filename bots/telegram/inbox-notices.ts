import type { Api } from "grammy";
import { telegramTexts } from "../../core/i18n/telegram.js";
import type { Lang } from "../../core/types.js";
import type { Logger } from "../../logger.js";
import type { OrderStore } from "../../storage/order-store.js";
import type { TelegramStateRepo } from "../../storage/telegram-state-repo.js";
import type { TelegramStore } from "./telegram-store.js";
import { fromTgExternalId } from "./to-inbound.js";

/**
 * Makes sure nothing a customer sends is invisible: when the pipeline reports a customer's message that
 * belongs to no order (a durable job, whichever worker runs it) (a question like "when are you open?", a voice message or a sticker sent
 * before any order), the managers' group gets a short notice with the text, and a copy of the media under
 * it. A manager's reply to the notice reaches the customer. One notice per message, whichever process
 * gets there first (claimed in the database).
 */

export interface InboxNoticesDeps {
  api: Api;
  store: OrderStore;
  tstore: TelegramStore;
  state: TelegramStateRepo;
  chatId: string;
  threadId?: number;
  lang: () => Lang;
  loadLang?: () => Promise<unknown>;
  logger: Logger;
}

const NOTICE_TEXT_LIMIT = 3000;
const NOISE = new Set(["auto_reply", "spam"]);
const CHANNEL_NAMES: Record<string, string> = {
  telegram: "Telegram",
  whatsapp: "WhatsApp",
  email: "Email",
  api: "API",
};

export function createInboxNotices(deps: InboxNoticesDeps) {
  const { api, store, tstore, state, chatId } = deps;

  /** Posts the notice for a processed message that belongs to no order; true when one was posted now. */
  async function noticeIfOrphan(messageId: string): Promise<boolean> {
    const msg = await store.getMessage(messageId);
    if (!msg?.customerId) return false;
    // Noise (auto-replies, bounces, spam) is kept but never pushed at managers.
    if (msg.parsed && NOISE.has(msg.parsed.intent)) return false;
    if (await tstore.belongsToOrder(messageId)) return false;
    if (!(await state.claimNotice(messageId, chatId))) return false;
    try {
      await deps.loadLang?.();
      const customer = await store.getCustomer(msg.customerId);
      const sender = msg.sender as { name?: string; username?: string };
      const who = [customer?.name ?? sender.name ?? "—", sender.username ? `@${sender.username}` : ""]
        .filter(Boolean)
        .join(" ");
      const body = msg.text.length > NOTICE_TEXT_LIMIT ? `${msg.text.slice(0, NOTICE_TEXT_LIMIT)}…` : msg.text;
      const thread = deps.threadId ? { message_thread_id: deps.threadId } : {};
      const notice = await api.sendMessage(
        chatId,
        telegramTexts(deps.lang()).inboxNotice(who, CHANNEL_NAMES[msg.channel] ?? msg.channel, msg.kind, body),
        { parse_mode: "HTML", link_preview_options: { is_disabled: true }, ...thread },
      );
      await state.noticePosted(messageId, String(notice.message_id));
      const origin = fromTgExternalId(msg.externalId);
      if (msg.channel === "telegram" && origin && msg.kind !== "text" && msg.kind !== "contact") {
        await api.copyMessage(chatId, origin.chatId, origin.messageId, {
          reply_parameters: { message_id: notice.message_id, allow_sending_without_reply: true },
          ...thread,
        });
      }
      return true;
    } catch (err) {
      await state.releaseNotice(messageId).catch(() => {});
      throw err;
    }
  }

  return { noticeIfOrphan };
}

export type InboxNotices = ReturnType<typeof createInboxNotices>;
