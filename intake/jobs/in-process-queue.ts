import { backoffMs, type JobHandler, type JobOptions, type JobQueue, UnrecoverableJobError } from "./job-queue.js";

interface Job {
  name: string;
  data: unknown;
  id: string;
  attempts: number;
  attempt: number;
}

/** Jobs in this process's memory. Ids of finished jobs are remembered (bounded) so a re-add is a no-op. */
export function createInProcessQueue(options: { rememberDone?: number; backoffBaseMs?: number } = {}): JobQueue {
  const rememberDone = options.rememberDone ?? 50_000;
  const waiting: Job[] = [];
  const known = new Set<string>();
  const done: string[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let handlers: Record<string, JobHandler> | null = null;
  let concurrency = 1;
  let running = 0;
  let onFailed: ((name: string, data: unknown, err: Error) => void) | undefined;
  let closed = false;
  let idleWaiters: (() => void)[] = [];

  const isIdle = () => waiting.length === 0 && running === 0 && timers.size === 0;

  function settle() {
    if (isIdle()) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const w of waiters) w();
    }
  }

  function finish(id: string) {
    done.push(id);
    if (done.length > rememberDone) known.delete(done.shift() as string);
  }

  function pump() {
    while (handlers && !closed && running < concurrency && waiting.length) {
      const job = waiting.shift() as Job;
      const handler = handlers[job.name];
      running++;
      const run = handler
        ? handler(job.data, { jobId: job.id, attempt: job.attempt })
        : Promise.reject(new UnrecoverableJobError(`no handler for job ${job.name}`));
      run
        .then(() => finish(job.id))
        .catch((err: Error) => {
          if (job.attempt < job.attempts && !(err instanceof UnrecoverableJobError) && !closed) {
            const timer = setTimeout(
              () => {
                timers.delete(timer);
                waiting.push({ ...job, attempt: job.attempt + 1 });
                pump();
              },
              backoffMs(job.attempt, options.backoffBaseMs),
            );
            timers.add(timer);
          } else {
            finish(job.id);
            onFailed?.(job.name, job.data, err);
          }
        })
        .finally(() => {
          running--;
          pump();
          settle();
        });
    }
    settle();
  }

  return {
    kind: "in-process",
    async add(name: string, data: unknown, opts: JobOptions) {
      if (closed || known.has(opts.jobId)) return;
      known.add(opts.jobId);
      const job: Job = { name, data, id: opts.jobId, attempts: opts.attempts ?? 5, attempt: 1 };
      if (opts.delayMs) {
        const timer = setTimeout(() => {
          timers.delete(timer);
          waiting.push(job);
          pump();
        }, opts.delayMs);
        timers.add(timer);
      } else {
        waiting.push(job);
        pump();
      }
    },
    work(h, opts) {
      handlers = h;
      concurrency = opts.concurrency;
      onFailed = opts.onFailed;
      pump();
    },
    drain(timeoutMs = 60_000) {
      if (isIdle()) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`jobs still running after ${timeoutMs} ms`)), timeoutMs);
        idleWaiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    },
    ping: async () => !closed,
    async close() {
      closed = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      waiting.length = 0;
      settle();
    },
  };
}
