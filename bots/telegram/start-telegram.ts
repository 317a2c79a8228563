import { autoRetry } from "@grammyjs/auto-retry";
import { Bot, webhookCallback } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Hono } from "hono";
import { type TelegramTexts, telegramTexts } from "../../core/i18n/telegram.js";
import type { Lang } from "../../core/types.js";
import type { Hub } from "../../hub.js";
import type { ChannelRegistry } from "../../intake/channel-registry.js";
import type { Logger } from "../../logger.js";
import { createTelegramStateRepo } from "../../storage/telegram-state-repo.js";
import { createCardPublisher } from "./card-publisher.js";
import { installCustomerBot } from "./customer-bot.js";
import { createCustomerReplies } from "./customer-replies.js";
import { createFloodLimit } from "./flood-limit.js";
import { createGroupLang } from "./group-lang.js";
import { createInboxNotices } from "./inbox-notices.js";
import { installManagerConsole } from "./manager-console.js";
import { createTelegramSender } from "./telegram-sender.js";
import { createTelegramStore } from "./telegram-store.js";

/**
 * The Telegram channel: one grammY bot for customers (private chats) and the managers' group. Started by
 * main.ts; off (and says so) without a token. Long polling unless TELEGRAM_WEBHOOK_URL is set; in webhook
 * mode the update route is the URL's path (never the token) and checks the secret header (401 otherwise).
 */

export const CARDS_SUBSCRIBER = "telegram-cards";
export const INBOX_SUBSCRIBER = "telegram-inbox";
export const CUSTOMER_SUBSCRIBER = "telegram-customer";

const UPDATES = ["message", "edited_message", "callback_query"] as const;

export interface TelegramOptions {
  /** False in a worker process: send and react to events, but receive nothing. */
  intake: boolean;
  /** Skip getMe (tests, or a known bot). */
  botInfo?: UserFromGetMe;
  /** The managers' group language until an admin changes it with /lang (the stored choice wins). */
  groupLang?: Lang;
  flood?: { max: number; windowMs: number };
  /** Auto-retry settings: waits up to this long on a 429 before the job queue takes over. */
  maxRetryDelaySeconds?: number;
}

export interface TelegramChannel {
  readiness: Record<string, () => Promise<boolean>>;
  mount?: (app: Hono) => void;
  stop(): Promise<void>;
  bot?: Bot;
  /** Re-renders an order's card now (tests, tools). */
  refreshCard?: (orderId: string) => Promise<number | null>;
  /** Posts a line to the managers' group in its language (hub alerts such as a mailbox down). */
  notifyManagers?: (text: (t: TelegramTexts) => string) => Promise<void>;
}

/** `-100123` or `-100123/45` (a forum topic) → chat and thread. */
export function parseManagersChat(value: string | undefined): { chatId: string; threadId?: number } | null {
  const m = /^(-?\d+)(?:[/:](\d+))?$/.exec(value?.trim() ?? "");
  if (!m?.[1]) return null;
  return { chatId: m[1], ...(m[2] ? { threadId: Number(m[2]) } : {}) };
}

/** The webhook's route path, taken from TELEGRAM_WEBHOOK_URL; refuses a URL that carries the token. */
export function webhookRoute(url: string, token: string): { path: string; url: string } {
  if (url.includes(token))
    throw new Error("TELEGRAM_WEBHOOK_URL must not contain the bot token: use TELEGRAM_WEBHOOK_SECRET");
  const u = new URL(url);
  if (u.pathname === "/" || u.pathname === "") u.pathname = "/telegram/webhook";
  return { path: u.pathname, url: u.href };
}

export async function startTelegram(
  hub: Hub,
  logger: Logger,
  registry: ChannelRegistry,
  options: TelegramOptions,
): Promise<TelegramChannel> {
  const { config } = hub;
  const token = config.TELEGRAM_BOT_TOKEN;
  if (!token) {
    logger.info("Telegram is off: TELEGRAM_BOT_TOKEN is not set");
    return { readiness: {}, stop: async () => {} };
  }
  const log = logger.child({ channel: "telegram" });
  const bot = new Bot(token, {
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    client: { ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}), sensitiveLogs: false },
  });
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: options.maxRetryDelaySeconds ?? 30 }));
  try {
    await bot.init();
  } catch (err) {
    log.error("Telegram is off: the bot could not identify itself (check TELEGRAM_BOT_TOKEN and TELEGRAM_API_ROOT)", {
      error: err,
    });
    return { readiness: { telegram: async () => false }, stop: async () => {} };
  }
  const account = () => String(bot.botInfo.id);

  const group = parseManagersChat(config.TELEGRAM_MANAGERS_CHAT_ID);
  if (!group) log.warn("TELEGRAM_MANAGERS_CHAT_ID is not set: no order cards, managers cannot act from Telegram");
  const adminIds = new Set((config.TELEGRAM_ADMIN_IDS ?? "").split(/[\s,]+/).filter(Boolean));
  const state = createTelegramStateRepo(hub.database);
  const langState = createGroupLang(state, group?.chatId ?? null, options.groupLang ?? "ru");
  await langState.load();

  const tstore = createTelegramStore(hub.database, hub.store);
  const echoes = new Map<number, string>();
  const rememberEcho = (messageId: number, orderId: string) => {
    echoes.set(messageId, orderId);
    if (echoes.size > 20_000) echoes.delete(echoes.keys().next().value as number);
  };
  const cards = createCardPublisher({
    api: bot.api,
    store: hub.store,
    tstore,
    workflow: hub.workflow,
    chatId: group?.chatId ?? "",
    threadId: group?.threadId,
    lang: langState.get,
    loadLang: langState.load,
    logger: log,
    rememberEcho,
  });
  const inbox = group
    ? createInboxNotices({
        api: bot.api,
        store: hub.store,
        tstore,
        state,
        chatId: group.chatId,
        threadId: group.threadId,
        lang: langState.get,
        loadLang: langState.load,
        logger: log,
      })
    : undefined;
  const refreshCustomerCards = async (customerId: string) => {
    if (!group) return;
    // Open orders get their card refreshed (or posted, if the card was still on its way).
    const open = hub.workflow.statuses.filter((s) => s.group === "new" || s.group === "in_progress").map((s) => s.id);
    const page = await hub.store.listOrders({ customerId, status: open, limit: 20 });
    for (const o of page.orders) await cards.refresh(o.id);
  };
  const sender = createTelegramSender({
    api: bot.api,
    store: hub.store,
    account,
    onBlocked: refreshCustomerCards,
    logger: log,
  });
  registry.register(sender.sender);
  const replies = createCustomerReplies({
    store: hub.store,
    state,
    sender,
    required: config.REQUIRED_FIELDS,
    logger: log,
  });
  hub.bus.subscribe(CUSTOMER_SUBSCRIBER, replies.handler);
  if (group) hub.bus.subscribe(CARDS_SUBSCRIBER, cards.handler);
  if (inbox) {
    hub.bus.subscribeUnattached(INBOX_SUBSCRIBER, async (m) => {
      await inbox.noticeIfOrphan(m.messageId);
    });
  }

  installManagerConsole(bot, {
    store: hub.store,
    tstore,
    actions: hub.actions,
    workflow: hub.workflow,
    cards,
    registry,
    groupChatId: group?.chatId ?? null,
    adminIds,
    groupLang: langState,
    state,
    echoes,
    logger: log,
  });
  installCustomerBot(bot, {
    store: hub.store,
    tstore,
    actions: hub.actions,
    workflow: hub.workflow,
    ingest: hub.pipeline.ingest,
    account,
    flood: createFloodLimit(options.flood ?? { max: 20, windowMs: 60_000 }),
    groupLang: langState.get,
    logger: log,
  });
  bot.catch(async (err) => {
    log.error("telegram update failed", { updateId: err.ctx.update.update_id, error: err.error });
    const texts = telegramTexts(err.ctx.chat?.type === "private" ? "en" : langState.get());
    if (err.ctx.callbackQuery) await err.ctx.answerCallbackQuery({ text: texts.failed }).catch(() => {});
  });

  const base: TelegramChannel = {
    readiness: { telegram: async () => true },
    bot,
    refreshCard: cards.refresh,
    notifyManagers: async (text) => {
      if (!group) return;
      await langState.load();
      await bot.api.sendMessage(group.chatId, text(telegramTexts(langState.get())), {
        parse_mode: "HTML",
        ...(group.threadId ? { message_thread_id: group.threadId } : {}),
      });
    },
    stop: async () => {},
  };
  if (!options.intake) return base;

  if (config.TELEGRAM_WEBHOOK_URL) {
    const route = webhookRoute(config.TELEGRAM_WEBHOOK_URL, token);
    const handle = webhookCallback(bot, "hono", { secretToken: config.TELEGRAM_WEBHOOK_SECRET });
    await bot.api.setWebhook(route.url, {
      secret_token: config.TELEGRAM_WEBHOOK_SECRET,
      allowed_updates: [...UPDATES],
    });
    log.info("Telegram is on (webhook)", { bot: bot.botInfo.username, path: route.path });
    return {
      ...base,
      mount: (app) => {
        app.post(route.path, (c) => handle(c));
      },
    };
  }

  let polling: Promise<void> | null = bot.start({
    allowed_updates: [...UPDATES],
    onStart: () => log.info("Telegram is on (long polling)", { bot: bot.botInfo.username }),
  });
  polling.catch((err) => log.error("Telegram polling stopped", { error: err }));
  return {
    ...base,
    readiness: { telegram: async () => bot.isRunning() },
    stop: async () => {
      if (!polling) return;
      polling = null;
      await bot.stop();
    },
  };
}
