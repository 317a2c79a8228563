/**
 * Named errors. A `DomainError` is a rule of the order domain saying no; its `kind` maps to an HTTP status
 * and to a sentence for a manager. A `ChannelError` is a channel (Telegram, SMTP, IMAP…) failing, and says
 * whether trying again can help.
 */

export type DomainErrorKind = "invalid_input" | "not_found" | "conflict" | "forbidden";

export class DomainError extends Error {
  override readonly name = "DomainError";
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export function isDomainError(err: unknown): err is DomainError {
  return err instanceof DomainError || (err instanceof Error && err.name === "DomainError");
}

export class ChannelError extends Error {
  override readonly name = "ChannelError";
  constructor(
    readonly channel: string,
    readonly method: string,
    message: string,
    /** True when a later attempt may succeed (rate limit, network); false for e.g. a blocked bot. */
    readonly retryable: boolean,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export function isChannelError(err: unknown): err is ChannelError {
  return err instanceof ChannelError || (err instanceof Error && err.name === "ChannelError");
}
