/**
 * Dedup/merge accuracy over labelled scenarios (FORMAT.md): pairwise precision and recall of "these two
 * order messages are in the same order" over the messages listed in expected_orders, orders created
 * versus expected, and false orders (orders made only of messages that must create none).
 */

export interface ScenarioOutcome {
  id: string;
  expectedOrders: string[][];
  notOrders: string[];
  /** Message key → the order it ended in (null: none). */
  orderOf: Record<string, string | null>;
}

export interface ScenarioScores {
  n: number;
  pairwise_precision: number;
  pairwise_recall: number;
  orders_created: number;
  orders_expected: number;
  false_orders: number;
  /** Scenarios whose grouping was exactly right. */
  exact_scenarios: number;
  failures: { id: string; expected: string[][]; got: Record<string, string | null> }[];
}

export function scoreScenarios(outcomes: ScenarioOutcome[]): ScenarioScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let created = 0;
  let expected = 0;
  let falseOrders = 0;
  let exact = 0;
  const failures: ScenarioScores["failures"] = [];

  for (const s of outcomes) {
    const groupOf = new Map<string, number>();
    s.expectedOrders.forEach((g, i) => {
      for (const k of g) groupOf.set(k, i);
    });
    const keys = [...groupOf.keys()];
    let scenarioOk = true;
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        const a = keys[i] as string;
        const b = keys[j] as string;
        const same = groupOf.get(a) === groupOf.get(b);
        const oa = s.orderOf[a];
        const ob = s.orderOf[b];
        const predicted = oa != null && oa === ob;
        if (same && predicted) tp++;
        else if (!same && predicted) fp++;
        else if (same && !predicted) fn++;
        if (same !== predicted) scenarioOk = false;
      }
    }
    for (const k of keys) if (s.orderOf[k] == null) scenarioOk = false;
    const members = new Map<string, string[]>();
    for (const [key, order] of Object.entries(s.orderOf)) {
      if (order) members.set(order, [...(members.get(order) ?? []), key]);
    }
    created += members.size;
    expected += s.expectedOrders.length;
    const notOrders = new Set(s.notOrders);
    for (const keysOfOrder of members.values()) if (keysOfOrder.every((k) => notOrders.has(k))) falseOrders++;
    if (members.size !== s.expectedOrders.length) scenarioOk = false;
    if (scenarioOk) exact++;
    else failures.push({ id: s.id, expected: s.expectedOrders, got: s.orderOf });
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    n: outcomes.length,
    pairwise_precision: ratio(tp, tp + fp),
    pairwise_recall: ratio(tp, tp + fn),
    orders_created: created,
    orders_expected: expected,
    false_orders: falseOrders,
    exact_scenarios: exact,
    failures,
  };
}
