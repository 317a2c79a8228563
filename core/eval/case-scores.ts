/**
 * Scores of parsed messages against a labelled `cases.jsonl`, exactly as the evaluation format defines
 * them. Pure: the caller reads the files and runs the parser.
 */
import type { Lang, ParsedMessage } from "../types.js";

/** One line of cases.jsonl. */
export interface EvalCase {
  id: string;
  channel: "telegram" | "whatsapp" | "email" | string;
  lang: Lang | string;
  received_at: string;
  subject?: string | null;
  text: string;
  headers?: Record<string, string>;
  expected: {
    is_order: boolean;
    items?: Array<{ sku: string; qty: number }> | null;
    unknown_items?: string[] | null;
    phone?: string | null;
    email?: string | null;
    name?: string | null;
    address?: string | null;
    delivery_date?: string | null;
  };
}

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

export interface CaseScoreSet {
  n: number;
  items: PrecisionRecall;
  sku_f1: number;
  unknown_items_recall: number;
  is_order_accuracy: number;
  phone_accuracy: number;
  email_accuracy: number;
  delivery_date_accuracy: number;
  address_token_f1: number;
  exact_order_rate: number;
}

/** The "cases" section of the eval output. */
export interface CaseScores extends CaseScoreSet {
  by_lang: Record<string, CaseScoreSet>;
}

const qtyKey = (q: number) => String(Math.round(q * 1000) / 1000);

function overlap<T>(expected: T[], got: T[]): number {
  const left = new Map<T, number>();
  for (const e of expected) left.set(e, (left.get(e) ?? 0) + 1);
  let tp = 0;
  for (const g of got) {
    const n = left.get(g) ?? 0;
    if (n > 0) {
      tp++;
      left.set(g, n - 1);
    }
  }
  return tp;
}

function prf(tp: number, nGot: number, nExp: number): PrecisionRecall {
  const precision = nGot === 0 ? (nExp === 0 ? 1 : 0) : tp / nGot;
  const recall = nExp === 0 ? 1 : tp / nExp;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(/\s+/)
    .filter(Boolean);

/** Token F1 of two strings, lower-cased with punctuation removed. */
export function tokenF1(expected: string | null | undefined, got: string | null | undefined): number {
  const e = words(expected ?? "");
  const g = words(got ?? "");
  if (e.length === 0 && g.length === 0) return 1;
  if (e.length === 0 || g.length === 0) return 0;
  const tp = overlap(e, g);
  return prf(tp, g.length, e.length).f1;
}

/** An expected unknown item counts as surfaced when a surfaced one shares a word with it (stems allowed). */
function namesOverlap(expected: string, got: string): boolean {
  const e = words(expected);
  const g = words(got);
  return e.some((a) => g.some((b) => a === b || (a.length >= 4 && b.length >= 4 && a.slice(0, 4) === b.slice(0, 4))));
}

const norm = (v: string | null | undefined) => (v === undefined || v === null || v === "" ? null : v);

function fieldAccuracy(pairs: Array<[string | null, string | null]>, eq: (a: string, b: string) => boolean): number {
  const relevant = pairs.filter(([e, g]) => e !== null || g !== null);
  if (relevant.length === 0) return 1;
  return relevant.filter(([e, g]) => e !== null && g !== null && eq(e, g)).length / relevant.length;
}

function scoreSet(cases: EvalCase[], parsed: ParsedMessage[]): CaseScoreSet {
  let tp = 0;
  let nGot = 0;
  let nExp = 0;
  let skuTp = 0;
  let unknownExp = 0;
  let unknownHit = 0;
  let isOrderOk = 0;
  let exact = 0;
  const phones: Array<[string | null, string | null]> = [];
  const emails: Array<[string | null, string | null]> = [];
  const dates: Array<[string | null, string | null]> = [];
  const addressF1: number[] = [];
  cases.forEach((c, i) => {
    const p = parsed[i];
    const expItems = c.expected.items ?? [];
    const gotItems = p?.items ?? [];
    const e = expItems.map((x) => `${x.sku}\u0000${qtyKey(x.qty)}`);
    const g = gotItems.map((x) => `${x.sku}\u0000${qtyKey(x.qty)}`);
    const caseTp = overlap(e, g);
    tp += caseTp;
    nGot += g.length;
    nExp += e.length;
    skuTp += overlap(
      expItems.map((x) => x.sku),
      gotItems.map((x) => x.sku),
    );
    for (const u of c.expected.unknown_items ?? []) {
      unknownExp++;
      if ((p?.unknownItems ?? []).some((x) => namesOverlap(u, x.text))) unknownHit++;
    }
    const orderOk = (p?.isOrder ?? false) === c.expected.is_order;
    if (orderOk) isOrderOk++;
    const phone: [string | null, string | null] = [norm(c.expected.phone), norm(p?.phone)];
    phones.push(phone);
    emails.push([norm(c.expected.email)?.toLowerCase() ?? null, norm(p?.email)?.toLowerCase() ?? null]);
    dates.push([norm(c.expected.delivery_date), norm(p?.deliveryDate)]);
    const ea = norm(c.expected.address);
    const ga = norm(p?.address);
    if (ea !== null || ga !== null) addressF1.push(tokenF1(ea, ga));
    const setsEqual = caseTp === e.length && caseTp === g.length;
    if (orderOk && setsEqual && phone[0] === phone[1]) exact++;
  });
  const n = cases.length;
  const sku = prf(skuTp, nGot, nExp);
  return {
    n,
    items: prf(tp, nGot, nExp),
    sku_f1: sku.f1,
    unknown_items_recall: unknownExp === 0 ? 1 : unknownHit / unknownExp,
    is_order_accuracy: n === 0 ? 1 : isOrderOk / n,
    phone_accuracy: fieldAccuracy(phones, (a, b) => a === b),
    email_accuracy: fieldAccuracy(emails, (a, b) => a === b),
    delivery_date_accuracy: fieldAccuracy(dates, (a, b) => a === b),
    address_token_f1: addressF1.length === 0 ? 1 : addressF1.reduce((a, b) => a + b, 0) / addressF1.length,
    exact_order_rate: n === 0 ? 1 : exact / n,
  };
}

/**
 * Scores `parsed[i]` against `cases[i]`: item precision/recall/F1 over (sku, qty) pairs, sku-only F1,
 * unknown-item recall by name overlap, is_order accuracy, phone/email/delivery_date exact accuracy over
 * cases where either side is non-null, mean address token F1 over the same, exact order rate, and
 * the same per language.
 */
export function scoreCases(cases: EvalCase[], parsed: ParsedMessage[]): CaseScores {
  if (parsed.length !== cases.length)
    throw new Error(`scoreCases: ${cases.length} cases but ${parsed.length} readings`);
  const byLang: Record<string, CaseScoreSet> = {};
  const langs = [...new Set(cases.map((c) => c.lang))];
  for (const lang of langs) {
    const idx = cases.map((c, i) => (c.lang === lang ? i : -1)).filter((i) => i >= 0);
    byLang[lang] = scoreSet(
      idx.map((i) => cases[i] as EvalCase),
      idx.map((i) => parsed[i] as ParsedMessage),
    );
  }
  return { ...scoreSet(cases, parsed), by_lang: byLang };
}

/** What one reading got wrong against its label, one phrase per field ("items [A:1] want [A:2]"). */
export function caseIssues(c: EvalCase, p: ParsedMessage): string[] {
  const e = c.expected;
  const key = (xs: ReadonlyArray<{ sku: string; qty: number }>) =>
    xs
      .map((x) => `${x.sku}:${x.qty}`)
      .sort()
      .join(" ");
  const issues: string[] = [];
  if (p.isOrder !== e.is_order) issues.push(`is_order ${p.isOrder} (${p.intent}) want ${e.is_order}`);
  if (key(p.items) !== key(e.items ?? [])) issues.push(`items [${key(p.items)}] want [${key(e.items ?? [])}]`);
  if ((p.phone ?? null) !== (e.phone ?? null)) issues.push(`phone ${p.phone} want ${e.phone ?? null}`);
  if ((p.email ?? null) !== (e.email ?? null)) issues.push(`email ${p.email} want ${e.email ?? null}`);
  if ((p.deliveryDate ?? null) !== (e.delivery_date ?? null))
    issues.push(`date ${p.deliveryDate} want ${e.delivery_date ?? null}`);
  if ((p.address ?? null) !== (e.address ?? null))
    issues.push(`address ${JSON.stringify(p.address)} want ${JSON.stringify(e.address ?? null)}`);
  const unknown = p.unknownItems.map((u) => u.text);
  const wanted = e.unknown_items ?? [];
  if (unknown.join("; ") !== wanted.join("; "))
    issues.push(`unknown [${unknown.join("; ")}] want [${wanted.join("; ")}]`);
  return issues;
}
