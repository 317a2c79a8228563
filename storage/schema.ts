import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import type { Actor, AttachmentMeta, ParsedMessage, Sender, UnknownItem } from "../core/types.js";

/** The database schema. Migrations in storage/migrations are generated from it by drizzle-kit. */

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
const createdAt = () => ts("created_at").notNull().defaultNow();

export const customers = pgTable("customers", {
  id: text("id").primaryKey(),
  name: text("name"),
  lang: text("lang"),
  /** The customer cannot be reached on their channel (bot blocked, mail bounced). */
  unreachable: boolean("unreachable").notNull().default(false),
  unreachableReason: text("unreachable_reason"),
  /** Set when this customer turned out to be another one seen through a second channel. */
  mergedInto: text("merged_into"),
  createdAt: createdAt(),
  updatedAt: ts("updated_at").notNull().defaultNow(),
});

export const customerIdentities = pgTable(
  "customer_identities",
  {
    id: serial("id").primaryKey(),
    customerId: text("customer_id")
      .notNull()
      .references(() => customers.id),
    kind: text("kind").notNull(),
    value: text("value").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("customer_identities_kind_value").on(t.kind, t.value),
    index("customer_identities_customer").on(t.customerId),
  ],
);

export const inboundMessages = pgTable(
  "inbound_messages",
  {
    id: text("id").primaryKey(),
    channel: text("channel").notNull(),
    account: text("account").notNull(),
    externalId: text("external_id").notNull(),
    /** Bumped by every edit with new content; processing is done once per revision. */
    revision: integer("revision").notNull().default(1),
    contentHash: text("content_hash").notNull(),
    sender: jsonb("sender").$type<Sender>().notNull(),
    receivedAt: ts("received_at").notNull(),
    /** `receivedAt` as the channel gave it, with its UTC offset (relative dates resolve in it). */
    receivedAtText: text("received_at_text").notNull(),
    text: text("text").notNull(),
    subject: text("subject"),
    kind: text("kind").notNull().default("text"),
    inReplyTo: text("in_reply_to"),
    references: jsonb("references").$type<string[]>().notNull().default([]),
    replyToExternalId: text("reply_to_external_id"),
    edited: boolean("edited").notNull().default(false),
    headers: jsonb("headers").$type<Record<string, string>>().notNull().default({}),
    attachments: jsonb("attachments").$type<AttachmentMeta[]>().notNull().default([]),
    raw: jsonb("raw"),
    /** stored → processed | failed. */
    status: text("status").notNull().default("stored"),
    error: text("error"),
    attempts: integer("attempts").notNull().default(0),
    processedRevision: integer("processed_revision"),
    customerId: text("customer_id"),
    parsed: jsonb("parsed").$type<ParsedMessage>(),
    createdAt: createdAt(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("inbound_messages_channel_account_external").on(t.channel, t.account, t.externalId),
    index("inbound_messages_status").on(t.status),
    index("inbound_messages_external").on(t.channel, t.externalId),
    index("inbound_messages_customer").on(t.customerId),
  ],
);

/** Earlier contents of edited messages. */
export const messageRevisions = pgTable(
  "message_revisions",
  {
    messageId: text("message_id")
      .notNull()
      .references(() => inboundMessages.id),
    revision: integer("revision").notNull(),
    text: text("text").notNull(),
    receivedAtText: text("received_at_text").notNull(),
    raw: jsonb("raw"),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.messageId, t.revision] })],
);

export const orderNumberSeq = pgSequence("order_number_seq", { startWith: 1001 });

export const orders = pgTable(
  "orders",
  {
    id: text("id").primaryKey(),
    number: integer("number").notNull().unique().default(sql`nextval('order_number_seq')`),
    status: text("status").notNull(),
    confirmedAt: ts("confirmed_at"),
    customerId: text("customer_id")
      .notNull()
      .references(() => customers.id),
    channel: text("channel").notNull(),
    account: text("account").notNull(),
    phone: text("phone"),
    email: text("email"),
    name: text("name"),
    address: text("address"),
    deliveryDate: date("delivery_date", { mode: "string" }),
    assigneeId: text("assignee_id"),
    needsReview: boolean("needs_review").notNull().default(false),
    reviewReasons: jsonb("review_reasons").$type<string[]>().notNull().default([]),
    unknownItems: jsonb("unknown_items").$type<UnknownItem[]>().notNull().default([]),
    cancelReason: text("cancel_reason"),
    currency: text("currency").notNull(),
    lastMessageAt: ts("last_message_at").notNull(),
    createdAt: createdAt(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("orders_customer").on(t.customerId),
    index("orders_status").on(t.status),
    index("orders_created").on(t.createdAt, t.id),
  ],
);

export const orderLines = pgTable(
  "order_lines",
  {
    orderId: text("order_id")
      .notNull()
      .references(() => orders.id),
    position: integer("position").notNull(),
    sku: text("sku").notNull(),
    name: text("name").notNull(),
    qty: doublePrecision("qty").notNull(),
    unit: text("unit").notNull(),
    price: doublePrecision("price"),
  },
  (t) => [primaryKey({ columns: [t.orderId, t.position] })],
);

/** Which messages make up an order, and what each contributed. A message belongs to at most one order. */
export const orderMessages = pgTable(
  "order_messages",
  {
    messageId: text("message_id")
      .primaryKey()
      .references(() => inboundMessages.id),
    orderId: text("order_id")
      .notNull()
      .references(() => orders.id),
    /** order: lines; details: phone/address/date only; note: shown to managers, changes nothing; auto_reply. */
    role: text("role").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("order_messages_order").on(t.orderId)],
);

/** The audit history: every change of an order, who made it, when, before and after. */
export const orderEvents = pgTable(
  "order_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    orderId: text("order_id")
      .notNull()
      .references(() => orders.id),
    type: text("type").notNull(),
    at: ts("at").notNull(),
    actor: jsonb("actor").$type<Actor>().notNull(),
    before: jsonb("before").$type<Record<string, unknown>>(),
    after: jsonb("after").$type<Record<string, unknown>>(),
    reason: text("reason"),
    createdAt: createdAt(),
  },
  (t) => [index("order_events_order").on(t.orderId, t.id)],
);

export const managers = pgTable("managers", {
  id: text("id").primaryKey(),
  telegramId: text("telegram_id").unique(),
  username: text("username"),
  name: text("name"),
  role: text("role").notNull().default("manager"),
  lang: text("lang"),
  active: boolean("active").notNull().default(true),
  createdAt: createdAt(),
});

export const products = pgTable("products", {
  sku: text("sku").primaryKey(),
  name: text("name").notNull(),
  aliases: jsonb("aliases").$type<string[]>().notNull().default([]),
  unit: text("unit").notNull(),
  price: doublePrecision("price").notNull(),
  packSize: integer("pack_size"),
  active: boolean("active").notNull().default(true),
  updatedAt: ts("updated_at").notNull().defaultNow(),
});

/** IMAP sync position per mailbox: advanced only after the message is stored. */
export const mailboxCheckpoints = pgTable("mailbox_checkpoints", {
  mailbox: text("mailbox").primaryKey(),
  uidValidity: bigint("uid_validity", { mode: "number" }).notNull(),
  lastUid: bigint("last_uid", { mode: "number" }).notNull(),
  updatedAt: ts("updated_at").notNull().defaultNow(),
});

/** What the hub sent to customers; the external id lets replies find their order. */
export const outboundMessages = pgTable(
  "outbound_messages",
  {
    id: text("id").primaryKey(),
    orderId: text("order_id"),
    channel: text("channel").notNull(),
    account: text("account").notNull(),
    recipient: text("recipient").notNull(),
    externalId: text("external_id"),
    kind: text("kind").notNull(),
    text: text("text").notNull(),
    status: text("status").notNull(),
    error: text("error"),
    createdAt: createdAt(),
  },
  (t) => [
    index("outbound_messages_external").on(t.channel, t.externalId),
    index("outbound_messages_order").on(t.orderId),
  ],
);

/** The managers' card of an order in a chat (Telegram group): edited in place on every change. */
export const orderCards = pgTable(
  "order_cards",
  {
    orderId: text("order_id")
      .notNull()
      .references(() => orders.id),
    channel: text("channel").notNull(),
    chatId: text("chat_id").notNull(),
    messageId: text("message_id").notNull(),
    threadId: text("thread_id"),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orderId, t.channel, t.chatId] }),
    uniqueIndex("order_cards_message").on(t.channel, t.chatId, t.messageId),
  ],
);

/** Per-chat settings of a channel, e.g. the managers' group language chosen with /lang. */
export const chatSettings = pgTable(
  "chat_settings",
  {
    channel: text("channel").notNull(),
    chatId: text("chat_id").notNull(),
    lang: text("lang"),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.channel, t.chatId] })],
);

/** The questions already asked about an order (one per field), so none is asked twice. */
export const askedQuestions = pgTable(
  "asked_questions",
  {
    orderId: text("order_id")
      .notNull()
      .references(() => orders.id),
    field: text("field").notNull(),
    askedAt: ts("asked_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orderId, t.field] })],
);

/**
 * Notices shown to managers about a customer message that belongs to no order (a question, a voice
 * message): one per message, and the notice's own message id so a manager's reply reaches the customer.
 */
export const inboxNotices = pgTable(
  "inbox_notices",
  {
    inboundMessageId: text("inbound_message_id")
      .primaryKey()
      .references(() => inboundMessages.id),
    channel: text("channel").notNull(),
    chatId: text("chat_id").notNull(),
    messageId: text("message_id"),
    createdAt: createdAt(),
  },
  (t) => [index("inbox_notices_message").on(t.channel, t.chatId, t.messageId)],
);
