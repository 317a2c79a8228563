import type { InboundMessage } from "../../../core/types.js";
import type { Ingest, IngestResult } from "../../../intake/ports.js";

/**
 * An in-memory `Ingest` with the pipeline's contract: idempotent on channel + account + externalId, and
 * resolving only once the message is "stored". Counts every call so tests can see re-deliveries.
 */
export interface FakeIngest {
  ingest: Ingest;
  /** Stored messages, first delivery of each key, in arrival order. */
  stored: InboundMessage[];
  /** How many times each key was delivered (1 = exactly once). */
  deliveries: Map<string, number>;
  /** Makes the next `n` calls fail before storing (a database outage). */
  failNext(n: number): void;
  /** Holds every call until `release()` (to stop a server mid-sync). */
  hold(): { release(): void };
  byExternalId(id: string): InboundMessage | undefined;
}

export function createFakeIngest(): FakeIngest {
  const stored: InboundMessage[] = [];
  const keys = new Map<string, string>();
  const deliveries = new Map<string, number>();
  let failures = 0;
  let gate: Promise<void> | null = null;

  const ingest: Ingest = async (message): Promise<IngestResult> => {
    if (gate) await gate;
    if (failures > 0) {
      failures--;
      throw new Error("database unavailable");
    }
    const key = `${message.channel}\u0000${message.account}\u0000${message.externalId}`;
    deliveries.set(key, (deliveries.get(key) ?? 0) + 1);
    const existing = keys.get(key);
    if (existing) return { messageId: existing, duplicate: true };
    const id = `m${stored.length + 1}`;
    keys.set(key, id);
    stored.push(structuredClone(message));
    return { messageId: id, duplicate: false };
  };

  return {
    ingest,
    stored,
    deliveries,
    failNext(n) {
      failures = n;
    },
    hold() {
      let release: () => void = () => undefined;
      gate = new Promise<void>((r) => {
        release = () => {
          gate = null;
          r();
        };
      });
      return { release };
    },
    byExternalId(id) {
      return stored.find((m) => m.externalId === id);
    },
  };
}

/** Polls until `check` passes or the time runs out (then fails with `what`). */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** `waitFor` for a check that has to ask something asynchronous (a database). */
export async function waitForAsync(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A logger that keeps lines in memory (and can be checked for leaked secrets). */
export function createMemoryLogger() {
  const lines: string[] = [];
  const at = (level: string) => (msg: string, fields?: Record<string, unknown>) => {
    lines.push(`${level} ${msg} ${JSON.stringify(fields ?? {})}`);
  };
  return { lines, debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}
