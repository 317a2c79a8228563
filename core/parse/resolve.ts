import type { CatalogIndex, IndexedProduct, ProductAttr, WordMatch } from "./catalog-index.js";
import { matchWord, WITHOUT_KEYS } from "./catalog-index.js";
import { CONTAINER_KEYS, type Dim, isThickness } from "./lexicon.js";
import { soundKey, wordSimilarity } from "./normalize.js";

/** A size said next to a product: "250 г", "кило", "по 250", "1kg". */
export interface SizeHint {
  base?: number;
  dim?: Dim;
  /** A bare number ("колумбия 250"). */
  bare?: number;
  /** The folded word after a bare number ("60 вт"). */
  unitKey?: string;
  /** Token index of the hint in its clause. */
  at: number;
  /** True for words like "кілограмову": always a size, never a quantity. */
  adjective?: boolean;
  /** "6-pack", "(6 each)": a pack size. */
  pack?: boolean;
  /** Fits only a name number followed by the same word ("six fish"). */
  strict?: boolean;
  /** "№10", "size 28": names a variant, never the count of pieces in a pack. */
  label?: boolean;
  /** "-2.75": the sign said, which a name's signed number must share. */
  sign?: 1 | -1;
  /** The number as said ("8" of "8oz"), which an alias of the name may spell ("8oz white cups"). */
  said?: number;
}

export interface Resolution {
  product: IndexedProduct;
  /** Products that scored as well on the words said (for suggestions and ambiguity). */
  rivals: IndexedProduct[];
  coverage: number;
  explained: number;
  minSim: number;
  /** The size hints that picked this variant, consumed as selectors (not amounts). */
  selectors: SizeHint[];
  /** True when the best product beats its rivals only by catalog order. */
  tie: boolean;
  accepted: boolean;
  /** Query keys this product did not explain (for splitting a run into two mentions). */
  unexplained: number[];
  /** Named by a catalog code rather than by words. */
  byCode?: boolean;
}

interface Scored {
  p: IndexedProduct;
  explained: number;
  coverage: number;
  penalty: number;
  size: number;
  selectors: SizeHint[];
  /** Where the earliest selector was said: of two variants picked by sizes, the first said wins. */
  selAt: number;
  minSim: number;
  unexplained: number[];
  /** How well the first word of the product's name (its head noun) was said, 0 when not. */
  headSim: number;
  /** Words said in another role than the name gives them ("cups" of "Lid for 350 ml cups"). */
  fits: number;
  /** How many of the words held for what the goods fit (a car named earlier, see `fitKeys`) it has. */
  car: number;
}

/** The product states a cross-section of `mm` ("6 mm²") and no length or thickness of that many millimetres. */
function crossSection(p: IndexedProduct, mm: number): boolean {
  return (
    p.attrs.some((a) => a.unitKey === "#usqmm" && Math.abs(a.value - mm) < 0.001) &&
    !p.attrs.some((a) => a.dim === "length" && a.base !== undefined && Math.abs(a.base - mm) < 0.001)
  );
}

/** How well the sizes said fit a product (2 = a variant picked by them), and the hints that picked it. */
export function sizeScore(p: IndexedProduct, hints: SizeHint[]): { score: number; selectors: SizeHint[] } {
  const selectors: SizeHint[] = [];
  let best: { score: number; selector?: SizeHint } = { score: 0 };
  // a size said that this product's own size does not hold ("50m" of a 100 m drum)
  let misfit = false;
  for (const h of hints) {
    // ("6 квадрат" of cable is its cross-section too)
    const section = (h.dim === "length" || h.dim === "area") && h.base !== undefined ? crossSection(p, h.base) : false;
    if (section) {
      // "6mm black" of a "6 mm²" cable: the wire's cross-section said in millimetres
      if (best.score < 2) best = { score: 2, selector: h };
    } else if (h.base !== undefined && h.dim) {
      // a second size of the same kind in the name ("1/2\" … 40 см"): any of them said picks the variant
      const sameAttr = p.attrs.some(
        (a) => a.dim === h.dim && a.base !== undefined && Math.abs(a.base - (h.base as number)) < 0.01 * a.base,
      );
      if (p.size && p.size.dim === h.dim && sameAttr && Math.abs(h.base / p.size.base - 1) >= 0.01) {
        if (best.score < 2) best = { score: 2, selector: h };
        if (!selectors.includes(h)) selectors.push(h);
      } else if (p.size && p.size.dim === h.dim) {
        // "0 мм" (a mounting plate with no rise) is a size like any other
        const ratio = p.size.base === 0 ? (h.base === 0 ? 1 : Number.POSITIVE_INFINITY) : h.base / p.size.base;
        if (Math.abs(ratio - 1) < 0.01) {
          if (best.score < 2) best = { score: 2, selector: h };
          if (!selectors.includes(h)) selectors.push(h);
        } else if (ratio > 1 && Math.abs(ratio - Math.round(ratio)) < 0.01 && !h.adjective) {
          const s = 1 + 0.5 * Math.min(1, p.size.base / h.base);
          if (best.score < s) best = { score: s };
        } else if (
          Math.abs(ratio - 1) < 0.12 &&
          h.dim !== "length" &&
          p.product.unit !== "kg" &&
          p.product.unit !== "g"
        ) {
          // "2 кило" of a 2.27 kg tin, "5 lb" of 2.27 kg: a rounded size still picks the nearest variant
          if (best.score < 1.6) best = { score: 1.6, selector: h };
        } else {
          misfit = true;
          if (best.score === 0) best = { score: -0.5 };
        }
      } else if (p.size && sameAttr) {
        // "12oz" of a "350 ml (12 oz)" cup: a size of another kind the name also states
        if (best.score < 2) best = { score: 2, selector: h };
      } else if (!p.size) {
        // sold by weight or volume: "картоплі 5 кг" fits better than five packs of another product (the
        // amount stays an amount: no selector)
        const same = (a: ProductAttr) => a.dim === h.dim && a.base !== undefined && Math.abs(a.base - h.base!) < 0.01;
        const named = p.attrs.some(same);
        // "канат 12 мм", "belt 6 mm" of goods sold by the metre: a few millimetres the name states are
        // its size, never an amount of it
        const tiny = isThickness(h.dim, h.base) && p.attrs.some((a) => same(a) && !a.coded);
        if (p.sold === h.dim && !tiny && best.score < 1.5) best = { score: 1.5 };
        else if (named && best.score < 2) best = { score: 2, selector: h };
      }
    } else if (h.bare !== undefined) {
      const bare = h.bare;
      const hit = p.attrs.find(
        (a) =>
          !a.coded &&
          // "2.27" of a 2270 g tin: a decimal said alone is the size in kilos or litres
          ((!Number.isInteger(bare) &&
            a.base !== undefined &&
            a.dim !== undefined &&
            a.dim !== "length" &&
            Math.abs(a.base / 1000 - bare) < 0.006) ||
            (a.value === h.bare &&
              !(h.label && a.unitKey === "pcs") &&
              !(a.sign && h.sign && a.sign !== h.sign) &&
              (a.unitKey === h.unitKey ||
                // "deye 8k" of an 8 kW inverter: a "k" under a thousand is no colour temperature
                (h.unitKey === "#uk" && a.unitKey === "#ukw" && bare < 1000) ||
                (!h.strict && (h.unitKey === undefined || (a.dim !== undefined && h.unitKey !== "pcs"))) ||
                // "6305 фаг": after a designation's number, the word is the name's own, not what it counts
                (!h.strict && a.designation && h.unitKey !== undefined && p.vocab.has(h.unitKey))))),
      );
      if (hit && best.score < 2) best = { score: 2, selector: h };
      if (hit) selectors.push(h);
      else if (h.pack && p.packSize === h.bare) {
        if (best.score < 2) best = { score: 2 };
        selectors.push(h);
      }
    }
    if (best.selector === h && !selectors.includes(h)) selectors.push(h);
  }
  // a variant that fits several of the sizes said beats one that fits only one of them
  const bonus = best.score >= 2 ? 0.1 * Math.min(3, selectors.length - 1) : 0;
  // of two variants picked alike ("4mm cable 50m"), the one whose size the amount fits
  return { score: best.score + Math.max(0, bonus) - (misfit && best.score >= 2 ? 0.25 : 0), selectors };
}

interface Scratch {
  seen: Uint32Array;
  touchedAt: Uint32Array;
  score: Float64Array;
  /** The products the first pass reached, in the order it reached them. */
  touched: Int32Array;
  /** Room for the first-pass scores while the cut for full scoring is picked. */
  vals: Float64Array;
  /** A candidate's position in the candidate list (valid where `seen` holds the candidates' stamp). */
  candAt: Int32Array;
  round: number;
  epoch: number;
}
const scratches = new WeakMap<CatalogIndex, Scratch>();

function scratchOf(index: CatalogIndex): Scratch {
  let sc = scratches.get(index);
  if (!sc || sc.seen.length < index.products.length) {
    const n = index.products.length;
    sc = {
      seen: new Uint32Array(n),
      touchedAt: new Uint32Array(n),
      score: new Float64Array(n),
      touched: new Int32Array(n),
      vals: new Float64Array(n),
      candAt: new Int32Array(n),
      round: 0,
      epoch: 1,
    };
    scratches.set(index, sc);
  }
  if (sc.round > 0xfffff000 || sc.epoch > 0xfffff000) {
    sc.seen.fill(0);
    sc.touchedAt.fill(0);
    sc.round = 0;
    sc.epoch = 1;
  }
  return sc;
}

/** The k-th smallest (from 0) of `vals`, reordering them in place (Hoare's selection). */
function kthSmallest(vals: Float64Array, k: number): number {
  let lo = 0;
  let hi = vals.length - 1;
  while (lo < hi) {
    const pivot = vals[(lo + hi) >> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((vals[i] as number) < pivot) i++;
      while ((vals[j] as number) > pivot) j--;
      if (i <= j) {
        const t = vals[i] as number;
        vals[i] = vals[j] as number;
        vals[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return vals[k] as number;
  }
  return vals[k] as number;
}

/**
 * The first-pass score of the 60th best of `count` touched products: the bar for full scoring.
 * A selection rather than a sort: sorting a typed array boxes every value, a selection allocates nothing.
 */
function firstPassCut(sc: Scratch, count: number): number {
  const vals = sc.vals.subarray(0, count);
  for (let k = 0; k < count; k++) vals[k] = sc.score[sc.touched[k] as number] as number;
  return kthSmallest(vals, count - 60);
}

/** What the query words match in the vocabulary, and what each match weighs. */
interface QueryMatches {
  /** Per word: its matches at 0.72 or better, the best six. */
  matches: WordMatch[][];
  /** Per word: the weight of each of its matches. */
  weights: Float64Array[];
  /** Per word: one of its matches is a distinctive word, well matched. */
  strong: boolean[];
}

/**
 * The arrays are built with push, not map: an optimised `map` returns holey arrays where unoptimised
 * code returns packed ones, and the functions that read them are deoptimised whenever they meet the
 * other kind.
 */
function queryMatches(index: CatalogIndex, keys: readonly string[]): QueryMatches {
  const matches: WordMatch[][] = [];
  const weights: Float64Array[] = [];
  const strong: boolean[] = [];
  for (const k of keys) {
    const ms = matchWord(index, k)
      .filter((m) => m.sim >= 0.72)
      .slice(0, 6);
    // a word the catalog knows as written weighs no more as a look-alike of a rarer word ("крем" vs "cream")
    const first = ms[0];
    let cap = first?.sim === 1 ? (index.idf.get(first.key) ?? 0) : Number.POSITIVE_INFINITY;
    // nor does a rare spelling of a common word ("стандарт" in one alias, "standard" in every name):
    // spellings this close are one word, as common as its commonest spelling
    // likewise a spelling that sounds the same ("блюм" in one alias, "Blum" in every name)
    if (first?.sim === 1)
      for (const m of ms)
        if (m !== first && (m.sim >= 0.95 || (m.sim >= 0.8 && soundKey(m.key) === soundKey(first.key))))
          cap = Math.min(cap, index.idf.get(m.key) ?? cap);
    // two forms of one word matched alike ("наконечники": "наконечник" in most names, "наконечника" in
    // one): they are one word, as common as its commonest form
    if (first && first.sim < 1)
      for (const m of ms)
        if (m.sim === first.sim && wordSimilarity(m.key, first.key) >= 0.85)
          cap = Math.min(cap, index.idf.get(m.key) ?? cap, index.idf.get(first.key) ?? cap);
    const ws = new Float64Array(ms.length);
    for (let j = 0; j < ms.length; j++) {
      const m = ms[j] as WordMatch;
      ws[j] = m.sim * Math.min(index.idf.get(m.key) ?? 0, cap);
    }
    matches.push(ms);
    weights.push(ws);
    strong.push(ms.some((m) => !index.weak.has(m.key) && m.sim >= 0.8));
  }
  return { matches, weights, strong };
}

/**
 * Adds up, per product, the weights of the query words whose matches it holds (each word counted once,
 * by its first match that lists the product); with `strong` set, only the strong words count.
 * Returns how many products it reached, listed in `sc.touched`.
 */
function firstPass(
  index: CatalogIndex,
  sc: Scratch,
  matches: readonly WordMatch[][],
  strong: readonly boolean[] | null,
  only: ReadonlySet<number> | undefined,
): number {
  sc.round++;
  let count = 0;
  for (let i = 0; i < matches.length; i++) {
    if (strong && !strong[i]) continue;
    const stamp = ++sc.round;
    const ms = matches[i] as WordMatch[];
    for (let j = 0; j < ms.length; j++) {
      const m = ms[j] as WordMatch;
      const w = m.sim * (index.idf.get(m.key) ?? 0);
      const list = index.postings.get(m.key);
      if (!list) continue;
      for (let k = 0; k < list.length; k++) {
        const p = list[k] as number;
        if (sc.seen[p] === stamp || (only && !only.has(p))) continue;
        sc.seen[p] = stamp;
        if (sc.touchedAt[p] !== sc.epoch) {
          sc.touchedAt[p] = sc.epoch;
          sc.score[p] = 0;
          sc.touched[count++] = p;
        }
        sc.score[p] = (sc.score[p] as number) + w;
      }
    }
  }
  sc.epoch++;
  return count;
}

/** The touched products scoring at least the 60th best first-pass score, at most 120, in the order reached. */
function topCandidates(sc: Scratch, count: number): number[] {
  const cut = count <= 60 ? Number.NEGATIVE_INFINITY : firstPassCut(sc, count);
  const cand: number[] = [];
  for (let k = 0; k < count; k++) {
    const i = sc.touched[k] as number;
    if ((sc.score[i] as number) >= cut && cand.length < 120) cand.push(i);
  }
  return cand;
}

/**
 * What each candidate explains on its own: for every query word, the best weight among its matches
 * that the candidate's vocabulary holds, summed in word order. A product's vocabulary is exactly the
 * keys whose postings list it, so walking the matched keys' postings gives the same sums as looking
 * every key up in every candidate's vocabulary, at a fraction of the cost.
 */
function explainedByPostings(
  index: CatalogIndex,
  sc: Scratch,
  cand: readonly number[],
  matches: readonly WordMatch[][],
  weights: readonly Float64Array[],
  afterWithout: ReadonlySet<number>,
): Float64Array {
  const stamp = ++sc.round;
  for (let ci = 0; ci < cand.length; ci++) {
    const p = cand[ci] as number;
    sc.seen[p] = stamp;
    sc.candAt[p] = ci;
  }
  const explained = new Float64Array(cand.length);
  const best = new Float64Array(cand.length);
  for (let qi = 0; qi < matches.length; qi++) {
    const ms = matches[qi] as WordMatch[];
    const ws = weights[qi] as Float64Array;
    best.fill(0);
    for (let j = 0; j < ms.length; j++) {
      const w = ws[j] as number;
      const key = (ms[j] as WordMatch).key;
      const list = index.postings.get(key);
      if (!(w > 0) || !list) continue;
      const lacking = !afterWithout.has(qi) && (ms[j] as WordMatch).sim >= 0.9 && index.lacking.has(key);
      for (const p of list) {
        if (sc.seen[p] !== stamp) continue;
        if (lacking && index.products[p]?.lacksWords.has(key)) continue;
        const ci = sc.candAt[p] as number;
        if (w > (best[ci] as number)) best[ci] = w;
      }
    }
    for (let ci = 0; ci < cand.length; ci++) explained[ci] = (explained[ci] as number) + (best[ci] as number);
  }
  return explained;
}

/** The full ranking figures of one candidate, or null when it explains none of the words said. */
function scoreCandidate(
  index: CatalogIndex,
  p: IndexedProduct,
  matches: readonly WordMatch[][],
  weights: readonly Float64Array[],
  hints: SizeHint[],
  clauseMatched: ReadonlyMap<string, number>,
  extraKeys: readonly string[],
  afterFor: ReadonlySet<number> | undefined,
  afterWithout: ReadonlySet<number>,
  /** The numbers said with the words (see `SizeHint.said`), and whether a code was said with them. */
  said: ReadonlySet<number>,
  coded: boolean,
): Scored | null {
  const vocab = p.vocab;
  let explained = 0;
  let fits = 0;
  let minSim = 1;
  const matchedKeys = new Map<string, number>();
  const unexplained: number[] = [];
  for (let qi = 0; qi < matches.length; qi++) {
    const ms = matches[qi] as WordMatch[];
    const ws = weights[qi] as Float64Array;
    let m: WordMatch | undefined;
    let w = 0;
    for (let j = 0; j < ms.length; j++) {
      const x = ms[j] as WordMatch;
      if (!vocab.has(x.key)) continue;
      w = Math.max(w, ws[j] as number);
      if (!m || x.sim * (index.idf.get(x.key) ?? 0) > m.sim * (index.idf.get(m.key) ?? 0)) m = x;
    }
    // "розетки с заземлением" is not the socket "без заземлення" (the same word, not a near one:
    // "кофейни" is no "без кофеина")
    if (!m || (p.lacksWords.has(m.key) && m.sim >= 0.9 && !afterWithout.has(qi))) {
      unexplained.push(qi);
      continue;
    }
    explained += w;
    if (afterFor && p.fitsWords.has(m.key) !== afterFor.has(qi)) fits++;
    // "аякс хаб 2": the hub itself, not the kit that lists "(Hub 2, …)" in its brackets
    // (a car a part fits, "(Daewoo Lanos, Sens, Nexia)", is said to pick the part: see `fitKeys`)
    if (p.listedWords.has(m.key) && !index.fitKeys.has(m.key)) fits++;
    minSim = Math.min(minSim, m.sim);
    const comp = p.compounds.get(m.key);
    if (comp) for (const c of comp) matchedKeys.set(c, Math.max(matchedKeys.get(c) ?? 0, m.sim));
    else matchedKeys.set(m.key, Math.max(matchedKeys.get(m.key) ?? 0, m.sim));
    // the same word said in the name and in an alias ("підрозетникова" / "підрозетник") counts for both
    for (const x of ms)
      if (x !== m && x.sim >= 0.8 && !p.compounds.has(x.key) && vocab.has(x.key) && !matchedKeys.has(x.key))
        matchedKeys.set(x.key, x.sim);
  }
  if (explained === 0) return null;
  let car = 0;
  for (const k of extraKeys) if (index.fitKeys.has(k) && vocab.has(k)) car++;
  for (const k of extraKeys)
    for (const m of matchWord(index, k)) if (vocab.has(m.key) && !matchedKeys.has(m.key)) matchedKeys.set(m.key, m.sim);
  let coverage = 0;
  for (let vi = 0; vi < p.variants.length; vi++) {
    const v = p.variants[vi] as string[];
    if (v.length === 0) continue;
    const numbered = p.variantNumbers[vi];
    if (numbered && !(numbered.nums.every((n) => said.has(n)) && (!numbered.coded || coded))) continue;
    let tot = 0;
    let got = 0;
    for (const k of v) {
      const w = index.idf.get(k) ?? 0;
      tot += w;
      got += (matchedKeys.get(k) ?? 0) * w;
    }
    if (tot > 0) coverage = Math.max(coverage, got / tot);
  }
  const headSim = matchedKeys.get(p.nameWords[0] ?? "") ?? 0;
  let penalty = 0;
  for (const k of p.nameWords) if (!matchedKeys.has(k) && !clauseMatched.has(k)) penalty += index.idf.get(k) ?? 0;
  const sz = sizeScore(p, hints);
  const selAt = sz.selectors.length ? Math.min(...sz.selectors.map((h) => h.at)) : Number.POSITIVE_INFINITY;
  return {
    p,
    explained,
    coverage,
    penalty,
    size: sz.score,
    selectors: sz.selectors,
    selAt,
    minSim,
    unexplained,
    headSim,
    fits,
    car,
  };
}

/** The vocabulary words a clause's words match, computed once per clause. */
export function clauseVocabulary(index: CatalogIndex, keys: Iterable<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const k of keys) for (const m of matchWord(index, k)) out.set(m.key, Math.max(out.get(m.key) ?? 0, m.sim));
  return out;
}

/**
 * Picks the product a run of words means. Ranking: how much of what was said the product explains,
 * then the size said next to it, then how much of the product's own name was said, then the fewest
 * unsaid distinctive words (the generic base product), then catalog order.
 */
export function resolveMention(
  index: CatalogIndex,
  keys: string[],
  hints: SizeHint[],
  /** Vocabulary words matched anywhere in the clause (see `clauseVocabulary`). */
  clauseMatched: ReadonlyMap<string, number>,
  /** Words said with the amount ("2 коробки"): they count towards the name, never pick candidates. */
  extraKeys: readonly string[] = [],
  /** Restricts the candidates (the products a code said with the words names). */
  only?: ReadonlySet<number>,
  /**
   * Which of `keys` were said after "for" / "для" ("пістолет для піни"); when given, a word said in
   * the other role than the product's name gives it ("white cups" against "Lid … for cups") counts
   * against that product.
   */
  afterFor?: ReadonlySet<number>,
): Resolution | null {
  const { matches, weights, strong: strongTokens } = queryMatches(index, keys);
  const anyStrong = strongTokens.some(Boolean);
  // "без заземлення": the words said after "без" / "without", which a product may lack
  const afterWithout = new Set<number>();
  for (let i = 1; i < keys.length; i++) if (WITHOUT_KEYS.has(keys[i - 1] as string)) afterWithout.add(i);
  // a cheap first pass over the postings keeps the best few dozen candidates for full scoring;
  // per-catalog scratch arrays instead of maps keep this loop free of allocation
  const sc = scratchOf(index);
  const count = firstPass(index, sc, matches, anyStrong ? strongTokens : null, only);
  if (count === 0) return null;
  const cand = topCandidates(sc, count);
  // what each candidate explains, first on its own: only those near the best are scored in full
  const explainedOf = explainedByPostings(index, sc, cand, matches, weights, afterWithout);
  let topExplained = 0;
  for (const e of explainedOf) if (e > topExplained) topExplained = e;
  const scored: Scored[] = [];
  const said = new Set<number>();
  for (const h of hints) if (h.said !== undefined) said.add(h.said);
  for (let ci = 0; ci < cand.length; ci++) {
    if ((explainedOf[ci] as number) < topExplained * 0.9 - 1e-9 || explainedOf[ci] === 0) continue;
    const p = index.products[cand[ci] as number];
    if (!p) continue;
    const s = scoreCandidate(
      index,
      p,
      matches,
      weights,
      hints,
      clauseMatched,
      extraKeys,
      afterFor,
      afterWithout,
      said,
      only !== undefined,
    );
    if (s) scored.push(s);
  }
  if (scored.length === 0) return null;
  const top = Math.max(...scored.map((s) => s.explained));
  const near = scored.filter((s) => s.explained >= top * 0.9 - 1e-9);
  // sizes that fit about as well (a pack of the size said, goods sold by that weight) leave the choice to
  // the words: "кило картошки" is potatoes by the kilo, not the 1 kg pack of potato dumplings
  const sizeOrder = (a: Scored, b: Scored) => (Math.abs(b.size - a.size) > 0.5 ? b.size - a.size : 0);
  // "селитры 2 тонны в мешках": the container said with the amount, of the same good in several
  const saidContainers = extraKeys.filter((k) => CONTAINER_KEYS.has(k));
  const inSaid = (p: IndexedProduct) => saidContainers.some((k) => p.nameWords.includes(k));
  near.sort(
    (a, b) =>
      sizeOrder(a, b) ||
      Number(inSaid(b.p)) - Number(inSaid(a.p)) ||
      (a.selAt === b.selAt || !Number.isFinite(a.selAt + b.selAt) ? 0 : a.selAt - b.selAt) ||
      b.explained - a.explained ||
      // "на фокус 2: колодки передні": of the parts said alike, the one for the car named
      b.car - a.car ||
      // "white cups" are the cups, not the lids "for … cups"
      a.fits - b.fits ||
      // "курку": the chicken itself, not the chicken eggs: a word that heads a name outranks it as a modifier
      (b.headSim >= 0.8 ? 1 : 0) - (a.headSim >= 0.8 ? 1 : 0) ||
      b.size - a.size ||
      b.coverage - a.coverage ||
      a.penalty - b.penalty ||
      a.p.idx - b.p.idx,
  );

  const best = near[0] as Scored;
  const second = near[1];
  const rivals = near.slice(1, 4).map((s) => s.p);
  const sameWords = (x: IndexedProduct, y: IndexedProduct) => x.nameKey === y.nameKey;
  const tie =
    second !== undefined &&
    second.size === best.size &&
    Math.abs(second.explained - best.explained) < 1e-9 &&
    Math.abs(second.coverage - best.coverage) < 1e-9 &&
    Math.abs(second.penalty - best.penalty) < 1e-9 &&
    !sameWords(best.p, second.p) &&
    // one good in a pack and in a box: the amount said picks the pack later
    best.p.packKey !== second.p.packKey;
  const matchedStrong = strongTokens.some((s, i) => s && !best.unexplained.includes(i));
  const multi = keys.length - best.unexplained.length >= 2;
  const unique =
    near.length === 1 ||
    (second !== undefined &&
      (best.size > second.size ||
        best.coverage - second.coverage > 0.2 ||
        // "motionsense білий": the sensor, not the kit that lists "(…, MotionSense, …)"
        (second.fits > best.fits && best.coverage >= second.coverage) ||
        // "motionprotect білий": the plain one, when every other is it with more words ("… Plus", "… Outdoor")
        (best.unexplained.length === 0 &&
          best.coverage >= 0.4 &&
          near.every(
            (s) =>
              s === best ||
              s.fits > best.fits ||
              (s.coverage < best.coverage - 1e-9 && best.p.nameWords.every((k) => s.p.nameWords.includes(k))),
          ))));
  // common words only ("белые розы") are enough when together they name one product well
  const allCommon = !anyStrong && multi && best.unexplained.length === 0 && best.coverage >= 0.6 && !tie;
  // the head noun of a name said on its own ("сокиру", "washers") names it when no other kind of product shares it
  const head = best.p.nameWords[0];
  const headOnly =
    best.headSim >= 0.8 &&
    head !== undefined &&
    !index.weak.has(head) &&
    !tie &&
    // ("мотыля 300 грамм": the loose bait by weight, not the box of it)
    near.every((s) => s === best || sameWords(s.p, best.p) || s.headSim < best.headSim || s.size < best.size - 0.5) &&
    // of several sizes of one kind, the size said must pick one
    (!second ||
      !sameWords(second.p, best.p) ||
      best.size > second.size ||
      // packs of different sizes: the amount said picks the pack later
      (!!best.p.packSize && !!second.p.packSize && best.p.packSize !== second.p.packSize) ||
      // one good sold alone and in a case ("Farnese … 0.75 l", "… 6 x 0.75 l case")
      (best.p.packKey === second.p.packKey && (best.p.packSize ?? 1) !== (second.p.packSize ?? 1)));
  // common words only ("white cups 350"), every one explained, and a size said that picks the variant:
  // the other candidates are the same good in other packs, or fit worse
  const rival = near.find((s) => s !== best && s.p.packKey !== best.p.packKey);
  const pickedBySize =
    !anyStrong &&
    // one common word is enough when two sizes said fit ("мойст 30 -2.75": the 30-pack in that power)
    (multi || (keys.length === 1 && (best.selectors.length >= 2 || best.selectors.some((h) => h.sign)))) &&
    best.unexplained.length === 0 &&
    best.size >= 2 &&
    !tie &&
    (!rival ||
      rival.size < best.size ||
      rival.explained < best.explained - 1e-9 ||
      rival.fits > best.fits ||
      // the plain one, when the rival is it with more words ("… Moist Multifocal", short of a "BC" at most)
      (rival.p.nameWords.length > best.p.nameWords.length + 1 &&
        best.p.nameWords.filter((k) => !rival.p.nameWords.includes(k)).length <= 1));
  // every word said found in it, and the car named earlier picks it alone of them
  const pickedByCar =
    best.car > 0 && best.unexplained.length === 0 && !tie && near.every((s) => s === best || s.car < best.car);
  // "карбамида 2 мешка": the container said with the amount is in this one's name alone of its kind
  const pickedByContainer =
    matchedStrong &&
    !tie &&
    best.unexplained.length === 0 &&
    best.coverage >= 0.3 &&
    inSaid(best.p) &&
    near.every((s) => s === best || s.p.nameWords[0] !== head || !extraKeys.some((k) => s.p.vocab.has(k)));
  const accepted =
    pickedByContainer ||
    (matchedStrong && pickedByCar) ||
    allCommon ||
    pickedBySize ||
    (matchedStrong && headOnly) ||
    (matchedStrong &&
      (best.coverage >= 0.6 ||
        (best.coverage >= 0.5 && multi) ||
        (unique && best.minSim >= 0.85 && best.coverage >= 0.35) ||
        // three or more words of a long brand name ("голд стандарт ванили" of "Optimum Nutrition Gold
        // Standard 100% Whey … Vanilla Ice Cream"), each found, name one product
        (unique && keys.length - best.unexplained.length >= 3 && best.minSim >= 0.78 && best.coverage >= 0.3) ||
        best.size >= 1.6));
  return {
    product: best.p,
    rivals,
    coverage: best.coverage,
    explained: best.explained,
    minSim: best.minSim,
    selectors: best.selectors,
    tie,
    accepted,
    unexplained: best.unexplained,
  };
}
