import { SMTPServer } from "smtp-server";

/**
 * A capturing SMTP server on loopback: every accepted mail is kept raw with its envelope. A rule can make
 * it reject recipients (e.g. 550 permanent, 451 temporary) to test error handling.
 */
export interface CapturedMail {
  from: string;
  to: string[];
  raw: Buffer;
}

export interface SmtpSink {
  readonly port: number;
  readonly url: string;
  readonly mails: CapturedMail[];
  /** Rejects RCPT TO for this address with the given SMTP code. */
  rejectRecipient(address: string, code: number, message?: string): void;
  stop(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const mails: CapturedMail[] = [];
  const rejects = new Map<string, { code: number; message: string }>();
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      const rule = rejects.get(address.address.toLowerCase());
      if (!rule) return callback();
      const err = new Error(rule.message) as Error & { responseCode: number };
      err.responseCode = rule.code;
      callback(err);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks),
        });
        callback();
      });
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const addr = server.server.address();
      resolve(typeof addr === "object" && addr ? addr.port : 0);
    });
  });
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    mails,
    rejectRecipient(address, code, message = "rejected") {
      rejects.set(address.toLowerCase(), { code, message });
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
