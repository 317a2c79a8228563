/**
 * Which fields of a draft order are still missing, and the one question to ask next.
 */
import { type AskableField, QUESTIONS } from "./i18n/questions.js";
import type { Lang, Order } from "./types.js";

/** Which fields a shop needs before a draft can be confirmed. */
export interface RequiredFieldsPolicy {
  phone: boolean;
  address: boolean;
  deliveryDate: boolean;
  lines: boolean;
}

export const DEFAULT_REQUIRED_FIELDS: RequiredFieldsPolicy = Object.freeze({
  phone: true,
  address: true,
  deliveryDate: true,
  lines: true,
});

type Fields = Pick<Order, "phone" | "address" | "deliveryDate" | "lines">;

/** Asked in this order: what is being bought first, then how to reach, where and when. */
const ORDER: readonly AskableField[] = ["lines", "phone", "address", "deliveryDate"];

const blank = (v: string | null | undefined) => v === null || v === undefined || v.trim() === "";

/** The required fields the order lacks, in the order they should be asked. */
export function missingFields(order: Fields, policy: RequiredFieldsPolicy = DEFAULT_REQUIRED_FIELDS): AskableField[] {
  return ORDER.filter((f) => {
    if (!policy[f]) return false;
    if (f === "lines") return order.lines.length === 0;
    return blank(order[f]);
  });
}

/** The next question for the customer in their language, or null when nothing required is missing. */
export function nextQuestion(
  order: Fields,
  policy: RequiredFieldsPolicy,
  lang: Lang,
): { field: AskableField; text: string } | null {
  const field = missingFields(order, policy)[0];
  if (!field) return null;
  return { field, text: QUESTIONS[field][lang] };
}
