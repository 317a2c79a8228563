import type { ParsedMail } from "mailparser";

/**
 * Noise detection for inbound mail: auto-replies, bounces (DSNs) and bulk mail create no order and get no
 * answer, which is how mail loops between the hub and an out-of-office responder are avoided. Judged by
 * headers first (RFC 3834, RFC 3464, RFC 2369) and by sender and subject conventions second.
 */

export type MailClass = "normal" | "auto_reply" | "bounce" | "bulk";

export interface BounceInfo {
  /** The addresses that could not be reached (lowercase), from the DSN or the wording of the bounce. */
  recipients: string[];
  /** The Message-ID of the mail that bounced, when the bounce quotes its headers. */
  originalMessageId: string | null;
  /** "failed" for a permanent failure; "delayed" for a delay warning, which is not a reason to give up. */
  action: "failed" | "delayed" | "unknown";
  /** The DSN status code, e.g. "5.1.1". */
  status: string | null;
}

const BOUNCE_SENDER = /^(mailer-daemon|postmaster|mail-daemon|mailerdaemon)@/i;
const BOUNCE_SUBJECT =
  /^(undeliver(ed|able)|delivery (status notification|failure|has failed)|mail delivery (failed|failure|system)|returned mail|failure notice|non[- ]?delivery|message (not delivered|delivery failure)|warning: message .* delayed|delayed mail|не доставлено|недоставленное|сообщение не доставлено|не вдалося доставити|недоставлений)/iu;
const AUTO_SUBJECT =
  /^(auto(matic)?[- ]?(reply|response|antwort)|out of (the )?office|autoreply|abwesenheit|автоматический ответ|автоответ|автоматична відповідь|автовідповідь|нет на месте|відсутній|вне офиса)/iu;

/** Classifies a parsed mail. Bounces win over auto-replies, auto-replies over bulk. */
export function classifyMail(parsed: Pick<ParsedMail, "headers" | "from" | "subject">): MailClass {
  const h = parsed.headers;
  const from = parsed.from?.value?.[0]?.address ?? "";
  const contentType = structuredValue(h.get("content-type"));
  const subject = (parsed.subject ?? "").trim();

  const isReport =
    contentType === "multipart/report" &&
    /delivery-status/i.test(structuredParam(h.get("content-type"), "report-type") ?? "delivery-status");
  if (isReport || h.has("x-failed-recipients")) return "bounce";
  if (
    BOUNCE_SENDER.test(from) ||
    (BOUNCE_SUBJECT.test(subject) && /mailer|daemon|postmaster|mail delivery/i.test(fromText(parsed)))
  ) {
    return "bounce";
  }

  const autoSubmitted = headerText(h.get("auto-submitted")).toLowerCase();
  if (autoSubmitted && autoSubmitted !== "no") return "auto_reply";
  if (h.has("x-autoreply") || h.has("x-autorespond") || h.has("x-auto-reply")) return "auto_reply";
  const precedence = headerText(h.get("precedence")).toLowerCase();
  if (precedence === "auto_reply") return "auto_reply";
  if (h.has("x-loop")) return "auto_reply";
  if (AUTO_SUBJECT.test(subject)) return "auto_reply";
  if (
    h.has("x-auto-response-suppress") &&
    /\b(all|oof|autoreply)\b/i.test(headerText(h.get("x-auto-response-suppress")))
  ) {
    // Outlook sets this on mail sent by automated systems (and on its own auto-replies).
    return "auto_reply";
  }

  if (precedence === "bulk" || precedence === "list" || precedence === "junk") return "bulk";
  const list = h.get("list") as Record<string, unknown> | undefined;
  if (list && typeof list === "object" && ("unsubscribe" in list || "id" in list)) return "bulk";
  if (h.has("list-unsubscribe") || h.has("list-id")) return "bulk";
  return "normal";
}

/**
 * Reads a bounce: who could not be reached, and which of our mails bounced (so the pipeline can mark the
 * customer unreachable on that order). `text` is the parsed text, which includes the delivery-status part.
 */
export function extractBounce(parsed: ParsedMail): BounceInfo {
  const chunks: string[] = [parsed.text ?? ""];
  for (const a of parsed.attachments) {
    if (
      /^(message\/(delivery-status|rfc822|global-headers|global-delivery-status)|text\/rfc822-headers)$/i.test(
        a.contentType,
      )
    ) {
      chunks.push(a.content.toString("utf8"));
    }
  }
  const failedHeader = headerText(parsed.headers.get("x-failed-recipients"));
  const all = chunks.join("\n");

  const recipients = new Set<string>();
  for (const m of all.matchAll(
    /^(?:Final|Original)-Recipient:\s*(?:rfc822|utf-8)?\s*;\s*<?([^\s<>;]+@[^\s<>;]+)>?/gim,
  )) {
    recipients.add(clean(m[1]));
  }
  for (const a of failedHeader.split(/[,\s]+/)) if (a.includes("@")) recipients.add(clean(a));
  if (!recipients.size) {
    for (const re of [
      /^<([^>\s]+@[^>\s]+)>:\s/gm, // Postfix
      /following address(?:\(es\))? failed:\s*\n\s*<?([^\s<>]+@[^\s<>]+)>?/gi, // Exim
      /failed permanently:\s*\n\s*<?([^\s<>]+@[^\s<>]+)>?/gi, // Gmail
      /to the following recipients?[^:\n]*:\s*\n\s*<?([^\s<>]+@[^\s<>]+)>?/gi, // SES, Exchange
      /Original-Recipient:.*?([^\s<>;]+@[^\s<>;]+)/gi,
    ]) {
      for (const m of all.matchAll(re)) recipients.add(clean(m[1]));
    }
  }

  const original = /^Message-I[Dd]:\s*(<[^>\s]+>)/m.exec(chunks.slice(1).join("\n") || afterFirstBlank(all));
  const actions = [...all.matchAll(/^Action:\s*(\w+)/gim)].map((m) => (m[1] ?? "").toLowerCase());
  const action = actions.includes("failed")
    ? "failed"
    : actions.includes("delayed")
      ? "delayed"
      : /delay|задерж|затрим/i.test(parsed.subject ?? "")
        ? "delayed"
        : recipients.size
          ? "failed"
          : "unknown";
  const status = /^Status:\s*([245]\.\d{1,3}\.\d{1,3})/im.exec(all)?.[1] ?? null;
  return { recipients: [...recipients], originalMessageId: original?.[1] ?? null, action, status };
}

/** A header value as text, whatever shape mailparser gave it. */
export function headerText(v: unknown): string {
  if (v === undefined || v === null) return "";
  if (typeof v === "string") return v.trim();
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(headerText).join(", ");
  if (typeof v === "object") {
    const o = v as { text?: unknown; value?: unknown; params?: Record<string, string> };
    if (typeof o.text === "string") return o.text;
    if (typeof o.value === "string") {
      const params = Object.entries(o.params ?? {}).map(([k, p]) => `; ${k}=${p}`);
      return o.value + params.join("");
    }
  }
  return "";
}

function structuredValue(v: unknown): string {
  if (v && typeof v === "object" && "value" in v) return String((v as { value: unknown }).value).toLowerCase();
  return typeof v === "string" ? v.toLowerCase() : "";
}

function structuredParam(v: unknown, name: string): string | undefined {
  if (v && typeof v === "object" && "params" in v) return (v as { params: Record<string, string> }).params[name];
  return undefined;
}

function fromText(parsed: Pick<ParsedMail, "from">): string {
  return parsed.from?.text ?? "";
}

function clean(s: string | undefined): string {
  return (s ?? "")
    .trim()
    .replace(/^<|>$/g, "")
    .replace(/[.,;]+$/, "")
    .toLowerCase();
}

function afterFirstBlank(text: string): string {
  const i = text.search(/\n\s*\n/);
  return i >= 0 ? text.slice(i) : "";
}
