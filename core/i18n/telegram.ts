import type { Lang } from "../types.js";

/**
 * Every sentence the Telegram bot says, to customers and to the managers' group, in Russian, Ukrainian
 * and English. Templates escape every value they interpolate (HTML parse mode), so customer text can never
 * break or inject formatting; callers pass plain strings. Pure: no I/O, no clock.
 */

/** Escapes text for Telegram's HTML parse mode. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const e = escapeHtml;

/** A Telegram `language_code` (or a stored customer language) as one of ours. */
export function toLang(code: string | null | undefined, fallback: Lang = "en"): Lang {
  const c = (code ?? "").toLowerCase().slice(0, 2);
  if (c === "uk" || c === "ua") return "uk";
  if (c === "ru" || c === "be" || c === "kk") return "ru";
  if (c === "en") return "en";
  return fallback;
}

export interface LineView {
  name: string;
  qty: number;
  unit: string;
  price: number | null;
}

export interface UnknownView {
  text: string;
  qty?: number;
}

export interface CardView {
  number: number;
  statusEmoji: string;
  statusName: string;
  draft: boolean;
  customerName: string | null;
  channel: string;
  username: string | null;
  lines: LineView[];
  total: number;
  currency: string;
  unknownItems: UnknownView[];
  phone: string | null;
  email: string | null;
  address: string | null;
  deliveryDate: string | null;
  assignee: string | null;
  needsReview: boolean;
  reviewReasons: string[];
  unreachable: boolean;
  cancelReason: string | null;
  /** Lines left out to keep the card within one message. */
  hiddenLines: number;
}

export interface OrderSummaryView {
  number: number;
  lines: LineView[];
  total: number;
  currency: string;
  unknownItems: UnknownView[];
}

export interface ListItemView {
  number: number;
  statusEmoji: string;
  statusName: string;
  customerName: string | null;
  total: number;
  currency: string;
  assignee: string | null;
}

export interface HistoryItemView {
  at: string;
  actor: string;
  what: string;
}

export interface TelegramTexts {
  // customers
  greeting(name: string | null): string;
  howToOrder: string;
  customerHelp: string;
  langChanged: string;
  langUsage: string;
  orderReceived(o: OrderSummaryView): string;
  orderUpdated(o: OrderSummaryView): string;
  notUnderstood: string;
  shareContactButton: string;
  confirmButton: string;
  correctButton: string;
  customerConfirmed(number: number): string;
  correctHint(number: number): string;
  myOrdersTitle: string;
  myOrdersEmpty: string;
  myOrdersLine(o: {
    number: number;
    statusEmoji: string;
    statusName: string;
    total: number;
    currency: string;
    createdAt: string;
  }): string;
  tooFast: string;
  contactThanks: string;
  notYourOrder: string;
  managersOnly: string;
  // managers: the card
  card(c: CardView): string;
  btnConfirm: string;
  btnTake: string;
  btnCancel: string;
  btnHistory: string;
  customerSaid(number: number, kind: string, text: string): string;
  customerConfirmedNote: string;
  // managers: answers
  help: string;
  refused: string;
  viewerRefused: string;
  takenBy(number: number, who: string): string;
  taken(number: number): string;
  confirmed(number: number): string;
  moved(number: number, status: string): string;
  stale(number: number, status: string): string;
  askReason(number: number, status: string): string;
  noted(number: number): string;
  assigned(number: number, who: string): string;
  unknownManager(who: string): string;
  notFound(what: string): string;
  usage(command: string): string;
  unknownStatus(given: string, known: string): string;
  cannotMove(number: number, status: string, allowed: string): string;
  needsReason(number: number): string;
  list(title: string, items: ListItemView[]): string;
  listTitle(filter: string | null): string;
  nothingFound: string;
  history(number: number, items: HistoryItemView[]): string;
  replySent(number: number): string;
  replyFailed(number: number, why: string): string;
  noSender(channel: string): string;
  managerReply(number: number, text: string): string;
  /** A customer message that belongs to no order, shown in the managers' group; a reply answers it. */
  inboxNotice(who: string, channel: string, kind: string, text: string): string;
  /** A manager's answer to a message that belongs to no order. */
  managerAnswer(text: string): string;
  inboxReplySent: string;
  inboxReplyFailed(why: string): string;
  groupLangChanged: string;
  failed: string;
  /** A mailbox the hub reads orders from has been unreachable since `since` (ISO time). */
  mailboxDown(mailbox: string, since: string, error: string): string;
  mailboxUp(mailbox: string): string;
  // the customer's status notices (any channel)
  statusNotice(number: number, status: string, reason: string | null): string;
  confirmedNotice(number: number): string;
}

const money = (n: number, currency: string) => `${n.toFixed(2)} ${currency}`;
const qtyText = (q: number) => (Number.isInteger(q) ? String(q) : q.toFixed(3).replace(/0+$/, ""));

function linesBlock(lines: LineView[], currency: string): string {
  return lines
    .map((l) => {
      const amount = l.price === null ? "" : ` = ${money(l.price * l.qty, currency)}`;
      return `• ${e(l.name)} × ${qtyText(l.qty)}${l.unit === "pcs" ? "" : ` ${e(l.unit)}`}${amount}`;
    })
    .join("\n");
}

function unknownBlock(items: UnknownView[]): string {
  return items.map((u) => `• ${e(u.text)}${u.qty ? ` × ${qtyText(u.qty)}` : ""}`).join("\n");
}

interface Words {
  order: string;
  total: string;
  unknown: string;
  phone: string;
  email: string;
  address: string;
  date: string;
  assignee: string;
  nobody: string;
  draft: string;
  needsReview: string;
  unknownFlag: string;
  unreachable: string;
  cancelReason: string;
  moreLines: (n: number) => string;
  channel: Record<string, string>;
}

function summary(w: Words, head: string, o: OrderSummaryView, tail: string): string {
  const parts = [head];
  if (o.lines.length) parts.push(linesBlock(o.lines, o.currency), `<b>${w.total}: ${money(o.total, o.currency)}</b>`);
  if (o.unknownItems.length) parts.push(`${w.unknown}:\n${unknownBlock(o.unknownItems)}`);
  parts.push(tail);
  return parts.join("\n\n");
}

function card(w: Words, c: CardView): string {
  const head = `${c.statusEmoji} <b>${w.order} #${c.number}</b> · ${e(c.statusName)}${c.draft ? ` (${w.draft})` : ""}`;
  const who = `👤 ${e(c.customerName ?? "—")}${c.username ? ` (@${e(c.username)})` : ""} · ${w.channel[c.channel] ?? e(c.channel)}`;
  const out = [head, who, ""];
  if (c.lines.length) {
    out.push(linesBlock(c.lines, c.currency));
    if (c.hiddenLines) out.push(w.moreLines(c.hiddenLines));
    out.push(`<b>${w.total}: ${money(c.total, c.currency)}</b>`);
  }
  if (c.unknownItems.length) out.push(`❓ ${w.unknown}:\n${unknownBlock(c.unknownItems)}`);
  out.push("");
  out.push(`📞 ${w.phone}: ${e(c.phone ?? "—")}`);
  if (c.email) out.push(`✉️ ${w.email}: ${e(c.email)}`);
  out.push(`📍 ${w.address}: ${e(c.address ?? "—")}`);
  out.push(`📅 ${w.date}: ${e(c.deliveryDate ?? "—")}`);
  out.push(`🙋 ${w.assignee}: ${e(c.assignee ?? w.nobody)}`);
  const flags: string[] = [];
  if (c.needsReview)
    flags.push(`⚠️ ${w.needsReview}${c.reviewReasons.length ? `: ${e(c.reviewReasons.join("; "))}` : ""}`);
  if (c.unknownItems.length) flags.push(`❓ ${w.unknownFlag}`);
  if (c.unreachable) flags.push(`🚫 ${w.unreachable}`);
  if (c.cancelReason) flags.push(`📝 ${w.cancelReason}: ${e(c.cancelReason)}`);
  if (flags.length) out.push("", ...flags);
  return out.join("\n");
}

function list(title: string, items: ListItemView[], empty: string): string {
  if (!items.length) return `<b>${e(title)}</b>\n${empty}`;
  const rows = items.map(
    (i) =>
      `${i.statusEmoji} #${i.number} · ${e(i.customerName ?? "—")} · ${money(i.total, i.currency)} · ${e(i.statusName)}${i.assignee ? ` · ${e(i.assignee)}` : ""}`,
  );
  return [`<b>${e(title)}</b>`, ...rows].join("\n");
}

function history(w: Words, number: number, items: HistoryItemView[]): string {
  return [`📜 <b>${w.order} #${number}</b>`, ...items.map((i) => `${e(i.at)} · ${e(i.actor)} · ${e(i.what)}`)].join(
    "\n",
  );
}

const ru: TelegramTexts = (() => {
  const w: Words = {
    order: "Заказ",
    total: "Итого",
    unknown: "Не нашли в каталоге",
    phone: "Телефон",
    email: "Почта",
    address: "Адрес",
    date: "Дата доставки",
    assignee: "Ответственный",
    nobody: "не назначен",
    draft: "черновик",
    needsReview: "Нужна проверка",
    unknownFlag: "Есть неизвестные позиции",
    unreachable: "Клиент недоступен (заблокировал бота)",
    cancelReason: "Причина",
    moreLines: (n) => `… и ещё ${n} поз.`,
    channel: { telegram: "Telegram", whatsapp: "WhatsApp", email: "Почта", api: "API" },
  };
  return {
    greeting: (name) => `Здравствуйте${name ? `, ${e(name)}` : ""}! 👋`,
    howToOrder:
      "Чтобы сделать заказ, просто напишите, что и сколько нужно, например: «2 чёрного чая и мёд». Можно добавить телефон, адрес и дату доставки. Фото с подписью тоже подойдёт.\n\n/myorders — ваши заказы, /lang — язык.",
    customerHelp:
      "Напишите, что хотите заказать, одним или несколькими сообщениями.\n/myorders — ваши заказы\n/lang ru|uk|en — язык",
    langChanged: "Готово, теперь я говорю по-русски.",
    langUsage: "Выберите язык: /lang ru, /lang uk или /lang en",
    orderReceived: (o) => summary(w, `🧾 <b>Заказ #${o.number}</b> принят.`, o, "Всё верно?"),
    orderUpdated: (o) => summary(w, `🧾 <b>Заказ #${o.number}</b> обновлён.`, o, "Всё верно?"),
    notUnderstood: "Спасибо! Менеджер посмотрит ваше сообщение.",
    shareContactButton: "📞 Отправить мой номер",
    confirmButton: "✅ Всё верно",
    correctButton: "✏️ Исправить",
    customerConfirmed: (n) => `Спасибо! Заказ #${n} передан менеджеру, он скоро подтвердит его.`,
    correctHint: (n) =>
      `Напишите, что исправить в заказе #${n}, — например «чая 3 вместо 2» — или отредактируйте своё сообщение.`,
    myOrdersTitle: "Ваши заказы:",
    myOrdersEmpty: "У вас пока нет заказов.",
    myOrdersLine: (o) =>
      `${o.statusEmoji} #${o.number} · ${e(o.statusName)} · ${money(o.total, o.currency)} · ${e(o.createdAt)}`,
    tooFast: "Вы пишете очень быстро 🙂 Подождите минутку, я всё прочитаю.",
    contactThanks: "Спасибо, номер получили!",
    notYourOrder: "Этот заказ не найден.",
    managersOnly: "Эта команда только для менеджеров магазина.",
    card: (c) => card(w, c),
    btnConfirm: "✅ Подтвердить",
    btnTake: "🙋 Взять",
    btnCancel: "❌ Отменить",
    btnHistory: "📜 История",
    customerSaid: (n, kind, text) =>
      `💬 <b>#${n}</b> клиент${kind !== "text" ? ` [${e(kind)}]` : ""}: ${e(text) || "—"}`,
    customerConfirmedNote: "клиент подтвердил заказ",
    help: [
      "<b>Команды менеджера</b>",
      "/orders [статус|mine|unassigned] — список заказов",
      "/order N — заказ N",
      "/take N — взять заказ",
      "/assign N @user — назначить менеджера",
      "/status N статус [причина] — сменить статус",
      "/note N текст — заметка к заказу",
      "/find телефон|имя|номер — поиск",
      "/cancel N причина — отменить заказ",
      "/lang ru|uk|en — язык группы",
      "Ответ на карточку заказа или на сообщение без заказа уходит клиенту.",
    ].join("\n"),
    refused: "⛔ Действовать могут только менеджеры магазина.",
    viewerRefused: "⛔ У вас доступ только на просмотр.",
    takenBy: (n, who) => `Заказ #${n} уже взял(а) ${e(who)}.`,
    taken: (n) => `Заказ #${n} ваш.`,
    confirmed: (n) => `Заказ #${n} подтверждён.`,
    moved: (n, s) => `Заказ #${n}: ${e(s)}.`,
    stale: (n, s) => `Заказ #${n} уже изменился, сейчас: ${e(s)}. Карточка обновлена.`,
    askReason: (n, s) => `Укажите причину (${e(s)}) для заказа #${n} — ответьте на это сообщение.`,
    noted: (n) => `Заметка к заказу #${n} сохранена.`,
    assigned: (n, who) => `Заказ #${n} назначен: ${e(who)}.`,
    unknownManager: (who) => `Менеджер ${e(who)} не найден: он должен хотя бы раз что-то сделать в группе.`,
    notFound: (what) => `Не найдено: ${e(what)}.`,
    usage: (c) => `Формат: ${e(c)}`,
    unknownStatus: (g, k) => `Нет статуса «${e(g)}». Есть: ${e(k)}`,
    cannotMove: (n, s, a) => `Заказ #${n} нельзя перевести в «${e(s)}». Можно: ${e(a) || "—"}`,
    needsReason: (n) => `Для заказа #${n} нужна причина.`,
    list: (t, items) => list(t, items, "Ничего нет."),
    listTitle: (f) => (f ? `Заказы: ${f}` : "Открытые заказы"),
    nothingFound: "Ничего не найдено.",
    history: (n, items) => history(w, n, items),
    replySent: (n) => `✉️ Отправлено клиенту (заказ #${n}).`,
    replyFailed: (n, why) => `Не удалось отправить клиенту (заказ #${n}): ${e(why)}`,
    noSender: (c) => `Канал клиента (${e(c)}) не подключён — ответить отсюда нельзя.`,
    managerReply: (n, text) => `💬 Менеджер по заказу #${n}:\n${e(text)}`,
    mailboxDown: (m, since, err) =>
      `⚠️ Почтовый ящик ${e(m)} недоступен с ${e(since.slice(0, 16).replace("T", " "))} UTC: ${e(err)}. Письма не потеряются — заберём их, когда ящик оживёт.`,
    mailboxUp: (m) => `✅ Почтовый ящик ${e(m)} снова доступен.`,
    inboxNotice: (who, channel, kind, text) => {
      const media = (
        {
          voice: "🎤 голосовое",
          audio: "🎵 аудио",
          photo: "📷 фото",
          video: "🎬 видео",
          sticker: "🙂 стикер",
          document: "📄 файл",
          location: "📍 геопозиция",
          contact: "📇 контакт",
          other: "📎 вложение",
        } as Record<string, string>
      )[kind];
      const body = [kind === "text" ? "" : (media ?? `📎 ${e(kind)}`), e(text)].filter(Boolean).join(" · ");
      return `📥 <b>Сообщение без заказа</b> · ${e(who)} (${e(channel)})\n${body || "—"}\n\n<i>Ответьте на это сообщение, чтобы написать клиенту.</i>`;
    },
    managerAnswer: (text) => `💬 Менеджер:\n${e(text)}`,
    inboxReplySent: "✉️ Отправлено клиенту.",
    inboxReplyFailed: (why) => `Не удалось отправить клиенту: ${e(why)}`,
    groupLangChanged: "Язык группы: русский.",
    failed: "Что-то пошло не так, попробуйте ещё раз.",
    statusNotice: (n, s, r) => `Заказ #${n}: ${e(s)}.${r ? `\nПричина: ${e(r)}` : ""}`,
    confirmedNotice: (n) => `✅ Заказ #${n} подтверждён менеджером.`,
  };
})();

const uk: TelegramTexts = (() => {
  const w: Words = {
    order: "Замовлення",
    total: "Разом",
    unknown: "Не знайшли в каталозі",
    phone: "Телефон",
    email: "Пошта",
    address: "Адреса",
    date: "Дата доставки",
    assignee: "Відповідальний",
    nobody: "не призначено",
    draft: "чернетка",
    needsReview: "Потрібна перевірка",
    unknownFlag: "Є невідомі позиції",
    unreachable: "Клієнт недоступний (заблокував бота)",
    cancelReason: "Причина",
    moreLines: (n) => `… і ще ${n} поз.`,
    channel: { telegram: "Telegram", whatsapp: "WhatsApp", email: "Пошта", api: "API" },
  };
  return {
    greeting: (name) => `Вітаємо${name ? `, ${e(name)}` : ""}! 👋`,
    howToOrder:
      "Щоб зробити замовлення, просто напишіть, що і скільки потрібно, наприклад: «2 чорного чаю і мед». Можна додати телефон, адресу й дату доставки. Фото з підписом теж підійде.\n\n/myorders — ваші замовлення, /lang — мова.",
    customerHelp:
      "Напишіть, що хочете замовити, одним або кількома повідомленнями.\n/myorders — ваші замовлення\n/lang ru|uk|en — мова",
    langChanged: "Готово, тепер я розмовляю українською.",
    langUsage: "Оберіть мову: /lang ru, /lang uk або /lang en",
    orderReceived: (o) => summary(w, `🧾 <b>Замовлення #${o.number}</b> прийнято.`, o, "Усе правильно?"),
    orderUpdated: (o) => summary(w, `🧾 <b>Замовлення #${o.number}</b> оновлено.`, o, "Усе правильно?"),
    notUnderstood: "Дякуємо! Менеджер перегляне ваше повідомлення.",
    shareContactButton: "📞 Надіслати мій номер",
    confirmButton: "✅ Усе правильно",
    correctButton: "✏️ Виправити",
    customerConfirmed: (n) => `Дякуємо! Замовлення #${n} передано менеджеру, він скоро його підтвердить.`,
    correctHint: (n) =>
      `Напишіть, що виправити в замовленні #${n}, — наприклад «чаю 3 замість 2» — або відредагуйте своє повідомлення.`,
    myOrdersTitle: "Ваші замовлення:",
    myOrdersEmpty: "У вас поки немає замовлень.",
    myOrdersLine: (o) =>
      `${o.statusEmoji} #${o.number} · ${e(o.statusName)} · ${money(o.total, o.currency)} · ${e(o.createdAt)}`,
    tooFast: "Ви пишете дуже швидко 🙂 Зачекайте хвилинку, я все прочитаю.",
    contactThanks: "Дякуємо, номер отримали!",
    notYourOrder: "Це замовлення не знайдено.",
    managersOnly: "Ця команда лише для менеджерів магазину.",
    card: (c) => card(w, c),
    btnConfirm: "✅ Підтвердити",
    btnTake: "🙋 Взяти",
    btnCancel: "❌ Скасувати",
    btnHistory: "📜 Історія",
    customerSaid: (n, kind, text) =>
      `💬 <b>#${n}</b> клієнт${kind !== "text" ? ` [${e(kind)}]` : ""}: ${e(text) || "—"}`,
    customerConfirmedNote: "клієнт підтвердив замовлення",
    help: [
      "<b>Команди менеджера</b>",
      "/orders [статус|mine|unassigned] — список замовлень",
      "/order N — замовлення N",
      "/take N — взяти замовлення",
      "/assign N @user — призначити менеджера",
      "/status N статус [причина] — змінити статус",
      "/note N текст — нотатка до замовлення",
      "/find телефон|ім'я|номер — пошук",
      "/cancel N причина — скасувати замовлення",
      "/lang ru|uk|en — мова групи",
      "Відповідь на картку замовлення або на повідомлення без замовлення йде клієнту.",
    ].join("\n"),
    refused: "⛔ Діяти можуть лише менеджери магазину.",
    viewerRefused: "⛔ У вас доступ лише на перегляд.",
    takenBy: (n, who) => `Замовлення #${n} вже взяв(ла) ${e(who)}.`,
    taken: (n) => `Замовлення #${n} ваше.`,
    confirmed: (n) => `Замовлення #${n} підтверджено.`,
    moved: (n, s) => `Замовлення #${n}: ${e(s)}.`,
    stale: (n, s) => `Замовлення #${n} вже змінилося, зараз: ${e(s)}. Картку оновлено.`,
    askReason: (n, s) => `Вкажіть причину (${e(s)}) для замовлення #${n} — дайте відповідь на це повідомлення.`,
    noted: (n) => `Нотатку до замовлення #${n} збережено.`,
    assigned: (n, who) => `Замовлення #${n} призначено: ${e(who)}.`,
    unknownManager: (who) => `Менеджера ${e(who)} не знайдено: він має хоча б раз щось зробити в групі.`,
    notFound: (what) => `Не знайдено: ${e(what)}.`,
    usage: (c) => `Формат: ${e(c)}`,
    unknownStatus: (g, k) => `Немає статусу «${e(g)}». Є: ${e(k)}`,
    cannotMove: (n, s, a) => `Замовлення #${n} не можна перевести в «${e(s)}». Можна: ${e(a) || "—"}`,
    needsReason: (n) => `Для замовлення #${n} потрібна причина.`,
    list: (t, items) => list(t, items, "Нічого немає."),
    listTitle: (f) => (f ? `Замовлення: ${f}` : "Відкриті замовлення"),
    nothingFound: "Нічого не знайдено.",
    history: (n, items) => history(w, n, items),
    replySent: (n) => `✉️ Надіслано клієнту (замовлення #${n}).`,
    replyFailed: (n, why) => `Не вдалося надіслати клієнту (замовлення #${n}): ${e(why)}`,
    noSender: (c) => `Канал клієнта (${e(c)}) не підключено — відповісти звідси не можна.`,
    managerReply: (n, text) => `💬 Менеджер щодо замовлення #${n}:\n${e(text)}`,
    mailboxDown: (m, since, err) =>
      `⚠️ Поштова скринька ${e(m)} недоступна з ${e(since.slice(0, 16).replace("T", " "))} UTC: ${e(err)}. Листи не загубляться — заберемо їх, коли скринька запрацює.`,
    mailboxUp: (m) => `✅ Поштова скринька ${e(m)} знову доступна.`,
    inboxNotice: (who, channel, kind, text) => {
      const media = (
        {
          voice: "🎤 голосове",
          audio: "🎵 аудіо",
          photo: "📷 фото",
          video: "🎬 відео",
          sticker: "🙂 стікер",
          document: "📄 файл",
          location: "📍 геопозиція",
          contact: "📇 контакт",
          other: "📎 вкладення",
        } as Record<string, string>
      )[kind];
      const body = [kind === "text" ? "" : (media ?? `📎 ${e(kind)}`), e(text)].filter(Boolean).join(" · ");
      return `📥 <b>Повідомлення без замовлення</b> · ${e(who)} (${e(channel)})\n${body || "—"}\n\n<i>Дайте відповідь на це повідомлення, щоб написати клієнту.</i>`;
    },
    managerAnswer: (text) => `💬 Менеджер:\n${e(text)}`,
    inboxReplySent: "✉️ Надіслано клієнту.",
    inboxReplyFailed: (why) => `Не вдалося надіслати клієнту: ${e(why)}`,
    groupLangChanged: "Мова групи: українська.",
    failed: "Щось пішло не так, спробуйте ще раз.",
    statusNotice: (n, s, r) => `Замовлення #${n}: ${e(s)}.${r ? `\nПричина: ${e(r)}` : ""}`,
    confirmedNotice: (n) => `✅ Замовлення #${n} підтверджено менеджером.`,
  };
})();

const en: TelegramTexts = (() => {
  const w: Words = {
    order: "Order",
    total: "Total",
    unknown: "Not in our catalog",
    phone: "Phone",
    email: "Email",
    address: "Address",
    date: "Delivery date",
    assignee: "Assignee",
    nobody: "nobody yet",
    draft: "draft",
    needsReview: "Needs review",
    unknownFlag: "Has unknown items",
    unreachable: "Customer unreachable (blocked the bot)",
    cancelReason: "Reason",
    moreLines: (n) => `… and ${n} more lines`,
    channel: { telegram: "Telegram", whatsapp: "WhatsApp", email: "Email", api: "API" },
  };
  return {
    greeting: (name) => `Hello${name ? `, ${e(name)}` : ""}! 👋`,
    howToOrder:
      "To order, just write what you need and how many, e.g. “2 black tea and honey”. You can add your phone, address and delivery date. A photo with a caption works too.\n\n/myorders — your orders, /lang — language.",
    customerHelp:
      "Write what you would like to order, in one message or several.\n/myorders — your orders\n/lang ru|uk|en — language",
    langChanged: "Done, I speak English now.",
    langUsage: "Choose a language: /lang ru, /lang uk or /lang en",
    orderReceived: (o) => summary(w, `🧾 <b>Order #${o.number}</b> received.`, o, "Is everything right?"),
    orderUpdated: (o) => summary(w, `🧾 <b>Order #${o.number}</b> updated.`, o, "Is everything right?"),
    notUnderstood: "Thank you! A manager will look at your message.",
    shareContactButton: "📞 Share my phone number",
    confirmButton: "✅ Looks right",
    correctButton: "✏️ Correct it",
    customerConfirmed: (n) => `Thank you! Order #${n} is with a manager, who will confirm it shortly.`,
    correctHint: (n) => `Write what to change in order #${n} — e.g. “3 tea instead of 2” — or edit your message.`,
    myOrdersTitle: "Your orders:",
    myOrdersEmpty: "You have no orders yet.",
    myOrdersLine: (o) =>
      `${o.statusEmoji} #${o.number} · ${e(o.statusName)} · ${money(o.total, o.currency)} · ${e(o.createdAt)}`,
    tooFast: "You are writing very fast 🙂 Give me a minute, I will read everything.",
    contactThanks: "Thank you, we have your number!",
    notYourOrder: "This order was not found.",
    managersOnly: "This command is for the shop's managers only.",
    card: (c) => card(w, c),
    btnConfirm: "✅ Confirm",
    btnTake: "🙋 Take",
    btnCancel: "❌ Cancel",
    btnHistory: "📜 History",
    customerSaid: (n, kind, text) =>
      `💬 <b>#${n}</b> customer${kind !== "text" ? ` [${e(kind)}]` : ""}: ${e(text) || "—"}`,
    customerConfirmedNote: "the customer confirmed the order",
    help: [
      "<b>Manager commands</b>",
      "/orders [status|mine|unassigned] — list orders",
      "/order N — show order N",
      "/take N — take an order",
      "/assign N @user — assign a manager",
      "/status N status [reason] — change the status",
      "/note N text — add a note",
      "/find phone|name|number — search",
      "/cancel N reason — cancel an order",
      "/lang ru|uk|en — the group's language",
      "A reply to an order card or to a message without an order goes to the customer.",
    ].join("\n"),
    refused: "⛔ Only the shop's managers can do this.",
    viewerRefused: "⛔ You have view-only access.",
    takenBy: (n, who) => `Order #${n} is already taken by ${e(who)}.`,
    taken: (n) => `Order #${n} is yours.`,
    confirmed: (n) => `Order #${n} confirmed.`,
    moved: (n, s) => `Order #${n}: ${e(s)}.`,
    stale: (n, s) => `Order #${n} has changed meanwhile; it is now ${e(s)}. The card is up to date.`,
    askReason: (n, s) => `Give the reason (${e(s)}) for order #${n} — reply to this message.`,
    noted: (n) => `Note saved on order #${n}.`,
    assigned: (n, who) => `Order #${n} assigned to ${e(who)}.`,
    unknownManager: (who) => `No manager ${e(who)}: they must have acted in the group at least once.`,
    notFound: (what) => `Not found: ${e(what)}.`,
    usage: (c) => `Usage: ${e(c)}`,
    unknownStatus: (g, k) => `No status “${e(g)}”. Known: ${e(k)}`,
    cannotMove: (n, s, a) => `Order #${n} cannot move to “${e(s)}”. Allowed: ${e(a) || "—"}`,
    needsReason: (n) => `Order #${n} needs a reason for that.`,
    list: (t, items) => list(t, items, "Nothing here."),
    listTitle: (f) => (f ? `Orders: ${f}` : "Open orders"),
    nothingFound: "Nothing found.",
    history: (n, items) => history(w, n, items),
    replySent: (n) => `✉️ Sent to the customer (order #${n}).`,
    replyFailed: (n, why) => `Could not reach the customer (order #${n}): ${e(why)}`,
    noSender: (c) => `The customer's channel (${e(c)}) is not connected, so no reply can go from here.`,
    managerReply: (n, text) => `💬 A manager about order #${n}:\n${e(text)}`,
    mailboxDown: (m, since, err) =>
      `⚠️ Mailbox ${e(m)} has been unreachable since ${e(since.slice(0, 16).replace("T", " "))} UTC: ${e(err)}. No mail is lost: it will be fetched once the mailbox is back.`,
    mailboxUp: (m) => `✅ Mailbox ${e(m)} is reachable again.`,
    inboxNotice: (who, channel, kind, text) => {
      const media = (
        {
          voice: "🎤 voice message",
          audio: "🎵 audio",
          photo: "📷 photo",
          video: "🎬 video",
          sticker: "🙂 sticker",
          document: "📄 file",
          location: "📍 location",
          contact: "📇 contact",
          other: "📎 attachment",
        } as Record<string, string>
      )[kind];
      const body = [kind === "text" ? "" : (media ?? `📎 ${e(kind)}`), e(text)].filter(Boolean).join(" · ");
      return `📥 <b>Message without an order</b> · ${e(who)} (${e(channel)})\n${body || "—"}\n\n<i>Reply to this message to answer the customer.</i>`;
    },
    managerAnswer: (text) => `💬 A manager:\n${e(text)}`,
    inboxReplySent: "✉️ Sent to the customer.",
    inboxReplyFailed: (why) => `Could not reach the customer: ${e(why)}`,
    groupLangChanged: "Group language: English.",
    failed: "Something went wrong; please try again.",
    statusNotice: (n, s, r) => `Order #${n}: ${e(s)}.${r ? `\nReason: ${e(r)}` : ""}`,
    confirmedNotice: (n) => `✅ Order #${n} is confirmed by a manager.`,
  };
})();

const ALL: Record<Lang, TelegramTexts> = { ru, uk, en };

export function telegramTexts(lang: Lang): TelegramTexts {
  return ALL[lang];
}

/**
 * A workflow status's own customer message (`{number}` and `{status}` filled in, values escaped), or null
 * when the status has none and the generic notice applies.
 */
export function fillStatusMessage(template: string | undefined, number: number, statusName: string): string | null {
  if (!template) return null;
  return escapeHtml(template).replaceAll("{number}", String(number)).replaceAll("{status}", escapeHtml(statusName));
}

/** The plain-text form of a template's HTML (tags dropped, entities restored), for channels without HTML. */
export function toPlainText(html: string): string {
  return html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
