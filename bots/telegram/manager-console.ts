import type { Bot, Context } from "grammy";
import type { User } from "grammy/types";
import { isChannelError, isDomainError } from "../../core/errors.js";
import { type TelegramTexts, telegramTexts, toLang, toPlainText } from "../../core/i18n/telegram.js";
import { orderTotal } from "../../core/orders/compose-order.js";
import type { Actor, Order } from "../../core/types.js";
import type { Workflow } from "../../core/workflow/index.js";
import type { ChannelRegistry } from "../../intake/channel-registry.js";
import { customerAddress } from "../../intake/customer-notifier.js";
import type { OrderActions } from "../../intake/order-actions.js";
import type { Logger } from "../../logger.js";
import type { OrderStore } from "../../storage/order-store.js";
import type { TelegramStateRepo } from "../../storage/telegram-state-repo.js";
import type { CardPublisher } from "./card-publisher.js";
import type { GroupLang } from "./group-lang.js";
import { cardText, parseCardCallback } from "./order-card.js";
import { splitText } from "./split-text.js";
import type { Manager, TelegramStore } from "./telegram-store.js";

/**
 * The managers' console in the Telegram group: card buttons, commands, replies to cards (sent to the
 * customer on their own channel) and reasons asked for by force-reply. Only members of the group and the
 * admins may act; viewers may look. Every action runs through the order actions, so the workflow decides
 * and the audit records the Telegram user.
 */

export interface ConsoleDeps {
  store: OrderStore;
  tstore: TelegramStore;
  actions: OrderActions;
  workflow: Workflow;
  cards: CardPublisher;
  registry: ChannelRegistry;
  groupChatId: string | null;
  adminIds: ReadonlySet<string>;
  groupLang: GroupLang;
  state: TelegramStateRepo;
  /** Messages posted under cards (customer messages, copies), mapped to their order. */
  echoes: Map<number, string>;
  logger: Logger;
}

export const MANAGER_COMMANDS = ["orders", "order", "take", "assign", "status", "note", "find", "cancel"] as const;

const MEMBER_STATUSES = new Set(["creator", "administrator", "member"]);
const fullName = (u: User) => [u.first_name, u.last_name].filter(Boolean).join(" ") || null;
const managerName = (m: Manager) => m.name ?? (m.username ? `@${m.username}` : m.telegramId);

export function installManagerConsole(bot: Bot, deps: ConsoleDeps) {
  const { store, tstore, actions, workflow, cards } = deps;
  const prompts = new Map<number, { orderId: string; status: string; version: number }>();

  const inGroup = (ctx: Context) => deps.groupChatId !== null && String(ctx.chat?.id) === deps.groupChatId;
  const textsFor = (ctx: Context): TelegramTexts =>
    telegramTexts(inGroup(ctx) ? deps.groupLang.get() : toLang(ctx.from?.language_code));

  /** The manager behind this update, registered on first action; null for outsiders. */
  async function managerOf(ctx: Context): Promise<Manager | null> {
    const from = ctx.from;
    if (!from || from.is_bot) return null;
    const telegramId = String(from.id);
    const profile = {
      telegramId,
      username: from.username ?? null,
      name: fullName(from),
      lang: from.language_code ?? null,
    };
    const isAdmin = deps.adminIds.has(telegramId);
    const known = await tstore.managerByTelegramId(telegramId);
    if (known && !known.active) return null;
    if (known && (known.role === "admin" || !isAdmin)) return known;
    if (isAdmin) return tstore.upsertManager({ ...profile, role: "admin" });
    if (!deps.groupChatId) return null;
    try {
      const member = await ctx.api.getChatMember(deps.groupChatId, from.id);
      const inside = MEMBER_STATUSES.has(member.status) || (member.status === "restricted" && member.is_member);
      if (!inside) return null;
    } catch {
      return null;
    }
    return tstore.upsertManager({ ...profile, role: "manager" });
  }

  const actorOf = (m: Manager): Actor => ({
    type: "manager",
    managerId: m.id,
    name: managerName(m),
    telegramId: m.telegramId,
  });

  async function reply(ctx: Context, text: string, extra: { force_reply?: boolean } = {}) {
    const parts = splitText(text);
    let last: Awaited<ReturnType<Context["reply"]>> | undefined;
    for (const [i, part] of parts.entries()) {
      last = await ctx.reply(part, {
        parse_mode: "HTML",
        link_preview_options: { is_disabled: true },
        ...(ctx.msg ? { reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true } } : {}),
        ...(extra.force_reply && i === parts.length - 1
          ? { reply_markup: { force_reply: true, selective: true } }
          : {}),
      });
    }
    return last;
  }

  async function assigneeName(id: string | null): Promise<string> {
    if (!id) return "—";
    const m = await tstore.managerById(id);
    return m ? managerName(m) : id;
  }

  /** A domain error as a sentence for the manager. */
  async function explain(err: unknown, texts: TelegramTexts, order: Order | null): Promise<string> {
    if (!isDomainError(err)) throw err;
    const d = err.details as {
      assigneeId?: string;
      order?: Order;
      allowed?: string[];
      statuses?: string[];
      to?: string;
    };
    const lang = deps.groupLang.get();
    if (err.kind === "conflict" && d.assigneeId)
      return texts.takenBy(order?.number ?? 0, await assigneeName(d.assigneeId));
    if (err.kind === "conflict" && d.order) {
      await cards.refresh(d.order.id).catch(() => {});
      return texts.stale(d.order.number, workflow.name(d.order.status, lang));
    }
    if (err.kind === "conflict" && d.allowed && order) {
      return texts.cannotMove(
        order.number,
        workflow.name(d.to ?? "", lang),
        d.allowed.map((s) => workflow.name(s, lang)).join(", "),
      );
    }
    if (err.kind === "conflict" && order) return texts.stale(order.number, workflow.name(order.status, lang));
    if (err.kind === "invalid_input" && /reason/.test(err.message) && order) return texts.needsReason(order.number);
    if (err.kind === "not_found") return texts.notFound(order ? `#${order.number}` : "");
    return texts.failed;
  }

  async function orderArg(ctx: Context, texts: TelegramTexts, raw: string | undefined): Promise<Order | null> {
    const n = Number((raw ?? "").replace(/^#/, ""));
    const order = Number.isInteger(n) && n > 0 ? await store.getOrderByNumber(n) : null;
    if (!order) await reply(ctx, texts.notFound(raw ? `#${raw.replace(/^#/, "")}` : "—"));
    return order;
  }

  /** A status by id or by its name in any language; the rest of the text is the reason. */
  function statusArg(words: string[]): { status: string; rest: string } | null {
    const text = words.join(" ");
    const low = text.toLowerCase();
    for (const s of workflow.statuses) {
      if (words[0]?.toLowerCase() === s.id) return { status: s.id, rest: words.slice(1).join(" ") };
      for (const name of Object.values(s.names)) {
        if (low === name.toLowerCase() || low.startsWith(`${name.toLowerCase()} `))
          return { status: s.id, rest: text.slice(name.length).trim() };
      }
    }
    return null;
  }

  async function listText(texts: TelegramTexts, title: string, orders: Order[]): Promise<string> {
    const lang = deps.groupLang.get();
    const items = [];
    for (const o of orders) {
      const customer = await store.getCustomer(o.customerId);
      items.push({
        number: o.number,
        statusEmoji: workflow.status(o.status)?.emoji ?? "•",
        statusName: workflow.name(o.status, lang),
        customerName: customer?.name ?? o.name,
        total: orderTotal(o.lines),
        currency: o.currency,
        assignee: o.assigneeId ? await assigneeName(o.assigneeId) : null,
      });
    }
    return texts.list(title, items);
  }

  async function cardOf(order: Order): Promise<string> {
    const customer = await store.getCustomer(order.customerId);
    return cardText({
      order,
      workflow,
      lang: deps.groupLang.get(),
      customerName: customer?.name ?? null,
      unreachable: customer?.unreachable ?? false,
      assignee: order.assigneeId ? await assigneeName(order.assigneeId) : null,
    });
  }

  async function historyText(order: Order, texts: TelegramTexts): Promise<string> {
    const rows = await store.history(order.id);
    const items = [];
    for (const h of rows) {
      const a = h.actor;
      const actor =
        a.type === "manager"
          ? (a.name ?? a.managerId)
          : a.type === "customer"
            ? "customer"
            : a.type === "api"
              ? `api${a.name ? `:${a.name}` : ""}`
              : "system";
      const after = h.after ?? {};
      const what = [
        h.type.replace("order.", ""),
        typeof after.status === "string" ? `→ ${workflow.name(after.status, deps.groupLang.get())}` : "",
        typeof after.note === "string" ? `“${after.note}”` : "",
        typeof after.assigneeId === "string" ? `→ ${await assigneeName(after.assigneeId)}` : "",
        h.reason ? `(${h.reason})` : "",
      ]
        .filter(Boolean)
        .join(" ");
      items.push({ at: h.at.toISOString().slice(0, 16).replace("T", " "), actor, what });
    }
    return texts.history(order.number, items);
  }

  type Handler = (ctx: Context, m: Manager, args: string[], texts: TelegramTexts) => Promise<void>;

  /** A manager command: group or private chat, managers only, viewers only where `act` is false. */
  function command(name: string, act: boolean, handle: Handler) {
    bot.command(name, async (ctx, next) => {
      if (!inGroup(ctx) && ctx.chat.type !== "private") return;
      if (!inGroup(ctx) && name === "lang") return next();
      const texts = textsFor(ctx);
      const m = await managerOf(ctx);
      if (!m) {
        if (!inGroup(ctx) && name === "help") return next();
        await reply(ctx, inGroup(ctx) ? texts.refused : texts.managersOnly);
        return;
      }
      if (act && m.role === "viewer") {
        await reply(ctx, texts.viewerRefused);
        return;
      }
      const args = ctx.match.trim().split(/\s+/).filter(Boolean);
      await handle(ctx, m, args, texts);
    });
  }

  command("help", false, async (ctx, _m, _args, texts) => {
    await reply(ctx, texts.help);
  });

  command("lang", true, async (ctx, _m, args, texts) => {
    const lang = args[0]?.toLowerCase();
    if (lang !== "ru" && lang !== "uk" && lang !== "en") {
      await reply(ctx, texts.langUsage);
      return;
    }
    await deps.groupLang.set(lang);
    await reply(ctx, telegramTexts(lang).groupLangChanged);
  });

  command("orders", false, async (ctx, m, args, texts) => {
    const filter = args.join(" ");
    const open = workflow.statuses.filter((s) => s.group === "new" || s.group === "in_progress").map((s) => s.id);
    let page: { orders: Order[] };
    if (!filter) page = await store.listOrders({ status: open, limit: 30 });
    else if (filter === "mine") page = await store.listOrders({ status: open, assigneeId: m.id, limit: 30 });
    else if (filter === "unassigned") page = await store.listOrders({ status: open, assigneeId: null, limit: 30 });
    else {
      const s = statusArg(args);
      if (!s) {
        await reply(ctx, texts.unknownStatus(filter, workflow.statuses.map((x) => x.id).join(", ")));
        return;
      }
      page = await store.listOrders({ status: [s.status], limit: 30 });
    }
    await reply(ctx, await listText(texts, texts.listTitle(filter || null), page.orders));
  });

  command("order", false, async (ctx, _m, args, texts) => {
    const order = await orderArg(ctx, texts, args[0]);
    if (order) await reply(ctx, await cardOf(order));
  });

  command("find", false, async (ctx, _m, args, texts) => {
    if (!args.length) {
      await reply(ctx, texts.usage("/find <phone|name|number>"));
      return;
    }
    const ids = await tstore.findOrders(args.join(" "));
    const found = (await Promise.all(ids.map((id) => store.getOrder(id)))).filter((o): o is Order => o !== null);
    await reply(ctx, found.length ? await listText(texts, `🔎 ${args.join(" ")}`, found) : texts.nothingFound);
  });

  command("take", true, async (ctx, m, args, texts) => {
    const order = await orderArg(ctx, texts, args[0]);
    if (!order) return;
    try {
      await actions.take(order.id, m.id, actorOf(m));
      await reply(ctx, texts.taken(order.number));
    } catch (err) {
      await reply(ctx, await explain(err, texts, order));
    }
  });

  command("assign", true, async (ctx, m, args, texts) => {
    const order = await orderArg(ctx, texts, args[0]);
    if (!order) return;
    const who = args[1];
    if (!who) {
      await reply(ctx, texts.usage("/assign N @user"));
      return;
    }
    const target = await tstore.managerByUsername(who);
    if (!target || target.role === "viewer") {
      await reply(ctx, texts.unknownManager(who));
      return;
    }
    try {
      await actions.assign(order.id, target.id, actorOf(m));
      await reply(ctx, texts.assigned(order.number, managerName(target)));
    } catch (err) {
      await reply(ctx, await explain(err, texts, order));
    }
  });

  async function move(
    ctx: Context,
    m: Manager,
    texts: TelegramTexts,
    order: Order,
    status: string,
    reason: string | undefined,
  ) {
    try {
      const moved = await actions.move(order.id, status, actorOf(m), { reason });
      await reply(ctx, texts.moved(moved.number, workflow.name(moved.status, deps.groupLang.get())));
    } catch (err) {
      if (isDomainError(err) && err.kind === "invalid_input" && (err.details as { statuses?: string[] }).statuses) {
        await reply(ctx, texts.unknownStatus(status, workflow.statuses.map((s) => s.id).join(", ")));
        return;
      }
      await reply(ctx, await explain(err, texts, order));
    }
  }

  command("status", true, async (ctx, m, args, texts) => {
    const order = await orderArg(ctx, texts, args[0]);
    if (!order) return;
    const s = statusArg(args.slice(1));
    if (!s) {
      await reply(
        ctx,
        texts.unknownStatus(
          args.slice(1).join(" "),
          workflow
            .next(order.status)
            .map((x) => x.id)
            .join(", "),
        ),
      );
      return;
    }
    await move(ctx, m, texts, order, s.status, s.rest || undefined);
  });

  command("cancel", true, async (ctx, m, args, texts) => {
    const order = await orderArg(ctx, texts, args[0]);
    if (!order) return;
    const reason = args.slice(1).join(" ");
    if (!reason) {
      await reply(ctx, texts.usage("/cancel N reason"));
      return;
    }
    await move(ctx, m, texts, order, "cancelled", reason);
  });

  command("note", true, async (ctx, m, args, texts) => {
    const order = await orderArg(ctx, texts, args[0]);
    if (!order) return;
    const note = args.slice(1).join(" ");
    if (!note) {
      await reply(ctx, texts.usage("/note N text"));
      return;
    }
    await actions.addNote(order.id, note, actorOf(m));
    await reply(ctx, texts.noted(order.number));
  });

  // Card buttons.
  bot.callbackQuery(/^a:/, async (ctx) => {
    const texts = telegramTexts(deps.groupLang.get());
    const answer = (text: string, alert = false) =>
      ctx.answerCallbackQuery({ text: toPlainText(text).slice(0, 200), show_alert: alert });
    const cb = parseCardCallback(ctx.callbackQuery.data);
    if (!cb) return answer(texts.failed);
    const m = await managerOf(ctx);
    if (!m) return answer(texts.refused, true);
    const order = await store.getOrderByNumber(cb.number);
    if (!order) return answer(texts.notFound(`#${cb.number}`));
    const lang = deps.groupLang.get();
    if (cb.action === "h") {
      const card = await tstore.card(order.id, deps.groupChatId ?? "");
      await ctx.api.sendMessage(deps.groupChatId ?? ctx.chat?.id ?? "", await historyText(order, texts), {
        parse_mode: "HTML",
        ...(card
          ? { reply_parameters: { message_id: Number(card.messageId), allow_sending_without_reply: true } }
          : {}),
      });
      return answer("");
    }
    if (m.role === "viewer") return answer(texts.viewerRefused, true);
    const actor = actorOf(m);
    try {
      if (cb.action === "t") {
        await actions.take(order.id, m.id, actor);
        return answer(texts.taken(order.number));
      }
      if (order.version !== cb.version) {
        await cards.refresh(order.id);
        return answer(texts.stale(order.number, workflow.name(order.status, lang)), true);
      }
      if (cb.action === "c") {
        await actions.confirm(order.id, actor, { expectedVersion: cb.version });
        return answer(texts.confirmed(order.number));
      }
      if (cb.action === "s" && cb.status) {
        const moved = await actions.move(order.id, cb.status, actor, { expectedVersion: cb.version });
        return answer(texts.moved(moved.number, workflow.name(moved.status, lang)));
      }
      if (cb.action === "r" && cb.status) {
        const prompt = await ctx.api.sendMessage(
          deps.groupChatId ?? ctx.chat?.id ?? "",
          texts.askReason(order.number, workflow.name(cb.status, lang)),
          {
            parse_mode: "HTML",
            reply_markup: { force_reply: true, selective: true },
          },
        );
        prompts.set(prompt.message_id, { orderId: order.id, status: cb.status, version: order.version });
        return answer("");
      }
      return answer(texts.failed);
    } catch (err) {
      return answer(await explain(err, texts, order), true);
    }
  });

  // The group's language as stored now (another process may have changed it).
  bot.use(async (ctx, next) => {
    if (inGroup(ctx)) await deps.groupLang.load();
    await next();
  });

  // Replies in the group: a reason asked for, a message to the customer of a card, or an answer to a
  // customer message that belongs to no order.
  bot.on("message", async (ctx, next) => {
    if (!inGroup(ctx)) return next();
    const replied = ctx.msg.reply_to_message;
    const text = (ctx.msg.text ?? ctx.msg.caption ?? "").trim();
    if (!replied || !text || ctx.from.is_bot) return;
    const prompt = prompts.get(replied.message_id);
    const orderId =
      prompt?.orderId ??
      deps.echoes.get(replied.message_id) ??
      (await tstore.orderOfCard(deps.groupChatId ?? "", String(replied.message_id)));
    if (!orderId) {
      const inboundId = await deps.state.messageOfNotice(deps.groupChatId ?? "", String(replied.message_id));
      if (inboundId) await answerInbox(ctx, inboundId, text);
      return;
    }
    const texts = telegramTexts(deps.groupLang.get());
    const m = await managerOf(ctx);
    if (!m) return void (await reply(ctx, texts.refused));
    if (m.role === "viewer") return void (await reply(ctx, texts.viewerRefused));
    const order = await store.getOrder(orderId);
    if (!order) return;
    if (prompt) {
      prompts.delete(replied.message_id);
      try {
        const moved = await actions.move(order.id, prompt.status, actorOf(m), {
          reason: text,
          expectedVersion: prompt.version,
        });
        await reply(ctx, texts.moved(moved.number, workflow.name(moved.status, deps.groupLang.get())));
      } catch (err) {
        await reply(ctx, await explain(err, texts, order));
      }
      return;
    }
    await replyToCustomer(ctx, m, texts, order, text);
  });

  async function replyToCustomer(ctx: Context, m: Manager, texts: TelegramTexts, order: Order, text: string) {
    const sender = deps.registry.get(order.channel);
    if (!sender) return void (await reply(ctx, texts.noSender(order.channel)));
    const customer = await store.getCustomer(order.customerId);
    const to = customer ? customerAddress(order, customer.identities) : null;
    if (!customer || !to) return void (await reply(ctx, texts.noSender(order.channel)));
    const lang = toLang(customer.lang);
    const html = telegramTexts(lang).managerReply(order.number, text);
    const account = (await tstore.accountOf(order.id)) ?? "";
    const plain = toPlainText(html);
    try {
      const sent = await sender.send({
        channel: order.channel,
        account,
        to,
        lang,
        text: plain,
        html,
        orderId: order.id,
        orderNumber: order.number,
        kind: "manager_reply",
      });
      await store.recordOutbound({
        orderId: order.id,
        channel: order.channel,
        account,
        recipient: to,
        externalId: sent.externalId,
        kind: "manager_reply",
        text: plain,
        status: "sent",
      });
      await actions.addNote(order.id, `→ ${text}`, actorOf(m));
      await reply(ctx, texts.replySent(order.number));
    } catch (err) {
      if (!isChannelError(err)) throw err;
      await store.recordOutbound({
        orderId: order.id,
        channel: order.channel,
        account,
        recipient: to,
        kind: "manager_reply",
        text: plain,
        status: "failed",
        error: err.message,
      });
      await reply(ctx, texts.replyFailed(order.number, err.message));
    }
  }

  /** A manager's answer to a customer message that belongs to no order, sent on the customer's channel. */
  async function answerInbox(ctx: Context, inboundId: string, text: string) {
    const texts = telegramTexts(deps.groupLang.get());
    const m = await managerOf(ctx);
    if (!m) return void (await reply(ctx, texts.refused));
    if (m.role === "viewer") return void (await reply(ctx, texts.viewerRefused));
    const msg = await store.getMessage(inboundId);
    const customer = msg?.customerId ? await store.getCustomer(msg.customerId) : null;
    const channel = msg?.channel as Order["channel"] | undefined;
    const sender = channel ? deps.registry.get(channel) : undefined;
    const to =
      msg && customer && channel
        ? customerAddress({ channel, email: msg.sender.email ?? null }, customer.identities)
        : null;
    if (!msg || !customer || !channel || !sender || !to) return void (await reply(ctx, texts.noSender(channel ?? "—")));
    const lang = toLang(customer.lang);
    const html = telegramTexts(lang).managerAnswer(text);
    const plain = toPlainText(html);
    const outbound = { channel, account: msg.account, recipient: to, kind: "manager_reply", text: plain } as const;
    try {
      const sent = await sender.send({
        channel,
        account: msg.account,
        to,
        lang,
        text: plain,
        html,
        kind: "manager_reply",
        ...(msg.subject ? { subject: `Re: ${msg.subject}` } : {}),
        // A mail answer stays in the customer's thread.
        ...(channel === "email" ? { inReplyTo: msg.externalId, references: [...msg.references, msg.externalId] } : {}),
      });
      await store.recordOutbound({ ...outbound, externalId: sent.externalId, status: "sent" });
      await reply(ctx, texts.inboxReplySent);
    } catch (err) {
      if (!isChannelError(err)) throw err;
      await store.recordOutbound({ ...outbound, status: "failed", error: err.message });
      await reply(ctx, texts.inboxReplyFailed(err.message));
    }
  }

  return { managerOf };
}
