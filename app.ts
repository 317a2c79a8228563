import { timingSafeEqual } from "node:crypto";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { z } from "zod";
import { DomainError, isDomainError } from "./core/errors.js";
import { orderTotal } from "./core/orders/compose-order.js";
import { CHANNELS, type Channel, type Order } from "./core/types.js";
import type { Workflow } from "./core/workflow/index.js";
import type { OrderActions } from "./intake/order-actions.js";
import type { Ingest } from "./intake/ports.js";
import type { Logger } from "./logger.js";
import type { OrderStore } from "./storage/order-store.js";

/**
 * The HTTP face of the hub: health for orchestrators, and a REST API for integrations and dashboards.
 * Every /api route needs `Authorization: Bearer $API_TOKEN`. Errors become answers only here (onError).
 */

export interface AppDeps {
  store: OrderStore;
  actions: OrderActions;
  ingest: Ingest;
  workflow: Workflow;
  apiToken: string | undefined;
  logger: Logger;
  /** Reloads the shop's catalog (POST /api/catalog/reload); returns the product count. */
  reloadCatalog?: () => number;
  /** Named readiness checks (database, queue, mailboxes…); all must pass for /readyz. */
  readiness: Record<string, () => Promise<boolean>>;
  /** Extra routes mounted by channels (e.g. Telegram and WhatsApp webhooks). */
  mount?: (app: Hono) => void;
}

/** A message body is at most 200,000 characters; a request larger than this is refused before it is read. */
const MAX_BODY_BYTES = 1024 * 1024;

const STATUS_OF: Record<DomainError["kind"], 400 | 403 | 404 | 409> = {
  invalid_input: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
};

const inboundBody = z.object({
  channel: z.enum(CHANNELS as [Channel, ...Channel[]]).default("api"),
  account: z.string().min(1).max(200).default("api"),
  external_id: z.string().min(1).max(1000),
  sender: z
    .object({
      phone: z.string().max(64).optional(),
      email: z.string().max(320).optional(),
      name: z.string().max(200).optional(),
      telegram_id: z.union([z.string(), z.number()]).transform(String).optional(),
      whatsapp_id: z.string().max(128).optional(),
    })
    .refine((s) => s.phone || s.email || s.telegram_id || s.whatsapp_id, {
      message: "needs at least one of phone, email, telegram_id, whatsapp_id",
    }),
  text: z.string().max(200_000),
  subject: z.string().max(2000).optional(),
  received_at: z
    .string()
    .refine((s) => !Number.isNaN(Date.parse(s)), "must be an ISO 8601 time")
    .optional(),
  in_reply_to: z.string().max(1000).optional(),
  references: z.union([z.array(z.string()), z.string()]).optional(),
  reply_to_external_id: z.string().max(1000).optional(),
  edited: z.boolean().optional(),
});

const transitionBody = z.object({ to: z.string().min(1), reason: z.string().max(2000).optional() });

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function firstIssue(err: z.ZodError): string {
  const issue = err.issues[0];
  return `${issue?.path.join(".") || "body"}: ${issue?.message}`;
}

async function jsonBody<T extends z.ZodTypeAny>(req: Request, schema: T): Promise<z.output<T>> {
  let raw: unknown;
  try {
    raw = await req.json();
  } catch {
    throw new DomainError("invalid_input", "the body is not valid JSON");
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new DomainError("invalid_input", firstIssue(parsed.error));
  return parsed.data;
}

export function createApp(deps: AppDeps) {
  const { store, workflow } = deps;
  const app = new Hono();

  const toDto = async (o: Order) => {
    const customer = await store.getCustomer(o.customerId);
    return {
      id: o.id,
      number: o.number,
      status: o.status,
      status_name: workflow.name(o.status, "en"),
      confirmed: o.confirmedAt !== null,
      channel: o.channel,
      customer: customer
        ? { id: customer.id, name: customer.name, unreachable: customer.unreachable }
        : { id: o.customerId },
      lines: o.lines.map((l) => ({ sku: l.sku, name: l.name, qty: l.qty, unit: l.unit, price: l.price })),
      total: orderTotal(o.lines),
      currency: o.currency,
      unknown_items: o.unknownItems.map((u) => ({ text: u.text, qty: u.qty ?? null, suggestions: u.suggestions })),
      phone: o.phone,
      email: o.email,
      name: o.name,
      address: o.address,
      delivery_date: o.deliveryDate,
      assignee: o.assigneeId,
      needs_review: o.needsReview,
      review_reasons: o.reviewReasons,
      cancel_reason: o.cancelReason,
      created_at: o.createdAt,
      updated_at: o.updatedAt,
      version: o.version,
    };
  };

  app.onError((err, c) => {
    if (isDomainError(err)) {
      const { order: _order, ...details } = err.details;
      return c.json({ error: err.kind, message: err.message, ...details }, STATUS_OF[err.kind]);
    }
    if (err instanceof HTTPException) return err.getResponse();
    deps.logger.error("request failed", { path: c.req.path, error: err });
    return c.json({ error: "internal", message: "internal error; the request was logged" }, 500);
  });
  app.notFound((c) => c.json({ error: "not_found", message: `no route ${c.req.method} ${c.req.path}` }, 404));

  app.get("/healthz", (c) => c.json({ ok: true }));
  app.get("/readyz", async (c) => {
    const checks: Record<string, boolean> = {};
    await Promise.all(
      Object.entries(deps.readiness).map(async ([name, check]) => {
        checks[name] = await check().catch(() => false);
      }),
    );
    const ok = Object.values(checks).every(Boolean);
    return c.json({ ok, checks }, ok ? 200 : 503);
  });

  app.use(
    "/api/*",
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => c.json({ error: "too_large", message: `the body is larger than ${MAX_BODY_BYTES} bytes` }, 413),
    }),
  );
  app.use("/api/*", async (c, next) => {
    const header = c.req.header("authorization") ?? "";
    const token = header.startsWith("Bearer ") ? header.slice(7).trim() : "";
    if (!deps.apiToken || !token || !sameSecret(token, deps.apiToken)) {
      return c.json({ error: "unauthorized", message: "send Authorization: Bearer <API_TOKEN>" }, 401);
    }
    await next();
  });

  app.post("/api/inbound", async (c) => {
    const body = await jsonBody(c.req.raw, inboundBody);
    const references =
      typeof body.references === "string" ? body.references.split(/\s+/).filter(Boolean) : body.references;
    const result = await deps.ingest({
      channel: body.channel,
      account: body.account,
      externalId: body.external_id,
      sender: {
        phone: body.sender.phone,
        email: body.sender.email,
        name: body.sender.name,
        telegramId: body.sender.telegram_id,
        whatsappId: body.sender.whatsapp_id,
      },
      receivedAt: body.received_at ?? new Date().toISOString(),
      text: body.text,
      subject: body.subject ?? null,
      inReplyTo: body.in_reply_to ?? null,
      references,
      replyToExternalId: body.reply_to_external_id ?? null,
      edited: body.edited,
      raw: body,
    });
    return c.json({ message_id: result.messageId, duplicate: result.duplicate }, 202);
  });

  app.get("/api/orders", async (c) => {
    const q = c.req.query();
    const limit = q.limit ? Number(q.limit) : 50;
    if (!Number.isInteger(limit) || limit < 1 || limit > 200)
      throw new DomainError("invalid_input", "limit: must be 1..200");
    const status = q.status?.split(",").filter(Boolean);
    for (const s of status ?? []) {
      if (!workflow.status(s))
        throw new DomainError("invalid_input", `status: unknown status "${s}"`, {
          statuses: workflow.statuses.map((x) => x.id),
        });
    }
    const page = await store.listOrders({
      status,
      customerId: q.customer,
      assigneeId: q.assignee === "none" ? null : q.assignee,
      cursor: q.cursor,
      limit,
    });
    return c.json({ orders: await Promise.all(page.orders.map(toDto)), next_cursor: page.nextCursor });
  });

  const loadOrder = async (id: string) => {
    const order = /^\d+$/.test(id) ? await store.getOrderByNumber(Number(id)) : await store.getOrder(id);
    if (!order) throw new DomainError("not_found", `order ${id} not found`);
    return order;
  };

  app.get("/api/orders/:id", async (c) => {
    const order = await loadOrder(c.req.param("id"));
    const [messages, history] = await Promise.all([store.messagesOfOrder(order.id), store.history(order.id)]);
    return c.json({
      ...(await toDto(order)),
      messages: messages.map((m) => ({
        id: m.id,
        channel: m.channel,
        external_id: m.externalId,
        role: m.role,
        received_at: m.receivedAt,
        subject: m.subject,
        text: m.text,
        kind: m.kind,
        revision: m.revision,
      })),
      history: history.map((h) => ({
        type: h.type,
        at: h.at.toISOString(),
        actor: h.actor,
        before: h.before,
        after: h.after,
        reason: h.reason,
      })),
    });
  });

  app.post("/api/orders/:id/transitions", async (c) => {
    const order = await loadOrder(c.req.param("id"));
    const body = await jsonBody(c.req.raw, transitionBody);
    const actor = { type: "api", name: "api" } as const;
    const next =
      body.to === "confirmed"
        ? await deps.actions.confirm(order.id, actor)
        : await deps.actions.move(order.id, body.to, actor, { reason: body.reason });
    return c.json(await toDto(next));
  });

  app.post("/api/catalog/reload", (c) => {
    if (!deps.reloadCatalog) throw new DomainError("not_found", "catalog reload is not available here");
    try {
      return c.json({ products: deps.reloadCatalog() });
    } catch (err) {
      throw new DomainError("invalid_input", `the catalog file was not reloaded: ${(err as Error).message}`);
    }
  });

  deps.mount?.(app);
  return app;
}
