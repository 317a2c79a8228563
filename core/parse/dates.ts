import type { Span } from "./contacts.js";

/** A calendar date without time: the message's local day. */
export interface LocalDate {
  y: number;
  m: number;
  d: number;
}

/**
 * The local calendar day of `receivedAt`: in its own UTC offset when it carries one, otherwise in
 * `timezone` (IANA), otherwise UTC.
 */
export function localDateOf(receivedAt: string, timezone?: string): LocalDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
    receivedAt.trim(),
  );
  if (m?.[7] && m[7] !== "Z") return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  const ms = Date.parse(m && !m[7] ? `${receivedAt}Z` : receivedAt);
  if (Number.isNaN(ms)) {
    const d = /^(\d{4})-(\d{2})-(\d{2})/.exec(receivedAt);
    return d ? { y: Number(d[1]), m: Number(d[2]), d: Number(d[3]) } : { y: 1970, m: 1, d: 1 };
  }
  if (m && !m[7] && timezone) {
    try {
      const parts = new Intl.DateTimeFormat("en-CA", {
        timeZone: timezone,
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
      }).formatToParts(new Date(ms));
      const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
      return { y: get("year"), m: get("month"), d: get("day") };
    } catch {
      // unknown zone: fall through to UTC
    }
  }
  const d = new Date(ms);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

const dayMs = 86_400_000;
const toMs = (d: LocalDate) => Date.UTC(d.y, d.m - 1, d.d);
const fromMs = (ms: number): LocalDate => {
  const d = new Date(ms);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
};
export const isoDate = (d: LocalDate) => `${d.y}-${String(d.m).padStart(2, "0")}-${String(d.d).padStart(2, "0")}`;
const addDays = (d: LocalDate, n: number) => fromMs(toMs(d) + n * dayMs);
const valid = (y: number, m: number, d: number) => {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1;
};

/** Global: read with `matchAll`, which copies the pattern and leaves it unchanged. */
const WEEKDAYS: Array<[RegExp, number]> = [
  [/(^|[^\p{L}])(понедельник\p{L}*|понеділ\p{L}*|monday|mon)(?![\p{L}])/gu, 1],
  [/(^|[^\p{L}])(вторник\p{L}*|вівтор\p{L}*|tuesday|tue|tues)(?![\p{L}])/gu, 2],
  [/(^|[^\p{L}])(сред[ауые]|серед[ауиі]|wednesday|wed)(?![\p{L}])/gu, 3],
  // not "четверка" (a four-litre can) or "четверо"
  [/(^|[^\p{L}])(четверг[ауе]?|четвергом|четвер|четверга|четвергу|thursday|thu|thurs)(?![\p{L}])/gu, 4],
  [/(^|[^\p{L}])(пятниц\p{L}*|п'ятниц\p{L}*|пʼятниц\p{L}*|friday|fri)(?![\p{L}])/gu, 5],
  [/(^|[^\p{L}])(суббот\p{L}*|субот\p{L}*|saturday|sat)(?![\p{L}])/gu, 6],
  [/(^|[^\p{L}])(воскресень\p{L}*|неділ\p{L}*|sunday|sun)(?![\p{L}])/gu, 0],
];

const MONTHS: Array<[RegExp, number]> = [
  [/^(январ|січн|jan)/, 1],
  [/^(феврал|лют|feb)/, 2],
  [/^(март|берез|mar)/, 3],
  [/^(апрел|квіт|apr)/, 4],
  [/^(ма[йя]|травн|may)/, 5],
  [/^(июн|червн|jun)/, 6],
  [/^(июл|липн|jul)/, 7],
  [/^(август|серпн|aug)/, 8],
  [/^(сентябр|вересн|sep)/, 9],
  [/^(октябр|жовтн|oct)/, 10],
  [/^(ноябр|листопад|nov)/, 11],
  [/^(декабр|грудн|dec)/, 12],
];

function monthOf(word: string): number | undefined {
  for (const [re, m] of MONTHS) if (re.test(word)) return m;
  return undefined;
}

export interface DateHit extends Span {
  iso: string;
  /** True when the date sits next to a delivery word. */
  delivery: boolean;
  /** True when a delivery verb or a deadline ("at the latest") says it, not only a preposition. */
  firm: boolean;
  /** "не в субботу", "not on Friday": a day the customer rules out. */
  negated: boolean;
}

/** A delivery word anywhere before the date, or a preposition right before it ("на", "к", "by", "on") */
const DELIVERY_CONTEXT =
  /(достав|привез|отправ|deliver|ship|bring|send|на\s*$|к\s*$|до\s*$|by\s*$|on\s*$|for\s*$|у\s*$|в\s*$|во\s*$|забер|pick)/u;
const DELIVERY_VERB = /(достав|привез|відправ|отправ|deliver|ship|bring|send)/u;
/** "need it fri latest", "до пятницы крайний срок" */
const DEADLINE_AFTER =
  /^\W{0,3}(?:at\s+the\s+latest|latest|at\s+latest|max|крайний\s+срок|крайняк|самое\s+позднее|найпізніше)/u;
const NEGATED_BEFORE = /(?:^|[^\p{L}])(?:не|not|but\s+not)\s+(?:(?:в|у|во|на|on|in)\s+)?$/u;
/** "на следующей неделе", "наступного тижня", "next week" said before a weekday */
const NEXT_WEEK_BEFORE =
  /(следующей\s+неделе|следующей\s+неделі|наступного\s+тижня|наступному\s+тижні|next\s+week)[\s,]*(?:(?:в|у|во|on)\s+)?$/u;

/** "Thursday next week", "в четверг на следующей неделе", "у четвер наступного тижня" */
const NEXT_WEEK_AFTER =
  /^[\s,]*(?:(?:на|в|у)\s+)?(следующей\s+неделе|наступного\s+тижня|наступному\s+тижні|next\s+week)(?![\p{L}])/u;

/** Every date said in `text`, resolved against the message day `today`. */
export function findDates(text: string, today: LocalDate): DateHit[] {
  const low = text.toLowerCase().replace(/[’ʼ]/g, "'");
  const hits: DateHit[] = [];
  const push = (start: number, end: number, d: LocalDate) => {
    const before = low.slice(Math.max(0, start - 30), start);
    const firm = DELIVERY_VERB.test(low.slice(Math.max(0, start - 20), start)) || DEADLINE_AFTER.test(low.slice(end));
    hits.push({
      start,
      end,
      iso: isoDate(d),
      delivery: firm || DELIVERY_CONTEXT.test(before.trimEnd()),
      firm,
      negated: NEGATED_BEFORE.test(low.slice(Math.max(0, start - 12), start)),
    });
  };
  const rel: Array<[RegExp, number]> = [
    [
      /(^|[^\p{L}])(послезавтра|післязавтра|послєзавтра|післязавтро|пiслязавтра|послезавтро|day after tomorrow)(?![\p{L}])/gu,
      2,
    ],
    [
      /(^|[^\p{L}])(завтра|tomorrow|tomorow|tommorow|tommorrow|tmrw|tomorrw|next day|на следующий день|наступного дня)(?![\p{L}])/gu,
      1,
    ],
    [/(^|[^\p{L}])(сегодня|сьогодні|today|tonight)(?![\p{L}])/gu, 0],
  ];
  const taken: Span[] = [];
  const overlaps = (s: number, e: number) => taken.some((t) => s < t.end && e > t.start);
  for (const [re, n] of rel) {
    for (const m of low.matchAll(re)) {
      const start = (m.index ?? 0) + (m[1]?.length ?? 0);
      const end = start + (m[2]?.length ?? 0);
      if (overlaps(start, end)) continue;
      taken.push({ start, end });
      push(start, end, addDays(today, n));
    }
  }
  const todayDow = new Date(toMs(today)).getUTCDay();
  /**
   * The weekday said at `start`: the next such day after today, or, after "next week" ("на следующей неделе
   * в пятницу"), that day of the next calendar week (Monday to Sunday).
   */
  const weekday = (dow: number, start: number, end: number) => {
    if (NEXT_WEEK_BEFORE.test(low.slice(Math.max(0, start - 40), start)) || NEXT_WEEK_AFTER.test(low.slice(end)))
      return addDays(today, ((8 - todayDow) % 7 || 7) + ((dow + 6) % 7));
    return addDays(today, (dow - todayDow + 7) % 7 || 7);
  };
  for (const [re, dow] of WEEKDAYS) {
    for (const m of low.matchAll(re)) {
      const start = (m.index ?? 0) + (m[1]?.length ?? 0);
      const end = start + (m[2]?.length ?? 0);
      const word = m[2] ?? "";
      // "Deye SUN-12K": a model name
      if (word.length <= 5 && /^[-/]?\d|^-\p{L}/u.test(low.slice(end))) continue;
      // "sat", "wed", "sun", "mon" are English words too: only with a capital, a delivery word before or
      // after them, or standing alone ("same address. wed 🙏")
      if (
        /^(sat|wed|sun|mon)$/.test(word) &&
        !/^[A-Z][a-z]+$/.test(text.slice(start, end)) &&
        !/(on|by|for|deliver\w*)\s*$/.test(low.slice(0, start)) &&
        // ("wed delivery", "sat pls")
        !/^\s*(deliver\w*|drop[- ]?off|pls|please|plz|am|pm|morning|afternoon)(?![\p{L}])/u.test(low.slice(end)) &&
        !(/(^|[.!?\n])[^\p{L}\d]*$/u.test(low.slice(0, start)) && /^[^\p{L}\d]*($|[.!?\n])/u.test(low.slice(end)))
      )
        continue;
      push(start, end, weekday(dow, start, end));
    }
  }
  // "(пн)", "в чт", "до сб": the short Russian and Ukrainian weekday names, only where they cannot be a
  // unit ("9 Вт") or another word
  const SHORT: Record<string, number> = { пн: 1, вт: 2, ср: 3, чт: 4, пт: 5, сб: 6, вс: 0, нд: 0 };
  for (const m of low.matchAll(
    /(\(\s*|(?:^|[^\p{L}\d])(?:в|у|во|на|до|к|by)\s+)(пн|вт|ср|чт|пт|сб|вс|нд)(?![\p{L}\d])/gu,
  )) {
    const start = (m.index ?? 0) + (m[1]?.length ?? 0);
    const end = start + (m[2]?.length ?? 0);
    if (m[1]?.startsWith("(") && !/^\s*\)/.test(low.slice(end))) continue;
    if (overlaps(start, end)) continue;
    push(start, end, weekday(SHORT[m[2] ?? ""] ?? 0, start, end));
  }
  const resolveDayMonth = (d: number, mo: number, y?: number): LocalDate | null => {
    let year = y ?? today.y;
    if (year < 100) year += 2000;
    if (!valid(year, mo, d)) return null;
    if (y === undefined && toMs({ y: year, m: mo, d }) < toMs(today) - 60 * dayMs) year += 1;
    return { y: year, m: mo, d };
  };
  for (const m of low.matchAll(
    /(^|[^\d.,/])(\d{1,2})[./](\d{2})(?:[./](\d{2}|\d{4}))?(?![\d]|[.,]\d|\s*(кг|г|л|мл|kg|g|l|ml|шт|%))/g,
  )) {
    const start = (m.index ?? 0) + (m[1]?.length ?? 0);
    const r = resolveDayMonth(Number(m[2]), Number(m[3]), m[4] ? Number(m[4]) : undefined);
    if (r) push(start, start + m[0].length - (m[1]?.length ?? 0), r);
  }
  for (const m of low.matchAll(
    /(^|[^\d])(\d{1,2})(?:-?(?:го|е|st|nd|rd|th))?(?:\s+of)?\s+([\p{L}]{3,})(?![\p{L}])/gu,
  )) {
    const mo = monthOf(m[3] ?? "");
    if (!mo) continue;
    const start = (m.index ?? 0) + (m[1]?.length ?? 0);
    const r = resolveDayMonth(Number(m[2]), mo);
    if (r) push(start, start + m[0].length - (m[1]?.length ?? 0), r);
  }
  for (const m of low.matchAll(/(^|[^\p{L}])([\p{L}]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?![\d:]|[.,]\d)/gu)) {
    const mo = monthOf(m[2] ?? "");
    if (!mo || !/^[a-z]/.test(m[2] ?? "")) continue;
    const start = (m.index ?? 0) + (m[1]?.length ?? 0);
    if (hits.some((h) => h.start <= start + (m[2]?.length ?? 0) && h.end > start)) continue;
    const r = resolveDayMonth(Number(m[3]), mo);
    if (r) push(start, start + m[0].length - (m[1]?.length ?? 0), r);
  }
  // "on the 27th", "27-го", "к 27 числу"
  for (const m of low.matchAll(
    /(^|[^\d])(?:the\s+)?(\d{1,2})(?:-?(?:го|st|nd|rd|th)(?:\s+(?:числа|числу|число))?|\s+числа|\s+числу)(?![\p{L}\d])/gu,
  )) {
    const start = (m.index ?? 0) + (m[1]?.length ?? 0);
    if (hits.some((h) => start < h.end && start + 2 > h.start)) continue;
    const day = Number(m[2]);
    let cand = resolveDayMonth(day, today.m, today.y);
    if (cand && toMs(cand) < toMs(today))
      cand = today.m === 12 ? resolveDayMonth(day, 1, today.y + 1) : resolveDayMonth(day, today.m + 1, today.y);
    if (cand) push(start, start + m[0].length - (m[1]?.length ?? 0), cand);
  }
  hits.sort((a, b) => a.start - b.start);
  const dowOf = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
  // "by Friday 27.03", "в пятницу 27.03": a weekday with the date said right after it is that date, said once
  for (let i = hits.length - 2; i >= 0; i--) {
    const day = hits[i] as DateHit;
    const date = hits[i + 1] as DateHit;
    if (!/^[\s,]{1,3}$/.test(low.slice(day.end, date.start)) || !/\d/.test(low.slice(date.start, date.end))) continue;
    if (/\d/.test(low.slice(day.start, day.end))) continue;
    // ("Tue 3/10" in a month-first hand: the date read day-first falls on another weekday; the weekday holds)
    const iso = dowOf(date.iso) === dowOf(day.iso) ? date.iso : day.iso;
    hits.splice(i, 2, {
      ...date,
      iso,
      start: day.start,
      delivery: day.delivery || date.delivery,
      firm: day.firm || date.firm,
    });
  }
  return hits;
}

/** Time-of-day expressions ("с 10 до 18", "после 19:00", "at 5pm") to hide from quantity reading. */
export function findTimes(text: string): Span[] {
  const out: Span[] = [];
  const res = [
    /(?:^|[^\p{L}])((?:с|з|from|between|от|від)\s+\d{1,2}(?::\d{2})?\s*(?:до|по|to|and|-|–|—)\s*\d{1,2}(?::\d{2})?(?:\s*(?:ч|час|часов|год|годин|am|pm|h))?)/giu,
    /(?:^|[^\p{L}])((?:до|после|після|after|before|by|к|около|близько|about|at|в|о|на)\s+\d{1,2}(?::\d{2}|\s*(?:am|pm|ч\.?|час\p{L}*|год\p{L}*|h)(?![\p{L}])))/giu,
    // ("16:16:16" is a fertilizer's ratio, no time)
    /(?<![\d:])(\d{1,2}:\d{2}(?:\s*(?:-|–|—|до)\s*\d{1,2}:\d{2})?)(?!:\d)/g,
    /(?:^|[^\p{L}\d])(\d{1,2}\s*(?:am|pm))(?![\p{L}])/giu,
  ];
  for (const re of res) {
    for (const m of text.matchAll(re)) {
      const g = m[1] ?? "";
      const start = (m.index ?? 0) + m[0].indexOf(g);
      out.push({ start, end: start + g.length });
    }
  }
  return out;
}
