import { DomainError } from "../core/errors.js";
import type { Actor, Order, OrderEvent } from "../core/types.js";
import { applyTransition, type Transition, type Workflow } from "../core/workflow/index.js";
import type { OrderStore } from "../storage/order-store.js";
import type { PublishedEvent } from "./ports.js";

/**
 * What managers (Telegram buttons and commands, the REST API) do to orders. Each action runs the pure
 * workflow inside a transaction that holds the customer's lock (the pipeline takes the same one), writes
 * the audit event, and publishes it after commit.
 */
export function createOrderActions(deps: {
  store: OrderStore;
  workflow: Workflow;
  publish: (e: PublishedEvent) => Promise<void>;
  clock?: () => Date;
}) {
  const { store, workflow } = deps;
  const clock = deps.clock ?? (() => new Date());

  async function run(
    orderId: string,
    make: (o: Order) => { order: Order; events: OrderEvent[] } | DomainError,
    opts: { expectedVersion?: number } = {},
  ) {
    const first = await store.getOrder(orderId);
    if (!first) throw new DomainError("not_found", `order ${orderId} not found`);
    const published: PublishedEvent[] = [];
    const order = await store.transaction(async (tx) => {
      await store.lockKeys(tx, [`customer:${first.customerId}`]);
      const current = await store.getOrder(orderId, tx);
      if (!current) throw new DomainError("not_found", `order ${orderId} not found`);
      if (opts.expectedVersion !== undefined && current.version !== opts.expectedVersion) {
        throw new DomainError("conflict", `order #${current.number} has changed since`, { order: current });
      }
      const result = make(current);
      if (result instanceof DomainError) throw result;
      if (result.order !== current && !(await store.saveOrder(tx, result.order, current.version))) {
        throw new DomainError("conflict", `order #${current.number} changed concurrently`, { order: current });
      }
      await store.addEvents(tx, result.events);
      for (const event of result.events) published.push({ event, order: result.order });
      return result.order;
    });
    for (const p of published) await deps.publish(p);
    return order;
  }

  const transition = (orderId: string, t: Transition, actor: Actor, opts?: { expectedVersion?: number }) =>
    run(
      orderId,
      (o) => {
        const result = applyTransition(o, t, actor, clock().toISOString(), workflow);
        return result.ok ? result : result.error;
      },
      opts,
    );

  return {
    confirm: (orderId: string, actor: Actor, opts?: { expectedVersion?: number }) =>
      transition(orderId, { type: "confirm" }, actor, opts),
    move: (orderId: string, to: string, actor: Actor, opts?: { reason?: string; expectedVersion?: number }) =>
      transition(orderId, { type: "status", to, reason: opts?.reason }, actor, opts),
    assign: (orderId: string, assigneeId: string | null, actor: Actor) =>
      transition(orderId, { type: "assign", assigneeId }, actor),
    take: (orderId: string, managerId: string, actor: Actor) => transition(orderId, { type: "take", managerId }, actor),
    /** A manager's note on the order (audit only; the order itself does not change). */
    addNote: (orderId: string, text: string, actor: Actor) =>
      run(orderId, (o) => {
        const note = text.trim();
        if (!note) return new DomainError("invalid_input", "a note needs text");
        const at = clock().toISOString();
        return {
          order: o,
          events: [{ type: "order.note_added", orderId: o.id, at, actor, after: { note: note.slice(0, 4000) } }],
        };
      }),
  };
}

export type OrderActions = ReturnType<typeof createOrderActions>;
