import type { Lang } from "../types.js";

/** The order fields a customer may be asked for. */
export type AskableField = "phone" | "address" | "deliveryDate" | "lines";

/** What the shop asks when a field of a draft order is missing, per language. */
export const QUESTIONS: Record<AskableField, Record<Lang, string>> = {
  lines: {
    ru: "Что и в каком количестве вы хотите заказать?",
    uk: "Що і в якій кількості ви хочете замовити?",
    en: "What would you like to order, and how many of each?",
  },
  phone: {
    ru: "Подскажите, пожалуйста, номер телефона для связи.",
    uk: "Підкажіть, будь ласка, номер телефону для зв'язку.",
    en: "Could you share a phone number we can reach you on?",
  },
  address: {
    ru: "На какой адрес доставить заказ?",
    uk: "На яку адресу доставити замовлення?",
    en: "Which address should we deliver the order to?",
  },
  deliveryDate: {
    ru: "На какой день удобно получить доставку?",
    uk: "На який день вам зручно отримати доставку?",
    en: "Which day would suit you for the delivery?",
  },
};
