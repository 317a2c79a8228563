import { z } from "zod";
import type { Lang } from "../types.js";

/**
 * The status workflow: which statuses exist, how they group, where each may go next, and what the
 * customer is told on arrival. A shop replaces the default with its own JSON or YAML file
 * (`WORKFLOW_FILE`), validated by `parseWorkflow` at start-up.
 */

export type StatusGroup = "new" | "in_progress" | "done" | "cancelled";

const localized = z.object({ ru: z.string().min(1), uk: z.string().min(1), en: z.string().min(1) });

const statusSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/, "status ids are lower-case letters, digits and _"),
  group: z.enum(["new", "in_progress", "done", "cancelled"]),
  emoji: z.string().default("•"),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, "colour is #rrggbb")
    .default("#888888"),
  names: localized,
  transitions: z.array(z.string()).default([]),
  /** A manager must give a reason to move an order here (e.g. cancelled). */
  requires_reason: z.boolean().default(false),
  /** Customers are not told about this status. */
  silent: z.boolean().default(false),
  /** What the customer is told; `{number}` and `{status}` are filled in. Defaults to a generic sentence. */
  customer_message: localized.optional(),
  /** SLA: an order may stay here at most this many minutes before it is escalated. */
  sla_minutes: z.number().int().positive().optional(),
});

const workflowSchema = z.object({
  initial: z.string(),
  statuses: z.array(statusSchema).min(2),
});

export type StatusDef = z.infer<typeof statusSchema>;
export type WorkflowDef = z.infer<typeof workflowSchema>;

export interface Workflow {
  readonly initial: string;
  readonly statuses: readonly StatusDef[];
  status(id: string): StatusDef | undefined;
  /** Statuses reachable from `from` in one step. */
  next(from: string): StatusDef[];
  canMove(from: string, to: string): boolean;
  name(id: string, lang: Lang): string;
}

/** Validates a workflow definition (already parsed from JSON/YAML) and indexes it. Throws a readable Error. */
export function parseWorkflow(input: unknown): Workflow {
  const result = workflowSchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`invalid workflow: ${issue?.path.join(".") || "(root)"}: ${issue?.message}`);
  }
  const def = result.data;
  const byId = new Map<string, StatusDef>();
  for (const s of def.statuses) {
    if (byId.has(s.id)) throw new Error(`invalid workflow: status "${s.id}" is defined twice`);
    byId.set(s.id, s);
  }
  if (!byId.has(def.initial)) throw new Error(`invalid workflow: initial status "${def.initial}" is not defined`);
  for (const s of def.statuses) {
    for (const t of s.transitions) {
      if (!byId.has(t)) throw new Error(`invalid workflow: status "${s.id}" moves to unknown status "${t}"`);
      if (t === s.id) throw new Error(`invalid workflow: status "${s.id}" moves to itself`);
    }
  }
  return {
    initial: def.initial,
    statuses: def.statuses,
    status: (id) => byId.get(id),
    next: (from) => (byId.get(from)?.transitions ?? []).map((id) => byId.get(id) as StatusDef),
    canMove: (from, to) => byId.get(from)?.transitions.includes(to) ?? false,
    name: (id, lang) => byId.get(id)?.names[lang] ?? id,
  };
}
