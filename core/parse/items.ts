import type { ParsedLine, UnknownItem } from "../types.js";
import type { CatalogIndex, IndexedProduct } from "./catalog-index.js";
import {
  candidateProducts,
  GENERATION,
  gluedModel,
  isBrandNumber,
  matchWord,
  packParts,
  WITHOUT_KEYS,
} from "./catalog-index.js";
import {
  COLOURS,
  CONJUNCTIONS,
  CORRECTIONS,
  containerKind,
  type Dim,
  FILLERS,
  FOR_WORDS,
  HALF_WORDS,
  isThickness,
  NEGATION_PATTERNS,
  NOT_GOODS,
  ORDER_VERBS,
  PAST_PATTERNS,
  pieceKind,
  REQUEST_QUESTION,
  RETURNED_EMPTIES,
  SHEETS,
} from "./lexicon.js";
import { lower } from "./normalize.js";
import { clauseVocabulary, type Resolution, resolveMention, type SizeHint, sizeScore } from "./resolve.js";
import { codeKey, codeRuns, INDEX_STOP, type Token, tokenize } from "./tokenize.js";

/** Which eye or side: "на праве", "левый глаз", "OD". */
const SIDE = /^(прав|лев|лів)(ое|ий|ый|е|ого|ому|а|ая|у|ую)$|^(глаз|глаза|око|ока|очі|eyes?|left|right|od|os|ou)$/u;

/** Words that are never an item on their own (delivery, payment, places, time). */
const NOT_ITEM =
  /^(хотя|хоча|purchase|confirm|pickup|pick|достав\p{L}*|адрес\p{L}*|телефон\p{L}*|тел|номер\p{L}*|курьер\p{L}*|кур'єр\p{L}*|оплат\p{L}*|сч[её]т\p{L}*|рахун\p{L}*|скидк\p{L}*|знижк\p{L}*|заказ\p{L}*|замовл\p{L}*|order\p{L}*|delivery|deliver|address|phone|payment|invoice|discount|price|prices|цен\p{L}*|цін\p{L}*|стоимост\p{L}*|вартіст\p{L}*|офис\p{L}*|офіс\p{L}*|office|дом\p{L}*|home|маме|мамі|дома|вдома|сегодня|завтра|today|tomorrow|время|час|time|раз|разу|магазин\p{L}*|shop|store|кофейн\p{L}*|кав'ярн\p{L}*|cafe|работ\p{L}*|прац\p{L}*|open|открыт|открыты|открыто|открыта|відкрит\p{L}?|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|stock|наличи\p{L}*|наявн\p{L}*|сайт\p{L}*|site|колег\p{L}*|colleague\p{L}*|друз\p{L}*|подар\p{L}*|gift|gifts|спасибо|дякую|thanks|утро|день|вечер|ранку|morning|evening|hi|hello|привет|привіт|добрый|добрий|доброго|здравствуйте|будь|ласка|please|pls|как|який|яка|what|which|мне|мені|нам|если|якщо|есть|є|have|has|had|получили|отримали|think|думаю|нужно|надо|хочу|можно|можна|could|would|should|возможно|может|можете|можно|подскажите|підкажіть|tell|know|знаю|вас|you|your|ваш\p{L}*|наш\p{L}*|our|свой|свою|own|для|for|это|это|цього|this|that|these|тот|та|те|other|другой|інший|next|следующий|наступний|also|ещё|еще|ще|also|тоже|теж|too|ok|ок|вопрос|питання|question|спасибо|случай|випадок|case|прошлый|минулий|last|тот|same|такой|такий|повтор\p{L}*|repeat|сдела\p{L}*|зроб\p{L}*|make|нов\p{L}{0,3}|new|тепер|теперь|now|following|follow|ниже|нижче|below|список|list|следующ\p{L}*|наступн\p{L}*|позиц\p{L}*|items?|товар\p{L}*|products?|раз|once|хотели|хотіли|wanted|quote|sell|sells|wait|about|понедельник\p{L}*|вторник\p{L}*|сред[ауы]|четверг\p{L}*|пятниц\p{L}*|суббот\p{L}*|воскресень\p{L}*|понеділ\p{L}*|вівтор\p{L}*|серед[ауи]|четвер|п'ятниц\p{L}*|субот\p{L}*|неділ\p{L}*|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends?|выходн\p{L}*|вихідн\p{L}*|objects?|объект\p{L}*|обʼєкт\p{L}*|об'єкт\p{L}*|site|склад\p{L}*|warehouse|usual|обычн\p{L}*|звичайн\p{L}*|fresh|свеж\p{L}*|свіж\p{L}*|forgot|забыл\p{L}*|забул\p{L}*|mum|mom|мам\p{L}*|wedding|свадьб\p{L}*|весілл\p{L}*|office|invoice|bill|счёт|рахунок|place|separate|отдельн\p{L}*|окрем\p{L}*|реквизит\p{L}*|реквізит\p{L}*|details|supply|дівчат\p{L}*|девушк\p{L}*|девочк\p{L}*|оформ\p{L}*|будем|будемо|буду|будет|будуть|взять|брать|взяти|брати|купить|купити|заказывать|замовляти|обменять|обміняти|поменять|поміняти|вернуть|повернути|собрать|зібрати|exchange|return|refund|года|год|лет|рок\p{L}?|років|рост|роста|зріст|зросту|years?|old|возраст|вік|дочь|дочка|дочке|дочки|дочери|донька|доньці|доньки|дочці|сын|сыну|сына|син|сину|сина|синові|son|daughter|ребенку|ребёнку|ребенка|ребёнка|дитині|дитини|child|под|без|при|над|with|without|тиж\p{L}*|недел\p{L}*|weeks?|days?|дн\p{L}*|дня|месяц\p{L}*|місяц\p{L}*|months?|hours?|годин\p{L}*|минут\p{L}*|хвилин\p{L}*|чекаю|чекаємо|жду|ждём|ждем|waiting|вже|уже|already|знов|знову|снова|опять|again|still|досі|how|much|many|whats|what's|min|minimum|max|maximum|guys|folks|team)$/u;

export interface ItemsResult {
  items: ParsedLine[];
  unknown: UnknownItem[];
  /** Product names seen only in questions ("сколько стоит арабика?"). */
  askedAbout: number;
  /** Words of ordering were present ("хочу", "закажу", "need"). */
  orderWords: boolean;
  /** Some unknown item was asked for outside a question ("и торт Наполеон 1 шт"), not only asked about. */
  unknownRequested: boolean;
  /** Lines whose product was chosen among equals or with a fuzzy match. */
  doubtful: string[];
  /** The character offset of the first item mention, for "и ещё" placement. */
  firstItemAt: number | null;
}

interface Qty {
  value: number;
  kind: "count" | "piece" | "pack" | "measure";
  base?: number;
  dim?: Dim;
  at: number;
  /** A correction word ("нет", "лучше") stands between this and the previous quantity. */
  corrected: boolean;
  /** "не 6, а 8": the amount said before that this one replaces. */
  replaces?: number;
  /** Said as a multiplier ("x 6", "× 2"): an amount, never a size. */
  times?: boolean;
  /** Said for each item of a list ("по 2 шт", "2 of each"). */
  each?: boolean;
  /** Said as "a pair" ("пару", "a pair of"): one item when the product itself is sold as a pair. */
  pair?: boolean;
  /** The kind of container said, in any spelling ("rolls", "рулона" → roll; see `containerKind`). */
  word?: string;
  /** The container word as said ("cases"), where its kind alone does not tell a case from a box. */
  said?: string;
}

/** The catalog unit a kind of container said stands for ("boxes", "ящики" → box; "packs" → pack), else undefined. */
function catalogUnitOf(word: string | undefined): "box" | "pack" | undefined {
  return word === "box" || word === "pack" ? word : undefined;
}

const HOUR_AFTER = /^(после|після|after|before|until|около|близько)$/u;
const HOUR_BY = /^(к|до|by|at|о|в)$/u;
const HOUR_WORD = /^(утра|вечера|дня|ночи|ранку|вечора|години|годині|часам|часов|часа|am|pm|o'clock)$/u;
/** A name that is itself a set ("Секретки … (4 болти + ключ)" aside): "комплект", "набір", "set". */
const SET_NAME = /(^|[^\p{L}])(комплект|набір|набор|set|kit|компл)/iu;
const PAIR_WORD = /^(пар[аиуы]|парочк[уа]|pair)$/u;
const SOLD_AS_PAIR = /(^|[^\p{L}])(пара|пари|pair)([^\p{L}]|$)/iu;

interface Mention {
  from: number;
  to: number;
  keys: string[];
  res: Resolution | null;
  qtys: Qty[];
  negated: boolean;
  clause: Clause;
  /** A heading shared by the variants listed after it ("Epson 103 ink:"): no line of its own. */
  heading?: boolean;
  /** The heading this variant was read under. */
  under?: Mention;
  /** Brand or series words said for an earlier item of the list and held for this one. */
  series?: string[];
  /** "Uvex Perfexxion II, black:": the mentions of a heading line split by its commas. */
  parts?: Mention[];
}

interface Clause {
  tokens: Token[];
  sentence: Sentence;
  /** Starts with a conjunction ("и", "and", "+"). */
  conj: boolean;
  past: boolean;
  negation: boolean;
}

interface Sentence {
  text: string;
  info: boolean;
  question: boolean;
}

/** Words that introduce a size or colour inside a name ("harness size M", "футболка размер L"). */
const SIZE_WORD = /^(size|sz|размер|размера|розмір|розміру|colour|color|цвет|цвета|колір|кольору)$/u;

const EACH = /^(each|кожного|кожної|кожну|кожен|кожний|каждого|каждой|каждую|каждый)$/u;

/** "2 each", "2 шт кожного", "2 of each": the words after an amount say it is per item. */
function saysEach(tokens: Token[], from: number): boolean {
  let i = from;
  if (isUnitWord(tokens[i])) i++;
  if (tokens[i]?.low === "of") i++;
  return EACH.test(tokens[i]?.low ?? "");
}

const NEGATION_WORDS =
  /^(не|надо|нужно|нужна|нужен|нужны|треба|потрібно|потрібна|потрібен|потрібні|будем|будемо|её|ее|его|их|їх|її|його|это|це|них|don't|dont|need|it|them|no|longer)$/u;
const CANCEL =
  /(^|\s)(отмени\p{L}*|убери\p{L}*|удали\p{L}*|скасу\p{L}*|прибери\p{L}*|видали\p{L}*|cancel|remove|drop)(?=$|[\s,.!;:])/u;
const TAKE_ASKED =
  /(^|[^\p{L}])(беру|берем|беремо|возьму|візьму|возьмем|візьмемо|take|i'?ll take|we'?ll take)\s+(обидва|обидві|оба|обе|обоих|все|всё|усі|всі|both|them|all|их|їх)(?![\p{L}])/u;
const TENTATIVE =
  /(^|[^\p{L}])(возможно|может быть|можливо|може бути|maybe|perhaps|probably|подумаем|подумаємо|we'?ll think)(?![\p{L}])/u;
const CONDITIONAL_YES =
  /(если\s+(да|есть|имеется)|якщо\s+(так|є)|if\s+(so|yes|you\s+do|you\s+have\s+(it|them)|available|in\s+stock)|тогда|тоді)/u;

const INFO_STRONG =
  /((a|your)\s+(quote|quotation|pricing|price\s+list)(?!\p{L})|(цену|ціну|цены|ціни)\s+на(?!\p{L})|(по\s*ч[еі]м|почем|почім)(?!\p{L})|^(and\s+|а\s+|і\s+|и\s+)?(what'?s|what\s+(is|are|about)|how\s+(long|many|much|about)|which\s+one)(?!\p{L})|^(or\s+)?(do|should|will)\s+(i|we)\s+need(?!\p{L})|min(imum)?\s+order|минимальн\p{L}*\s+(заказ|сумм)|мінімальн\p{L}*\s+(замовл|сум)|сколько\s+сто|скільки\s+кошту|есть\s+ли|є\s+у\s+вас|чи\s+є|у\s+вас\s+есть|в\s+наличии|в\s+наявності|how\s+much|do\s+you\s+(have|sell|carry)|in\s+stock|подскажите|підкажіть|tell\s+me|скажите|скажіть|розкажіть|расскажите)/u;

/**
 * "можна друкувати латунним соплом?", "можно ли мыть …?": whether the goods may be used a way, which asks to
 * be told, unlike "можно 2 шт?" or "можна замовити …?".
 */
const MAY_ONE =
  /(^|[^\p{L}])(можно|можна)\s+(ли\s+|чи\s+)?(?!(заказ|закаж|замов|куп|взя|брат|отрима|получ|оформ|достав|привез|забра|відправ|отправ|присла|надісла|додат|добав|резерв|зарезерв|отлож|відклас)\p{L}*)\p{L}+(ть|ти|тись|тися|ться)(?!\p{L})/u;

/** Asking to be told something is a question even in a polite request form ("could you tell me…"). */
const INFO_ASK =
  /(tell\s+me|let\s+me\s+know|скажите|скажіть|розкажіть|расскажите|подскажите|підкажіть)(?![\p{L}])(?![^?]*(order|замов|закаж))/u;

/** Every word said names a word of the product ("лампи світлодіодні" of "Лампа LED … світлодіодна"). */
function saysOnlyWordsOf(index: CatalogIndex, keys: readonly string[], p: IndexedProduct): boolean {
  return keys.every((k) => matchWord(index, k).some((x) => x.sim >= 0.8 && p.vocab.has(x.key)));
}

/** A mention that only repeats words of a product already named, with no size of its own. */
function repeatsName(index: CatalogIndex, p: IndexedProduct, m: Mention): boolean {
  if (m.res?.selectors.length) return false;
  const sibling = m.res && m.res.product.nameKey === p.nameKey;
  if (m.res && !sibling && m.res.product.idx !== p.idx && !m.res.tie && m.res.coverage >= 0.6) return false;
  return saysOnlyWordsOf(index, m.keys, p);
}

/** "05", "010", "7.1": a number no one writes as an amount of pieces, so a shade or model number. */
function isShadeNumber(t: Token): boolean {
  return /^0\d/.test(t.raw) || /^\d+[.,]\d$/.test(t.raw);
}

/** Words that join rather than name ("на", "и", "please"): not the unit of the number before them. */
function isGlue(t: Token): boolean {
  return INDEX_STOP.has(t.low) || FILLERS.has(t.low) || CONJUNCTIONS.has(t.low);
}

function isUnitWord(t: Token | undefined): boolean {
  return !!t && t.kind === "word" && (t.measure !== undefined || t.count !== undefined);
}

/**
 * The tokens' lower-cased text joined by spaces. A loop rather than map and join: an optimised `map`
 * returns a holey array, and the `join` after it would deoptimise its caller the first time.
 */
function lowText(tokens: readonly Token[]): string {
  let s = "";
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0) s += " ";
    s += (tokens[i] as Token).low;
  }
  return s;
}

function splitSentences(tokens: Token[], text: string): Array<{ tokens: Token[]; sentence: Sentence }> {
  const out: Array<{ tokens: Token[]; sentence: Sentence }> = [];
  let cur: Token[] = [];
  const flush = (endTok?: Token) => {
    if (cur.length === 0) return;
    const first = cur[0] as Token;
    const last = cur[cur.length - 1] as Token;
    const s = lower(text.slice(first.start, (endTok ?? last).end));
    const question = endTok?.punct === "?" || /\?/.test(s);
    out.push({ tokens: cur, sentence: { text: s, info: asksToBeTold(s, question), question } });
    cur = [];
  };
  for (const t of tokens) {
    if (t.kind === "sep" && t.sep === "sentence") flush(t);
    else cur.push(t);
  }
  flush();
  // "…, це ж 2,5 пачки? ні, давайте 3": a question the writer answers at once with an amount asks the shop
  // nothing ("sleeves? no, we still have" still asks)
  out.forEach((o, k) => {
    const next = out[k + 1];
    const answer = next?.tokens[0];
    if (!o.sentence.question || !answer || !SELF_ANSWER.test(answer.low)) return;
    if (!next.tokens.some((t) => t.kind === "num") && !ORDER_VERBS.test(next.sentence.text)) return;
    o.sentence = { ...o.sentence, question: false, info: asksToBeTold(o.sentence.text, false) };
  });
  return out;
}

/** The sentence asks to be told something: a question, unless it is a request put as one ("can you …"). */
function asksToBeTold(s: string, question: boolean): boolean {
  return (
    INFO_ASK.test(s) ||
    (question && MAY_ONE.test(s)) ||
    (!REQUEST_QUESTION.test(s) && (question || INFO_STRONG.test(s)))
  );
}

const SELF_ANSWER = /^(ні|нет|no|nope|так|да|yes|yeah|ладно|гаразд|окей|ok|okay)$/u;

function isProductWord(index: CatalogIndex, toks: readonly Token[], i: number): boolean {
  const t = toks[i] as Token;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (t.kind === "code") return index.codes.has(t.key);
  if (t.kind !== "word" || INDEX_STOP.has(t.low) || t.key.length === 0 || t.rating) return false;
  // a one-letter word is a product word only as a capital size letter ("коробка L")
  if (t.key.length < 2 && !(/^\p{Lu}$/u.test(t.raw) && index.postings.has(t.key))) return false;
  // "рукавички М 1 пара": a capital size letter that also spells a unit, not after a number
  if (t.key.length < 2 && prev?.kind !== "num") return true;
  // "3 мешка", "мешок 25 кг" count the goods; "мешки 60 литров" of a catalog selling "Мешки для мусора" are them
  if (isUnitWord(t) && (prev?.kind === "num" || (next?.kind === "num" && !headsNames(index, t.key)))) return false;
  // "5 тонн биг-бегами", "2 тонны в мешках": the container after an amount's unit is what it comes in
  // ("120l bags" are bags of that size)
  const inIt = prev && IN_WORD.test(prev.low);
  const unitBefore = inIt ? toks[i - 2] : prev;
  if (t.count && unitBefore?.kind === "word" && unitBefore.measure && (inIt || /(ами|ями)$/u.test(lower(t.raw))))
    return false;
  // "хакка р5, комплект": a set counts the goods unless the catalog names products by it ("Комплект ГРМ")
  if (t.count === "pack" && containerKind(t.low) === "set" && !headsNames(index, t.key)) return false;
  if (t.measure && (prev?.kind === "num" || t.low.length > 2)) return false;
  // "delivery to our workshop", "для нашого магазину": the customer's own place, not goods the catalog
  // names by it ("Workshop cotton rags"); so is "for the workshop" with nothing more said of it
  if (
    ownPlace(prev, t) ||
    (OWN_PLACE.test(t.low) &&
      prev?.low === "the" &&
      /^(to|for|at|in)$/.test(toks[i - 2]?.low ?? "") &&
      (next === undefined || next.kind === "sep" || /^(please|pls|as|address)$/.test(next.low)))
  )
    return false;
  // "цепь 520 на 120 звеньев DID", "форма 6 ячеек": the parts counted after a number are its size, and the
  // words after them go on naming the same goods
  if (prev?.kind === "num" && COUNTED_PARTS.has(t.key) && !headsNames(index, t.key)) return false;
  // "a bouquet of roses", "мешок из ...": the container, not the product
  if (t.count && next?.kind === "word" && (next.low === "of" || next.low === "из")) return false;
  // "одну маленьку нан 2", "и тоже 1 большую": small or big picks a size of the goods (see `sizeEnd`)
  if (t.key === "#small" || t.key === "#big") return true;
  const ms = matchWord(index, t.key);
  const m = ms[0];
  if (!m) return false;
  // "нужно" is no near spelling of "нежные": an order word names goods only as the catalog writes it;
  // "на праве", "левый глаз": which eye (or side) the goods are for, unless the catalog writes that word
  if ((FILLERS.has(t.low) || SIDE.test(t.low)) && m.sim < 1) return false;
  return m.sim >= 0.8 || (m.sim >= 0.72 && t.key.length >= 7);
}

const IN_WORD = /^(в|у|in)$/u;
/** Places a customer names as their own: "our workshop", "в наш магазин". */
const OWN_PLACE =
  /^(workshop|shop|store|office|warehouse|garage|studio|salon|site|premises|мастерск\p{L}*|майстерн\p{L}*|магазин\p{L}*|офис\p{L}*|офіс\p{L}*|склад\p{L}*|гараж\p{L}*|студи\p{L}*|студі\p{L}*|салон\p{L}*|цех\p{L}*)$/u;
const OWNER = /^(our|my|наш\p{L}*|мой|мою|моей|моего|мій|моєї|мого|свой|свою|свого|своей|своєї)$/u;
/** "our workshop", "нашого магазину": the word is the customer's own place. */
const ownPlace = (prev: Token | undefined, t: Token) =>
  prev?.kind === "word" && OWNER.test(prev.low) && OWN_PLACE.test(t.low);
/** What a number counts in a product's own size: a chain's links, a mold's cells. */
const COUNTED_PARTS = new Set(["#link", "#cavity"]);

/** The token at `i` touches the tokens on both sides of it ("ключ/ключ"). */
function joinsTight(toks: readonly Token[], i: number): boolean {
  const before = toks[i - 1];
  const t = toks[i] as Token;
  const after = toks[i + 1];
  return !!before && !!after && before.end === t.start && t.end === after.start;
}

/** The word opens some product's name ("Мешки для мусора …", "Коробка 300x200x150"). */
function headsNames(index: CatalogIndex, key: string): boolean {
  return (index.postings.get(key) ?? []).some((i) => index.products[i]?.nameWords[0] === key);
}

/** A word of five letters or more that only a loose spelling finds in the catalog ("глейд" for "glade"). */
function nearSpelling(index: CatalogIndex, t: Token | undefined): boolean {
  if (t?.kind !== "word" || t.key.length < 5 || t.measure || t.count || t.rating || t.key.startsWith("#")) return false;
  if (INDEX_STOP.has(t.low) || FILLERS.has(t.low)) return false;
  const m = matchWord(index, t.key)[0];
  return !!m && m.sim >= 0.72 && m.sim < 0.8;
}

/** "iPhone 15", "Nano 3": a number right after a name word that the catalog writes with it. */
function isModelNumber(index: CatalogIndex, word: Token, n: Token, labels = false): boolean {
  if (n.kind !== "num" || n.worded || word.kind !== "word" || n.value === undefined) return false;
  // (with `labels`, a number the word's names write after "№" too: "конус 8" of "Конус пірометричний №8")
  return matchWord(index, word.key).some(
    (m) =>
      m.sim >= 0.78 &&
      (index.models.has(`${m.key} ${n.value}`) || (labels && index.labelModels.has(`${m.key} ${n.value}`))),
  );
}

/** Splits a sentence at commas and conjunctions that are not part of a product name. */
function splitClauses(index: CatalogIndex, tokens: Token[], sentence: Sentence): Clause[] {
  const out: Clause[] = [];
  let cur: Token[] = [];
  let conj = false;
  const push = () => {
    if (cur.length) {
      const s = lowText(cur);
      out.push({
        tokens: cur,
        sentence,
        conj,
        past: PAST_PATTERNS.some((re) => re.test(s)) || RETURNED_EMPTIES.test(sentence.text),
        negation: NEGATION_PATTERNS.some((re) => re.test(s)),
      });
    }
    cur = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "sep" && t.sep === "clause") {
      // "ключ/вертушка": a slash that two words of the catalog touch joins them
      const before = tokens[i - 1];
      const after = tokens[i + 1];
      if (
        t.raw === "/" &&
        before?.kind === "word" &&
        after?.kind === "word" &&
        joinsTight(tokens, i) &&
        index.postings.has(before.key) &&
        index.postings.has(after.key)
      ) {
        cur.push(t);
        continue;
      }
      push();
      conj = t.raw === "+" || t.raw === "&";
      continue;
    }
    if (t.kind === "word" && CONJUNCTIONS.has(t.low)) {
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      // "чай з м'ятою і лимоном": the conjunction joins two words a name has side by side; "колодки TRW
      // і диски" joins two items, though one name has both words
      const inside =
        prev &&
        next &&
        prev.kind === "word" &&
        next.kind === "word" &&
        index.postings.has(next.key) &&
        (index.postings.get(prev.key) ?? []).some((p) =>
          index.products[p]?.variants.some((v) => v.includes(prev.key) && v[v.indexOf(prev.key) + 1] === next.key),
        );
      if (!inside) {
        push();
        conj = true;
        continue;
      }
    }
    cur.push(t);
  }
  push();
  return out;
}

/**
 * "Нужны замки 3шт, цилиндры 3шт, и ручка-скоба 2 шт есть у вас?": a sentence that orders in its first
 * clause and asks only in its last gives the question to the last clause; the clauses before it order.
 */
function askedAtTheEnd(clauses: Clause[]): Clause[] {
  const first = clauses[0];
  const last = clauses[clauses.length - 1];
  if (
    !first ||
    !last ||
    first === last ||
    !first.sentence.info ||
    !first.sentence.question ||
    INFO_ASK.test(first.sentence.text)
  )
    return clauses;
  const before = clauses.slice(0, -1);
  const beforeText = before.map((c) => lowText(c.tokens)).join(", ");
  if (!ORDER_VERBS.test(lowText(first.tokens)) || /(^|\s)(ли|чи)(\s|$)/u.test(beforeText)) return clauses;
  if (beforeText.includes("?") || INFO_STRONG.test(beforeText) || REQUEST_QUESTION.test(beforeText)) return clauses;
  const ordering: Sentence = { text: beforeText, info: false, question: false };
  return [...before.map((c) => ({ ...c, sentence: ordering })), last];
}

/**
 * "кг 5", "метрів 20": the unit said just before the amount is its own, unless it is a size's ("48 мм 20")
 * or a comma stands between them ("60x80 mm, 3000").
 */
function unitBefore(tokens: Token[], i: number): boolean {
  const unit = tokens[i - 1] as Token;
  return tokens[i - 2]?.kind !== "num" && (tokens[i] as Token).start - unit.end <= 1;
}

/** Reads quantities, marking which tokens they used. */
function readQuantities(tokens: Token[], used: Set<number>): Qty[] {
  const out: Qty[] = [];
  let sawCorrection = false;
  let replaced: number | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "word" && CORRECTIONS.has(t.low)) sawCorrection = true;
    if (used.has(i) || t.kind !== "num" || t.value === undefined) continue;
    // "-2.75", "+1.50": a signed value, never an amount
    if (t.signed) continue;
    const prev = tokens[i - 1];
    const prev2 = tokens[i - 2];
    const next = tokens[i + 1];
    // "не 2, а 3", "instead of 3 make it 4": a negated number is not an amount; the next one replaces it
    // ("вместо 90 градусов" takes back a size, not an amount)
    // ("instead of 6 I said earlier": a pronoun after the number starts another clause, no unit)
    const instead =
      (INSTEAD.test(prev?.low ?? "") || (prev?.low === "of" && INSTEAD.test(prev2?.low ?? ""))) &&
      !(next?.kind === "word" && !next.count && !CORRECTIONS.has(next.low) && !PRONOUN.test(next.low));
    if (prev?.kind === "word" && (prev.low === "не" || prev.low === "not" || instead)) {
      sawCorrection = true;
      replaced = t.value;
      continue;
    }
    // "9 Вт", "4100K": a rating, not an amount
    if (next?.rating) continue;
    // "anl 60 штук п'ять": the count word leads to the amount after it; the number before names the variant
    const after = tokens[i + 2];
    if (
      next?.kind === "word" &&
      next.count &&
      after?.kind === "num" &&
      after.worded &&
      !after.label &&
      !after.measure &&
      !tokens[i + 3]?.count &&
      !tokens[i + 3]?.measure &&
      // ("2 шт десятка 1": a numeral noun's own amount follows it)
      tokens[i + 3]?.kind !== "num"
    )
      continue;
    // "после 18", "к 10 утра", "after 5": an hour, not an amount
    if (
      prev?.kind === "word" &&
      !t.measure &&
      t.value <= 24 &&
      (HOUR_AFTER.test(prev.low) || (HOUR_BY.test(prev.low) && next?.kind === "word" && HOUR_WORD.test(next.low)))
    )
      continue;
    let value = t.value;
    // compound number words: "двадцать пять", "сто пятьдесят"
    if (
      t.worded &&
      next?.kind === "num" &&
      next.worded &&
      next.value !== undefined &&
      value >= 20 &&
      value % 10 === 0 &&
      next.value < value &&
      !next.measure
    ) {
      value += next.value;
      used.add(i + 1);
    }
    // "півтора десятка", "two dozen", "пару десятков": a count of tens or dozens
    if (
      next?.kind === "num" &&
      next.worded &&
      next.value !== undefined &&
      (next.value === 10 || next.value === 12 || next.value === 100) &&
      value < 10 &&
      !t.measure &&
      !next.measure &&
      !next.label
    ) {
      value *= next.value;
      used.add(i + 1);
    }
    const half = (prev && HALF_WORDS.has(prev.low)) || (prev?.low === "a" && prev2 && HALF_WORDS.has(prev2.low));
    // "half a dozen", "пів дюжини", "пол десятка"
    if (half && t.worded && !t.measure && (value === 12 || value === 10 || value === 100)) value /= 2;
    const q: Qty = {
      value,
      kind: "count",
      at: i,
      corrected: sawCorrection && (out.length > 0 || replaced !== undefined),
      replaces: replaced,
      times: prev?.kind === "x",
      each: prev?.low === "по" || saysEach(tokens, i + 1),
      // ("пару пар", "пару штук": two of them)
      // ("пару десятков": tens, no pair)
      pair: t.worded === true && PAIR_WORD.test(t.low) && !tokens[i + 1]?.count && value === 2,
    };
    sawCorrection = false;
    replaced = undefined;
    if (t.measure) {
      const v = half ? 0.5 : value;
      Object.assign(q, { value: v, kind: "measure", base: v * t.measure.factor, dim: t.measure.dim });
    } else if (t.count) {
      // "пів ящика": the container word itself, halved
      q.kind = t.count;
      q.word = containerKind(t.low);
      q.said = t.low;
    } else if (next?.kind === "word" && next.measure) {
      Object.assign(q, { kind: "measure", base: value * next.measure.factor, dim: next.measure.dim });
      used.add(i + 1);
    } else if (next?.kind === "word" && next.count) {
      q.kind = next.count;
      q.word = containerKind(next.low);
      q.said = next.low;
      used.add(i + 1);
    } else if (prev?.kind === "word" && prev.count && unitBefore(tokens, i)) {
      q.kind = prev.count;
      q.word = containerKind(prev.low);
      q.said = prev.low;
    } else if (prev?.kind === "word" && prev.measure && unitBefore(tokens, i)) {
      Object.assign(q, { kind: "measure", base: value * prev.measure.factor, dim: prev.measure.dim });
    }
    used.add(i);
    out.push(q);
  }
  // "1 кг 500 г", "2 m 50 cm": one amount said in two units
  for (let k = out.length - 2; k >= 0; k--) {
    const a = out[k] as Qty;
    const b = out[k + 1] as Qty;
    if (a.kind !== "measure" || b.kind !== "measure" || a.dim !== b.dim || a.base === undefined) continue;
    if (b.base === undefined || b.base >= a.base || b.at !== a.at + 2 || !tokens[a.at + 1]?.measure) continue;
    a.value = a.value * ((a.base + b.base) / a.base);
    a.base += b.base;
    out.splice(k + 1, 1);
  }
  // a unit with "пол"/"пів"/"half" and no number: "пол кило" is caught above; "half a kilo" too
  return out;
}

function toCatalogQty(
  p: IndexedProduct,
  q: Qty | undefined,
  setSize: number | undefined,
): { qty: number; exact: boolean } {
  if (!q) return { qty: 1, exact: true };
  // "комплект зимової гуми" of tyres sold by the piece, in a shop whose sets are of four: four
  if (q.word === "set" && setSize && p.product.unit === "pcs" && !SET_NAME.test(p.product.name))
    return { qty: q.value * setSize, exact: true };
  if (q.pair && SOLD_AS_PAIR.test(p.product.name)) return { qty: 1, exact: true };
  const unit = p.product.unit;
  // "2 ящика литровых" of oil sold by the bottle, twelve to a box: twenty-four bottles
  if (p.boxOf && q.kind === "pack" && q.word !== "set") return { qty: roundQty(q.value * p.boxOf), exact: true };
  // "3 блока" of fillet sold by the kilo in blocks of 7 kg: twenty-one kilos
  const held = q.kind === "pack" && q.word !== "set" ? heldByContainer(p) : undefined;
  if (held !== undefined) return { qty: roundQty(q.value * held), exact: true };
  if (q.kind === "measure" && q.base !== undefined && q.dim) {
    if (p.sold === q.dim) return { qty: roundQty(q.base / basePerUnit(p)), exact: true };
    // ("10 м" of a pulley "5 mm bore": a few millimetres are a size of the part, which no length counts)
    if (p.size && p.size.dim === q.dim && !isThickness(p.size.dim, p.size.base)) {
      const r = q.base / p.size.base;
      return { qty: roundQty(r), exact: Math.abs(r - Math.round(r)) < 0.01 };
    }
    // "60 kg" of "stones 10–15 cm, 20 kg box": the one weight the name gives, when its size is another kind
    const weights = p.attrs.filter((a) => a.dim === q.dim && a.base);
    if (weights.length === 1 && weights[0]?.base) {
      const r = q.base / weights[0].base;
      if (r >= 1 && Math.abs(r - Math.round(r)) < 0.01) return { qty: Math.round(r), exact: true };
    }
    return { qty: q.value, exact: false };
  }
  const pack = p.packSize;
  if (pack && pack > 1 && (q.kind === "piece" || q.kind === "count") && unit !== "kg" && unit !== "g") {
    const r = q.value / pack;
    if (q.value >= pack && Math.abs(r - Math.round(r)) < 1e-9) return { qty: Math.round(r), exact: true };
  }
  return { qty: roundQty(q.value), exact: true };
}

/** The product has a word of a heading's ("Monin" of "Monin Vanilla 1 l"). */
function headSays(head: Mention | undefined, p: IndexedProduct): boolean {
  return head?.keys.some((k) => p.vocab.has(k)) ?? false;
}

/** An amount in the catalog unit, to a thousandth (0.3 × 3 is 0.9, not 0.8999…). */
function roundQty(v: number): number {
  return Math.round(v * 1000) / 1000;
}

/** Base units (grams, millilitres, millimetres, square metres) in one catalog unit of a measured good. */
function basePerUnit(p: IndexedProduct): number {
  const unit = p.product.unit;
  return p.sold !== "area" && (unit === "kg" || unit === "l" || unit === "m") ? 1000 : 1;
}

/** The words for the outer carton that boxes ship in, as opposed to the box itself. */
const OUTER_CASE = /^(case|cases|carton|cartons|ctn|ctns|ящик|ящика|ящики|ящиков|ящиків)$/u;

/** What one container holds in the catalog unit, for goods sold by weight, volume or length ("блок 7 кг"). */
function heldByContainer(p: IndexedProduct): number | undefined {
  const dim = p.sold;
  const a = dim ? p.attrs.find((x) => x.packed && x.dim === dim && x.base) : undefined;
  return a?.base ? a.base / basePerUnit(p) : undefined;
}

/**
 * "a box of the 57 mm rolls", "коробку чекової стрічки": one container said without a number, which
 * still says which variant is meant.
 */
function impliedContainer(m: Mention): Qty | undefined {
  const toks = m.clause.tokens;
  let first = m.from;
  // back over the words and sizes before the name ("a box of the 57 mm card rolls")
  while (first > 0 && m.from - first < 6) {
    const t = toks[first - 1];
    if (t?.kind !== "word" && !(t?.kind === "num" && toks[first]?.measure)) break;
    first--;
  }
  // "…хакка р5, комплект": a set may follow the name
  const last = Math.min(toks.length - 1, m.to + 3);
  // "литровых ящик", "пів ящика ZIC": a box of goods that ship in boxes may follow the name, or be halved
  const boxed = m.res?.product.boxOf !== undefined;
  for (let k = first; k <= last; k++) {
    const t = toks[k];
    if (t?.kind !== "word" || t.count !== "pack") continue;
    const word = containerKind(t.low);
    if (k > m.to && word !== "set" && !boxed) continue;
    // ("литровых ящик": a size said in a word is no amount)
    const before = toks[k - 1];
    if ((before?.kind === "num" && !(boxed && before.worded && before.measure)) || toks[k + 1]?.kind === "num")
      continue;
    const article = toks[k - 1]?.low === "a" || toks[k - 1]?.low === "an";
    const halved = HALF_WORDS.has(toks[k - 1]?.low ?? "") || (article && HALF_WORDS.has(toks[k - 2]?.low ?? ""));
    if (boxed && word !== "set") return { value: halved ? 0.5 : 1, kind: "pack", at: k, corrected: false, word };
    // "візьму комплект Hankook": a set said alone is one set
    if (!article && word !== "set" && !/\p{Script=Cyrillic}{3,}[ую]$/u.test(t.low)) continue;
    if (word) return { value: 1, kind: "pack", at: k, corrected: false, word, said: t.low };
  }
  return undefined;
}

/**
 * An amount said in a container the catalog names: "10 reams" of paper sold by the ream and in boxes of 5
 * reams is ten reams; "30 rolls" of rolls sold in packs of 10 and boxes of 50 is three packs; "1,000
 * sheets" of paper sold by the ream of 500 is two reams. The variant sold in that very container wins;
 * otherwise the largest one whose contents the amount fills exactly.
 */
function containerVariant(
  index: CatalogIndex,
  res: Resolution,
  /** The words said for the item. */
  keys: readonly string[],
  chosen: Qty | undefined,
): { product: IndexedProduct; qty: number } | null {
  const found = containerOf(index, res, keys, chosen);
  // ("теракота 10 кг 3 пачки": the size said picked the 10 kg bag, not the 1 kg trial pack "пачка" names)
  const p = res.product;
  if (found && res.selectors.some((h) => h.dim !== undefined) && found.product.size?.base !== p.size?.base) return null;
  return found;
}

function containerOf(
  index: CatalogIndex,
  res: Resolution,
  keys: readonly string[],
  chosen: Qty | undefined,
): { product: IndexedProduct; qty: number } | null {
  const p = res.product;
  const word = chosen?.word;
  if (!chosen || !word) return null;
  // "2 cases" of gloves sold by the box, ten boxes to a case: twenty boxes
  if (p.caseOf && chosen.said && OUTER_CASE.test(chosen.said)) return { product: p, qty: chosen.value * p.caseOf };
  const siblings = index.packSiblings.get(p.packKey) ?? [p];
  const own = siblings.filter((x) => x.container === word);
  // boxes of 6 and of 12: the count said picks the box (see `packVariant`)
  if (own.length > 1) return null;
  // ("2 рулони" of edging sold by the metre in rolls of 50 m: a hundred metres)
  const inUnit = (x: IndexedProduct) => roundQty(chosen.value * (heldByContainer(x) ?? 1));
  if (p.container === word) return { product: p, qty: inUnit(p) };
  if (own.length === 1) return { product: own[0] as IndexedProduct, qty: inUnit(own[0] as IndexedProduct) };
  // "полотенца … два короба" of towels sold by the pack ("250 л, пачка") and by the box of 20 packs, whose
  // name says nothing more than the pack's words: that box
  const { words, described } = packParts(p);
  const mine = new Set(described);
  const boxes = (index.boxed.get(words) ?? []).filter(
    (x) => x !== p && x.container === word && packParts(x).described.every((a) => mine.has(a)),
  );
  if (boxes.length === 1) return { product: boxes[0] as IndexedProduct, qty: chosen.value };
  // "барбарис 2 ящика" of candy sold by the kilo ("…, вагова") and in a box ("…, ящик 5 кг"): the box, when
  // the words said name it as well and it alone of the near candidates comes in that container
  if (p.container === undefined && !p.size && p.sold) {
    const boxed = res.rivals.filter((x) => x.container === word && saysOnlyWordsOf(index, keys, x));
    if (boxed.length === 1) return { product: boxed[0] as IndexedProduct, qty: inUnit(boxed[0] as IndexedProduct) };
  }
  const contents = (x: IndexedProduct): number | undefined => {
    const pack = x.packSize && x.packSize > 1 ? x.packSize : undefined;
    if (x.packOf === word && pack) return pack;
    const inside = x.attrs.find((a) => a.unitKey === word && a.value > 1 && Number.isInteger(a.value))?.value;
    return inside === undefined ? undefined : inside * (x.packOf && pack ? pack : 1);
  };
  const held = siblings.map((x) => ({ x, n: contents(x) }));
  // "18 btl", "12 пляшок" of a wine sold by the bottle and by a case of bottles: the bottles, as said
  const single = held.find((h) => (h.x.packSize ?? 1) <= 1 && !h.x.container && h.n === undefined)?.x;
  if (single && pieceKind(word) && held.some((h) => h.n !== undefined)) return { product: single, qty: chosen.value };
  const fits = held
    .filter((f): f is { x: IndexedProduct; n: number } => f.n !== undefined && chosen.value % f.n === 0)
    .sort((a, b) => b.n - a.n)[0];
  return fits ? { product: fits.x, qty: chosen.value / fits.n } : null;
}

/**
 * Goods sold only in packs of several sizes ("коробка 6 шт", "коробка 12 шт"): a count of pieces picks
 * the pack it fills ("12 эклеров" is one box of 12, "24" two), and "по 6 шт — 3 коробки" three boxes of 6.
 */
function packVariant(
  index: CatalogIndex,
  p: IndexedProduct,
  qs: Qty[],
  chosen: Qty | undefined,
  /** The pack size was said and picked the variant already. */
  picked: boolean,
): { product: IndexedProduct; qty: number } | null {
  if (!chosen || p.sold === "mass") return null;
  const siblings = index.packSiblings.get(p.packKey) ?? [];
  if (siblings.length < 2) return null;
  const packs = qs.filter((q) => q.kind === "pack");
  const pieces = qs.filter((q) => q.kind === "piece" || q.kind === "count");
  if (packs.length === 1 && pieces.length === 1) {
    const each = siblings.find((x) => x.packSize === pieces[0]?.value);
    if (each) return { product: each, qty: packs[0]?.value ?? 1 };
  }
  if (chosen.kind === "pack" && !picked) {
    // "dome lids 2 boxes" of lids sold in packs of 100 and boxes of 1000: the box
    const unit = catalogUnitOf(chosen.word);
    const byUnit = unit ? siblings.filter((x) => x.product.unit === unit) : [];
    if (byUnit.length === 1)
      return byUnit[0] === p ? null : { product: byUnit[0] as IndexedProduct, qty: chosen.value };
    // "2 cases of oat milk" of a good sold by the bottle and by the box: the box
    const packed = siblings.filter((x) => (x.packSize ?? 1) > 1);
    if ((p.packSize ?? 1) <= 1 && packed.length === 1)
      return { product: packed[0] as IndexedProduct, qty: chosen.value };
    return null;
  }
  if (picked) return null;
  // "oatly 24 l" of 1 l bottles sold alone and by twelve: 24 bottles
  let count = chosen.kind === "piece" || chosen.kind === "count" ? chosen.value : undefined;
  if (chosen.kind === "measure" && chosen.base !== undefined && p.size && p.size.dim === chosen.dim) {
    const n = chosen.base / p.size.base;
    if (n > 1 && Math.abs(n - Math.round(n)) < 1e-9) count = Math.round(n);
  }
  if (count === undefined) return null;
  const n = count;
  const fits = siblings
    .filter((x) => n >= (x.packSize ?? 1) && n % (x.packSize ?? 1) === 0)
    .sort((a, b) => (b.packSize ?? 1) - (a.packSize ?? 1))[0];
  // siblings of one pack size differ by something else, which the words already chose
  if (!fits || (fits.packSize ?? 1) === (p.packSize ?? 1)) return null;
  return { product: fits, qty: n / (fits.packSize ?? 1) };
}

/**
 * A pasted spreadsheet row ("code⇥name⇥5"): its last numeric cell is the amount, read as "× 5"; the other
 * cells describe one item, so their commas do not split it and their bare numbers ("HP LJ 1020") never
 * count. Returns the rewritten text and where those describing cells are in it.
 */
function tableRows(text: string): { text: string; described: Array<[number, number]> } {
  const semis = text.includes(";") ? semicolonsPerLine(text) : [];
  const semicolons = semicolonTable(semis);
  if (!text.includes("\t") && !text.includes("|") && !semicolons) return { text, described: [] };
  const described: Array<[number, number]> = [];
  const source = text.split("\n");
  const cellsOf = (line: string, r: number) =>
    line.includes("\t") ? "\t" : semicolons && (semis[r] ?? 0) >= 2 ? ";" : "|";
  const rows = source.map((line, r) => line.split(cellsOf(line, r)).map((c) => c.trim()));
  const numbered = rowNumbers(rows);
  let at = 0;
  const lines = source.map((line, r) => {
    // cells parted by tabs, or by pipes as a table pasted from a document ("HU 7020Z | фильтр масл. | 4")
    const filled = (rows[r] as string[]).filter((c) => c.length > 0);
    // a purchase order's line number ("2⇥Patch cord 1m⇥48") names the row, not the goods
    if (numbered.has(r)) filled.shift();
    // "Кол-во⇥Ед.": a unit in a column of its own after the amount ("2⇥короб") is the amount's
    const unitCell = filled[filled.length - 1] ?? "";
    if (filled.length >= 3 && /^\d+(?:[.,]\d+)?$/.test(filled[filled.length - 2] ?? "") && isUnitCell(unitCell))
      filled.splice(-2, 2, `${filled[filled.length - 2]} ${unitCell}`);
    // "Ед.⇥Кол-во": the unit's column before the amount's ("м⇥48")
    else if (filled.length >= 3 && /^\d+(?:[.,]\d+)?$/.test(unitCell) && isUnitCell(filled[filled.length - 2] ?? ""))
      filled.splice(-2, 2, `${unitCell} ${filled[filled.length - 2]}`);
    const last = filled[filled.length - 1] ?? "";
    let out = line.replace(/\t/g, " ");
    // the amount cell may carry its unit ("2 компл.", "6 pcs")
    if (filled.length >= 2 && /^\d+(?:[.,]\d+)?(?:\s*\p{L}{1,6}\.?)?$/u.test(last)) {
      // a cell's commas and abbreviation dots ("фильтр масл.") end no sentence
      const name = filled
        .slice(0, -1)
        .join("  ")
        .replace(/[,.](?=\s|$)/g, " ");
      described.push([at, at + name.length]);
      out = `${name} x ${last}`;
    }
    at += out.length + 1;
    return out;
  });
  return { text: lines.join("\n"), described };
}

/**
 * A table saved as CSV with semicolons, as spreadsheets in these locales write it ("Найменування;Розмір;К-сть"):
 * at least two lines with the same two or more semicolons (`semis`: the count on each line).
 */
function semicolonTable(semis: readonly number[]): boolean {
  const counts = new Map<number, number>();
  for (const n of semis) if (n >= 2) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts.values()].some((lines) => lines >= 2);
}

/** How many semicolons each line of the text holds. */
function semicolonsPerLine(text: string): number[] {
  return text.split("\n").map((line) => (line.match(/;/g) ?? []).length);
}

/**
 * Rows whose first cell counts the lines of the table ("1", "2", "3" or a purchase order's "10", "20", "30"),
 * each followed by at least a name and an amount. Returns their indexes.
 */
function rowNumbers(rows: string[][]): Set<number> {
  const candidates: Array<[number, number]> = [];
  for (const [r, cells] of rows.entries()) {
    const filled = cells.filter((c) => c.length > 0);
    if (filled.length >= 3 && /^\d{1,3}$/.test(cells[0] ?? "")) candidates.push([r, Number(cells[0])]);
  }
  const numbered = new Set<number>();
  if (candidates.length < 2) return numbered;
  const step = (candidates[1] as [number, number])[1] - (candidates[0] as [number, number])[1];
  if (step !== 1 && step !== 10) return numbered;
  const first = (candidates[0] as [number, number])[1];
  if (first !== step && first !== 0 && first !== 1) return numbered;
  if (candidates.every(([, n], i) => n === first + i * step)) for (const [r] of candidates) numbered.add(r);
  return numbered;
}

/** A table cell that is only a unit ("шт", "уп.", "короб", "pcs"). */
function isUnitCell(cell: string): boolean {
  if (!/^\p{L}{1,8}\.?$/u.test(cell)) return false;
  const t = tokenize(cell)[0];
  return t?.kind === "word" && (t.count !== undefined || t.measure !== undefined);
}

/** Numbers inside a table row's describing cells name the item, never count it (see `tableRows`). */
function markDescribed(tokens: Token[], described: Array<[number, number]>): Token[] {
  if (described.length === 0) return tokens;
  return tokens.map((t, i) => {
    if (t.kind !== "num" || t.label) return t;
    const next = tokens[i + 1];
    if (next?.kind === "word" && (next.measure || next.count || next.rating)) return t;
    // "Moist -2.00 (90)": a number alone in brackets is how many the pack holds, as the name says it
    if (!t.worded && tokens[i - 1]?.raw === "(" && next?.raw === ")") return t;
    const inside = described.some(([from, to]) => t.start >= from && t.end <= to);
    return inside ? { ...t, label: true } : t;
  });
}

const DITTO = /^[ \t]*(?:[-–—]+[ \t]*\/\/[ \t]*[-–—]+|〃|[-–—]"[-–—])(?=[ \t])/gmu;

/**
 * "1) …", "2. …" at line starts are list numbers, not amounts; "-//-", "〃" at a line's start say "the same
 * as above", which the line's own words then vary ("-//- белые 10 шт"), as if the mark were not there.
 */
function stripEnumerators(text: string): string {
  const dotted = text.match(/^\s*\d{1,2}\.\s+\p{L}/gmu)?.length ?? 0;
  return text
    .replace(DITTO, (m) => " ".repeat(m.length))
    .replace(/^(\s*)(\d{1,2})([.)])(\s+)(?=[\p{L}«"'])/gmu, (m, sp: string, n: string, p: string, after: string) =>
      p === ")" || dotted >= 2 ? sp + " ".repeat(n.length + 1) + after : m,
    );
}

/**
 * "деволт 796 комплект", "дахуа 4мп 1431 купольні": three or four digits a model code holds between its
 * letters ("DCD796P2"), said beside a word of that model's name and with no measure after, name the model and
 * never count it.
 */
function modelDigits(index: CatalogIndex, tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (!/^\d{3,4}$/.test(t.raw) || t.worded) return false;
  const owners = index.codes.get(`~${t.raw}`);
  const unit = tokens[i + 1];
  if (!owners || (unit?.kind === "word" && (unit.measure || unit.rating))) return false;
  const near = [tokens[i - 2], tokens[i - 1], tokens[i + 1], tokens[i + 2]].filter(
    (w): w is Token => w?.kind === "word" && w.key.length > 2 && !w.key.startsWith("#u"),
  );
  return wordOfOwners(index, near, owners, 0.8);
}

/** One of the words said beside a code or a number is a word of the products that code names. */
function wordOfOwners(index: CatalogIndex, near: Token[], owners: number[], minSim: number): boolean {
  return near.some((w) =>
    matchWord(index, w.key).some((m) => m.sim >= minSim && owners.some((o) => index.products[o]?.vocab.has(m.key))),
  );
}

/** Part numbers the catalog knows, written with spaces or dots, become one code token (longest first). */
function joinCodes(index: CatalogIndex, tokens: Token[], text: string): Token[] {
  // "6205 2рс": Cyrillic letters may sound the Latin ones the catalog writes ("рс" is "RS", not "PC"); only a
  // code token carries them (see `joinable`), so only then can a run read by sound differ
  const cyrillicCode = tokens.some((t) => t.kind === "code" && /[\u0400-\u04ff]/u.test(t.raw));
  const spelled = cyrillicCode ? codeRuns(tokens, text, true, true) : [];
  const runs = [...codeRuns(tokens, text, false, true), ...spelled].filter((r) => index.codes.has(r.key));
  const single = (t: Token, i: number) =>
    t.kind === "num" && (/^\d{5,}$/.test(t.raw) || isBrandNumber(tokens, i)) && index.codes.has(t.raw);
  // "kmc x12 черная": a model the catalog names "KMC X12 chain", said next to a word of its name
  const modelX = (t: Token, i: number) => {
    const n = tokens[i + 1];
    if (t.kind !== "x" || n?.kind !== "num" || n.worded || n.start !== t.end) return false;
    const owners = index.codes.get(`X${n.raw}`);
    if (!owners) return false;
    const near = [tokens[i - 1], tokens[i + 2]].filter((w): w is Token => w?.kind === "word" && w.key.length > 0);
    return wordOfOwners(index, near, owners, 0.9);
  };
  // "HP 26X x1", "12A": a model the catalog names so, not twenty-six times or twelve amperes
  const numX = (_t: Token, i: number) => {
    const key = gluedModel(tokens, i);
    return key !== undefined && index.codes.has(key);
  };
  const named = (t: Token, i: number) => t.kind === "num" && modelDigits(index, tokens, i);
  if (runs.length === 0 && ![single, modelX, numX, named].some((f) => tokens.some(f))) return tokens;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const glued = gluedModel(tokens, i);
    if (glued && index.codes.has(glued)) {
      const x = tokens[i + 1] as Token;
      const raw = text.slice(t.start, x.end);
      out.push({ kind: "code", raw, low: raw.toLowerCase(), key: glued, start: t.start, end: x.end, paren: t.paren });
      i++;
      continue;
    }
    if (modelX(t, i)) {
      const n = tokens[i + 1] as Token;
      out.push({
        kind: "code",
        raw: text.slice(t.start, n.end),
        low: `x${n.raw}`,
        key: `X${n.raw}`,
        start: t.start,
        end: n.end,
        paren: t.paren,
      });
      i++;
      continue;
    }
    const best = runs.filter((r) => r.from === i).sort((a, b) => b.to - a.to)[0];
    if (best) {
      const last = tokens[best.to] as Token;
      const raw = text.slice(t.start, last.end);
      out.push({
        kind: "code",
        raw,
        low: raw.toLowerCase(),
        key: best.key,
        start: t.start,
        end: last.end,
        paren: t.paren,
      });
      i = best.to;
      continue;
    }
    if (single(t, i)) out.push({ ...t, kind: "code", key: t.raw, value: undefined });
    else if (named(t, i)) out.push({ ...t, kind: "code", key: `~${t.raw}`, value: undefined });
    else out.push(t);
  }
  return out;
}

/** The sign between two sides of a size: "x", "×", "на", "by". */
function timesSign(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === "x" || /^(на|by|x|х)$/.test(t.low));
}

/** Three plain numbers from `i`, apart or joined by "x"/"на"/"by" ("35 52 7", "35 на 52 на 7"). */
function threeSides(tokens: Token[], i: number): Token[] | undefined {
  const sides: Token[] = [];
  let k = i;
  while (sides.length < 3) {
    const t = tokens[k];
    if (t?.kind !== "num" || t.worded || t.measure || !/^\d+(?:[.,]\d+)?$/.test(t.raw)) return undefined;
    sides.push(t);
    k += timesSign(tokens[k + 1]) ? 2 : 1;
  }
  return sides;
}

/** A size of two or three sides written as one token ("48х66", "60x40x40"). */
const DIMENSIONS = /^\d+(?:[.,]\d+)?(?:[xх×*]\d+(?:[.,]\d+)?){1,2}$/iu;

const RADIUS = /^(радіус|радиус|радіуса|радиуса|радиусе|радіусі|radius|rim|рад)$/u;

/** Cyrillic letters typed in a part number for Latin ones, and the Latin letter each may stand for. */
const TYPED_FOR_LATIN: ReadonlyArray<readonly [RegExp, string]> = [
  [/к/giu, "c"],
  [/х/giu, "x"],
  [/х/giu, "h"],
];

/**
 * A rim size the catalog writes "R16" ("205/55 R16", "Шиномонтаж … R16"), said the other ways customers
 * say it: "205 55 16" and "205/55/16" (the number right after a size code the catalog writes with that
 * rim), "16 радіус", "р16" (a Cyrillic "р"), and "225/45R17" glued. Catalog codes only: a number becomes
 * a rim only where the catalog has that rim. Other codes typed with Cyrillic letters for Latin ones
 * ("кат6", "дх4г") and two codes glued together are read as the catalog writes them, too.
 */
function rimCodes(index: CatalogIndex, tokens: Token[]): Token[] {
  const rim = (t: Token, key: string): Token => ({ ...t, kind: "code", key, value: undefined });
  const known = (key: string) => index.codes.has(key);
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = out[out.length - 1];
    const next = tokens[i + 1];
    if (t.kind === "num" && !t.worded && t.value !== undefined && Number.isInteger(t.value) && t.value >= 10) {
      const key = `R${t.value}`;
      const byWord = [prev, next].some((w) => w?.kind === "word" && RADIUS.test(w.low));
      const sizeOwners = prev?.kind === "code" ? index.codes.get(prev.key) : undefined;
      const afterSize = sizeOwners?.some((o) => index.codes.get(key)?.includes(o)) ?? false;
      // ("205 55 16": apart from the size, not glued to it)
      if (known(key) && (byWord || (afterSize && t.start > (prev?.end ?? t.start)))) {
        out.push(rim(t, key));
        continue;
      }
    }
    // "р16", "хакка р5": a Cyrillic "р" before digits is the Latin "R" the catalog writes
    const latin = t.kind === "code" && /^[рР]\d/u.test(t.raw) ? `R${t.key.slice(1)}` : undefined;
    if (latin && known(latin)) {
      out.push(rim(t, latin));
      continue;
    }
    // "кат6", "дх4г", "дс3х": a Cyrillic letter typed for the Latin one the catalog writes ("Cat6", "DX-4G",
    // "DS3H"), by its look or its sound
    const typed =
      t.kind === "code" && !known(t.key)
        ? TYPED_FOR_LATIN.map(([re, latin]) => codeKey(t.raw.replace(re, latin))).find(known)
        : undefined;
    if (typed) {
      out.push({ ...t, key: typed });
      continue;
    }
    if (t.kind === "code" && !known(t.key)) {
      // "225/45R17": two codes the catalog writes apart
      const cut = [...t.key].findIndex((_, k) => k > 0 && known(t.key.slice(0, k)) && known(t.key.slice(k)));
      if (cut > 0) {
        out.push({ ...t, key: t.key.slice(0, cut) }, { ...t, key: t.key.slice(cut) });
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

/** A capacity's rating key (see `attributeUnit`: "гб", "gigs", "тб") → how the catalog writes it. */
const CAPACITY: Readonly<Record<string, string>> = { "#ugb": "GB", "#utb": "TB" };

/**
 * "3 на 2,5", "3 x 2.5" → one part-number token when the catalog knows it ("3x2,5"); "500 гб" → "500GB"
 * likewise.
 */
function joinDimensions(index: CatalogIndex, tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i] as Token;
    // "500 гб", "16 gigs", "1 tb": a capacity the catalog writes "500GB", never an amount
    const unit = tokens[i + 1];
    const capacity = unit?.kind === "word" ? CAPACITY[unit.key] : undefined;
    if (a.kind === "num" && !a.worded && unit && capacity && index.codes.has(codeKey(`${a.raw}${capacity}`))) {
      const raw = `${a.raw}${capacity}`;
      out.push({ kind: "code", raw, low: raw.toLowerCase(), key: codeKey(raw), start: a.start, end: unit.end });
      i++;
      continue;
    }
    // "сальник 35 52 7", "35 на 52 на 7": three sides the catalog writes "35x52x7", said apart
    const sides = threeSides(tokens, i);
    if (sides) {
      const raw = sides.map((t) => t.raw).join("x");
      if (index.codes.has(codeKey(raw))) {
        const last = sides[2] as Token;
        out.push({ kind: "code", raw, low: raw, key: codeKey(raw), start: a.start, end: last.end, paren: a.paren });
        i = tokens.indexOf(last);
        continue;
      }
    }
    const op = tokens[i + 1];
    const b = tokens[i + 2];
    // "test strips 3 way": a number and a word the catalog writes joined ("3-way")
    if (
      a.kind === "num" &&
      !a.worded &&
      unit?.kind === "word" &&
      !unit.measure &&
      !unit.count &&
      !unit.rating &&
      /^\d{1,3}$/.test(a.raw) &&
      /^\p{L}{2,}$/u.test(unit.raw) &&
      index.codes.has(codeKey(`${a.raw}${unit.raw}`))
    ) {
      const raw = `${a.raw}-${unit.raw}`;
      out.push({ kind: "code", raw, low: raw.toLowerCase(), key: codeKey(raw), start: a.start, end: unit.end });
      i++;
      continue;
    }
    // "болт М14 на 40": a thread and a length the catalog writes "M14x1.5x40"
    if (a.kind === "code" && /^[MМ]\d{1,2}$/iu.test(a.raw) && timesSign(op) && b?.kind === "num" && !b.worded) {
      const key = codeKey(`${a.raw}x${b.raw}`);
      if (index.codes.has(key)) {
        const raw = `${a.raw}x${b.raw}`;
        out.push({ kind: "code", raw, low: raw.toLowerCase(), key, start: a.start, end: b.end, paren: a.paren });
        i += 2;
        continue;
      }
    }
    if (a.kind === "num" && !a.worded && timesSign(op) && b?.kind === "num" && !b.worded) {
      const key = codeKey(`${a.raw}x${b.raw}`);
      if (index.codes.has(key)) {
        out.push({
          kind: "code",
          raw: `${a.raw}x${b.raw}`,
          low: `${a.raw}x${b.raw}`,
          key,
          start: a.start,
          end: b.end,
          paren: a.paren,
        });
        i += 2;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** A clause of amounts, units and ordering words only ("пачечку на 250г", "нет, давайте 3", "ok"). */
function isPure(tokens: Token[]): boolean {
  return tokens.every(
    (t) =>
      t.kind !== "word" ||
      FILLERS.has(t.low) ||
      CORRECTIONS.has(t.low) ||
      INDEX_STOP.has(t.low) ||
      HALF_WORDS.has(t.low) ||
      CONJUNCTIONS.has(t.low) ||
      t.measure !== undefined ||
      t.count !== undefined,
  );
}

/** `NOT_ITEM` per word, remembered: the pattern is long and the same words come back message after message. */
const notItemCache = new Map<string, boolean>();

function isNotItem(low: string): boolean {
  let hit = notItemCache.get(low);
  if (hit === undefined) {
    hit = NOT_ITEM.test(low) || SIDE.test(low);
    if (notItemCache.size > 50_000) notItemCache.clear();
    notItemCache.set(low, hit);
  }
  return hit;
}

/** Russian and Ukrainian adjective endings ("садовую", "садова", "синій"). */
const ADJECTIVE_END =
  /(ый|ий|ій|ой|ая|яя|ое|ее|ые|ие|ую|юю|ого|его|ому|ему|ых|их|ым|им|ова|ове|ові|ову|ева|ьна|ьне|ьну|ьні|на|не|ну|ні|ня|ню)$/u;

/**
 * True when the words said name only describing words of the product (never its head noun) and the word
 * right after them is a noun the catalog does not know: "садовую тачку" is a wheelbarrow, not the hose.
 */
function namesOtherThing(index: CatalogIndex, res: Resolution, named: number[], toks: Token[], last: number): boolean {
  const head = res.product.nameWords[0];
  if (named.length === 0 || named.length > 2 || res.selectors.length > 0) return false;
  for (const k of named) {
    const t = toks[k] as Token;
    if (t.kind !== "word" || !/^\p{Script=Cyrillic}+$/u.test(t.low) || !ADJECTIVE_END.test(t.low)) return false;
    if (head !== undefined && matchWord(index, t.key).some((m) => m.key === head && m.sim >= 0.8)) return false;
  }
  const next = toks[last + 1];
  if (next?.kind !== "word" || next.low.length < 4 || !/^\p{Script=Cyrillic}+$/u.test(next.low)) return false;
  if (ADJECTIVE_END.test(next.low) || INDEX_STOP.has(next.low) || FILLERS.has(next.low) || isUnitWord(next))
    return false;
  if (next.measure || next.count || isNotItem(next.low)) return false;
  return !matchWord(index, next.key).some((m) => m.sim >= 0.72);
}

/**
 * "ABC-HFW2441S-S", "ddf484": a part number the catalog does not know is named as an unknown good, never
 * dropped; never a size ("50х1м"), an order or VAT number ("PO-2026-0311", "DE287654321") or a VIN.
 */
function partNumber(t: Token, before?: Token): boolean {
  return (
    t.kind === "code" &&
    /^[A-Za-z][A-Za-z0-9/-]{4,}$/.test(t.raw) &&
    /[A-Za-z].*[A-Za-z]/.test(t.raw) &&
    /\d.*\d.*\d/.test(t.raw) &&
    !/\d[xх×*]\d/iu.test(t.raw) &&
    !/^po\b|^[a-z]{2}\d{8,}$|\/20\d\d$/i.test(t.raw) &&
    !/^(vin|po|№|#|order|invoice|замовлення|заказ|счет|счёт|рахунок)$/iu.test(before?.low ?? "")
  );
}

function contentWords(tokens: Token[], skip: Set<number>): Token[] {
  return tokens.filter(
    (t, i) =>
      !skip.has(i) &&
      (t.kind === "word" || partNumber(t, tokens[i - 1])) &&
      !FILLERS.has(t.low) &&
      !INDEX_STOP.has(t.low) &&
      !CONJUNCTIONS.has(t.low) &&
      !CORRECTIONS.has(t.low) &&
      !HALF_WORDS.has(t.low) &&
      !t.measure &&
      !t.count &&
      t.low.length >= 2 &&
      !isNotItem(t.low) &&
      !ownPlace(tokens[i - 1], t),
  );
}

/** The digits of a part number are one size of the product or two of them said in a row ("63/32" of "поршень 63 / шток 32"). */
function spellsSizes(p: IndexedProduct, code: string): boolean {
  const digits = p.attrs.map((a) => String(a.value).replace(".", ""));
  return digits.some((a, i) => a === code || digits.some((b, j) => i !== j && a + b === code));
}

/**
 * The product the catalog codes said name. A code several products share ("HX8" in 1 l and 4 l, "5W-30"
 * of several brands) is settled by the other codes said with it ("ABB S201 C10"), then by the words said
 * with it, else by the size said with it.
 */
function resolveCode(
  index: CatalogIndex,
  codes: readonly string[],
  words: string[],
  hints: SizeHint[],
  clauseKeys: ReadonlyMap<string, number>,
  /** Words said with the amount ("2 короба"): they count towards a name, see `resolveMention`. */
  extraKeys: readonly string[] = [],
  /** The positions in `words` said after "for" / "для", see `resolveMention`. */
  afterFor?: ReadonlySet<number>,
): Resolution | null {
  let shared = index.codes.get(codes[0] ?? "") ?? [];
  for (const k of codes.slice(1)) {
    const narrowed = shared.filter((pi) => index.codes.get(k)?.includes(pi));
    if (narrowed.length > 0) shared = narrowed;
  }
  const of = (product: IndexedProduct, selectors: SizeHint[]): Resolution => ({
    product,
    rivals: [],
    coverage: 1,
    explained: 1,
    minSim: 1,
    tie: false,
    accepted: true,
    unexplained: [],
    selectors,
    byCode: true,
  });
  // "Гидроцилиндр 63/32 ход 400": the goods the first word heads whose sizes the code spells, not a kit
  // for them whose name has the sizes as its code ("Ремкомплект гидроцилиндра 63/32")
  const first = words[0];
  const code = codes[0];
  if (first !== undefined && code !== undefined && codes.length === 1 && /^\d+$/.test(code)) {
    const said = new Set(matchWord(index, first).flatMap((m) => (m.sim >= 0.8 ? [m.key] : [])));
    const heads = (p: IndexedProduct | undefined) => p !== undefined && said.has(p.nameWords[0] ?? "");
    if (!shared.some((pi) => heads(index.products[pi]))) {
      // (the products the first word heads are those its posting lists hold)
      const headed = [...said].flatMap((k) => index.postings.get(k) ?? []);
      const only = new Set(
        headed.filter((pi) => heads(index.products[pi]) && spellsSizes(index.products[pi] as IndexedProduct, code)),
      );
      const byWords = only.size > 0 ? resolveMention(index, words, hints, clauseKeys, extraKeys, only, afterFor) : null;
      if (byWords) return byWords;
    }
  }
  if (shared.length > 1 && words.length > 0) {
    const byWords = resolveMention(index, words, hints, clauseKeys, extraKeys, undefined, afterFor);
    if (byWords?.accepted && shared.includes(byWords.product.idx)) return of(byWords.product, byWords.selectors);
    // "кранці F1 сині": a colour said picks among the products with the code, whatever else the words say
    // of them ("Орион белый 30х60" of "29,7x60" tiles names none of the 30x60 ones: no choice among them)
    const colours = words.filter((k) => COLOURS.has(k));
    const coloured = shared.filter((pi) => colours.every((c) => index.products[pi]?.vocab.has(c)));
    const ofThem = (k: string) =>
      matchWord(index, k).some((m) => m.sim >= 0.8 && shared.some((pi) => index.products[pi]?.vocab.has(m.key)));
    if (colours.length > 0 && coloured.length > 0 && words.every(ofThem)) shared = coloured;
    // the words may name another size of the same kind: choose among the products that share the code
    const among = resolveMention(index, words, hints, clauseKeys, extraKeys, new Set(shared), afterFor);
    if (among && !among.tie && among.unexplained.length < words.length && among.minSim >= 0.8)
      return of(among.product, among.selectors);
  }
  // of those the size says alike, the one whose own designation the code is ("FA196" is the FA196 pads, not
  // the FA196HH ones, whose designation only begins with it)
  const own = (p: IndexedProduct) => codes.every((c) => p.firstCodes.has(c));
  const longer = (p: IndexedProduct) => codes.every((c) => [...p.firstCodes].some((f) => f !== c && f.startsWith(c)));
  let best: { p: IndexedProduct; score: number; selectors: SizeHint[] } | undefined;
  for (const pi of shared) {
    const p = index.products[pi];
    if (!p) continue;
    const sz = sizeScore(p, hints);
    if (!best || sz.score > best.score || (sz.score === best.score && own(p) && longer(best.p)))
      best = { p, score: sz.score, selectors: sz.score >= 2 ? sz.selectors : [] };
  }
  return best ? of(best.p, best.selectors) : null;
}

/**
 * The brand or series words of an item's name that hold for the items listed after it: the name's
 * words the customer said (or that were held from the item before), but not what the product is, its
 * colour, its pack or its part number.
 */
function seriesOf(index: CatalogIndex, m: Mention): string[] {
  const p = m.res?.product;
  if (!p) return [];
  const said = new Set(m.series);
  const toks = m.clause.tokens;
  // ("ключ/вертушка" says which variant, no series the next lines share)
  const slashed = (k: number) => toks[k + 1]?.raw === "/" || toks[k - 1]?.raw === "/";
  for (let k = m.from; k <= m.to; k++) {
    const t = toks[k] as Token;
    if (t.kind === "word" && !t.count && !t.measure && !slashed(k))
      for (const x of matchWord(index, t.key)) if (x.sim >= 0.8) said.add(x.key);
  }
  return p.nameWords.slice(1).filter((k) => said.has(k) && !COLOURS.has(k) && !index.codes.has(k));
}

/**
 * Of products said alike that only a size or code tells apart ("шиномонтаж" of R13 … R20), the one with
 * a code of goods named earlier in the message ("205/55 R16"), when exactly one such product is found.
 */
function withSizeOfEarlier(
  index: CatalogIndex,
  earlier: readonly Mention[],
  keys: string[],
  hints: SizeHint[],
  clauseKeys: ReadonlyMap<string, number>,
  extraKeys: readonly string[],
): Resolution | undefined {
  const found = new Map<number, Resolution>();
  // each earlier product once, however often it was named
  const products = new Set<IndexedProduct>();
  for (const m of earlier) if (m.res?.accepted && !m.negated && !m.res.tie) products.add(m.res.product);
  for (const p of products) {
    // the earlier goods' words settle what their code leaves open ("24 x 0.33 l glass" of cans and glass)
    const held = [...extraKeys, ...p.nameWords.filter((k) => !keys.includes(k))];
    const own = codeKey(p.product.sku);
    for (const c of p.codes) {
      const only = index.codes.get(c);
      if (!only || only.length < 2 || c === own) continue;
      const r = resolveMention(index, keys, hints, clauseKeys, held, new Set(only));
      if (!r || r.tie || r.unexplained.length > 0) continue;
      // the one product of that size whose name the words said open ("шиномонтаж" of "Шиномонтаж … R15")
      const head = r.product.nameWords[0];
      const opened =
        r.rivals.length === 0 && keys.some((k) => matchWord(index, k).some((w) => w.key === head && w.sim >= 0.8));
      // other goods than the earlier ones: the same goods again without a size are still unsure
      if ((r.accepted || opened) && head !== p.nameWords[0]) found.set(r.product.idx, { ...r, accepted: true });
    }
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

const byNameKey = new WeakMap<CatalogIndex, Map<string, IndexedProduct[]>>();

/** The catalog's products by `nameKey`, built once per index. */
function sameName(index: CatalogIndex): Map<string, IndexedProduct[]> {
  let map = byNameKey.get(index);
  if (!map) {
    map = new Map();
    for (const p of index.products) {
      const list = map.get(p.nameKey);
      if (list) list.push(p);
      else map.set(p.nameKey, [p]);
    }
    byNameKey.set(index, map);
  }
  return map;
}

/**
 * Of the goods a resolution names, sold in several sizes of one kind, the smallest ("#small") or the biggest
 * ("#big"); the goods it names when a size said picked them already.
 */
function sizeEnd(index: CatalogIndex, res: Resolution, which: string): IndexedProduct | undefined {
  if (res.selectors.some((h) => h.dim !== undefined || h.pack)) return res.product;
  // (the same words and the same designation: "MX-6" in 4 g and 8 g, not "MX-4")
  const code = [...res.product.firstCodes].join(" ");
  const family = (sameName(index).get(res.product.nameKey) ?? []).filter(
    (p) => p.size && [...p.firstCodes].join(" ") === code,
  );
  const dim = family[0]?.size?.dim;
  if (family.length < 2 || family.some((p) => p.size?.dim !== dim)) return undefined;
  if (family.every((p) => p.size?.base === family[0]?.size?.base)) return undefined;
  const base = (p: IndexedProduct) => p.size?.base ?? 0;
  return family.reduce((a, b) => ((which === "#small" ? base(b) < base(a) : base(b) > base(a)) ? b : a));
}

/** "задние тоже", "і ще", "also": what follows is another item, not a detail of the one before. */
const ALSO = /^(тоже|теж|також|также|ещё|еще|ще|also|too|another|one more)$/u;

/** A word that some, not all, of the products a part number names have: it says which of them is meant. */
function narrowsCode(index: CatalogIndex, code: Token, word: Token): boolean {
  if (code.kind !== "code" || word.kind !== "word") return false;
  const owners = (index.codes.get(code.key) ?? []).map((i) => index.products[i] as IndexedProduct);
  const having = owners.filter((p) => p.vocab.has(word.key)).length;
  return having > 0 && having < owners.length;
}

/**
 * "в чорному кольорі:", "all in black:": the colours a line ending in a colon says, when it heads the list
 * the text at `at` is in (the lines between carry no colon; a blank line ends the list).
 */
function colourHeadBefore(text: string, at: number): { keys: string[]; start: number; end: number } | undefined {
  let end = text.lastIndexOf("\n", at - 1);
  for (let lines = 0; end > 0 && lines < 20; lines++) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim() === "") return undefined;
    if (/:\s*$/.test(line)) {
      const keys = tokenize(line)
        .filter((t) => t.kind === "word" && COLOURS.has(t.key))
        .map((t) => t.key);
      return keys.length ? { keys, start, end } : undefined;
    }
    end = start - 1;
  }
  return undefined;
}

/** "на нього ж", "на него же", "for it", "для него": the item refers to the one just named. */
const FOR_IT = /(^|\s)(на|для|до|к|for|to)\s+(него|нього|неё|неї|нее|нему|ньому|it|them|них|їх|нього ж|него же)(\s|$)/u;

const CORRECTION_START = /^(хотя|хоча|although)$/u;
const INSTEAD = /^(замість|вместо|instead)$/u;
const PRONOUN = /^(i|we|you|я|мы|ми|ты|ти|вы|ви)$/u;
/** "instead of the Conti": the words between "instead" and what it takes back. */
const ARTICLE_OF = /^(of|the|a|an|my|that|this|those|these)$/u;
/** The word before what a correction takes back ("не 50, а 75 мм", "female, not male"). */
const TAKEN_BACK = /^(не|not|ні)$/u;

/**
 * "хотя нет, цилиндров 3 надо": a correction that says only an item's own words again, with an amount that
 * no product of its kind has as its size, corrects that item's amount and keeps its variant.
 */
function restatedItem(
  index: CatalogIndex,
  toks: readonly Token[],
  hints: readonly SizeHint[],
  own: readonly Mention[],
  before: readonly Mention[],
  said: readonly string[],
): Mention | undefined {
  if (said.length === 0 || own.some((m) => m.res?.accepted) || !toks.some((t) => t.kind === "num")) return undefined;
  const item = [...before]
    .reverse()
    .find((m) => m.res?.accepted && !m.negated && !m.heading && saysOnlyWordsOf(index, said, m.res.product));
  if (!item?.res) return undefined;
  const head = item.res.product.nameWords[0];
  const sizeOfKind = (n: number | undefined) =>
    index.products.some((p) => p.nameWords[0] === head && p.attrs.some((a) => a.value === n));
  const amountsOnly = hints.every(
    (h) => h.bare !== undefined && h.dim === undefined && !h.pack && !h.label && !h.sign && !sizeOfKind(h.bare),
  );
  return amountsOnly ? item : undefined;
}

/** The item a correction clause is about, and whether it corrected only the amount. */
interface Correction {
  mention: Mention;
  amountOnly: boolean;
}

/**
 * "хотя нет, давайте 75 мм, тоже чёрные", "нет, лучше чёрные", "actually make it black": a correction
 * that names only another variant switches the product just named to that variant. Returns the mention
 * that was switched, or undefined when the clause is not such a correction.
 */
function correctVariant(
  index: CatalogIndex,
  toks: Token[],
  pw: boolean[],
  hints: SizeHint[],
  own: Mention[],
  before: Mention[],
  /** The item the correction said just before switched ("…, давайте 75 мм, тоже чёрные"). */
  carried: Mention | undefined,
  /** The clause before, when it took something back ("…, не росава, а преміорі"). */
  answersNot?: Clause,
): Correction | undefined {
  // the cue opens the clause, before any product word ("соняшникового пів літра, ой ні" corrects nothing)
  const firstWord = pw.indexOf(true);
  // "…filters, the unbleached ones": which of the goods just named, said after them
  const words = toks.filter((t) => t.kind !== "sep");
  const which =
    /^(the|that|those)$/.test(words[0]?.low ?? "") &&
    /^ones?$/.test(words[words.length - 1]?.low ?? "") &&
    !words.some((t) => t.kind === "num" && !/^ones?$/.test(t.low));
  const cue =
    answersNot !== undefined ||
    which ||
    toks
      .slice(0, firstWord >= 0 ? Math.min(4, firstWord) : 4)
      .some((t) => t.kind === "word" && (CORRECTIONS.has(t.low) || CORRECTION_START.test(t.low)));
  // "замість гречаного давайте липовий": the item replaced is the one named after "instead of"
  const insteadAt = toks.findIndex((t) => INSTEAD.test(t.low));
  // ("10mm instead of the 12mm": a size taken back names no item)
  const replacedTok =
    insteadAt >= 0
      ? toks.slice(insteadAt + 1).find((t) => t.kind === "word" && !t.measure && !ARTICLE_OF.test(t.low))
      : undefined;
  const replaced = replacedTok
    ? [...before]
        .reverse()
        .find(
          (m) =>
            m.res?.accepted &&
            !m.heading &&
            matchWord(index, replacedTok.key).some((w) => w.sim >= 0.8 && m.res?.product.vocab.has(w.key)),
        )
    : undefined;
  if (!cue && !carried && !replaced) return undefined;
  const prev =
    replaced ??
    carried ??
    [...before].reverse().find((m) => m.res?.accepted && !m.negated && !m.heading && m.clause !== answersNot);
  if (!prev?.res) return undefined;
  if (replaced) replaced.negated = false;
  const prevKeys = prev.keys.length > 0 ? prev.keys : prev.res.product.nameWords;
  // "make the adapters female, not male": the word taken back is not said ("хоча ні, замків 6" says it)
  const saidNot = (i: number) => {
    const not = toks[i - 1];
    return !!not && TAKEN_BACK.test(not.low) && (toks[i] as Token).start - not.end <= 1;
  };
  const said = toks.filter((t, i) => pw[i] && t.kind === "word" && t !== replacedTok && !saidNot(i)).map((t) => t.key);
  if (cue && !carried && !replaced && !answersNot) {
    const again = restatedItem(index, toks, hints, own, before, said);
    if (again) return { mention: again, amountOnly: true };
  }
  // the clause must not name a product of its own: only variant words, or words of the product just named
  // (a flavour or size that a product of the same kind has is a variant word, not a product of its own)
  const head = prev.res.product.nameWords[0];
  const variantWord = (k: string) =>
    matchWord(index, k).some(
      (w) => w.sim >= 0.8 && (index.postings.get(w.key) ?? []).some((i) => index.products[i]?.nameWords[0] === head),
    );
  const ownHead = own.some(
    (m) =>
      m.res?.accepted &&
      m.keys.some(
        (k) => !COLOURS.has(k) && !prevKeys.includes(k) && !prev.res?.product.vocab.has(k) && !variantWord(k),
      ),
  );
  if (ownHead || (said.length === 0 && hints.length === 0)) return undefined;
  const newColour = said.some((k) => COLOURS.has(k));
  // "male … make it female": a word of the item just named that no product of the variant said has is
  // taken back
  const saidKeys = said.map((k) => matchWord(index, k).find((w) => w.sim >= 0.8)?.key ?? k);
  const owners = index.products.filter((p) => p.nameWords[0] === head && saidKeys.every((k) => p.vocab.has(k)));
  const takenBack = (k: string) => owners.length > 0 && !index.codes.has(k) && owners.every((p) => !p.vocab.has(k));
  const keys = [...new Set([...prevKeys.filter((k) => !(newColour && COLOURS.has(k)) && !takenBack(k)), ...said])];
  // "не 50, а 75 мм": the size taken back is not a selector
  const wanted = hints.filter(
    (h) =>
      !TAKEN_BACK.test(toks[h.at - 1]?.low ?? "") && !(insteadAt >= 0 && replacedTok === undefined && h.at > insteadAt),
  );
  const newDims = new Set(wanted.map((h) => h.dim ?? "bare"));
  const kept = prev.res.selectors.filter((h) => !newDims.has(h.dim ?? "bare"));
  // "25x3/4 male adapters x3… make the adapters female": an item named by its code keeps that code
  const codes = prev.res.byCode ? keys.filter((k) => index.codes.has(k)) : [];
  const res = codes.length
    ? resolveCode(
        index,
        codes,
        keys.filter((k) => !index.codes.has(k)),
        [...wanted, ...kept],
        clauseVocabulary(index, keys),
      )
    : resolveMention(index, keys, [...wanted, ...kept], clauseVocabulary(index, keys));
  // "не снєжка": what the clause before took back is no item of its own
  if (answersNot) for (const m of before) if (m.clause === answersNot) m.negated = true;
  // "…, давайте 75 мм, тоже чёрные, 12": the rest of the correction restates the variant it switched to;
  // "…, не снєжка, а тіккуріла": the name said already switched the item it varies
  if ((carried || answersNot) && res?.accepted && res.product.idx === prev.res.product.idx)
    return { mention: prev, amountOnly: false };
  const switched =
    res?.accepted && !res.tie && res.product.idx !== prev.res.product.idx
      ? res
      : siblingSaying(index, prev.res, prevKeys, said, [...wanted, ...kept]);
  if (!switched || switched.product.idx === prev.res.product.idx) return undefined;
  if (codes.length && !codes.some((k) => switched.product.codes.has(k))) return undefined;
  if (switched.product.nameWords[0] !== prev.res.product.nameWords[0]) return undefined;
  prev.res = switched;
  // what names the item now: a clause after the correction ("…, ціна норм") varies this, not the words taken back
  prev.keys = keys;
  return { mention: prev, amountOnly: false };
}

const BUT = /^(а|but)$/u;

/** "не росава, а преміорі": the clause before, when it opens with "not" and this one with "but". */
function butAfterNot(prev: Clause | undefined, g: Clause): Clause | undefined {
  const answers =
    prev !== undefined &&
    prev.sentence === g.sentence &&
    TAKEN_BACK.test(prev.tokens[0]?.low ?? "") &&
    BUT.test(g.tokens[0]?.low ?? "");
  return answers ? prev : undefined;
}

/**
 * "gold standard casein chocolate… actually make it vanilla": of the products named like the one just
 * read, the one whose name has every word said now and most of the words said before (the flavour
 * said now replaces the one said before); undefined when two fit as well.
 */
function siblingSaying(
  index: CatalogIndex,
  prev: Resolution,
  prevKeys: readonly string[],
  said: readonly string[],
  hints: SizeHint[],
): Resolution | undefined {
  if (said.length === 0) return undefined;
  const has = (p: IndexedProduct, k: string) => matchWord(index, k).some((m) => m.sim >= 0.8 && p.vocab.has(m.key));
  const head = prev.product.nameWords[0];
  let best: { p: IndexedProduct; score: number } | undefined;
  let tied = false;
  for (const p of index.products) {
    if (p.nameWords[0] !== head || p.idx === prev.product.idx) continue;
    if (!said.every((k) => has(p, k))) continue;
    const score = prevKeys.filter((k) => has(p, k)).length + 0.5 * Math.max(0, sizeScore(p, hints).score);
    if (!best || score > best.score) {
      best = { p, score };
      tied = false;
    } else if (score === best.score) tied = true;
  }
  if (!best || tied) return undefined;
  return { ...prev, product: best.p, rivals: [], tie: false, selectors: [] };
}

/**
 * "концентрат два по полтора и один пятилитровый": a size said after the item's amount and "and" is the
 * next item's.
 */
function afterAmountAnd(text: string, toks: readonly Token[], runTo: number, at: number): boolean {
  let amount = false;
  // "-3 х5, -3.5 х5": after a counted amount ("х5", "5 шт") a comma starts the next item too
  let counted = false;
  for (let k = runTo + 1; k < at; k++) {
    const t = toks[k] as Token;
    if (t.kind === "num" && !t.label) {
      amount = true;
      counted = !t.signed && (toks[k - 1]?.kind === "x" || toks[k + 1]?.count !== undefined);
    }
    // (the clause keeps no "and" of its own: it is read from the text between the words)
    const between = text.slice(t.end, (toks[k + 1] as Token).start);
    if (amount && AND_BETWEEN.test(between)) return true;
    if (counted && /,/.test(between)) return true;
  }
  return false;
}
const AND_BETWEEN = /(^|[\s,])(и|і|й|та|and|&)(?=\s|$)/u;

/** The indexes of the product words in a run of a clause (see `pw` in `readItems`). */
function namedIn(pw: readonly boolean[], run: { from: number; to: number }): number[] {
  const idxs: number[] = [];
  for (let k = run.from; k <= run.to; k++) if (pw[k]) idxs.push(k);
  return idxs;
}

/** Resolves the product words at `idxs` on their own: by their part number when one is among them. */
function resolveRun(index: CatalogIndex, idxs: number[], toks: Token[], hints: SizeHint[]): Resolution | null {
  const { codes, words } = codesAndWords(idxs.map((k) => toks[k] as Token));
  if (codes.length === 0) return resolveMention(index, words, hints, clauseVocabulary(index, words));
  return resolveCode(index, codes, words, hints, clauseVocabulary(index, words));
}

/** The keys of a run's part numbers and of its other words, in the order said. */
function codesAndWords(run: readonly Token[]): { codes: string[]; words: string[] } {
  const codes: string[] = [];
  const words: string[] = [];
  for (const t of run) (t.kind === "code" ? codes : words).push(t.key);
  return { codes, words };
}

/** "Red Bull: 0 this week", "Schweppes tonic – 0": an amount of none. */
const NONE_OF_IT = /(^|[\s:–—-])0(\s|$)/u;

/** "2008 г.", "2017 року", "model year": the year of a car described. */
const YEAR_WORD = /^(г|гг|год|года|р|рік|року|year|yr|model)$/u;

/** What the goods are for, named once for the lines after it: a car, a printer. */
interface Fitment {
  /** The catalog words said ("golf", "octavia"). */
  keys: string[];
  /** The model codes said ("A7", "B6"). */
  codes: string[];
  /** The generation said in digits ("гольф 6" of "Golf V/VI"). */
  hints: SizeHint[];
}

/**
 * A run of words that only names what goods fit ("на гольф 6", "Октавія А7", "for toyota corolla"):
 * every word the catalog knows is one it writes in the brackets of names (see `fitKeys`). Undefined
 * for a run that names goods.
 */
function fitmentOf(index: CatalogIndex, toks: readonly Token[], idxs: readonly number[]): Fitment | undefined {
  const keys: string[] = [];
  const codes: string[] = [];
  const hints: SizeHint[] = [];
  for (const k of idxs) {
    const t = toks[k] as Token;
    if (t.kind === "code") {
      if (!index.fitKeys.has(t.key)) return undefined;
      codes.push(t.key);
      continue;
    }
    const best = matchWord(index, t.key).find((m) => m.sim >= 0.8);
    // a word the catalog does not know ("VIN") says nothing either way
    if (!best) continue;
    if (!index.fitKeys.has(best.key)) return undefined;
    keys.push(best.key);
    const next = toks[k + 1];
    if (
      next?.kind === "num" &&
      !next.worded &&
      next.value !== undefined &&
      index.models.has(`${best.key} ${next.value}`)
    )
      hints.push({ bare: next.value, unitKey: GENERATION, strict: true, at: -1 });
  }
  return keys.length > 0 ? { keys, codes, hints } : undefined;
}

/**
 * Where the description of a car or a printer named at `from` ends: its engine, year and model numbers
 * ("гольф 6 1.6", "Октавія А7 2017 1.4 tsi", "ланос 1.5 2008 г."), never an amount ("2 шт").
 */
function fitmentEnd(index: CatalogIndex, toks: readonly Token[], from: number): number {
  let end = from - 1;
  for (let k = from; k < toks.length; k++) {
    const t = toks[k] as Token;
    const next = toks[k + 1];
    if (t.kind === "num" && !t.worded && !next?.count && !next?.measure && t.value !== undefined) end = k;
    else if (t.kind === "code" && index.fitKeys.has(t.key)) end = k;
    else if (
      t.kind === "word" &&
      (YEAR_WORD.test(t.low) || matchWord(index, t.key).some((m) => index.fitKeys.has(m.key)))
    )
      end = k;
    else break;
  }
  return end;
}

/**
 * Finds the catalog lines and the unknown items in the order text (already cleared of quotes,
 * signature, phones, emails, the address, dates and times).
 */
export function readItems(index: CatalogIndex, rawText: string): ItemsResult {
  const table = tableRows(rawText);
  const text = stripEnumerators(table.text);
  const tokens = rimCodes(
    index,
    joinDimensions(index, joinCodes(index, markDescribed(tokenize(text), table.described), text)),
  );
  const sentences = splitSentences(tokens, text);
  const clauses: Clause[] = [];
  for (const s of sentences) clauses.push(...askedAtTheEnd(splitClauses(index, s.tokens, s.sentence)));

  // merge clauses that only carry an amount or a size ("пачечку на 250г", "нет, давайте 3")
  const groups: Clause[] = [];
  for (const [ci, c] of clauses.entries()) {
    const prev = groups[groups.length - 1];
    // "sorry, make that 2": the correction's own word names nothing
    const hasPW = c.tokens.some((t, i) => !(i === 0 && CORRECTIONS.has(t.low)) && isProductWord(index, c.tokens, i));
    // "хотя нет, цилиндров 3 надо": the correction opens the clause after it, which names what it corrects
    // and says the amount
    const next = clauses[ci + 1];
    if (
      !hasPW &&
      next?.sentence === c.sentence &&
      c.tokens.some((t) => TAKEN_BACK.test(t.low) || t.low === "нет" || CORRECTION_START.test(t.low)) &&
      c.tokens.every(
        (t) => t.kind === "word" && (CORRECTIONS.has(t.low) || FILLERS.has(t.low) || CORRECTION_START.test(t.low)),
      ) &&
      next.tokens.some((_, i) => isProductWord(index, next.tokens, i)) &&
      next.tokens.some((t) => t.kind === "num")
    ) {
      next.tokens = [...c.tokens, ...next.tokens];
      continue;
    }
    if (!hasPW && isPure(c.tokens) && prev && !prev.sentence.info) {
      prev.tokens = [...prev.tokens, ...c.tokens];
      prev.negation = prev.negation || c.negation;
      continue;
    }
    groups.push({ ...c, tokens: [...c.tokens] });
  }

  const mentions: Mention[] = [];
  let lastCorrection: { sentence: Sentence; mention: Mention } | null = null;
  // "Epson 103 ink:", "чернила эпсон 103:": the mention (with its model number) opens a list
  /** A colon follows `end` within a few words: what comes before it heads a list. */
  const colonAfter = (end: number) => /^[^\n:,;.!?]{0,15}:/.test(text.slice(end));
  const endsWithColon = (m: Mention) => colonAfter((m.clause.tokens[m.to] as Token).end);
  /** The mention ends its line with a colon. */
  const endsLineWithColon = (m: Mention) => /^[ \t]*:[ \t]*\n/.test(text.slice((m.clause.tokens[m.to] as Token).end));
  /** The mention heads the lines read under it and is no line of its own. */
  const markHeading = (m: Mention) => {
    for (const x of m.parts ?? [m]) {
      x.heading = true;
      if (x.res) x.res = { ...x.res, accepted: false };
    }
  };
  /** A line that is only a name and a colon ("Monin:", "KMC:"), with no amount: it heads the lines below. */
  const headsLines = (m: Mention) => {
    const first = m.clause.tokens[m.from] as Token;
    const lineStart = text.lastIndexOf("\n", first.start - 1) + 1;
    return (
      m.qtys.length === 0 && !m.negated && text.slice(lineStart, first.start).trim() === "" && endsLineWithColon(m)
    );
  };
  const unknown: UnknownItem[] = [];
  const doubtful: string[] = [];
  let askedAbout = 0;
  let orderWords = false;
  /** `end`: where the unknown words end in the text; `qty`: the amount said with them; `keys`: their words. */
  const pendingUnknown: Array<{
    item: UnknownItem;
    info: boolean;
    end?: number;
    qty?: Qty;
    dropped?: boolean;
    keys?: readonly string[];
  }> = [];
  let lastMentionGroup: Mention[] = [];
  /** Lines that head a list with a colour ("в чорному кольорі:"), once a line below took it. */
  const colourHeads: Array<{ start: number; end: number }> = [];
  let cancelSentence: Sentence | null = null;
  let asked: Mention[] = [];
  /** The car or printer named last ("на гольф 6"): it picks, of products said alike, the one that fits. */
  let fitment: Fitment | undefined;

  for (const [gi, g] of groups.entries()) {
    const toks = g.tokens;
    const usedParen = new Set<number>();
    const clauseText = lowText(toks);
    const paperwork = toks.some((t) => t.kind === "word" && NOT_GOODS.test(t.low));
    if (ORDER_VERBS.test(clauseText) && !g.sentence.info && !paperwork) orderWords = true;
    const pw = toks.map((_, i) => isProductWord(index, toks, i));
    // runs of product words, allowing stop words inside
    const runs: Array<{ from: number; to: number }> = [];
    for (let i = 0; i < toks.length; i++) {
      if (!pw[i]) continue;
      let j = i;
      while (j + 1 < toks.length) {
        const n = toks[j + 1] as Token;
        if (pw[j + 1]) j++;
        else if (n.kind === "word" && (INDEX_STOP.has(n.low) || SIZE_WORD.test(n.low)) && pw[j + 2]) j += 2;
        // "Redmi Note 13 clear case": a model number inside a name does not end it
        else if (pw[j + 2] && isModelNumber(index, toks[j] as Token, n)) j += 2;
        // "ключ/вертушка", "ключ/ключ": two words a slash joins without a space describe one good (the only
        // slash `splitClauses` leaves inside a clause)
        else if (pw[j + 2] && n.kind === "sep" && n.raw === "/") j += 2;
        // "6205 2рс тоже китай": "also" before a word of the part just named says which of them it is
        else if (pw[j + 2] && ALSO.test(n.low) && narrowsCode(index, toks[j] as Token, toks[j + 2] as Token)) j += 2;
        else break;
      }
      const onlyFillers = toks
        .slice(i, j + 1)
        .every((t) => t.kind === "word" && (FILLERS.has(t.low) || INDEX_STOP.has(t.low)));
      if (!onlyFillers) runs.push({ from: i, to: j });
      i = j;
    }
    // "Глейд аэрозоль морской": a word spelled too far from the catalog's to name goods alone ("глейд" for
    // "Glade") opens the name when the name read with it explains it and is found where it was not
    for (const r of runs) {
      const t = toks[r.from - 1];
      if (pw[r.from - 1] || !nearSpelling(index, t)) continue;
      const idxs = namedIn(pw, r);
      const withIt = resolveRun(index, [r.from - 1, ...idxs], toks, []);
      if (!withIt?.accepted || withIt.tie || withIt.unexplained.includes(0)) continue;
      const alone = resolveRun(index, idxs, toks, []);
      if (!(alone?.accepted && !alone.tie)) {
        pw[r.from - 1] = true;
        r.from--;
      }
    }
    // size hints: measures, adjectives and bare numbers
    const hints: SizeHint[] = [];
    toks.forEach((t, i) => {
      // "48х66", "60x40x40" the catalog does not write as one code ("48 мм х 66 м"): each side is a size
      if (t.kind === "code" && !index.codes.has(t.key) && DIMENSIONS.test(t.raw))
        for (const side of t.raw.split(/[xх×*]/iu)) hints.push({ bare: Number(side.replace(",", ".")), at: i });
      if (t.packOf !== undefined) hints.push({ bare: t.packOf, at: i, pack: true });
      if (t.kind === "num" && t.label && t.value !== undefined) {
        // a set size ("набір з 4 штук") was pushed as a pack hint just above
        if (t.packOf === undefined) hints.push({ bare: t.value, at: i, label: true });
        return;
      }
      if (t.kind === "num" && t.paren && !t.measure && t.value !== undefined) {
        hints.push({ bare: t.value, at: i, pack: true });
        return;
      }
      // "пів ящика": half a container is an amount, no size
      if (t.kind !== "num" || t.value === undefined || t.count) return;
      // "-3", "+2,00": a signed value picks the variant with that sign
      if (t.signed) {
        hints.push({ bare: t.value, at: i, sign: t.signed });
        return;
      }
      const next = toks[i + 1];
      const prev = toks[i - 1];
      // "фан 3", "capri 2": a small model number the catalog writes right after that word
      // ("iPhone 14 case": "case" is a word of the name here, not a unit)
      const amountUnit =
        next?.count === "piece" ||
        (next?.count === "pack" && matchWord(index, next.key).length === 0) ||
        next?.measure !== undefined;
      // "кисти круглые 4, 6, 8 по 3 шт", "4 и 6": numbers listed after a model number of a word are its too
      let k = i - 1;
      while (toks[k]?.kind === "sep" && toks[k]?.raw === ",") k--;
      const before = toks[k];
      if (
        !t.worded &&
        !amountUnit &&
        before?.kind === "num" &&
        // (joined by a comma or "and": "кисти круглые 4 2" is two of the №4)
        /,|(?:^|\s)(?:и|і|й|та|and)(?:\s|$)/u.test(text.slice(before.end, t.start)) &&
        hints.some((h) => h.at === k && h.bare !== undefined && !h.unitKey)
      ) {
        let w = k;
        while (toks[w]?.kind === "num" || (toks[w]?.kind === "sep" && toks[w]?.raw === ",")) w--;
        const said = toks[w];
        if (said && isModelNumber(index, said, t, true)) {
          hints.push({ bare: t.value, at: i });
          return;
        }
      }
      // ("булавки 2 уп" are two packs, though the catalog sells "Булавки … №2")
      if (prev && !amountUnit && isModelNumber(index, prev, t, !next?.count)) {
        hints.push({ bare: t.value, at: i });
        return;
      }
      // "96 листов", "48 sheets", and "96 л" where "л" is short for листов: the sheets of a notebook
      if (next?.kind === "word" && (SHEETS.test(next.low) || next.low === "л") && !t.worded)
        hints.push({ bare: t.value, at: i, unitKey: "sheet", strict: true });
      if (next?.kind === "word" && SHEETS.test(next.low)) return;
      // "пів літра", "half a kilo": the unit word halved by the word before it
      const halved =
        t.worded && (HALF_WORDS.has(prev?.low ?? "") || (prev?.low === "a" && HALF_WORDS.has(toks[i - 2]?.low ?? "")));
      if (t.measure)
        hints.push({
          base: t.value * t.measure.factor * (halved ? 0.5 : 1),
          dim: t.measure.dim,
          at: i,
          adjective: t.worded && /ов/.test(t.low),
        });
      else if (next?.kind === "word" && next.measure)
        hints.push({ base: t.value * next.measure.factor, dim: next.measure.dim, at: i });
      // "метрів 30": the unit said before the amount, as after it
      else if (prev?.kind === "word" && prev.measure && unitBefore(toks, i))
        hints.push({ base: t.value * prev.measure.factor, dim: prev.measure.dim, at: i });
      // "12V 5A", "9 Вт": a small rating picks the variant as a large one does, written apart or after
      // another rating ("7A" of drumsticks alone is their size)
      else if (
        !t.worded &&
        t.value < 10 &&
        next?.kind === "word" &&
        next.rating &&
        (next.start > t.end || prev?.kind === "code" || prev?.rating)
      )
        hints.push({ bare: t.value, at: i, unitKey: next.key, strict: true });
      else if (
        !t.worded &&
        (t.value >= 10 || isShadeNumber(t)) &&
        !(next?.kind === "word" && next.count) &&
        // ("1 x 40 kraft pizza box": a number between "x" and a name is its size)
        (prev?.kind !== "x" || (toks[i - 2]?.kind === "num" && next?.kind === "word" && !isUnitWord(next))) &&
        !(next?.kind === "x" && toks[i + 2]?.kind !== "num")
      )
        hints.push({ bare: t.value, at: i, unitKey: next?.kind === "word" && !isGlue(next) ? next.key : undefined });
      // "изо вей 2.27": a decimal said alone is a size in kilos or litres
      else if (!t.worded && !Number.isInteger(t.value) && t.value < 10 && !next?.count && !next?.measure)
        hints.push({ bare: t.value, at: i });
      // "диски 120 шт" picks the 120-piece pack when the catalog sells one
      else if (!t.worded && t.value >= 10 && next?.kind === "word" && next.count === "piece" && prev?.kind !== "x")
        hints.push({ bare: t.value, at: i, unitKey: "pcs" });
      // "six fish", "12 colours": a number with the word it has in a name
      else if (next?.kind === "word" && !isGlue(next) && !isUnitWord(next) && prev?.kind !== "x")
        hints.push({ bare: t.value, at: i, unitKey: next.key, strict: true });
    });
    for (const h of hints) h.said ??= toks[h.at]?.value;
    // "turkey 400g Animonda Carny": one name with its size said in the middle
    for (let r = runs.length - 1; r > 0; r--) {
      const a = runs[r - 1] as { from: number; to: number };
      const b = runs[r] as { from: number; to: number };
      const between = toks.slice(a.to + 1, b.from);
      if (
        between.length === 0 ||
        !between.every(
          (t, j) =>
            t.kind === "num" ||
            // ("chain 520 x 118 links DID": two sizes said with an "x" between)
            (t.kind === "x" && between[j - 1]?.kind === "num" && between[j + 1]?.kind === "num") ||
            (t.kind === "word" &&
              (t.measure ||
                t.rating ||
                SHEETS.test(t.low) ||
                INDEX_STOP.has(t.low) ||
                FILLERS.has(t.low) ||
                COUNTED_PARTS.has(t.key))),
        )
      )
        continue;
      const named: number[] = [];
      for (let k = a.from; k <= b.to; k++) if (pw[k] && (k <= a.to || k >= b.from)) named.push(k);
      const inside = hints.filter((h) => h.at > a.to && h.at < b.from);
      const both = resolveRun(index, named, toks, inside);
      if (!both?.accepted || both.unexplained.length > 0) continue;
      // "затирка се40 багама 4кг крестики": a part number explains the words of its own product only
      const wordsOf = (x: { from: number; to: number }) =>
        namedIn(pw, x).flatMap((k) => ((toks[k] as Token).kind === "word" ? [(toks[k] as Token).key] : []));
      const ofCode = (keys: string[]) =>
        keys.length === 0 ||
        keys.some((k) => matchWord(index, k).some((x) => x.sim >= 0.8 && both.product.vocab.has(x.key)));
      if (both.byCode && !(ofCode(wordsOf(a)) && ofCode(wordsOf(b)))) continue;
      // ("мотузка 12мм 30 метрів поліестер": the size that picks the variant and the amount, both measured)
      const nums = between.filter((t) => t.kind === "num");
      const measured = nums.length === 2 && nums.every((t) => toks[toks.indexOf(t) + 1]?.measure);
      // ("ланцюг 520 118 ланок DID": the pitch and the links, each picking the variant or opening its code)
      const eachPicks = nums.every(
        (t) =>
          both.selectors.some((h) => h.at === toks.indexOf(t)) ||
          [...both.product.codes].some((c) => c.startsWith(t.raw) && c.length > t.raw.length),
      );
      if (nums.length > 1 && !(measured && inside.some((h) => both.selectors.includes(h))) && !eachPicks) continue;
      // each half naming its own product better ("эфиопии 250, колумбии") stays two items
      const alone = [a, b].map((x) => resolveRun(index, namedIn(pw, x), toks, []));
      // "Мешки для мусора 60л черные" of two black 60 l bags: still one name, when neither half names one
      if (both.tie && alone.some((x) => x?.accepted && !x.tie)) continue;
      // unless the size in the middle is what picks the joined name's variant ("тетрадь 96 л линейка")
      const picked = inside.some((h) => both.selectors.includes(h));
      if (!picked && alone.some((x) => x?.accepted && x.coverage > both.coverage)) continue;
      // "селитры 2 тонны мешками": a container after an amount it does not pick says how the amount comes
      if (!picked && toks.slice(b.from, b.to + 1).every((t) => t.kind !== "word" || t.count)) continue;
      // a preposition in the middle ("48 листов в клетку") joins only around the size that picks the variant
      if (
        !picked &&
        between.some((t) => t.kind === "word" && (INDEX_STOP.has(t.low) || FILLERS.has(t.low)) && !t.measure)
      )
        continue;
      // a bare number in the middle must be the name's own ("crunchy 3 meats"), not an amount
      if (!between.some((t) => t.kind === "word") && !inside.some((h) => both.selectors.includes(h))) continue;
      runs.splice(r - 1, 2, { from: a.from, to: b.to });
    }
    const clauseKeys = clauseVocabulary(index, new Set(toks.filter((t) => t.kind === "word").map((t) => t.key)));
    // the words said with the amount, and the car or printer the goods are for (see `fitment`)
    const counted = toks.flatMap((t, at) => (t.count && !pw[at] && t.key ? [{ key: t.key, at }] : []));
    const extraKeys = [...counted.map((c) => c.key), ...(fitment ? [...fitment.keys, ...fitment.codes] : [])];
    /** The run a container word belongs to: the name right after it, else the one before, else the next. */
    const ownerOf = (at: number) =>
      runs.find((o) => o.from === at + 1) ?? runs.findLast((o) => o.to < at) ?? runs.find((o) => o.from > at);
    // paren numbers are sizes ("eggs (12)"), never amounts
    toks.forEach((t, i) => {
      if (t.kind === "num" && (t.paren || t.label)) usedParen.add(i);
    });
    const groupMentions: Mention[] = [];
    // paren numbers still pick a variant ("eggs (6 each)"); they are kept out of the amounts below
    const usedTok = new Set<number>();
    // the item read just before this run, in this clause or an earlier one
    const lastAccepted = () => [...mentions, ...groupMentions].reverse().find((m) => m.res?.accepted && !m.negated);
    // the last words on a line of their own that head the lines below ("Monin:", "FAG:")
    const lineHeadBefore = (c: Clause): Mention | undefined => {
      const all = [...mentions, ...groupMentions];
      const head = all.findLast((m) => m.clause.sentence !== c.sentence && m.keys.length > 0 && headsLines(m));
      if (head) return head;
      // ("Uvex Perfexxion II, black:": a heading line in parts, none with an amount, heads the lines below too)
      const last = all.findLast((m) => m.clause.sentence !== c.sentence && m.keys.length > 0 && endsLineWithColon(m));
      if (!last) return undefined;
      const parts = all.filter((m) => m.clause.sentence === last.clause.sentence && m.keys.length > 0);
      const first = parts[0]?.clause.tokens[parts[0].from] as Token | undefined;
      if (!first || parts.length < 2 || parts.some((m) => m.qtys.length > 0 || m.negated)) return undefined;
      if (text.slice(text.lastIndexOf("\n", first.start - 1) + 1, first.start).trim() !== "") return undefined;
      return { ...last, keys: parts.flatMap((m) => m.keys), parts };
    };
    for (const r of runs) {
      const idxs = namedIn(pw, r);
      // the containers said with this run's amount ("3 ящ короны 2 ящ деспа": each before its own name)
      const runExtra = [
        ...counted.filter((c) => ownerOf(c.at) === r).map((c) => c.key),
        ...extraKeys.slice(counted.length),
      ];
      // a size said inside another name ("white 8oz cups") is that name's
      const inOther = (h: SizeHint) => runs.some((o) => o !== r && h.at > o.from && h.at < o.to);
      const near = [
        ...hints.filter((h) => !usedTok.has(h.at) && !inOther(h) && !afterAmountAnd(text, toks, r.to, h.at)),
        ...(fitment?.hints ?? []),
      ];
      // push, not map: see `queryMatches` on holey arrays
      const keysOf = (list: number[]) => {
        const keys: string[] = [];
        for (const k of list) keys.push((toks[k] as Token).key);
        return keys;
      };
      // "на гольф 6 1.6 треба …", "(Skoda Octavia A7 x3)": what the goods are for, no item of its own
      // ("6 с угрем" of rolls that list eel in brackets: what goods are made with names them)
      const withWord = /^(с|со|з|зі|із|with)$/u.test(toks[r.from - 1]?.low ?? "");
      const fits = withWord ? undefined : fitmentOf(index, toks, idxs);
      if (fits) {
        fitment = fits;
        extraKeys.splice(0, extraKeys.length, ...counted.map((c) => c.key), ...fits.keys, ...fits.codes);
        const to = Math.max(r.to, fitmentEnd(index, toks, r.to + 1));
        for (let k = r.from; k <= to; k++) usedTok.add(k);
        groupMentions.push({ from: r.from, to, keys: [], res: null, qtys: [], negated: false, clause: g });
        continue;
      }
      const run = codesAndWords(idxs.map((k) => toks[k] as Token));
      const hasCode = run.codes.length > 0;
      // the words said after "for" / "для": what the goods fit ("white cups" are no lids "for … cups")
      let forAt = Number.POSITIVE_INFINITY;
      for (let k = r.from; k <= r.to; k++) if (FOR_WORDS.has((toks[k] as Token).low)) forAt = Math.min(forAt, k);
      const afterFor = new Set<number>();
      (hasCode ? idxs.filter((k) => toks[k]?.kind !== "code") : idxs).forEach((k, qi) => {
        if (k > forAt) afterFor.add(qi);
      });
      let res: Resolution | null;
      if (hasCode) res = resolveCode(index, run.codes, run.words, near, clauseKeys, runExtra, afterFor);
      else res = resolveMention(index, keysOf(idxs), near, clauseKeys, runExtra, undefined, afterFor);
      // "одну маленьку нан 2", "и тоже 1 большую": small or big said of goods sold in several sizes is the
      // smallest or the biggest of them; said alone or with a container ("the MX-6 in the big tube"), it is
      // of the goods just named (unless the name itself says it: "Коробка маленька")
      const sizeSaid = keysOf(idxs);
      const bySize =
        !hasCode && sizeSaid.length <= 4 ? sizeSaid.find((k) => k === "#small" || k === "#big") : undefined;
      // ("a large 40cm pepperoni": said alone right before the next goods of its clause, with only their size
      // between, it describes them and names no goods of its own, though a "Big" set is sold)
      const nextRun = runs[runs.indexOf(r) + 1];
      const describesNext =
        bySize &&
        sizeSaid.length === 1 &&
        nextRun !== undefined &&
        nextRun.from > r.to + 1 &&
        toks.slice(r.to + 1, nextRun.from).every((t) => t.kind === "num" || t.measure);
      if (describesNext) res = null;
      else if (bySize && !(res?.accepted && !res.tie && res.product.nameWords.includes(bySize))) {
        const rest = idxs.filter((k) => (toks[k] as Token).key !== bySize && !(toks[k] as Token).count);
        const prevM = lastAccepted();
        // ("і акулу велику": an adjective after other goods' words is theirs)
        const after =
          prevM?.res &&
          prevM.clause.sentence === g.sentence &&
          tokenize(text.slice((prevM.clause.tokens[prevM.to] as Token).end, (toks[r.from] as Token).start)).every(
            (t) => t.kind !== "word" || t.count || INDEX_STOP.has(t.low) || ALSO.test(t.low) || CONJUNCTIONS.has(t.low),
          );
        const base =
          rest.length > 0 ? resolveMention(index, keysOf(rest), near, clauseKeys, runExtra) : after ? prevM.res : null;
        // (all the words said found, and only the size left open among products of the same name)
        const open =
          base &&
          (base.accepted ||
            base.tie ||
            (base.unexplained.length === 0 && base.rivals[0]?.nameKey === base.product.nameKey));
        const picked = base && open ? sizeEnd(index, base, bySize) : undefined;
        // ("6 баночок маленьких": with no amount of its own, it says which size the goods just named are)
        const own = toks[r.from - 1]?.kind === "num" || toks.slice(0, r.from).some((t) => ALSO.test(t.low));
        if (picked && base && rest.length === 0 && prevM?.res && !own) {
          prevM.res = { ...prevM.res, product: picked };
          res = null;
        } else if (picked && base) res = { ...base, product: picked, accepted: true, tie: false, unexplained: [] };
      }
      // "ромашку 2 ящики": every word said found in it, and the container said with the amount is in its
      // name alone of the near candidates ("…, ящик 5 кг" beside "…, вагові" and "…, коробка 1 кг")
      if (
        res &&
        !res.accepted &&
        !res.tie &&
        res.unexplained.length === 0 &&
        res.minSim >= 0.8 &&
        res.coverage >= 0.4 &&
        runExtra.some((k) => res?.product.vocab.has(k) && !res.rivals.some((x) => x.vocab.has(k)))
      )
        res = { ...res, accepted: true };
      // a container word alone ("комплект", "set") names a product only when it is most of that name
      const unexplained = new Set(res?.unexplained);
      const named = idxs.filter((_, qi) => !unexplained.has(qi));
      if (res?.accepted && named.every((k) => isUnitWord(toks[k])) && res.coverage < 0.6 && !res.selectors.length)
        res = { ...res, accepted: false };
      // "садовую тачку" against "Шланг садовий": only a describing word of the name was said, and the
      // noun said with it is not the catalog's: another thing, to be surfaced rather than forced
      let runTo = r.to;
      /** The words that name this item: those said, and those of the item it varies ("…, черный"). */
      let runKeys = keysOf(idxs);
      if (res?.accepted && !hasCode && namesOtherThing(index, res, named, toks, r.to)) {
        res = { ...res, accepted: false };
        runTo = r.to + 1;
      }
      const pushMention = (from: number, to: number, keys: string[], rr: Resolution | null) => {
        if (rr?.accepted) for (const h of rr.selectors) usedTok.add(h.at);
        const m: Mention = { from, to, keys, res: rr, qtys: [], negated: false, clause: g, under, series };
        groupMentions.push(m);
      };
      // "направляйки кулькові 350 без доводчика 4 компл", "петлі GTV 24 шт, але БЕЗ доводчиків": what the
      // item just named should lack picks its variant; it is no item of its own
      const before = toks[r.from - 1];
      const saidKeys = keysOf(idxs);
      if (before?.kind === "word" && WITHOUT_KEYS.has(before.key)) saidKeys.unshift(before.key);
      if (
        !hasCode &&
        saidKeys.length >= 2 &&
        WITHOUT_KEYS.has(saidKeys[0] as string) &&
        saidKeys.slice(1).every((k) => matchWord(index, k).some((w) => w.sim >= 0.8 && index.lacking.has(w.key)))
      ) {
        const prevM = lastAccepted();
        const has = (p: IndexedProduct) =>
          saidKeys
            .slice(1)
            .some((k) =>
              matchWord(index, k).some((w) => w.sim >= 0.8 && p.vocab.has(w.key) && !p.lacksWords.has(w.key)),
            );
        if (prevM?.res && prevM.clause.sentence === g.sentence && prevM.keys.length > 0) {
          // the item said already lacks it: the words only confirm which one
          if (!has(prevM.res.product)) continue;
          const lacking = resolveMention(index, [...prevM.keys, ...saidKeys], prevM.res.selectors, clauseKeys);
          if (lacking?.accepted && !lacking.tie && !has(lacking.product)) {
            prevM.res = lacking;
            continue;
          }
        }
      }
      // "Epson 103 ink: black x4, cyan x2": a heading that names no single product is shared by the
      // variants listed after it in the same sentence
      const last = [...mentions, ...groupMentions]
        .reverse()
        .find((m) => m.clause.sentence === g.sentence && m.keys.length > 0 && !m.negated);
      const heading = last?.under ?? last;
      let under: Mention | undefined;
      if (
        heading?.res &&
        (heading.heading ||
          heading.res.tie ||
          !heading.res.accepted ||
          (heading.res.rivals.length > 0 && endsWithColon(heading))) &&
        heading.qtys.length === 0 &&
        (!res?.accepted || res.tie) &&
        !hasCode
      ) {
        const joined = resolveMention(index, [...heading.keys, ...keysOf(idxs)], near, clauseKeys, runExtra);
        if (joined?.accepted && !joined.tie && joined.unexplained.length === 0) {
          res = joined;
          markHeading(heading);
          under = heading;
        }
      }
      // "Monin:\nваниль 1л 3\nкарамель 1л 3\nBarline:\n…": a brand on a line of its own heads the lines below
      if (res && !hasCode && !under) {
        const lineHead = lineHeadBefore(g);
        if (lineHead && res.accepted && !res.tie && headSays(lineHead, res.product)) {
          markHeading(lineHead);
        } else if (lineHead) {
          const joined = resolveMention(index, [...lineHead.keys, ...keysOf(idxs)], near, clauseKeys, runExtra);
          if (
            joined?.accepted &&
            !joined.tie &&
            joined.unexplained.length === 0 &&
            headSays(lineHead, joined.product)
          ) {
            res = joined;
            markHeading(lineHead);
            under = lineHead;
          }
        }
      }
      // "FAG:\n6204 2Z — 10": a maker on a line of its own picks its own of the products a part number names
      if (res?.accepted && hasCode && !under) {
        const lineHead = lineHeadBefore(g);
        if (lineHead && !headSays(lineHead, res.product)) {
          const joined = resolveCode(index, run.codes, [...run.words, ...lineHead.keys], near, clauseKeys, runExtra);
          if (joined?.accepted && !joined.tie && headSays(lineHead, joined.product)) {
            res = joined;
            markHeading(lineHead);
            under = lineHead;
          }
        }
      }
      // "Для клієнта потрібно в чорному кольорі:\nMotionProtect — 5": a colour heading the lines below
      if (res && (!res.accepted || res.tie) && !hasCode && !under) {
        const head = colourHeadBefore(text, (toks[r.from] as Token).start);
        const colours = head?.keys.filter((k) => !keysOf(idxs).includes(k)) ?? [];
        const joined = colours.length
          ? resolveMention(index, [...keysOf(idxs), ...colours], near, clauseKeys, runExtra)
          : null;
        if (head && joined?.accepted && !joined.tie && joined.unexplained.length === 0) {
          res = joined;
          colourHeads.push(head);
        }
      }
      // "3 пирожка с капустой и 3 с яблоком", "прозорий 2": only the variant of the product just named
      // ("краги пятипалые без подкладки": what the item is without varies nothing)
      if (res && !res.accepted && !hasCode && !WITHOUT_KEYS.has(toks[r.from - 1]?.key ?? "")) {
        const prevM = lastAccepted();
        const head = prevM?.res?.product.nameWords[0];
        if (prevM?.res && head && !keysOf(idxs).includes(head)) {
          const sib = resolveMention(index, [head, ...keysOf(idxs)], near, clauseKeys, runExtra);
          if (
            sib?.accepted &&
            sib.unexplained.length === 0 &&
            sib.product.nameWords[0] === head &&
            sib.product.idx !== prevM.res.product.idx &&
            !sib.tie
          )
            res = sib;
          // "ручки эрих краузе синие 50 штук и красные 50", "білий 3 тюбики, прозорий 2": the product just
          // named, in the variant said now (its other words still hold)
          const said = keysOf(idxs);
          if (!res.accepted && prevM.keys.length > 0 && said.length <= 2) {
            // ("vinyl gloves M 2 boxes, L 1 box": with an amount of its own, the size said now replaces the
            // one before, which no product has together with it; "Delivery to our workshop" varies nothing)
            const exact = toks.some((t) => t.kind === "num") ? said.filter((x) => index.postings.has(x)) : [];
            const together = (k: string) =>
              said.includes(k) ||
              exact.length === 0 ||
              !index.postings.has(k) ||
              (index.postings.get(k) ?? []).some((i) => exact.every((x) => index.products[i]?.vocab.has(x)));
            const keys = [
              ...prevM.keys.filter((k) => (!COLOURS.has(k) || !said.some((x) => COLOURS.has(x))) && together(k)),
              ...said,
            ];
            // an item named by its code ("шапку … 48-50") keeps that code in its variant
            const coded = prevM.res.byCode ? prevM.keys.flatMap((k) => index.codes.get(k) ?? []) : [];
            const variant = resolveMention(
              index,
              keys,
              [...near, ...prevM.res.selectors],
              clauseKeys,
              runExtra,
              coded.length ? new Set(coded) : undefined,
            );
            const saidAt = new Set(said.map((k) => keys.lastIndexOf(k)));
            if (
              variant?.accepted &&
              !variant.tie &&
              !variant.unexplained.some((u) => saidAt.has(u)) &&
              variant.product.nameWords[0] === head &&
              variant.product.idx !== prevM.res.product.idx
            ) {
              // "голд стандарт 2.27кг, смак ваніль": with no amount of its own it says which one the
              // item just named is; with one ("прозорий 2") it is another item
              // ("шапку … 48-50 теж рожеву": in the clause of the item, "also" is about the word, and the
              // size said before the word is the item's)
              const own = prevM.clause === g ? prevM.to : -1;
              // "бисер белый, черный, красный по 2": a colour after a colour said is the next of a list
              const listed = said.some((k) => COLOURS.has(k)) && prevM.keys.some((k) => COLOURS.has(k));
              const another = own < 0 && (g.conj || listed || toks.some((t) => ALSO.test(t.low)));
              if (
                !toks.some((t, k) => t.kind === "num" && k > own) &&
                !another &&
                prevM.clause.sentence === g.sentence
              ) {
                prevM.res = variant;
                res = null;
              }
              // the words said now are all explained; the earlier item's own words are not this run's
              else {
                res = { ...variant, unexplained: [] };
                // the next colour of the list varies this one, with the series said once
                if (listed) runKeys = keys;
              }
            }
          }
        }
      }
      // "голд стандарт 2.27кг, смак ваніль" where the first words fit two flavours: the second clause,
      // with no amount of its own, says which of them it is
      if (res?.accepted && !hasCode && !g.conj && !toks.some((t) => t.kind === "num" || ALSO.test(t.low))) {
        const prevM = lastAccepted();
        if (
          prevM?.res &&
          prevM.clause.sentence === g.sentence &&
          prevM.clause !== g &&
          (prevM.res.tie || prevM.res.rivals.length > 0) &&
          prevM.res.rivals.some((r) => r.idx === res?.product.idx)
        ) {
          prevM.res = { ...prevM.res, product: res.product, tie: false };
          res = null;
        }
      }
      // "чохол на айфон 15 … і скло на нього ж": "for it" carries the device of the item just named
      if (res && !hasCode && FOR_IT.test(clauseText)) {
        const prevM = lastAccepted();
        if (prevM?.res) {
          const said = keysOf(idxs);
          // the previous item's words that also describe products of the kind said now ("iphone", not "case")
          const withSaid = new Set(candidateProducts(index, said.join(" "), 200).map((p) => p.sku));
          // as the catalog writes them: "айфон" said is "iphone" in the name
          const prevWords = prevM.clause.tokens
            .filter((t) => t.kind === "word")
            .map((t) => matchWord(index, t.key).find((x) => x.sim >= 0.75 && prevM.res?.product.vocab.has(x.key))?.key)
            .filter((k): k is string => k !== undefined);
          const context = [...new Set([...prevM.keys, ...prevWords])].filter(
            (k) => !said.includes(k) && index.products.some((p) => withSaid.has(p.product.sku) && p.vocab.has(k)),
          );
          // and its model number ("айфон 15"), which is read as part of the name rather than as a size
          const prevToks = prevM.clause.tokens;
          const models: SizeHint[] = prevToks
            .filter(
              (t, k) =>
                t.kind === "num" &&
                !t.worded &&
                !t.measure &&
                prevToks[k - 1]?.kind === "word" &&
                !prevToks[k + 1]?.count &&
                !prevToks[k + 1]?.measure,
            )
            .map((t) => ({ bare: t.value, at: -1 }));
          const carried = resolveMention(
            index,
            [...said, ...context],
            [...near, ...prevM.res.selectors, ...models],
            clauseKeys,
          );
          if (
            carried?.accepted &&
            (!carried.tie || !res.accepted || res.tie || context.some((k) => !res?.product.vocab.has(k))) &&
            carried.product.idx !== prevM.res.product.idx &&
            carried.unexplained.length === 0
          )
            res = carried;
        }
      }
      // one generic word next to a word the catalog does not know ("стрічка серпянка"): a product the
      // catalog lacks, not the first one sharing that generic word
      const only = idxs.length === 1 ? toks[idxs[0] as number] : undefined;
      if (res?.accepted && only?.key.startsWith("#") && !res.selectors.length && res.coverage < 0.6 && !hasCode) {
        const strange = (t: Token | undefined) =>
          !!t &&
          t.kind === "word" &&
          !t.key.startsWith("#") &&
          /^\p{L}{5,}$/u.test(t.low) &&
          !isGlue(t) &&
          !isUnitWord(t) &&
          matchWord(index, t.key).length === 0;
        if (strange(toks[r.to + 1]) && !pw[r.to + 2]) res = { ...res, accepted: false };
      }
      // "розетки Асфора 8, вимикачі одноклавішні 4": a brand or series said once holds for the list
      let series: string[] = [];
      if (res && !hasCode) {
        const prevM = lastAccepted();
        series = prevM?.res ? seriesOf(index, prevM) : [];
        const missing = res.accepted ? series.filter((k) => !res?.product.vocab.has(k)) : series;
        // only a product about as near as the one read can be picked by the words held; "петлі блюм …,
        // планки прямі": words that fit several brands' products are settled by the brand held
        // (every word said fits those products: two or more, no single colour or size word)
        const fitsAll = res.accepted || (res.unexplained.length === 0 && idxs.length >= 2);
        const close = res.accepted ? res.rivals : [res.product, ...res.rivals];
        if (missing.length && fitsAll && close.some((p) => missing.some((k) => p.vocab.has(k)))) {
          // the words held count towards a name as if said again, but never find a product themselves
          const carried = resolveMention(index, keysOf(idxs), near, clauseKeys, [...runExtra, ...missing]);
          if (
            carried?.accepted &&
            !carried.tie &&
            carried.unexplained.length <= res.unexplained.length &&
            (res.accepted || close.includes(carried.product)) &&
            carried.product.idx !== prevM?.res?.product.idx &&
            missing.some((k) => carried.product.vocab.has(k))
          )
            res = carried;
        }
      }
      // "шины 205/55 R16 комплект + шиномонтаж": goods said without the size that tells their variants apart
      // take a size of the goods named before them in the message
      // (not when a size is said with them: "наматрасник тоже 180 на 200")
      const ownSize =
        near.some((h) => h.at > r.from - 3 && h.at <= r.to + 4 && (h.base !== undefined || !h.strict)) ||
        toks.slice(r.to + 1, r.to + 4).some((t) => t.kind === "code");
      if (res && !hasCode && (!res.accepted || res.tie) && res.unexplained.length === 0 && !ownSize)
        res =
          withSizeOfEarlier(index, [...mentions, ...groupMentions], keysOf(idxs), near, clauseKeys, runExtra) ?? res;
      // two products said side by side with no separator ("кения сидамо")
      if (res?.accepted && res.unexplained.length > 0) {
        const rest = res.unexplained.map((u) => idxs[u] as number);
        const restRes = resolveMention(index, keysOf(rest), near, clauseKeys, runExtra);
        if (
          restRes?.accepted &&
          restRes.coverage >= 0.6 &&
          restRes.product.idx !== res.product.idx &&
          restRes.unexplained.length < rest.length
        ) {
          const firstIdxs = idxs.filter((k) => !rest.includes(k));
          const a = { from: Math.min(...firstIdxs), to: Math.max(...firstIdxs) };
          const b = { from: Math.min(...rest), to: Math.max(...rest) };
          const [x, y] =
            a.from < b.from
              ? ([
                  [a, res],
                  [b, restRes],
                ] as const)
              : ([
                  [b, restRes],
                  [a, res],
                ] as const);
          pushMention(x[0].from, x[0].to, [], x[1]);
          pushMention(y[0].from, y[0].to, [], y[1]);
          continue;
        }
      }
      pushMention(r.from, runTo, runKeys, res);
    }
    // merge adjacent mentions of the same product ("кружка ваша фирменная с логотипом")
    for (let i = groupMentions.length - 1; i > 0; i--) {
      const a = groupMentions[i - 1] as Mention;
      const b = groupMentions[i] as Mention;
      const between = toks.slice(a.to + 1, b.from);
      if (a.res && b.res && a.res.product.idx === b.res.product.idx && !between.some((t) => t.kind === "num")) {
        a.to = b.to;
        groupMentions.splice(i, 1);
      } else if (
        a.res?.accepted &&
        b.res &&
        !b.res.accepted &&
        !between.some((t) => t.kind === "num" || t.kind === "sep")
      ) {
        a.to = b.to;
        groupMentions.splice(i, 1);
      } else if (
        a.res?.byCode &&
        b.res &&
        b.keys.length > 0 &&
        between.length > 0 &&
        between.every((t) => t.kind === "num" || t.rating || t.measure || INDEX_STOP.has(t.low)) &&
        a.keys.some((k) => b.res?.product.codes.has(k))
      ) {
        // "лампочки E27 9 Вт теплі": a code, a rating and a word that settles which product has both
        const only = new Set(a.keys.flatMap((k) => index.codes.get(k) ?? []));
        const inside = hints.filter((h) => h.at >= a.from && h.at <= b.to);
        const rr = resolveMention(index, b.keys, inside, clauseKeys, extraKeys, only);
        if (rr && rr.unexplained.length === 0) {
          b.res = { ...rr, accepted: true, byCode: true };
          b.from = a.from;
          groupMentions.splice(i - 1, 1);
        }
      } else if (
        a.res?.accepted &&
        b.res?.accepted &&
        a.res.product.idx !== b.res.product.idx &&
        !between.some((t) => t.kind === "num" || t.kind === "sep") &&
        a.keys.length > 0 &&
        saysOnlyWordsOf(index, a.keys, b.res.product)
      ) {
        // "лампи світлодіодні E14": the first words only say what the named product is
        b.from = a.from;
        groupMentions.splice(i - 1, 1);
      } else if (a.res?.accepted && b.keys.length > 0 && repeatsName(index, a.res.product, b)) {
        // "Аэротвин 550 — 2 щетки": the word after the amount repeats what the product is
        groupMentions.splice(i, 1);
      }
    }
    // "помада 540 и 975", "фарба 7.1 – 3, 6.0 – 2": a further size after a product picks a sibling variant
    for (const h of hints) {
      // ("і двадцятку одну": a container named by its size is a size like any)
      const sizeNoun = toks[h.at]?.worded && toks[h.at]?.label;
      if (usedTok.has(h.at) || (usedParen.has(h.at) && !sizeNoun)) continue;
      const m = groupMentions.filter((x) => x.to < h.at && x.res?.accepted).pop();
      if (!m?.res || m.keys.length === 0 || m.res.product.attrs.length === 0) continue;
      // "ATF 1L – 12": a number after a dash is the amount
      if (toks[h.at - 1]?.sep === "dash" && !h.sign) continue;
      if (m.res.selectors.some((s) => s.at > h.at)) continue;
      // a second size of the same product ("Mineral 89 … 30 мл") describes it: neither a sibling nor an amount
      if (sizeScore(m.res.product, [h]).score >= 2) {
        usedTok.add(h.at);
        continue;
      }
      // "ABB S201 на 16 4 шт і на 10 2шт": a product named by its code finds the sibling among that code's
      const codes = m.res.byCode ? m.keys.filter((k) => index.codes.has(k)) : [];
      // "мойст 30: -3 х5, -3.5 х5": the sizes of another kind picked before still hold (the 30-pack)
      const kind = (x: SizeHint) => x.dim ?? (x.sign ? "signed" : "bare");
      const kept = h.sign ? m.res.selectors.filter((x) => kind(x) !== kind(h)) : [];
      const sib = codes.length
        ? resolveCode(
            index,
            codes,
            m.keys.filter((k) => !index.codes.has(k)),
            [h, ...kept],
            clauseKeys,
          )
        : resolveMention(index, m.keys, [h, ...kept], clauseKeys, extraKeys);
      if (!sib?.accepted || sib.product.idx === m.res.product.idx || !sib.selectors.includes(h)) continue;
      if (!m.res.byCode && sib.explained < 0.9 * m.res.explained) continue;
      // a product named by its code keeps that code in its siblings
      if (m.res.byCode && !m.keys.some((k) => sib.product.codes.has(k))) continue;
      if (groupMentions.some((x) => x.res?.product.idx === sib.product.idx)) continue;
      usedTok.add(h.at);
      const at = groupMentions.indexOf(m);
      groupMentions.splice(at + 1, 0, {
        from: h.at,
        to: h.at,
        keys: m.keys,
        res: sib,
        qtys: [],
        negated: false,
        clause: g,
      });
    }
    groupMentions.sort((a, b) => a.from - b.from);
    // a spreadsheet row is one item: "HP LJ 1020 ⇥ Q2612A ⇥ 6" orders the cartridge, not the printer
    for (const [from, to] of table.described) {
      const row = groupMentions.filter((m) => {
        const t = toks[m.from] as Token;
        return m.res?.accepted && t.start >= from && t.end <= to;
      });
      if (row.length < 2) continue;
      const rank = (m: Mention) => (m.res?.byCode ? 10 : 0) + (m.res?.coverage ?? 0);
      const best = row.reduce((a, b) => (rank(b) > rank(a) ? b : a));
      for (const m of row) if (m !== best) groupMentions.splice(groupMentions.indexOf(m), 1);
    }
    const correction = correctVariant(
      index,
      toks,
      pw,
      hints,
      groupMentions,
      mentions,
      lastCorrection?.sentence === g.sentence ? lastCorrection.mention : undefined,
      butAfterNot(groups[gi - 1], g),
    );
    const corrected = correction?.mention;
    // (an amount corrected carries no variant into the clause after it)
    lastCorrection = corrected && !correction.amountOnly ? { sentence: g.sentence, mention: corrected } : null;
    if (correction) {
      // (an amount said again is an amount, no size)
      if (!correction.amountOnly) for (const h of hints) usedTok.add(h.at);
      groupMentions.length = 0;
    }
    // quantities
    const used = new Set<number>([...usedTok, ...usedParen]);
    for (const m of groupMentions) {
      // "червоний мак 5 кг вагового": a weight said inside the words of a good sold by weight, with no
      // size of its own, is its amount
      const dim = m.res?.accepted && !m.res.product.size ? m.res.product.sold : undefined;
      for (let k = m.from; k <= m.to; k++) {
        const t = toks[k];
        const unit = toks[k + 1]?.measure;
        const amount =
          dim &&
          !usedTok.has(k) &&
          t?.kind === "num" &&
          unit?.dim === dim &&
          k + 1 <= m.to &&
          // ("канату 12мм": a few millimetres of goods sold by the metre are their size)
          !isThickness(dim, (t.value ?? 0) * unit.factor);
        if (amount) k++;
        else used.add(k);
      }
    }
    // "айфон 15", "Nano 3": a number right after a name word that the catalog writes with it is a model
    toks.forEach((t, i) => {
      const prev = toks[i - 1];
      const next = toks[i + 1];
      // "фан 3 уп" is three packs; "qphone 12 case" is a model before a word the catalog knows
      const counts = next?.count === "piece" || (next?.count === "pack" && matchWord(index, next.key).length === 0);
      if (t.kind !== "num" || t.worded || prev?.kind !== "word" || counts || next?.measure) return;
      if (matchWord(index, prev.key).some((m) => m.sim >= 0.78 && index.models.has(`${m.key} ${t.value}`))) used.add(i);
    });
    const qtys = readQuantities(toks, used);
    // the correction restates the amount ("…, тоже чёрные, 12"): it replaces the one said before
    if (corrected && qtys[0]) corrected.qtys = [qtys[0]];
    const active = groupMentions.filter((m) => m.res?.accepted);
    // "газліфти 6 шт, ні, не 6 а 8", "не 3 цепи а 4": an amount taken back belongs to the item it was
    // said for, which the words said with it (if any) only repeat
    for (const q of qtys) {
      if (q.replaces === undefined || active.length > 1) continue;
      const said = [...mentions]
        .reverse()
        .find((m) => m.res?.accepted && !m.negated && m.qtys.some((x) => x.value === q.replaces));
      const own = active[0];
      if (!said?.res) continue;
      if (!own) said.qtys.push(q);
      else if (
        own.res &&
        own.res.product.idx !== said.res.product.idx &&
        saysOnlyWordsOf(index, own.keys, said.res.product)
      )
        own.res = said.res;
    }
    for (const q of qtys) {
      if (active.length === 0) break;
      let prevM: Mention | undefined;
      let nextM: Mention | undefined;
      for (const m of active) {
        if (m.to < q.at) prevM = m;
        else if (m.from > q.at && !nextM) nextM = m;
      }
      // "червоний мак 5 кг вагового": the amount said inside the words of the one name
      let target = prevM ?? nextM ?? active.find((m) => m.from < q.at && m.to > q.at);
      if (prevM && nextM) {
        const between = toks.slice(q.at + 1, nextM.from);
        const directlyBefore = between.every(
          (t) =>
            t.kind === "x" ||
            isUnitWord(t) ||
            (t.kind === "word" && (FILLERS.has(t.low) || INDEX_STOP.has(t.low))) ||
            (t.kind === "num" && t.value !== undefined && used.has(toks.indexOf(t))),
        );
        const prevHas = prevM.qtys.length > 0;
        // a dash after a name leads to its amount ("крем 340 мл – 1 шт"); other separators part them
        const gapPrev = toks.slice(prevM.to + 1, q.at).some((t) => t.kind === "sep" && t.sep !== "dash");
        // "сенча 2 ромашка 1" puts amounts after names; "2 кенії 3 декафа" before them
        const after = nextM;
        const amountAfterNext = qtys.some(
          (x) => x.at > after.to && !active.some((m) => m.from > after.to && m.from < x.at),
        );
        // "концентрат два по полтора и один пятилитровый": of two amounts between names, the first is the
        // name's before them
        const nextHasOwn = qtys.some((x) => x.at > q.at && x.at < after.from && !x.each);
        // "7/1 3шт 8/0 2шт 10/0 2шт оксидант": names before them have their amounts after, so this one too
        const before = prevM;
        const styleAfter = active.some((m) => m.to < before.from && m.qtys.some((x) => x.at > m.to));
        target =
          directlyBefore && (prevHas || gapPrev || (!amountAfterNext && !styleAfter)) && (prevHas || !nextHasOwn)
            ? nextM
            : prevM;
      }
      // ("dyneema 10mm instead of the 12mm": a few millimetres are a rope's thickness, never metres of it)
      if (q.kind === "measure" && isThickness(q.dim, q.base) && target?.res?.product.sold === "length") continue;
      target?.qtys.push(q);
    }
    // negation: "не надо" cancels this clause's product, or the previous one; "без X" cancels X
    toks.forEach((t, i) => {
      if (t.kind === "word" && /^(без|without|вместо|замість|instead|no|not|minus|кроме|крім|except)$/.test(t.low)) {
        // ("NO mezzo mix": the word may open the run when another name has it, "Old No. 7")
        const m = groupMentions.find((x) => x.from >= i && x.from <= i + 2);
        if (m?.res && !m.res.product.nameWords.some((k) => k === t.key)) m.negated = true;
      }
    });
    if (g.negation) {
      if (groupMentions.length)
        for (const m of groupMentions) {
          m.negated = true;
          // "візьму … уф лампу. Ні, лампу не треба": the item taken back was ordered earlier
          const named = (x: Mention) =>
            x.res?.accepted &&
            !x.negated &&
            m.keys.length > 0 &&
            (x.res.product.idx === m.res?.product.idx || saysOnlyWordsOf(index, m.keys, x.res.product));
          for (const x of mentions) if (named(x)) x.negated = true;
        }
      else if (CANCEL.test(g.sentence.text)) cancelSentence = g.sentence;
      else if (
        !toks.some(
          (t) => t.kind === "word" && !FILLERS.has(t.low) && !INDEX_STOP.has(t.low) && !NEGATION_WORDS.test(t.low),
        )
      )
        // "её не надо" points back; "доставка не нужна" is about its own word
        for (const m of lastMentionGroup) m.negated = true;
    }
    if (cancelSentence === g.sentence) for (const m of groupMentions) m.negated = true;
    // "есть мимоза? если есть — 5 веток": the asked product is ordered after all
    // ("если есть — возможно, закажем": maybe later is no order yet)
    if (!g.sentence.info && CONDITIONAL_YES.test(clauseText) && !TENTATIVE.test(g.sentence.text) && asked.length) {
      const askedIdx = new Set(asked.map((m) => m.res?.product.idx));
      const own = groupMentions.filter((m) => m.res?.accepted && !m.negated);
      const compatible = own.filter(
        (m) => askedIdx.has(m.res?.product.idx) || m.res?.rivals.some((r) => askedIdx.has(r.idx)) || !m.res?.accepted,
      );
      const target = asked[asked.length - 1] as Mention;
      target.negated = false;
      for (const m of compatible) {
        target.qtys.push(...m.qtys);
        m.negated = true;
      }
      if (own.length === 0)
        for (const q of qtys) if (!groupMentions.some((m) => m.qtys.includes(q))) target.qtys.push(q);
      asked = [];
    }
    // "інвертор ресанта 190 по чім? і маска мс-1 є? беру обидва": the products asked about are taken after all
    if (!g.sentence.info && TAKE_ASKED.test(clauseText) && asked.length) {
      for (const m of asked) m.negated = false;
      asked = [];
    }
    if (g.past) for (const m of groupMentions) m.negated = true;
    if (g.sentence.info) {
      for (const m of groupMentions) {
        if (m.res?.accepted) {
          askedAbout++;
          asked.push(m);
        }
        m.negated = true;
      }
    }

    // "urea, in 1 t big bags": containers alone, after goods named in the sentence, say how those come
    const packingOnly = (words: readonly Token[]) =>
      words.every((t) => t.kind !== "word" || t.count) &&
      mentions.some((o) => o.res?.accepted && !o.negated && o.clause.sentence === g.sentence);
    // unknown items: what was asked for with an amount, a request or an availability question
    const accepted = groupMentions.filter((m) => m.res?.accepted && !m.negated);
    const skip = new Set<number>();
    for (const m of groupMentions) for (let k = m.from; k <= m.to; k++) skip.add(k);
    for (const q of qtys) {
      skip.add(q.at);
      if (isUnitWord(toks[q.at + 1])) skip.add(q.at + 1);
    }
    const dupOnly =
      accepted.length > 0 &&
      accepted.every(
        (m) => m.qtys.length === 0 && mentions.some((x) => !x.negated && x.res?.product.idx === m.res?.product.idx),
      );
    // (a correction's words went to the item it corrects)
    if ((accepted.length === 0 || dupOnly) && !g.past && !g.negation && !correction) {
      const content = contentWords(toks, skip);
      const words = content.filter((t) => /\p{L}{3,}/u.test(t.raw) || t.kind === "code");
      const cue =
        qtys.length > 0 ||
        g.sentence.info ||
        ORDER_VERBS.test(clauseText) ||
        /(если есть|якщо є|if you have|if possible|если можно|якщо можна)/.test(g.sentence.text) ||
        (g.conj && mentions.some((m) => m.res?.accepted && !m.negated)) ||
        dupOnly;
      if (words.length > 0 && words.length <= 4 && cue && !paperwork && !packingOnly(words)) {
        const first = words[0] as Token;
        const last = words[words.length - 1] as Token;
        const span = text.slice(first.start, last.end);
        const spanToks = toks.filter((t) => t.start >= first.start && t.end <= last.end && t.kind === "word");
        if (spanToks.length <= 5) {
          const suggestions = candidateProducts(index, span, 3).map((p) => p.sku);
          const q = qtys[0];
          pendingUnknown.push({
            item: { text: span, ...(q ? { qty: q.value } : {}), suggestions },
            info: g.sentence.info,
            end: last.end,
            qty: q,
            keys: spanToks.map((t) => t.key),
          });
        }
      }
    }
    // a product word that could not be placed: surface it rather than guess
    for (const m of groupMentions) {
      if (m.negated || !m.res || m.res.accepted) continue;
      // "Red Bull: 0 this week": none of it is asked for
      if (g.sentence.info || NONE_OF_IT.test(g.sentence.text)) continue;
      // a near spelling counts when it is a form of the word ("фініків" of "Фініки")
      const hasStrong = m.keys.some((k) =>
        matchWord(index, k).some(
          (x) =>
            !index.weak.has(x.key) &&
            (x.sim >= 0.9 || (x.sim >= 0.85 && k.startsWith(x.key.slice(0, Math.max(4, x.key.length - 1))))),
        ),
      );
      if (!hasStrong) continue;
      if (packingOnly(toks.slice(m.from, m.to + 1))) continue;
      const from = toks[m.from] as Token;
      const to = toks[m.to] as Token;
      const span = text.slice(from.start, to.end);
      const suggestions = [m.res.product, ...m.res.rivals].map((p) => p.product.sku).slice(0, 3);
      // "кран шаровый 2 шт" with three sizes in the catalog: the amount said is this item's, not lost
      const free = qtys.find((x) => !groupMentions.some((o) => o.qtys.includes(x)));
      const q = m.qtys[0] ?? free;
      // every word said fits one family ("голд стандарт шоколад" in two sizes): the variant is to be asked
      const family = m.res.unexplained.length === 0 && m.keys.filter((k) => k.length >= 3).length >= 2;
      if (q || family || ORDER_VERBS.test(clauseText) || g.conj)
        pendingUnknown.push({
          item: { text: span, ...(q ? { qty: q.value } : {}), suggestions },
          info: false,
          end: to.end,
          qty: q,
          keys: m.keys,
        });
    }
    for (const m of groupMentions) mentions.push(m);
    if (groupMentions.length) lastMentionGroup = groupMentions;
  }

  // "лак 16 і 28, по 2 шт": an amount said for each goes to the listed items that have none of their own
  mentions.forEach((m, i) => {
    const each = m.qtys.find((q) => q.each);
    if (!each || m.negated) return;
    for (let j = i - 1; j >= 0; j--) {
      const p = mentions[j] as Mention;
      if (p.clause.sentence !== m.clause.sentence || p.qtys.length > 0) break;
      // said in another clause: no token of this one (at -1)
      if (p.res?.accepted && !p.negated) p.qtys.push({ ...each, at: -1 });
    }
  });
  // "дві камери на шрадері під них (AV17)": a description the catalog does not know, then the product in
  // brackets, is one item, with the description's amount
  for (const u of pendingUnknown) {
    if (u.end === undefined || !u.qty || u.info) continue;
    const end = u.end;
    const named = mentions.find((m) => {
      const first = m.clause.tokens[m.from];
      if (!first || first.start < end || !m.res?.accepted || m.negated || m.qtys.length > 0) return false;
      return /^[\s,]*\([^()\n]{0,20}$/u.test(text.slice(end, first.start));
    });
    if (!named) continue;
    named.qtys.push({ ...u.qty, at: -1 });
    u.dropped = true;
  }
  // lines, with repeated mentions of a product folded
  const lines: ParsedLine[] = [];
  /** Lines whose amount was said, not assumed. */
  const counted = new Set<ParsedLine>();
  let firstItemAt: number | null = null;
  for (const m of mentions) {
    if (m.negated || m.heading || !m.res?.accepted) continue;
    const unitDim = m.res.product.sold;
    const byMeasure = unitDim !== undefined;
    // "на гольф 6 1.6": a bare fraction is an engine, a size or a grade, never a count of pieces
    const qs = m.qtys.filter((q) => byMeasure || q.kind !== "count" || Number.isInteger(q.value) || q.value <= 1);
    let chosen =
      qs.length === 0
        ? undefined
        : (qs
            .slice()
            .reverse()
            .find((q) => q.corrected) ??
          (qs.length > 1
            ? (qs.find((q) => q.times) ?? qs.find((q) => q.kind === "piece" || q.kind === "pack"))
            : undefined) ??
          qs[0]);
    // "1 x 22 p3 clear": a number after "x" that is a size of the product named is no amount
    if (chosen?.times && chosen.kind === "count" && m.res.product.attrs.some((a) => a.value === chosen?.value)) {
      const before = qs.find((q) => q !== chosen && !q.times && q.at < (chosen?.at ?? 0));
      if (before) chosen = before;
    }
    // "две пачки по 10 штук" of a product sold by the piece: twenty pieces
    const byPiece = m.res.product.product.unit === "pcs" && !m.res.product.packSize;
    const perPack = qs.find((q) => q.each && q.kind === "piece");
    const packs = qs.find((q) => q.kind === "pack" && !q.each && q.at < (perPack?.at ?? -1));
    if (perPack && packs && byPiece) chosen = { ...packs, kind: "count", value: packs.value * perPack.value };
    // "2 cs (12/cs)", "1 коробку (12)": the pieces each container holds, said in brackets right after it
    if (chosen?.kind === "pack" && !chosen.each && byPiece && m.res.product.boxOf === undefined) {
      const at = chosen.at;
      const each = m.clause.tokens.find(
        (t, k) => k > at && k <= at + 4 && t.kind === "num" && t.paren && !t.measure,
      )?.value;
      if (each !== undefined && Number.isInteger(each) && each > 1)
        chosen = { ...chosen, kind: "count", value: chosen.value * each };
    }
    // "4 палки по 4 м", "2 бухты по 50 м" of a product sold by the metre (or kilo, or litre): 16 m
    const perPiece = qs.find((q) => q.each && q.kind === "measure" && q.base !== undefined);
    const pieces = qs.find((q) => !q.each && q.kind !== "measure" && q.at < (perPiece?.at ?? -1));
    if (perPiece?.base !== undefined && pieces && byMeasure)
      chosen = { ...perPiece, each: false, value: perPiece.value * pieces.value, base: perPiece.base * pieces.value };
    // "3 sides ~4.5kg", "2 briskets like 15kg total" of goods sold by the kilo: the weight said, not the pieces
    // (in digits: "полтора кило" is one and a half kilos, not the one kilo the word "кило" says)
    const weighed = qs.find(
      (q) => q.kind === "measure" && !q.each && q.dim === unitDim && !q.corrected && !m.clause.tokens[q.at]?.worded,
    );
    if (unitDim && weighed && chosen && chosen.kind !== "measure" && !chosen.corrected) chosen = weighed;
    // a size said picked the variant; only a count said as the pack's ("коробка 12 шт") picked the pack
    const packSaid = m.res.selectors.some(
      (h) => h.pack || h.unitKey === "pcs" || (h.bare !== undefined && h.bare === m.res?.product.packSize),
    );
    chosen ??= impliedContainer(m);
    // goods that ship in boxes are counted in pieces whatever the box is called (`toCatalogQty`)
    const shipped = m.res.product.boxOf !== undefined && chosen?.kind === "pack";
    const packed = shipped
      ? null
      : ((packSaid ? null : containerVariant(index, m.res, m.keys, chosen)) ??
        packVariant(index, m.res.product, qs, chosen, packSaid));
    const p = packed?.product ?? m.res.product;
    const { qty, exact } = packed ? { qty: packed.qty, exact: true } : toCatalogQty(p, chosen, index.setSize);
    if (qty <= 0) continue;
    const from = m.clause.tokens[m.from] as Token;
    const to = m.clause.tokens[Math.min(m.clause.tokens.length - 1, Math.max(m.to, ...qs.map((q) => q.at)))] as Token;
    const source = text.slice(from.start, to.end).trim();
    if (firstItemAt === null) firstItemAt = from.start;
    let confidence = 0.55 + 0.4 * Math.min(1, m.res.coverage);
    if (m.res.minSim < 0.85) confidence -= 0.1;
    if (m.res.tie) confidence -= 0.25;
    if (!exact) confidence -= 0.2;
    confidence = Math.max(0.05, Math.min(0.98, Math.round(confidence * 100) / 100));
    if (m.res.tie || m.res.minSim < 0.85 || !exact) doubtful.push(p.product.sku);
    const existing = lines.find((l) => l.sku === p.product.sku);
    if (existing) {
      if (qs.length === 0) continue;
      const additive = /(^|\s)(ещ[её]|ще|more|another|додатково|дополнительно)(\s|$)/u.test(lowText(m.clause.tokens));
      // "CODE  name 01 … x 5": the product named twice in one row, the amount said once
      if (!counted.has(existing)) existing.qty = qty;
      else if (additive) existing.qty = roundQty(existing.qty + qty);
      else if (chosen?.corrected) existing.qty = qty;
      counted.add(existing);
      continue;
    }
    const line = { sku: p.product.sku, qty, confidence, source };
    if (qs.length > 0) counted.add(line);
    lines.push(line);
  }
  const hasOrder = lines.length > 0 || orderWords;
  const headsGoodsAfter = (end: number, keys: readonly string[]) =>
    mentions.some(
      (m) =>
        m.res?.accepted &&
        !m.negated &&
        (m.clause.tokens[m.from] as Token).start > end &&
        m.res.product.nameWords.some((w) => keys.includes(w)),
    );
  for (const u of pendingUnknown) {
    // an unknown good said with an amount of none
    if ((u.info && !hasOrder) || u.dropped || u.qty?.value === 0) continue;
    // (the words of a colour heading the lines below are no good of their own)
    if (u.end !== undefined && colourHeads.some((h) => (u.end as number) > h.start && (u.end as number) <= h.end))
      continue;
    if (unknown.some((x) => x.text === u.item.text)) continue;
    // "Основи Crystal:\n- прозора 10 кг", "отдушки: клубника 100мл, …": words before a colon that the goods
    // listed after it share head that list, and are no good of their own
    // ("Жидкие красители 15 мл: красный, …": a size said before the colon is the size of each)
    if (
      u.end !== undefined &&
      (!u.qty || u.qty.kind === "measure") &&
      u.keys &&
      colonAfter(u.end) &&
      headsGoodsAfter(u.end, u.keys)
    )
      continue;
    unknown.push(u.item);
  }
  const unknownRequested = pendingUnknown.some((u) => !u.info && unknown.includes(u.item));
  return { items: lines, unknown, askedAbout, orderWords, unknownRequested, doubtful, firstItemAt };
}
