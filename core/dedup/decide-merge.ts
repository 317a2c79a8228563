import type { MessageIntent, ParsedMessage } from "../types.js";

/**
 * Where a processed message goes: a new order, an existing one, or nowhere. Pure; encodes the grouping
 * rules (FORMAT.md): redelivery is stopped earlier by the message key; edits re-apply to their order (2);
 * follow-ups join the customer's most recent draft within the merge window (3); customers are already
 * resolved across channels (4); replies join the order of their thread whatever the time (5); only the
 * customer's own orders are candidates (6); "a separate order" starts a new one (7); non-orders create
 * none and auto-replies never change lines (8).
 */

export interface OrderCandidate {
  orderId: string;
  /** Still a draft: not confirmed by a manager and in the workflow's "new" group. */
  draft: boolean;
  /** ISO time of the last customer message that joined the order. */
  lastMessageAt: string;
}

export type MessageRole = "order" | "details" | "note" | "auto_reply";

export type MergeDecision =
  | { action: "create"; role: "order" }
  | { action: "join"; orderId: string; role: MessageRole; why: MergeReason }
  | { action: "none"; why: "not_an_order" | "no_open_order" };

export type MergeReason = "edit" | "thread" | "follow_up" | "note";

export interface MergeInput {
  parsed: Pick<ParsedMessage, "intent" | "isOrder" | "separateOrder">;
  /** When (ISO) the message was received; the merge window is measured against it, not the wall clock. */
  receivedAt: string;
  /** The order this message already belongs to (an edit of a linked message). */
  editOf: OrderCandidate | null;
  /** The customer's order whose thread this message replies to (email In-Reply-To/References, messenger reply). */
  thread: OrderCandidate | null;
  /** The customer's drafts, any order. */
  drafts: OrderCandidate[];
  mergeWindowMinutes: number;
}

function roleOf(intent: MessageIntent): MessageRole {
  if (intent === "order") return "order";
  if (intent === "details") return "details";
  if (intent === "auto_reply") return "auto_reply";
  return "note";
}

function latestOpenDraft(input: MergeInput): OrderCandidate | null {
  const at = Date.parse(input.receivedAt);
  const windowMs = input.mergeWindowMinutes * 60_000;
  let best: OrderCandidate | null = null;
  for (const d of input.drafts) {
    if (!d.draft) continue;
    const last = Date.parse(d.lastMessageAt);
    // A message may arrive slightly out of order (redelivery, clock skew): it still belongs in the window.
    if (at - last > windowMs) continue;
    if (!best || last > Date.parse(best.lastMessageAt)) best = d;
  }
  return best;
}

export function decideMerge(input: MergeInput): MergeDecision {
  const { parsed } = input;
  const role = roleOf(parsed.intent);

  if (role === "auto_reply") {
    const target = input.editOf ?? input.thread;
    return target
      ? { action: "join", orderId: target.orderId, role, why: "thread" }
      : { action: "none", why: "not_an_order" };
  }
  if (input.editOf) return { action: "join", orderId: input.editOf.orderId, role, why: "edit" };
  // "A separate order": a new one, even when the rules did not recognise its items yet (rule 7).
  if (parsed.separateOrder && (role === "order" || role === "details")) return { action: "create", role: "order" };
  if (input.thread) return { action: "join", orderId: input.thread.orderId, role, why: "thread" };

  const draft = latestOpenDraft(input);
  if (parsed.isOrder) {
    return draft
      ? { action: "join", orderId: draft.orderId, role, why: "follow_up" }
      : { action: "create", role: "order" };
  }
  if (draft) return { action: "join", orderId: draft.orderId, role, why: role === "note" ? "note" : "follow_up" };
  return { action: "none", why: role === "details" ? "no_open_order" : "not_an_order" };
}

/**
 * When a message reveals that two customers are one person (a phone or email shared across channels),
 * their open drafts written within the merge window of each other are the same order cross-posted
 * (rule 4): each draft of the customer being merged in joins the closest draft of the other side.
 * Returns the pairs to merge; the later-created order of each pair is folded into the earlier one.
 */
export function crossPostedDrafts(
  own: (OrderCandidate & { number: number })[],
  mergedIn: (OrderCandidate & { number: number })[],
  mergeWindowMinutes: number,
): { from: string; into: string }[] {
  const windowMs = mergeWindowMinutes * 60_000;
  const pairs: { from: string; into: string }[] = [];
  const taken = new Set<string>();
  for (const m of mergedIn.filter((d) => d.draft)) {
    let best: (OrderCandidate & { number: number }) | null = null;
    let bestGap = Number.POSITIVE_INFINITY;
    for (const o of own) {
      if (!o.draft || taken.has(o.orderId)) continue;
      const gap = Math.abs(Date.parse(o.lastMessageAt) - Date.parse(m.lastMessageAt));
      if (gap <= windowMs && gap < bestGap) {
        best = o;
        bestGap = gap;
      }
    }
    if (!best) continue;
    taken.add(best.orderId);
    const [into, from] = best.number < m.number ? [best, m] : [m, best];
    pairs.push({ from: from.orderId, into: into.orderId });
  }
  return pairs;
}
