/**
 * Separates what the sender wrote now from what their mail client appended: quoted replies (our own
 * confirmation, quoted back, must not be read as a new order), forwarded headers and signatures.
 * Works on plain text in Russian, Ukrainian and English client conventions. Pure.
 */

export interface SplitReply {
  /** The new text, trimmed; the forwarded body when the sender only forwarded a message. */
  text: string;
  /** The quoted part of a reply (with its attribution line), or "" when there is none. */
  quoted: string;
  /** The forwarded part (with its header block), or "" when there is none. */
  forwarded: string;
  /** The signature block, or "" when none was found. It may hold a phone or an address. */
  signature: string;
}

/** "On Mon, 7 Jul 2025 at 10:00, Shop <x@y> wrote:", "пн, 7 июл. 2025 г. в 10:00, Shop <x@y>:", "… пишет:". */
const ATTRIBUTION = [
  /^\s*On\s.{3,200}\swrote:\s*$/i,
  /^\s*On\s.{3,200}$/i, // first line of a wrapped "On …" attribution; confirmed by the next line ending in "wrote:"
  /^.{3,200}\s(написал|написала|написал\(а\)|пишет|писал|писала|пише|писав|писала|написав|написала)\s*:\s*$/iu,
  /^\s*\S.{0,150}(\d{1,2}:\d{2}|\d{4}).{0,150}<[^>\s]+@[^>\s]+>\s*:\s*$/u,
  /^\s*Am\s.{3,200}\sschrieb.{0,100}:\s*$/i,
  /^\s*Le\s.{3,200}\sa écrit\s*:\s*$/i,
];

const ORIGINAL_SEPARATOR =
  /^\s*-{2,}\s*(Original Message|Исходное сообщение|Оригинальное сообщение|Вихідне повідомлення|Оригінальне повідомлення)\s*-{2,}\s*$/iu;

const FORWARD_SEPARATOR =
  /^\s*(-{2,}\s*(Forwarded message|Forwarded Message|Пересылаемое сообщение|Пересланное сообщение|Переслане повідомлення|Пересилане повідомлення)\s*-{2,}|Begin forwarded message:|Начало переадресованного сообщения:|Початок пересланого повідомлення:)\s*$/iu;

/** Outlook-style header block: "From:/От:/Від:" followed within a few lines by "Sent:/Отправлено:/Надіслано:/Date:". */
const OUTLOOK_FROM = /^\s*\*?(From|От|Від|Von|De)\s*:\*?\s+\S/iu;
const OUTLOOK_NEXT = /^\s*\*?(Sent|Date|Отправлено|Дата|Надіслано|Gesendet|Envoyé|To|Кому|Subject|Тема)\s*:\*?/iu;

const SIGNATURE_DELIMITER = /^-- ?$/;
const MOBILE_SIGNATURE =
  /^\s*(Sent from my \w.*|Sent from (Mail|Outlook|Yahoo Mail|Gmail).*|Get Outlook for \w.*|Отправлено с (iPhone|iPad|Android|мобильного).*|Отправлено из (Mail|мобильной).*|Надіслано з (iPhone|iPad|Android|мобільного).*|Надіслано з .*)\s*$/iu;

export function splitReply(fullText: string): SplitReply {
  const lines = fullText.replace(/\r\n?/g, "\n").split("\n");

  let forwardAt = -1;
  let quoteAt = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (FORWARD_SEPARATOR.test(line)) {
      forwardAt = i;
      break;
    }
    if (ORIGINAL_SEPARATOR.test(line) || isAttribution(lines, i) || isOutlookBlock(lines, i)) {
      quoteAt = i;
      break;
    }
    if (/^\s*>/.test(line) && isQuoteBlock(lines, i)) {
      quoteAt = i;
      break;
    }
  }

  const cut = forwardAt >= 0 ? forwardAt : quoteAt;
  const head = cut >= 0 ? lines.slice(0, cut) : lines;
  const tail = cut >= 0 ? lines.slice(cut) : [];

  // Interleaved replies: quoted lines inside the new text are dropped, the rest kept.
  const own = head.filter((l) => !/^\s*>/.test(l));
  const { body, signature } = splitSignature(own);
  const text = body.join("\n").trim();

  if (forwardAt >= 0) {
    const forwarded = tail.join("\n").trim();
    return { text: text || forwardedBody(tail), quoted: "", forwarded, signature };
  }
  // Bottom signature under a quote ("text, quote, -- sig"): the sender's, not part of the quote.
  const sigAt = tail.findIndex(
    (l, i) => SIGNATURE_DELIMITER.test(l) && tail.slice(i + 1).every((x) => !/^\s*>/.test(x)),
  );
  if (sigAt > 0 && !signature) {
    return {
      text,
      quoted: tail.slice(0, sigAt).join("\n").trim(),
      forwarded: "",
      signature: tail
        .slice(sigAt + 1)
        .join("\n")
        .trim(),
    };
  }
  return { text, quoted: tail.join("\n").trim(), forwarded: "", signature };
}

function isAttribution(lines: string[], i: number): boolean {
  const line = lines[i] ?? "";
  const [wrote, wrapped, ...rest] = ATTRIBUTION;
  if (wrote?.test(line)) return true;
  if (wrapped?.test(line) && /wrote:\s*$/i.test(lines[i + 1] ?? "")) return true;
  if (!rest.some((re) => re.test(line))) return false;
  // Confirm with a quote (or blank then quote) below, so a sentence ending in ":" is not cut.
  const next = nextNonBlank(lines, i + 1);
  return next !== null && /^\s*>/.test(lines[next] ?? "");
}

function isOutlookBlock(lines: string[], i: number): boolean {
  if (!OUTLOOK_FROM.test(lines[i] ?? "")) return false;
  let hits = 0;
  for (let j = i + 1; j < Math.min(lines.length, i + 5); j++) if (OUTLOOK_NEXT.test(lines[j] ?? "")) hits++;
  return hits >= 2;
}

/** A quote block counts from its first line when nothing but quotes, blanks and a signature follow. */
function isQuoteBlock(lines: string[], i: number): boolean {
  for (let j = i; j < lines.length; j++) {
    const l = lines[j] ?? "";
    if (/^\s*>/.test(l) || !l.trim()) continue;
    if (SIGNATURE_DELIMITER.test(l) || MOBILE_SIGNATURE.test(l)) return true;
    return false;
  }
  return true;
}

function splitSignature(lines: string[]): { body: string[]; signature: string } {
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i] ?? "";
    if (SIGNATURE_DELIMITER.test(l)) {
      return {
        body: lines.slice(0, i),
        signature: lines
          .slice(i + 1)
          .join("\n")
          .trim(),
      };
    }
  }
  const mobile = lines.findIndex((l) => MOBILE_SIGNATURE.test(l));
  if (mobile >= 0 && lines.slice(mobile + 1).every((l) => !l.trim())) {
    return { body: lines.slice(0, mobile), signature: (lines[mobile] ?? "").trim() };
  }
  return { body: lines, signature: "" };
}

/** The forwarded message without its header block (From/Date/Subject/To lines up to the first blank). */
function forwardedBody(tail: string[]): string {
  let i = 1;
  while (i < tail.length && !(tail[i] ?? "").trim()) i++;
  while (i < tail.length && /^\s*[\p{L}-]{2,20}\s*:/u.test(tail[i] ?? "")) i++;
  return tail.slice(i).join("\n").trim();
}

function nextNonBlank(lines: string[], from: number): number | null {
  for (let j = from; j < lines.length; j++) if ((lines[j] ?? "").trim()) return j;
  return null;
}
