import type { Lang } from "../types.js";

const UK_WORDS =
  /(^|[^\p{L}])(що|який|яка|будь|ласка|дякую|привіт|замовлення|замовити|потрібно|треба|ще|та|це|мені|доброго|добрий|вітаю|є|чи|скільки|коштує|доставка|адреса|вул|шт|пачки|кави|кава|також|хочу)(?=[^\p{L}]|$)/giu;
const RU_WORDS =
  /(^|[^\p{L}])(что|какой|пожалуйста|спасибо|привет|заказ|заказать|нужно|надо|ещё|еще|это|мне|добрый|здравствуйте|есть|сколько|стоит|доставка|адрес|ул|шт|пачки|кофе|также|хочу|и)(?=[^\p{L}]|$)/giu;

/** The language of a text by its letters and common words: ru, uk, en, or null when it has no words. */
export function detectLang(text: string): Lang | null {
  const cyr = (text.match(/[а-яёіїєґ]/giu) ?? []).length;
  const lat = (text.match(/[a-z]/gi) ?? []).length;
  if (cyr === 0 && lat === 0) return null;
  if (lat > cyr * 1.5) return "en";
  if (cyr === 0) return "en";
  let uk = (text.match(/[іїєґ]/giu) ?? []).length * 2 + (text.match(/[a-zа-я]'[a-zа-я]/giu) ?? []).length;
  let ru = (text.match(/[ыэъё]/giu) ?? []).length * 2;
  uk += (text.match(UK_WORDS) ?? []).length;
  ru += (text.match(RU_WORDS) ?? []).length;
  if (uk === ru) return lat > cyr ? "en" : "ru";
  return uk > ru ? "uk" : "ru";
}
