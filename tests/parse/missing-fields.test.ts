import { describe, expect, it } from "vitest";
import { DEFAULT_REQUIRED_FIELDS, missingFields, nextQuestion } from "../../core/missing-fields.js";

const line = { sku: "A", name: "A", qty: 1, unit: "pcs" as const, price: 1 };
const full = { phone: "+79120000000", address: "ул. Ленина 5", deliveryDate: "2026-03-03", lines: [line] };

describe("missing fields", () => {
  it("lists what is missing in asking order", () => {
    expect(
      missingFields({ phone: null, address: " ", deliveryDate: null, lines: [] }, DEFAULT_REQUIRED_FIELDS),
    ).toEqual(["lines", "phone", "address", "deliveryDate"]);
    expect(missingFields(full, DEFAULT_REQUIRED_FIELDS)).toEqual([]);
  });

  it("respects the policy", () => {
    const policy = { ...DEFAULT_REQUIRED_FIELDS, address: false, deliveryDate: false };
    expect(missingFields({ ...full, address: null, deliveryDate: null }, policy)).toEqual([]);
    expect(missingFields({ ...full, phone: null }, policy)).toEqual(["phone"]);
  });

  it.each([
    ["ru", /телефон/],
    ["uk", /телефону/],
    ["en", /phone/],
  ] as const)("asks for the phone in %s", (lang, re) => {
    const q = nextQuestion({ ...full, phone: null }, DEFAULT_REQUIRED_FIELDS, lang);
    expect(q?.field).toBe("phone");
    expect(q?.text).toMatch(re);
  });

  it("asks nothing when the order is complete", () => {
    expect(nextQuestion(full, DEFAULT_REQUIRED_FIELDS, "ru")).toBeNull();
  });
});
