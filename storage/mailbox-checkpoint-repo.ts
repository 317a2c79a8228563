import { eq, sql } from "drizzle-orm";
import type { MailboxCheckpoint, MailboxCheckpointStore } from "../intake/email/checkpoint-store.js";
import type { Database } from "./database.js";
import { mailboxCheckpoints } from "./schema.js";

/** IMAP sync positions in the `mailbox_checkpoints` table (one row per mailbox, upserted). */
export function createMailboxCheckpointRepo(database: Database): MailboxCheckpointStore {
  const { db } = database;
  return {
    async get(mailbox: string): Promise<MailboxCheckpoint | null> {
      const [row] = await db
        .select({ uidValidity: mailboxCheckpoints.uidValidity, lastUid: mailboxCheckpoints.lastUid })
        .from(mailboxCheckpoints)
        .where(eq(mailboxCheckpoints.mailbox, mailbox));
      return row ? { uidValidity: BigInt(row.uidValidity), lastUid: Number(row.lastUid) } : null;
    },
    async set(mailbox: string, checkpoint: MailboxCheckpoint): Promise<void> {
      // UIDVALIDITY is a 32-bit unsigned value, so the column's number mode holds it exactly.
      const values = {
        mailbox,
        uidValidity: Number(checkpoint.uidValidity),
        lastUid: checkpoint.lastUid,
        updatedAt: new Date(),
      };
      await db
        .insert(mailboxCheckpoints)
        .values(values)
        .onConflictDoUpdate({
          target: mailboxCheckpoints.mailbox,
          set: {
            uidValidity: sql`excluded.uid_validity`,
            lastUid: sql`excluded.last_uid`,
            updatedAt: sql`excluded.updated_at`,
          },
        });
    },
  };
}
