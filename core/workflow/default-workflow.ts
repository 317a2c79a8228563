import type { WorkflowDef } from "./status-workflow.js";

/** The statuses most shops use. A shop's `WORKFLOW_FILE` replaces this whole definition. */
export const DEFAULT_WORKFLOW: WorkflowDef = {
  initial: "new",
  statuses: [
    {
      id: "new", group: "new", emoji: "🆕", color: "#3b82f6",
      names: { ru: "Новый", uk: "Новий", en: "New" },
      transitions: ["awaiting_payment", "processing", "cancelled"],
      requires_reason: false, silent: true,
    },
    {
      id: "awaiting_payment", group: "in_progress", emoji: "💳", color: "#f59e0b",
      names: { ru: "Ожидает оплаты", uk: "Очікує оплати", en: "Awaiting payment" },
      transitions: ["paid", "cancelled"], requires_reason: false, silent: false, sla_minutes: 1440,
    },
    {
      id: "paid", group: "in_progress", emoji: "💰", color: "#10b981",
      names: { ru: "Оплачен", uk: "Оплачено", en: "Paid" },
      transitions: ["processing", "cancelled"], requires_reason: false, silent: false,
    },
    {
      id: "processing", group: "in_progress", emoji: "⚙️", color: "#6366f1",
      names: { ru: "В работе", uk: "В роботі", en: "Processing" },
      transitions: ["picking", "cancelled"], requires_reason: false, silent: false,
    },
    {
      id: "picking", group: "in_progress", emoji: "🧺", color: "#8b5cf6",
      names: { ru: "Комплектуется", uk: "Комплектується", en: "Picking" },
      transitions: ["packed", "cancelled"], requires_reason: false, silent: true,
    },
    {
      id: "packed", group: "in_progress", emoji: "📦", color: "#a855f7",
      names: { ru: "Упакован", uk: "Упаковано", en: "Packed" },
      transitions: ["shipped", "cancelled"], requires_reason: false, silent: false,
    },
    {
      id: "shipped", group: "in_progress", emoji: "🚚", color: "#0ea5e9",
      names: { ru: "Отправлен", uk: "Відправлено", en: "Shipped" },
      transitions: ["in_transit", "delivered", "returned"], requires_reason: false, silent: false,
    },
    {
      id: "in_transit", group: "in_progress", emoji: "🛣️", color: "#06b6d4",
      names: { ru: "В пути", uk: "В дорозі", en: "In transit" },
      transitions: ["delivered", "returned"], requires_reason: false, silent: true,
    },
    {
      id: "delivered", group: "done", emoji: "📬", color: "#22c55e",
      names: { ru: "Доставлен", uk: "Доставлено", en: "Delivered" },
      transitions: ["completed", "returned"], requires_reason: false, silent: false,
    },
    {
      id: "completed", group: "done", emoji: "✅", color: "#16a34a",
      names: { ru: "Выполнен", uk: "Виконано", en: "Completed" },
      transitions: ["returned"], requires_reason: false, silent: true,
    },
    {
      id: "cancelled", group: "cancelled", emoji: "❌", color: "#ef4444",
      names: { ru: "Отменён", uk: "Скасовано", en: "Cancelled" },
      transitions: ["new"], requires_reason: true, silent: false,
    },
    {
      id: "returned", group: "cancelled", emoji: "↩️", color: "#f97316",
      names: { ru: "Возврат", uk: "Повернення", en: "Returned" },
      transitions: [], requires_reason: true, silent: false,
    },
  ],
};
