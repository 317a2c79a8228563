import { z } from "zod";

/**
 * The hub's settings: one zod schema over the environment, parsed once at start-up. A wrong value stops
 * start-up with a sentence naming the variable. Every module receives its settings as arguments.
 */

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v.trim() : undefined));

const bool = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0", "yes", "no", ""])
    .optional()
    .transform((v) => (v === undefined || v === "" ? fallback : ["true", "1", "yes"].includes(v)));

const intIn = (min: number, max: number, fallback: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === "") return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: "custom", message: `must be a whole number from ${min} to ${max}` });
        return z.NEVER;
      }
      return n;
    });

const url = (protocols: string[]) =>
  optionalString.refine(
    (v) => {
      if (v === undefined) return true;
      try {
        return protocols.includes(new URL(v).protocol);
      } catch {
        return false;
      }
    },
    { message: `must be a URL starting with ${protocols.map((p) => `${p}//`).join(" or ")}` },
  );

const timezone = optionalString.refine(
  (v) => {
    if (v === undefined) return true;
    try {
      new Intl.DateTimeFormat("en", { timeZone: v });
      return true;
    } catch {
      return false;
    }
  },
  { message: "must be an IANA time zone such as Europe/Moscow" },
);

export const envSchema = z.object({
  NODE_ENV: optionalString,
  PORT: intIn(0, 65535, 3000),
  HOST: optionalString.default("0.0.0.0"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  DATA_DIR: optionalString.default("./data"),
  DATABASE_URL: url(["postgres:", "postgresql:"]),
  REDIS_URL: url(["redis:", "rediss:"]),
  /** Key prefix of the job queue in Redis: several hubs (shops) can share one Redis. */
  QUEUE_PREFIX: optionalString.default("orderhub").refine((v) => /^[A-Za-z0-9_-]+$/.test(v), {
    message: "must be letters, digits, - or _",
  }),
  API_TOKEN: optionalString.refine((v) => v === undefined || v.length >= 16, {
    message: "must be at least 16 characters",
  }),
  CATALOG_FILE: optionalString,
  WORKFLOW_FILE: optionalString,
  DEFAULT_REGION: optionalString.refine((v) => v === undefined || /^[A-Z]{2}$/.test(v), {
    message: "must be a two-letter country code such as RU or UA",
  }),
  SHOP_TIMEZONE: timezone.default("UTC"),
  /** Follow-ups join a customer's draft within this many minutes of its last message. */
  MERGE_WINDOW_MINUTES: intIn(1, 7 * 24 * 60, 120),
  /** Parallel jobs per worker process. */
  WORKER_CONCURRENCY: intIn(1, 64, 4),
  /** Run the job workers in this process (false: an API-only process; workers run elsewhere). */
  RUN_WORKERS: bool(true),
  REVIEW_THRESHOLD: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "") return 0.6;
      const n = Number(v);
      if (!(n >= 0 && n <= 1)) {
        ctx.addIssue({ code: "custom", message: "must be a number from 0 to 1" });
        return z.NEVER;
      }
      return n;
    }),
  /** What a draft needs before confirmation; the bot and the mail replies ask the customer for what is missing. */
  REQUIRED_FIELDS: optionalString.default("lines,phone,address,deliveryDate").transform((v, ctx) => {
    const fields = v.split(/[\s,]+/).filter(Boolean);
    const known = ["lines", "phone", "address", "deliveryDate"];
    const unknown = fields.filter((f) => !known.includes(f));
    if (unknown.length) {
      ctx.addIssue({
        code: "custom",
        message: `unknown field(s) ${unknown.join(", ")}; use any of ${known.join(", ")}`,
      });
      return z.NEVER;
    }
    return {
      lines: fields.includes("lines"),
      phone: fields.includes("phone"),
      address: fields.includes("address"),
      deliveryDate: fields.includes("deliveryDate"),
    };
  }),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: url(["http:", "https:"]),
  OPENAI_MODEL: optionalString.default("gpt-4o-mini"),
  LLM_MODE: z.enum(["fallback", "always"]).default("fallback"),
  LLM_TIMEOUT_MS: intIn(100, 600_000, 15_000),
  TELEGRAM_BOT_TOKEN: optionalString,
  TELEGRAM_MANAGERS_CHAT_ID: optionalString,
  TELEGRAM_ADMIN_IDS: optionalString,
  TELEGRAM_API_ROOT: url(["http:", "https:"]),
  TELEGRAM_WEBHOOK_URL: url(["https:", "http:"]),
  TELEGRAM_WEBHOOK_SECRET: optionalString,
  IMAP_URL: url(["imap:", "imaps:"]),
  MAILBOXES_FILE: optionalString,
  SMTP_URL: url(["smtp:", "smtps:"]),
  MAIL_FROM: optionalString,
  MAIL_MAX_ATTACHMENT_BYTES: intIn(0, 100 * 1024 * 1024, 10 * 1024 * 1024),
});

export type Config = z.output<typeof envSchema>;

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

/** Parses the environment. Throws `ConfigError` whose message names every wrong variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${i.path.join(".")} ${i.message}`);
    throw new ConfigError(`invalid configuration: ${lines.join("; ")}`);
  }
  const config = result.data;
  if (config.TELEGRAM_WEBHOOK_URL && !config.TELEGRAM_WEBHOOK_SECRET) {
    throw new ConfigError(
      "invalid configuration: TELEGRAM_WEBHOOK_SECRET is required when TELEGRAM_WEBHOOK_URL is set",
    );
  }
  return config;
}
