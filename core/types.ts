/**
 * The order domain's vocabulary. Every channel turns its native update into an `InboundMessage`;
 * everything after that (parsing, merging, workflow, notifications) speaks only these types.
 */

export type Channel = "telegram" | "whatsapp" | "email" | "api";
export const CHANNELS: readonly Channel[] = ["telegram", "whatsapp", "email", "api"];

export type Lang = "ru" | "uk" | "en";
export const LANGS: readonly Lang[] = ["ru", "uk", "en"];

/** Who sent a message, as far as the channel knows. Any field may be missing. */
export interface Sender {
  telegramId?: string;
  whatsappId?: string;
  phone?: string;
  email?: string;
  name?: string;
  /** Telegram `username`, WhatsApp push name etc.; informational only. */
  username?: string;
  /** The sender's interface language as the channel reports it (e.g. Telegram `language_code`). */
  languageCode?: string;
}

/** A customer identity kind; identities are how one customer is recognised across channels. */
export type IdentityKind = "telegram" | "whatsapp" | "phone" | "email";

export interface Identity {
  kind: IdentityKind;
  value: string;
}

export interface AttachmentMeta {
  filename?: string;
  contentType: string;
  size: number;
  /** Channel-specific reference to fetch the content again (Telegram file_id, media id, stored path). */
  ref?: string;
  /** True when the content was not kept because it exceeded the size limit. */
  truncated?: boolean;
}

/** What kind of content the message carries; non-text kinds are stored and shown to managers. */
export type MessageKind =
  | "text"
  | "photo"
  | "document"
  | "voice"
  | "audio"
  | "video"
  | "sticker"
  | "contact"
  | "location"
  | "other";

/**
 * One message from any channel, normalized. It is stored before anything else happens.
 * `receivedAt` is an ISO 8601 timestamp and keeps the sender's UTC offset when the channel gives one,
 * because relative dates ("tomorrow") are resolved in that offset.
 */
export interface InboundMessage {
  channel: Channel;
  /** The receiving account: bot id, mailbox name, WhatsApp business number. */
  account: string;
  /** The channel's own id: Telegram chat:message, WhatsApp message id, email Message-ID. */
  externalId: string;
  sender: Sender;
  receivedAt: string;
  text: string;
  subject?: string | null;
  kind?: MessageKind;
  /** Email In-Reply-To. */
  inReplyTo?: string | null;
  /** Email References, oldest first. */
  references?: string[];
  /** Messenger reply: the external id of the message replied to. */
  replyToExternalId?: string | null;
  /** A messenger edit of the message with the same external id. */
  edited?: boolean;
  /** Extra headers (email), e.g. Auto-Submitted, Content-Type. Keys as written. */
  headers?: Record<string, string>;
  attachments?: AttachmentMeta[];
  /** The channel's raw payload, kept so the message can be reprocessed. */
  raw?: unknown;
}

export type Unit = "pcs" | "kg" | "g" | "l" | "ml" | "m" | "pack" | "box" | "set";
export const UNITS: readonly Unit[] = ["pcs", "kg", "g", "l", "ml", "m", "pack", "box", "set"];

export interface Product {
  sku: string;
  name: string;
  aliases?: string[];
  unit: Unit;
  price: number;
  /** Pieces per pack, when the product is a pack of countable things (e.g. 50 cups). Optional. */
  packSize?: number;
}

export interface Catalog {
  currency: string;
  products: Product[];
}

/** A catalog line understood in a message. `qty` is in the product's catalog unit. */
export interface ParsedLine {
  sku: string;
  qty: number;
  /** How sure the parser is about this line, 0..1. */
  confidence: number;
  /** The text span the line was read from, for managers and for debugging. */
  source?: string;
}

/** Something the customer asked for that is not in the catalog. */
export interface UnknownItem {
  text: string;
  qty?: number;
  /** Closest catalog SKUs, best first; never applied automatically. */
  suggestions: string[];
}

/** What a message is, judged by the parser. */
export type MessageIntent =
  | "order" // carries catalog lines or unknown items asked for
  | "details" // only delivery details: phone, address, date, name
  | "greeting"
  | "question"
  | "thanks"
  | "complaint" // about goods already delivered ("received X instead of Y")
  | "auto_reply"
  | "spam"
  | "other";

/** The parser's reading of one message. Pure data; no ids from storage. */
export interface ParsedMessage {
  isOrder: boolean;
  intent: MessageIntent;
  items: ParsedLine[];
  unknownItems: UnknownItem[];
  phone: string | null;
  email: string | null;
  name: string | null;
  address: string | null;
  /** ISO date (YYYY-MM-DD) resolved against the message time. */
  deliveryDate: string | null;
  /** The customer says this is a separate, additional order. */
  separateOrder: boolean;
  /** The message adds to what was ordered ("и ещё", "also add") rather than restating it. */
  additive: boolean;
  /** Overall confidence 0..1 and per-field confidence. */
  confidence: number;
  fieldConfidence: Partial<Record<"items" | "phone" | "address" | "deliveryDate" | "email" | "name", number>>;
  needsReview: boolean;
  reviewReasons: string[];
  /** Which engine produced this reading. */
  engine: "rules" | "llm";
  /** Notes for managers, e.g. "LLM unavailable, rules used". */
  notes?: string[];
}

export interface OrderLine {
  sku: string;
  name: string;
  qty: number;
  unit: Unit;
  /** Unit price at the time of the order; null for lines without a catalog price. */
  price: number | null;
}

export type Role = "admin" | "manager" | "viewer";

/** Who did something: a manager, the system (pipeline, timers), the customer, or an API client. */
export type Actor =
  | { type: "system"; name?: string }
  | { type: "customer"; customerId: string }
  | { type: "manager"; managerId: string; name?: string; telegramId?: string }
  | { type: "api"; name?: string };

export interface Order {
  id: string;
  number: number;
  status: string;
  /** Set when a manager confirmed the draft (or moved it on); a draft has none. */
  confirmedAt: string | null;
  customerId: string;
  channel: Channel;
  lines: OrderLine[];
  unknownItems: UnknownItem[];
  phone: string | null;
  email: string | null;
  name: string | null;
  address: string | null;
  deliveryDate: string | null;
  assigneeId: string | null;
  needsReview: boolean;
  reviewReasons: string[];
  cancelReason: string | null;
  currency: string;
  /** Time of the last customer message that joined this order (the merge window runs from it). */
  lastMessageAt: string;
  createdAt: string;
  updatedAt: string;
  /** Optimistic concurrency: bumped on every write. */
  version: number;
}

/** An event produced by a domain operation; stored in the audit history and published to channels. */
export interface OrderEvent {
  type:
    | "order.created"
    | "order.updated"
    | "order.confirmed"
    | "order.status_changed"
    | "order.assigned"
    | "order.note_added"
    /** A cross-posted duplicate folded into its twin; `after.mergedInto` names the surviving order. */
    | "order.merged";
  orderId: string;
  at: string;
  actor: Actor;
  /** Changed fields, before and after. */
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  reason?: string;
}
