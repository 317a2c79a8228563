/**
 * Parser throughput on a synthetic 5,000-product catalog: `npm run bench:parse`.
 * Prints index build time, messages per second and p50/p99 latency. No assertions: numbers only.
 */
import { performance } from "node:perf_hooks";
import { createCatalogIndex, parseMessage } from "../../core/parse/index.js";
import type { Catalog, Product, Unit } from "../../core/types.js";

// a deterministic generator so runs are comparable
let seed = 42;
const rand = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

const nouns = [
  "чай",
  "кофе",
  "сироп",
  "роза",
  "тюльпан",
  "цемент",
  "саморез",
  "дюбель",
  "краска",
  "кабель",
  "профиль",
  "молоко",
  "сыр",
  "хлеб",
  "мёд",
  "рис",
  "паста",
  "шоколад",
  "ваза",
  "кружка",
  "perfume",
  "lamp",
  "bolt",
  "hose",
  "filter",
  "brush",
  "tile",
  "glue",
  "rope",
  "tape",
];
const adjectives = [
  "красный",
  "белый",
  "зелёный",
  "чёрный",
  "большой",
  "малый",
  "премиум",
  "эконом",
  "classic",
  "pro",
  "mini",
  "max",
  "ароматный",
  "влагостойкий",
  "быстрый",
  "мягкий",
  "жёсткий",
  "гладкий",
  "medium",
  "strong",
];
const brands = [
  "Альфа",
  "Бета",
  "Гамма",
  "Delta",
  "Omega",
  "Север",
  "Юг",
  "Nord",
  "Sol",
  "Terra",
  "Vento",
  "Кедр",
  "Липа",
  "Орион",
  "Вега",
  "Zenit",
  "Astra",
  "Luna",
  "Mira",
  "Polar",
];
const sizes = ["250 г", "500 г", "1 кг", "100 мл", "330 мл", "1 л", "5 л", "10 шт", "50 шт", "60 см", "12 мм", ""];
const units: Unit[] = ["pcs", "pcs", "pcs", "pack", "kg", "m", "box", "set"];

const products: Product[] = [];
for (let i = 0; i < 5000; i++) {
  const noun = pick(nouns);
  const name = `${noun[0]?.toUpperCase()}${noun.slice(1)} ${pick(adjectives)} ${pick(brands)} ${pick(sizes)}`.trim();
  products.push({
    sku: `SKU-${String(i).padStart(5, "0")}-${pick(["A", "B", "C"])}${i % 97}`,
    name,
    aliases: rand() < 0.5 ? [`${pick(adjectives)} ${noun}`] : undefined,
    unit: pick(units),
    price: Math.round(rand() * 5000) / 10,
  });
}
const catalog: Catalog = { currency: "RUB", products };

const t0 = performance.now();
const index = createCatalogIndex(catalog);
const buildMs = performance.now() - t0;

const templates = [
  (a: Product, b: Product) =>
    `Добрый день! ${a.name} 2 шт и ${b.name.toLowerCase()} одну. Доставка завтра, ул. Ленина 5 кв 12, тел 8 912 345-67-89`,
  (a: Product, b: Product) => `Заказ:\n${a.name} — 3\n${b.name} х2\nАдрес: пр-т Мира 10, кв. 4\nИван`,
  (a: Product) => `нужно ${a.sku} 10 штук и ${pick(adjectives)} ${pick(nouns)} пару`,
  (a: Product, b: Product) =>
    `Hi, could I get 2 x ${a.name} and a couple of ${b.name}? Deliver on Friday to 14 Pushkin St, apt 3. +7 921 555 01 99`,
  () => "Здравствуйте, сколько стоит доставка в Подольск?",
  (a: Product) => `${a.name.split(" ").slice(0, 2).join(" ").toLowerCase()} пару пачек, спасибо`,
];
const messages: string[] = [];
for (let i = 0; i < 2000; i++) messages.push(pick(templates)(pick(products), pick(products)));

// warm-up
for (const text of messages.slice(0, 200)) parseMessage({ text, receivedAt: "2026-03-02T09:15:00+03:00" }, index);

const times: number[] = [];
const start = performance.now();
for (const text of messages) {
  const s = performance.now();
  parseMessage({ text, receivedAt: "2026-03-02T09:15:00+03:00" }, index);
  times.push(performance.now() - s);
}
const total = performance.now() - start;
times.sort((a, b) => a - b);
const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
console.log(`catalog: ${products.length} products, index built in ${buildMs.toFixed(1)} ms`);
console.log(`messages: ${messages.length}, ${(messages.length / (total / 1000)).toFixed(0)} msg/s`);
console.log(`latency: p50 ${q(0.5).toFixed(3)} ms, p99 ${q(0.99).toFixed(3)} ms, max ${q(1).toFixed(3)} ms`);
