/**
 * The job port: processing and notifications run through it. Two implementations: BullMQ on Redis
 * (several worker processes share the work) and an in-process queue for a single machine. Job ids come
 * from pure keys, so adding the same job twice does it once.
 */

export type JobHandler = (data: unknown, info: { jobId: string; attempt: number }) => Promise<void>;

export interface JobOptions {
  /** Deduplication id: a job with an id already pending or recently done is not added again. */
  jobId: string;
  delayMs?: number;
  /** Attempts before the job is given up (default 5), with exponential backoff. */
  attempts?: number;
}

export interface JobQueue {
  readonly kind: "bullmq" | "in-process";
  add(name: string, data: unknown, options: JobOptions): Promise<void>;
  /** Starts consuming. `onFailed` is called once a job has used up its attempts. */
  work(
    handlers: Record<string, JobHandler>,
    options: { concurrency: number; onFailed?: (name: string, data: unknown, err: Error) => void },
  ): void;
  /** Resolves once nothing is waiting, delayed or running. */
  drain(timeoutMs?: number): Promise<void>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** A job error that no retry can fix; the queue gives up at once. */
export class UnrecoverableJobError extends Error {
  override readonly name = "UnrecoverableJobError";
}

export const backoffMs = (attempt: number, baseMs = 500) => Math.min(baseMs * 2 ** (attempt - 1), 60_000);
