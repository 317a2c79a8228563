import { createCatalogIndex, emptyReading, parseMessage } from "../../core/parse/index.js";
import type { Catalog, InboundMessage, Order, ParsedMessage } from "../../core/types.js";

/** Fixture builders: a test says only what matters to it. */

let seq = 0;

export function buildInbound(overrides: Partial<InboundMessage> = {}): InboundMessage {
  seq++;
  return {
    channel: "telegram",
    account: "test-bot",
    externalId: `tg:1000:${seq}`,
    sender: { telegramId: "1000", name: "Test Customer" },
    receivedAt: "2026-05-04T10:00:00+03:00",
    text: "2 black tea please",
    ...overrides,
  };
}

export function buildOrder(overrides: Partial<Order> = {}): Order {
  return {
    id: "order-1",
    number: 1001,
    status: "new",
    confirmedAt: null,
    customerId: "customer-1",
    channel: "telegram",
    lines: [],
    unknownItems: [],
    phone: null,
    email: null,
    name: null,
    address: null,
    deliveryDate: null,
    assigneeId: null,
    needsReview: false,
    reviewReasons: [],
    cancelReason: null,
    currency: "UAH",
    lastMessageAt: "2026-05-04T10:00:00.000Z",
    createdAt: "2026-05-04T10:00:00.000Z",
    updatedAt: "2026-05-04T10:00:00.000Z",
    version: 1,
    ...overrides,
  };
}

/** A small hardware-and-garden shop: deliberately unlike any corpus catalog. */
export const GARDEN_CATALOG: Catalog = {
  currency: "UAH",
  products: [
    { sku: "HOSE-25", name: "Шланг садовий 25 м", aliases: ["шланг", "garden hose"], unit: "pcs", price: 620 },
    {
      sku: "GLOVES-L",
      name: "Рукавички робочі L",
      aliases: ["рукавички", "перчатки", "gloves"],
      unit: "pcs",
      price: 85,
    },
    { sku: "SOIL-50", name: "Грунт універсальний 50 л", aliases: ["грунт", "земля", "soil"], unit: "pcs", price: 240 },
    {
      sku: "SEED-TOM",
      name: "Насіння томатів",
      aliases: ["насіння томатів", "семена томатов", "tomato seeds"],
      unit: "pack",
      price: 35,
    },
    { sku: "SHOVEL", name: "Лопата штикова", aliases: ["лопата", "shovel"], unit: "pcs", price: 410 },
    {
      sku: "FERT-KG",
      name: "Добриво комплексне (ваговий)",
      aliases: ["добриво", "удобрение", "fertilizer"],
      unit: "kg",
      price: 120,
    },
  ],
};

/** An order reading by the rules; a test names the fields it cares about. */
export function buildParsed(overrides: Partial<ParsedMessage> = {}): ParsedMessage {
  return { ...emptyReading("order", 0.9), isOrder: true, ...overrides };
}

/** A reader of one catalog: the catalog lines of a text as "SKU:qty", sorted. */
export function linesOf(catalog: Catalog, receivedAt = "2026-04-07T10:00:00+03:00"): (text: string) => string[] {
  const index = createCatalogIndex(catalog);
  return (text) =>
    parseMessage({ text, receivedAt }, index)
      .items.map((l) => `${l.sku}:${l.qty}`)
      .sort();
}
