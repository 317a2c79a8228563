import type { Catalog, Product } from "../types.js";
import {
  COLOURS,
  CONTAINER_KEYS,
  containerKind,
  type Dim,
  FOR_WORDS,
  isThickness,
  pieceKind,
  SHEETS,
  soldBy,
} from "./lexicon.js";
import { baseFold, fold, soundKey, wordSimilarity } from "./normalize.js";
import { codeKey, codeRuns, INDEX_STOP, type Token, tokenize } from "./tokenize.js";

/** A number written in a product name with what follows it: "250 г", "50 шт", "60 Вт". */
export interface ProductAttr {
  value: number;
  /** Base-unit value for measures (grams, millilitres, millimetres). */
  base?: number;
  dim?: Dim;
  /** Folded word after the number, for non-measure attributes. */
  unitKey?: string;
  /** One dimension of a code ("Ø12x210 mm"): fits a measure said ("12mm"), never a bare number. */
  coded?: boolean;
  /** The number a designation opens with ("6305" of "6305-2RS"): said before the name's words too. */
  designation?: boolean;
  /** The length or weight a container holds ("рулон 100 м", "бухта 100 м"): the pack, not the good. */
  packed?: boolean;
  /** "-2.75" of a lens: the sign the name writes. */
  sign?: 1 | -1;
}

export interface IndexedProduct {
  product: Product;
  idx: number;
  /** Word keys of the name and of each alias. */
  variants: string[][];
  /**
   * Per variant: the numbers of an alias that shortens the name to a few of its words and its numbers
   * ("мешки 120 40мкм"), and whether it has a code. Such an alias counts only with its numbers said.
   */
  variantNumbers: Array<{ nums: number[]; coded: boolean } | undefined>;
  /** Word keys of the name only (for the "fewest extra words" tie-break). */
  nameWords: string[];
  /** `nameWords` joined by spaces: products with the same key are variants of one name. */
  nameKey: string;
  /** Every word key of the name, aliases and joined pairs. */
  vocab: Set<string>;
  /** Joined adjacent keys ("эрл"+"грей") → the two keys they stand for. */
  compounds: Map<string, [string, string]>;
  codes: Set<string>;
  /** The first code its name and each alias write: its own designation ("FA196HH" of "EBC FA196HH …"). */
  firstCodes: Set<string>;
  attrs: ProductAttr[];
  /** The product's own size when its name states one outside parentheses (Арабика 250 г). */
  size?: { dim: Dim; base: number };
  /** Pieces per pack, from `packSize` or the name ("упаковка 50 шт"). */
  packSize?: number;
  /** What one catalog unit of it measures (a kilo, a litre, a metre, a square metre); none for pieces. */
  sold?: Dim;
  /**
   * Pieces in the box a good sold by the piece ships in ("Масло … 1 л (кор. 12 шт)", "(box of 12)"): a box
   * or half a box a customer asks for is that many pieces.
   */
  boxOf?: number;
  /** Boxes or packs in the case that a good sold by the box ships in ("box of 100 (10 boxes per case)"). */
  caseOf?: number;
  /**
   * The name without its container words and pack count, with its size and other attributes: products
   * with the same key are one good sold loose and in packs of different sizes ("Milk 1 l" and
   * "Milk 1 l, box 12"; "Cup 350 ml, pack 50" and "…, box 1000").
   */
  packKey: string;
  /** The kind of container the name sells ("…, ream of 500 sheets" → ream; "box of 5 reams" → box). */
  container?: string;
  /** What the name's pack counts ("box of 5 reams" → ream; "pack of 10 rolls" → roll). */
  packOf?: string;
  /**
   * Words the name or an alias says after "for" / "для" ("Lid Ø90 mm for 350 ml cups", "манжеты для
   * стаканов"): what the product fits, not what it is.
   */
  fitsWords: ReadonlySet<string>;
  /** The word a name says after "без" / "without" ("Розетка без заземлення"): what the product lacks. */
  lacksWords: ReadonlySet<string>;
  /**
   * Words the name says only inside brackets that list things ("StarterKit 2 (Hub 2, MotionProtect, …)"):
   * what a kit holds, not what it is.
   */
  listedWords: ReadonlySet<string>;
}

export interface WordMatch {
  key: string;
  sim: number;
}

/** The catalog prepared for matching; build once per catalog and reuse for every message. */
export interface CatalogIndex {
  readonly currency: string;
  readonly products: readonly IndexedProduct[];
  readonly bySku: ReadonlyMap<string, IndexedProduct>;
  /** Word key → indexes of products whose name or aliases contain it. */
  readonly postings: ReadonlyMap<string, number[]>;
  readonly idf: ReadonlyMap<string, number>;
  readonly weak: ReadonlySet<string>;
  /**
   * Code keys → products. Also "~796" for three or four digits a model code holds between its letters
   * ("DCD796P2"), which customers say alone; no code said is ever read so (see `modelDigits` in items).
   */
  readonly codes: ReadonlyMap<string, number[]>;
  /** Every word some product lacks (see `IndexedProduct.lacksWords`). */
  readonly lacking: ReadonlySet<string>;
  /** Fuzzy buckets: short keys → vocabulary words. */
  readonly buckets: ReadonlyMap<string, string[]>;
  /** Vocabulary entries that are joined pairs of adjacent name words. */
  readonly compoundKeys: ReadonlySet<string>;
  /** "iphone 15", "nano 3": a name word and the model number right after it ("key value"). */
  readonly models: ReadonlySet<string>;
  /** "конус 8" of "Конус пірометричний №8": a name's first word and a number it has after "№" ("key value"). */
  readonly labelModels: ReadonlySet<string>;
  /** Sound skeleton (`soundKey`) of name words → their keys, for brands written in the other alphabet. */
  readonly sounds: ReadonlyMap<string, string[]>;
  /** `packKey` → the products of one good sold loose and in packs, in catalog order (two or more). */
  readonly packSiblings: ReadonlyMap<string, readonly IndexedProduct[]>;
  /**
   * The words of `packKey` → the products of those words sold in a container ("…, 250 л, пачка" and
   * "…, короб 20 пачек": the box does not repeat what each pack holds, so the two are no pack siblings).
   */
  readonly boxed: ReadonlyMap<string, readonly IndexedProduct[]>;
  /**
   * Words and codes the catalog writes mostly inside the brackets of names, for three or more products
   * of two or more kinds ("Колодки … (VW Golf V/VI, Skoda Octavia A5)", "Фільтр салону … (Octavia
   * A5/A7)"): what the goods fit, a car or a printer, not what they are.
   */
  readonly fitKeys: ReadonlySet<string>;
  /**
   * How many pieces the catalog's sets hold, when its names agree ("комплект 4 шт" in most of them): what
   * "a set" of goods sold by the piece is in this shop (a set of tyres is four).
   */
  readonly setSize?: number;
  /** Memo of query word → matching vocabulary words. */
  readonly memo: Map<string, WordMatch[]>;
}

function bucketKeys(key: string): string[] {
  const out = new Set<string>([key.slice(0, 3)]);
  const head = key.slice(0, 4);
  for (let i = 0; i < head.length; i++) out.add((head.slice(0, i) + key.slice(i + 1)).slice(0, 3));
  return [...out];
}

function wordKeys(tokens: Token[], lows?: string[]): string[] {
  const out: string[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== "word" || INDEX_STOP.has(t.low) || t.key.length === 0) return;
    const afterNum = tokens[i - 1]?.kind === "num";
    if ((t.measure || t.count === "piece" || t.rating) && afterNum) return;
    if (t.count === "piece" && /^(шт|pcs|pc)$/.test(t.low)) return;
    out.push(t.key);
    lows?.push(t.low.replace(/-/g, ""));
  });
  return out;
}

/** Words that start another part of a name ("… для мойки с отводом"): the "for" part ends there. */
const PHRASE_WORDS = new Set(["с", "со", "з", "із", "зі", "with", "без", "without", "и", "і", "та", "and"]);

/** "без", "without": what follows in a name is what the product lacks ("Розетка без заземлення"). */
const WITHOUT_WORDS: ReadonlySet<string> = new Set(["без", "without"]);
/** The same words as keys, to read a customer's run of words. */
export const WITHOUT_KEYS: ReadonlySet<string> = new Set(tokenize("без without").map((t) => t.key));

/**
 * The words of a name's part that starts with one of `starters` (see `fitsWords`, `lacksWords`), or
 * with `one`, only the word right after it.
 */
function wordsAfter(texts: Token[][], starters: ReadonlySet<string>, one = false): ReadonlySet<string> {
  const out = new Set<string>();
  for (const tokens of texts) {
    let after = false;
    for (const t of tokens) {
      if (t.kind === "sep" && t.sep !== "dash") after = false;
      else if (t.kind !== "word") continue;
      else if (starters.has(t.low)) after = true;
      else if (PHRASE_WORDS.has(t.low)) after = false;
      else if (t.key && after) {
        out.add(t.key);
        if (one) after = false;
      }
    }
  }
  return out;
}

/**
 * A number of three or four digits said before a word that is no unit ("1883 ваниль", "1883 Maison
 * Routin"): a brand or model named by a number, never an amount.
 */
export function isBrandNumber(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return (
    t?.kind === "num" &&
    !t.worded &&
    /^\d{3,4}$/.test(t.raw) &&
    next?.kind === "word" &&
    !next.count &&
    !next.measure &&
    !next.rating
  );
}

/** "600х400х400" (in millimetres) → "60x40x40"; undefined unless every side is whole centimetres. */
function inCentimetres(raw: string): string | undefined {
  const sides = raw.split(/[xх×*]/iu);
  if (sides.length < 2 || !sides.every((s) => /^\d{2,4}$/.test(s) && Number(s) % 10 === 0)) return undefined;
  return sides.map((s) => Number(s) / 10).join("x");
}

/** "R16-R17", "R15C-R16C", "R13-17": the same letters around two numbers a dash apart. */
const CODE_RANGE = /^(\p{L}{1,3})(\d{1,3})(\p{L}{0,2})[-–](\p{L}{0,3})(\d{1,3})(\p{L}{0,2})$/u;

/** The code keys of each size in a range written as one code ("R13-R15" → R13, R14, R15); none otherwise. */
export function codeRange(raw: string): string[] {
  const m = CODE_RANGE.exec(raw);
  if (!m || (m[4] && m[1]?.toLowerCase() !== m[4].toLowerCase()) || m[3]?.toLowerCase() !== m[6]?.toLowerCase())
    return [];
  const lo = Number(m[2]);
  const hi = Number(m[5]);
  if (hi <= lo || hi - lo > 8) return [];
  const keys: string[] = [];
  for (let n = lo; n <= hi; n++) keys.push(codeKey(`${m[1]}${n}${m[3]}`));
  return keys;
}

/**
 * "26X", "12A": a number of two or more digits with one Latin letter glued after it (not a measure: "300g")
 * and nothing glued after that, as the code it may be (the caller decides whether the catalog knows it).
 */
export function gluedModel(tokens: readonly Token[], i: number): string | undefined {
  const t = tokens[i];
  const l = tokens[i + 1];
  if (t?.kind !== "num" || t.worded || !/^\d{2,}$/.test(t.raw) || !l || l.start !== t.end) return undefined;
  const after = tokens[i + 2];
  if (
    l.end - l.start !== 1 ||
    !/^[A-Za-z]$/.test(l.raw) ||
    l.measure ||
    (after?.start === l.end && after.kind !== "sep")
  )
    return undefined;
  return `${t.raw}${l.raw.toUpperCase()}`;
}

/** "VI" → 6; undefined for anything that is not a Roman numeral from 1 to 12. */
function roman(raw: string | undefined): number | undefined {
  const n = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"].indexOf(raw ?? "");
  return n < 0 ? undefined : n + 1;
}

/** The unit key of a generation attribute ("Golf V/VI" → 5 and 6 of it). */
export const GENERATION = "#gen";

/**
 * "Golf V/VI", "Focus II", "Golf V-VII": the word a Roman-numeral generation follows, with each
 * generation it names.
 */
function generationsOf(toks: readonly Token[]): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  toks.forEach((t, i) => {
    const prev = toks[i - 1];
    if (prev?.kind !== "word" || !prev.key || t.kind !== "word" || !/^[IVX]+(?:[-/][IVX]+)?$/.test(t.raw)) return;
    const [from, to] = t.raw.split(/[-/]/).map(roman);
    if (!from) return;
    for (let n = from; n <= (to ?? from) && n <= from + 4; n++) out.push([prev.key, n]);
    // "V/VI" tokenized as three tokens: the numeral after the slash too
    const more = toks[i + 2];
    if (toks[i + 1]?.raw === "/" && more?.kind === "word" && /^[IVX]+$/.test(more.raw)) {
      const n = roman(more.raw);
      if (n) out.push([prev.key, n]);
    }
  });
  return out;
}

/** Adds `value` to the list under `key`, once when added twice in a row. */
function addTo<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

/** The two parts of a product's `packKey`: the name's words, and the attributes it describes. */
export function packParts(p: IndexedProduct): { words: string; described: string[] } {
  const [words = "", described = ""] = p.packKey.split("|");
  return { words, described: described ? described.split(" ") : [] };
}

/** See `IndexedProduct.packKey`. */
function packKeyOf(tokens: Token[], attrs: ProductAttr[], pack: number | undefined): string {
  const words: string[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== "word" || INDEX_STOP.has(t.low) || t.key.length === 0 || t.count) return;
    // a size's unit, and a unit said alone ("Кабель ВВГнг 3х2.5, м": sold by the metre)
    if (((t.measure || t.rating) && tokens[i - 1]?.kind === "num") || (t.measure && tokens[i - 1]?.kind === "sep"))
      return;
    // "…, workshop box of 25 chains": what kind of box, and what it counts, are the pack's words
    if (tokens[i + 1]?.count === "pack" && tokens[i - 1]?.kind === "sep") return;
    const before = tokens[i - 2]?.low === "of" ? tokens[i - 3] : tokens[i - 2];
    if (tokens[i - 1]?.kind === "num" && before?.count === "pack") return;
    words.push(t.key);
  });
  const described = attrs
    .filter(
      (a) => !((a.unitKey === "pcs" || pieceKind(a.unitKey ?? "")) && (a.value === pack || a.value === 1)) && !a.packed,
    )
    .map((a) => `${a.dim ?? a.unitKey ?? ""}:${a.base ?? a.value}`)
    .sort();
  return `${words.join(" ")}|${described.join(" ")}`;
}

/** The "x" at `at` stands between two numbers, with the unit after the second ("6 x 500 мл", "42 × 2 мм"). */
function betweenNumbers(tokens: readonly Token[], at: number): Dim | undefined {
  if (tokens[at]?.kind !== "x" || tokens[at - 1]?.kind !== "num" || tokens[at + 1]?.kind !== "num") return undefined;
  return tokens[at + 2]?.measure?.dim;
}

/**
 * "24 x 0.33 l", "6 x 500 мл": the "x" at `at` stands between a pack's count and the size of each piece
 * ("42 × 2 мм", "30 x 65 mm", a length on both sides, is a dimension: see `sidesOfLength`).
 */
function countsSizes(tokens: readonly Token[], at: number): boolean {
  const dim = betweenNumbers(tokens, at);
  return dim !== undefined && dim !== "length";
}

/** "30 x 65 mm", "22×2 мм": the "x" at `at` stands between two sides of a length. */
function sidesOfLength(tokens: readonly Token[], at: number): boolean {
  return betweenNumbers(tokens, at) === "length";
}

interface NameAttrs {
  attrs: ProductAttr[];
  size?: { dim: Dim; base: number };
  pack?: number;
  container?: string;
  packOf?: string;
}

function attrsOf(tokens: Token[], text: string): NameAttrs {
  const attrs: ProductAttr[] = [];
  let size: { dim: Dim; base: number } | undefined;
  let pack: number | undefined;
  let container: string | undefined;
  let packOf: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const isNum = t.kind === "num" && !t.worded && t.value !== undefined;
    const prev = tokens[i - 1];
    // "ream of 500 sheets", "pack 6", "box of 5 reams": the container the name sells, and what it counts
    const holder = prev?.low === "of" ? tokens[i - 2] : prev;
    if (isNum && holder?.count === "pack") {
      container = containerKind(holder.low) ?? container;
      const counted = tokens[i + 1];
      if (counted?.kind === "word" && !counted.measure) packOf = containerKind(counted.low) ?? packOf;
    }
    // "x6", "6 x 500 мл" give a pack; "70 × 140" between two numbers is a dimension
    if (
      t.kind === "x" &&
      tokens[i + 1]?.kind === "num" &&
      !(prev?.kind === "num" && !tokens[i + 2]?.measure) &&
      // '3 1/2" х 40 мм': a dimension after an inch size, not a pack
      !(prev?.measure && tokens[i + 2]?.measure) &&
      // "30 x 65 mm": two sides of a length, not thirty pieces
      !sidesOfLength(tokens, i)
    ) {
      // "24 x 0.33 l can", "6 x 500 мл": the count before the size; "x6": the count after
      const measured = countsSizes(tokens, i);
      const v = measured ? prev?.value : tokens[i + 1]?.value;
      if (v && Number.isInteger(v) && v > 1) pack = pack ?? v;
      // what the pack counts: "… l can" → cans; bottles of a drink otherwise
      const after = tokens[i + 3];
      if (measured && v && v > 1)
        packOf ??=
          (after?.kind === "word" ? pieceKind(after.low) : undefined) ??
          (tokens[i + 2]?.measure?.dim === "volume" ? "bottle" : undefined);
    }
    if (t.kind === "code") {
      // "27x28", "3,5x25": each dimension is an attribute a customer may say on its own
      // "Ø12x210 mm": each dimension is that many millimetres too
      const unit = tokens[i + 1]?.measure;
      for (const raw of t.low.split(/[xх×*/]/)) {
        const part = raw.replace(/^\p{L}{1,2}(?=\d)/u, "");
        const v = Number(part.replace(",", "."));
        if (!part || !Number.isFinite(v)) continue;
        attrs.push({ value: v });
        if (unit) attrs.push({ value: v, base: v * unit.factor, dim: unit.dim, coded: true });
      }
      const lead = /^[\p{L}]+(\d+(?:[.,]\d+)?)$/u.exec(t.low);
      if (lead?.[1]) attrs.push({ value: Number(lead[1].replace(",", ".")) });
      // "6305-2RS1", "800-8M-20": the number a designation opens with, said on its own ("подшипник 6305")
      const head = DESIGNATION_HEAD.exec(t.low);
      if (head?.[1]) attrs.push({ value: Number(head[1]), designation: true });
      continue;
    }
    const next = tokens[i + 1];
    // a number word in a name ("Three Meats") is an attribute with its word, never a size
    if (t.kind === "num" && t.worded && !t.measure && t.value !== undefined && next?.kind === "word" && !next.measure)
      attrs.push({ value: t.value, unitKey: next.key });
    if (!isNum || t.value === undefined) continue;
    // "Nylon Picks 1.38 mm, 6-pack": the pieces in the pack the name sells
    if (t.packOf !== undefined && next?.count === "pack" && Number.isInteger(t.value) && t.value > 1) {
      attrs.push({ value: t.value, unitKey: "pcs" });
      pack = pack ?? t.value;
      continue;
    }
    const inParens = text.lastIndexOf("(", t.start) > text.lastIndexOf(")", t.start);
    const piece = next?.kind === "word" ? pieceKind(next.low) : undefined;
    if (next?.kind === "word" && SHEETS.test(next.low)) {
      // "box of 5 reams (2,500 sheets)": the box's total in brackets, each ream's 500
      const each = inParens && pack && t.value % pack === 0 ? t.value / pack : t.value;
      attrs.push({ value: each, unitKey: "sheet" });
    } else if (
      next?.measure &&
      prev?.count === "pack" &&
      !next.count &&
      i > 2 &&
      // "Thermal paper roll 57 mm": the good's width, not what a roll holds
      (tokens[i - 2]?.kind === "sep" || next.measure.factor >= 1000 || next.measure.dim === "area")
    ) {
      // "Кромка ПВХ 22×0,6 мм, рулон 100 м": the good sold by the metre and in a roll of a hundred
      attrs.push({ value: t.value, base: t.value * next.measure.factor, dim: next.measure.dim, packed: true });
      // (a canister of 5 l or a bag of 25 kg is one piece, not a pack of five or twenty-five)
      if (next.measure.dim === "length")
        pack = pack ?? (Number.isInteger(t.value) && t.value > 1 ? t.value : undefined);
    } else if (next?.measure) {
      const base = t.value * next.measure.factor;
      attrs.push({ value: t.value, base, dim: next.measure.dim });
      // ("Кромка ПВХ 22×2 мм": the side of a dimension is no size the good is sold by, nor is a diameter,
      // "ф3,0 мм")
      if (!size && !inParens && !t.label && !sidesOfLength(tokens, i - 1)) size = { dim: next.measure.dim, base };
      // "tablets 20 g, 1 kg", "Tablets 200 g …, 5 kg bucket": the weight of each piece, then of what is sold
      else if (
        size &&
        size.dim === next.measure.dim &&
        // ("Copper pipe coil 1/4", 50 m": a coil of fifty metres of a quarter-inch pipe)
        (size.dim === "mass" || size.dim === "volume" || (size.dim === "length" && base >= 50 * size.base)) &&
        base > size.base &&
        !inParens &&
        !t.label
      )
        size = { dim: next.measure.dim, base };
    } else if (
      piece &&
      piece !== "sheet" &&
      next?.count !== "piece" &&
      holder?.count !== "pack" &&
      Number.isInteger(t.value) &&
      t.value > 1
    ) {
      // "12 рул/уп", "2 рулони": the pieces of a kind the good holds, which a customer may count
      attrs.push({ value: t.value, unitKey: piece });
    } else if (
      next?.count === "piece" ||
      // "(1 pair)": the piece the good is sold as
      (next?.worded && /^(pair|пара|пару|пари)$/.test(next.low)) ||
      (next?.kind === "word" &&
        /^(капсул|пакетик|саше|таблет|полоск|смужк|смужок|capsule|pod|sachet|tea ?bag|strip|tablet)/.test(next.low))
    ) {
      attrs.push({ value: t.value, unitKey: "pcs" });
      if (Number.isInteger(t.value) && t.value > 1) {
        pack = pack ?? t.value;
        // "(50 пар)": pieces of a kind a customer may count in ("150 пар")
        if (piece) attrs.push({ value: t.value, unitKey: piece });
      }
    } else if (holder?.count === "pack" && !next?.measure && Number.isInteger(t.value) && t.value > 1) {
      // "pack 50", "box 1000", "упаковка 100", "box of 25 pairs": the pieces in the pack the name sells
      attrs.push({ value: t.value, unitKey: "pcs" });
      pack = pack ?? t.value;
    } else if (
      (prev?.kind === "x" && Number.isInteger(t.value) && t.value > 1 && tokens[i - 2]?.kind !== "num") ||
      // "24 x 0.33 l": the count of the pack
      (countsSizes(tokens, i + 1) && Number.isInteger(t.value) && t.value > 1)
    ) {
      attrs.push({ value: t.value, unitKey: "pcs" });
    } else {
      attrs.push({
        value: t.value,
        unitKey: next?.kind === "word" ? next.key : undefined,
        ...(t.signed ? { sign: t.signed } : {}),
      });
      // "ties 200 x 3.6 mm": the unit after the second side is the first side's too (not "3,2×10 м", a
      // roll's width and the length it holds)
      const unit = tokens[i + 3]?.measure;
      if (next?.kind === "x" && unit && unit.dim === "length" && unit.factor <= 10 && sidesOfLength(tokens, i + 1))
        attrs.push({ value: t.value, base: t.value * unit.factor, dim: unit.dim });
    }
  }
  return { attrs, size, pack, container, packOf };
}

const BOX_WORD = "кор\\.?|короб(?:ка|ке)?|ящик(?:е)?|box|case|carton|ctn\\.?";
const SHIPPING_BOX = new RegExp(
  `\\((?:(?:в\\s+)?(?:${BOX_WORD})\\s*(?:of|по)?\\s*(\\d+)\\s*(?:шт|pcs|pieces|бут|btl)?\\.?|(\\d+)\\s*(?:шт|pcs|pieces)?\\.?\\s*(?:\\/|в|per|in|a)\\s*(?:${BOX_WORD}))\\)`,
  "iu",
);

/** "Масло … 1 л (кор. 12 шт)", "(12 pcs per box)": the pieces in the box a good sold by the piece ships in. */
function shippingBox(name: string): number | undefined {
  const m = SHIPPING_BOX.exec(name);
  const n = Number(m?.[1] ?? m?.[2]);
  return Number.isInteger(n) && n > 1 ? n : undefined;
}

/**
 * "6305-2RS1", "800-8M-20", "3000TL-X": a designation that opens with a number, followed by letters
 * (after a dash, or glued and then a dash).
 */
const DESIGNATION_HEAD = /^(\d{3,})(?:-(?=[\p{L}\d]*\p{L})|(?=\p{L}{1,4}-))/u;

/** "(10 boxes per case)", "(12 packs/carton)": the boxes in the case a good sold by the box ships in. */
const CASE_OF =
  /\((\d+)\s*(?:boxes|packs|bx|уп\.?|упаковок|пачек|пачок|коробок)\s*(?:per|in a|in|\/|в)\s*(?:case|carton|ctn|кейсе|кейсі|ящике|ящику)\)/iu;

/** "цена за м²", "ціна за 1 шт", "price per m²": the unit a price is for, inside a name. */
const PRICE_NOTE =
  /,?\s*(?:цена|ціна|price)\s+(?:за|per)\s+(?:1\s*)?(?:м²|м2|m²|m2|кв\.?\s?м|sq\.?\s?m|шт|pcs|кг|kg|л|l|м|m|метр|metre|meter|piece|unit)\.?(?=[\s,;()]|$)/giu;

/**
 * See `IndexedProduct.listedWords`: word keys inside the name's brackets that list things ("(Hub 2,
 * MotionProtect, …)", "(4 гайки + ключ)"; not "(IPA)", another name for it) only, and in no alias.
 */
function listedWords(tokens: Token[], brackets: number[][], aliases: string[][]): Set<string> {
  const inside = new Set<string>();
  const outside = new Set<string>(aliases.flat());
  for (const t of tokens) {
    if (t.kind !== "word" || !t.key) continue;
    if (brackets.some(([from, to]) => t.start > (from as number) && t.end < (to as number))) inside.add(t.key);
    else outside.add(t.key);
  }
  for (const k of outside) inside.delete(k);
  return inside;
}

/** A prefix that makes a compound of a whole word ("відео" + "реєстратор"), and that word. */
const COMPOUND_HEAD =
  /^(відео|видео|video|фото|photo|електро|электро|electro|гідро|гидро|hydro|термо|thermo)(\p{L}{5,})$/u;

/** Words that tell goods of one family apart, said in an alias: never the family's nickname. */
const TELLS_APART = new Set([
  ...COLOURS,
  ..."silver gold small big cold warm jar can box bag bucket bottle".split(" ").map((k) => `#${k}`),
]);

/** The words of a name without its ratings ("TB", "Вт"): names alike but for their numbers share it. */
function familyOf(nameWords: string[]): string {
  // ("…, мешок 50 кг", "…, биг-бэг 1000 кг": one good in two containers)
  return nameWords.filter((k, i) => !k.startsWith("#u") && (i === 0 || !PACKAGING.has(k))).join(" ");
}

/** The concept keys of what goods are packed in, which name no good of their own after the first word. */
const PACKAGING = new Set([...CONTAINER_KEYS, "#packet"]);

/**
 * "CE 40", "ГФ 021": a few letters said apart from the number that follows them, as one code key; and
 * the model number after a brand's dash ("291", "291I" of "Sikaflex-291", "Sikaflex-291i").
 */
function seriesKeys(toks: readonly Token[], text: string): string[] {
  const keys: string[] = [];
  for (const t of toks) {
    const model = t.kind === "code" ? /^\p{L}{3,}-(\d{3,}\p{L}{0,2})$/u.exec(t.raw)?.[1] : undefined;
    if (model) keys.push(codeKey(model));
  }
  for (let i = 0; i + 1 < toks.length; i++) {
    const a = toks[i] as Token;
    const b = toks[i + 1] as Token;
    if (a.kind !== "word" || a.measure || a.count || !/^\p{Lu}{1,4}$/u.test(a.raw)) continue;
    if (b.kind !== "num" || b.worded || !/^\d{2,}$/.test(b.raw)) continue;
    const gap = text.slice(a.end, b.start);
    if (gap === " " || gap === "-") keys.push(codeKey(a.raw + b.raw));
  }
  return keys;
}

/** Builds the matching index: postings, IDF weights, fuzzy buckets, part numbers, sizes and pack sizes. */
export function createCatalogIndex(catalog: Catalog): CatalogIndex {
  const products: IndexedProduct[] = [];
  const postings = new Map<string, number[]>();
  const compoundKeys = new Set<string>();
  const codes = new Map<string, number[]>();
  /** Numbers names write on their own ("Мулине … 310"): such digits inside a code ("E310") are no model's. */
  const plainNumbers = new Set<string>();
  const sounds = new Map<string, string[]>();
  const models = new Set<string>();
  const labelModels = new Set<string>();
  /** Per word or code key of the names: said inside brackets, outside, and the kinds of product inside. */
  const bracketed = new Map<string, { inside: number; outside: number; kinds: Set<string> }>();
  /** Per product, the code keys of its name (for the model codes among `fitKeys`). */
  const nameCodes: string[][] = [];
  /** Per product, the series and model numbers its name writes apart ("CE 40", "Sikaflex-291"), see `seriesKeys`. */
  const spelledApart: string[][] = [];
  /** Per product, the words of its name and of its other texts (aliases), for `familyOf` below. */
  const textWords: Array<{ name: string[]; other: string[] }> = [];
  const add = addTo<number>;
  catalog.products.forEach((product, idx) => {
    // "Масло … 1 л (кор. 12 шт)" sold by the piece: the box it ships in is no word or size of the good
    const boxOf = product.unit === "pcs" ? shippingBox(product.name) : undefined;
    const shipped = boxOf ? product.name.replace(SHIPPING_BOX, " ").replace(/\s+/g, " ").trim() : product.name;
    // "…, цена за м²": how the good is priced (see `soldBy`), no word of it
    const name = shipped.replace(PRICE_NOTE, "");
    const sold = soldBy(product.unit, product.name);
    const texts = [name, ...(product.aliases ?? [])];
    // "MissingLink", "PowerLock": a brand's joined words, which customers write apart ("missing link")
    const apart = name.replace(/(\p{Ll}{3,})(\p{Lu}\p{Ll}{3,})/gu, "$1 $2");
    if (apart !== name) texts.push(apart);
    const variants: string[][] = [];
    const variantNumbers: IndexedProduct["variantNumbers"] = [];
    const compounds = new Map<string, [string, string]>();
    const pcodes = new Set<string>([codeKey(product.sku)]);
    const firstCodes = new Set<string>();
    const modelNumbers = new Set<string>();
    const tokensOfName = tokenize(name);
    // every text tokenized once: the name, each alias, and the name with its joined words apart
    const textTokens = texts.map((x, k) => (k === 0 ? tokensOfName : tokenize(x)));
    // the kind of product: the first two words of its name ("Фільтр масляний", "Колодки гальмівні")
    const kind = tokensOfName
      .filter((t) => t.kind === "word")
      .slice(0, 2)
      .map((t) => t.key)
      .join(" ");
    const brackets = [...name.matchAll(/\([^()]*\)/g)].map((m) => [m.index, m.index + m[0].length]);
    nameCodes.push(tokensOfName.filter((t) => t.kind === "code").map((t) => t.key));
    spelledApart.push(seriesKeys(tokensOfName, name));
    for (const t of tokensOfName) {
      if ((t.kind !== "word" && t.kind !== "code") || !t.key || INDEX_STOP.has(t.low)) continue;
      const b = bracketed.get(t.key) ?? { inside: 0, outside: 0, kinds: new Set<string>() };
      bracketed.set(t.key, b);
      if (brackets.some(([from, to]) => t.start > (from as number) && t.end < (to as number))) {
        b.inside++;
        b.kinds.add(kind);
      } else b.outside++;
    }
    for (const [k, text] of texts.entries()) {
      const toks = textTokens[k] as Token[];
      const lows: string[] = [];
      const keys = wordKeys(toks, lows);
      // "Торнадо-М2", "Salmo-Ice": the word of a hyphenated model is said on its own too ("торнадо 150")
      for (const t of toks) {
        const word = t.kind === "code" ? /^(\p{L}{4,})-\p{L}{0,2}\d/u.exec(t.raw)?.[1] : undefined;
        const w = word ? tokenize(word)[0] : undefined;
        if (w?.kind === "word" && w.key && !keys.includes(w.key)) {
          keys.push(w.key);
          lows.push(w.low);
        }
      }
      // "мешки 120 40мкм" of "Мешки для мусора 120 л, ПВД 40 мкм, …": an alias that is the name's own words
      // shortened, with its numbers, names the product by those words only with its numbers said
      const numbers = toks.filter((t) => t.kind === "num" && !t.worded && t.value !== undefined);
      const coded = toks.some((t) => t.kind === "code");
      if (
        text !== name &&
        variants.length > 0 &&
        (numbers.length > 0 || coded) &&
        keys.every((k) => variants[0]?.includes(k))
      )
        variantNumbers[variants.length] = { nums: numbers.map((t) => t.value as number), coded };
      variants.push(keys);
      // "Golf V/VI", "Focus II", "Golf V-VII": a generation in Roman numerals, which customers say in digits
      for (const [word, n] of generationsOf(toks)) models.add(`${word} ${n}`);
      toks.forEach((t, i) => {
        const prev = toks[i - 1];
        const next = toks[i + 1];
        // "Подшипник 6305-2RS": the number a designation opens with is a model number of the word before
        const head = t.kind === "code" ? DESIGNATION_HEAD.exec(t.low)?.[1] : undefined;
        if (head && prev?.kind === "word" && prev.key) models.add(`${prev.key} ${Number(head)}`);
        if (t.kind !== "num" || t.worded || t.value === undefined) return;
        const first = toks[0];
        if (t.label && first?.kind === "word" && first.key) labelModels.add(`${first.key} ${t.value}`);
        if (prev?.kind !== "word" || !prev.key) return;
        if (next?.measure || next?.rating || next?.count === "piece") return;
        models.add(`${prev.key} ${t.value}`);
      });
      keys.forEach((k, i) => {
        const sk = soundKey(baseFold(lows[i] ?? ""));
        if (!sk) return;
        const list = sounds.get(sk);
        if (!list) sounds.set(sk, [k]);
        else if (!list.includes(k)) list.push(k);
      });
      for (let i = 0; i + 1 < keys.length; i++) {
        const a = keys[i] as string;
        const b = keys[i + 1] as string;
        compounds.set(baseFold(`${lows[i]}${lows[i + 1]}`), [a, b]);
      }
      const inMm = (k: number) => /^(мм|mm)$/u.test(toks[k]?.low ?? "");
      // (the first code a name writes is its own; a kit's name lists its parts' after it)
      const own = toks.find((x) => x.kind === "code");
      toks.forEach((t, i) => {
        if (t.kind !== "code") return;
        // short model codes count too ("H4", "A5"): a letter and a digit are never a plain word
        if (t.key.length >= 2) pcodes.add(t.key);
        if (t === own && t.key.length >= 2) firstCodes.add(t.key);
        // "DHI-NVR2116HS-S3", "DH-IPC-HFW2441S-S": the maker's letters before a dash are left out as often
        // as written ("NVR2116HS-S3", "IPC-HFW2441S-S")
        for (const m of t.raw.matchAll(/(?<=^(?:\p{L}{1,4}-)+)/gu)) {
          const rest = t.raw.slice(m.index);
          // never a series number left alone ("CS-M6100" of a cassette is no "M6100" derailleur)
          if (/\d.*\d.*\d/.test(rest) && (rest.match(/\p{L}/gu)?.length ?? 0) >= 3) pcodes.add(codeKey(rest));
        }
        // "TN-243BK", "DDF484Z": the letters after a model's number name its colour or kit; the model said
        // without them ("tn-243", "ddf484") is each of them, told apart by the words said with it
        const stem = /^(\p{L}{2,}-?\d{3,})\p{L}{1,3}$/u.exec(t.raw)?.[1];
        if (stem) pcodes.add(codeKey(stem));
        // "Р80-3/4-222", "НШ-32А-3": the series before the variant's dash, as customers say it ("Р80 на 4
        // секции", "НШ-32")
        const series = /^(\p{L}{1,3}-?\d{2,})\p{L}?[-/]/u.exec(t.raw)?.[1];
        if (series) pcodes.add(codeKey(series));
        // "DCD796P2", "HDW1431T1": the model's number between its letters, which customers say alone
        // ("деволт 796", "дахуа 1431 купольні"); see `modelDigits` in items
        // (after three letters: "P180", "ER5356" are a grade said with its number)
        for (const m of t.raw.matchAll(/(?<=\p{L}{3})\d{3,4}(?=\p{L}|$)/gu)) modelNumbers.add(`~${m[0]}`);
        // "1080p", "720p": a resolution said without its letter ("камера ахд 1080")
        const resolution = /^(\d{3,4})[pPiI]$/u.exec(t.raw)?.[1];
        if (resolution) modelNumbers.add(`~${resolution}`);
        // "R16-R17", "R15C-R16C": a range of sizes written as one code holds each size in it
        for (const c of codeRange(t.raw)) pcodes.add(c);
        // "M6x25", "M12x1.5": a metric thread with its length or pitch is the thread said alone ("м6") too;
        // "M12x1.5x28" is the thread with its pitch ("M12x1.5") and with its length ("М12 на 28") as well
        const thread = /^([MМ]\d{1,2})[xх×](\d+(?:[.,]\d+)?)(?:[xх×](\d+))?$/iu.exec(t.raw);
        if (thread?.[1]) pcodes.add(codeKey(thread[1]));
        if (thread?.[1] && thread[3]) {
          pcodes.add(codeKey(`${thread[1]}x${thread[2]}`));
          pcodes.add(codeKey(`${thread[1]}x${thread[3]}`));
        }
        // "60х80 мм", "240х320+40 мм": the size in centimetres as customers say it ("зипы 6х8", "24 на 32")
        const cm = inMm(i + 1) || (toks[i + 1]?.raw === "+" && inMm(i + 3)) ? inCentimetres(t.raw) : undefined;
        if (cm) pcodes.add(codeKey(cm));
      });
      // "HP 26X High Yield", "12A Toner": a model number glued to one letter, which the tokenizer reads as
      // "×" or as a unit
      for (let i = 0; i < toks.length; i++) {
        const key = gluedModel(toks, i);
        if (key) pcodes.add(key);
      }
      // "70×140", "200 x 220": a dimension written apart is the same code as "70х140" written together
      for (let i = 0; i + 2 < toks.length; i++) {
        const a = toks[i] as Token;
        const b = toks[i + 2] as Token;
        if (a.kind === "num" && !a.worded && toks[i + 1]?.kind === "x" && b.kind === "num" && !b.worded)
          pcodes.add(codeKey(`${a.raw}x${b.raw}`));
        // "48–50 см", "104–110": a size range, as customers write it "48-50"
        const dash = toks[i + 1];
        if (
          a.kind === "num" &&
          b.kind === "num" &&
          dash?.sep === "dash" &&
          dash.end - a.end <= 1 &&
          b.start - dash.end <= 1 &&
          /^\d{2,3}$/.test(a.raw) &&
          /^\d{2,3}$/.test(b.raw) &&
          Number(b.raw) > Number(a.raw)
        )
          pcodes.add(codeKey(`${a.raw}-${b.raw}`));
      }
      // part numbers written with spaces or dots, and long all-digit ones ("0 986 452 041", "313478")
      const runs = codeRuns(toks, text);
      // "MAHLE LX 1566": the part number without the brand before it too
      const brandOnly = (from: number, to: number) =>
        from < to && toks.slice(from, to).every((t) => t.kind === "word" && /^[A-Za-z]{3,}$/.test(t.raw));
      for (const r of runs)
        if (!runs.some((o) => o !== r && o.from <= r.from && o.to >= r.to && !brandOnly(o.from, r.from)))
          pcodes.add(r.key);
      for (const t of toks) if (t.kind === "num" && /^\d{5,}$/.test(t.raw)) pcodes.add(t.raw);
      // "1883 Maison Routin Syrup", "555 Sardines": a number that opens a name is its brand
      if (isBrandNumber(toks, 0)) pcodes.add((toks[0] as Token).raw);
    }
    const { attrs, size, pack, container, packOf } = attrsOf(tokensOfName, name);
    const nameAttrs = [...attrs];
    // "Golf V/VI": the generations the name fits, which a customer says in digits ("гольф 6")
    for (const n of new Set(generationsOf(tokensOfName).map(([, n]) => n)))
      if (!attrs.some((a) => a.value === n && a.unitKey === GENERATION)) attrs.push({ value: n, unitKey: GENERATION });
    for (const [k, alias] of (product.aliases ?? []).entries()) {
      for (const a of attrsOf(textTokens[k + 1] as Token[], alias).attrs)
        if (!attrs.some((x) => x.value === a.value && x.dim === a.dim)) attrs.push(a);
    }
    const entry: IndexedProduct = {
      product,
      idx,
      variants,
      variantNumbers,
      nameWords: variants[0] ?? [],
      nameKey: (variants[0] ?? []).join(" "),
      vocab: new Set([...variants.flat(), ...compounds.keys()]),
      compounds,
      codes: pcodes,
      firstCodes,
      attrs,
      // "…, канистра 5 л" sold by the piece: what the container holds is the size the piece is chosen by
      // ("Polyester rope 14 mm, per metre": a few millimetres of goods sold by the metre are their
      // thickness, no length each piece has)
      size:
        (size && !(sold === "length" && isThickness(size.dim, size.base)) ? size : undefined) ??
        (sold
          ? undefined
          : nameAttrs
              .filter((a) => a.packed && a.dim && a.base)
              .map((a) => ({ dim: a.dim as Dim, base: a.base as number }))[0]),
      packSize: product.packSize ?? (boxOf ? undefined : pack),
      sold,
      packKey: packKeyOf(tokensOfName, nameAttrs, product.packSize ?? (boxOf ? undefined : pack)),
      boxOf,
      caseOf:
        product.unit === "box" || product.unit === "pack"
          ? Number(CASE_OF.exec(product.name)?.[1]) || undefined
          : undefined,
      container,
      packOf,
      fitsWords: wordsAfter(textTokens, FOR_WORDS),
      lacksWords: wordsAfter(textTokens, WITHOUT_WORDS, true),
      listedWords: listedWords(
        tokensOfName,
        brackets.filter(([from, to]) => /[,+]/.test(name.slice(from, to))),
        variants.slice(1),
      ),
    };
    products.push(entry);
    // a colour temperature stated in kelvins is what customers call warm or cold light
    const kelvin = attrs.find((a) => a.unitKey === "#uk" && a.value >= 1500 && a.value <= 10000)?.value;
    if (kelvin !== undefined) {
      const light = kelvin <= 3500 ? fold("warm") : fold("cold");
      entry.vocab.add(light);
      add(postings, light, idx);
    }
    for (const v of variants) for (const k of v) add(postings, k, idx);
    for (const k of compounds.keys()) {
      add(postings, k, idx);
      compoundKeys.add(k);
    }
    // words a name is said by besides its own: "Відеореєстратор", "Електромагнітний замок", a word made of a
    // prefix and a word, by that word alone ("реєстратор", "замок магнітний"); "HF-22", "LF-02", a
    // designation, by the series letters it opens with ("глазур HF прозора")
    for (const t of tokensOfName) {
      const tail = t.kind === "word" ? COMPOUND_HEAD.exec(t.low)?.[2] : undefined;
      const series = t.kind === "code" ? /^([A-Za-z]{2,3})-\d/.exec(t.raw)?.[1] : undefined;
      const said = tail ?? series;
      const word = said ? tokenize(said)[0] : undefined;
      if (!word?.key || entry.vocab.has(word.key)) continue;
      if (series && (word.kind !== "word" || word.measure || word.count)) continue;
      entry.vocab.add(word.key);
      add(postings, word.key, idx);
    }
    textWords.push({ name: variants[0] ?? [], other: variants.slice(1).flat() });
    for (const c of pcodes) add(codes, c, idx);
    for (const c of modelNumbers) add(codes, c, idx);
    for (const t of tokensOfName) if (t.kind === "num" && !t.worded) plainNumbers.add(t.raw);
  });
  const packSiblings = new Map<string, IndexedProduct[]>();
  for (const p of products) addTo(packSiblings, p.packKey, p);
  for (const [k, list] of packSiblings)
    if (list.length < 2 || !list.some((p) => (p.packSize ?? 1) > 1)) packSiblings.delete(k);
  const boxed = new Map<string, IndexedProduct[]>();
  for (const p of products) if (p.container) addTo(boxed, packParts(p).words, p);
  const fitKeys = new Set<string>();
  for (const [k, b] of bracketed) if (b.inside > b.outside && b.inside >= 3 && b.kinds.size >= 2) fitKeys.add(k);
  // a car's model code in a name's brackets ("Octavia A5/A7") is one of the words the product is named by,
  // so that a model said for the message picks the parts listed for it
  for (const p of products)
    for (const key of nameCodes[p.idx] ?? [])
      if (fitKeys.has(key) && !p.vocab.has(key)) {
        p.nameWords.push(key);
        p.vocab.add(key);
        add(postings, key, p.idx);
      }
  for (const num of plainNumbers) codes.delete(`~${num}`);
  // "се40 серый", "291 белый", an alias of one grout or sealant: the series code it spells is every name's
  // that writes it apart ("Ceresit CE 40 … багама", "Sikaflex-291 …, black")
  spelledApart.forEach((keys, idx) => {
    for (const key of keys) {
      const owners = codes.get(key);
      if (!owners || owners.includes(idx)) continue;
      owners.push(idx);
      products[idx]?.codes.add(key);
    }
  });
  // "пурпл 1тб", an alias of the 1 TB drive only: its nickname is the family's, so "пурпл 4тб" meets the 4 TB
  // one too (a family is the products whose names have the same words, told apart by numbers and codes)
  const nameWordSet = new Set(textWords.flatMap((w) => w.name));
  const family = new Map<string, number[]>();
  textWords.forEach((w, i) => {
    addTo(family, familyOf(w.name), i);
  });
  textWords.forEach((w, i) => {
    // (a colour, a size or a container, "холодна", "маленькая", "банка", tells the members apart: it stays
    // the alias's)
    const nick = w.other.filter((k) => !nameWordSet.has(k) && !k.startsWith("#u") && !TELLS_APART.has(k));
    if (nick.length === 0) return;
    for (const j of family.get(familyOf(w.name)) ?? []) {
      const p = products[j] as IndexedProduct;
      if (j === i) continue;
      for (const k of nick)
        if (!p.vocab.has(k)) {
          p.vocab.add(k);
          add(postings, k, j);
        }
    }
  });
  const n = Math.max(1, products.length);
  const idf = new Map<string, number>();
  const weak = new Set<string>();
  const buckets = new Map<string, string[]>();
  for (const [k, list] of postings) {
    idf.set(k, Math.log(1 + n / list.length));
    if (list.length > 3 && list.length / n > 0.15 && !compoundKeys.has(k)) weak.add(k);
    if (k.length >= 3)
      for (const b of bucketKeys(k)) {
        const l = buckets.get(b);
        if (l) l.push(k);
        else buckets.set(b, [k]);
      }
  }
  return {
    setSize: setSizeOf(catalog),
    currency: catalog.currency,
    products,
    bySku: new Map(products.map((p) => [p.product.sku, p])),
    postings,
    idf,
    weak,
    codes,
    lacking: new Set(products.flatMap((p) => [...p.lacksWords])),
    buckets,
    compoundKeys,
    sounds,
    models,
    labelModels,
    packSiblings,
    boxed,
    fitKeys,
    memo: new Map(),
  };
}

/** See `CatalogIndex.setSize`: three or more names state a set's count, most of them the same one. */
function setSizeOf(catalog: Catalog): number | undefined {
  const counts = new Map<number, number>();
  let all = 0;
  for (const p of catalog.products) {
    const m = /(?:комплект|набір|набор|set)\s*(?:з|із|из|of)?\s*(\d+)\s*(?:шт|pcs|pieces)/iu.exec(p.name);
    if (!m?.[1]) continue;
    const n = Number(m[1]);
    counts.set(n, (counts.get(n) ?? 0) + 1);
    all++;
  }
  const [n, c] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  return n !== undefined && c !== undefined && c >= 3 && c >= 0.6 * all && n > 1 ? n : undefined;
}

/** Vocabulary words a folded query word may stand for, best first. */
export function matchWord(index: CatalogIndex, key: string): WordMatch[] {
  const hit = index.memo.get(key);
  if (hit) return hit;
  const out: WordMatch[] = [];
  if (index.postings.has(key)) out.push({ key, sim: 1 });
  if (key.length >= 3 && !/\d/.test(key)) {
    const seen = new Set<string>([key]);
    for (const b of bucketKeys(key)) {
      for (const cand of index.buckets.get(b) ?? []) {
        if (seen.has(cand)) continue;
        seen.add(cand);
        // a joined pair ("эрл"+"грей") must be matched as a whole, not by one of its halves
        if (index.compoundKeys.has(cand) && key.length < cand.length - 2) continue;
        const sim = wordSimilarity(key, cand);
        if (sim >= 0.72) out.push({ key: cand, sim });
      }
    }
  }
  // a brand or model written in the other alphabet ("айфон" for "iPhone"), also beside words spelled alike
  for (const k of index.sounds.get(soundKey(key)) ?? [])
    if (!out.some((m) => m.key === k)) out.push({ key: k, sim: 0.78 });
  out.sort((a, b) => b.sim - a.sim || (index.idf.get(b.key) ?? 0) - (index.idf.get(a.key) ?? 0));
  if (out.length > 12) out.length = 12;
  if (index.memo.size > 20_000) index.memo.clear();
  index.memo.set(key, out);
  return out;
}

/** A query token's best similarity to any of the given keys (compounds included). */
export function simTo(matches: WordMatch[], keys: ReadonlySet<string>): { sim: number; key?: string } {
  for (const m of matches) if (keys.has(m.key)) return { sim: m.sim, key: m.key };
  return { sim: 0 };
}

/** Products sharing words with the text, best first: the candidates an LLM may choose from. */
export function candidateProducts(index: CatalogIndex, text: string, limit = 30): Product[] {
  const score = new Map<number, number>();
  for (const t of tokenize(text)) {
    if (t.kind === "code") for (const i of index.codes.get(t.key) ?? []) score.set(i, (score.get(i) ?? 0) + 5);
    if (t.kind !== "word" || INDEX_STOP.has(t.low)) continue;
    for (const m of matchWord(index, t.key).slice(0, 5)) {
      const w = (index.idf.get(m.key) ?? 0) * m.sim;
      for (const i of index.postings.get(m.key) ?? []) score.set(i, (score.get(i) ?? 0) + w);
    }
  }
  return [...score.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([i]) => index.products[i]?.product)
    .filter((p): p is Product => p !== undefined);
}
