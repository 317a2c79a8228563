import { ImapFlow, type ImapFlowOptions } from "imapflow";
import { isDomainError } from "../../core/errors.js";
import type { InboundMessage } from "../../core/types.js";
import type { Ingest } from "../ports.js";
import type { MailboxCheckpoint, MailboxCheckpointStore } from "./checkpoint-store.js";
import type { MailboxConfig } from "./mailbox-config.js";
import { mailToInbound } from "./parse-mail.js";

/**
 * One mailbox, kept in sync for as long as it runs: connect, fetch everything past the checkpoint, wait
 * (IDLE where the server has it, a poll timer always), repeat; on any failure reconnect with backoff. The
 * checkpoint moves only after `ingest` resolved for a message, and the message is flagged or moved only
 * after that, so an outage, a crash or a UIDVALIDITY change can neither lose nor double a message.
 */

export interface EmailLogger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

export type MailboxState = "connecting" | "syncing" | "waiting" | "down" | "stopped";

export interface MailboxStatus {
  name: string;
  state: MailboxState;
  /** Connected and in sync (or syncing). */
  up: boolean;
  /** Since when the mailbox has been unreachable (ISO), null while up. */
  downSince: string | null;
  /** Down for longer than the alert threshold: /readyz fails and managers were told. */
  alert: boolean;
  /** The last failure, without secrets. */
  lastError: string | null;
  lastSyncAt: string | null;
  lastUid: number | null;
  uidValidity: string | null;
  /** Whether the server offers IDLE (null before the first connection). */
  idle: boolean | null;
  /** Messages stored (new or duplicate) since start. */
  stored: number;
}

export interface MailboxDownEvent {
  mailbox: string;
  since: string;
  error: string | null;
}

export interface MailboxUpEvent {
  mailbox: string;
  downSince: string;
}

export interface MailboxWorkerSettings {
  /** First reconnect delay; doubles up to `backoffMaxMs`, with jitter. */
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** A mailbox down longer than this is reported (status `alert`, `onMailboxDown`). */
  downAlertAfterMs: number;
  maxAttachmentBytes: number;
  /** Messages fetched per FETCH command (also capped by `batchMaxBytes`). */
  batchSize: number;
  batchMaxBytes: number;
  /** Socket inactivity timeout; IDLE is restarted well within it. */
  socketTimeoutMs: number;
}

export const DEFAULT_WORKER_SETTINGS: MailboxWorkerSettings = {
  backoffBaseMs: 1_000,
  backoffMaxMs: 60_000,
  downAlertAfterMs: 10 * 60_000,
  maxAttachmentBytes: 10 * 1024 * 1024,
  batchSize: 200,
  batchMaxBytes: 32 * 1024 * 1024,
  socketTimeoutMs: 5 * 60_000,
};

export interface MailboxWorkerDeps {
  mailbox: MailboxConfig;
  ingest: Ingest;
  checkpoints: MailboxCheckpointStore;
  logger: EmailLogger;
  settings: MailboxWorkerSettings;
  onMailboxDown?: (e: MailboxDownEvent) => void | Promise<void>;
  onMailboxUp?: (e: MailboxUpEvent) => void | Promise<void>;
}

export interface MailboxWorker {
  start(): void;
  stop(): Promise<void>;
  status(): MailboxStatus;
}

class ConnectionLost extends Error {
  override readonly name = "ConnectionLost";
}

export function createMailboxWorker(deps: MailboxWorkerDeps): MailboxWorker {
  const { mailbox: box, settings, logger } = deps;
  const log = (level: keyof EmailLogger, msg: string, fields: Record<string, unknown> = {}) =>
    logger[level](msg, { mailbox: box.name, ...fields });

  let stopped = false;
  let running: Promise<void> | null = null;
  let client: ImapFlow | null = null;
  let wake: (() => void) | null = null;
  let pending = false;
  let alertTimer: NodeJS.Timeout | null = null;
  /** Whether the current session got as far as an open mailbox (resets the backoff). */
  let connected = false;

  const status: MailboxStatus = {
    name: box.name,
    state: "connecting",
    up: false,
    downSince: new Date().toISOString(),
    alert: false,
    lastError: null,
    lastSyncAt: null,
    lastUid: null,
    uidValidity: null,
    idle: null,
    stored: 0,
  };

  function signal() {
    pending = true;
    wake?.();
  }

  function armAlert() {
    if (alertTimer || status.alert || stopped) return;
    alertTimer = setTimeout(() => {
      alertTimer = null;
      if (status.up || stopped) return;
      status.alert = true;
      log("error", "mailbox is down", { since: status.downSince, error: status.lastError });
      void Promise.resolve(
        deps.onMailboxDown?.({
          mailbox: box.name,
          since: status.downSince ?? "",
          error: status.lastError ?? "not connected yet",
        }),
      ).catch((err) => log("warn", "onMailboxDown handler failed", { error: describeError(err) }));
    }, settings.downAlertAfterMs);
    alertTimer.unref?.();
  }

  function markUp() {
    const wasAlert = status.alert;
    const since = status.downSince;
    status.up = true;
    status.downSince = null;
    status.alert = false;
    status.lastError = null;
    if (alertTimer) clearTimeout(alertTimer);
    alertTimer = null;
    if (wasAlert && since) {
      log("info", "mailbox is back", { downSince: since });
      void Promise.resolve(deps.onMailboxUp?.({ mailbox: box.name, downSince: since })).catch(() => undefined);
    }
  }

  function markDown(err: unknown) {
    status.up = false;
    status.state = "down";
    status.lastError = describeError(err);
    status.downSince ??= new Date().toISOString();
    armAlert();
  }

  function newClient(): ImapFlow {
    const auth =
      "accessToken" in box.auth
        ? { user: box.auth.user, accessToken: box.auth.accessToken }
        : { user: box.auth.user, pass: box.auth.password };
    const options: ImapFlowOptions = {
      host: box.host,
      port: box.port,
      secure: box.tls,
      auth,
      logger: false,
      disableAutoIdle: true,
      socketTimeout: settings.socketTimeoutMs,
      connectionTimeout: 30_000,
      greetingTimeout: 16_000,
      maxIdleTime: Math.min(box.pollIntervalMs, settings.socketTimeoutMs / 2),
      ...(box.insecureTls ? { tls: { rejectUnauthorized: false } } : {}),
    };
    return new ImapFlow(options);
  }

  async function session(): Promise<void> {
    status.state = "connecting";
    const c = newClient();
    client = c;
    const closed = new Promise<never>((_, reject) => {
      c.once("close", () => reject(new ConnectionLost("connection closed")));
    });
    closed.catch(() => undefined);
    // ImapFlow emits at most one 'error' and then closes; without a listener it would crash the process.
    c.on("error", (err: Error) => log("warn", "IMAP connection error", { error: describeError(err) }));
    c.on("exists", () => signal());
    try {
      await c.connect();
      if (stopped) return;
      if (box.processed.action === "move") await ensureFolder(c, box.processed.folder);
      await c.mailboxOpen(box.folder, { readOnly: box.processed.action === "leave" });
      status.idle = c.capabilities.has("IDLE");
      connected = true;
      markUp();
      log("info", "mailbox connected", { idle: status.idle });

      while (!stopped) {
        pending = false;
        status.state = "syncing";
        // Not raced with `closed`: a lost connection fails the next IMAP command, and a sync must not
        // go on writing checkpoints after a newer session started.
        await syncOnce(c);
        status.lastSyncAt = new Date().toISOString();
        if (stopped) return;
        if (pending) continue;
        status.state = "waiting";
        await Promise.race([waitForNews(c, box.pollIntervalMs), closed]);
      }
    } finally {
      client = null;
      if (!c.isClosed) {
        if (stopped) await withTimeout(c.logout(), 2_000).catch(() => undefined);
        c.close();
      }
    }
  }

  async function waitForNews(c: ImapFlow, pollMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const woken = new Promise<void>((resolve) => {
      wake = resolve;
      timer = setTimeout(resolve, pollMs);
    });
    // IDLE ends by itself when the next command (the sync) is sent.
    if (status.idle) void c.idle().catch(() => undefined);
    try {
      await woken;
    } finally {
      wake = null;
      if (timer) clearTimeout(timer);
    }
  }

  async function syncOnce(c: ImapFlow): Promise<void> {
    const opened = c.mailbox;
    if (!opened) throw new ConnectionLost("mailbox is not selected");
    const uidValidity = BigInt(opened.uidValidity);
    let cp: MailboxCheckpoint | null = await deps.checkpoints.get(box.name);
    if (!cp || BigInt(cp.uidValidity) !== uidValidity) {
      if (cp) {
        log("warn", "UIDVALIDITY changed: rescanning the folder (Message-ID dedup prevents doubles)", {
          was: cp.uidValidity.toString(),
          now: uidValidity.toString(),
        });
      }
      cp = { uidValidity, lastUid: 0 };
      await deps.checkpoints.set(box.name, cp);
    }
    status.uidValidity = uidValidity.toString();
    status.lastUid = cp.lastUid;

    const listing = await c.fetchAll(`${cp.lastUid + 1}:*`, { uid: true, size: true }, { uid: true });
    const fresh = listing.filter((m) => m.uid > (cp?.lastUid ?? 0)).sort((a, b) => a.uid - b.uid);
    if (!fresh.length) return;
    log("debug", "new messages", { count: fresh.length, after: cp.lastUid });

    for (const batch of batches(fresh, settings.batchSize, settings.batchMaxBytes)) {
      if (stopped) return;
      const fetched = await c.fetchAll(
        batch.map((m) => m.uid).join(","),
        { uid: true, source: true, internalDate: true },
        { uid: true },
      );
      fetched.sort((a, b) => a.uid - b.uid);
      const storedUids: number[] = [];
      for (const msg of fetched) {
        if (!msg.source) continue;
        const internalDate = msg.internalDate ? new Date(msg.internalDate) : undefined;
        const inbound = await mailToInbound(msg.source, box.name, {
          uid: msg.uid,
          uidValidity,
          maxAttachmentBytes: settings.maxAttachmentBytes,
          ...(internalDate ? { internalDate } : {}),
        });
        await store(inbound);
        await deps.checkpoints.set(box.name, { uidValidity, lastUid: msg.uid });
        status.lastUid = msg.uid;
        status.stored++;
        storedUids.push(msg.uid);
      }
      // Messages expunged between listing and fetching are gone; move past them too.
      const last = batch[batch.length - 1]?.uid;
      if (last !== undefined && last > (status.lastUid ?? 0)) {
        await deps.checkpoints.set(box.name, { uidValidity, lastUid: last });
        status.lastUid = last;
      }
      if (storedUids.length) await markProcessed(c, storedUids);
    }
  }

  /** Stores one message; a message the pipeline rejects as invalid is stored as a bare, flagged stub. */
  async function store(inbound: InboundMessage): Promise<void> {
    try {
      await deps.ingest(inbound);
    } catch (err) {
      if (!(isDomainError(err) && err.kind === "invalid_input")) throw err;
      log("warn", "message rejected as invalid; storing it without text", {
        externalId: inbound.externalId,
        error: describeError(err),
      });
      await deps.ingest({
        ...inbound,
        text: "",
        sender: inbound.sender.email ? { email: inbound.sender.email } : {},
        subject: inbound.subject?.slice(0, 200) ?? null,
        headers: { ...inbound.headers, "X-OrderHub-Parse-Error": `rejected by intake: ${describeError(err)}` },
      });
    }
  }

  async function markProcessed(c: ImapFlow, uids: number[]): Promise<void> {
    const action = box.processed;
    try {
      if (action.action === "flag") await c.messageFlagsAdd(uids, ["\\Seen"], { uid: true });
      else if (action.action === "move") await c.messageMove(uids, action.folder, { uid: true });
    } catch (err) {
      // Stored and checkpointed already: a failed flag/move only leaves the mail where it was.
      if (c.usable) log("warn", "could not mark processed mail", { action: action.action, error: describeError(err) });
      else throw err;
    }
  }

  async function loop(): Promise<void> {
    let attempt = 0;
    while (!stopped) {
      connected = false;
      try {
        await session();
      } catch (err) {
        if (stopped) break;
        if (connected) attempt = 0;
        markDown(err);
        log("warn", "mailbox failed; reconnecting", { error: status.lastError, attempt: attempt + 1 });
      }
      if (stopped) break;
      attempt++;
      await sleepUnlessStopped(backoff(attempt, settings));
    }
    status.state = "stopped";
  }

  function sleepUnlessStopped(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const t = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(t);
        resolve();
      };
    }).finally(() => {
      wake = null;
    });
  }

  return {
    start() {
      if (running) return;
      stopped = false;
      armAlert();
      running = loop().catch((err) => {
        status.state = "stopped";
        log("error", "mailbox loop ended unexpectedly", { error: describeError(err) });
      });
    },
    async stop() {
      stopped = true;
      if (alertTimer) clearTimeout(alertTimer);
      alertTimer = null;
      wake?.();
      if (running) {
        // The session logs out by itself once it sees `stopped`; a connect or fetch in flight is cut short.
        const ended = await withTimeout(running, 3_000).then(
          () => true,
          () => false,
        );
        if (!ended) client?.close();
        await running;
      }
      running = null;
      status.state = "stopped";
      status.up = false;
    },
    status() {
      return { ...status };
    },
  };
}

async function ensureFolder(c: ImapFlow, folder: string): Promise<void> {
  const list = await c.list();
  if (list.some((m) => m.path === folder)) return;
  await c.mailboxCreate(folder).catch(() => undefined);
}

function* batches<T extends { uid: number; size?: number | undefined }>(items: T[], size: number, maxBytes: number) {
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    if (current.length && (current.length >= size || bytes + (item.size ?? 0) > maxBytes)) {
      yield current;
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += item.size ?? 0;
  }
  if (current.length) yield current;
}

function backoff(attempt: number, s: MailboxWorkerSettings): number {
  const base = Math.min(s.backoffMaxMs, s.backoffBaseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.8 + Math.random() * 0.4));
}

/** An error as one loggable line, without credentials. */
export function describeError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const e = err as Error & { responseText?: string; code?: string; authenticationFailed?: boolean };
  const parts = [e.authenticationFailed ? "authentication failed" : e.message];
  if (e.code && !parts[0]?.includes(e.code)) parts.push(`(${e.code})`);
  if (e.responseText && !e.authenticationFailed) parts.push(`: ${e.responseText}`);
  return parts.join(" ").replace(/(\w+:\/\/)([^:@/\s]+):([^@/\s]+)@/g, "$1$2:***@");
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error("timeout")), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (err) => {
        clearTimeout(t);
        reject(err);
      },
    );
  });
}
