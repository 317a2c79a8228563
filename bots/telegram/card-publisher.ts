import { type Api, GrammyError } from "grammy";
import { telegramTexts } from "../../core/i18n/telegram.js";
import type { Lang } from "../../core/types.js";
import type { Workflow } from "../../core/workflow/index.js";
import type { OrderEventHandler } from "../../intake/ports.js";
import type { Logger } from "../../logger.js";
import type { DbOrTx } from "../../storage/database.js";
import type { OrderStore } from "../../storage/order-store.js";
import { type CardInput, cardKeyboard, cardText } from "./order-card.js";
import { splitText } from "./split-text.js";
import type { TelegramStore } from "./telegram-store.js";
import { fromTgExternalId } from "./to-inbound.js";

/**
 * Keeps one card per order in the managers' group: sent on the order's first event, edited in place on
 * every later one (rendered from the order as stored now, so events handled out of order still leave the
 * latest state), never reposted unless the card message was deleted. What the customer says later is
 * posted under the card. Refreshes of one order are serialized in this process, and across processes by
 * a transaction that holds the order's card lock while it reads, sends and records the card: a second
 * worker waits, then finds the card and edits it instead of posting another.
 */

export interface CardPublisherDeps {
  api: Api;
  store: OrderStore;
  tstore: TelegramStore;
  workflow: Workflow;
  chatId: string;
  threadId?: number;
  lang: () => Lang;
  /** Reads the group's language as stored now (outside any transaction). */
  loadLang?: () => Promise<unknown>;
  logger: Logger;
  /** Remembers a message posted under a card, so a manager's reply to it reaches the customer. */
  rememberEcho: (messageId: number, orderId: string) => void;
}

const notModified = (err: unknown) => err instanceof GrammyError && /message is not modified/i.test(err.description);
const gone = (err: unknown) =>
  err instanceof GrammyError && /message to edit not found|message can't be edited/i.test(err.description);

export function createCardPublisher(deps: CardPublisherDeps) {
  const { api, store, tstore, workflow, chatId } = deps;
  const queues = new Map<string, Promise<unknown>>();
  const lastRendered = new Map<string, string>();

  function serialized<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const prev = queues.get(key) ?? Promise.resolve();
    const run = prev.catch(() => {}).then(fn);
    const tail = run.catch(() => {});
    queues.set(key, tail);
    void tail.then(() => {
      if (queues.get(key) === tail) queues.delete(key);
    });
    return run;
  }

  async function cardInput(orderId: string, tx: DbOrTx): Promise<CardInput | null> {
    const order = await store.getOrder(orderId, tx);
    if (!order) return null;
    const customer = await store.getCustomer(order.customerId, tx);
    const assignee = order.assigneeId ? await tstore.managerById(order.assigneeId, tx) : null;
    return {
      order,
      workflow,
      lang: deps.lang(),
      customerName: customer?.name ?? null,
      unreachable: customer?.unreachable ?? false,
      assignee: assignee
        ? (assignee.name ?? (assignee.username ? `@${assignee.username}` : assignee.telegramId))
        : order.assigneeId,
    };
  }

  /** Sends or edits the order's card; resolves to the card's message id. */
  function refresh(orderId: string): Promise<number | null> {
    return serialized(orderId, async () => {
      await deps.loadLang?.();
      return store.transaction((tx) => refreshLocked(orderId, tx));
    });
  }

  async function refreshLocked(orderId: string, tx: DbOrTx): Promise<number | null> {
    await store.lockKeys(tx, [`card:${orderId}`]);
    const input = await cardInput(orderId, tx);
    if (!input) return null;
    const text = cardText(input);
    const reply_markup = cardKeyboard(input);
    const rendered = JSON.stringify([text, reply_markup]);
    const card = await tstore.card(orderId, chatId, tx);
    if (card) {
      if (lastRendered.get(orderId) === rendered) return Number(card.messageId);
      try {
        await api.editMessageText(chatId, Number(card.messageId), text, {
          parse_mode: "HTML",
          reply_markup,
          link_preview_options: { is_disabled: true },
        });
        lastRendered.set(orderId, rendered);
        return Number(card.messageId);
      } catch (err) {
        if (notModified(err)) {
          lastRendered.set(orderId, rendered);
          return Number(card.messageId);
        }
        if (!gone(err)) throw err;
        deps.logger.warn("order card was deleted; sending it again", { orderId });
      }
    }
    const sent = await api.sendMessage(chatId, text, {
      parse_mode: "HTML",
      reply_markup,
      link_preview_options: { is_disabled: true },
      ...(deps.threadId ? { message_thread_id: deps.threadId } : {}),
    });
    await tstore.saveCard(
      {
        orderId,
        chatId,
        messageId: String(sent.message_id),
        threadId: deps.threadId ? String(deps.threadId) : null,
      },
      tx,
    );
    lastRendered.set(orderId, rendered);
    return sent.message_id;
  }

  /** Posts a line under the order's card (a reply to it). */
  async function postUnderCard(orderId: string, cardMessageId: number, text: string): Promise<void> {
    for (const part of splitText(text)) {
      const sent = await api.sendMessage(chatId, part, {
        parse_mode: "HTML",
        reply_parameters: { message_id: cardMessageId, allow_sending_without_reply: true },
        link_preview_options: { is_disabled: true },
        ...(deps.threadId ? { message_thread_id: deps.threadId } : {}),
      });
      deps.rememberEcho(sent.message_id, orderId);
    }
  }

  const handler: OrderEventHandler = async ({ event, order }) => {
    const cardId = await refresh(order.id);
    if (cardId === null) return;
    const texts = telegramTexts(deps.lang());
    const after = event.after ?? {};
    if (event.actor.type === "customer" && typeof after.note === "string") {
      await postUnderCard(order.id, cardId, texts.customerSaid(order.number, "text", after.note));
      return;
    }
    const messageId = typeof after.messageId === "string" ? after.messageId : null;
    if (!messageId) return;
    const msg = await store.getMessage(messageId);
    if (!msg) return;
    // The first message is the card itself, unless it carries media the managers should see.
    if (event.type !== "order.created")
      await postUnderCard(order.id, cardId, texts.customerSaid(order.number, msg.kind, msg.text));
    const origin = msg.channel === "telegram" ? fromTgExternalId(msg.externalId) : null;
    if (origin && msg.kind !== "text" && msg.kind !== "contact") {
      const copy = await api.copyMessage(chatId, origin.chatId, origin.messageId, {
        reply_parameters: { message_id: cardId, allow_sending_without_reply: true },
        ...(deps.threadId ? { message_thread_id: deps.threadId } : {}),
      });
      deps.rememberEcho(copy.message_id, order.id);
    }
  };

  return { refresh, handler };
}

export type CardPublisher = ReturnType<typeof createCardPublisher>;
