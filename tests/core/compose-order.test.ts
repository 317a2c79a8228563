import { describe, expect, it } from "vitest";
import { type Contribution, composeOrder, orderTotal } from "../../core/orders/compose-order.js";
import type { ParsedMessage } from "../../core/types.js";
import { buildParsed, GARDEN_CATALOG } from "../support/builders.js";

const productOf = (sku: string) => GARDEN_CATALOG.products.find((p) => p.sku === sku);

const parsed = (p: Partial<ParsedMessage>): ParsedMessage => buildParsed(p);

const c = (
  minute: number,
  role: Contribution["role"],
  p: Partial<ParsedMessage>,
  extra: Partial<Contribution> = {},
): Contribution => ({
  messageId: `m${minute}`,
  receivedAt: `2026-05-04T10:${String(minute).padStart(2, "0")}:00Z`,
  role,
  parsed: parsed(p),
  ...extra,
});

describe("composeOrder", () => {
  it("folds lines, details and sender identities into one order with catalog prices", () => {
    const order = composeOrder(
      [
        c(0, "order", { items: [{ sku: "HOSE-25", qty: 1, confidence: 1 }] }),
        c(
          5,
          "details",
          { intent: "details", isOrder: false, address: "Київ, вул. Лісова 3", deliveryDate: "2026-05-05" },
          { senderPhone: "+380671234567" },
        ),
      ],
      productOf,
    );
    expect(order.lines).toEqual([{ sku: "HOSE-25", name: "Шланг садовий 25 м", qty: 1, unit: "pcs", price: 620 }]);
    expect(order).toMatchObject({ address: "Київ, вул. Лісова 3", deliveryDate: "2026-05-05", phone: "+380671234567" });
    expect(orderTotal(order.lines)).toBe(620);
  });

  it("adds quantities for an additive follow-up and keeps a restatement from doubling", () => {
    const first = c(0, "order", { items: [{ sku: "GLOVES-L", qty: 2, confidence: 1 }] });
    const restated = composeOrder(
      [first, c(3, "order", { items: [{ sku: "GLOVES-L", qty: 2, confidence: 1 }] })],
      productOf,
    );
    expect(restated.lines[0]?.qty).toBe(2);
    const added = composeOrder(
      [first, c(3, "order", { additive: true, items: [{ sku: "GLOVES-L", qty: 1, confidence: 1 }] })],
      productOf,
    );
    expect(added.lines[0]?.qty).toBe(3);
  });

  it("lets a later text phone override the sender's, and ignores notes", () => {
    const order = composeOrder(
      [
        c(0, "order", { items: [{ sku: "SHOVEL", qty: 1, confidence: 1 }] }, { senderPhone: "+380500000000" }),
        c(1, "note", {
          intent: "question",
          isOrder: false,
          phone: "+380991111111",
          items: [{ sku: "SOIL-50", qty: 9, confidence: 1 }],
        }),
        c(2, "details", { intent: "details", isOrder: false, phone: "+380672222222" }),
      ],
      productOf,
    );
    expect(order.phone).toBe("+380672222222");
    expect(order.lines.map((l) => l.sku)).toEqual(["SHOVEL"]);
  });

  it("flags unknown items for review instead of dropping them", () => {
    const order = composeOrder(
      [c(0, "order", { unknownItems: [{ text: "газонокосарка", suggestions: [] }] })],
      productOf,
    );
    expect(order.unknownItems).toEqual([{ text: "газонокосарка", suggestions: [] }]);
    expect(order.needsReview).toBe(true);
  });
});
