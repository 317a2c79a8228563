import { describe, expect, it } from "vitest";
import { crossPostedDrafts, decideMerge, type MergeInput, type OrderCandidate } from "../../core/dedup/decide-merge.js";

const order = (parsed: Partial<MergeInput["parsed"]> = {}) => ({
  intent: "order" as const,
  isOrder: true,
  separateOrder: false,
  ...parsed,
});
const details = { intent: "details" as const, isOrder: false, separateOrder: false };
const greeting = { intent: "greeting" as const, isOrder: false, separateOrder: false };
const autoReply = { intent: "auto_reply" as const, isOrder: false, separateOrder: false };

const draft = (id: string, lastMessageAt: string, isDraft = true): OrderCandidate => ({
  orderId: id,
  draft: isDraft,
  lastMessageAt,
});

const base: MergeInput = {
  parsed: order(),
  receivedAt: "2026-05-04T10:00:00Z",
  editOf: null,
  thread: null,
  drafts: [],
  mergeWindowMinutes: 120,
};

describe("decideMerge", () => {
  it("creates an order for a first order message", () => {
    expect(decideMerge(base)).toEqual({ action: "create", role: "order" });
  });

  it("joins a follow-up to the draft within the window (rule 3)", () => {
    const d = decideMerge({ ...base, drafts: [draft("o1", "2026-05-04T08:30:00Z")] });
    expect(d).toMatchObject({ action: "join", orderId: "o1", why: "follow_up" });
  });

  it("starts a new order after the window has passed (rule 3)", () => {
    expect(decideMerge({ ...base, drafts: [draft("o1", "2026-05-04T07:59:00Z")] })).toEqual({
      action: "create",
      role: "order",
    });
  });

  it("joins the most recent draft when a customer has several", () => {
    const d = decideMerge({
      ...base,
      drafts: [draft("old", "2026-05-04T09:00:00Z"), draft("recent", "2026-05-04T09:50:00Z")],
    });
    expect(d).toMatchObject({ action: "join", orderId: "recent" });
  });

  it("does not join a confirmed order by time alone", () => {
    expect(decideMerge({ ...base, drafts: [draft("o1", "2026-05-04T09:59:00Z", false)] })).toEqual({
      action: "create",
      role: "order",
    });
  });

  it("joins the order of the thread whatever the time (rule 5)", () => {
    const d = decideMerge({
      ...base,
      parsed: details,
      receivedAt: "2026-05-09T10:00:00Z",
      thread: draft("t1", "2026-05-04T10:00:00Z", false),
    });
    expect(d).toMatchObject({ action: "join", orderId: "t1", role: "details", why: "thread" });
  });

  it("starts a new order for an explicit separate order, even inside a thread (rule 7)", () => {
    const d = decideMerge({
      ...base,
      parsed: order({ separateOrder: true }),
      drafts: [draft("o1", "2026-05-04T09:59:00Z")],
      thread: draft("o1", "2026-05-04T09:59:00Z"),
    });
    expect(d).toEqual({ action: "create", role: "order" });
  });

  it("starts a new order when the customer says it is separate, even before its items are recognised", () => {
    const d = decideMerge({
      ...base,
      parsed: { ...details, separateOrder: true },
      drafts: [draft("o1", "2026-05-04T09:59:00Z")],
    });
    expect(d).toEqual({ action: "create", role: "order" });
    expect(
      decideMerge({
        ...base,
        parsed: { ...greeting, separateOrder: true },
        drafts: [draft("o1", "2026-05-04T09:59:00Z")],
      }),
    ).toMatchObject({ action: "join", role: "note" });
  });

  it("re-applies an edit to the order it belongs to (rule 2)", () => {
    const d = decideMerge({
      ...base,
      editOf: draft("o9", "2026-05-04T09:00:00Z"),
      drafts: [draft("o1", "2026-05-04T09:59:00Z")],
    });
    expect(d).toMatchObject({ action: "join", orderId: "o9", why: "edit" });
  });

  it("creates nothing for a greeting or for details without an open draft (rule 8)", () => {
    expect(decideMerge({ ...base, parsed: greeting })).toEqual({ action: "none", why: "not_an_order" });
    expect(decideMerge({ ...base, parsed: details })).toEqual({ action: "none", why: "no_open_order" });
  });

  it("attaches a greeting to an open draft as a note, never as lines", () => {
    expect(decideMerge({ ...base, parsed: greeting, drafts: [draft("o1", "2026-05-04T09:59:00Z")] })).toMatchObject({
      role: "note",
    });
  });

  it("never lets an auto-reply join lines, even inside the thread (rule 8 over rule 5)", () => {
    const d = decideMerge({
      ...base,
      parsed: autoReply,
      thread: draft("o1", "2026-05-04T09:59:00Z"),
      drafts: [draft("o1", "2026-05-04T09:59:00Z")],
    });
    expect(d).toMatchObject({ action: "join", role: "auto_reply" });
    expect(decideMerge({ ...base, parsed: autoReply, drafts: [draft("o1", "2026-05-04T09:59:00Z")] })).toEqual({
      action: "none",
      why: "not_an_order",
    });
  });
});

describe("crossPostedDrafts", () => {
  const d = (id: string, number: number, last: string, isDraft = true) => ({
    orderId: id,
    number,
    draft: isDraft,
    lastMessageAt: last,
  });

  it("pairs a merged-in customer's draft with the closest own draft in the window, folding the later order", () => {
    const pairs = crossPostedDrafts(
      [d("tg-order", 1001, "2026-05-04T10:02:00Z"), d("old", 990, "2026-05-04T06:00:00Z")],
      [d("wa-order", 1002, "2026-05-04T10:10:00Z")],
      120,
    );
    expect(pairs).toEqual([{ from: "wa-order", into: "tg-order" }]);
  });

  it("leaves drafts apart when they are further apart than the window, or confirmed", () => {
    expect(crossPostedDrafts([d("a", 1, "2026-05-04T06:00:00Z")], [d("b", 2, "2026-05-04T10:00:00Z")], 120)).toEqual(
      [],
    );
    expect(
      crossPostedDrafts([d("a", 1, "2026-05-04T10:00:00Z", false)], [d("b", 2, "2026-05-04T10:05:00Z")], 120),
    ).toEqual([]);
  });
});
