/**
 * The rule-based message parser: pure, deterministic, no I/O. `createCatalogIndex` once per catalog,
 * then `parseMessage` for every message.
 */
import type { CountryCode } from "libphonenumber-js";
import type { MessageIntent, ParsedLine, ParsedMessage } from "../types.js";
import { findAddress } from "./address.js";
import type { CatalogIndex } from "./catalog-index.js";
import { findEmails, findName, findPhones, type Span } from "./contacts.js";
import { findDates, findTimes, localDateOf } from "./dates.js";
import { GREETING, isAutoReply, spamScore, THANKS } from "./intent.js";
import { readItems } from "./items.js";
import {
  ADDITIVE,
  EXCEPT,
  FAULT_OR_RETURN,
  ORDERED_BEFORE,
  PAST_RECEIPT,
  PICKUP,
  REPEAT_ORDER,
  RETURN_REQUEST,
  SEPARATE_ORDER,
  WRONG_GOODS,
} from "./lexicon.js";
import { wordSimilarity } from "./normalize.js";
import { splitMessage } from "./structure.js";
import { codeKey, tokenize } from "./tokenize.js";

export type { CatalogIndex } from "./catalog-index.js";
export { candidateProducts, createCatalogIndex } from "./catalog-index.js";
export { detectLang } from "./detect-lang.js";

export interface ParseInput {
  text: string;
  subject?: string | null;
  /** ISO 8601; relative dates resolve in its own UTC offset. */
  receivedAt: string;
  headers?: Record<string, string>;
}

export interface ParseOptions {
  /** Region for phone numbers written without a country code; defaults to the catalog currency's. */
  defaultRegion?: CountryCode;
  /** IANA zone, used only when `receivedAt` carries no offset. */
  timezone?: string;
  /** Overall confidence below which the reading needs a manager's review (default 0.6). */
  reviewThreshold?: number;
}

/** "Re:", "Fwd:", "Відп:", "Ответ:": a subject carried over from an earlier message. */
const REPLY_SUBJECT = /^\s*(re|fwd?|aw|sv|відп|ответ|вiдп)\s*(\[\d+\])?\s*:/iu;

const REGION_BY_CURRENCY: Record<string, CountryCode> = { RUB: "RU", UAH: "UA", BYN: "BY", KZT: "KZ" };

/** The phone region implied by a catalog currency: RUB→RU, UAH→UA, BYN→BY, KZT→KZ. */
export function regionForCurrency(currency: string): CountryCode | undefined {
  return REGION_BY_CURRENCY[currency.trim().toUpperCase()];
}

/** "гелю" / "гель", "трубочок" / "трубочки": one word in two of its forms. */
function sameWord(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return (
    wordSimilarity(a, b) >= 0.8 || (short.length >= 3 && long.startsWith(short) && long.length - short.length <= 3)
  );
}

/** The folded keys of a text's words of three letters or more. */
function wordKeysOf(text: string): string[] {
  return tokenize(text)
    .filter((t) => t.kind === "word" && t.low.length >= 3 && t.key)
    .map((t) => t.key);
}

/**
 * "те ж саме що минулого разу, але без трубочок" above the shop's quoted confirmation: the quoted lines
 * again, without those the customer leaves out. Null when the message is no such repeat.
 */
function repeatedLines(index: CatalogIndex, quoted: string, lowBody: string): ParsedLine[] | null {
  const repeat = quoted ? REPEAT_ORDER.exec(lowBody) : null;
  // ("12 пачок (не 8 як минулого разу)": an amount compared with the last order, no repeat of it)
  if (!repeat || /не\s+\d+\s*$/u.test(lowBody.slice(Math.max(0, repeat.index - 12), repeat.index))) return null;
  // "без трубочок", and "дисків не треба": what the repeat leaves out
  const left = [
    ...wordKeysOf(EXCEPT.exec(lowBody)?.[3] ?? ""),
    ...[...lowBody.matchAll(NOT_NEEDED)].flatMap((m) => wordKeysOf(m[1] ?? "")),
  ];
  // the words said of a line: in its text, or in its product's name ("камер" of "DS-2CD1343G2-I – 10 шт")
  const words = new Map<ParsedLine, string[]>();
  const said = (l: ParsedLine, word: string) => {
    let keys = words.get(l);
    if (!keys) {
      keys = [...wordKeysOf(l.source ?? ""), ...wordKeysOf(index.bySku.get(l.sku)?.product.name ?? "")];
      words.set(l, keys);
    }
    return keys.some((k) => sameWord(word, k));
  };
  const items = readItems(index, quoted).items.filter((l) => !left.some((x) => said(l, x)));
  // "тільки камер не 10 а 6": the amount of a line, changed
  for (const m of lowBody.matchAll(AMOUNT_CHANGED)) {
    const [word] = wordKeysOf(m[1] ?? "");
    const from = Number(m[2]);
    const to = Number(m[3]);
    if (word) for (const l of items) if (l.qty === from && said(l, word)) l.qty = to;
  }
  return items.length > 0 ? items : null;
}

/** "дисків не треба", "клей цього разу не треба": a word of the goods a repeat leaves out. */
const NOT_NEEDED =
  /([\p{L}'’]{3,})(?:\s+(?:цього|этот|в этот|this|цей|раз|разу|time))*\s+(?:не\s+(?:треба|потрібно|потрібні|надо|нужно|нужны|нужен|нужна)|no longer needed|not needed)(?![\p{L}])/gu;
/** "камер не 10 а 6": a word of the line, the amount taken back, the amount now. */
const AMOUNT_CHANGED = /([\p{L}'’]{3,})\s+не\s+(\d+)\s*,?\s*(?:а|a)\s+(\d+)(?!\d)/gu;

function spansOf(text: string, re: RegExp): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(re)) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  return out;
}

const PRICE =
  /\d[\d\s]*(?:[.,]\d+)?\s*(?:₽|руб\.?|рублей|рубля|р\.|грн\.?|гривень|₴|uah|rub|usd|eur|\$|€|£|тг|₸|byn|kzt)(?![\p{L}])|[$€£]\s*\d[\d,.]*/giu;
/**
 * An order, invoice or waybill number: after such a word ("заказ №5521", "order #12"), or any long
 * number marked "№"/"#". A short "№10" alone is a size ("скобы №10", "No.10 staples") and stays readable.
 */
const ORDER_NO =
  /(?:заказ|замовлен|order|сч[её]т|рахун|invoice|накладн|ттн|заявк|ticket|договор|договір|contract)\p{L}*\s*(?:№|#|no\.?|nr\.?)\s*\d[\d-]*|(?:№|#|\bno\.|\bnr\.?)\s*\d{4,}[\d-]*/giu;
const PERCENT = /\d+(?:[.,]\d+)?\s*%/g;
const URL = /https?:\/\/\S+|www\.\S+|@[\w_]+/giu;
const GREETING_PHRASE =
  /(^|[^\p{L}])(доброе утро|доброго ранку|good morning|добрый день|добрий день|доброго дня|добрый вечер|доброго вечора|добрий вечір)(?![\p{L}])/giu;

/** Blanks the spans (UTF-16 offsets) with spaces, keeping line breaks and every other offset. */
function mask(text: string, spans: Span[]): string {
  const arr = text.split("");
  for (const s of spans) for (let i = s.start; i < s.end && i < arr.length; i++) if (arr[i] !== "\n") arr[i] = " ";
  return arr.join("");
}

const nameText = new WeakMap<CatalogIndex, string>();
const percents = new WeakMap<CatalogIndex, Set<string>>();

/** Every product name and alias, lower-cased and without quotes, built once per catalog. */
function namesOf(index: CatalogIndex): string {
  let all = nameText.get(index);
  if (all === undefined) {
    all = index.products
      .map((p) => [p.product.name, ...(p.product.aliases ?? [])].join("\n"))
      .join("\n")
      .toLowerCase()
      .replace(/[«»"“”]/g, "");
    nameText.set(index, all);
  }
  return all;
}

function percentKey(s: string): string {
  return (/\d+(?:[.,]\d+)?/.exec(s)?.[0] ?? "").replace(",", ".");
}

/** The percentages written in product names ("Сметана 20%", "Молоко 2,5%"). */
function namePercents(index: CatalogIndex): Set<string> {
  let set = percents.get(index);
  if (!set) {
    set = new Set<string>();
    for (const m of namesOf(index).matchAll(/\d+(?:[.,]\d+)?\s?%/g)) set.add(percentKey(m[0]));
    percents.set(index, set);
  }
  return set;
}

/** True when the phrase is written in some product's name or alias ("8 марта"). */
function namesContain(index: CatalogIndex, phrase: string): boolean {
  const words = phrase.toLowerCase().trim();
  return /\p{L}/u.test(words) && /\d/.test(words) && namesOf(index).includes(words);
}

/** A reading with nothing in it: the base every reading (and every fallback) starts from. */
export function emptyReading(intent: MessageIntent, confidence: number): ParsedMessage {
  return {
    isOrder: false,
    intent,
    items: [],
    unknownItems: [],
    phone: null,
    email: null,
    name: null,
    address: null,
    deliveryDate: null,
    separateOrder: false,
    additive: false,
    confidence,
    fieldConfidence: {},
    needsReview: false,
    reviewReasons: [],
    engine: "rules",
  };
}

/**
 * The items' texts joined by commas. A loop rather than map and join: an optimised `map` returns a
 * holey array, and the `join` after it would deoptimise parseMessage the first time.
 */
function textsOf(items: readonly { text: string }[]): string {
  let s = "";
  for (let i = 0; i < items.length; i++) {
    if (i > 0) s += ", ";
    s += (items[i] as { text: string }).text;
  }
  return s;
}

/** Reads one message: intent, catalog lines, unknown items, contacts, address and delivery date. */
export function parseMessage(input: ParseInput, index: CatalogIndex, options: ParseOptions = {}): ParsedMessage {
  const threshold = options.reviewThreshold ?? 0.6;
  const text = input.text ?? "";
  if (isAutoReply(input.headers, input.subject, text)) return emptyReading("auto_reply", 0.95);

  const region = options.defaultRegion ?? regionForCurrency(index.currency);
  const today = localDateOf(input.receivedAt, options.timezone);
  const parts = splitMessage(text);
  const body = parts.body;

  // a catalog part number written in digits ("0 451 103 316") is not a phone
  const notPart = (t: string) => (f: Span) => {
    let from = f.start;
    while (from > 0 && f.start - from < 4 && /[\d .-]/.test(t[from - 1] ?? "")) from--;
    const d = codeKey(t.slice(from, f.end)).replace(/\D/g, "");
    for (let i = 0; i <= 5 && d.length - i >= 7; i++) if (index.codes.has(d.slice(i))) return false;
    return true;
  };
  const ownPhones = findPhones(parts.own, region).filter(notPart(parts.own));
  const ownEmails = findEmails(parts.own);
  const bodyPhones = parts.own === body ? ownPhones : findPhones(body, region).filter(notPart(body));
  const bodyEmails = findEmails(body);
  const contactSpans = [...bodyPhones, ...bodyEmails];

  const allDates = findDates(body, today);
  // a day said in words, or in digits after a delivery word ("к 16.03", "on the 24th"), ends the address
  const wordDates = allDates.filter((d) => d.delivery || !/\d/.test(body.slice(d.start, d.end)));
  const address = findAddress(body, [...contactSpans, ...wordDates]);
  // "Cheers, Jens / Kiez Kneipe GmbH / Weserstraße 44, 12045 Berlin": with none in the body, the
  // signature's address is where the goods go (its span is the signature's, so nothing in the body is masked)
  if (!address.value && !address.same && parts.signature) {
    const signed = findAddress(parts.signature, [
      ...findPhones(parts.signature, region),
      ...findEmails(parts.signature),
    ]);
    if (signed.value) Object.assign(address, signed, { span: null, confidence: Math.min(signed.confidence, 0.6) });
  }
  const dates = allDates.filter((d) => !address.span || d.end <= address.span.start || d.start >= address.span.end);
  const times = findTimes(body);

  const masked = mask(body, [
    ...contactSpans,
    ...(address.span ? [address.span] : []),
    // "Букет «8 Марта»": a date that is part of a product's name stays readable as words
    ...dates.filter((d) => !namesContain(index, body.slice(d.start, d.end))),
    ...times,
    ...spansOf(body, PRICE),
    ...spansOf(body, ORDER_NO),
    // "сир 9%", "молоко 2,5%": a fat content the catalog writes in its names picks the variant
    ...spansOf(body, PERCENT).filter((sp) => !namePercents(index).has(percentKey(body.slice(sp.start, sp.end)))),
    ...spansOf(body, URL),
    ...spansOf(body, GREETING_PHRASE),
  ]);
  const spam = spamScore(body, input.subject);
  const lowBody = body.toLowerCase();
  let read = readItems(index, masked);
  const repeated = repeatedLines(index, parts.quoted, lowBody);
  if (repeated && read.items.length === 0) read = { ...read, items: repeated, unknown: [], unknownRequested: false };
  else if (repeated && read.items.every((l) => repeated.some((r) => r.sku === l.sku))) {
    // "як минулого разу, тільки шлангів не 2 а 4": the quoted lines again, those said now over them
    const now = new Map(read.items.map((l) => [l.sku, l]));
    read = { ...read, items: repeated.map((l) => now.get(l.sku) ?? l) };
  }
  const hasItems = read.items.length > 0 || read.unknown.length > 0;
  // nothing from the catalog, and the unknown things were only asked about, or named in thanks
  const onlyAskedOrThanked =
    read.items.length === 0 &&
    read.unknown.length > 0 &&
    (!read.unknownRequested ||
      (THANKS.test(body) && read.unknown.every((u) => u.qty === undefined)) ||
      RETURN_REQUEST.test(lowBody));

  if (spam >= 2 && (!hasItems || spam >= 3)) {
    return emptyReading("spam", Math.min(0.95, 0.6 + 0.1 * spam));
  }

  const phone = ownPhones[0] ?? null;
  const email = ownEmails[0] ?? null;
  const name = findName(parts, ownPhones);
  const pickup = PICKUP.test(lowBody);
  // a date inside a question that is not about delivery ("is it fresh today?") is not a delivery date
  const sentenceOf = (at: number) => {
    const from = Math.max(
      body.lastIndexOf("\n", at),
      body.lastIndexOf(". ", at),
      body.lastIndexOf("? ", at),
      body.lastIndexOf("! ", at),
    );
    const ends = [body.indexOf("\n", at), body.indexOf("?", at), body.indexOf(". ", at), body.indexOf("!", at)].filter(
      (x) => x >= 0,
    );
    return body.slice(from + 1, ends.length ? Math.min(...ends) + 1 : body.length);
  };
  const usable = dates.filter((d) => {
    const s = sentenceOf(d.start).toLowerCase();
    // "оплатим сегодня", "we'll pay on Friday": a payment date is not a delivery date
    const aboutPayment =
      /(оплат|оплач|сплат|сплач|pay|paid|переведем|переведём|переказ)/u.test(s) &&
      !/(достав|привез|deliver|bring|ship|відправ|отправ)/u.test(s);
    // "got the delivery today", "привезли вчера", "в поставке от 04.03": a day that is past, or a document's
    const past =
      PAST_RECEIPT.test(s) ||
      /(?:^|[^\p{L}])(?:от|від|dated)\s*$/u.test(lowBody.slice(Math.max(0, d.start - 8), d.start));
    return !(
      d.negated ||
      past ||
      aboutPayment ||
      (s.includes("?") &&
        !d.delivery &&
        // "thursday ok?", "в пятницу реально?", "завтра сможете?": a day offered for the delivery
        !/(достав|привез|deliver|bring|send|заказ|замов|order|можно|можна|could|can you|can it|\bcome\b|\barrive|\bok\b|okay|fine|possible|подойд|підійд|устроит|влаштує|реально|норм|сможе|зможе|успее|успеет|успеют|встигн)/u.test(
          s,
        ) &&
        // "Saturday?": the day asked on its own
        /[\p{L}\d]{3}/u.test(s.replace(body.slice(d.start, d.end).toLowerCase(), "")))
    );
  });
  // "букет на 8 марта … привезите 7го": the day in a product's name yields to a day said for delivery
  if (usable.length > 1) {
    const named = usable.filter((d) => namesContain(index, body.slice(d.start, d.end)));
    if (named.length > 0 && named.length < usable.length) for (const d of named) usable.splice(usable.indexOf(d), 1);
  }
  const explicit = (d: (typeof usable)[number]) => /\d/.test(body.slice(d.start, d.end));
  const delivery =
    usable.find((d) => d.firm) ??
    usable.find((d) => d.delivery && explicit(d)) ??
    usable.find((d) => d.delivery) ??
    usable.find(explicit) ??
    usable[0] ??
    null;
  const deliveryDate = pickup ? null : (delivery?.iso ?? null);

  let intent: MessageIntent;
  // the goods named are the ones delivered by mistake and the ones ordered before: managers answer it
  const complaint = (WRONG_GOODS.test(lowBody) || FAULT_OR_RETURN.test(lowBody)) && ORDERED_BEFORE.test(lowBody);
  if (complaint) intent = "complaint";
  else if (hasItems && !onlyAskedOrThanked) intent = "order";
  else {
    const question = /\?/.test(body) || read.askedAbout > 0;
    if (phone || address.value || (deliveryDate && !question)) intent = "details";
    else if (question) intent = "question";
    else if (THANKS.test(body)) intent = "thanks";
    else if (GREETING.test(body.trim()) || body.trim().length === 0)
      intent = body.trim().length === 0 ? "other" : "greeting";
    else if (spam >= 1) intent = "spam";
    else intent = "other";
  }
  const isOrder = intent === "order";
  const keepDelivery = intent === "order" || intent === "details";

  const fieldConfidence: ParsedMessage["fieldConfidence"] = {};
  const reasons: string[] = [];
  let confidence: number;
  if (isOrder) {
    let confSum = 0;
    let confMin = Number.POSITIVE_INFINITY;
    for (const l of read.items) {
      confSum += l.confidence;
      confMin = Math.min(confMin, l.confidence);
    }
    const n = read.items.length;
    let itemsConf = n ? confSum / n : 0.35;
    if (n) itemsConf = Math.min(itemsConf, confMin + 0.15);
    if (read.unknown.length) itemsConf *= 0.9;
    fieldConfidence.items = Math.round(itemsConf * 100) / 100;
    confidence = fieldConfidence.items;
    if (read.unknown.length) reasons.push(`unknown items: ${textsOf(read.unknown)}`);
    if (read.doubtful.length) reasons.push(`uncertain lines: ${[...new Set(read.doubtful)].join(", ")}`);
    if (read.items.length === 0) reasons.push("no catalog lines recognised");
  } else {
    confidence = intent === "details" ? 0.8 : intent === "other" ? 0.5 : 0.8;
  }
  if (phone) fieldConfidence.phone = phone.confidence;
  if (email) fieldConfidence.email = email.confidence;
  if (name) fieldConfidence.name = 0.6;
  if (keepDelivery && address.value) fieldConfidence.address = address.confidence;
  if (keepDelivery && deliveryDate) fieldConfidence.deliveryDate = delivery?.delivery ? 0.9 : 0.75;
  confidence = Math.round(confidence * 100) / 100;
  const needsReview = confidence < threshold || (isOrder && read.unknown.length > 0);
  if (confidence < threshold) reasons.unshift(`confidence ${confidence} below ${threshold}`);

  const firstAt = read.firstItemAt ?? Number.POSITIVE_INFINITY;
  const addM = ADDITIVE.exec(lowBody);
  const additive = !!addM && (addM.index ?? 0) <= firstAt && (isOrder || intent === "details");

  return {
    isOrder,
    intent,
    items: isOrder ? read.items : [],
    unknownItems: isOrder ? read.unknown : [],
    phone: phone?.value ?? null,
    email: email?.value ?? null,
    name,
    address: keepDelivery ? address.value : null,
    deliveryDate: keepDelivery ? deliveryDate : null,
    // a reply's subject ("Re: Separate order - music stands") names the order replied to, not a new one
    separateOrder:
      SEPARATE_ORDER.test(lowBody) ||
      (!REPLY_SUBJECT.test(input.subject ?? "") && SEPARATE_ORDER.test((input.subject ?? "").toLowerCase())),
    additive,
    confidence,
    fieldConfidence,
    needsReview,
    reviewReasons: needsReview ? reasons : [],
    engine: "rules",
  };
}
