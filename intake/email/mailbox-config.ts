import { parse as parseYaml } from "yaml";
import { z } from "zod";

/**
 * Mailbox settings: one mailbox from `IMAP_URL`, or several from a `MAILBOXES_FILE` (JSON or YAML).
 * Errors name the variable (and the mailbox) and never echo a password or token.
 */

/** What happens to a message on the server once it is stored: nothing, `\Seen` set, or moved to a folder. */
export type ProcessedAction = { action: "leave" } | { action: "flag" } | { action: "move"; folder: string };

export type MailboxAuth = { user: string; password: string } | { user: string; accessToken: string };

export interface MailboxConfig {
  /** The account name messages are stored under (`InboundMessage.account`); unique. */
  name: string;
  host: string;
  port: number;
  /** Implicit TLS (imaps, usually 993). Without it STARTTLS is used when the server offers it. */
  tls: boolean;
  auth: MailboxAuth;
  folder: string;
  processed: ProcessedAction;
  /** How often to look for new mail when the server has no IDLE, and as a safety net with IDLE. */
  pollIntervalMs: number;
  /** Skip TLS certificate checks (self-signed test servers only). */
  insecureTls?: boolean;
}

export const DEFAULT_POLL_INTERVAL_MS = 60_000;

const processedSchema = z
  .string()
  .trim()
  .regex(/^(flag|leave|move:.+)$/, "must be flag, leave or move:<folder>")
  .transform((v): ProcessedAction => parseProcessed(v));

const mailboxSchema = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    host: z.string().trim().min(1),
    port: z.coerce.number().int().min(1).max(65535).optional(),
    tls: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]).default(true),
    user: z.string().min(1),
    password: z.string().min(1).optional(),
    accessToken: z.string().min(1).optional(),
    folder: z.string().trim().min(1).default("INBOX"),
    processed: processedSchema.optional(),
    pollIntervalSeconds: z.coerce.number().min(1).max(3600).optional(),
    insecureTls: z.boolean().optional(),
  })
  .refine((m) => !!m.password !== !!m.accessToken, {
    message: "needs exactly one of password or accessToken",
  });

const fileSchema = z.union([
  z.array(mailboxSchema).min(1),
  z.object({ mailboxes: z.array(mailboxSchema).min(1) }).transform((o) => o.mailboxes),
]);

export class MailboxConfigError extends Error {
  override readonly name = "MailboxConfigError";
}

export interface MailboxSources {
  /** `IMAP_URL`: imaps://user:password@host:993/INBOX?processed=move:Orders */
  imapUrl?: string;
  /** `MAILBOXES_FILE`: its path (for messages and the format) and its text. */
  mailboxesFile?: { path: string; content: string };
}

/**
 * Turns `IMAP_URL` and/or the `MAILBOXES_FILE` text into mailbox settings. Returns an empty list when
 * neither is given (email intake is off). Throws `MailboxConfigError` naming the variable.
 */
export function parseMailboxesConfig(sources: MailboxSources): MailboxConfig[] {
  const out: MailboxConfig[] = [];
  if (sources.imapUrl) out.push(parseImapUrl(sources.imapUrl));
  if (sources.mailboxesFile) out.push(...parseMailboxesFile(sources.mailboxesFile.content, sources.mailboxesFile.path));
  const seen = new Set<string>();
  for (const m of out) {
    if (seen.has(m.name))
      throw new MailboxConfigError(`mailbox name "${m.name}" is used twice (IMAP_URL/MAILBOXES_FILE)`);
    seen.add(m.name);
  }
  return out;
}

/** One mailbox from an `imap://` or `imaps://` URL. Query: `processed`, `name`, `poll` (seconds), `accessToken`. */
export function parseImapUrl(raw: string): MailboxConfig {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new MailboxConfigError("IMAP_URL is not a valid URL (expected imaps://user:password@host:993/INBOX)");
  }
  if (url.protocol !== "imap:" && url.protocol !== "imaps:") {
    throw new MailboxConfigError("IMAP_URL must start with imap:// or imaps://");
  }
  const user = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  const accessToken = url.searchParams.get("accessToken") ?? undefined;
  if (!user) throw new MailboxConfigError("IMAP_URL has no user name");
  if (!password && !accessToken) throw new MailboxConfigError("IMAP_URL has no password (or accessToken parameter)");
  const tls = url.protocol === "imaps:";
  const folder = decodeURIComponent(url.pathname.replace(/^\//, "")) || "INBOX";
  const processedRaw = url.searchParams.get("processed") ?? "flag";
  const processed = processedSchema.safeParse(processedRaw);
  if (!processed.success)
    throw new MailboxConfigError("IMAP_URL parameter processed must be flag, leave or move:<folder>");
  const poll = Number(url.searchParams.get("poll") ?? "");
  return {
    name: url.searchParams.get("name") ?? user,
    host: url.hostname,
    port: url.port ? Number(url.port) : tls ? 993 : 143,
    tls,
    auth: accessToken ? { user, accessToken } : { user, password },
    folder,
    processed: processed.data,
    pollIntervalMs: poll >= 1 ? poll * 1000 : DEFAULT_POLL_INTERVAL_MS,
  };
}

/** The mailboxes of a `MAILBOXES_FILE` (a list, or `{ mailboxes: [...] }`), JSON or YAML. */
export function parseMailboxesFile(content: string, path = "MAILBOXES_FILE"): MailboxConfig[] {
  let data: unknown;
  try {
    data = /\.json$/i.test(path) ? JSON.parse(content) : parseYaml(content);
  } catch (err) {
    throw new MailboxConfigError(`MAILBOXES_FILE ${path} is not valid JSON/YAML: ${(err as Error).message}`);
  }
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // Never echo input values: zod messages here name the path and the rule only.
    throw new MailboxConfigError(`MAILBOXES_FILE ${path}: ${issue?.path.join(".") || "(root)"} ${issue?.message}`);
  }
  return parsed.data.map((m) => ({
    name: m.name ?? m.user,
    host: m.host,
    port: m.port ?? (m.tls ? 993 : 143),
    tls: m.tls,
    auth: m.accessToken ? { user: m.user, accessToken: m.accessToken } : { user: m.user, password: m.password ?? "" },
    folder: m.folder,
    processed: m.processed ?? { action: "flag" },
    pollIntervalMs: m.pollIntervalSeconds ? m.pollIntervalSeconds * 1000 : DEFAULT_POLL_INTERVAL_MS,
    ...(m.insecureTls ? { insecureTls: true } : {}),
  }));
}

function parseProcessed(v: string): ProcessedAction {
  if (v === "leave") return { action: "leave" };
  if (v.startsWith("move:")) return { action: "move", folder: v.slice(5).trim() };
  return { action: "flag" };
}

/** A mailbox as it may be logged: everything except the secret. */
export function describeMailbox(m: MailboxConfig): string {
  return `${m.name} (${m.auth.user}@${m.host}:${m.port}/${m.folder})`;
}
