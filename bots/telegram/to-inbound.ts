import type { Message } from "grammy/types";
import type { AttachmentMeta, InboundMessage, MessageKind } from "../../core/types.js";

/**
 * The Telegram adapter's translation: one Bot API `Message` from a customer's private chat becomes one
 * `InboundMessage`. Files are kept by reference (their `file_id`), never downloaded here.
 */

/** A Telegram message's id in OrderHub: `tg:<chatId>:<messageId>` (unique per bot). */
export const tgExternalId = (chatId: number | string, messageId: number | string) => `tg:${chatId}:${messageId}`;

/** The chat and message of an external id made by `tgExternalId`, or null for other ids. */
export function fromTgExternalId(externalId: string): { chatId: number; messageId: number } | null {
  const m = /^tg:(-?\d+):(\d+)$/.exec(externalId);
  return m ? { chatId: Number(m[1]), messageId: Number(m[2]) } : null;
}

function kindOf(msg: Message): MessageKind {
  if (msg.contact) return "contact";
  if (msg.photo) return "photo";
  if (msg.voice) return "voice";
  if (msg.audio) return "audio";
  if (msg.video || msg.video_note) return "video";
  if (msg.sticker) return "sticker";
  if (msg.document) return "document";
  if (msg.location) return "location";
  if (msg.text !== undefined) return "text";
  return "other";
}

function attachmentsOf(msg: Message): AttachmentMeta[] {
  const out: AttachmentMeta[] = [];
  const biggest = msg.photo?.reduce((a, b) =>
    (b.width ?? 0) * (b.height ?? 0) > (a.width ?? 0) * (a.height ?? 0) ? b : a,
  );
  if (biggest) out.push({ contentType: "image/jpeg", size: biggest.file_size ?? 0, ref: biggest.file_id });
  if (msg.document) {
    out.push({
      filename: msg.document.file_name,
      contentType: msg.document.mime_type ?? "application/octet-stream",
      size: msg.document.file_size ?? 0,
      ref: msg.document.file_id,
    });
  }
  if (msg.voice)
    out.push({
      contentType: msg.voice.mime_type ?? "audio/ogg",
      size: msg.voice.file_size ?? 0,
      ref: msg.voice.file_id,
    });
  if (msg.audio)
    out.push({
      filename: msg.audio.file_name,
      contentType: msg.audio.mime_type ?? "audio/mpeg",
      size: msg.audio.file_size ?? 0,
      ref: msg.audio.file_id,
    });
  if (msg.video)
    out.push({
      filename: msg.video.file_name,
      contentType: msg.video.mime_type ?? "video/mp4",
      size: msg.video.file_size ?? 0,
      ref: msg.video.file_id,
    });
  if (msg.sticker)
    out.push({
      contentType: msg.sticker.is_animated ? "application/x-tgsticker" : "image/webp",
      size: msg.sticker.file_size ?? 0,
      ref: msg.sticker.file_id,
    });
  return out;
}

export function toInbound(msg: Message, options: { account: string; edited: boolean }): InboundMessage {
  const from = msg.from;
  const ownContact = msg.contact && (!msg.contact.user_id || msg.contact.user_id === from?.id);
  const name = [from?.first_name, from?.last_name].filter(Boolean).join(" ") || undefined;
  const text = msg.text ?? msg.caption ?? (msg.contact ? msg.contact.phone_number : "");
  const at = (options.edited && msg.edit_date ? msg.edit_date : msg.date) * 1000;
  return {
    channel: "telegram",
    account: options.account,
    externalId: tgExternalId(msg.chat.id, msg.message_id),
    sender: {
      telegramId: from ? String(from.id) : String(msg.chat.id),
      name,
      username: from?.username,
      languageCode: from?.language_code,
      ...(ownContact && msg.contact ? { phone: msg.contact.phone_number } : {}),
    },
    receivedAt: new Date(at).toISOString(),
    text,
    kind: kindOf(msg),
    replyToExternalId: msg.reply_to_message ? tgExternalId(msg.chat.id, msg.reply_to_message.message_id) : null,
    edited: options.edited,
    attachments: attachmentsOf(msg),
    raw: msg,
  };
}
