/**
 * Where each mailbox's sync position is kept. The position is advanced only after a message is stored,
 * so after a crash or an outage the mailbox is fetched again from the last stored UID; the idempotent
 * ingest absorbs the few messages that were stored but not yet checkpointed.
 */

export interface MailboxCheckpoint {
  /** The folder's UIDVALIDITY when `lastUid` was read; a different value means the UIDs were renumbered. */
  uidValidity: bigint;
  /** The highest UID whose message is stored. */
  lastUid: number;
}

export interface MailboxCheckpointStore {
  get(mailbox: string): Promise<MailboxCheckpoint | null>;
  set(mailbox: string, checkpoint: MailboxCheckpoint): Promise<void>;
}

/** In-memory checkpoints, for tests and benchmarks. */
export function createMemoryCheckpointStore(initial: Record<string, MailboxCheckpoint> = {}): MailboxCheckpointStore & {
  snapshot(): Record<string, MailboxCheckpoint>;
} {
  const data = new Map(Object.entries(initial));
  return {
    async get(mailbox) {
      const cp = data.get(mailbox);
      return cp ? { ...cp } : null;
    },
    async set(mailbox, checkpoint) {
      data.set(mailbox, { ...checkpoint });
    },
    snapshot() {
      return Object.fromEntries([...data].map(([k, v]) => [k, { ...v }]));
    },
  };
}
