import type { Found, Span } from "./contacts.js";

/** Street words, as written in ru/uk/en addresses (abbreviated or not). */
const STREET =
  "ул\\.?|vul\\.?|vulytsia|vulytsya|prosp\\.?|ulica|улица|улице|улицу|вул\\.?|вулиця|вулиці|пр-т\\.?|пр-кт|просп\\.?|проспект|проспекта|пр\\.|пер\\.|переулок|провулок|бул\\.?|бульвар|б-р|шоссе|шосе|ш\\.|наб\\.|набережная|набережна|пл\\.|площадь|площа|мкр\\.?|микрорайон|мкрн|жк|ж/к|тракт|ul\\.|ulitsa|pr-t|prospekt|street|st\\.?|avenue|ave\\.?|road|rd\\.?|lane|blvd|boulevard|drive|dr\\.(?!\\s*[\\p{Lu}])|dr(?=,)|pkwy|parkway|way|square|sq\\.|str\\.|straße|strasse|platz|allee|iela|mnt\\.?|gatve|tänav|pr\\.(?=\\s*\\d)|снт|днт|тсн|пос\\.|посёлок|поселок|селище|смт|деревня|дер\\.|хутор|участок|уч\\.";

/**
 * Streets named by a word that leads them ("Rue de la Loi 155", "Via Torino 48", "Aleja Krakowska 45"),
 * capitalised, with a capitalised name or a particle after it and the house number within a few words.
 */
const LEADING_STREET =
  /(?<![\p{L}])(?:Rue|Via|Viale|Calle|Avenida|Avda\.?|Rua|Piazza|Plaza|Place|Chaussée|Quai|Corso|Carrer|Paseo|Largo|Praça|Aleja|Al\.|Ulice|Utca|Náměstí|Nám\.|Třída)\s+(?:(?:de|la|le|les|del|della|des|du|di|do|da|dos|das|van|der|den)\s+|[\p{Lu}][\p{L}'’.-]*\s+){1,4}\d+/gu;
/** Streets whose word is glued to their name: "Lindengracht 77", "Fredrikinkatu 22", "Carl-Zeiss-Straße 9". */
const GLUED_STREET =
  /(?<![\p{L}])[\p{Lu}][\p{L}'’-]*(?:straat|gracht|weg|laan|plein|katu|gatan|vägen|gade|vej|gasse|straße|strasse|dijk|kade|singel|damm|ulica|utca|-Straße|-Strasse|-Gasse|-Weg|-Allee|-Platz|str\.)\s+\d+/gu;
/** "12 Rue des Lilas", "4 Avenue de la Gare": the house number first, then the street's leading word. */
const NUMBER_FIRST_STREET =
  /(?<![\p{L}\d])\d+[a-z]?,?[ \t]+(?:Rue|Avenue|Boulevard|Chemin|Route|Allée|Impasse|Via|Calle|Carrer)[ \t]+(?:(?:de|la|le|les|del|della|des|du|di|d'|l')[ \t]*|[\p{Lu}][\p{L}'’.-]*[ \t]*){1,4}/gu;
/** "Hernesaarenranta 4, 00150 Helsinki": a name and a house number, then a postcode and the town. */
const POSTCODE_TOWN =
  /(?<![\p{L}\d])[\p{Lu}][\p{L}'’.-]+(?:[ \t]+[\p{L}'’.-]+){0,2}[ \t]+\d+[a-z]?,[ \t]*(?:[A-Z]{1,2}-)?\d{4,5}[ \t]+[\p{Lu}][\p{L}-]+/gu;

/**
 * "Берлин, Зонненаллее 50", "Бривибас 100, Рига", "Košice, Hlavná 33": a town and a name with a number;
 * "Екб, Белинского 86-12", "Мск, Профсоюзная 93к2": the flat or the block after the house.
 */
const TOWN_AND_NUMBER =
  /(?<![\p{L}\d])(?:[\p{Lu}][\p{Ll}'’-]{2,},[ \t]+[\p{Lu}][\p{L}'’-]{3,}(?:[ \t-][\p{Lu}][\p{L}'’-]+)?[ \t]+\d{1,4}(?:[\p{L}](?!\d))?(?<flat>(?:[/-]|к|k)\d{1,4}[\p{L}]?)?(?![\d.,]*\d)(?![ \t]*[\d(+-])(?![ \t]*(?:шт|pcs|кг|kg|л|l|м|m|мм|mm|см|cm|уп|%))|[\p{Lu}][\p{L}'’-]{3,}(?:[ \t-][\p{Lu}][\p{L}'’-]+)?[ \t]+\d{1,4}[\p{L}]?,[ \t]*[\p{Lu}][\p{Ll}'’-]{2,}(?![\p{L}]))/gu;
/** A word of delivery said before the place, in its line. */
const DELIVERY_NEAR = /(доставк|достав|привез|отправ|відправ|курьер|кур'єр|deliver|ship|send|courier)/iu;

const STREET_RE = new RegExp(`(?<![\\p{L}])(${STREET})(?![\\p{L}-])`, "giu");
/** A street word anywhere in one comma part (not global: `test` keeps no position). */
const STREET_IN_PART = new RegExp(`(?<![\\p{L}])(${STREET})(?![\\p{L}-])`, "iu");

const MARKER =
  /(?<![\p{L}])(адрес доставки|адреса доставки|адрес|адреса|адресу|адресою|по адресу|за адресою|delivery address|shipping address|address|deliver to|ship to|send to|(?:доставка|delivery|shipping)(?=\s*:))(?![\p{L}])\s*[:\-–—]?\s*/giu;

const SAME =
  /^(тот же|той же|тот самый|прежний|прежн|старый|как в прошлый|как раньше|та сама|той самий|той же|такий же|як минулого|як раніше|same|the same|as before|as usual|as always|как всегда|як завжди)/iu;

/** Abbreviations whose period does not end the address. */
const ABBR = new Set(
  "ул вул vul prosp str blvd bul бул ул д кв г м пр пер стр корп к эт оф пос с пл наб обл р-н пр-т просп б-р буд ш ст apt kv ul st ave rd bldg bld fl no pr per pl nab sh д-р мкр под смт пгт відд отд х п уч co".split(
    " ",
  ),
);

const STOP_WORDS =
  /^(тел|телефон|моб|tel|phone|call|доставк|доставить|deliver|контакт|email|e-mail|почта|пошта|позвон|звон|дзвон|time|время|час)/iu;

const PART_OK =
  /(\d|(^|\s)(кв|квартира|д|дом|будинок|буд|офис|офіс|оф|этаж|поверх|эт|корп|корпус|стр|строение|подъезд|під'їзд|apt|apartment|flat|office|floor|suite|unit|bldg|building|entrance|pier|pontoon|berth|boat|yacht|s\/y|m\/y|яхта|яхти|яхты|катер|понтон|причал|пирс|пірс)(\.|\s|$))/iu;

const CITY_PREFIX =
  /(?:^|[\s,.:;])((?:г\.|м\.|город|місто|city of|смт\.?|пгт\.?|с\.|село|селище|пос\.|п\.|х\.|хутор|ст\.|ст-ца|станица|станиця)\s*)?([\p{Lu}][\p{Ll}-]+(?:[\s-][\p{Lu}][\p{Ll}-]+)?)\s*,?\s*$/u;

const NOT_CITY = new Set(
  "адрес адреса address доставка доставку delivery заказ замовлення тел phone завтра послезавтра сегодня tomorrow today спасибо дякую привет hello пожалуйста please будь ласка кофейня кав'ярня кафе ресторан бар магазин офис офіс склад салон студия студія аптека пекарня shop cafe café office store warehouse bakery restaurant".split(
    " ",
  ),
);

const BUSINESS_BEFORE =
  /(?:^|[\n.:;!?])[ \t]*(?:кофейня|кав'ярня|кафе|ресторан|бар|магазин|офис|офіс|склад|салон|студия|студія|аптека|пекарня|shop|cafe|café|office|store|warehouse|bakery|restaurant|bar)(?:\s[^\n,.:;!?]{1,30},|\s+(?:на|в|у|at|on))\s*$/iu;

const DAY_OR_WORD =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|today|tomorrow|next|this|by|on|delivery|deliver|pickup|order|please|thanks|hello|hi|dear)$/iu;

/** "Kyiv", "St Petersburg": capitalised words that are not a label, a day or a greeting. */
function isPlaceName(s: string): boolean {
  return s.split(/\s+/).every((w) => !NOT_CITY.has(w.toLowerCase()) && !DAY_OR_WORD.test(w));
}

const CARRIER =
  "нова пошта|нова почта|новая почта|нову пошту|новую почту|нової пошти|новой почты|новою поштою|новой почтой|нп|н\\.п\\.|nova poshta|np|укрпошта|укрпочта|ukrposhta|meest|міст експрес|сдэк|cdek|boxberry";
const BRANCH_WORD =
  "відділення|відділенні|відділенню|отделение|отделении|отделения|відд\\.?|отд\\.?|branch|warehouse|поштомат|почтомат|пункт выдачи|пункт видачі";
const BRANCH_RE = new RegExp(
  `(?<![\\p{L}])(?:(?:${CARRIER})\\s*,?\\s*(?:(?:${BRANCH_WORD})\\s*)?(?:№|#|no\\.?)?\\s*\\d+|(?:${BRANCH_WORD})(?![\\p{L}])\\s*(?:№|#|no\\.?)?\\s*\\d+|\\d+\\s*(?:${BRANCH_WORD})(?![\\p{L}]))(?!\\d)`,
  "giu",
);
/** Any case of the carrier's letters, for a pattern that must see the case of the city after it. */
const anyCase = (s: string) =>
  s.replace(/\p{L}/gu, (c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`));
/** "НП Житомир відд 14", "Новая почта Ужгород 31": the carrier, then the city, then the branch, no commas. */
const CARRIER_CITY_RE = new RegExp(
  `(?<![\\p{L}])(?:${anyCase(CARRIER.replace(/\|np(?=\||$)/, ""))})\\s+(?:[мг]\\.\\s*)?[\\p{Lu}][\\p{Ll}'’-]+(?:[\\s-][\\p{Lu}][\\p{Ll}'’-]+)?\\s*,?\\s*(?:(?:${anyCase(BRANCH_WORD)})\\s*)?(?:№|#)?\\s*\\d+(?!\\d)`,
  "gu",
);
const CARRIER_WORDS = new RegExp(`(?<![\\p{L}])(?:${CARRIER}|${BRANCH_WORD})(?![\\p{L}])`, "giu");
/** Words that start a sentence about sending, before the place: "Відправка Мукачево відд 5". */
const SENDING = /^(відправ|отправ|достав|надішл|пришл|вышл|вишл|send|ship|deliver)[\p{L}]*(?:\s|$)/iu;
/** "Мукачево відд 5": a capitalised place right before the branch, with no comma. */
const PLACE_BEFORE = /(?:^|[\s.:;!?(])((?:[\p{Lu}][\p{Ll}'’-]+[\s-])?[\p{Lu}][\p{Ll}'’-]+)\s+$/u;
const PLACE_PART = /^(?:г\.|м\.)?\s*[\p{Lu}][\p{Ll}'’-]+(?:[\s-][\p{Lu}][\p{Ll}'’-]+)?$/u;
const CARRIER_PART = new RegExp(`^(?:${CARRIER})$`, "iu");

/** Where a boat lies: "pier C berth 14", "pontoon E", "Steg 7", "понтон 2", "причал 5", "пірс 2". */
const MOORING_RE =
  /(?<![\p{L}])(?:pier|pontoon|berth|jetty|quay|dock|steg|liegeplatz|понтон|причал|пирс|пірс|пристань|док)(?![\p{L}])\s*(?:№|#|no\.?)?\s*[\p{Lu}\d][\p{L}\d-]*/giu;
/** The words of a marina's name: "Marina Punat", "Lefkas marina", "Будва марина", "яхт-клуб Порт Варна". */
const MARINA_WORD =
  /^(?:marina|marine|yacht|jachthaven|yachthafen|hafen|harbour|harbor|port|porto|club|марина|яхт-клуб|яхтклуб|порт|гавань)$/iu;

const BOAT = /^(?:s\/y|m\/y|sy|my|boat|yacht|яхта|яхты|яхти|катер)$/iu;

/**
 * Where the goods go to a boat: the mooring said, with the marina and the town said just before it
 * ("Lefkas marina, pontoon E", "Тиват, Porto Montenegro, пирс 3, яхта Ника").
 */
function mooringPlace(text: string, at: number): number {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  // the comma parts of the line before the mooring, each as its words and where they start
  const parts: Array<Array<{ w: string; at: number }>> = [[]];
  for (const m of text.slice(lineStart, at).matchAll(/,|[^\s,]+/gu)) {
    if (m[0] === ",") parts.push([]);
    else parts[parts.length - 1]?.push({ w: m[0], at: lineStart + (m.index ?? 0) });
  }
  const nameLike = (w: string) =>
    !DAY_OR_WORD.test(w.replace(/[().]/g, "")) &&
    !NOT_CITY.has(w.toLowerCase()) &&
    (/^[(]?[\p{Lu}]/u.test(w) || MARINA_WORD.test(w.replace(/[()]/g, "")));
  /** How many words at the end of a part are a name's. */
  const tailOf = (words: Array<{ w: string }>) => {
    let k = words.length;
    while (k > 0 && nameLike((words[k - 1] as { w: string }).w)) k--;
    return words.length - k;
  };
  let start = at;
  // the mooring's own part: the marina's words just before it ("Marina Kaštela pontoon B")
  const own = parts.pop() ?? [];
  const ownTail = tailOf(own);
  if (ownTail > 0) start = (own[own.length - ownTail] as { at: number }).at;
  // ("Split, please bring it to Marina Frapa pontoon B": words before the marina's end the place)
  if (ownTail < own.length) return start;
  // the whole parts before it that are names ("Тиват, Porto Montenegro, ")
  for (let i = parts.length - 1; i >= 0; i--) {
    const words = parts[i] ?? [];
    const tail = tailOf(words);
    // ("s/y Möwe, Heiligenhafen, Steg 4": the boat's name is no place)
    const before = words[words.length - tail - 1]?.w ?? "";
    if (tail === 0 || tail > 4 || BOAT.test(before)) break;
    start = (words[words.length - tail] as { at: number }).at;
    if (tail < words.length) break;
  }
  return start;
}

export interface AddressResult {
  value: string | null;
  /** The customer said the address is the same as before. */
  same: boolean;
  span: Span | null;
  confidence: number;
}

function endOf(text: string, from: number, stops: Span[]): number {
  let i = from;
  let end = text.length;
  const nextStop = stops.filter((s) => s.start >= from).sort((a, b) => a.start - b.start)[0];
  if (nextStop) end = Math.min(end, nextStop.start);
  const nl = text.indexOf("\n", from);
  if (nl >= 0) end = Math.min(end, nl);
  const stopWord = /(?<![\p{L}])(тел|телефон|моб|tel|phone|call|т\.(?=\s*[+\d]))(?![\p{L}])/iu.exec(text.slice(from));
  if (stopWord) end = Math.min(end, from + stopWord.index);
  // sentence end: ". " after a non-abbreviation
  for (i = from; i < end; i++) {
    const ch = text[i];
    if (ch === "!" || ch === "?" || ch === ";") return i;
    if (ch === "." && (i + 1 >= text.length || /\s/.test(text[i + 1] ?? ""))) {
      const word = /([\p{L}-]+)$/u.exec(text.slice(Math.max(from, i - 12), i))?.[1]?.toLowerCase() ?? "";
      // ("Industriestr. 8": a street's glued "str." too)
      if (!ABBR.has(word) && !/\p{L}str$/u.test(word)) return i;
    }
  }
  // stop at a comma whose next part is not address-like
  return end;
}

/**
 * Where the address ends: comma parts after `start` are kept while they look like address pieces or a trailing
 * city. Once a branch's place is said (by `placeSaidBy`), a bare capitalised part after it is a signature.
 */
function trimParts(text: string, start: number, end: number, placeSaidBy = -1): number {
  const s = text.slice(start, end);
  const parts = s.split(",");
  let kept = parts[0]?.length ?? 0;
  // "Київ НП 301 Марко": a bare name right after the branch, in the same part, signs the message
  if (placeSaidBy > start && placeSaidBy < start + kept && SIGNING_NAME.test(text.slice(placeSaidBy, start + kept)))
    return placeSaidBy;
  for (let i = 1; i < parts.length; i++) {
    const p = (parts[i] ?? "").trim();
    const isLast = i === parts.length - 1;
    if (start + kept < placeSaidBy) {
      kept += 1 + (parts[i]?.length ?? 0);
      continue;
    }
    const firstWord = p.split(/\s+/)[0] ?? "";
    if (STOP_WORDS.test(firstWord)) break;
    const city =
      placeSaidBy < 0 &&
      (/^[\p{Lu}][\p{Ll}'’-]+(?:[\s-]+[\p{Lu}][\p{Ll}'’-]+)?$/u.test(p) || /^(г\.|м\.)\s*[\p{Lu}]/u.test(p));
    const street = STREET_IN_PART.test(p);
    // "…, кв 101, Дмитрий +380…": a name said right before the phone, with no comma, signs the message
    if (city && isLast && /^[ \t]*[+(\d]/.test(text.slice(end, end + 3))) break;
    if (PART_OK.test(p) || street || city) kept += 1 + (parts[i]?.length ?? 0);
    else break;
  }
  // "Львів вул Городоцька 15 кв 3 Соломія": with the town said before the street and its name, a bare
  // name after the flat's number signs the message ("вул Гагарина 14 кв 7 Тамбов" ends with its town)
  const said = text.slice(start, start + kept);
  const flat = NAME_AFTER_FLAT.exec(said);
  const street = STREET_IN_PART.exec(said);
  if (
    flat &&
    street &&
    /[\p{Lu}][\p{Ll}]{2,}/u.test(said.slice(0, street.index)) &&
    // ("Харківське шосе 19а": the word before the street's is its name, not the town)
    /^[.\s]*[\p{Lu}]/u.test(said.slice(street.index + street[0].length))
  )
    return start + (flat.index ?? 0) + (flat[1] ?? "").length;
  return start + kept;
}

/** One or two capitalised words and nothing else: a name that signs the message. */
const SIGNING_NAME = /^[ \t]+[\p{Lu}][\p{Ll}'’]+(?:[ \t]+[\p{Lu}][\p{Ll}'’]+)?[ \t.!]*$/u;
/** A street's name with no street word, its house, then the flat, entrance or floor ("Академика Шварца 14-2-88"). */
const NAMED_HOUSE =
  /(?:^|[\s,.:;])((?:\d{1,2}[ \t]+(?=(?:Января|Февраля|Марта|Апреля|Мая|Июня|Июля|Августа|Сентября|Октября|Ноября|Декабря|Січня|Лютого|Березня|Квітня|Травня|Червня|Липня|Серпня|Вересня|Жовтня|Листопада|Грудня)[ \t]))?[\p{Lu}][\p{Ll}'’-]+(?:[ \t]+(?:и[ \t]+)?[\p{Lu}][\p{Ll}'’-]+){0,2}[ \t]+\d{1,4}[\p{L}]?(?:\/\d{1,4}[\p{L}]?)?(?:(?:[ \t]*,?[ \t]*(?:кв|квартира|apt|flat|офис|офіс|оф|office|д|дом|под|подъезд|подьезд|під'їзд|під’їзд|п|эт|этаж|поверх)\.?[ \t]*\d+(?![\d.,]?\d))+|[ \t]*,?[ \t]*\d{1,2}[ \t]*(?:этаж|эт|поверх)(?![\p{L}])\.?|-\d{1,2}-\d{1,4}(?![\d-]))(?![\p{L}\d]))/u;

const NAME_AFTER_FLAT =
  /(?<![\p{L}])((?:кв|квартира|apt|flat|офис|офіс|оф)\.?[ \t]*№?[ \t]*\d+[\p{L}]?)[ \t]+[\p{Lu}][\p{Ll}'’]+(?:[ \t]+[\p{Lu}][\p{Ll}'’]+)?[ \t.!]*$/u;

function clean(s: string): string {
  return (
    s
      .replace(/\s+/g, " ")
      // "apt 8 by Thursday" with the day cut off: the word that led to it goes too
      .replace(/\s+(by|on|at|until|before|до|к|ко|на|в|у|after|после|після|pls|please)[\s,.]*$/iu, "")
      // "офис 4 😊": an emoji after the address is no part of it
      .replace(/(?:\s|\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|[\u{1F3FB}-\u{1F3FF}])+$/u, "")
      .replace(/^[\s,.:;–—-]+/, "")
      .replace(/[\s,;:–—-]+$/, "")
      .replace(/\.$/, (m) => m)
      .trim()
      .replace(/[,.]$/, "")
  );
}

/** The delivery address as written, without its label; `stops` are phone/email spans that end it. */
export function findAddress(text: string, stops: Span[], blockers: Span[] = []): AddressResult {
  const none: AddressResult = { value: null, same: false, span: null, confidence: 0 };
  for (const m of text.matchAll(MARKER)) {
    let start = (m.index ?? 0) + m[0].length;
    const rest = text.slice(start);
    if (SAME.test(rest.trim())) return { ...none, same: true };
    // "deliver to the shop: Lindengracht 77": what the place is, then where it is
    const label = /^[^:\d\n]{1,25}:\s*(?=\S)/u.exec(rest);
    if (label) start += label[0].length;
    // "Доставка: 05.06.2026, Košice, Hlavná 33", "Delivery: Friday, 12 Rue …": the day first, then the place
    const delivery = /^(?:доставка|delivery|shipping)$/iu.test(m[1] ?? "");
    if (delivery) {
      const day = /^\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\s*,\s*/u.exec(text.slice(start));
      if (day) start += day[0].length;
      const said = stops.find((sp) => sp.start <= start + 3 && sp.end > start);
      if (said) start = said.end + (/^[\s,.]*/u.exec(text.slice(said.end))?.[0].length ?? 0);
      // ("Доставка: завтра", "delivery: Friday": a day said, no place; a street needs its number)
      if (!/\p{L}[^\n]*\d|\d[^\n]*\p{L}/u.test(text.slice(start, endOf(text, start, stops)))) continue;
    }
    // ("deliver to Marina Zadar berth 118, Marko": a bare name after a boat's mooring signs the message)
    const stop = endOf(text, start, stops);
    const moored = [...text.slice(start, stop).matchAll(MOORING_RE)].pop();
    // ("Адреса НП Рівне відділення 10, Вікторія": so does a bare name after a town's branch)
    const branch = text.slice(start, stop).matchAll(CARRIER_CITY_RE).next().value;
    const placeSaidBy = moored ?? branch;
    const end = trimParts(
      text,
      start,
      stop,
      placeSaidBy ? start + (placeSaidBy.index ?? 0) + placeSaidBy[0].length : -1,
    );
    const value = clean(text.slice(start, end));
    if (value.length >= 3 && /[\p{L}]/u.test(value)) {
      if (/^(доставки|delivery)$/i.test(value)) continue;
      // ("Доставка: Полтавська обл., с. Степове, вул. …": cut before the house number, the street finds it)
      if (delivery && !/\d/.test(value)) continue;
      // (after "Доставка:" the day said before the place stays a date: only the place is masked)
      return { value, same: false, span: { start: delivery ? start : (m.index ?? 0), end }, confidence: 0.85 };
    }
  }
  if (
    /(адрес|адреса|address)\s*(тот же|прежний|той же|та сама|same)|same address|тот же адрес|та сама адреса/iu.test(
      text,
    )
  )
    return { ...none, same: true };
  const candidates: Array<{ start: number; end: number; score: number }> = [];
  // a carrier's branch: "Нова Пошта №12, Львів", "Київ, відділення 25", "Nova Poshta branch 5, Kyiv"
  for (const m of [...text.matchAll(BRANCH_RE), ...text.matchAll(CARRIER_CITY_RE)]) {
    let start = m.index ?? 0;
    const matchEnd = start + m[0].length;
    // "Пакети НП Великі 20 шт": a city is followed by nothing but the branch, not by an amount's unit
    if (/^\s*(шт|pcs|кг|kg|уп|пач)/iu.test(text.slice(matchEnd))) continue;
    if (blockers.some((b) => start >= b.start && start < b.end)) continue;
    // the city or carrier said just before, as comma parts of the same sentence
    const head = text.slice(Math.max(0, start - 60), start);
    // walk back over comma parts that are a place or the carrier; a part before ":" is a label
    let at = head.length;
    let from = start;
    for (;;) {
      const cut = Math.max(
        head.lastIndexOf(",", at - 1),
        head.lastIndexOf(":", at - 1),
        head.lastIndexOf("\n", at - 1),
      );
      // ("м. Біла Церква": the dot of a settlement's abbreviation ends no sentence)
      let dot = head.lastIndexOf(".", at - 1);
      while (dot > 0 && /(?:^|[\s,:])(?:м|г|с|смт|х|ст|п)$/u.test(head.slice(Math.max(0, dot - 4), dot)))
        dot = head.lastIndexOf(".", dot - 1);
      const stop = Math.max(dot, head.lastIndexOf("?", at - 1), head.lastIndexOf("!", at - 1));
      const lo = Math.max(cut, stop);
      const t = head.slice(lo + 1, at).trim();
      if (t === "" && at === head.length) {
        if (lo < 0 || head[lo] !== ",") break;
        at = lo;
        continue;
      }
      if (lo < 0 && head.length === 60) break;
      // "Відправка Мукачево, відд 5": the word that sends is no part of the place
      if (SENDING.test(t)) {
        const rest = t.replace(/^\S+\s*/u, "");
        if (rest && PLACE_PART.test(rest) && !CARRIER_PART.test(rest))
          from = start - head.length + head.lastIndexOf(rest, at);
        break;
      }
      if (!(PLACE_PART.test(t) || CARRIER_PART.test(t)) || NOT_CITY.has(t.toLowerCase())) break;
      if (head[at] === ":") break;
      from = start - head.length + lo + 1;
      if (lo < 0 || head[lo] !== ",") break;
      at = lo;
    }
    if (from === start) {
      const place = PLACE_BEFORE.exec(head);
      const words = place?.[1]?.split(/[\s-]+/) ?? [];
      // "Відправка Мукачево": a sentence's first word is no part of the place
      while (words.length > 1 && (!isPlaceName(words[0] ?? "") || SENDING.test(words[0] ?? ""))) words.shift();
      // ("Полтава нп 4": the city before the carrier too, never the word that sends)
      if (
        place?.[1] &&
        words.length &&
        isPlaceName(words.join(" ")) &&
        !SENDING.test(words[0] ?? "") &&
        !/[\p{Ll}]/u.test(words[0]?.[0] ?? "a")
      )
        from = start - place[0].length + place[0].lastIndexOf(words[0] ?? "");
    }
    start = from + (/^\s*/u.exec(text.slice(from, start))?.[0].length ?? 0);
    // "Нова пошта Вінниця відділення 7, Петренко Наталія": with the city said, the name after signs
    const said = text.slice(start, matchEnd).replace(CARRIER_WORDS, " ");
    const end = trimParts(text, start, endOf(text, start, stops), /[\p{Lu}][\p{Ll}]/u.test(said) ? matchEnd : -1);
    const value = clean(text.slice(start, end));
    if (value.length >= 4) candidates.push({ start, end, score: 1 });
  }
  for (const m of text.matchAll(STREET_RE)) {
    let start = m.index ?? 0;
    const word = (m[1] ?? "").toLowerCase();
    if (blockers.some((b) => start >= b.start && start < b.end)) continue;
    // "0986494104 | колодки пер. | 2": a row of a pasted table, where "пер." is no lane
    const lineEnd = text.indexOf("\n", start);
    if (/[|\t]/.test(text.slice(text.lastIndexOf("\n", start) + 1, lineEnd < 0 ? undefined : lineEnd))) continue;
    const after = text.slice(start + (m[1]?.length ?? 0), start + 60);
    // "Ред бул: звичайний 3 ящ": a word before a colon heads a list, it is no street
    if (/^\s*:/.test(after)) continue;
    const isEn = /^[a-z]/.test(word) && !/^(ul|pr-t|prospekt|ulitsa|vul|prosp)/.test(word);
    if (isEn) {
      // "14 Pushkin St", "22 Lenina street"
      // ("600 16th St": a numbered street)
      const before = /(\d+[a-zа-я]?\s+)((?:(?:[\p{Lu}][\p{L}'’-]+|\d+(?:st|nd|rd|th))\s+){1,3})$/iu.exec(
        text.slice(Math.max(0, start - 40), start),
      );
      if (before) start -= before[0].length;
      else {
        const namedBefore = /((?:[\p{Lu}][\p{L}-]+\s+){1,2})$/u.exec(text.slice(Math.max(0, start - 30), start));
        if (!namedBefore || !/^\.?\s*,?\s*\d/.test(after)) continue;
        start -= namedBefore[0].length;
      }
      // "Kyiv, 12 Khreshchatyk St": the city said just before
      const city = /(?:^|[\s.:;])([\p{Lu}][\p{Ll}-]+(?:\s[\p{Lu}][\p{Ll}-]+)?),\s*$/u.exec(
        text.slice(Math.max(0, start - 30), start),
      );
      if (city?.[1] && isPlaceName(city[1])) start -= city[0].length - city[0].indexOf(city[1]);
    } else {
      if (!/\d/.test(after.slice(0, 40))) continue;
      // "Невский пр-т 28": the street name before the marker
      const nameBefore = /([\p{Lu}][\p{Ll}-]+\s+)$/u.exec(text.slice(Math.max(0, start - 30), start));
      // "Невский пр.": an adjective before "пр." is the street's name; "пр. Мира" names it after
      const adjectiveBefore = /(ий|ый|ой|ая|ський|ский|ская|ська)\s+$/u.test(nameBefore?.[0] ?? "");
      if (
        nameBefore &&
        (!/^(ул|вул|улиц|вулиц|пр\.?)$/i.test(word.replace(/\.$/, "")) || (word.startsWith("пр") && adjectiveBefore))
      )
        start -= nameBefore[0].length;
      // a city just before: "Москва, пр-т Мира", "одеса вул дерибасівська"
      const head = text.slice(Math.max(0, start - 40), start);
      const city = CITY_PREFIX.exec(head);
      const lowCity = /(?:^|[\s,.:;])([\p{Ll}][\p{Ll}'-]{3,})\s*,?\s*$/u.exec(head);
      // "Доставка Полтава, вул. …": of two capitalised words, the last alone may be the city
      const cityName =
        city?.[2] && !city[1] && /^(доставка|доставку|delivery|адрес|адреса|address)\s/iu.test(city[2])
          ? city[2].split(/\s+/).pop()
          : city?.[2];
      if (city && cityName && !NOT_CITY.has(cityName.toLowerCase()) && isPlaceName(cityName)) {
        const prefixLen = (cityName === city[2] ? (city[1] ?? "").length : 0) + cityName.length;
        const idx = head.lastIndexOf(cityName) - (cityName === city[2] ? (city[1] ?? "").length : 0);
        if (prefixLen > 0 && idx >= 0) start = start - head.length + idx;
      } else if (
        lowCity?.[1] &&
        !NOT_CITY.has(lowCity[1]) &&
        !/(можна|можно|якщо|если|будь|завтра|сегодня|ср[еі]д|середу|пятниц|п'ятниц|суббот|субот|понед|вторн|вівтор|четвер|неділ|воскрес|достав|адрес|нужн|надо|будь|ласка|пожалуйст|можно|привез|заказ|замов|обед|утра|вечер|ранку|дня|after|before|noon|please)/u.test(
          lowCity[1],
        )
      ) {
        const idx = head.lastIndexOf(lowCity[1]);
        if (idx >= 0) start = start - head.length + idx;
      }
    }
    const end = trimParts(text, start, endOf(text, start, stops));
    const value = clean(text.slice(start, end));
    if (value.length >= 4) candidates.push({ start, end, score: /\d/.test(value) ? 1 : 0.5 });
  }
  for (const re of [LEADING_STREET, GLUED_STREET, NUMBER_FIRST_STREET, POSTCODE_TOWN])
    for (const m of text.matchAll(re)) {
      let start = m.index ?? 0;
      if (blockers.some((b) => start >= b.start && start < b.end)) continue;
      // "Kraków, ul. …", "Wien, Mariahilfer …": the city said just before
      const city = /(?:^|[\s.:;])([\p{Lu}][\p{Ll}-]+(?:\s[\p{Lu}][\p{Ll}-]+)?),\s*$/u.exec(
        text.slice(Math.max(0, start - 30), start),
      );
      // ("Sarah, 12 Rue des Lilas": a street that opens with its number has its town after it)
      if (city?.[1] && isPlaceName(city[1]) && re !== NUMBER_FIRST_STREET)
        start -= city[0].length - city[0].indexOf(city[1]);
      const end = trimParts(text, start, endOf(text, start, stops));
      const value = clean(text.slice(start, end));
      if (value.length >= 4) candidates.push({ start, end, score: 1 });
    }
  for (const m of text.matchAll(MOORING_RE)) {
    const at = m.index ?? 0;
    if ([...blockers, ...stops].some((b) => at >= b.start && at < b.end)) continue;
    // "Marina Punat, pier C berth 14": only a mooring with the marina or town it is in
    const start = mooringPlace(text, at);
    if (start === at) continue;
    // ("USB Dock 2 pcs" is goods): a marina named, the goods sent there, or a boat's line
    const line = text.slice(text.lastIndexOf("\n", at - 1) + 1, at);
    const placeWords = text.slice(start, at).split(/[\s,()]+/);
    if (
      !placeWords.some((w) => MARINA_WORD.test(w)) &&
      !DELIVERY_NEAR.test(line) &&
      !line.split(/[\s,]+/).some((w) => BOAT.test(w))
    )
      continue;
    // (the parts up to the mooring are the place; a bare name after it signs the message)
    const end = trimParts(text, start, endOf(text, start, stops), at + m[0].length);
    const value = clean(text.slice(start, end));
    if (value.length >= 4) candidates.push({ start, end, score: 1 });
  }
  // "Тверская 12 кв 5" with no street word; "Ленина 24/8 кв 33", "8 Марта 46 п2 кв 88", "Сакко и Ванцетти 58,
  // кв 12", "Толмачева 22, 4 этаж", "Куйбишева 44 під'їзд 3": the house, then its flat, entrance or floor
  if (candidates.length === 0) {
    const m = NAMED_HOUSE.exec(text);
    if (m?.[1]) {
      const start = (m.index ?? 0) + m[0].indexOf(m[1]);
      // ("8 Марта 46 п2 кв 88": a street named after a day, which is no delivery date)
      const named = start + m[1].length;
      const end = trimParts(
        text,
        start,
        endOf(
          text,
          start,
          stops.filter((sp) => sp.end > named || sp.start < start),
        ),
      );
      if (clean(text.slice(start, end)).length >= 4) candidates.push({ start, end, score: 0.6 });
    }
  }
  // "Доставка в пятницу. Берлин, Зонненаллее 50", "доставка на Бривибас 100, Рига": a town and a name with
  // its house number, said where the goods go, with no street word
  if (candidates.length === 0)
    for (const m of text.matchAll(TOWN_AND_NUMBER)) {
      let start = m.index ?? 0;
      const end = start + m[0].length;
      const before = text.slice(Math.max(0, start - 80), start);
      const sentenceStart = Math.max(before.lastIndexOf("\n"), -1);
      const lineEnd = text.indexOf("\n", end);
      const after = text.slice(end, lineEnd < 0 ? undefined : lineEnd);
      // (a flat after the house, "86-12", is a home's address wherever it is said)
      if (!m.groups?.flat && !DELIVERY_NEAR.test(before.slice(sentenceStart + 1)) && !DELIVERY_NEAR.test(after))
        continue;
      // "Нижний Новгород, …": a town of two words
      const first = /(?<![\p{L}])([\p{Lu}][\p{Ll}'’-]+)[ \t]+$/u.exec(before);
      if (first?.[1] && /^[^,\d]+,/u.test(m[0]) && isPlaceName(first[1]) && !SENDING.test(first[1]))
        start -= first[0].length;
      if ([...blockers, ...stops].some((b) => end > b.start && start < b.end)) continue;
      candidates.push({ start, end, score: 0.5 });
      break;
    }
  const best = candidates.sort((a, b) => b.score - a.score || a.start - b.start)[0];
  if (!best) return none;
  // "Café Kranich, Oderberger Str. 17": the place's own name is no part of the address, nor an order line
  const named = BUSINESS_BEFORE.exec(text.slice(Math.max(0, best.start - 50), best.start));
  const maskFrom = named ? best.start - named[0].length + named[0].search(/\S/) : best.start;
  return {
    value: clean(text.slice(best.start, best.end)),
    same: false,
    span: { start: maskFrom, end: best.end },
    confidence: 0.7,
  };
}

export type { Found };
