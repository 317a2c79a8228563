/**
 * Text normalisation shared by the catalog index and the message parser.
 * `fold` maps a word written in Russian, Ukrainian or Latin letters onto one Latin skeleton, so that
 * "арабіка", "арабика" and "arabica" meet, and `wordSimilarity` tolerates inflections and typos.
 */

import { GOODS_CONCEPTS } from "./goods-lexicon.js";

const CYR: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  ґ: "g",
  д: "d",
  е: "e",
  є: "e",
  ё: "e",
  э: "e",
  ж: "zh",
  з: "z",
  и: "i",
  і: "i",
  ї: "i",
  ы: "i",
  й: "i",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "h",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "sh",
  ъ: "",
  ь: "",
  ю: "iu",
  я: "ia",
};

const foldCache = new Map<string, string>();

/**
 * Common words that differ between Russian, Ukrainian and English (colours, sizes, everyday goods):
 * each maps onto one concept key, so "жёлтые", "жовті" and "yellow" meet. Stems take inflection endings;
 * `=word` entries match only that exact word.
 */
const CONCEPTS: Array<[string, string[]]> = [
  ["white", ["бел", "біл", "white"]],
  ["red", ["красн", "червон", "=red"]],
  ["yellow", ["желт", "жовт", "yellow"]],
  ["green", ["зелен", "green"]],
  [
    "blue",
    [
      "=синий",
      "=синяя",
      "=синее",
      "=синие",
      "=синюю",
      "=синих",
      "=синій",
      "=синя",
      "=сині",
      "=синю",
      "голуб",
      "блакитн",
      "=blue",
      // ("синий" is navy as well: "вальтрап синий" against "Saddle Pad, Navy")
      "^navy",
      // a printer's ink and toner colours: cyan is "голубой" / "блакитний"
      "=cyan",
    ],
  ],
  ["black", ["черн", "чорн", "black"]],
  ["pink", ["розов", "рожев", "=pink"]],
  ["purple", ["фиолет", "фіолет", "лилов", "бузков", "purple", "lilac"]],
  ["magenta", ["пурпур", "маджент", "=magenta"]],
  ["orange", ["оранжев", "помаранчев", "=orange"]],
  [
    "grey",
    [
      "=серый",
      "=серая",
      "=серое",
      "=серые",
      "=серую",
      "=серых",
      "=сірий",
      "=сіра",
      "=сіре",
      "=сірі",
      "=сіру",
      "=сірих",
      "=сірим",
      "=сірого",
      "=сірої",
      "=серого",
      "=серой",
      "=grey",
      "=gray",
    ],
  ],
  // kraft card is brown ("коробки бурые"); not "бура", borax, nor "бурый", which folds as "буры", drill bits
  ["brown", ["коричнев", "brown", "=бурая", "=бурое", "=бурые", "=бурую", "=бурых"]],
  [
    "silver",
    ["серебрист", "серебрян", "=серебро", "=серебра", "срібляст", "срібн", "=срібло", "=срібла", "=silver", "=silvery"],
  ],
  ["big", ["больш", "велик", "=big", "=large"]],
  ["small", ["маленьк", "=малый", "=малая", "=малые", "=малий", "=мала", "=малі", "=small", "=little"]],
  ["moisture", ["влагост", "вологост", "moisture", "waterproof", "водост"]],
  ["coffee", ["кофе", "=кава", "=каву", "=кави", "=кавою", "кавус", "=coffee"]],
  ["tea", ["=чай", "=чаю", "=чая", "=чаї", "=чаем", "=чайку", "=чаек", "=чайок", "=tea", "=teas"]],
  ["milk", ["молок", "=milk"]],
  ["egg", ["=яйца", "=яйцо", "=яиц", "=яйця", "=яєць", "=яйце", "=egg", "=eggs"]],
  ["bread", ["=хлеб", "=хлеба", "=хліб", "=хліба", "=bread"]],
  ["cheese", ["=сыр", "=сыра", "=сыру", "=сир", "=сиру", "=cheese"]],
  ["water", ["=вода", "=воды", "=воду", "=водой", "=водичка", "=водички", "=водичку", "=water"]],
  ["apple", ["яблок", "яблук", "=apple", "=apples"]],
  ["tomato", ["помидор", "помідор", "томат", "tomato"]],
  ["chocolate", ["шоколад", "chocolate"]],
  ["honey", ["=мед", "=меда", "=меду", "=медом", "=мёд", "=honey"]],
  ["rice", ["=рис", "=риса", "=рису", "=rice"]],
  ["salmon", ["лосос", "семг", "сьомг", "salmon"]],
  ["rose", ["=роза", "=розы", "=розу", "=роз", "=розой", "=розами", "троянд", "=rose", "=roses"]],
  ["tulip", ["тюльпан", "tulip"]],
  ["cement", ["цемент", "cement"]],
  ["sand", ["=песок", "=песка", "=песку", "=пісок", "=піску", "=sand"]],
  ["brick", ["кирпич", "цегл", "brick"]],
  ["card", ["открытк", "листівк", "=card", "=cards", "postcard"]],
  ["paint", ["=краска", "=краски", "=краску", "=фарба", "=фарби", "=фарбу", "=paint"]],
  ["glue", ["=клей", "=клея", "=клею", "=glue"]],
  ["tape", ["=лента", "=ленты", "=ленту", "=стрічка", "=стрічки", "=стрічку", "=tape", "скотч"]],
  ["cable", ["кабел", "cable"]],
];

let conceptIndex: {
  exact: Map<string, string>;
  stems: Map<string, Array<[string, string]>>;
  /** Exact entries by their stem: "курку" finds "=курка" when that form was not listed. */
  forms: Map<string, string>;
  /** Exact entries as spelled: "сіру" (grey) and "сиру" (of cheese) fold alike, and their letters part them. */
  spelled: Map<string, string>;
} | null = null;

/** A word's stem without a short vowel ending, for finding another form of a listed word. */
function formStem(f: string): string {
  return f.replace(/(oiu|ami|ami|om|oi|ei|ia|iu|a|i|u|e|o)$/, "");
}

function concepts() {
  if (conceptIndex) return conceptIndex;
  const exact = new Map<string, string>();
  const forms = new Map<string, string>();
  const spelled = new Map<string, string>();
  // stems grouped by their first two letters, longest first
  const stems = new Map<string, Array<[string, string]>>();
  for (const [c, words] of [...CONCEPTS, ...GOODS_CONCEPTS])
    for (const w of words) {
      if (w.startsWith("^")) spelled.set(w.slice(1).toLowerCase(), `#${c}`);
      else if (w.startsWith("=")) {
        const f = baseFold(w.slice(1));
        exact.set(f, `#${c}`);
        const cyrillic = /[\u0400-\u04ff]/u.test(w);
        if (cyrillic) spelled.set(w.slice(1).toLowerCase(), `#${c}`);
        // only Cyrillic words inflect this way, and a short stem would catch unrelated words
        const stem = formStem(f);
        if (cyrillic && stem.length >= 4 && stem !== f && !forms.has(stem)) forms.set(stem, `#${c}`);
      } else {
        const f = baseFold(w);
        const list = stems.get(f.slice(0, 2)) ?? [];
        list.push([f, `#${c}`]);
        stems.set(f.slice(0, 2), list);
      }
    }
  for (const list of stems.values()) list.sort((a, b) => b[0].length - a[0].length);
  conceptIndex = { exact, stems, forms, spelled };
  return conceptIndex;
}

/** "біленький", "черненькие", "красненькую": the ending of a diminutive. */
const diminutive = (rest: string) => /^[eo]nk/.test(rest) && ENDING.test(rest.slice(3));

/** The concept key of a folded word ("#white"), or undefined. */
function conceptOf(f: string): string | undefined {
  const c = concepts();
  const e = c.exact.get(f);
  if (e) return e;
  for (const [stem, key] of c.stems.get(f.slice(0, 2)) ?? [])
    if (
      f.startsWith(stem) &&
      (stem.length >= 6 || ENDING.test(f.slice(stem.length)) || diminutive(f.slice(stem.length)))
    )
      return key;
  const stem = formStem(f);
  if (stem.length >= 4 && stem !== f) return c.forms.get(stem);
  return undefined;
}

/** Lower-cases, transliterates Cyrillic to Latin and flattens spelling variants; common words become concepts. */
export function fold(word: string): string {
  const hit = foldCache.get(word);
  if (hit !== undefined) return hit;
  const base = baseFold(word);
  const out = concepts().spelled.get(word.toLowerCase()) ?? conceptOf(base) ?? base;
  if (foldCache.size > 50_000) foldCache.clear();
  foldCache.set(word, out);
  return out;
}

/** `fold` without the concept step: the spelling skeleton only (for joined words like "эрлгрей"). */
export function baseFold(word: string): string {
  let s = "";
  let cyrillic = false;
  for (const ch of word.toLowerCase()) {
    const m = CYR[ch];
    if (m !== undefined) {
      s += m;
      cyrillic = true;
    } else if ((ch >= "a" && ch <= "z") || (ch >= "0" && ch <= "9")) s += ch;
    else if (ch === "ß") s += "ss";
    // Polish "ż" sounds as "ж" ("Śnieżka" / "снєжка"); "ł" has no decomposed form
    else if (ch === "ż") s += "zh";
    else if (ch === "ł") s += "l";
    else if (ch > "\u007f" && ch < "\u0250") {
      // a Latin letter with a mark ("Moët", "Jägermeister", "Añejo"): its base letter
      const plain = ch.normalize("NFD")[0] ?? "";
      if (plain >= "a" && plain <= "z") s += plain;
    }
  }
  s = s
    // "Schweppes" / "швепс", "Urquell" / "урквелл", "Jameson" / "джемесон": the other alphabet's spelling
    .replace(/sch/g, cyrillic ? "sch" : "sh")
    .replace(/qu/g, "kv")
    .replace(/dzh/g, "zh")
    .replace(/ph/g, "f")
    .replace(/th/g, "t")
    .replace(/ck/g, "k")
    .replace(/kh/g, "h")
    .replace(/c(?!h)(?=[eiy])/g, "s")
    .replace(/c(?!h)/g, "k")
    .replace(/x/g, "ks")
    .replace(/q/g, "k")
    .replace(/w/g, "v")
    .replace(/y/g, "i")
    .replace(/j/g, "zh")
    .replace(/ou/g, "u")
    .replace(/oo/g, "u")
    .replace(/ee/g, "i");
  // Ukrainian "напів-" is Russian "полу-": "напівнакладна" / "полунакладная", "напівмат" / "полумат"
  if (s.startsWith("napiv") && s.length > 7) s = `polu${s.slice(5)}`;
  const collapsed = s.replace(/(.)\1+/g, "$1");
  return collapsed.length >= 3 ? collapsed : s;
}

/** Lower-case with ё→е and typographic apostrophes unified; keeps the script. */
export function lower(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[’ʼ`´]/g, "'");
}

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Optimal string alignment distance, stopping early above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = a.length;
  const m = b.length;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[m] ?? max + 1;
}

/** Inflection and diminutive endings (folded), ru/uk/en: what may differ between two forms of one word. */
const ENDING =
  /^(|a|i|u|e|o|ia|iu|ie|ii|oi|ei|ai|om|em|am|ah|ih|im|ami|imi|iami|ov|ev|iv|as|os|us|is|ogo|ego|omu|emu|oe|aia|uiu|iia|s|es|n|an|k|ok|ek|ik|ka|ki|ku|ke|kom|koi|ski|ska|sku|skoe|skogo|skoi|ovi|ova|ovu|ove|ovoi|ovogo|ovaia|ovuiu|evi|eva|evu|nii|nia|niu|noi|nogo|na|nu|ni|ne|no|nim|chik|chka|chki|chku|chkoi|echka|echku|echki|ochka|ochku|ochki|ochek|iki|iok|ek|uiu|ta|tu|ti|te|kov|kam|kami|kah|kiv)$/;

const ADJECTIVE_END = /^(a|i|u|e|o|ii|oi|ogo|ego|omu|emu|ih|im|imi|oe|aia|uiu|iia)$/;

function consonants(s: string): string {
  let out = "";
  for (let i = 1; i < s.length; i++) {
    const ch = s[i] as string;
    if (ch !== "a" && ch !== "e" && ch !== "i" && ch !== "o" && ch !== "u") out += ch;
  }
  return out;
}

/**
 * Russian and Ukrainian forms of one word differ mostly in vowels ("разводной"/"розвідний",
 * "подрозетник"/"підрозетник", "рабочие"/"робочі"): the same first letter and the same consonants,
 * give or take one consonant of an ending.
 */
function cognates(a: string, b: string): boolean {
  if (a[0] !== b[0] || a.length < 5 || b.length < 5) return false;
  const sa = consonants(a);
  const sb = consonants(b);
  const [short, long] = sa.length <= sb.length ? [sa, sb] : [sb, sa];
  return short.length >= 3 && long.length - short.length <= 1 && long.startsWith(short);
}

/** "standard" / "стандартная", "original" / "оригинальный": a borrowed word made an adjective with "-н-". */
function borrowedAdjective(word: string, adjective: string): boolean {
  if (word.length < 5) return false;
  const stem = devoiced(word);
  return (
    adjective.startsWith(stem) && /^n(aia|ii|ie|oe|ogo|oi|uiu|ih|im|a|i|e|o|u)$/.test(adjective.slice(stem.length))
  );
}

const DEVOICE: Record<string, string> = { d: "t", b: "p", g: "k", v: "f", z: "s" };

/** The stem without its vowel ending and without a fleeting e/o before its last consonant. */
function fleeting(w: string): string {
  const stem = w.replace(/(ami|iami|ah|am|ov|ev|iv|a|i|u|e|o|ia|iu)$/, "");
  return stem.replace(/[eoi]([^aeiou])$/, "$1");
}

function devoiced(w: string): string {
  return w.replace(/[dbgvz]$/, (c) => DEVOICE[c] ?? c);
}

/**
 * How alike two folded words are, 0..1: 1 equal; ~0.9 the same stem with different endings
 * (арабику/арабики); ~0.8 a diminutive or one typo; 0 otherwise. Short words must match exactly.
 */
export function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.startsWith("#") || b.startsWith("#")) return 0;
  const la = a.length;
  const lb = b.length;
  if (la < 3 || lb < 3) return 0;
  if (/\d/.test(a) || /\d/.test(b)) return 0;
  // "стандарт" / "standard", "сет" / "set": a final consonant devoiced when the word is borrowed
  if (la >= 4 && devoiced(a) === devoiced(b)) return 0.95;
  // "ребер" / "ребра", "пачек" / "пачка", "банок" / "банку": a vowel that comes and goes with the ending
  if (la >= 4 && lb >= 4 && fleeting(a) === fleeting(b) && fleeting(a).length >= 3) return 0.85;
  const p = commonPrefix(a, b);
  const ra = a.slice(p);
  const rb = b.slice(p);
  const endings = ENDING.test(ra) && ENDING.test(rb);
  if (p >= 4 && ra.length <= 4 && rb.length <= 4 && endings) return 0.9;
  if (p >= 3 && Math.min(la, lb) <= 4 && ra.length <= 1 && rb.length <= 1) return 0.85;
  // "митого" / "митий", "сухого" / "сухий": a three-letter stem with an adjective's endings
  if (p === 3 && ADJECTIVE_END.test(ra) && ADJECTIVE_END.test(rb) && Math.max(ra.length, rb.length) >= 2) return 0.85;
  if (p >= 5 && endings) return 0.8;
  if (cognates(a, b) || borrowedAdjective(a, b) || borrowedAdjective(b, a)) return 0.8;
  // "хакка" for "Hakkapeliitta", "конти" for "Continental": a long name cut short by the one who says it
  if (la >= 4 && lb >= la + (la === 4 ? 5 : 4) && b.startsWith(a)) return 0.8;
  if (la >= 4 && lb >= 4) {
    const max = Math.min(la, lb) >= 8 ? 2 : 1;
    const d = editDistance(a, b, max);
    if (d <= max) return d === 1 ? 0.8 : 0.72;
    // a typo inside the stem plus an inflected ending
    if (la >= 7 && lb >= 7) {
      const sa = a.slice(0, la - 2);
      const sb = b.slice(0, lb - 2);
      if (editDistance(sa, sb, 1) <= 1) return 0.72;
    }
  }
  return 0;
}

const VOWEL = /[aeiou]/;

/**
 * A sound skeleton of a folded word for matching a brand or model written in the other alphabet
 * ("айфон"/"iphone", "сяомі"/"xiaomi", "бейсус"/"baseus", "лайтнінг"/"lightning"): silent English
 * letters dropped, the first sound kept (any vowel as "V"), then the consonants without doubles.
 * Empty when the word is too short or not a plain word to be told apart this way.
 */
export function soundKey(f: string): string {
  if (f.length < 3 || f.startsWith("#") || /\d/.test(f)) return "";
  let s = f.replace(/igh/g, "i").replace(/gh/g, "g");
  if (s.startsWith("ks")) s = s.slice(1);
  if (s.length > 4 && s.endsWith("e") && !VOWEL.test(s[s.length - 2] ?? "")) s = s.slice(0, -1);
  let out = VOWEL.test(s[0] ?? "") ? "V" : (s[0] as string);
  let vowels = "";
  for (let i = 1; i < s.length; i++) {
    const ch = s[i] as string;
    if (VOWEL.test(ch)) {
      vowels += ch;
      continue;
    }
    if (VOWEL.test(s[i - 1] ?? "")) vowels += "|";
    if (out[out.length - 1] !== ch) out += ch;
  }
  // two consonants say too little unless the vowels agree as well ("сяомі"/"xiaomi", not "новою"/"нівея")
  if (out.length < 3) return out.length === 2 && s.length >= 5 ? `${out}:${vowels}` : "";
  return out;
}
