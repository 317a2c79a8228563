import type { JobQueue } from "./jobs/job-queue.js";
import type { OrderEventHandler, PublishedEvent } from "./ports.js";

/**
 * Order events reach channels through the job queue, one job per subscriber, so a failing subscriber
 * (Telegram down) retries on its own without repeating what the others already did, and any worker
 * process can deliver. Every process registers the same subscribers before it starts working.
 */
export function createEventBus(jobs: JobQueue) {
  const subscribers = new Map<string, OrderEventHandler>();
  const jobName = (sub: string) => `event-${sub}`;

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
    /** The job handlers to hand to `jobs.work`. */
    handlers() {
      return Object.fromEntries(
        [...subscribers].map(([name, handler]) => [jobName(name), (data: unknown) => handler(data as PublishedEvent)]),
      );
    },
  };
}

export type EventBus = ReturnType<typeof createEventBus>;
