import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { parseAllDocuments } from "yaml";
import { type EmailRaw, mailToInbound, parseMail } from "../../intake/email/index.js";

/**
 * Runs every raw mail of a corpus directory through the email intake (parse, noise filter, text
 * extraction) and prints what happened: parsed, failed and why, noise classes, and for Zammad's mails
 * how many senders and subjects match its `.yml` expectations.
 *
 *   npm run corpus:email -- ../shared/corpora/email
 */

/** Mails the corpus README names as bounces or automated mail (by file name without extension). */
const EXPECTED_NOISE: Record<string, "bounce" | "auto_reply"> = {
  "delivery-status": "bounce",
  mail018: "bounce",
  "mail033-undelivered-mail-returned-to-sender-notification": "bounce",
  mail052: "bounce",
  mail078: "bounce",
  mail092: "bounce",
  mail089: "auto_reply",
  mail090: "auto_reply",
};

interface Expectation {
  from_email?: string;
  from_display_name?: string;
  subject?: string;
}

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return files(path);
      return /\.(eml|box)$/i.test(name) ? [path] : [];
    });
}

function expectation(path: string): Expectation | null {
  let text: string;
  try {
    text = readFileSync(path.replace(/\.box$/i, ".yml"), "utf8");
  } catch {
    return null;
  }
  // Psych tags (!ruby/hash:…, !binary) are left unresolved: only plain string keys are compared.
  const [doc] = parseAllDocuments(text, { logLevel: "silent" });
  const value = doc?.toJS({}) as Record<string, unknown> | undefined;
  if (!value || typeof value !== "object") return null;
  const str = (k: string) => (typeof value[k] === "string" ? (value[k] as string) : undefined);
  return {
    ...(str("from_email") !== undefined ? { from_email: str("from_email") } : {}),
    ...(str("from_display_name") !== undefined ? { from_display_name: str("from_display_name") } : {}),
    ...(str("subject") !== undefined ? { subject: str("subject") } : {}),
  };
}

async function main() {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write("usage: npm run corpus:email -- <dir with .eml/.box files>\n");
    process.exit(2);
  }
  const all = files(dir);
  const counts = { files: all.length, parsed: 0, failed: 0, withWarnings: 0, emptyText: 0 };
  const classes: Record<string, number> = { normal: 0, auto_reply: 0, bounce: 0, bulk: 0 };
  const failures: string[] = [];
  const warnings: string[] = [];
  const noise = { expected: 0, right: 0, wrong: [] as string[], falsePositives: [] as string[] };
  const zammad = {
    withYml: 0,
    senderChecked: 0,
    senderMatched: 0,
    subjectChecked: 0,
    subjectMatched: 0,
    misses: [] as string[],
  };
  const started = performance.now();

  for (const path of all) {
    const raw = readFileSync(path);
    const name = basename(path, extname(path));
    const { parsed, error } = await parseMail(raw);
    const message = await mailToInbound(raw, "corpus");
    const emailRaw = message.raw as EmailRaw;
    if (error || !parsed) {
      counts.failed++;
      failures.push(`${name}: ${error}`);
    } else {
      counts.parsed++;
      if (emailRaw.parseError) {
        counts.withWarnings++;
        warnings.push(`${name}: ${emailRaw.parseError.slice(0, 120)}`);
      }
    }
    if (!message.text.trim()) counts.emptyText++;
    classes[emailRaw.mailClass] = (classes[emailRaw.mailClass] ?? 0) + 1;

    const want = EXPECTED_NOISE[name];
    if (want) {
      noise.expected++;
      if (emailRaw.mailClass === want) noise.right++;
      else noise.wrong.push(`${name}: expected ${want}, got ${emailRaw.mailClass}`);
    } else if (emailRaw.mailClass !== "normal") {
      noise.falsePositives.push(`${name}: ${emailRaw.mailClass}`);
    }

    const exp = /\.box$/i.test(path) ? expectation(path) : null;
    if (exp) {
      zammad.withYml++;
      if (exp.from_email !== undefined) {
        zammad.senderChecked++;
        const got = message.sender.email ?? "";
        if (got === exp.from_email.toLowerCase()) zammad.senderMatched++;
        else zammad.misses.push(`${name} sender: expected "${exp.from_email}", got "${got}"`);
      }
      if (exp.subject !== undefined) {
        zammad.subjectChecked++;
        const got = message.subject ?? "";
        if (got.trim() === exp.subject.trim()) zammad.subjectMatched++;
        else zammad.misses.push(`${name} subject: expected ${JSON.stringify(exp.subject)}, got ${JSON.stringify(got)}`);
      }
    }
  }

  const seconds = (performance.now() - started) / 1000;
  const out = [
    `email corpus: ${dir}`,
    `files: ${counts.files}   parsed: ${counts.parsed}   failed: ${counts.failed}   parsed with warnings: ${counts.withWarnings}   empty text: ${counts.emptyText}   (${seconds.toFixed(1)} s)`,
    ...failures.map((f) => `  failed  ${f}`),
    ...warnings.map((w) => `  warning ${w}`),
    `classes: normal ${classes.normal}, auto_reply ${classes.auto_reply}, bounce ${classes.bounce}, bulk ${classes.bulk}`,
    `noise named by the corpus README: ${noise.right}/${noise.expected} classed rightly; other mails classed as noise: ${noise.falsePositives.length}`,
    ...noise.wrong.map((w) => `  wrong   ${w}`),
    ...noise.falsePositives.map((w) => `  noise?  ${w}`),
    `zammad .yml: ${zammad.withYml} mails; senders matched ${zammad.senderMatched}/${zammad.senderChecked}; subjects matched ${zammad.subjectMatched}/${zammad.subjectChecked}`,
    ...zammad.misses.map((m) => `  miss    ${m}`),
  ];
  process.stdout.write(`${out.join("\n")}\n`);
}

main().catch((err) => {
  process.stderr.write(`corpus run failed: ${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
