/**
 * Splits a message into the customer's own words, their signature, and everything that must not be
 * read as this order: quoted replies, forwarded headers, requisites.
 */

export interface MessageParts {
  /** The customer's text without quotes and requisites: where phone, email and name are looked for. */
  own: string;
  /** `own` without the signature block: where items, address and dates are looked for. */
  body: string;
  /** The signature block (closing phrase onwards), possibly empty. */
  signature: string;
  /** The line that opened the signature ("С уважением,"), if any. */
  closing: string | null;
  /** True when a quoted or forwarded part was removed. */
  hadQuote: boolean;
  /** The quoted or forwarded part, without its "> " marks ("same as last time" may point at it). */
  quoted: string;
}

const QUOTE_START: RegExp[] = [
  /^\s*-{2,}\s*(original message|исходное сообщение|пересылаемое сообщение|forwarded message|вихідне повідомлення|переслане повідомлення|оригінальне повідомлення)/i,
  /^\s*_{8,}\s*$/,
  // a messenger's forward: "[Пересланное сообщение]", "Forwarded message:"
  /^\s*[[(]?\s*(пересланное сообщение|переслане повідомлення|forwarded message|forwarded from [^\]\n]{1,40})\s*[\])]?\s*:?\s*$/i,
  /^\s*(on|в|у|пн|вт|ср|чт|пт|сб|вс|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}).{0,200}(wrote|написал|написала|написал\(а\)|пише|писав|писала|пишет|пишe)\s*:?\s*$/i,
  /^\s*(from|от|від|отправитель)\s*:\s*.+$/i,
];

const HEADER_LINE = /^\s*(sent|to|subject|date|cc|отправлено|кому|тема|дата|копия|надіслано|відправлено)\s*:/i;

const REQUISITE_WORD =
  "(?:инн|інн|кпп|огрн|огрнип|бик|р\\/с|к\\/с|р\\/сч|расч[её]тный\\s+сч[её]т|корр?\\.?\\s*сч[её]т?|єдрпоу|едрпоу|іпн|iban|swift|bic|мфо|окпо|унп|бин|иин|рнокпп|unp|vat|okpo)";

/**
 * A requisite with its value: "ИНН 7701234567", "ИНН/КПП 7701234567/770101001", "IBAN UA21 3223…",
 * "SWIFT: PBANUA2X". A bare word is not one: "ручки BIC синие" names a pen brand, not a bank code.
 */
const REQUISITE_VALUE = new RegExp(
  `(^|[\\s(,;])${REQUISITE_WORD}(?:\\s*\\/\\s*${REQUISITE_WORD})?\\s*[:№.]?\\s*(?:[A-Z]{0,2}\\s?\\d[\\d\\s/-]{4,}\\d|(?<=:\\s*)[A-Z]{6,11}(?![\\p{L}]))`,
  "giu",
);

const CLOSING =
  /^\s*(с уважением|с наилучшими пожеланиями|всего доброго|всего хорошего|з повагою|з найкращими побажаннями|best regards|kind regards|warm regards|regards|best wishes|best|cheers|thanks|thank you|thanks again|many thanks|спасибо|спасибо заранее|заранее спасибо|дякую|дякую заздалегідь|thx|br|sincerely|yours sincerely|respectfully)\s*[,!.]*\s*$/i;

const SENT_FROM = /^\s*(отправлено с|отправлено из|sent from|надіслано з|відправлено з|get outlook for)/i;

/**
 * A line copied from a messenger's chat, with its time stamp and sender: "[05.05 10:12] Агроснаб: …",
 * "[05.05.26, 10:12:33] Ivan: …", "05.05.2026, 10:12 - Shop: …".
 */
const CHAT_STAMP =
  /^\s*(?:\[\s*\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?,?\s+\d{1,2}:\d{2}(?::\d{2})?\s*\]|\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\s+[-–—])\s*[^:\n]{1,40}:\s*/u;

/** Separates the order text from quotes, signature and requisites. */
export function splitMessage(text: string): MessageParts {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const kept: string[] = [];
  const quotedLines: string[] = [];
  let hadQuote = false;
  // chat lines pasted above or below the customer's own words are quoted; a chat pasted alone is the order
  const ownBeside = lines.some((l) => l.trim() !== "" && !CHAT_STAMP.test(l));
  for (let i = 0; i < lines.length; i++) {
    const said = lines[i] ?? "";
    const stamped = CHAT_STAMP.test(said);
    if (stamped && ownBeside) {
      hadQuote = true;
      quotedLines.push(said.replace(CHAT_STAMP, ""));
      continue;
    }
    const line = stamped ? said.replace(CHAT_STAMP, "") : said;
    if (/^\s*>/.test(line)) {
      hadQuote = true;
      quotedLines.push(line.replace(/^(\s*>)+\s?/, ""));
      continue;
    }
    const isFrom = /^\s*(from|от|від|отправитель)\s*:/i.test(line);
    const startsQuote =
      QUOTE_START.some((re) => re.test(line)) &&
      (!isFrom || lines.slice(i + 1, i + 5).some((l) => HEADER_LINE.test(l)));
    // "On Mon, 2 Mar 2026 at 10:12, Shop <a@b>" followed by "wrote:" on the next line
    const wrapped = /^\s*on\s.+\d/i.test(line) && /^\s*.{0,60}wrote:\s*$/i.test(lines[i + 1] ?? "");
    if (startsQuote || wrapped) {
      hadQuote = true;
      // a forward with nothing of the customer's own above it: the forwarded text is the order
      if (kept.join("").trim().length === 0 && /forward|пересыла|пересла/i.test(line)) continue;
      for (const l of lines.slice(i + 1)) quotedLines.push(l.replace(/^(\s*>)+\s?/, ""));
      break;
    }
    REQUISITE_VALUE.lastIndex = 0;
    if (REQUISITE_VALUE.test(line)) {
      // a long line that only mentions requisites in passing keeps its other words
      const rest = line.replace(REQUISITE_VALUE, " ");
      if (line.length > 60 && /\p{L}{3,}.*\d|\d.*\p{L}{3,}/u.test(rest)) kept.push(rest);
      continue;
    }
    if (SENT_FROM.test(line)) continue;
    kept.push(line);
  }
  const own = kept.join("\n").trim();
  const ownLines = own.split("\n");
  let sigAt = -1;
  for (let i = 0; i < ownLines.length; i++) {
    const line = ownLines[i] ?? "";
    if (/^\s*(--|—|–)\s*$/.test(line) || /^\s*-- $/.test(line)) {
      sigAt = i;
      break;
    }
    if (CLOSING.test(line) && i > 0) {
      sigAt = i;
      break;
    }
  }
  const quoted = quotedLines.join("\n").trim();
  if (sigAt < 0) return { own, body: own, signature: "", closing: null, hadQuote, quoted };
  const sigLines = ownLines.slice(sigAt);
  const closing = sigLines.find((l) => CLOSING.test(l)) ?? null;
  return {
    own,
    body: ownLines.slice(0, sigAt).join("\n").trim(),
    signature: sigLines.join("\n").trim(),
    closing: closing?.trim() ?? null,
    hadQuote,
    quoted,
  };
}
