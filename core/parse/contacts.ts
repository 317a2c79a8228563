import { type CountryCode, findPhoneNumbersInText, isValidPhoneNumber } from "libphonenumber-js/max";

const OLD_TRUNK_UA = /(?<![\d+])8[ (-]*0\d{2}[ )-]*\d{3}[ -]*\d{2}[ -]*\d{2}(?!\d)/g;

export interface Span {
  start: number;
  end: number;
}

export interface Found<T> extends Span {
  value: T;
  confidence: number;
}

/** The customer's phone in E.164; numbers without a country code are read in `region`. */
export function findPhones(text: string, region: CountryCode | undefined): Found<string>[] {
  const out: Found<string>[] = [];
  // fewer than seven digits hold no phone: skip the matcher, which is costly even when it finds nothing
  let digitCount = 0;
  for (let i = 0; i < text.length && digitCount < 7; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digitCount++;
  }
  if (digitCount < 7) return out;
  const seen = new Set<string>();
  const push = (number: string, start: number, end: number, confidence: number) => {
    const digits = text.slice(start, end).replace(/\D/g, "");
    if (digits.length < 7) return;
    // a date or a time range read as a phone
    if (/^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/.test(text.slice(start, end).trim())) return;
    // "хакка р5 205 55 16 4 шт": digits glued to a word's letters are a model and its sizes, not a phone
    if (/\p{L}/u.test(text[start - 1] ?? "")) return;
    if (seen.has(number)) return;
    seen.add(number);
    out.push({ value: number, start, end, confidence });
  };
  // a comma never sits inside a phone, but the matcher would join "кв 17, 066-…" into one invalid number
  const scan = text.replace(/[,;]/g, "\n");
  // the matcher throws and catches an error for every candidate it rejects; none of them reaches us,
  // so capturing their stack traces is wasted work
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    for (const m of findPhoneNumbersInText(scan, { defaultCountry: region, leniency: "VALID" } as never)) {
      push(m.number.number as string, m.startsAt, m.endsAt, 0.95);
    }
    // the lenient pass keeps only numbers written with a "+": without one in the text it finds nothing to keep
    if (out.length === 0 && text.includes("+")) {
      for (const m of findPhoneNumbersInText(scan, { defaultCountry: region, leniency: "POSSIBLE" } as never)) {
        const raw = text.slice(m.startsAt, m.endsAt);
        if (raw.trim().startsWith("+")) push(m.number.number as string, m.startsAt, m.endsAt, 0.7);
      }
    }
    // "8 067 505 11 22": a Ukrainian number after the old trunk prefix "8", which made it "+3" + the digits
    if (region === "UA")
      for (const m of scan.matchAll(OLD_TRUNK_UA)) {
        const number = `+3${m[0].replace(/\D/g, "")}`;
        // eleven digits run together are a code more likely than a phone written the old way
        if (/[ ()-]/.test(m[0]) && isValidPhoneNumber(number))
          push(number, m.index ?? 0, (m.index ?? 0) + m[0].length, 0.8);
      }
  } catch {
    return out;
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  return out.sort((a, b) => a.start - b.start);
}

const EMAIL = /[\p{L}0-9._%+-]+@[\p{L}0-9.-]+\.[\p{L}]{2,}/gu;

export function findEmails(text: string): Found<string>[] {
  const out: Found<string>[] = [];
  // without an "@" the pattern cannot match, and trying it from every letter is not free
  if (!text.includes("@")) return out;
  for (const m of text.matchAll(EMAIL)) {
    const start = m.index ?? 0;
    out.push({ value: m[0].toLowerCase(), start, end: start + m[0].length, confidence: 0.95 });
  }
  return out;
}

const NAME_WORD = /^[\p{Lu}][\p{Ll}'’-]+\.?$/u;
const NOT_NAME = new Set(
  [
    "тел",
    "телефон",
    "tel",
    "phone",
    "call",
    "адрес",
    "адреса",
    "address",
    "доставка",
    "delivery",
    "спасибо",
    "дякую",
    "thanks",
    "заказ",
    "замовлення",
    "order",
    "мой",
    "мій",
    "my",
    "номер",
    "ул",
    "вул",
    "кв",
    "офис",
    "office",
    "apt",
    "street",
    "привет",
    "hello",
    "hi",
    "здравствуйте",
    "добрый",
    "добрий",
    "доброго",
    "пожалуйста",
    "please",
    "будь",
    "ласка",
    "pls",
    "ооо",
    "тов",
    "фоп",
    "ип",
    "llc",
    "ltd",
    "team",
    "команда",
    "moscow",
    "москва",
    "київ",
    "kyiv",
    "самовывоз",
    "вітаю",
    "приветствую",
    "самовивіз",
    "самовивозом",
    "самовывозом",
    "заберу",
    "заберем",
    "заберемо",
    "pickup",
    "доставкою",
  ].map((s) => s.toLowerCase()),
);

/** Words that end an address and are not names even when capitalised before a phone. */
const NOT_CITY_NAME = /^(самовивіз|самовывоз|доставка|delivery)$/iu;

const CLOSING_WITH_NAME =
  /^\s*(?:с уважением|з повагою|best regards|kind regards|regards|best wishes|best|cheers|thanks|thank you|спасибо|дякую|sincerely)\s*,\s*([\p{Lu}][\p{Ll}'’-]+(?:\s+[\p{Lu}][\p{Ll}'’-]+)?)\s*(?:$|[/|,;]|\+|\d)/iu;

function asName(s: string): string | null {
  const cleaned = s
    .replace(/[,.!;:()]+$/g, "")
    .replace(/^[,.!;:\s-]+/, "")
    .trim();
  if (!cleaned || cleaned.length > 40) return null;
  const words = cleaned.split(/\s+/);
  if (words.length > 3) return null;
  for (const w of words) {
    if (!NAME_WORD.test(w)) return null;
    if (NOT_NAME.has(w.toLowerCase().replace(/[.'’]/g, ""))) return null;
  }
  return cleaned;
}

/**
 * The non-empty lines of a text, trimmed. A loop rather than map and filter: an optimised `map`
 * returns a holey array, and the `filter` after it would deoptimise its caller the first time.
 */
function trimmedLines(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split("\n")) {
    const t = line.trim();
    if (t) out.push(t);
  }
  return out;
}

/** The name the customer signs with, or introduces themselves by, or writes next to their phone. */
export function findName(
  parts: { own: string; signature: string; closing: string | null },
  phones: Span[],
): string | null {
  const own = parts.own;
  const intro =
    /(?:^|[\s,.!])(?:это|меня зовут|мене звати|це|my name is|this is|i am|i'm)\s+([\p{Lu}][\p{Ll}'’-]+(?:\s+[\p{Lu}][\p{Ll}'’-]+)?)/u.exec(
      own,
    );
  // "Best, Mike Brown / +7 …", "З повагою, Ірина": a closing and the name on one line
  for (const line of own.split("\n").slice(-4)) {
    const m = CLOSING_WITH_NAME.exec(line);
    const n = m?.[1] ? asName(m[1]) : null;
    if (n) return n;
  }
  if (parts.signature) {
    const lines = trimmedLines(parts.signature);
    for (const line of lines.slice(0, 4)) {
      if (parts.closing && line === parts.closing) continue;
      if (/^(--|—|–)$/.test(line)) continue;
      const n = asName(line.split(/[,|]/)[0] ?? "");
      if (n) return n;
    }
  }
  // a short last line ("Игорь", "Анна, 8 903 …")
  const lines = trimmedLines(own);
  for (const line of lines.slice(-3).reverse()) {
    const n = asName(line.split(/[,|]/)[0] ?? "") ?? asName(line.replace(/[+\d()\s-]{7,}$/, ""));
    if (n && lines.length > 1) return n;
  }
  for (const p of phones) {
    const after = own.slice(p.end, p.end + 40).split(/\n/)[0] ?? "";
    const a = asName(after.replace(/^[\s,.;:–—-]+/, "").split(/[,.!;\n]/)[0] ?? "");
    if (a && /^[\s,.;:–—-]*$/.test(after.replace(a, "").replace(/[.!]/g, ""))) return a;
    const beforeText = own.slice(Math.max(0, p.start - 40), p.start);
    const seg = beforeText.split(/[.!?\n]/).pop() ?? "";
    const words = seg.replace(/[,;:–—-]+\s*$/, "").trim();
    const m = /([\p{Lu}][\p{Ll}'’-]+(?:\s+[\p{Lu}][\p{Ll}'’-]+)?)$/u.exec(words);
    if (m?.[1]) {
      const rest = words.slice(0, words.length - m[1].length).trim();
      const n = asName(m[1]);
      if (
        n &&
        (rest === "" || /[,.]$/.test(rest) || /^(тел\.?|т\.|phone|call)$/i.test(rest) === false) &&
        rest.length < 25 &&
        !/\d/.test(rest)
      )
        return n;
      // "…, кв 101, Дмитрий +380…": its own comma part, right before the phone with no comma between
      if (n && /,$/.test(rest) && !/,\s*$/.test(seg) && !NOT_CITY_NAME.test(n)) return n;
    }
  }
  if (intro?.[1]) return asName(intro[1]);
  // "…, кв 3. Катерина": a name alone as the last sentence
  const tail = own
    .trim()
    .split(/[.!?\n]\s*/)
    .filter((x) => x.trim())
    .pop();
  if (tail && tail.length < own.trim().length) {
    const n = asName(tail.trim());
    if (n) return n;
  }
  return null;
}
