import {
  attributeUnit,
  CORRECTIONS,
  countUnit,
  FILLERS,
  HALF_WORDS,
  type MeasureUnit,
  measureUnit,
  NUMBER_WORDS,
  wordMeasure,
} from "./lexicon.js";
import { fold, lower } from "./normalize.js";

export type TokenKind = "word" | "num" | "code" | "x" | "sep";

/** One token of a message or a catalog name, with its character span. */
export interface Token {
  kind: TokenKind;
  raw: string;
  /** Lower-cased text (ё→е). */
  low: string;
  /** Folded Latin skeleton for words; normalised alphanumerics for codes. */
  key: string;
  start: number;
  end: number;
  /** Numeric value of a num token (digits or a number word). */
  value?: number;
  /** True when a num came from a word ("две", "a dozen"). */
  worded?: boolean;
  measure?: MeasureUnit;
  count?: "piece" | "pack";
  /** For sep tokens: how strongly it separates. */
  sep?: "sentence" | "clause" | "dash";
  /** For sep tokens that end a sentence: the character. */
  punct?: string;
  /** "6-pack": the pack size it names. */
  packOf?: number;
  /** Inside parentheses. */
  paren?: boolean;
  /** A rating unit after a number ("Вт", "K"): the number describes the product, never counts it. */
  rating?: boolean;
  /** A number after "№", "#" or "No.": it names a variant ("скобы №10"), never counts. */
  label?: boolean;
  /** "-2.75", "+1.50": a number with its sign glued on, after a space; a value, never an amount. */
  signed?: 1 | -1;
}

/** Words that are never indexed or matched as product words. */
export const INDEX_STOP = new Set([
  "в",
  "во",
  "на",
  "с",
  "со",
  "з",
  "із",
  "зі",
  "для",
  // "гайки под ключ 21", "болт (під литий диск)": what the goods are for, never a word of their own
  "под",
  "під",
  "по",
  "и",
  "і",
  "й",
  "та",
  "of",
  "the",
  "a",
  "an",
  "and",
  "with",
  // "bottles w blue caps": "with", shortened
  "w",
  "for",
  "to",
  "in",
  "у",
  "из",
  "от",
  "к",
  "до",
]);

const HOMOGLYPH: Record<string, string> = {
  а: "a",
  в: "b",
  е: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  і: "i",
};

/**
 * Normalised form of a part number: upper-case Latin alphanumerics, Cyrillic look-alikes mapped. A code
 * with a Cyrillic letter that looks like no Latin one ("фан-2") was spelled out in Cyrillic: transliterated.
 */
export function codeKey(raw: string, spelledOut = false): string {
  let s = "";
  const low = raw.toLowerCase();
  const spelled =
    spelledOut ||
    (/[\u0400-\u04ff]/u.test(low) && [...low].some((ch) => /[\u0400-\u04ff]/u.test(ch) && !HOMOGLYPH[ch]));
  for (const ch of low) {
    const h = spelled ? undefined : HOMOGLYPH[ch];
    if (h) s += h;
    else if (/[a-z0-9]/.test(ch)) s += ch;
    else if (/\p{L}/u.test(ch)) s += fold(ch);
  }
  return s.toUpperCase();
}

const CHUNK =
  /(?<![\p{L}\p{N}])\d['’′]\d{1,2}["″”]?(?![\p{L}\p{N}'’′])|(?<![\p{L}\p{N}&])\p{Lu}{1,3}&\p{Lu}{1,3}(?![\p{L}\p{N}&])|[\p{L}\p{N}]+(?:(?:['’ʼ]\p{L}+|-[\p{L}\p{N}]+|\/\d+|[.,]\d+)[\p{L}\p{N}]*)*|\n|[^\s\p{L}\p{N}]/gu;

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

function num(raw: string): number {
  if (raw.includes("/")) {
    const [a, b] = raw.split("/");
    return Number(a) / Number(b);
  }
  return Number(raw.replace(",", "."));
}

/** Finishes, materials and "additional" written short with a period ("мат.", "нерж.", "доп."). */
const ABBREVIATED_WORD = /^(мат|нерж|оцинк|алюм|полир|хромир|никелир|доп|дод)$/u;

/** A number token for the digits at `start` ("250", "1,5"). */
function numberToken(digits: string, start: number): Token {
  return { kind: "num", raw: digits, low: digits, key: digits, start, end: start + digits.length, value: num(digits) };
}

function unitInfo(low: string): Pick<Token, "measure" | "count"> {
  const m = measureUnit(low);
  if (m) return { measure: m };
  const c = countUnit(low);
  if (c) return { count: c };
  return {};
}

/**
 * "пятерка", "четвірок", "двадцатку", "20ка": a container named by its size (a 5 l can, a 20 l drum): a
 * size the goods are chosen by, never how many.
 */
const SIZE_NOUNS: ReadonlyArray<[RegExp, number]> = [
  [/^(пят[её]р|п'ятір|пятір)(к[аиуеі]|кой|кою|ками|ках|кам|ок)$/u, 5],
  [/^(четв[её]р|четвір)(к[аиуеі]|кой|кою|ками|ках|кам|ок)$/u, 4],
  [/^(двадцат|двадцят)(к[аиуеі]|кой|кою|ками|ках|кам|ок)$/u, 20],
  // "крестики двойку", "тройка уони", "гребенка восьмерка": a size in millimetres or litres said as a
  // numeral noun ("десяток", ten of, is an amount; "сімка" is a SIM card)
  [/^(двой|двій)(к[аиуеі]|кой|кою|ками|ках|кам)$/u, 2],
  [/^(трой|трій)(к[аиуеі]|кой|кою|ками|ках|кам)$/u, 3],
  [/^(шест[её]р|шіст)(к[аиуеі]|кой|кою|ками|ках|кам)$/u, 6],
  [/^(сем[её]р)(к[аиуеі]|кой|кою|ками|ках|кам)$/u, 7],
  [/^(восьм[её]р|вісім)(к[аиуеі]|кой|кою|ками|ках|кам)$/u, 8],
  [/^(девят|дев'ят)(к[аиуеі]|кой|кою|ками|ках|кам)$/u, 9],
  [/^(десят)(к[аиуеі]|кой|кою|ками|ках|кам)$/u, 10],
];
const DIGIT_SIZE_NOUN = /^(\d+)-?(ка|ки|ку|ке|кі|ках|ками|ок)$/u;

function sizeNoun(low: string): number | undefined {
  for (const [re, n] of SIZE_NOUNS) if (re.test(low)) return n;
  const digits = DIGIT_SIZE_NOUN.exec(low)?.[1];
  return digits ? Number(digits) : undefined;
}

/** The token a word reads as, placed at the start of the text. */
function readWord(raw: string): Token {
  const low = lower(raw);
  const t: Token = { kind: "word", raw, low, key: fold(low.replace(/-/g, "")), start: 0, end: raw.length };
  const n = NUMBER_WORDS.get(low);
  if (n !== undefined) return { ...t, kind: "num", value: n, worded: true };
  const size = sizeNoun(low);
  if (size !== undefined) return { ...t, kind: "num", value: size, worded: true, label: true };
  const wm = wordMeasure(low);
  if (wm) return { ...t, kind: "num", value: wm.value, worded: true, measure: wm.unit };
  return { ...t, ...unitInfo(low) };
}

/** Word tokens by their text: how a word reads does not depend on where it stands. */
const wordCache = new Map<string, Token>();

function word(raw: string, start: number): Token {
  let t = wordCache.get(raw);
  if (!t) {
    t = readWord(raw);
    if (wordCache.size > 50_000) wordCache.clear();
    wordCache.set(raw, t);
  }
  // a fresh token: tokens are marked in place later (`paren`)
  return { ...t, start, end: start + raw.length };
}

/** Splits text into words, numbers (with glued units split off), part numbers and separators. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(CHUNK)) {
    const raw = m[0];
    const start = m.index ?? 0;
    if (raw === "\n") {
      out.push({ kind: "sep", raw, low: raw, key: "", start, end: start + 1, sep: "sentence", punct: "\n" });
      continue;
    }
    // "D&H", "S&B": a maker's initials joined by "&" are one word, not two words in two clauses
    if (/^\p{Lu}{1,3}&\p{Lu}{1,3}$/u.test(raw)) {
      out.push({ ...word(raw.replace("&", ""), start), raw, end: start + raw.length });
      continue;
    }
    // 6'3", "6'6": a length in feet and inches (a horse's rug) names a size, as "6ft3" does
    const feet = /^(\d)['’′](\d{1,2})["″”]?$/u.exec(raw);
    if (feet) {
      out.push({ kind: "code", raw, low: raw, key: codeKey(`${feet[1]}ft${feet[2]}`), start, end: start + raw.length });
      continue;
    }
    // "20ка", "20-ки": a container named by its size
    if (DIGIT_SIZE_NOUN.test(lower(raw))) {
      out.push(word(raw, start));
      continue;
    }
    // 1/2", 3/4″: an inch mark right after a pipe or thread size
    const before = out[out.length - 1];
    // "9%", "2,5 %": a fat content or strength, which describes the product and never counts it
    if (raw === "%" && before?.kind === "num" && !before.worded && start - before.end <= 1) {
      out.push({ kind: "word", raw, low: "%", key: "#upct", start, end: start + 1, rating: true });
      continue;
    }
    // "90°": an angle (an elbow, a bend), likewise
    if (raw === "°" && before?.kind === "num" && !before.worded && start - before.end <= 1) {
      out.push({ kind: "word", raw, low: "°", key: "#udeg", start, end: start + 1, rating: true });
      continue;
    }
    if (
      (raw === '"' || raw === "″" || raw === "”") &&
      before?.kind === "num" &&
      !before.worded &&
      before.end === start &&
      before.value !== undefined &&
      // '19"', '10"': a larger number is an inch size too when no quotation is open on its line
      (before.raw.includes("/") || before.value <= 4 || raw === "″" || !openQuote(text, start)) &&
      !/[\p{L}\p{N}]/u.test(text[start + 1] ?? "")
    ) {
      out.push({
        kind: "word",
        raw,
        low: '"',
        key: "inch",
        start,
        end: start + 1,
        measure: { dim: "length", factor: 25.4 },
      });
      continue;
    }
    if (!/[\p{L}\p{N}]/u.test(raw)) {
      const sep = /[.!?…]/.test(raw)
        ? "sentence"
        : /[-—–]/.test(raw)
          ? "dash"
          : /[,;:()+&*•"«»|\t/]/.test(raw)
            ? "clause"
            : undefined;
      // "160*200": a star between two numbers is a dimension's "×", not a separator
      const starDim = raw === "*" && before?.kind === "num" && /^\s*\d/.test(text.slice(start + 1, start + 3));
      // "мат.никель", "нерж. сталь", "брелок доп. А93": the period of such an abbreviation ends no sentence
      if (raw === "." && before?.kind === "word" && ABBREVIATED_WORD.test(before.low)) continue;
      if (sep && !starDim)
        out.push({ kind: "sep", raw, low: raw, key: "", start, end: start + raw.length, sep, punct: raw });
      else if (raw === "×" || starDim) out.push({ kind: "x", raw, low: "x", key: "x", start, end: start + 1 });
      continue;
    }
    // "24/6" (staples), "10/20" (a size range), "350/450 ml": two numbers that are not a fraction name a
    // variant (a fraction is an inch size: a denominator up to 64)
    // "205/55/16": a tyre's width and profile, then its rim, said as one more slashed number
    const triple = /^(\d{3}\/\d{2})\/(\d{2})$/.exec(raw);
    if (triple?.[1] && triple[2]) {
      out.push({ kind: "code", raw: triple[1], low: triple[1], key: codeKey(triple[1]), start, end: start + 6 });
      out.push(numberToken(triple[2], start + 7));
      continue;
    }
    const slashed = /^(\d+)\/(\d+)$/.exec(raw);
    // ("2/32", "4/64" of memory: a fraction is written in lowest terms, a pair of sizes need not be)
    if (
      slashed &&
      (Number(slashed[1]) >= Number(slashed[2]) ||
        Number(slashed[2]) > 64 ||
        gcd(Number(slashed[1]), Number(slashed[2])) > 1)
    ) {
      out.push({ kind: "code", raw, low: raw, key: codeKey(raw), start, end: start + raw.length });
      continue;
    }
    if (/^\d+(?:[.,]\d+)?$|^\d+\/\d+$/.test(raw)) {
      // ("thinner no 3", "Thinner No. 3": the number sign written as a word)
      const label =
        text[start - 1] === "№" ||
        text[start - 1] === "#" ||
        /№\s$|(?<![\p{L}])(?:no|nr)\.?\s$/iu.test(text.slice(Math.max(0, start - 5), start));
      // "2,500 sheets", "10,000 pages": a thousands comma, unless a measure follows ("1,250 кг" is decimal)
      const unitAfter = /^\s*(\p{L}+)/u.exec(text.slice(start + raw.length))?.[1];
      const thousands = /^[1-9]\d{0,2}(?:,\d{3})+$/.test(raw) && !(unitAfter && unitInfo(lower(unitAfter)).measure);
      const value = thousands ? Number(raw.replace(/,/g, "")) : num(raw);
      out.push({ kind: "num", raw, low: raw, key: raw, start, end: start + raw.length, value, label });
      continue;
    }
    // "No.10 staples", "nr.5": the number sign is dropped like "№"
    const numbered = /^(?:no|nr)\.(\d+(?:\/\d+)?)$/iu.exec(raw);
    // "No.24/6": the staples' size, a code the catalog writes "№24/6"
    if (numbered?.[1]?.includes("/")) {
      const code = numbered[1];
      const at = start + raw.length - code.length;
      out.push({ kind: "code", raw: code, low: code, key: codeKey(code), start: at, end: at + code.length });
      continue;
    }
    if (numbered?.[1]) {
      out.push({ ...numberToken(numbered[1], start + raw.length - numbered[1].length), label: true });
      continue;
    }
    // "9Вт", "4100K", and with a hyphen "12-speed", "60-watt": a rating
    const rated = /^(\d+(?:[.,]\d+)?)(-?)([\p{L}]+[2²]?)$/u.exec(raw);
    const gluedRating = rated?.[3] ? attributeUnit(lower(rated[3]), true) : undefined;
    if (rated?.[1] && rated[3] && gluedRating) {
      out.push(numberToken(rated[1], start));
      out.push({
        kind: "word",
        raw: rated[3],
        low: lower(rated[3]),
        key: gluedRating,
        start: start + rated[1].length + (rated[2]?.length ?? 0),
        end: start + raw.length,
        rating: true,
      });
      continue;
    }
    const glued = /^(\d+(?:[.,]\d+)?)([\p{L}]+[2²]?)$/u.exec(raw);
    if (glued?.[1] && glued[2] && !/^(pack|pk)$/iu.test(glued[2])) {
      const low = lower(glued[2]);
      const info = unitInfo(low);
      const x = /^[xх×]$/.test(low);
      if (info.measure || info.count || x) {
        const split = start + glued[1].length;
        out.push(numberToken(glued[1], start));
        out.push(
          x
            ? { kind: "x", raw: glued[2], low: "x", key: "x", start: split, end: start + raw.length }
            : { kind: "word", raw: glued[2], low, key: fold(low), start: split, end: start + raw.length, ...info },
        );
        continue;
      }
    }
    // "6-pack", "12-pk": how many the pack holds, never how many packs
    const packSize = /^(\d+)-(pack|packs|pk|pak)$/iu.exec(raw);
    if (packSize?.[1] && packSize[2]) {
      const n = numberToken(packSize[1], start);
      out.push({ ...n, label: true, packOf: n.value });
      out.push(word(packSize[2], start + packSize[1].length + 1));
      continue;
    }
    // "20-литровые", "5-литровую": a size said as an adjective, the number and its unit
    const sizedAdjective = /^(\d+(?:[.,]\d+)?)-([\p{L}]+)$/u.exec(raw);
    const adjective = sizedAdjective?.[2] ? wordMeasure(lower(sizedAdjective[2])) : undefined;
    if (sizedAdjective?.[1] && sizedAdjective[2] && adjective?.adjective && adjective.value === 1) {
      const low = lower(sizedAdjective[2]);
      const split = start + sizedAdjective[1].length + 1;
      out.push(numberToken(sizedAdjective[1], start));
      out.push({
        kind: "word",
        raw: sizedAdjective[2],
        low,
        key: fold(low),
        start: split,
        end: start + raw.length,
        measure: adjective.unit,
      });
      continue;
    }
    // "12-шт", "6pack": a pack size, said as a size rather than an amount ("6-pack" is read above)
    const packOf = /^(\d+)-(pcs|шт|штук)$/iu.exec(raw) ?? /^(\d+)(pack|pk)$/iu.exec(raw);
    if (packOf?.[1]) {
      out.push({
        kind: "word",
        raw,
        low: lower(raw),
        key: "",
        start,
        end: start + raw.length,
        packOf: Number(packOf[1]),
      });
      continue;
    }
    const times = /^([xх×*])(\d+(?:[.,]\d+)?)$/u.exec(raw);
    if (times?.[1] && times[2]) {
      out.push({ kind: "x", raw: times[1], low: "x", key: "x", start, end: start + 1 });
      out.push(numberToken(times[2], start + 1));
      continue;
    }
    // "98-й", "32-й": a size said as an ordinal (clothes by height, shoes), never an amount
    const ordinal = /^(\d{2,3})-?(й|я|е|ий|ый|ой|го)$/u.exec(raw);
    if (ordinal?.[1] && Number(ordinal[1]) >= 20) {
      out.push({ ...numberToken(ordinal[1], start), label: true });
      continue;
    }
    // "48-50", "104-110": a size range (a hat, tights), a code the catalog writes "48–50"
    const range = /^(\d{2,3})-(\d{2,3})$/.exec(raw);
    if (range && Number(range[2]) > Number(range[1])) {
      out.push({ kind: "code", raw, low: raw, key: codeKey(raw), start, end: start + raw.length });
      continue;
    }
    // "20-ка", "20-ку", "д20", "ф20", "Ø20": a size said the plumbers' way, never an amount ("15-й" stays a model)
    const sized = /^(?:[дфd]|ø)?(\d{2,3})(?:-?(?:ка|ку|ки|ке|кой))?$/iu.exec(raw);
    if (sized?.[1] && sized[1].length < raw.length) {
      out.push({ ...numberToken(sized[1], start + raw.indexOf(sized[1])), label: true });
      continue;
    }
    // "ф0,8 мм", "Ø1.2", "⌀3": a diameter, a size and never an amount or a code
    const diameter = /^(?:ф|ø|⌀)(\d{1,3}(?:[.,]\d{1,2})?)$/iu.exec(raw);
    if (diameter?.[1]) {
      out.push({ ...numberToken(diameter[1], start + raw.indexOf(diameter[1])), label: true });
      continue;
    }
    // "100 г/240 м": a unit, then a slash before the next size (yarn's weight and length), is no code
    const unitSlash = /^(\p{L}{1,3})\/(\d+(?:[.,]\d+)?)$/u.exec(raw);
    if (unitSlash?.[1] && unitSlash[2] && unitInfo(lower(unitSlash[1])).measure) {
      out.push(word(unitSlash[1], start));
      const slash = start + unitSlash[1].length;
      out.push({ kind: "sep", raw: "/", low: "/", key: "", start: slash, end: slash + 1, sep: "clause", punct: "/" });
      out.push(numberToken(unitSlash[2], slash + 1));
      continue;
    }
    // "6 mm2", "12 м2": a unit with a digit of its own after a number
    const afterNum = out[out.length - 1]?.kind === "num";
    const digitUnit = afterNum ? attributeUnit(lower(raw), false) : undefined;
    if (digitUnit) {
      out.push({ kind: "word", raw, low: lower(raw), key: digitUnit, start, end: start + raw.length, rating: true });
      continue;
    }
    if (afterNum && measureUnit(lower(raw))) {
      out.push(word(raw, start));
      continue;
    }
    if (/\d/.test(raw) && /\p{L}/u.test(raw)) {
      out.push({ kind: "code", raw, low: lower(raw), key: codeKey(raw), start, end: start + raw.length });
      continue;
    }
    if (/^[xх×]$/iu.test(raw)) {
      out.push({ kind: "x", raw, low: "x", key: "x", start, end: start + raw.length });
      continue;
    }
    // "дюбель-цвях", "свеча-цифра", "SDS-plus": each part is a word ("свечу", "plus" said alone);
    // the joined pair still matches through the index's compounds
    if (isCompound(raw)) {
      let at = start;
      for (const part of raw.split("-")) {
        out.push(word(part, at));
        at += part.length + 1;
      }
      continue;
    }
    const prev = out[out.length - 1];
    const rating = prev?.kind === "num" && !prev.worded ? attributeUnit(lower(raw), false) : undefined;
    if (rating) {
      out.push({ kind: "word", raw, low: lower(raw), key: rating, start, end: start + raw.length, rating: true });
      continue;
    }
    out.push(word(raw, start));
  }
  joinConnectors(out);
  joinBigBags(out);
  joinRatios(out, text);
  spellTradeAbbreviations(out);
  markPhases(out);
  markSquareMetres(out);
  markSeriesCodes(out);
  markLetterSizes(out);
  // "пів метра", "пол литра", "half a metre": the unit alone is one of it, halved by the word before
  for (let i = 1; i < out.length; i++) {
    const t = out[i] as Token;
    const prev = out[i - 1] as Token;
    const prev2 = out[i - 2];
    const half = HALF_WORDS.has(prev.low) || (prev.low === "a" && prev2 !== undefined && HALF_WORDS.has(prev2.low));
    // "бутылками по литру", "по кило": one of the unit each
    const each = /^(по|per)$/.test(prev.low) && t.kind === "word" && t.measure && !/^(л|m|м|г|g|l)$/.test(t.low);
    // "тонну в биг беге": a tonne, said in the accusative with no number, is one of it
    const one = /^(тонну|тону)$/u.test(t.low) && prev.kind !== "num";
    if ((half || each || one) && t.kind === "word" && t.measure) out[i] = { ...t, kind: "num", value: 1, worded: true };
    // "пів ящика", "half a box": half of one container
    else if (half && t.kind === "word" && t.count === "pack") out[i] = { ...t, kind: "num", value: 0.5, worded: true };
  }
  markSameEnds(out);
  markSpecNumbers(out);
  markSigned(out, text);
  // short parenthesised remarks on one line: "(12)", "(6 each)"
  const plain: Array<[number, number]> = [];
  for (let i = 0; i < out.length; i++) {
    if (out[i]?.raw !== "(") continue;
    for (let j = i + 1; j < out.length && j <= i + 6; j++) {
      const t = out[j] as Token;
      if (t.raw === "\n" || t.raw === "(") break;
      if (t.raw === ")") {
        for (let k = i + 1; k < j; k++) (out[k] as Token).paren = true;
        const inner = out.slice(i + 1, j);
        if (inner.length > 0 && inner.length <= 2 && inner.every((x) => x.kind === "word")) plain.push([i, j]);
        // "Вентиль TR413 (упаковками по 100)": how the item is packed, said like any word of it
        else if (inner.some((x) => x.packOf !== undefined) && inner.every((x) => x.kind !== "sep")) plain.push([i, j]);
        break;
      }
    }
  }
  // "Q2612A (совместимый)": one or two words in parentheses describe the item before them, like any word
  for (const [open, close] of plain.reverse()) {
    out.splice(close, 1);
    out.splice(open, 1);
  }
  return out;
}

const ORDER_NUMBER = /^(order|invoice|заказ\p{L}{0,2}|замовлен\p{L}{0,2}|сч[её]т\p{L}{0,2}|рахун\p{L}{0,3})$/u;
const SIZE_SAID = /^(розмір|розміру|розміри|размер|размера|размеры|р-р|size|sz)$/u;
const QUARTERS = /^(четверти|четверть|четверті|чверті|чверти|quarters?)$/u;
const IN_ONE = /^(в|у|in)$/u;
const FLAT = /^(кв|квартира|apt|flat)$/u;

/** "34 кв 81", "34, кв. 81": the index of the flat's number after the house number at `i`. */
function flatNumberAfter(out: Token[], i: number): number | undefined {
  let j = i + 1;
  if (out[j]?.raw === ",") j++;
  if (out[j]?.kind !== "word" || !FLAT.test((out[j] as Token).low)) return undefined;
  j++;
  if (out[j]?.raw === ".") j++;
  return out[j]?.kind === "num" ? j : undefined;
}
const THOUSAND = /^(тысяч|тисяч|тыс|тис|тысячи|тисячі|тысячу|тисячу|k|к|thousand|thousands)$/u;
const HUNDREDS = /^(сотни|сотен|сотню|сотня|сотні|сотень|hundreds?)$/u;

/** 1000 for "тысячи" said after a number, 100 for "сотни" ("2k" may be a colour temperature: not read). */
function multiplierOf(t: Token, next: Token | undefined): number | undefined {
  if (next?.kind !== "word" || t.label || /^[kк]$/u.test(next.low)) return undefined;
  if (THOUSAND.test(next.low)) return 1000;
  return HUNDREDS.test(next.low) ? 100 : undefined;
}
const SET_WORD =
  /^(набор|набір|набора|набору|комплект|комплекта|упаковка|упаковку|упаковки|пачка|пачку|set|pack|packs|box|boxes|коробка|коробку|упаковками|упаковках|пачками|пачках|коробками|коробках|packed|sold)$/u;
const OF = /^(з|із|из|по|of|with|на)$/u;

/**
 * Numbers that describe the product, never count it: "хаб 5 в 1", "павербанк на 10 тисяч" (mAh),
 * "ейртеги набір з 4 штук" (a set of four).
 */
function markSpecNumbers(out: Token[]): void {
  for (let i = 0; i < out.length; i++) {
    const t = out[i] as Token;
    // "кілограм двісті", "кило триста": a kilo and so many grams
    const grams = out[i + 1];
    if (
      t.kind === "num" &&
      t.worded &&
      t.measure?.dim === "mass" &&
      t.measure.factor === 1000 &&
      t.value === 1 &&
      grams?.kind === "num" &&
      !grams.measure &&
      grams.value !== undefined &&
      grams.value >= 100 &&
      grams.value < 1000 &&
      grams.value % 50 === 0 &&
      !(out[i + 2]?.kind === "word" && (out[i + 2]?.measure || out[i + 2]?.count))
    ) {
      out[i] = { ...t, value: 1 + grams.value / 1000, end: grams.end, raw: `${t.raw} ${grams.raw}` };
      out.splice(i + 1, 1);
      continue;
    }
    // "27 розмір", "розмір 28", "size 32": a size, never an amount
    const sizeAfter =
      SIZE_SAID.test(out[i - 1]?.low ?? "") &&
      out[i - 2]?.kind !== "num" &&
      !(out[i + 1]?.kind === "word" && (out[i + 1]?.count || out[i + 1]?.measure));
    // "on order 10533", "по заказу 4512", "рахунок 0311": the number of an order or an invoice
    const numbered =
      t.kind === "num" && !t.worded && /^\d{3,}$/.test(t.raw) && ORDER_NUMBER.test(out[i - 1]?.low ?? "");
    if (t.kind === "num" && !t.worded && (SIZE_SAID.test(out[i + 1]?.low ?? "") || sizeAfter || numbered)) {
      out[i] = { ...t, label: true };
      continue;
    }
    // "one and a half kg", "two and a half": a whole number and a half
    if (
      t.kind === "num" &&
      t.value !== undefined &&
      Number.isInteger(t.value) &&
      out[i + 1]?.low === "and" &&
      out[i + 2]?.low === "a" &&
      out[i + 3]?.low === "half"
    ) {
      out[i] = { ...t, value: t.value + 0.5, end: (out[i + 3] as Token).end };
      out.splice(i + 1, 3);
      continue;
    }
    // "2 кило", "полтора кило": after a number, "кило" is its unit, like "кг"
    const unitNext = out[i + 1];
    if (
      t.kind === "num" &&
      !t.measure &&
      t.value !== undefined &&
      unitNext?.kind === "num" &&
      unitNext.worded &&
      unitNext.measure &&
      unitNext.value === 1 &&
      !wordMeasure(unitNext.low)?.adjective
    ) {
      const { value: _v, worded: _w, ...unit } = unitNext;
      out[i + 1] = { ...unit, kind: "word" };
      continue;
    }
    // "перец молотый кг 3", "горошек кг 3 пачки": a unit of weight or volume said alone before a number is
    // the amount in it, or, with packs counted after, the size of each
    const after = out[i + 1];
    if (
      t.kind === "word" &&
      t.measure &&
      t.measure.dim !== "length" &&
      t.measure.dim !== "area" &&
      t.low.length >= 2 &&
      out[i - 1]?.kind === "word" &&
      !out[i - 1]?.measure &&
      after?.kind === "num" &&
      !after.worded &&
      !after.measure &&
      after.value !== undefined &&
      Number.isInteger(after.value) &&
      after.value >= 1 &&
      after.value <= 50
    ) {
      const next2 = out[i + 2];
      if (next2?.kind === "word" && next2.count) {
        out[i] = { ...t, kind: "num", value: 1, worded: true };
        continue;
      }
      if (!(next2?.kind === "word" && (next2.measure || next2.rating))) {
        out[i] = { ...t, kind: "num", value: after.value, end: after.end, raw: `${t.raw} ${after.raw}` };
        out.splice(i + 1, 1);
        continue;
      }
    }
    // "картоплі кіло пять", "литра три": the unit said first, then how many of it
    if (
      t.kind === "num" &&
      t.worded &&
      t.measure &&
      t.value === 1 &&
      // ("кероб кілограмовий 2": two of the kilo pack)
      !wordMeasure(t.low)?.adjective &&
      after?.kind === "num" &&
      !after.measure &&
      after.value !== undefined &&
      after.value >= 2 &&
      after.value <= 20 &&
      Number.isInteger(after.value) &&
      !(out[i + 2]?.kind === "word" && (out[i + 2]?.measure || out[i + 2]?.count))
    ) {
      out[i] = { ...t, value: after.value, end: after.end, raw: `${t.raw} ${after.raw}` };
      out.splice(i + 1, 1);
      continue;
    }
    // "три четверти", "три чверті": 3/4 of an inch, the plumbers' size
    const quarter = out[i + 1];
    if (t.kind === "num" && t.value === 3 && quarter !== undefined && QUARTERS.test(quarter.low)) {
      out[i] = { ...t, value: 0.75, measure: { dim: "length", factor: 25.4 }, label: true };
      out.splice(i + 1, 1);
      continue;
    }
    // "2 тыс. шт", "две тысячи", "полторы сотни": so many thousands or hundreds
    // ("павербанк на 10 тисяч" is a capacity, below)
    const times = t.kind === "num" && out[i - 1]?.low !== "на" ? multiplierOf(t, out[i + 1]) : undefined;
    if (times && t.value !== undefined) {
      const word = out[i + 1] as Token;
      // the abbreviation's dot ("тыс. шт") ends no sentence
      const dot = out[i + 2];
      const abbreviated = dot?.raw === "." && dot.start === word.end && /^\p{Ll}/u.test(out[i + 3]?.raw ?? "") ? 1 : 0;
      const end = abbreviated ? (dot as Token).end : word.end;
      out[i] = { ...t, value: t.value * times, end, raw: `${t.raw} ${word.raw}` };
      out.splice(i + 1, 1 + abbreviated);
      continue;
    }
    if (t.kind !== "num" || t.worded || t.value === undefined) continue;
    const next = out[i + 1];
    const next2 = out[i + 2];
    // "кран 3/4", "фитинг 1/2": a bare fraction is a thread size; "1/2 кг" stays half a kilo
    if (t.raw.includes("/") && t.value < 1 && !(next?.kind === "word" && (next.measure || next.count))) {
      out[i] = { ...t, label: true };
      continue;
    }
    // "героев днепра 34 кв 81": a house number before a flat's is an address, not an amount
    const flatAt = flatNumberAfter(out, i);
    if (flatAt !== undefined) {
      out[i] = { ...t, label: true };
      out[flatAt] = { ...(out[flatAt] as Token), label: true };
      continue;
    }
    if (next?.kind === "word" && IN_ONE.test(next.low) && next2?.kind === "num" && next2.value === 1) {
      out[i] = { ...t, label: true };
      out[i + 2] = { ...next2, label: true };
      continue;
    }
    if (next?.kind === "word" && THOUSAND.test(next.low) && out[i - 1]?.low === "на") {
      out[i] = { ...t, value: t.value * 1000, label: true };
      continue;
    }
    const prev = out[i - 1];
    const prev2 = out[i - 2];
    if (prev?.kind === "word" && OF.test(prev.low) && prev2?.kind === "word" && SET_WORD.test(prev2.low))
      out[i] = { ...t, label: true, packOf: t.value };
  }
}

const PARTICLE = /^(то|ка|нибудь|либо|таки|небудь|будь|де|от)$/u;

/** A hyphenated word of letters whose parts are words of their own (not "где-то", "пол-кило"). */
function isCompound(raw: string): boolean {
  if (!/^\p{L}{2,}(?:-\p{L}{2,})+$/u.test(raw)) return false;
  const low = lower(raw);
  if (NUMBER_WORDS.has(low) || wordMeasure(low) || FILLERS.has(low) || CORRECTIONS.has(low)) return false;
  const parts = low.split("-");
  return !parts.some((p) => PARTICLE.test(p)) && !/^(пол|пів|полу|half)$/u.test(parts[0] ?? "");
}

function joinable(t: Token): boolean {
  if (t.kind === "code") return true;
  if (t.kind === "num") return !t.worded && /^[\d/]+$/.test(t.raw);
  // letter prefixes of part numbers: "W 712/75", "CU 2939", "VKBA 3643"
  return (
    t.kind === "word" &&
    !t.measure &&
    !t.count &&
    /^[A-Za-z]{1,5}$/.test(t.raw) &&
    (t.raw.length <= 2 || t.raw === t.raw.toUpperCase())
  );
}

const TIGHT_JOINER = /^[./-]$/;

/**
 * Part numbers written with spaces or dots ("0 986 452 041", "W 712/75", "34567 01"): each run of
 * 2–6 code-like tokens on one line, as one key, with the token indexes it covers. `spelled` reads
 * Cyrillic letters by their sound ("2рс" is "2RS"), not by their look.
 */
export function codeRuns(
  tokens: Token[],
  text: string,
  spelled = false,
  /** Read in a customer's message, where a series' letters may stand apart from its number. */
  said = false,
): Array<{ from: number; to: number; key: string }> {
  const out: Array<{ from: number; to: number; key: string }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    // "нш 32" of "НШ-32А-3": a series' Cyrillic letters said apart from its number
    const letters =
      said &&
      first.kind === "word" &&
      !first.measure &&
      !first.count &&
      /^[\u0400-\u04ff]{2,3}$/u.test(first.raw) &&
      !INDEX_STOP.has(first.low) &&
      tokens[i + 1]?.kind === "num";
    if (!joinable(first) && !letters) continue;
    let key = codeKey(first.raw, spelled);
    let last = first;
    let parts = 1;
    for (let j = i + 1; j < tokens.length && parts < 6; j++) {
      const t = tokens[j] as Token;
      if (t.kind === "sep" && TIGHT_JOINER.test(t.raw) && t.start === last.end) {
        const n = tokens[j + 1];
        if (n && n.start === t.end && joinable(n)) continue;
        break;
      }
      // "HU 719/7 x": MANN's closing letter, not a "×" (nothing is multiplied after it)
      const closingX = t.kind === "x" && /^[xX]$/.test(t.raw) && tokens[j + 1]?.kind !== "num";
      if ((!joinable(t) && !closingX) || t.start - last.end > 1) break;
      const gap = text.slice(last.end, t.start);
      if (gap !== "" && gap !== " " && !TIGHT_JOINER.test(gap)) break;
      key += codeKey(t.raw, spelled);
      last = t;
      parts++;
      // "5W-30 4 л": a number followed by its unit is a size, not the end of a part number
      const unit = tokens[j + 1];
      if (t.kind === "num" && unit?.kind === "word" && (unit.measure || unit.count)) break;
      if (key.length >= 4 && (/\d\D*\d\D*\d/.test(key) || (letters && /\d\d$/.test(key))))
        out.push({ from: i, to: j, key });
    }
  }
  return out;
}

/** Spoken names of a connector's type: "тайп сі", "type c", "юсб сі", "тип-с", "typec" all mean USB-C. */
const CONNECTOR_HEAD = /^(тайп|type|тип|usb|юсб|usb-type|юсб-тайп)$/u;
const LETTER_C = /^(c|с|си|сі|ci|cи)$/u;
const CONNECTOR_WORD = /^(typec|type-c|тайпсі|тайпси|тайп-сі|тайп-си|тип-с|юсб-сі|юсб-си|usbc|тайпc|type-с)$/u;
const USB_C = "usbk";

/** "16:16:16", "10:26:26": a fertilizer's three-part ratio written with colons is one code, never a time. */
function joinRatios(out: Token[], text: string): void {
  for (let i = 0; i + 4 < out.length; i++) {
    const run = out.slice(i, i + 5);
    const [a, c1, b, c2, d] = run as [Token, Token, Token, Token, Token];
    if (a.kind !== "num" || b.kind !== "num" || d.kind !== "num" || a.worded || b.worded || d.worded) continue;
    if (c1.raw !== ":" || c2.raw !== ":" || run.some((t, k) => k > 0 && t.start !== (run[k - 1] as Token).end))
      continue;
    const raw = text.slice(a.start, d.end);
    if (!/^\d{1,2}:\d{1,2}:\d{1,2}$/.test(raw) || raw.endsWith(":00")) continue;
    out.splice(i, 5, { kind: "code", raw, low: raw, key: codeKey(raw.replace(/:/g, "-")), start: a.start, end: d.end });
  }
}

/** Rewrites spoken connector names in place onto the key catalogs give "USB-C". */
function joinConnectors(out: Token[]): void {
  for (let i = 0; i < out.length; i++) {
    const t = out[i] as Token;
    if (t.kind !== "word") continue;
    if (CONNECTOR_WORD.test(t.low)) {
      out[i] = { ...t, key: USB_C };
      continue;
    }
    const next = out[i + 1];
    if (!CONNECTOR_HEAD.test(t.low) || next?.kind !== "word" || next.start - t.end > 2 || !LETTER_C.test(next.low))
      continue;
    // "usb type c": the head before "type" belongs to the same name
    const prev = out[i - 1];
    const from = prev?.kind === "word" && /^(usb|юсб)$/u.test(prev.low) && t.low !== prev.low ? i - 1 : i;
    const first = out[from] as Token;
    const joined: Token = {
      kind: "word",
      raw: `${first.raw} ${next.raw}`,
      low: `${first.low} ${next.low}`,
      key: USB_C,
      start: first.start,
      end: next.end,
    };
    out.splice(from, i + 2 - from, joined);
    i = from;
  }
}

const BIG = /^(биг|біг|big)$/u;
const BAG = /^(б[еэ]г|bag)\p{L}*$/u;
const BIG_BAG = /^(биг|біг|big)-?(б[еэ]г|bag)\p{L}*$/u;

/**
 * "биг-бэг", "биг бегами", "big bags": the bulk trade's one-tonne sack is one container word, so it counts
 * an amount ("2 биг-бега") and never reads as "big" and a bag.
 */
function joinBigBags(out: Token[]): void {
  for (let i = 0; i < out.length; i++) {
    const t = out[i] as Token;
    if (t.kind !== "word") continue;
    const next = out[i + 1];
    const two = BIG.test(t.low) && next?.kind === "word" && next.start - t.end <= 1 && BAG.test(next.low);
    if (!two && !BIG_BAG.test(t.low)) continue;
    const last = two ? (next as Token) : t;
    const raw = two ? `${t.raw} ${last.raw}` : t.raw;
    out.splice(i, two ? 2 : 1, {
      kind: "word",
      raw,
      low: "bigbag",
      key: "#bigbag",
      count: "pack",
      start: t.start,
      end: last.end,
    });
  }
}

/** The fish and meat trade's two-letter abbreviations, spelled out as the catalogs write them. */
const TRADE_ABBREVIATIONS = new Map<string, readonly [string, string]>([
  ["г/к", ["горячего", "копчения"]],
  ["х/к", ["холодного", "копчения"]],
  ["в/м", ["варено", "мороженый"]],
]);

/** "скумбрия г/к": "hot-smoked", written as its two initials, which would read as grams and a letter. */
function spellTradeAbbreviations(out: Token[]): void {
  for (let i = 0; i + 2 < out.length; i++) {
    const a = out[i] as Token;
    const slash = out[i + 1] as Token;
    const b = out[i + 2] as Token;
    if (a.raw.length !== 1 || slash.raw !== "/" || b.raw.length !== 1) continue;
    if (slash.start !== a.end || b.start !== slash.end) continue;
    const words = TRADE_ABBREVIATIONS.get(`${a.raw}/${b.raw}`.toLowerCase());
    if (!words) continue;
    out.splice(i, 3, { ...word(words[0], a.start), end: a.end }, { ...word(words[1], b.start), end: b.end });
    i++;
  }
}

/** The word read as a plain word, not as the unit it also spells ("CM 11", "M" of a size). */
function withoutUnit(t: Token): Token {
  const { measure: _, ...plain } = t;
  return plain;
}

/** Clothing sizes other than M and L, written in capitals. */
const LETTER_SIZES = /^(XXS|XS|S|XL|XXL|XXXL|[2-5]XL)$/;

/** "Ceresit CM 11", "CM 17 25кг": two capitals before a number, after none, open a series code, no unit. */
function markSeriesCodes(out: Token[]): void {
  for (let i = 0; i < out.length; i++) {
    const t = out[i] as Token;
    const next = out[i + 1];
    if (
      t.kind === "word" &&
      t.measure &&
      /^[A-Z]{2}$/.test(t.raw) &&
      out[i - 1]?.kind !== "num" &&
      next?.kind === "num" &&
      !next.worded &&
      next.start === t.end + 1
    ) {
      out[i] = withoutUnit(t);
    }
  }
}

/**
 * "2 S, 4 M, 3 L, 1 XXL", "S 2 M 5 XL 3": beside other letter sizes in capitals, "M" and "L" are sizes
 * too, not metres and litres.
 */
function markLetterSizes(out: Token[]): void {
  if (!out.some((t) => t.kind === "word" && LETTER_SIZES.test(t.raw))) return;
  for (let i = 0; i < out.length; i++) {
    const t = out[i] as Token;
    if (t.kind === "word" && t.measure && (t.raw === "M" || t.raw === "L")) {
      out[i] = withoutUnit(t);
    }
  }
}

/** "22 квадрата": square metres after a number (alone, "квадрат" is a shape: "форми «Квадрат»"). */
const SQUARES = /^(квадрат|квадрата|квадратов|квадратів|квадрати|квадратних|квадратных)$/u;

/**
 * "4 sq m", "43,2 кв.м", "10 кв м", "22 квадрата", and "6 кв" with no number after it (a flat's number
 * follows "кв" in an address: "6 кв 88"): square metres, one measure word.
 */
function markSquareMetres(out: Token[]): void {
  for (let i = 1; i < out.length; i++) {
    const t = out[i] as Token;
    if (out[i - 1]?.kind !== "num") continue;
    if (SQUARES.test(t.low)) {
      out[i] = { ...word("м2", t.start), raw: t.raw, low: t.low, end: t.end };
      continue;
    }
    if (t.low !== "sq" && t.low !== "кв") continue;
    const dot = out[i + 1]?.raw === "." ? 1 : 0;
    const m = out[i + 1 + dot];
    const metre = m?.kind === "word" && (m.low === "m" || m.low === "м") && m.start - t.end <= 2;
    if (!metre && (t.low !== "кв" || out[i + 1]?.kind === "num" || out[i + 2]?.kind === "num")) continue;
    const end = metre && m ? m.end : t.end;
    out.splice(i, metre ? 2 + dot : 1, {
      ...word("м2", t.start),
      raw: metre && m ? `${t.raw}${dot ? "." : " "}${m.raw}` : t.raw,
      end,
    });
  }
}

/** "1-phase", "3ph", "трехфазный": how many phases, said as one word. */
const PHASE_WORD =
  /^(?:([13])-?(?:ph|phase|фаз[аиы]?|фазн\p{L}*)|(single|one|mono|одно|моно)-?(?:phase|фазн\p{L}*)|(three|тр[её]х|трьох|три)-?(?:phase|фазн\p{L}*))$/u;
/** The word after a number or "single"/"three" ("3 phase", "3 фази", "single phase"). */
const PHASE_AFTER = /^(?:ph|phase|phases|фаз[аиы]?|фазн\p{L}*)$/u;
const PHASE_COUNT: Readonly<Record<string, number>> = { single: 1, one: 1, mono: 1, three: 3 };

/**
 * "1-phase", "1ph", "single phase", "однофазный" and "3 фази", "3ph", "трифазний": one word whose key is
 * the count of phases, so an inverter or meter is picked by it however it was written.
 */
function markPhases(out: Token[]): void {
  for (let i = 0; i < out.length; i++) {
    const t = out[i] as Token;
    const m = t.kind === "word" || t.kind === "code" ? PHASE_WORD.exec(t.low) : null;
    if (m) {
      const n = m[1] ? Number(m[1]) : m[2] ? 1 : 3;
      out[i] = { ...word(t.raw, t.start), end: t.end, key: `#ph${n}` };
      continue;
    }
    const next = out[i + 1];
    if (next?.kind !== "word" || !PHASE_AFTER.test(next.low) || next.start - t.end > 1) continue;
    const n = t.kind === "num" ? t.value : PHASE_COUNT[t.low];
    if (n !== 1 && n !== 3) continue;
    out.splice(i, 2, { ...word(`${t.raw} ${next.raw}`, t.start), end: next.end, key: `#ph${n}` });
  }
}

/**
 * "-2.75", "+2,00", "−1.5": a sign glued to a number and standing apart from what is before it (not the
 * dash of "10-15", nor a list's "- 2 шт") makes a signed value, such as a lens's power.
 */
function markSigned(out: Token[], text: string): void {
  out.forEach((t, i) => {
    if (t.kind !== "num" || t.worded || t.start < 1) return;
    const sign = text[t.start - 1];
    if (sign !== "-" && sign !== "+" && sign !== "−") return;
    if (t.start >= 2 && !/[\s(:;/|]/u.test(text[t.start - 2] as string)) return;
    const next = out[i + 1];
    if (next?.kind === "word" && (next.count || next.measure) && next.start - t.end <= 1) return;
    // "80204 -10": a whole number after a code is the amount set off by a dash
    const before = out.slice(0, i).findLast((o) => o.end <= t.start - 1);
    if (!/[.,]/.test(t.raw) && (before?.kind === "num" || before?.kind === "code")) return;
    out[i] = { ...t, signed: sign === "+" ? 1 : -1 };
  });
}

const BETWEEN = /^(to|на|в|-|–|—|\/|->|→)$/u;

/**
 * "USB-C to USB-C", "тайп сі на тайп сі": the second end of a same-to-same adapter or cable gets its own
 * key, so such a name outranks "USB-A to USB-C" when both ends are said.
 */
function markSameEnds(out: Token[]): void {
  for (let i = 2; i < out.length; i++) {
    const t = out[i] as Token;
    const a = out[i - 2] as Token;
    const mid = out[i - 1] as Token;
    if (t.kind !== "word" || a.kind !== "word" || !t.key || t.key !== a.key || t.key.startsWith("#")) continue;
    if (!BETWEEN.test(mid.low)) continue;
    out[i] = { ...t, key: `${t.key}2` };
  }
}

/** Whether a quotation mark opened earlier on the line is still open at `at` ('модель "Ranger 19"'). */
function openQuote(text: string, at: number): boolean {
  const line = text.slice(text.lastIndexOf("\n", at - 1) + 1, at);
  return (line.match(/["“”«»]/g) ?? []).length % 2 === 1;
}
