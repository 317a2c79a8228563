import { type ParsedMail, parseAddressHeader, simpleParser } from "mailparser";
import type { AttachmentMeta, InboundMessage, MessageKind } from "../../core/types.js";
import { type BounceInfo, classifyMail, extractBounce, headerText, type MailClass } from "./classify-mail.js";
import { decodeRaw8bitHeader } from "./raw-header-charset.js";
import { splitReply } from "./split-reply.js";
import { stableMessageId } from "./thread-ids.js";

/**
 * One raw RFC 822 mail into one `InboundMessage`. Never throws: a mail mailparser cannot read is still
 * turned into a message (empty text, the error and the raw bytes kept), so it is stored and can be
 * reprocessed, and the mailbox loop goes on.
 */

/** What `InboundMessage.raw` holds for email. */
export interface EmailRaw {
  format: "rfc822";
  /** The mail exactly as fetched, base64 (it may be 8-bit in any charset). */
  sourceBase64: string;
  size: number;
  mailbox: string;
  uid?: number;
  uidValidity?: string;
  /** The whole decoded text before quotes, forwards and signature were separated. */
  fullText: string;
  quoted: string;
  forwarded: string;
  signature: string;
  mailClass: MailClass;
  bounce?: BounceInfo;
  /** Why the mail could not be (fully) parsed; the message is stored anyway. */
  parseError?: string;
  to: string[];
  cc: string[];
  replyTo?: string;
  attachments: EmailAttachment[];
}

export interface EmailAttachment {
  partId: string | null;
  filename?: string;
  contentType: string;
  size: number;
  checksum?: string;
  /** The decoded content, base64, when it is within the size limit. */
  contentBase64?: string;
  truncated: boolean;
}

export interface ToInboundOptions {
  /** Attachments larger than this keep their metadata only. Default 10 MiB. */
  maxAttachmentBytes?: number;
  /** The server's arrival time, used when the Date header is missing or unreadable. */
  internalDate?: Date;
  uid?: number;
  uidValidity?: bigint;
  /** Set when mailparser failed; `parsed` is then null. */
  parseError?: string;
}

/** Longest text handed to the pipeline; the full text stays in `raw.fullText`. */
export const MAX_TEXT_CHARS = 100_000;
const MAX_HTML_TO_TEXT = 1_000_000;
const DEFAULT_MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** Headers copied into `InboundMessage.headers` (names as the mail wrote them). */
const KEPT_HEADERS = [
  "from",
  "to",
  "cc",
  "reply-to",
  "date",
  "content-type",
  "auto-submitted",
  "x-autoreply",
  "x-autorespond",
  "x-auto-reply",
  "precedence",
  "x-loop",
  "x-auto-response-suppress",
  "list-unsubscribe",
  "list-id",
  "return-path",
  "x-failed-recipients",
  "content-language",
];

/** Parses raw bytes with mailparser; on failure returns the error instead of throwing. */
export async function parseMail(raw: Buffer): Promise<{ parsed: ParsedMail | null; error: string | null }> {
  try {
    const parsed = await simpleParser(raw, {
      keepCidLinks: true,
      skipImageLinks: true,
      skipTextToHtml: true,
      maxHtmlLengthToParse: MAX_HTML_TO_TEXT,
      checksumAlgo: "sha256",
    });
    return { parsed, error: null };
  } catch (err) {
    return { parsed: null, error: `mail could not be parsed: ${(err as Error)?.message ?? String(err)}` };
  }
}

/** Parses and converts in one step; never throws. */
export async function mailToInbound(
  raw: Buffer,
  mailboxName: string,
  options: ToInboundOptions = {},
): Promise<InboundMessage> {
  const { parsed, error } = await parseMail(raw);
  return toInboundMessage(parsed, raw, mailboxName, error ? { ...options, parseError: error } : options);
}

/**
 * Converts a parsed mail into an `InboundMessage`: the new text in `text` (quotes, forwards and signature
 * separated into `raw`), threading ids, noise class and the relevant headers, attachment metadata.
 */
export function toInboundMessage(
  parsed: ParsedMail | null,
  raw: Buffer,
  mailboxName: string,
  options: ToInboundOptions = {},
): InboundMessage {
  try {
    return convert(parsed, raw, mailboxName, options);
  } catch (err) {
    return convert(null, raw, mailboxName, {
      ...options,
      parseError: `mail could not be converted: ${(err as Error)?.message ?? String(err)}`,
    });
  }
}

function convert(
  parsed: ParsedMail | null,
  raw: Buffer,
  mailboxName: string,
  options: ToInboundOptions,
): InboundMessage {
  const maxAttachment = options.maxAttachmentBytes ?? DEFAULT_MAX_ATTACHMENT_BYTES;
  const errors: string[] = options.parseError ? [options.parseError] : [];

  const fullText = parsed ? clean(bodyText(parsed, errors)) : "";
  const split = splitReply(fullText);
  const mailClass: MailClass = parsed ? classifyMail(parsed) : "normal";
  const bounce = parsed && mailClass === "bounce" ? extractBounce(parsed) : undefined;

  const attachments: EmailAttachment[] = (parsed?.attachments ?? []).map((a) => {
    const truncated = a.size > maxAttachment;
    return {
      partId: a.partId,
      ...(a.filename ? { filename: clean(a.filename) } : {}),
      contentType: a.contentType,
      size: a.size,
      ...(a.checksum ? { checksum: a.checksum } : {}),
      ...(truncated ? {} : { contentBase64: a.content.toString("base64") }),
      truncated,
    };
  });
  const attachmentMeta: AttachmentMeta[] = attachments.map((a) => ({
    ...(a.filename ? { filename: a.filename } : {}),
    contentType: a.contentType,
    size: a.size,
    ...(a.partId ? { ref: `mime-part:${a.partId}` } : {}),
    ...(a.truncated ? { truncated: true } : {}),
  }));

  // Raw 8-bit Subject/From in a legacy charset: decoded from the bytes instead of as broken UTF-8.
  const rawSubject = parsed ? decodeRaw8bitHeader(raw, "subject") : null;
  const rawFrom = parsed ? decodeRaw8bitHeader(raw, "from") : null;
  const fromValue = rawFrom ? parseAddressHeader(rawFrom).value : (parsed?.from?.value ?? []);
  const from = fromValue.find((v) => v.address)?.address;
  const fromName = fromValue[0]?.name;
  const subject = rawSubject ?? parsed?.subject;
  const headers = parsed ? keptHeaders(parsed) : {};
  headers["X-OrderHub-Mail-Class"] = mailClass;
  if (bounce?.recipients.length) headers["X-OrderHub-Bounce-Recipients"] = bounce.recipients.join(", ");
  if (bounce?.originalMessageId) headers["X-OrderHub-Bounced-Message-ID"] = bounce.originalMessageId;
  if (errors.length) headers["X-OrderHub-Parse-Error"] = clean(errors.join("; ")).slice(0, 500);

  const messageId = validMessageId(parsed?.messageId) ?? stableMessageId(raw);
  const references = toList(parsed?.references)
    .flatMap((r) => r.split(/\s+/))
    .filter((r) => /^<[^<>\s]+>$/.test(r));

  const text = split.text.length > MAX_TEXT_CHARS ? split.text.slice(0, MAX_TEXT_CHARS) : split.text;
  const emailRaw: EmailRaw = {
    format: "rfc822",
    sourceBase64: raw.toString("base64"),
    size: raw.length,
    mailbox: mailboxName,
    ...(options.uid !== undefined ? { uid: options.uid } : {}),
    ...(options.uidValidity !== undefined ? { uidValidity: options.uidValidity.toString() } : {}),
    fullText,
    quoted: split.quoted,
    forwarded: split.forwarded,
    signature: split.signature,
    mailClass,
    ...(bounce ? { bounce } : {}),
    ...(errors.length ? { parseError: clean(errors.join("; ")) } : {}),
    to: addresses(parsed?.to),
    cc: addresses(parsed?.cc),
    ...(parsed?.replyTo?.value?.[0]?.address ? { replyTo: parsed.replyTo.value[0].address.toLowerCase() } : {}),
    attachments,
  };

  return {
    channel: "email",
    account: mailboxName,
    externalId: messageId,
    sender: {
      ...(from && isAddress(from) ? { email: from.toLowerCase() } : {}),
      ...(fromName ? { name: clean(fromName).slice(0, 200) } : {}),
    },
    receivedAt: receivedAt(parsed, options.internalDate),
    text,
    subject: subject !== undefined ? clean(subject).slice(0, 1000) : null,
    kind: kindOf(text, attachments),
    inReplyTo: validMessageId(parsed?.inReplyTo?.split(/\s+/)[0]) ?? null,
    references,
    headers,
    attachments: attachmentMeta,
    raw: emailRaw,
  };
}

function bodyText(parsed: ParsedMail, errors: string[]): string {
  if (parsed.text?.trim()) return parsed.text;
  if (typeof parsed.html === "string" && parsed.html) {
    if (parsed.textConversionError)
      errors.push(`HTML not converted by mailparser: ${parsed.textConversionError.message}`);
    return roughHtmlToText(parsed.html);
  }
  return parsed.text ?? "";
}

/** Last resort for HTML mailparser would not convert (too long or too deep): tags out, entities in. */
function roughHtmlToText(html: string): string {
  return html
    .replace(/<(script|style|head)[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|div|li|tr|h\d)\s*>/gi, "\n")
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/gi, " ")
    .replace(/&lt;/gi, "<")
    .replace(/&gt;/gi, ">")
    .replace(/&quot;/gi, '"')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/gi, "&")
    .replace(/[ \t]+/g, " ")
    .replace(/\n\s*\n\s*\n+/g, "\n\n")
    .trim();
}

function keptHeaders(parsed: ParsedMail): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { key, line } of parsed.headerLines) {
    if (!KEPT_HEADERS.includes(key)) continue;
    const colon = line.indexOf(":");
    const name = colon > 0 ? line.slice(0, colon).trim() : key;
    if (name in out) continue;
    const decoded = key.startsWith("list-") ? "" : headerText(parsed.headers.get(key));
    const rawValue =
      colon > 0
        ? line
            .slice(colon + 1)
            .replace(/\r?\n[ \t]+/g, " ")
            .trim()
        : "";
    out[name] = clean(decoded || rawValue).slice(0, 2000);
  }
  return out;
}

/**
 * The Date header as ISO 8601 in the sender's own UTC offset (relative dates like "tomorrow" are resolved
 * in it). Falls back to the server's arrival time, then to now, when the header is missing or unreadable.
 */
function receivedAt(parsed: ParsedMail | null, internalDate?: Date): string {
  const line = parsed?.headerLines.find((h) => h.key === "date")?.line;
  const value = line
    ? line
        .slice(line.indexOf(":") + 1)
        .replace(/\s+/g, " ")
        .trim()
    : "";
  const ms = value ? Date.parse(value.replace(/\s*\([^)]*\)\s*$/, "")) : Number.NaN;
  if (!Number.isNaN(ms)) return isoWithOffset(ms, offsetMinutes(value));
  const fallback = internalDate && !Number.isNaN(internalDate.getTime()) ? internalDate : new Date();
  return fallback.toISOString();
}

function offsetMinutes(dateHeader: string): number {
  const m = /([+-])(\d{2}):?(\d{2})(\s*\([^)]*\))?\s*$/.exec(dateHeader);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return minutes > 14 * 60 ? 0 : m[1] === "-" ? -minutes : minutes;
}

function isoWithOffset(ms: number, offset: number): string {
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
  if (offset === 0) return `${local}Z`;
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

function kindOf(text: string, attachments: EmailAttachment[]): MessageKind {
  if (text.trim()) return "text";
  if (!attachments.length) return "other";
  return attachments.every((a) => a.contentType.startsWith("image/")) ? "photo" : "document";
}

function validMessageId(id: string | undefined | null): string | null {
  const v = clean(id ?? "").trim();
  if (!v || v.length > 998) return null;
  return /^<[^<>\s]+>$/.test(v) ? v : /^[^<>\s]+@[^<>\s]+$/.test(v) ? `<${v}>` : null;
}

function toList(v: string | string[] | undefined): string[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

function addresses(v: ParsedMail["to"]): string[] {
  const objs = v === undefined ? [] : Array.isArray(v) ? v : [v];
  return objs.flatMap((o) => o.value.flatMap((a) => (a.address ? [a.address.toLowerCase()] : [])));
}

function isAddress(s: string): boolean {
  return s.length <= 320 && /^[^\s@"<>]+@[^\s@"<>]+$/.test(s) && !s.includes("..");
}

/** NULs cannot be stored in Postgres text/jsonb; a lone NUL is never a letter. */
function clean(s: string): string {
  return s.includes("\u0000") ? s.split("\u0000").join("") : s;
}
