import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Actor } from "../../core/types.js";
import { applyTransition, DEFAULT_WORKFLOW, parseWorkflow } from "../../core/workflow/index.js";
import { loadWorkflow } from "../../intake/workflow-file.js";
import { buildOrder } from "../support/builders.js";

const wf = parseWorkflow(DEFAULT_WORKFLOW);
const manager: Actor = { type: "manager", managerId: "m1", name: "Olena" };
const NOW = "2026-05-04T12:00:00.000Z";

describe("default workflow", () => {
  it("has the statuses shops use, each named in ru, uk and en", () => {
    expect(wf.statuses.map((s) => s.id)).toEqual([
      "new",
      "awaiting_payment",
      "paid",
      "processing",
      "picking",
      "packed",
      "shipped",
      "in_transit",
      "delivered",
      "completed",
      "cancelled",
      "returned",
    ]);
    for (const s of wf.statuses) {
      expect(s.names.ru && s.names.uk && s.names.en, s.id).toBeTruthy();
      expect(new Set(Object.values(s.names)).size, `${s.id} names look untranslated`).toBeGreaterThan(1);
    }
    expect(wf.status("cancelled")?.group).toBe("cancelled");
    expect(wf.status("delivered")?.group).toBe("done");
  });
});

describe("applyTransition", () => {
  it("confirms a draft without mutating the input, and records the change", () => {
    const order = buildOrder();
    const result = applyTransition(order, { type: "confirm" }, manager, NOW, wf);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.order.confirmedAt).toBe(NOW);
    expect(result.order.version).toBe(2);
    expect(order.confirmedAt).toBeNull();
    expect(result.events).toEqual([
      expect.objectContaining({
        type: "order.confirmed",
        actor: manager,
        before: { confirmedAt: null },
        after: { confirmedAt: NOW },
      }),
    ]);
  });

  it("refuses to confirm twice", () => {
    const result = applyTransition(buildOrder({ confirmedAt: NOW }), { type: "confirm" }, manager, NOW, wf);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe("conflict");
  });

  it("moves along allowed transitions and confirms on the way", () => {
    const r = applyTransition(buildOrder(), { type: "status", to: "processing" }, manager, NOW, wf);
    expect(r.ok && r.order.status).toBe("processing");
    expect(r.ok && r.order.confirmedAt).toBe(NOW);
  });

  it("says which transitions are allowed when one is not", () => {
    const r = applyTransition(buildOrder({ status: "new" }), { type: "status", to: "delivered" }, manager, NOW, wf);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.kind).toBe("conflict");
    expect(r.error.message).toContain("awaiting_payment, processing, cancelled");
    expect(r.error.details.allowed).toEqual(["awaiting_payment", "processing", "cancelled"]);
  });

  it("rejects an unknown status as invalid input", () => {
    const r = applyTransition(buildOrder(), { type: "status", to: "teleported" }, manager, NOW, wf);
    expect(!r.ok && r.error.kind).toBe("invalid_input");
  });

  it("needs a reason to cancel, and keeps it", () => {
    const without = applyTransition(buildOrder(), { type: "status", to: "cancelled" }, manager, NOW, wf);
    expect(!without.ok && without.error.kind).toBe("invalid_input");
    const withReason = applyTransition(
      buildOrder(),
      { type: "status", to: "cancelled", reason: "customer changed mind" },
      manager,
      NOW,
      wf,
    );
    expect(withReason.ok && withReason.order.cancelReason).toBe("customer changed mind");
  });

  it("lets one manager take an order and tells the next who has it", () => {
    const taken = applyTransition(buildOrder(), { type: "take", managerId: "m1" }, manager, NOW, wf);
    expect(taken.ok).toBe(true);
    if (!taken.ok) return;
    const again = applyTransition(taken.order, { type: "take", managerId: "m2" }, manager, NOW, wf);
    expect(!again.ok && again.error.details.assigneeId).toBe("m1");
    const same = applyTransition(taken.order, { type: "take", managerId: "m1" }, manager, NOW, wf);
    expect(same.ok).toBe(true);
  });
});

describe("custom workflows", () => {
  it("loads a shop's YAML file", () => {
    const file = path.join(tmpdir(), `wf-${process.pid}.yaml`);
    writeFileSync(
      file,
      `initial: received
statuses:
  - id: received
    group: new
    names: { ru: Принят, uk: Прийнято, en: Received }
    transitions: [baked]
  - id: baked
    group: done
    names: { ru: Испечён, uk: Спечено, en: Baked }
`,
    );
    const custom = loadWorkflow(file);
    expect(custom.initial).toBe("received");
    expect(custom.canMove("received", "baked")).toBe(true);
    expect(custom.name("baked", "uk")).toBe("Спечено");
  });

  it.each([
    [{ initial: "x", statuses: [] }, "statuses"],
    [
      {
        initial: "a",
        statuses: [
          { id: "a", group: "new", names: { ru: "a", uk: "a", en: "a" }, transitions: ["zzz"] },
          { id: "b", group: "done", names: { ru: "b", uk: "b", en: "b" } },
        ],
      },
      'unknown status "zzz"',
    ],
    [
      {
        initial: "nope",
        statuses: [
          { id: "a", group: "new", names: { ru: "a", uk: "a", en: "a" } },
          { id: "b", group: "done", names: { ru: "b", uk: "b", en: "b" } },
        ],
      },
      'initial status "nope"',
    ],
    [
      {
        initial: "a",
        statuses: [
          { id: "a", group: "new", names: { ru: "a", en: "a" } },
          { id: "b", group: "done", names: { ru: "b", uk: "b", en: "b" } },
        ],
      },
      "names.uk",
    ],
  ])("refuses an invalid definition with a readable reason (%#)", (def, fragment) => {
    expect(() => parseWorkflow(def)).toThrow(fragment);
  });
});
