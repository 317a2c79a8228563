import { createHash } from "node:crypto";
import type { InboundMessage } from "../types.js";

/**
 * Idempotency keys, computed purely from a message: the same channel message always gets the same key,
 * so a redelivered webhook, a re-fetched email or a retried job does no work twice.
 */

const sha = (s: string) => createHash("sha256").update(s).digest("hex");

/** The message's identity: one channel message, whatever its content. */
export function messageKey(m: Pick<InboundMessage, "channel" | "account" | "externalId">): string {
  return `${m.channel}:${m.account}:${m.externalId}`;
}

/** A digest of what the message says; an edit with the same content is a redelivery. */
export function contentHash(m: Pick<InboundMessage, "text" | "subject" | "kind" | "attachments">): string {
  const attachments = (m.attachments ?? []).map((a) => `${a.filename ?? ""}|${a.contentType}|${a.size}`).join(",");
  return sha(JSON.stringify([m.text, m.subject ?? "", m.kind ?? "text", attachments])).slice(0, 32);
}

/** The job id of processing one revision of one message. Contains no ":" (BullMQ reserves it). */
export function processingJobId(key: string, revision: number): string {
  return `msg-${sha(key).slice(0, 32)}-r${revision}`;
}
