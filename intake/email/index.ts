/**
 * The email channel: IMAP mailboxes in (exactly once, per-mailbox checkpoints), SMTP replies out in the
 * customer's thread. The composition root wires `createEmailChannel` to the pipeline's `ingest` and a
 * checkpoint store, and registers `createSmtpSender` as the "email" `ChannelSender`.
 */

export {
  createMemoryCheckpointStore,
  type MailboxCheckpoint,
  type MailboxCheckpointStore,
} from "./checkpoint-store.js";
export { type BounceInfo, classifyMail, extractBounce, type MailClass } from "./classify-mail.js";
export { createEmailChannel, type EmailChannel, type EmailChannelOptions } from "./email-channel.js";
export {
  DEFAULT_POLL_INTERVAL_MS,
  describeMailbox,
  type MailboxConfig,
  MailboxConfigError,
  type MailboxSources,
  type ProcessedAction,
  parseImapUrl,
  parseMailboxesConfig,
  parseMailboxesFile,
} from "./mailbox-config.js";
export {
  DEFAULT_WORKER_SETTINGS,
  type EmailLogger,
  type MailboxDownEvent,
  type MailboxStatus,
  type MailboxUpEvent,
  type MailboxWorkerSettings,
} from "./mailbox-worker.js";
export {
  type EmailAttachment,
  type EmailRaw,
  MAX_TEXT_CHARS,
  mailToInbound,
  parseMail,
  type ToInboundOptions,
  toInboundMessage,
} from "./parse-mail.js";
export { createSmtpSender, type SmtpSenderOptions } from "./smtp-sender.js";
export { type SplitReply, splitReply } from "./split-reply.js";
export {
  createOrderMessageId,
  orderNumberFromMessageId,
  orderNumberFromSubject,
  orderNumberFromThread,
  orderSubject,
  stableMessageId,
} from "./thread-ids.js";
