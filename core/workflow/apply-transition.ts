import { DomainError } from "../errors.js";
import type { Actor, Order, OrderEvent } from "../types.js";
import type { Workflow } from "./status-workflow.js";

/** What a manager (or the system) asks to do with an order. */
export type Transition =
  | { type: "confirm" }
  | { type: "status"; to: string; reason?: string }
  | { type: "assign"; assigneeId: string | null }
  | { type: "take"; managerId: string };

export type TransitionResult = { ok: true; order: Order; events: OrderEvent[] } | { ok: false; error: DomainError };

interface Rule<T extends Transition> {
  validate(order: Order, t: T, wf: Workflow): DomainError | null;
  apply(order: Order, t: T, now: string): { changes: Partial<Order>; type: OrderEvent["type"]; reason?: string };
}

const isDraft = (o: Order, wf: Workflow) => o.confirmedAt === null && wf.status(o.status)?.group === "new";

function allowedSentence(order: Order, wf: Workflow): string {
  const next = wf.next(order.status).map((s) => s.id);
  return next.length
    ? `allowed from ${order.status}: ${next.join(", ")}`
    : `no transitions are allowed from ${order.status}`;
}

const rules: { [K in Transition["type"]]: Rule<Extract<Transition, { type: K }>> } = {
  confirm: {
    validate: (o, _t, wf) =>
      isDraft(o, wf)
        ? null
        : new DomainError("conflict", `order #${o.number} is already confirmed (status ${o.status})`, {
            status: o.status,
          }),
    apply: (_o, _t, now) => ({ changes: { confirmedAt: now }, type: "order.confirmed" }),
  },
  status: {
    validate: (o, t, wf) => {
      if (!wf.status(t.to)) {
        return new DomainError("invalid_input", `unknown status "${t.to}"`, {
          statuses: wf.statuses.map((s) => s.id),
        });
      }
      if (!wf.canMove(o.status, t.to)) {
        return new DomainError(
          "conflict",
          `order #${o.number} cannot move from ${o.status} to ${t.to}; ${allowedSentence(o, wf)}`,
          {
            from: o.status,
            to: t.to,
            allowed: wf.next(o.status).map((s) => s.id),
          },
        );
      }
      if (wf.status(t.to)?.requires_reason && !t.reason?.trim()) {
        return new DomainError("invalid_input", `moving order #${o.number} to ${t.to} needs a reason`);
      }
      return null;
    },
    apply: (o, t, now) => {
      const reopened = t.to === "new" || undefined;
      return {
        changes: {
          status: t.to,
          // Moving an order on confirms it; reopening a cancelled one makes it a draft again.
          confirmedAt: reopened ? null : (o.confirmedAt ?? now),
          cancelReason: t.reason?.trim() && !reopened ? t.reason.trim() : o.cancelReason,
        },
        type: "order.status_changed",
        reason: t.reason,
      };
    },
  },
  assign: {
    validate: () => null,
    apply: (_o, t) => ({ changes: { assigneeId: t.assigneeId }, type: "order.assigned" }),
  },
  take: {
    validate: (o, t) =>
      o.assigneeId && o.assigneeId !== t.managerId
        ? new DomainError("conflict", `order #${o.number} is already taken`, { assigneeId: o.assigneeId })
        : null,
    apply: (_o, t) => ({ changes: { assigneeId: t.managerId }, type: "order.assigned" }),
  },
};

/**
 * Applies one transition to an order. Pure: never mutates `order`, never reads the clock.
 * Returns the new order (version bumped) with the events it produced, or the domain error saying why not.
 */
export function applyTransition(
  order: Order,
  transition: Transition,
  actor: Actor,
  now: string,
  workflow: Workflow,
): TransitionResult {
  const rule = rules[transition.type] as Rule<Transition>;
  const error = rule.validate(order, transition, workflow);
  if (error) return { ok: false, error };
  const { changes, type, reason } = rule.apply(order, transition, now);
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes)) {
    const prev = order[key as keyof Order];
    if (prev !== value) {
      before[key] = prev;
      after[key] = value;
    }
  }
  const next: Order = { ...order, ...changes, updatedAt: now, version: order.version + 1 };
  const event: OrderEvent = { type, orderId: order.id, at: now, actor, before, after, ...(reason ? { reason } : {}) };
  return { ok: true, order: next, events: [event] };
}
