/**
 * Words the parser understands in Russian, Ukrainian and English: numbers, units, and the small
 * vocabulary of ordering (verbs, fillers, negations, corrections). Shop-independent by design.
 */

export type Dim = "mass" | "volume" | "length" | "area";

/**
 * A length under a decimetre ("12 мм", "6 mm") is the thickness, bore or width of goods: never an amount
 * of goods sold by the metre, nor the length each piece of them has.
 */
export function isThickness(dim: Dim | undefined, millimetres: number | undefined): boolean {
  return dim === "length" && millimetres !== undefined && millimetres < 100;
}

/** What a catalog unit measures, for goods sold by it ("kg" → mass); undefined for pieces, packs, boxes. */
export const MEASURE_UNITS: Readonly<Record<string, Dim | undefined>> = {
  kg: "mass",
  g: "mass",
  l: "volume",
  ml: "volume",
  m: "length",
};

export interface MeasureUnit {
  dim: Dim;
  /** Multiplier to the base unit: grams, millilitres, millimetres. */
  factor: number;
}

const set = (...words: string[]) => new Set(words);

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map<string, number>([
  // ru
  ["ноль", 0],
  ["один", 1],
  ["одна", 1],
  ["одно", 1],
  ["одну", 1],
  ["одного", 1],
  ["одной", 1],
  ["одним", 1],
  ["одному", 1],
  ["два", 2],
  ["две", 2],
  ["двух", 2],
  ["три", 3],
  ["трех", 3],
  ["четыре", 4],
  ["четырех", 4],
  ["пять", 5],
  ["пяти", 5],
  ["шесть", 6],
  ["шести", 6],
  ["семь", 7],
  ["восемь", 8],
  ["девять", 9],
  ["десять", 10],
  ["одиннадцать", 11],
  ["двенадцать", 12],
  ["пятнадцать", 15],
  ["двадцать", 20],
  ["тридцать", 30],
  ["сорок", 40],
  ["пятьдесят", 50],
  ["сто", 100],
  ["двести", 200],
  ["триста", 300],
  ["четыреста", 400],
  ["пятьсот", 500],
  ["тысяча", 1000],
  ["полсотни", 50],
  ["полтысячи", 500],
  ["тысячу", 1000],
  ["пару", 2],
  ["пара", 2],
  ["пары", 2],
  ["парочку", 2],
  ["парочка", 2],
  ["дюжина", 12],
  ["дюжину", 12],
  ["дюжины", 12],
  ["полдюжины", 6],
  ["півдюжини", 6],
  ["дюжини", 12],
  ["десяток", 10],
  ["десятка", 10],
  ["десяточек", 10],
  // "два десятки", "пару десятков": so many tens (the number before multiplies)
  ["десятки", 10],
  ["десятков", 10],
  ["десятків", 10],
  ["дюжин", 12],
  // "пів сотні", "пару сотен": hundreds ("пачку сотню" is a pack of a hundred, no amount)
  ["сотни", 100],
  ["сотні", 100],
  ["сотен", 100],
  ["сотень", 100],
  ["полтора", 1.5],
  ["полторы", 1.5],
  // "палочки на троих", "приборы на пятерых": so many people, one for each
  ["двое", 2],
  ["двоих", 2],
  ["трое", 3],
  ["троих", 3],
  ["четверо", 4],
  ["четверых", 4],
  ["пятеро", 5],
  ["пятерых", 5],
  ["шестеро", 6],
  ["шестерых", 6],
  ["семеро", 7],
  ["семерых", 7],
  ["восьмерых", 8],
  ["десятерых", 10],
  // uk
  ["одне", 1],
  ["одній", 1],
  ["дві", 2],
  ["двох", 2],
  ["трьох", 3],
  ["чотири", 4],
  ["чотирьох", 4],
  ["п'ятьох", 5],
  ["шістьох", 6],
  ["сімох", 7],
  ["вісьмох", 8],
  ["десятьох", 10],
  ["двоє", 2],
  ["троє", 3],
  ["п'ятеро", 5],
  // surzhyk spellings
  ["четирі", 4],
  ["четири", 4],
  ["п'ять", 5],
  ["шість", 6],
  ["сім", 7],
  ["вісім", 8],
  ["дев'ять", 9],
  ["одинадцять", 11],
  ["дванадцять", 12],
  ["п'ятнадцять", 15],
  ["двадцять", 20],
  ["тридцять", 30],
  ["п'ятдесят", 50],
  ["двісті", 200],
  ["чотириста", 400],
  ["п'ятсот", 500],
  ["півсотні", 50],
  ["півтисячі", 500],
  ["тисяча", 1000],
  ["тисячу", 1000],
  ["парочку", 2],
  ["півтора", 1.5],
  ["півтори", 1.5],
  ["десяток", 10],
  // en
  ["one", 1],
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
  ["seven", 7],
  ["eight", 8],
  ["nine", 9],
  ["ten", 10],
  ["eleven", 11],
  ["twelve", 12],
  ["fifteen", 15],
  ["twenty", 20],
  ["thirty", 30],
  ["forty", 40],
  ["fifty", 50],
  ["hundred", 100],
  ["couple", 2],
  ["pair", 2],
  ["dozen", 12],
  ["dozens", 12],
]);

const ATTRIBUTE_UNITS: Array<[RegExp, string]> = [
  [/^(w|вт|ват|watt|watts|ватт|ватта|ваттов|вата|ватів|вати)$/, "w"],
  [/^(kw|квт|kilowatt|kilowatts|киловатт|кіловат)$/, "kw"],
  [/^(kwh|квтч|квт·ч|kilowatt-hours?)$/, "kwh"],
  // a wire's cross-section: "6 mm²", "2,5мм2", "4 кв.мм"
  [/^(mm²|mm2|мм²|мм2|кв\.?мм|sqmm|sq\.mm)$/, "sqmm"],
  [/^(k|к|kelvin)$/, "k"],
  [/^(v|в|volt|volts|вольт|вольта|вольтов|вольти|вольтів)$/, "v"],
  [/^(a|а|amp|amps|ампер|ампера|амперов|ампери|амперів)$/, "a"],
  [/^(mah|мач|маг)$/, "mah"],
  [/^(ah|аг|ач)$/, "ah"],
  // a drive's or a card's capacity: "2 TB", "2тб", "64 гіга"
  [/^(tb|тб|тера|терабайт|терабайта|терабайтів|терабайтов|terabytes?)$/u, "tb"],
  [/^(gb|гб|gig|gigs|гиг|гига|гигов|гіга|гігів|гігабайт|гигабайт|гигабайта|gigabytes?)$/u, "gb"],
  // a camera's resolution, a recorder's or a switch's channels and ports: "4 Мп", "8-канальний", "8 портів"
  [/^(mp|мп|мпикс|мегапиксел\p{L}*|мегапіксел\p{L}*|megapixels?)$/u, "mp"],
  [/^(ch|канал|канала|каналов|каналів|канали|канальн\p{L}*|channels?)$/u, "ch"],
  [/^(ports?|порт|порта|портов|портів|порти|портов\p{L}+)$/u, "port"],
  // the thickness of a film or a bag: "30 мкм", "17mkm", "20 micron"
  [/^(мкм|mkm|µm|μm|mic|mics|micron|microns|микрон|мікрон|микрона|мікрона|микронов|мікронів)$/, "mkm"],
  [/^(°|град|градус|градуса|градусов|градусів|градуси|deg|degree|degrees)$/, "deg"],
  // a capacitor's capacitance: "35 µF", "35uF", "30 мкф"
  [/^(µf|μf|uf|mkf|мкф|mfd|microfarads?|микрофарад\p{L}*|мікрофарад\p{L}*)$/u, "uf"],
  // a car audio capacitor's: "2 Ф", "на 2 фарада"
  [/^(f|ф|фарад|фарада|фарады|фаради|фарадів|farads?)$/u, "farad"],
  // gears: "12-speed", "12 sp", "9 скоростей", "9ск", "10 швидкостей"
  [/^(speed|speeds|spd|sp|скорост[а-я]*|швидкіст[а-яії]*|швидкост[а-яії]*|скор|швид|ск|шв)$/, "speed"],
];

/**
 * A unit that states a product's rating rather than an amount ("9 Вт", "4100K", "12 V", "1900 mAh"):
 * its key, the same in every language. Single letters count only glued to their number.
 */
export function attributeUnit(low: string, glued: boolean): string | undefined {
  if (!glued && low.length < 2 && !/^[wkvф]$/u.test(low)) return undefined;
  for (const [re, key] of ATTRIBUTE_UNITS) if (re.test(low)) return `#u${key}`;
  return undefined;
}

/** Words that mean "half of the next unit" (пол кило, пів кіло, half a kilo). */
export const HALF_WORDS = set("пол", "пів", "half", "пол-", "полу");

const MEASURES: Array<[RegExp, MeasureUnit]> = [
  [
    /^(г|гр|грамм|грамма|граммов|грам|грама|грами|грамів|g|gr|grm|gram|grams|gramm|grammes?)$/,
    { dim: "mass", factor: 1 },
  ],
  [
    /^(кг|кило|кіло|кил|кіл|кила|кіла|кілло|килограмм|килограмма|килограммов|кілограм|кілограма|кілограми|кілограмів|kg|kgs|kilo|kilos|kilogram|kilograms|кгр)$/,
    { dim: "mass", factor: 1000 },
  ],
  [/^(мл|ml|миллилитров|мілілітрів)$/, { dim: "volume", factor: 1 }],
  [/^(µl|μl|ul|мкл|microliters?|microlitres?)$/, { dim: "volume", factor: 0.001 }],
  [
    /^(л|литр|литра|литров|литру|литре|літр|літра|літри|літрів|літру|літрі|l|lt|ltr|liter|liters|litre|litres)$/,
    { dim: "volume", factor: 1000 },
  ],
  // ("по тонне", "биг-бегами по тонні": a tonne in any case)
  [
    /^(т|тн|тонн|тонна|тонны|тонну|тонни|тони|тон|тонне|тонні|тонной|тонною|тоннами|тоннах|tonne|tonnes|ton|tons)$/,
    { dim: "mass", factor: 1_000_000 },
  ],
  // ("пів центнера вівса", "2 ц зерна": a hundredweight of 100 kg)
  [/^(ц|центнер|центнера|центнеров|центнерів|центнери|центнеру)$/, { dim: "mass", factor: 100_000 }],
  [/^(lb|lbs|фунт|фунта|фунтов|фунтів|фунти|pound|pounds)$/, { dim: "mass", factor: 453.592 }],
  [/^(oz|унц|унция|унции|унцій)$/, { dim: "mass", factor: 28.3495 }],
  [/^(мм|mm)$/, { dim: "length", factor: 1 }],
  // an inch is a thread or pipe size ("1/2\"", "дюйм"); "in" alone is a preposition, never an inch
  [/^(дюйм|дюйма|дюймов|дюймів|дюйми|inch|inches|″|")$/, { dim: "length", factor: 25.4 }],
  [/^(см|cm)$/, { dim: "length", factor: 10 }],
  // thread on cones and ribbon by the yard ("5000 yd", "5000 ярд"), hose and cable by the foot
  [/^(yd|yds|yard|yards|ярд|ярда|ярдов|ярдів)$/, { dim: "length", factor: 914.4 }],
  [/^(ft|feet|foot)$/, { dim: "length", factor: 304.8 }],
  [/^(м|метр|метра|метров|метрів|метри|m|meter|meters|metre|metres)$/, { dim: "length", factor: 1000 }],
  // square metres: tiles and floors are sold by the area ("12 м2", "4 sq m", "10 кв.м"; see `markSquareMetres`)
  [/^(м2|м²|m2|m²|квм|кв\.м|sqm|sq\.m)$/, { dim: "area", factor: 1 }],
];

/**
 * What one unit of a product measures: its catalog unit's kind, except that a product listed by the metre
 * whose name prices it per square metre ("цена за м²", "price per m²") is sold by the area.
 */
export function soldBy(unit: string, name: string): Dim | undefined {
  const dim = MEASURE_UNITS[unit];
  return dim === "length" && AREA_PRICED.test(name) ? "area" : dim;
}
// ("\b" knows no Cyrillic letter: after "м" it never holds, so the end of the unit is "no letter after";
// "185 г/м²" is a fabric's weight, not its price)
const AREA_PRICED =
  /(за|per|(?<!(г|гр|g|gr)\s?)\/)\s*(м²|м2|m²|m2|кв\.?\s?м(?!\p{L})|sq\.?\s?m(?!\p{L}))|(цена|ціна|price)[^,()]{0,12}(м²|м2|m²|m2)/iu;

/** A measure unit word (кг, грамм, ml, litre…), or undefined. */
export function measureUnit(low: string): MeasureUnit | undefined {
  for (const [re, u] of MEASURES) if (re.test(low)) return u;
  return undefined;
}

/** An adjective of a unit's stem in any case and gender ("литровые", "20-литровых", "кілограмову"). */
function adjectiveOf(stems: string): RegExp {
  return new RegExp(`^(${stems})(ую|ый|ая|ой|ое|ые|ых|ым|ыми|ий|их|им|ими|у|а|і|е|ої|ого|ому)$`);
}

const KILO_ADJECTIVE = adjectiveOf("килограмм?ов|кілограмм?ов|kilogram|kg");
const INCH_ADJECTIVE = adjectiveOf("дюймов");
const LITRE_ADJECTIVE = adjectiveOf("литров|літров");
const HALF_LITRE_ADJECTIVE = adjectiveOf("полулитров|півлітров");

/** "пятилитровых", "чотирьохлітрові", "двадцатилитровую": the number a unit's adjective begins with. */
const NUMBER_PREFIXES: ReadonlyArray<[string, number]> = [
  ["одно", 1],
  ["двух", 2],
  ["двох", 2],
  ["трех", 3],
  ["трьох", 3],
  ["четырех", 4],
  ["чотирьох", 4],
  ["пяти", 5],
  ["п'яти", 5],
  ["шести", 6],
  ["восьми", 8],
  ["десяти", 10],
  ["двенадцати", 12],
  ["дванадцяти", 12],
  ["двадцати", 20],
  ["двадцяти", 20],
  ["двадцатипяти", 25],
  ["двадцятип'яти", 25],
  ["тридцати", 30],
  ["тридцяти", 30],
  ["пятидесяти", 50],
  ["п'ятдесяти", 50],
  ["полутора", 1.5],
  ["півтора", 1.5],
];

/** Whole-word measures: "полкило" = 0.5 kg, "літр" = 1 l, "кілограмову" = a 1 kg pack (a size, not a count). */
export function wordMeasure(low: string): { value: number; unit: MeasureUnit; adjective: boolean } | undefined {
  // "пятилитровых", "чотирьохлітрові": so many litres or kilos, said as one adjective
  for (const [prefix, n] of NUMBER_PREFIXES) {
    if (!low.startsWith(prefix) || low.length < prefix.length + 6) continue;
    const rest = low.slice(prefix.length);
    if (LITRE_ADJECTIVE.test(rest)) return { value: n, unit: { dim: "volume", factor: 1000 }, adjective: true };
    if (KILO_ADJECTIVE.test(rest)) return { value: n, unit: { dim: "mass", factor: 1000 }, adjective: true };
  }
  if (/^(полкило|пол-кило|півкіло|пів-кіло|полкила)$/.test(low))
    return { value: 0.5, unit: { dim: "mass", factor: 1000 }, adjective: false };
  if (/^(полцентнера|пол-центнера|півцентнера|пів-центнера)$/.test(low))
    return { value: 0.5, unit: { dim: "mass", factor: 100_000 }, adjective: false };
  if (/^(полтонны|полтонна|пол-тонны|півтонни|пів-тонни)$/.test(low))
    return { value: 0.5, unit: { dim: "mass", factor: 1_000_000 }, adjective: false };
  if (/^(кило|кіло|kilo|килограмм|кілограм)$/.test(low))
    return { value: 1, unit: { dim: "mass", factor: 1000 }, adjective: false };
  if (/^(литр|літр|litre|liter)$/.test(low))
    return { value: 1, unit: { dim: "volume", factor: 1000 }, adjective: false };
  if (KILO_ADJECTIVE.test(low)) return { value: 1, unit: { dim: "mass", factor: 1000 }, adjective: true };
  if (/^(полдюйма|пол-дюйма|півдюйма|пів-дюйма|полудюйм\p{L}*|півдюйм\p{L}*)$/u.test(low))
    return { value: 0.5, unit: { dim: "length", factor: 25.4 }, adjective: true };
  if (INCH_ADJECTIVE.test(low)) return { value: 1, unit: { dim: "length", factor: 25.4 }, adjective: true };
  if (LITRE_ADJECTIVE.test(low)) return { value: 1, unit: { dim: "volume", factor: 1000 }, adjective: true };
  if (HALF_LITRE_ADJECTIVE.test(low)) return { value: 0.5, unit: { dim: "volume", factor: 1000 }, adjective: true };
  return undefined;
}

const PIECE =
  /^(шт|штук|штука|штуки|штуку|штучки|штучек|штучку|pcs|pc|piece|pieces|pairs|пари|пары|пар|ea|единиц|единицы|одиниць|одиниці)$/;
const PACK =
  /^(пач|упак(?!овочн|увальн)|уп$|кор$|бут|банк|банок|баноч|короб|ящик|ящ$|меш|міш|рулон|рул$|флакон|балон|пляш|пакет|пакун|блок|тюб|ведр|відр|відер|канистр|каністр|бухт|компл|баллон|балон|букет|буханк|буханок|хлібин|піпет|пипет|ампул)/;
/** English container words are whole words: "bag" is not "baguette", "roll" is not "roller". */
const PACK_EN =
  /^(bigbag|bags?|packs?|packets?|bottles?|btls?|box|boxes|cs|cartons?|jars?|tins?|cans?|rolls?|sheets?|reams?|cases?|crates?|sacks?|bunch|bunches|buckets?|pails?|canisters?|sets?|bouquets?|tubes?|tubs?|loaf|loaves|pipettes?|ampoules?|vials?)$/;
const STEM =
  /^(ветк|веток|веточ|гілк|гілок|гілоч|стебл|stem|branch|лист|листа|листов|листів|листи|хлыст|штанг|палки|палок|палку|палка|pieces?)$/;

/**
 * "96 листов", "48 sheets", "120 pages": in a name the number describes the product (a notebook's
 * sheets), never how many are in a pack.
 */
export const SHEETS = /^(листов|листів|листа|sheets|pages|страниц|сторінок|стр|арк|аркушів)$/u;

/**
 * Words of paperwork and service, never goods: "пришлите договор", "we need a quote first", "счёт на
 * оплату". A phrase with one of them is not an unknown item.
 */
export const NOT_GOODS =
  /^(quote|quotes|quotation|invoice|invoices|pricelist|contract|agreement|proforma|receipt|договор\p{L}*|договір\p{L}*|сч[её]т|сч[её]та|сч[её]ту|рахун\p{L}*|прайс\p{L}*|образ[её]ц|образца|образцы|зраз[оку]\p{L}*|предложени\p{L}*|пропозиці\p{L}*|накладн\p{L}*|документ\p{L}*|реквизит\p{L}*|реквізит\p{L}*|ндс|пдв|vat|оплат\p{L}*|payment|скидк\p{L}*|знижк\p{L}*|discount|консультаци\p{L}*|консультаці\p{L}*)$/u;

/** Boxes, cartons and cases, which a catalog sells as "box". */
const BOX_WORD = /^(box|boxes|cartons?|cases?|cs|crates?|ящик\p{L}*|ящ|короб\p{L}*|кор|картон\p{L}*)$/u;
/** Packs and packets, which a catalog sells as "pack". */
const PACK_WORD = /^(packs?|packets?|pkgs?|упак(?!овочн|увальн)\p{L}*|уп|пач\p{L}*|пакет\p{L}*|пакун\p{L}*)$/u;

/** English words whole ("roll" is not "roller"), Russian and Ukrainian ones by their stem. */
const CONTAINER_KINDS: Array<[RegExp, string]> = [
  [BOX_WORD, "box"],
  [/^(reams?)$/u, "ream"],
  [/^(rolls?$|рулон|рул$)/u, "roll"],
  [/^(sheets?$|лист|аркуш)/u, "sheet"],
  [/^(pairs?$|пар[аиуы]?$)/u, "pair"],
  [/^(bottles?$|btls?$|бут$|бутыл|бутил|пляш|флакон)/u, "bottle"],
  [/^bigbag$/u, "bigbag"],
  [/^(bags?$|sacks?$|меш|міш)/u, "bag"],
  [/^(cans?$|tins?$|jars?$|банк|банок|баноч)/u, "can"],
  [/^(tubes?$|тюб)/u, "tube"],
  [PACK_WORD, "pack"],
  [/^(комплект\p{L}*|компл|набор\p{L}*|набір\p{L}*|sets?)$/u, "set"],
];

/**
 * What kind of container a word names, the same for every spelling and form: "rolls", "рулона" → roll;
 * "коробки", "cartons" → box. Undefined for a word that names none.
 */
export function containerKind(low: string): string | undefined {
  return CONTAINER_KINDS.find(([re]) => re.test(low))?.[1];
}

/**
 * The piece a pack counts, when a word names one ("пар", "рулонов", "cans", "bottles"): a container
 * kind other than a box or a pack. Undefined for any other word.
 */
export function pieceKind(low: string): string | undefined {
  const kind = containerKind(low);
  return kind === "box" || kind === "pack" || kind === "set" ? undefined : kind;
}

/** "piece" for шт/pcs, "pack" for packs, bottles, boxes; undefined otherwise. */
export function countUnit(low: string): "piece" | "pack" | undefined {
  if (PIECE.test(low)) return "piece";
  if (STEM.test(low) || /^(ветк|гілк|стебл|хлыст)\p{L}*$/u.test(low)) return "piece";
  if (PACK.test(low) || PACK_EN.test(low)) return "pack";
  return undefined;
}

/** The concept keys of containers an amount is said in ("2 мешка", "3 canisters", "биг-бегами"). */
export const CONTAINER_KEYS: ReadonlySet<string> = new Set([
  "#bag",
  "#bigbag",
  "#box",
  "#bucket",
  "#canister",
  "#bottle",
  "#jar",
  "#crate",
]);

/** The concept keys of colours (see `normalize.ts`): a variant said of goods of one kind. */
export const COLOURS: ReadonlySet<string> = new Set([
  "#white",
  "#red",
  "#yellow",
  "#green",
  "#blue",
  "#black",
  "#pink",
  "#purple",
  "#orange",
  "#grey",
  "#brown",
]);

/** Conjunctions that separate items in a list. */
export const CONJUNCTIONS = set("и", "і", "й", "та", "and", "&", "плюс", "plus");

/** Words that carry no product meaning: order verbs, politeness, pronouns, prepositions, greetings. */
export const FILLERS = set(
  // "зі смаком шоколаду", "со вкусом ванили", "chocolate flavour": the flavour is the word after
  "смак",
  "смаку",
  "смаком",
  "смаки",
  "вкус",
  "вкуса",
  "вкусом",
  "вкусы",
  "flavour",
  "flavor",
  "flavoured",
  "flavored",
  "taste",
  // times of day and pickup words said around an order, never goods
  "утра",
  "вечера",
  "ранку",
  "вечора",
  "заберу",
  "заберем",
  "заберемо",
  "сам",
  "сама",
  "сами",
  "после",
  "після",
  "около",
  "близько",
  // ru
  "хочу",
  "хочу",
  "хотим",
  "хотел",
  "хотела",
  "хотели",
  "бы",
  "закажу",
  "закажем",
  "оба",
  "обе",
  "обидва",
  "обидві",
  "замовимо",
  "заказать",
  "заказываю",
  "заказ",
  "заказа",
  "нужно",
  "нужен",
  "нужна",
  "нужны",
  "надо",
  "мне",
  "нам",
  "пожалуйста",
  "пожалуйсто",
  "пж",
  "плиз",
  "возьму",
  "возьмем",
  "беру",
  "берем",
  "дайте",
  "давайте",
  // "20 шт, нет, 16 хватит", "16 is enough": how many will do, said of the amount
  "хватит",
  "хватает",
  "достаточно",
  "вистачить",
  "вистачає",
  "достатньо",
  "enough",
  "можно",
  "прошу",
  "просим",
  "привезите",
  "привезти",
  "привезете",
  "привезёте",
  "доставить",
  "доставите",
  "сможете",
  "доставьте",
  "пришлите",
  "отправьте",
  "добавьте",
  "добавить",
  "положите",
  "вложите",
  "ещё",
  "еще",
  "также",
  "тоже",
  "а",
  "ой",
  "нет",
  "лучше",
  "вернее",
  "точнее",
  "то",
  "всё",
  "все",
  "это",
  "этот",
  "эту",
  "раз",
  "для",
  "на",
  "по",
  "в",
  "во",
  "с",
  "со",
  "к",
  "у",
  "из",
  "от",
  "вас",
  "ваш",
  "ваша",
  "ваши",
  "вашу",
  "ваше",
  "наш",
  "наша",
  "нашей",
  "нашего",
  "мой",
  "моя",
  "если",
  "есть",
  "ли",
  "будет",
  "было",
  "там",
  "тогда",
  "так",
  "вот",
  "же",
  "ну",
  "как",
  "обычно",
  "обычную",
  "обычный",
  "обычная",
  "штучно",
  "итого",
  "всего",
  "сразу",
  "пачкой",
  "примерно",
  "около",
  "где-то",
  "about",
  "around",
  "approximately",
  "roughly",
  "oh",
  "wait",
  "приблизно",
  "десь",
  "каждого",
  "каждой",
  "каждую",
  "каждый",
  "кожного",
  "кожної",
  "кожну",
  "кожен",
  "кожний",
  // uk
  "хочемо",
  "замовлю",
  "замовити",
  "замовлення",
  "замовляю",
  "потрібно",
  "потрібен",
  "потрібна",
  "потрібні",
  "треба",
  "мені",
  "нам",
  "будь",
  "ласка",
  "візьму",
  "візьмемо",
  "беремо",
  "дайте",
  "можна",
  "прошу",
  "привезіть",
  "доставте",
  "надішліть",
  "відправте",
  "додайте",
  "додати",
  "покладіть",
  "ще",
  "також",
  "теж",
  "ні",
  "краще",
  "це",
  "цей",
  "цю",
  "разу",
  "для",
  "на",
  "по",
  "в",
  "у",
  "з",
  "зі",
  "із",
  "до",
  "від",
  "вас",
  "ваш",
  "ваша",
  "ваші",
  "вашу",
  "наш",
  "наша",
  "нашої",
  "якщо",
  "є",
  "чи",
  "тоді",
  "так",
  "ось",
  "ж",
  "звичайну",
  "звичайний",
  "звичайна",
  "все",
  "всі",
  // en
  "i",
  "we",
  "i'd",
  "we'd",
  "i'll",
  "we'll",
  "i'm",
  "need",
  "want",
  "would",
  "like",
  "get",
  "could",
  "can",
  "have",
  "send",
  "me",
  "us",
  "order",
  "also",
  "add",
  "the",
  "a",
  "an",
  "of",
  "some",
  "more",
  "please",
  // "please prepare:", "please find our PO below"
  "prepare",
  "find",
  "below",
  "following",
  "pls",
  "plz",
  "thanks",
  "thank",
  "you",
  "just",
  "only",
  "this",
  "that",
  "time",
  "for",
  "to",
  "with",
  "in",
  "on",
  "at",
  "from",
  "each",
  "if",
  "possible",
  "any",
  "do",
  "is",
  "are",
  "it",
  "my",
  "our",
  "your",
  "be",
  "will",
  "take",
  "buy",
  "include",
  "put",
  "no",
  "actually",
  "make",
  "instead",
  "regular",
  "usual",
  "again",
  "too",
  "as",
  "well",
  "same",
  "ok",
  "okay",
  "hi",
  "hello",
  "hey",
  "привет",
  "здравствуйте",
  "здрасьте",
  "добрый",
  "доброе",
  "день",
  "утро",
  "вечер",
  "вечера",
  "дня",
  "доброго",
  "добрий",
  "привіт",
  "вітаю",
  "morning",
  "good",
  "afternoon",
  "evening",
  "спасибо",
  "дякую",
  "спс",
);

/** Words after which a quantity replaces the one said before ("нет, лучше 3"). */
export const CORRECTIONS = set(
  "нет",
  "ні",
  "нє",
  "не-а",
  "лучше",
  "краще",
  "вернее",
  "точнее",
  "давайте",
  "давайте-ка",
  "исправляю",
  "поправка",
  "actually",
  "instead",
  "make",
  "sorry",
  "wait",
  "oh",
  "ой",
  "ой,",
  "виправлення",
);

/** Phrases that cancel the item of their clause (or of the previous one). */
export const NEGATION_PATTERNS: RegExp[] = [
  /(^|\s)не\s+(надо|нужно|нужна|нужен|нужны|треба|потрібно|потрібна|потрібен|потрібні|берем|беру|будем|будемо|хочу|хочемо)(?=$|[\s,.!;:])/u,
  // "Зелёный не везите", "цього не кладіть": what is not to be brought
  /(^|\s)не\s+(везите|привозите|присылайте|отправляйте|кладите|кладіть|везіть|привозьте|надсилайте|відправляйте|ставьте)(?=$|[\s,.!;:])/u,
  /(^|\s)(уберите|удалите|отмените|приберіть|видаліть|скасуйте|отменяем|отмена)(\s|$)/u,
  /\b(don't|do not|dont|no longer)\s+(need|want|send|add)\b/,
  /\b(remove|cancel|drop|skip)\b/,
  /\bno\s+need\b/,
];

/** Clauses about a past order or feedback: their products are not being ordered now. */
export const PAST_PATTERNS: RegExp[] = [
  /(в|у)\s+(прошлый|прошлые|тот)\s+раз/u,
  /минулого\s+разу/u,
  /(^|\s)(брали|заказывали|замовляли|получили|отримали|понравил|сподобал|вкусн|смачн|отличн|чудов)/u,
  /(^|\s)(взяли|купили|купляли|покупали|купували)\s+(у|в)\s+вас/u,
  /\b(last time|previously|we had|received|loved|enjoyed|was|were|already)\b/,
  /(^|\s)(был|была|было|были|був|була|було|були|шикарн|восторг|захват|perfect|great|lovely|amazing)(\s|$)/u,
  // "Кулирка просто супер" (not "Mobil Super 3000", "4070 супер": "супер" alone is in names)
  /(^|\s)(просто|всё|все|усе|дуже|очень) супер(?!\p{L})/u,
  // what was bought before, and thanks for it ("купила у вас …", "хочу подякувати за курку")
  /(^|\s)(купил|купила|купили|купувал\p{L}*|купляли|покупали|получил|получила|отримав|отримала|подякувати|поблагодарить)(\s|$)/u,
  /\b(got (the|our|my|your) (delivery|order|parcel|package)|bought|purchased|arrived|thanks? (you )?for|thank you for|yesterday's|last week's|damaged|crushed|broken|unusable)\b/,
  /(^|\s)(вчерашн\p{L}*|вчорашн\p{L}*|поврежд\p{L}*|пошкоджен\p{L}*|разбит\p{L}*|розбит\p{L}*|брак\p{L}*)(\s|$)/u,
  /(^|\s)(спасибо|дякую|дякуємо|благодарю) за(\s|$)/u,
  // "спасибо большое", "дуже дякую": thanks, whatever adjective comes with them
  /(^|\s)((спасибо|дякую|благодарю)\s+(большое|огромное|велике|величезне)|(большое|огромное|велике|величезне|дуже)\s+(спасибо|дякую))(\s|$|[!.,])/u,
  // a vague promise of later orders is no order now ("будем заказывать ещё", "next time")
  /(^|\s)(будем|будемо|буду)\s+(заказывать|замовляти|брать|брати|покупать|купувати)(\s|$)/u,
  /(в\s+следующий\s+раз|наступного\s+разу|наступного\s+місяця|в\s+следующем\s+месяце|next\s+time|will\s+order\s+again)/u,
];

/**
 * Empty kegs, crates and cylinders the customer hands back ("6 empty kegs for pickup", "we give back 4
 * empty kegs + 2 gas bottles", "пустые кеги заберите"): goods already had, said in the whole sentence.
 */
export const RETURNED_EMPTIES =
  /((^|\s)(empty|пуст\p{L}*|порожн\p{L}*)\s+(\d+\s+)?(kegs?|crates?|bottles?|cylinders?|кег\p{L}*|ящик\p{L}*|бутыл\p{L}*|пляш\p{L}*|баллон\p{L}*|балон\p{L}*)|\b(give|giving|bring|send) back\b)/u;

/** Signs of a request inside a question ("можно 2 сиропа?", "could I get…"). */
export const REQUEST_QUESTION =
  /(^|\s)(можно|можна|could\s+i|can\s+i|could\s+you|can\s+you|could\s+u|can\s+u|pls|plz|could\s+we|can\s+we|may\s+i|would\s+you|сможете|зможете|успеете|успеешь|встигнете|встигнеш|привезите|привезіть|привезете|привезёте|доставите|отправите|пришлете|пришлёте|відправите|надішлете|пришлите|доставьте|закажу|замовлю|возьму|візьму|хочу|хочемо|хотим|i'?d\s+like|i\s+want)(?![\p{L}\p{N}])/u;

/** Words that separate a sentence about ordering from one about something else. */
export const ORDER_VERBS =
  /(^|\s)(заказ|закаж|замов|хочу|хотим|хочемо|нужн|надо|потріб|треба|возьм|візьм|беру|беремо|дайте|пришлите|привезите|привезіть|доставьте|доставте|добавьте|додайте|вложите|положите|order|need|want|send|deliver|add|get|take|buy|i'd like|we'd like|please)/u;

export const ADDITIVE =
  /(^|[\s,.!])(и\s+ещ[её]|ещ[её]|добавьте|добавить|добавь|докиньте|додайте|додати|і\s+ще|ще|also\s+add|add|one\s+more|plus)(?=[\s,.!:]|$)/u;

export const SEPARATE_ORDER =
  /(отдельн\S*\s+(заказ|заявк)|(заказ|заявк)\S*\s*,?\s*отдельн|нов(ая|ую)\s+заявк|окрем\S*\s+заявк|нов(а|у)\s+заявк|новый\s+заказ|нов(ое|ий)\s+замовлення|окрем\S*\s+замовлен|замовлення\S*\s*,?\s*окрем|separate\s+order|another\s+order|new\s+order|second\s+order|ещё\s+один\s+заказ|еще\s+один\s+заказ|ще\s+одне\s+замовлення)/u;

/** "Пістолет для піни", "Lid for 350 ml cups": the words after these name what an item fits. */
export const FOR_WORDS: ReadonlySet<string> = new Set(["for", "для", "під", "под"]);

/** "Same as last time": the order repeats one the customer quotes or made before. */
export const REPEAT_ORDER =
  /(те ж саме|теж саме|то же самое|тоже самое|same as (last time|before|previous|last order)|как в прошлый раз|як минулого разу|як і минулого разу|повтор\p{L}*\s+(заказ|замовлення|прошл|минул)|repeat (the |my |our )?(last |previous )?order)/u;

/** "…, але без трубочок", "but without straws": what to leave out of a repeated order. */
export const EXCEPT = /(^|[\s,])(без|крім|кроме|except|without)\s+([^.!?\n]{2,60})/u;

/** A complaint asking for a replacement or the money back: about goods already bought, not an order. */
/**
 * "received J05A resin instead", "пришли направляющие 500 а не 450 как заказывал": goods delivered that
 * were not the ones ordered. A complaint about an order, not a new one (`ORDERED_BEFORE` must hold too,
 * since "пришли 5, а не 3" is also "send 5, not 3").
 */
export const WRONG_GOODS =
  /(received|got|were sent|you sent|have sent|sold|положили|поклали|вложили|прислали|привезли|доставили|отримал\p{L}*|отримав|получил\p{L}*|надіслали|прийшл[иао]|пришл[иао]|пришел|пришёл|прийшов|продали)(?:[^.!?\n]|\.(?=\d)){0,60}(instead|а не |замість|вместо|wrong|не те |не то |не ті |не тот |не той )|wrong (items?|products?|sizes?|colou?rs?|ones|cartridges?|parts?|pads)|не тот товар|не той товар|перепутали|переплутали|(заказывал\p{L}*|замовля\p{L}*|ordered)[^.!?\n]{0,60}(,|\s)\s*(а|but)\s+(пришл\p{L}*|пришел|пришёл|прийш\p{L}*|привезли|came|arrived|you sent)/u;
/** Goods delivered short or faulty, or taken back: with `ORDERED_BEFORE`, a complaint too. */
export const FAULT_OR_RETURN =
  /(не хватал\p{L}*|(is|was) not acceptable|unacceptable|неприемлем\p{L}*|неприйнятн\p{L}*|how (you|will you|would you) fix|не вистачал\p{L}*|не хватает|не вистачає|(started|keeps?) (double[- ]?clicking|failing|crashing|freezing)|dead on arrival|(can|could) (you|u) replace|недовлож\p{L}*|недоклал\p{L}*|(was|were|is|are) missing|missing from|doesn'?t work|does not work|stopped working|не работает|не працює|(return|send back) (it|them|this)|get a replacement|money back|refund|вернуть деньги|повернути гроші|верните (мне |нам )?деньги|поверніть (мені |нам )?гроші|возврат денег|credit us|credit note|arrived (thawed|damaged|broken|spoiled|off|cracked|chipped|shattered)|(cracked|chipped|shattered) (on|in|during) (arrival|delivery|transit)|с отбитыми|з відбитими|отбит\p{L}*|відбит\p{L}*|сколот\p{L}*|с (трещин|скол)\p{L}*|з (тріщин|скол)\p{L}*|переробити безкоштовно|переробіть|переделать бесплатно|переделайте|зроблено погано|сделано плохо|done badly|poorly done|shows? (an? )?error|error (code )?[a-z]?\d+|warranty|гаранти\p{L}*|won'?t (connect|start|turn on|charge)|не включа\p{L}*|не вмика\p{L}*|не заряжа\p{L}*|не заряджа\p{L}*|not happy|лопну[лв]\p{L}*|трісн\p{L}*|тресн\p{L}*|течет|течёт|тече|течуть|протека\p{L}*|гуд(ят|ит|ять|е)(?!\p{L})|брак(?!\p{L})|бракован\p{L}*|defective|faulty|broken)/u;
export const ORDERED_BEFORE =
  /(ordered|received|got|sold|(yesterday's|last|your|the) delivery|у вас (міняли|меняли|робили|делали|купували|покупали|брали)|продали|заказывал\p{L}*|заказал\p{L}*|замовля\p{L}*|замовил\p{L}*|отримал\p{L}*|отримав|получил\p{L}*|привезли|доставили|order (no|number|#|\d{3,})|заказ\s*(№|\d)|замовлення\s*(№|\d)|from (po|order)\s*#?\s*\d|доставленн\p{L}*|привезенн\p{L}*|отриман\p{L}* (вчора|учора|сьогодні)|(в|у) (\p{L}+ )?(заказе|замовленні)|on (my |our )?order|(you|u) sent|(по|за) (заказу|замовленню)\s*(№|\d))/u;

/** A sentence about goods already come: its day is no delivery date ("got the delivery today"). */
export const PAST_RECEIPT =
  /(?:^|[^\p{L}])(got|received|arrived|came|were|was|bought|получили|получил|получила|пришл\p{L}*|прийшл\p{L}*|отримал\p{L}*|купили|купил|купила)(?![\p{L}])/u;

export const RETURN_REQUEST =
  /(замін\p{L}*|замен\p{L}*|повернення (кошт|грош)|возврат\p{L}* (денег|средств)|возврат(?![\p{L}])|(по|об)?меня(ть|ете|ют)(?![\p{L}])|(по|об)?міня(ти|єте|ють)(?![\p{L}])|refund|money back|replacement|претензі\p{L}*|претензи\p{L}*)/u;

export const PICKUP =
  /(заберу|заберем|заберём|самовывоз|самовивіз|самовывозом|pick\s*up|pickup|pick\s+(?:it|them|this|these|those|the order|everything)(?:\s+all)?\s+up|collect\s+(?:it|them|the order|everything)|collecting (?:myself|ourselves|it|them|the order)|collect (?:myself|ourselves)|i'll collect|will collect|to collect|забер[уе]мо?|забираю|забираем|забираємо|заеду|заедем|заїду|заїдемо|заскочу|(?:drop|dropping|swing|swinging|come|coming|pop|popping|stop|stopping)\s+by\b[^.!?\n]{0,30}\b(?:grab|collect|pick)|to grab them)/u;
