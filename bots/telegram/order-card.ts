import type { InlineKeyboardButton, InlineKeyboardMarkup } from "grammy/types";
import { type CardView, telegramTexts } from "../../core/i18n/telegram.js";
import { orderTotal } from "../../core/orders/compose-order.js";
import type { Lang, Order } from "../../core/types.js";
import type { Workflow } from "../../core/workflow/index.js";
import { TELEGRAM_TEXT_LIMIT } from "./split-text.js";

/**
 * The managers' card of an order: its text and the buttons of the actions allowed now. Pure. Buttons
 * carry the order number and version (`a:<action>:<number>:<version>[:<status>]`), so a press on a card
 * that has moved on is recognised as stale.
 */

export type CardAction = "c" | "t" | "s" | "r" | "h";

export interface CardCallback {
  action: CardAction;
  number: number;
  version: number;
  status?: string;
}

export const cardCallback = (c: CardCallback) =>
  `a:${c.action}:${c.number}:${c.version}${c.status ? `:${c.status}` : ""}`;

export function parseCardCallback(data: string): CardCallback | null {
  const m = /^a:([ctsrh]):(\d+):(\d+)(?::([a-z][a-z0-9_]*))?$/.exec(data);
  if (!m) return null;
  return { action: m[1] as CardAction, number: Number(m[2]), version: Number(m[3]), status: m[4] };
}

export interface CardInput {
  order: Order;
  workflow: Workflow;
  lang: Lang;
  customerName: string | null;
  username?: string | null;
  unreachable: boolean;
  assignee: string | null;
}

export function isDraft(order: Order, workflow: Workflow): boolean {
  return order.confirmedAt === null && workflow.status(order.status)?.group === "new";
}

export function cardView(input: CardInput, hideLines = 0): CardView {
  const { order, workflow, lang } = input;
  const status = workflow.status(order.status);
  const lines = order.lines.slice(0, order.lines.length - hideLines);
  return {
    number: order.number,
    statusEmoji: status?.emoji ?? "•",
    statusName: workflow.name(order.status, lang),
    draft: isDraft(order, workflow),
    customerName: input.customerName ?? order.name,
    channel: order.channel,
    username: input.username ?? null,
    lines: lines.map((l) => ({ name: l.name, qty: l.qty, unit: l.unit, price: l.price })),
    total: orderTotal(order.lines),
    currency: order.currency,
    unknownItems: order.unknownItems.map((u) => ({ text: u.text, qty: u.qty })),
    phone: order.phone,
    email: order.email,
    address: order.address,
    deliveryDate: order.deliveryDate,
    assignee: input.assignee,
    needsReview: order.needsReview,
    reviewReasons: order.reviewReasons.filter((r) => r !== "unknown items"),
    unreachable: input.unreachable,
    cancelReason: order.cancelReason,
    hiddenLines: hideLines,
  };
}

/** The card text, shortened (lines left out, counted) to fit one Telegram message. */
export function cardText(input: CardInput): string {
  const texts = telegramTexts(input.lang);
  let hide = 0;
  let text = texts.card(cardView(input));
  while (text.length > TELEGRAM_TEXT_LIMIT && hide < input.order.lines.length) {
    hide = Math.min(input.order.lines.length, hide + Math.max(1, Math.ceil((text.length - TELEGRAM_TEXT_LIMIT) / 40)));
    text = texts.card(cardView(input, hide));
  }
  return text.length > TELEGRAM_TEXT_LIMIT ? `${text.slice(0, TELEGRAM_TEXT_LIMIT - 1)}…` : text;
}

export function cardKeyboard(input: CardInput): InlineKeyboardMarkup {
  const { order, workflow, lang } = input;
  const texts = telegramTexts(lang);
  const base = { number: order.number, version: order.version };
  const rows: InlineKeyboardButton[][] = [];
  const first: InlineKeyboardButton[] = [];
  if (isDraft(order, workflow))
    first.push({ text: texts.btnConfirm, callback_data: cardCallback({ ...base, action: "c" }) });
  if (
    !order.assigneeId &&
    workflow.status(order.status)?.group !== "done" &&
    workflow.status(order.status)?.group !== "cancelled"
  ) {
    first.push({ text: texts.btnTake, callback_data: cardCallback({ ...base, action: "t" }) });
  }
  if (first.length) rows.push(first);
  const moves: InlineKeyboardButton[] = [];
  let cancel: InlineKeyboardButton | null = null;
  for (const next of workflow.next(order.status)) {
    const action = next.requires_reason ? "r" : "s";
    const button = {
      text: `${next.emoji} ${workflow.name(next.id, lang)}`,
      callback_data: cardCallback({ ...base, action, status: next.id }),
    };
    if (next.id === "cancelled") cancel = { ...button, text: texts.btnCancel };
    else moves.push(button);
  }
  for (let i = 0; i < moves.length; i += 2) rows.push(moves.slice(i, i + 2));
  const last: InlineKeyboardButton[] = [];
  if (cancel) last.push(cancel);
  last.push({ text: texts.btnHistory, callback_data: cardCallback({ ...base, action: "h" }) });
  rows.push(last);
  return { inline_keyboard: rows };
}
