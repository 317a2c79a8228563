import type { JobQueue } from "./jobs/job-queue.js";
import type { OrderEventHandler, PublishedEvent, UnattachedHandler, UnattachedMessage } from "./ports.js";

/**
 * Order events reach channels through the job queue, one job per subscriber, so a failing subscriber
 * (Telegram down) retries on its own without repeating what the others already did, and any worker
 * process can deliver. Every process registers the same subscribers before it starts working.
 */
export function createEventBus(jobs: JobQueue) {
  const subscribers = new Map<string, OrderEventHandler>();
  const unattached = new Map<string, UnattachedHandler>();
  const jobName = (sub: string) => `event-${sub}`;
  const unattachedJob = (sub: string) => `unattached-${sub}`;

  return {
    subscribe(name: string, handler: OrderEventHandler) {
      if (subscribers.has(name)) throw new Error(`subscriber ${name} is registered twice`);
      subscribers.set(name, handler);
    },
    async publish(p: PublishedEvent) {
      for (const name of subscribers.keys()) {
        const id = `evt-${name}-${p.order.id}-${p.order.version}-${p.event.type.replace(".", "_")}`;
        await jobs.add(jobName(name), p, { jobId: id, attempts: 8 });
      }
    },
    /** Subscribes to messages the pipeline processed without an order (questions, voice before any order…). */
    subscribeUnattached(name: string, handler: UnattachedHandler) {
      if (unattached.has(name)) throw new Error(`subscriber ${name} is registered twice`);
      unattached.set(name, handler);
    },
    async publishUnattached(m: UnattachedMessage) {
      for (const name of unattached.keys()) {
        await jobs.add(unattachedJob(name), m, { jobId: `unatt-${name}-${m.messageId}-r${m.revision}`, attempts: 8 });
      }
    },
    /** The job handlers to hand to `jobs.work`. */
    handlers() {
      return Object.fromEntries([
        ...[...subscribers].map(([name, handler]) => [
          jobName(name),
          (data: unknown) => handler(data as PublishedEvent),
        ]),
        ...[...unattached].map(([name, handler]) => [
          unattachedJob(name),
          (data: unknown) => handler(data as UnattachedMessage),
        ]),
      ]);
    },
  };
}

export type EventBus = ReturnType<typeof createEventBus>;
