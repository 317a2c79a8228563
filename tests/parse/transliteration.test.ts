import { describe, expect, it } from "vitest";
import { baseFold, soundKey, wordSimilarity } from "../../core/parse/normalize.js";
import { tokenize } from "../../core/parse/tokenize.js";
import type { Catalog } from "../../core/types.js";
import { linesOf } from "../support/builders.js";

// an invented gadget kiosk with an English catalog, and a Russian garden shop
const gadgets: Catalog = {
  currency: "UAH",
  products: [
    { sku: "K-CAB-CC", name: "USB-C to USB-C cable 1 m", unit: "pcs", price: 200 },
    { sku: "K-CAB-AL", name: "USB-A to Lightning cable 1 m", unit: "pcs", price: 200 },
    { sku: "K-CHG-ZN", name: "Zentro 25W charger", unit: "pcs", price: 500 },
    { sku: "K-PB-ZN", name: "Zentro power bank 10000 mAh", unit: "pcs", price: 900 },
    { sku: "K-CASE-QP", name: "Qphone 12 silicone case black", unit: "pcs", price: 300 },
    { sku: "K-HP-MB", name: "Morbeat wireless headphones", unit: "pcs", price: 1500 },
  ],
};
const garden: Catalog = {
  currency: "RUB",
  products: [
    { sku: "G-POT-14", name: "Горшок керамический 14 см", unit: "pcs", price: 300 },
    { sku: "G-SOIL", name: "Грунт универсальный 20 л", unit: "pcs", price: 250 },
    { sku: "G-VASE", name: "Ваза стеклянная 30 см", unit: "pcs", price: 900 },
    { sku: "G-GLOVE", name: "Перчатки садовые (пара)", unit: "pcs", price: 190 },
  ],
};

describe("brand and model words written in the other alphabet", () => {
  it.each([
    ["айфон", "iphone"],
    ["сяомі", "xiaomi"],
    ["хуавей", "huawei"],

    ["лайтнінг", "lightning"],
    ["эппл", "apple"],
    ["югрин", "ugreen"],
  ])("%s sounds like %s", (cyr, lat) => {
    expect(soundKey(baseFold(cyr))).toBe(soundKey(baseFold(lat)));
    expect(soundKey(baseFold(cyr))).not.toBe("");
  });

  // German "sch" and "qu", English "j", and Latin letters with marks, as they are spelled in Cyrillic
  it.each([
    ["швепс", "Schweppes"],
    ["урквелл", "Urquell"],
    ["джемесон", "Jameson"],
  ])("%s is near %s", (cyr, lat) => {
    const [a, b] = [baseFold(cyr), baseFold(lat)];
    expect(wordSimilarity(a, b)).toBeGreaterThanOrEqual(0.8);
  });

  it.each([
    ["Moët", "moet"],
    ["Jägermeister", "zhagermeister"],
    ["Añejo", "anezho"],
    ["Weißbier", "veisbier"],
    // "щ" is no German "sch": "счет" is not "Shell"
    ["счет", "schet"],
  ])("%s folds to %s", (word, want) => {
    expect(baseFold(word)).toBe(want);
  });

  it.each([
    ["ручка", "rack"],
    ["набір", "number"],
  ])("%s does not sound like %s", (a, b) => {
    expect(soundKey(baseFold(a))).not.toBe(soundKey(baseFold(b)));
  });

  it.each(["тайп сі", "type c", "Type-C", "юсб сі", "usb type c"])("'%s' is the USB-C connector", (text) => {
    expect(tokenize(text).map((t) => t.key)).toEqual(["usbk"]);
  });
});

describe("an English catalog read from Cyrillic orders", () => {
  const read = linesOf(gadgets);
  it.each([
    ["кабель тайп сі - тайп сі 2 шт", ["K-CAB-CC:2"]],
    ["кабель лайтнінг", ["K-CAB-AL:1"]],
    ["зарядку зентро на 25 ват", ["K-CHG-ZN:1"]],
    ["повербанк зентро 2 шт", ["K-PB-ZN:2"]],
    ["навушники морбіт", ["K-HP-MB:1"]],
    ["qphone 12 case black", ["K-CASE-QP:1"]],
    ["2 qphone 12 silicone case", ["K-CASE-QP:2"]],
    ["two Qphone 12 black silicone cases", ["K-CASE-QP:2"]],
  ])("%s", (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe("a Russian garden catalog read from English orders", () => {
  const read = linesOf(garden);
  it.each([
    ["2 ceramic pots 14 cm", ["G-POT-14:2"]],
    ["potting soil 20 L", ["G-SOIL:1"]],
    ["a glass vase please", ["G-VASE:1"]],
    ["a pair of gardening gloves", ["G-GLOVE:1"]],
    ["пару перчаток и вазу, заберу сама после 18", ["G-GLOVE:1", "G-VASE:1"]],
  ])("%s", (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
