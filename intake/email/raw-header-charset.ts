/**
 * Raw 8-bit header values (no RFC 2047 encoding, no charset anywhere) are still sent by old mailers,
 * mostly in windows-1251 or koi8-r for Cyrillic and Shift_JIS for Japanese. mailparser reads them as
 * UTF-8, which turns every letter into U+FFFD. This finds such headers in the raw bytes and decodes them
 * with the most plausible charset: those the mail declares first, then common legacy ones.
 */

const FALLBACKS = ["windows-1251", "koi8-r", "shift_jis", "euc-jp", "gb18030", "big5", "euc-kr", "windows-1252"];
const JAPANESE = new Set(["iso-2022-jp", "shift_jis", "sjis", "euc-jp", "cp932", "windows-31j"]);

/** The decoded value of the first `name` header when its raw bytes are 8-bit and not UTF-8, else null. */
export function decodeRaw8bitHeader(raw: Buffer, name: string): string | null {
  const value = rawHeaderValue(raw, name);
  if (!value?.some((b) => b >= 0x80) || isUtf8(value)) return null;
  let best: { text: string; score: number } | null = null;
  for (const charset of candidates(raw)) {
    const text = tryDecode(value, charset);
    if (text === null) continue;
    const score = plausibility(text);
    if (!best || score > best.score + 0.05) best = { text, score };
  }
  return best ? best.text.replace(/\s+/g, " ").trim() : null;
}

function rawHeaderValue(raw: Buffer, name: string): Buffer | null {
  const end = headerEnd(raw);
  const head = raw.subarray(0, end).toString("latin1");
  const re = new RegExp(`(?:^|\\n)${name}[ \\t]*:([^\\n]*(?:\\r?\\n[ \\t][^\\n]*)*)`, "i");
  const m = re.exec(head);
  if (!m?.[1]) return null;
  return Buffer.from(m[1].replace(/\r?\n/g, "").trim(), "latin1");
}

function headerEnd(raw: Buffer): number {
  const crlf = raw.indexOf("\r\n\r\n");
  const lf = raw.indexOf("\n\n");
  const ends = [crlf, lf].filter((i) => i >= 0);
  return ends.length ? Math.min(...ends) : Math.min(raw.length, 64 * 1024);
}

function candidates(raw: Buffer): string[] {
  const declared = [
    ...raw
      .subarray(0, 256 * 1024)
      .toString("latin1")
      .matchAll(/charset\s*=\s*"?([\w.:-]+)"?/gi),
  ]
    .map((m) => (m[1] ?? "").toLowerCase())
    .filter((c) => c && c !== "us-ascii" && c !== "utf-8" && c !== "utf8");
  const out: string[] = [];
  for (const c of declared) {
    out.push(c);
    if (JAPANESE.has(c)) out.push("shift_jis", "euc-jp");
  }
  out.push(...FALLBACKS);
  return [...new Set(out)];
}

function tryDecode(bytes: Buffer, charset: string): string | null {
  try {
    return new TextDecoder(charset, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function isUtf8(bytes: Buffer): boolean {
  return tryDecode(bytes, "utf-8") !== null;
}

/** How much the non-ASCII part reads like text of one script, lower case mostly (0..1). */
function plausibility(text: string): number {
  const chars = [...text].filter((c) => c.charCodeAt(0) >= 0x80);
  if (!chars.length) return 0;
  const scripts = { cyrillic: 0, cjk: 0, latin: 0, hangul: 0 };
  let lower = 0;
  let upper = 0;
  for (const c of chars) {
    if (/\p{Script=Cyrillic}/u.test(c)) scripts.cyrillic++;
    else if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]/u.test(c)) scripts.cjk++;
    else if (/\p{Script=Hangul}/u.test(c)) scripts.hangul++;
    else if (/\p{Script=Latin}/u.test(c)) scripts.latin++;
    if (/\p{Ll}/u.test(c)) lower++;
    else if (/\p{Lu}/u.test(c)) upper++;
  }
  const dominant = Math.max(...Object.values(scripts)) / chars.length;
  const cased = lower + upper;
  const caseScore = cased ? lower / cased : 1;
  return dominant * 0.7 + caseScore * 0.3;
}
