import type { Bot, Context } from "grammy";
import { telegramTexts, toLang } from "../../core/i18n/telegram.js";
import { orderTotal } from "../../core/orders/compose-order.js";
import type { Lang } from "../../core/types.js";
import type { Workflow } from "../../core/workflow/index.js";
import type { OrderActions } from "../../intake/order-actions.js";
import type { Ingest } from "../../intake/ports.js";
import type { Logger } from "../../logger.js";
import type { OrderStore } from "../../storage/order-store.js";
import { parseCustomerCallback } from "./customer-replies.js";
import type { createFloodLimit } from "./flood-limit.js";
import type { TelegramStore } from "./telegram-store.js";
import { toInbound } from "./to-inbound.js";

/**
 * The customer's side, in a private chat with the bot: /start, /help, /lang, /myorders, and every other
 * message (text, captioned photo or document, voice, sticker, shared contact, edits) handed to the
 * pipeline as one `InboundMessage`. Answers about orders come later from the order's events.
 */

export interface CustomerBotDeps {
  store: OrderStore;
  tstore: TelegramStore;
  actions: OrderActions;
  workflow: Workflow;
  ingest: Ingest;
  account: () => string;
  flood: ReturnType<typeof createFloodLimit>;
  /** The managers' language, for notes the customer leaves on an order. */
  groupLang: () => Lang;
  /** Shows the managers what belongs to no order (absent without a managers' group). */
  logger: Logger;
}

export function installCustomerBot(bot: Bot, deps: CustomerBotDeps) {
  const { store, tstore } = deps;
  const priv = bot.chatType("private");

  /** The customer's language: the one they chose (stored), else their Telegram interface language. */
  async function langOf(ctx: Context): Promise<{ lang: Lang; customerId: string | null }> {
    const telegramId = String(ctx.from?.id ?? "");
    const customerId = telegramId ? await store.findCustomerByIdentity({ kind: "telegram", value: telegramId }) : null;
    const customer = customerId ? await store.getCustomer(customerId) : null;
    return { lang: toLang(customer?.lang ?? ctx.from?.language_code), customerId };
  }

  const send = (ctx: Context, text: string) =>
    ctx.reply(text, { parse_mode: "HTML", link_preview_options: { is_disabled: true } });

  priv.command("start", async (ctx) => {
    const { lang } = await langOf(ctx);
    const texts = telegramTexts(lang);
    await send(ctx, `${texts.greeting(ctx.from.first_name ?? null)}\n\n${texts.howToOrder}`);
  });

  priv.command("help", async (ctx) => {
    const { lang } = await langOf(ctx);
    await send(ctx, telegramTexts(lang).customerHelp);
  });

  priv.command("lang", async (ctx) => {
    const wanted = ctx.match.trim().toLowerCase();
    if (wanted !== "ru" && wanted !== "uk" && wanted !== "en") {
      const { lang } = await langOf(ctx);
      await send(ctx, telegramTexts(lang).langUsage);
      return;
    }
    const name = [ctx.from.first_name, ctx.from.last_name].filter(Boolean).join(" ") || null;
    const customerId = await tstore.ensureCustomer(String(ctx.from.id), { name, lang: wanted });
    await tstore.setCustomerLang(customerId, wanted);
    await send(ctx, telegramTexts(wanted).langChanged);
  });

  priv.command("myorders", async (ctx) => {
    const { lang, customerId } = await langOf(ctx);
    const texts = telegramTexts(lang);
    if (!customerId) {
      await send(ctx, texts.myOrdersEmpty);
      return;
    }
    const page = await store.listOrders({ customerId, limit: 20 });
    if (!page.orders.length) {
      await send(ctx, texts.myOrdersEmpty);
      return;
    }
    const lines = page.orders.map((o) =>
      texts.myOrdersLine({
        number: o.number,
        statusEmoji: deps.workflow.status(o.status)?.emoji ?? "•",
        statusName: deps.workflow.name(o.status, lang),
        total: orderTotal(o.lines),
        currency: o.currency,
        createdAt: o.createdAt.slice(0, 10),
      }),
    );
    await send(ctx, [texts.myOrdersTitle, ...lines].join("\n"));
  });

  // The customer's buttons under an order summary.
  bot.callbackQuery(/^[kx]:/, async (ctx) => {
    const cb = parseCustomerCallback(ctx.callbackQuery.data);
    const { lang, customerId } = await langOf(ctx);
    const texts = telegramTexts(lang);
    const order = cb ? await store.getOrderByNumber(cb.number) : null;
    if (!cb || !order || order.customerId !== customerId) {
      await ctx.answerCallbackQuery({ text: texts.notYourOrder });
      return;
    }
    if (cb.action === "confirm") {
      await deps.actions.addNote(order.id, telegramTexts(deps.groupLang()).customerConfirmedNote, {
        type: "customer",
        customerId: order.customerId,
      });
      await ctx.answerCallbackQuery();
      await send(ctx, texts.customerConfirmed(order.number));
    } else {
      await ctx.answerCallbackQuery();
      await send(ctx, texts.correctHint(order.number));
    }
  });

  // Everything else a customer sends is an order message (or part of one).
  priv.on(["message", "edited_message"], async (ctx) => {
    const msg = ctx.editedMessage ?? ctx.message;
    if (!msg || ctx.from.is_bot) return;
    if (msg.text?.startsWith("/")) {
      const { lang } = await langOf(ctx);
      await send(ctx, telegramTexts(lang).customerHelp);
      return;
    }
    const verdict = deps.flood.check(String(ctx.chat.id));
    if (verdict !== "ok") {
      if (verdict === "warn") {
        const { lang } = await langOf(ctx);
        await send(ctx, telegramTexts(lang).tooFast);
      }
      return;
    }
    await deps.ingest(toInbound(msg, { account: deps.account(), edited: Boolean(ctx.editedMessage) }));
    // A customer who writes again has unblocked the bot.
    const customerId = await store.findCustomerByIdentity({ kind: "telegram", value: String(ctx.from.id) });
    if (customerId && (await store.getCustomer(customerId))?.unreachable)
      await store.setCustomerUnreachable(customerId, null);
  });
}
