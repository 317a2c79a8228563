import { Queue, UnrecoverableError, Worker } from "bullmq";
import { Redis } from "ioredis";
import { type JobHandler, type JobOptions, type JobQueue, UnrecoverableJobError } from "./job-queue.js";

/**
 * BullMQ on Redis: any number of worker processes consume one queue. BullMQ keeps a job id unique while
 * the job exists, and finished jobs are kept for a day so a late duplicate is still recognised.
 */
export function createBullmqQueue(options: { redisUrl: string; queueName?: string; prefix?: string }): JobQueue {
  const name = options.queueName ?? "orderhub";
  const prefix = options.prefix ?? "orderhub";
  const connection = new Redis(options.redisUrl, { maxRetriesPerRequest: null, lazyConnect: false });
  const queue = new Queue(name, { connection, prefix });
  let worker: Worker | null = null;

  return {
    kind: "bullmq",
    async add(jobName: string, data: unknown, opts: JobOptions) {
      await queue.add(jobName, data, {
        jobId: opts.jobId,
        delay: opts.delayMs,
        attempts: opts.attempts ?? 5,
        backoff: { type: "exponential", delay: 500 },
        removeOnComplete: { age: 24 * 3600, count: 50_000 },
        removeOnFail: { age: 7 * 24 * 3600 },
      });
    },
    work(handlers: Record<string, JobHandler>, opts) {
      worker = new Worker(
        name,
        async (job) => {
          const handler = handlers[job.name];
          if (!handler) throw new UnrecoverableError(`no handler for job ${job.name}`);
          try {
            await handler(job.data, { jobId: job.id ?? "", attempt: job.attemptsMade + 1 });
          } catch (err) {
            if (err instanceof UnrecoverableJobError) throw new UnrecoverableError(err.message);
            throw err;
          }
        },
        { connection: connection.duplicate({ maxRetriesPerRequest: null }), prefix, concurrency: opts.concurrency },
      );
      worker.on("failed", (job, err) => {
        if (!job) return;
        const final = err instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
        if (final) opts.onFailed?.(job.name, job.data, err);
      });
      worker.on("error", () => {
        // Connection errors are retried by ioredis; readiness reports them through ping().
      });
    },
    async drain(timeoutMs = 120_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const counts = await queue.getJobCounts("waiting", "active", "delayed", "prioritized", "waiting-children");
        if (Object.values(counts).every((n) => n === 0)) return;
        if (Date.now() > deadline)
          throw new Error(`jobs still pending after ${timeoutMs} ms: ${JSON.stringify(counts)}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    async ping() {
      try {
        return (await connection.ping()) === "PONG";
      } catch {
        return false;
      }
    },
    async close() {
      await worker?.close();
      await queue.close();
      connection.disconnect();
    },
  };
}
