/** Telegram's limit on one message's text. */
export const TELEGRAM_TEXT_LIMIT = 4096;

/**
 * Splits a text into chunks Telegram accepts, at line breaks where possible, never inside an HTML entity
 * or tag of our templates. Chunks are trimmed of the break they were split at.
 */
export function splitText(text: string, limit = TELEGRAM_TEXT_LIMIT): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    let cut = rest.lastIndexOf("\n", limit);
    if (cut < limit / 2) cut = rest.lastIndexOf(" ", limit);
    if (cut < limit / 2) cut = limit;
    // Do not cut through "&amp;" or "<b>".
    const amp = rest.lastIndexOf("&", cut);
    if (amp > cut - 6 && !rest.slice(amp, cut).includes(";")) cut = amp;
    const lt = rest.lastIndexOf("<", cut);
    if (lt > cut - 5 && !rest.slice(lt, cut).includes(">")) cut = lt;
    chunks.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^[\n ]/, "");
  }
  if (rest.length || !chunks.length) chunks.push(rest);
  return chunks;
}
