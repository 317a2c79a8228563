import type { CountryCode } from "libphonenumber-js";
import { z } from "zod";
import { crossPostedDrafts, decideMerge } from "../core/dedup/decide-merge.js";
import { identityKey, messageIdentities } from "../core/dedup/identities.js";
import { messageKey, processingJobId } from "../core/dedup/message-key.js";
import { DomainError } from "../core/errors.js";
import { composeOrder } from "../core/orders/compose-order.js";
import { detectLang } from "../core/parse/detect-lang.js";
import type { ParseInput } from "../core/parse/index.js";
import { regionForCurrency } from "../core/parse/index.js";
import {
  type Actor,
  CHANNELS,
  type InboundMessage,
  type Order,
  type OrderEvent,
  type ParsedMessage,
} from "../core/types.js";
import type { Workflow } from "../core/workflow/index.js";
import type { DbOrTx } from "../storage/database.js";
import { type OrderStore, orphanDetails } from "../storage/order-store.js";
import type { CatalogSnapshot, CatalogSource } from "./catalog-source.js";
import type { JobQueue } from "./jobs/job-queue.js";
import { UnrecoverableJobError } from "./jobs/job-queue.js";
import type { IngestResult, PublishedEvent, UnattachedMessage } from "./ports.js";

/**
 * The pipeline every channel feeds: store raw → acknowledge → (job) parse → resolve the customer →
 * merge into one order → audit → publish events. Storing happens before anything else, so a message is
 * never lost; processing is idempotent per message revision, so a retried job changes nothing twice.
 */

/** Reads a message into a draft: the rules, or the LLM where configured. */
export type DraftParser = (input: ParseInput, catalog: CatalogSnapshot) => Promise<ParsedMessage>;

export interface PipelineSettings {
  mergeWindowMinutes: number;
  /** Region for phone numbers without a country code; defaults to the catalog currency's market. */
  defaultRegion?: CountryCode;
}

export interface PipelineDeps {
  store: OrderStore;
  jobs: JobQueue;
  catalog: CatalogSource;
  parse: DraftParser;
  workflow: Workflow;
  settings: PipelineSettings;
  /** Called after commit for every order event (channels react: cards, customer notifications). */
  publish: (e: PublishedEvent) => Promise<void>;
  /** Called after commit for a customer's message that joined no order, so managers still see it. */
  publishUnattached?: (m: UnattachedMessage) => Promise<void>;
  clock?: () => Date;
}

export const PROCESS_JOB = "process-message";

/** Set by the email channel: normal | auto_reply | bounce | bulk. */
export const MAIL_CLASS_HEADER = "X-OrderHub-Mail-Class";
/** Set by the email channel on bounces: the addresses that could not be reached. */
export const BOUNCE_RECIPIENTS_HEADER = "X-OrderHub-Bounce-Recipients";

const inboundSchema = z.object({
  channel: z.enum(CHANNELS as ["telegram", "whatsapp", "email", "api"]),
  account: z.string().min(1).max(200),
  externalId: z.string().min(1).max(1000),
  sender: z.object({
    telegramId: z.string().max(64).optional(),
    whatsappId: z.string().max(128).optional(),
    phone: z.string().max(64).optional(),
    email: z.string().max(320).optional(),
    name: z.string().max(200).optional(),
    username: z.string().max(200).optional(),
    languageCode: z.string().max(16).optional(),
  }),
  receivedAt: z.string().refine((s) => !Number.isNaN(Date.parse(s)), "must be an ISO 8601 time"),
  text: z.string().max(200_000),
});

const ORDER_FIELDS = [
  "lines",
  "unknownItems",
  "phone",
  "email",
  "name",
  "address",
  "deliveryDate",
  "needsReview",
  "reviewReasons",
] as const;

export function createPipeline(deps: PipelineDeps) {
  const { store, jobs, workflow } = deps;
  const clock = deps.clock ?? (() => new Date());
  const draftStatuses = () => workflow.statuses.filter((s) => s.group === "new").map((s) => s.id);

  /**
   * Re-reads an order's messages into its content and writes it with one event: `order.created`, or
   * `order.updated` when something changed, else `order.note_added`. `lastMessageAt` moves forward only.
   */
  async function recompose(
    tx: DbOrTx,
    order: Order,
    snapshot: CatalogSnapshot,
    opts: {
      actor: Actor;
      now: string;
      type?: "order.created";
      messageId?: string;
      role?: string;
      lastMessageAt?: string;
    },
  ): Promise<PublishedEvent> {
    const composed = composeOrder(await store.contributions(tx, order.id), snapshot.productOf);
    const lastMessageAt =
      opts.lastMessageAt && Date.parse(opts.lastMessageAt) > Date.parse(order.lastMessageAt)
        ? opts.lastMessageAt
        : order.lastMessageAt;
    const next: Order = { ...order, ...composed, lastMessageAt, updatedAt: opts.now, version: order.version + 1 };
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const field of ORDER_FIELDS) {
      if (JSON.stringify(order[field]) !== JSON.stringify(next[field])) {
        before[field] = order[field];
        after[field] = next[field];
      }
    }
    const base = { orderId: order.id, at: opts.now, actor: opts.actor };
    const ref = opts.messageId ? { messageId: opts.messageId } : {};
    const event: OrderEvent =
      opts.type === "order.created"
        ? { ...base, type: "order.created", after: { ...after, ...ref } }
        : Object.keys(after).length
          ? { ...base, type: "order.updated", before, after: { ...after, ...ref } }
          : { ...base, type: "order.note_added", after: { ...ref, role: opts.role } };
    if (!(await store.saveOrder(tx, next, order.version, { lines: "lines" in after }))) {
      throw new Error(`order ${order.id} changed concurrently; retrying`);
    }
    await store.addEvents(tx, [event]);
    return { event, order: next };
  }

  /** Folds a cross-posted draft into its twin: its messages move over, and it is closed as merged. */
  async function foldTwin(
    tx: DbOrTx,
    pair: { from: string; into: string },
    snapshot: CatalogSnapshot,
    now: string,
  ): Promise<PublishedEvent[]> {
    const from = await store.getOrder(pair.from, tx);
    const into = await store.getOrder(pair.into, tx);
    if (!from || !into) return [];
    await store.moveOrderMessages(tx, from.id, into.id);
    const closed = workflow.statuses.find((s) => s.group === "cancelled");
    const actor: Actor = { type: "system", name: "cross-channel merge" };
    const folded: Order = {
      ...from,
      lines: [],
      unknownItems: [],
      status: closed?.id ?? from.status,
      cancelReason: `merged into #${into.number}`,
      updatedAt: now,
      version: from.version + 1,
    };
    if (!(await store.saveOrder(tx, folded, from.version, { lines: true }))) {
      throw new Error(`order ${from.id} changed concurrently; retrying`);
    }
    const event: OrderEvent = {
      type: "order.merged",
      orderId: from.id,
      at: now,
      actor,
      before: { status: from.status },
      after: { status: folded.status, mergedInto: into.id, mergedIntoNumber: into.number },
    };
    await store.addEvents(tx, [event]);
    const updated = await recompose(tx, into, snapshot, { actor, now, lastMessageAt: from.lastMessageAt });
    return [{ event, order: folded }, updated];
  }

  /** Stores the message (idempotently) and schedules its processing. Resolves once it is stored. */
  async function ingest(message: InboundMessage): Promise<IngestResult> {
    const check = inboundSchema.safeParse(message);
    if (!check.success) {
      const issue = check.error.issues[0];
      throw new DomainError("invalid_input", `${issue?.path.join(".")}: ${issue?.message}`);
    }
    const stored = await store.storeInbound(message);
    if (!stored.duplicate) {
      await jobs.add(
        PROCESS_JOB,
        { messageId: stored.id },
        { jobId: processingJobId(messageKey(message), stored.revision) },
      );
    }
    return { messageId: stored.id, duplicate: stored.duplicate };
  }

  /** Processes one stored message. Safe to call again: a revision already processed is skipped. */
  async function processMessage(messageId: string, opts: { force?: boolean } = {}): Promise<void> {
    const msg = await store.getMessage(messageId);
    if (!msg) throw new UnrecoverableJobError(`message ${messageId} is not stored`);
    if (!opts.force && msg.processedRevision === msg.revision) return;
    const snapshot = deps.catalog.current();
    const read = await deps.parse(
      { text: msg.text, subject: msg.subject, receivedAt: msg.receivedAtText, headers: msg.headers },
      snapshot,
    );
    // The email channel classes bounces, auto-replies and bulk mail from their headers: never orders.
    const mailClass = msg.headers[MAIL_CLASS_HEADER];
    const parsed: ParsedMessage =
      mailClass && mailClass !== "normal"
        ? {
            ...read,
            intent: "auto_reply",
            isOrder: false,
            items: [],
            unknownItems: [],
            notes: [...(read.notes ?? []), `mail class: ${mailClass}`],
          }
        : read;
    const region = deps.settings.defaultRegion ?? regionForCurrency(snapshot.catalog.currency);
    const trustsText = parsed.intent === "order" || parsed.intent === "details";
    const identities = messageIdentities(
      msg.channel as InboundMessage["channel"],
      msg.sender,
      trustsText ? { phone: parsed.phone, email: parsed.email } : {},
      region,
    );
    const lang = (msg.sender.languageCode?.slice(0, 2) as string | undefined) ?? detectLang(msg.text);
    const now = clock().toISOString();
    const published: PublishedEvent[] = [];
    let unattached: UnattachedMessage | null = null;

    await store.transaction(async (tx) => {
      await store.lockKeys(tx, identities.map(identityKey));
      // Two jobs for one message (a resume after a restart beside the original) can both get here;
      // under the sender's locks, the second sees the first one's work and stops.
      const current = await store.getMessage(msg.id, tx);
      if (!opts.force && (current?.processedRevision === msg.revision || current?.revision !== msg.revision)) return;
      if (!identities.length) {
        await store.markProcessed(tx, msg.id, msg.revision, parsed, null);
        return;
      }
      const statuses = draftStatuses();
      const known = await store.customersWithIdentities(tx, identities);
      const draftsBefore = known.length > 1 ? await store.draftsOfCustomers(tx, known, statuses) : [];
      const customerId = await store.resolveCustomer(tx, identities, {
        name: msg.sender.name ?? null,
        lang: lang ?? null,
      });
      await store.lockKeys(tx, [`customer:${customerId}`]);
      const twins = crossPostedDrafts(
        draftsBefore.filter((d) => d.customerId === customerId),
        draftsBefore.filter((d) => d.customerId !== customerId),
        deps.settings.mergeWindowMinutes,
      );
      for (const pair of twins) published.push(...(await foldTwin(tx, pair, snapshot, now)));
      const editOf = await store.orderOfMessage(tx, msg.id, statuses);
      const thread = await store.threadOrder(
        tx,
        customerId,
        {
          channel: msg.channel as InboundMessage["channel"],
          inReplyTo: msg.inReplyTo,
          references: msg.references,
          replyToExternalId: msg.replyToExternalId,
        },
        statuses,
      );
      const drafts = await store.drafts(tx, customerId, statuses);
      const decision = decideMerge({
        parsed,
        receivedAt: msg.receivedAtText,
        editOf,
        thread,
        drafts,
        mergeWindowMinutes: deps.settings.mergeWindowMinutes,
      });
      await store.markProcessed(tx, msg.id, msg.revision, parsed, customerId);
      if (decision.action === "none") {
        unattached = {
          messageId: msg.id,
          revision: msg.revision,
          customerId,
          channel: msg.channel as InboundMessage["channel"],
        };
        return;
      }

      const actor = { type: "customer", customerId } as const;
      let order: Order;
      if (decision.action === "create") {
        order = await store.createOrder(tx, {
          customerId,
          channel: msg.channel as InboundMessage["channel"],
          account: msg.account,
          status: workflow.initial,
          currency: snapshot.catalog.currency,
          at: msg.receivedAtText,
        });
        await store.linkMessage(tx, order.id, msg.id, "order");
        // Details sent just before the items (e.g. processed out of order) join the new order, unless the
        // customer said this one is separate: then the earlier details belong to something else.
        if (!parsed.separateOrder) {
          const windowMs = deps.settings.mergeWindowMinutes * 60_000;
          for (const orphan of await orphanDetails(
            tx,
            customerId,
            new Date(msg.receivedAt.getTime() - windowMs),
            msg.receivedAt,
          )) {
            await store.linkMessage(tx, order.id, orphan, "details");
          }
        }
      } else {
        const existing = await store.getOrder(decision.orderId, tx);
        if (!existing) throw new Error(`order ${decision.orderId} vanished`);
        order = existing;
        await store.linkMessage(tx, order.id, msg.id, decision.role);
      }

      const joinsContent = decision.action === "create" || decision.role === "order" || decision.role === "details";
      published.push(
        await recompose(tx, order, snapshot, {
          actor,
          now,
          type: decision.action === "create" ? "order.created" : undefined,
          messageId: msg.id,
          role: decision.action === "create" ? "order" : decision.role,
          lastMessageAt: joinsContent ? msg.receivedAt.toISOString() : undefined,
        }),
      );
    });

    const bounced = msg.headers[BOUNCE_RECIPIENTS_HEADER];
    if (bounced) await store.markEmailsUnreachable(bounced.split(/[,\s]+/).filter(Boolean), "email bounced");
    for (const p of published) await deps.publish(p);
    if (unattached) await deps.publishUnattached?.(unattached);
  }

  /** Schedules every stored-but-unprocessed message (and, if asked, the failed ones) again. */
  async function reprocessPending(opts: { includeFailed: boolean; limit?: number }): Promise<number> {
    const pending = await store.messagesToReprocess({ includeFailed: opts.includeFailed, limit: opts.limit ?? 10_000 });
    const stamp = clock().getTime();
    for (const p of pending) {
      await jobs.add(
        PROCESS_JOB,
        { messageId: p.id },
        { jobId: `${processingJobId(p.key, p.revision)}-retry${stamp}` },
      );
    }
    return pending.length;
  }

  /** The job handler: records a failure on the message before the queue retries it. */
  async function processJob(data: unknown): Promise<void> {
    const { messageId } = data as { messageId: string };
    try {
      await processMessage(messageId);
    } catch (err) {
      if (!(err instanceof UnrecoverableJobError))
        await store.markFailed(messageId, (err as Error).message).catch(() => {});
      throw err;
    }
  }

  return { ingest, processMessage, processJob, reprocessPending };
}

export type Pipeline = ReturnType<typeof createPipeline>;
