import type { Lang } from "../types.js";

/**
 * Every mail the hub writes to customers, in Russian, Ukrainian and English: order received (with the
 * lines understood), questions for missing details, status updates and a manager's reply. Each template
 * gives a subject, a plain-text body and an HTML body (every interpolated value escaped). Subjects carry
 * the order tag `[#1042]` so replies find their order. Pure: no I/O, no clock.
 */

export interface EmailLineView {
  name: string;
  qty: number;
  unit: string;
  price: number | null;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export type MissingField = "phone" | "address" | "deliveryDate" | "name" | "items";

interface Words {
  orderReceivedSubject: string;
  greeting: (name: string | null) => string;
  received: string;
  lines: string;
  total: string;
  unknown: string;
  replyToChange: string;
  questionSubject: string;
  questionIntro: string;
  missing: Record<MissingField, string>;
  statusSubject: (status: string) => string;
  statusBody: (status: string) => string;
  managerReplySubject: string;
  signature: (shop: string) => string;
  units: Record<string, string>;
}

const WORDS: Record<Lang, Words> = {
  ru: {
    orderReceivedSubject: "Заказ принят",
    greeting: (n) => (n ? `Здравствуйте, ${n}!` : "Здравствуйте!"),
    received: "Мы получили ваш заказ. Менеджер проверит его и свяжется с вами.",
    lines: "В заказе:",
    total: "Итого",
    unknown: "Уточним у вас:",
    replyToChange: "Чтобы изменить заказ, просто ответьте на это письмо.",
    questionSubject: "Уточните, пожалуйста, детали заказа",
    questionIntro: "Чтобы оформить заказ, нам не хватает:",
    missing: {
      phone: "номера телефона",
      address: "адреса доставки",
      deliveryDate: "желаемой даты доставки",
      name: "вашего имени",
      items: "списка товаров и количества",
    },
    statusSubject: (s) => `Статус заказа: ${s}`,
    statusBody: (s) => `Статус вашего заказа изменён: ${s}.`,
    managerReplySubject: "Ответ по заказу",
    signature: (shop) => `С уважением,\n${shop}`,
    units: { pcs: "шт.", kg: "кг", g: "г", l: "л", ml: "мл", m: "м", pack: "уп.", box: "кор.", set: "компл." },
  },
  uk: {
    orderReceivedSubject: "Замовлення прийнято",
    greeting: (n) => (n ? `Доброго дня, ${n}!` : "Доброго дня!"),
    received: "Ми отримали ваше замовлення. Менеджер перевірить його та зв'яжеться з вами.",
    lines: "У замовленні:",
    total: "Разом",
    unknown: "Уточнимо у вас:",
    replyToChange: "Щоб змінити замовлення, просто дайте відповідь на цей лист.",
    questionSubject: "Уточніть, будь ласка, деталі замовлення",
    questionIntro: "Щоб оформити замовлення, нам бракує:",
    missing: {
      phone: "номера телефону",
      address: "адреси доставки",
      deliveryDate: "бажаної дати доставки",
      name: "вашого імені",
      items: "переліку товарів і кількості",
    },
    statusSubject: (s) => `Статус замовлення: ${s}`,
    statusBody: (s) => `Статус вашого замовлення змінено: ${s}.`,
    managerReplySubject: "Відповідь щодо замовлення",
    signature: (shop) => `З повагою,\n${shop}`,
    units: { pcs: "шт.", kg: "кг", g: "г", l: "л", ml: "мл", m: "м", pack: "уп.", box: "кор.", set: "компл." },
  },
  en: {
    orderReceivedSubject: "Order received",
    greeting: (n) => (n ? `Hello ${n},` : "Hello,"),
    received: "We have received your order. A manager will check it and get back to you.",
    lines: "Your order:",
    total: "Total",
    unknown: "We will check with you:",
    replyToChange: "To change the order, just reply to this email.",
    questionSubject: "A few details for your order",
    questionIntro: "To complete your order we still need:",
    missing: {
      phone: "your phone number",
      address: "the delivery address",
      deliveryDate: "the delivery date you want",
      name: "your name",
      items: "the items and quantities",
    },
    statusSubject: (s) => `Order status: ${s}`,
    statusBody: (s) => `Your order status has changed: ${s}.`,
    managerReplySubject: "Reply about your order",
    signature: (shop) => `Kind regards,\n${shop}`,
    units: { pcs: "pcs", kg: "kg", g: "g", l: "l", ml: "ml", m: "m", pack: "pack", box: "box", set: "set" },
  },
};

export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Plain text as simple HTML: escaped, paragraphs and line breaks kept. */
export function textToHtml(text: string): string {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`)
    .join("\n");
  return `<!doctype html><html><body>\n${paragraphs}\n</body></html>`;
}

const tag = (orderNumber: number) => `[#${orderNumber}]`;

function money(n: number, currency: string, lang: Lang): string {
  const locale = lang === "en" ? "en-GB" : lang === "uk" ? "uk-UA" : "ru-RU";
  try {
    return new Intl.NumberFormat(locale, { style: "currency", currency }).format(n);
  } catch {
    return `${n.toFixed(2)} ${currency}`;
  }
}

function render(subject: string, paragraphs: string[]): RenderedEmail {
  const text = paragraphs.filter(Boolean).join("\n\n");
  return { subject, text, html: textToHtml(text) };
}

export interface OrderReceivedView {
  orderNumber: number;
  customerName: string | null;
  lines: EmailLineView[];
  unknownItems: { text: string; qty?: number }[];
  total: number;
  currency: string;
  shopName: string;
  /** Details still needed; asked in the same mail. */
  missing?: MissingField[];
}

export function orderReceivedEmail(lang: Lang, v: OrderReceivedView): RenderedEmail {
  const w = WORDS[lang];
  const lines = v.lines.map((l) => {
    const unit = w.units[l.unit] ?? l.unit;
    const price = l.price !== null ? ` — ${money(l.price * l.qty, v.currency, lang)}` : "";
    return `- ${l.name}: ${l.qty} ${unit}${price}`;
  });
  const unknown = v.unknownItems.map((u) => `- ${u.text}${u.qty !== undefined ? ` (${u.qty})` : ""}`);
  return render(`${tag(v.orderNumber)} ${w.orderReceivedSubject}`, [
    w.greeting(v.customerName),
    w.received,
    lines.length ? `${w.lines}\n${lines.join("\n")}\n${w.total}: ${money(v.total, v.currency, lang)}` : "",
    unknown.length ? `${w.unknown}\n${unknown.join("\n")}` : "",
    v.missing?.length ? `${w.questionIntro}\n${v.missing.map((m) => `- ${w.missing[m]}`).join("\n")}` : "",
    w.replyToChange,
    w.signature(v.shopName),
  ]);
}

export interface QuestionView {
  orderNumber: number;
  customerName: string | null;
  missing: MissingField[];
  shopName: string;
}

export function questionEmail(lang: Lang, v: QuestionView): RenderedEmail {
  const w = WORDS[lang];
  return render(`${tag(v.orderNumber)} ${w.questionSubject}`, [
    w.greeting(v.customerName),
    `${w.questionIntro}\n${v.missing.map((m) => `- ${w.missing[m]}`).join("\n")}`,
    w.replyToChange,
    w.signature(v.shopName),
  ]);
}

export interface StatusView {
  orderNumber: number;
  customerName: string | null;
  /** The status name already in the customer's language. */
  statusName: string;
  shopName: string;
}

export function statusEmail(lang: Lang, v: StatusView): RenderedEmail {
  const w = WORDS[lang];
  return render(`${tag(v.orderNumber)} ${w.statusSubject(v.statusName)}`, [
    w.greeting(v.customerName),
    w.statusBody(v.statusName),
    w.signature(v.shopName),
  ]);
}

export interface ManagerReplyView {
  orderNumber: number;
  customerName: string | null;
  text: string;
  shopName: string;
}

export function managerReplyEmail(lang: Lang, v: ManagerReplyView): RenderedEmail {
  const w = WORDS[lang];
  return render(`${tag(v.orderNumber)} ${w.managerReplySubject}`, [
    w.greeting(v.customerName),
    v.text.trim(),
    w.signature(v.shopName),
  ]);
}

/** A subject for a mail that came without one, by what it is. */
export function defaultEmailSubject(
  lang: Lang,
  kind: "order_received" | "question" | "status" | "manager_reply" | "other",
): string {
  const w = WORDS[lang];
  if (kind === "order_received") return w.orderReceivedSubject;
  if (kind === "question") return w.questionSubject;
  if (kind === "status") return w.statusSubject("").replace(/:\s*$/, "");
  return w.managerReplySubject;
}
