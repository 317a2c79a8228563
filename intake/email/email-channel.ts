import type { Ingest } from "../ports.js";
import type { MailboxCheckpointStore } from "./checkpoint-store.js";
import type { MailboxConfig } from "./mailbox-config.js";
import {
  createMailboxWorker,
  DEFAULT_WORKER_SETTINGS,
  type EmailLogger,
  type MailboxDownEvent,
  type MailboxStatus,
  type MailboxUpEvent,
  type MailboxWorker,
  type MailboxWorkerSettings,
} from "./mailbox-worker.js";

export interface EmailChannelOptions {
  mailboxes: MailboxConfig[];
  ingest: Ingest;
  checkpoints: MailboxCheckpointStore;
  logger: EmailLogger;
  /** A mailbox has been down longer than `settings.downAlertAfterMs`: tell the managers. */
  onMailboxDown?: (e: MailboxDownEvent) => void | Promise<void>;
  /** A mailbox that was reported down works again. */
  onMailboxUp?: (e: MailboxUpEvent) => void | Promise<void>;
  settings?: Partial<MailboxWorkerSettings>;
}

export interface EmailChannel {
  /** Starts every mailbox; resolves at once (mailboxes connect in the background, each on its own). */
  start(): Promise<void>;
  /** Stops every mailbox and closes its connection. */
  stop(): Promise<void>;
  status(): MailboxStatus[];
  /** True unless a mailbox has been down longer than the alert threshold (for /readyz). */
  ready(): boolean;
}

/**
 * Email intake: one independent worker per mailbox, so a mailbox with a wrong password or a dead server
 * never holds up the others.
 */
export function createEmailChannel(options: EmailChannelOptions): EmailChannel {
  const settings = { ...DEFAULT_WORKER_SETTINGS, ...options.settings };
  const workers: MailboxWorker[] = options.mailboxes.map((mailbox) =>
    createMailboxWorker({
      mailbox,
      ingest: options.ingest,
      checkpoints: options.checkpoints,
      logger: options.logger,
      settings,
      ...(options.onMailboxDown ? { onMailboxDown: options.onMailboxDown } : {}),
      ...(options.onMailboxUp ? { onMailboxUp: options.onMailboxUp } : {}),
    }),
  );
  return {
    async start() {
      for (const w of workers) w.start();
    },
    async stop() {
      await Promise.all(workers.map((w) => w.stop()));
    },
    status() {
      return workers.map((w) => w.status());
    },
    ready() {
      return workers.every((w) => !w.status().alert);
    },
  };
}
