import type { Channel, InboundMessage, Lang, Order, OrderEvent } from "../core/types.js";

/**
 * The seams between channels and the pipeline. Channel adapters (bots/, intake/email) receive an `Ingest`
 * function and register `ChannelSender`s; they never touch storage directly for orders.
 */

export interface IngestResult {
  /** Stored message id. */
  messageId: string;
  /** True when the same channel message (same content) was already stored: nothing new happens. */
  duplicate: boolean;
}

/** Stores the message first (idempotently), then schedules its processing. Resolves once stored. */
export type Ingest = (message: InboundMessage) => Promise<IngestResult>;

/** Where a reply to a customer goes: the customer's own chat or mailbox, in the thread of their order. */
export interface OutboundMessage {
  channel: Channel;
  /** The account to send from (bot id, mailbox name); the account the customer wrote to. */
  account: string;
  /** Channel address: Telegram chat id, WhatsApp id, email address. */
  to: string;
  lang: Lang;
  text: string;
  /** Optional HTML body (email). */
  html?: string;
  /** Email subject; for messengers unused. */
  subject?: string;
  /** Thread: email In-Reply-To/References, messenger message to reply to. */
  inReplyTo?: string;
  references?: string[];
  orderId?: string;
  orderNumber?: number;
  kind: "order_received" | "question" | "status" | "manager_reply" | "other";
}

export interface SendResult {
  /** The channel's id of the sent message (email Message-ID, Telegram chat:message). */
  externalId: string;
}

/** A channel that can reach customers. Throws `ChannelError` on failure (retryable or not). */
export interface ChannelSender {
  readonly channel: Channel;
  send(message: OutboundMessage): Promise<SendResult>;
}

/** An order event with the order as it is after the event, as published to channels. */
export interface PublishedEvent {
  event: OrderEvent;
  order: Order;
}

export type OrderEventHandler = (published: PublishedEvent) => Promise<void>;

/** A message the pipeline processed that belongs to no order: managers should still see it. */
export interface UnattachedMessage {
  messageId: string;
  revision: number;
  customerId: string;
  channel: Channel;
}

export type UnattachedHandler = (m: UnattachedMessage) => Promise<void>;
