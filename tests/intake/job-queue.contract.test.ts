import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { createBullmqQueue } from "../../intake/jobs/bullmq-queue.js";
import { createInProcessQueue } from "../../intake/jobs/in-process-queue.js";
import { type JobQueue, UnrecoverableJobError } from "../../intake/jobs/job-queue.js";
import { redisUrl } from "../support/services.js";

/** One contract for the job port: in-process always, BullMQ on a real Redis when REDIS_URL is set. */

const targets: { name: string; make: () => JobQueue }[] = [
  { name: "in-process", make: () => createInProcessQueue({ backoffBaseMs: 10 }) },
];
const redis = redisUrl();
if (redis) {
  targets.push({
    name: "bullmq",
    make: () =>
      createBullmqQueue({
        redisUrl: redis,
        queueName: `test-${randomBytes(4).toString("hex")}`,
        prefix: "orderhub-test",
      }),
  });
}

describe.each(targets)("job queue: $name", ({ make }) => {
  let queue: JobQueue;
  afterEach(async () => {
    await queue.close();
  });

  it("runs a job once however often it is added with the same id", async () => {
    queue = make();
    const seen: unknown[] = [];
    queue.work({ echo: async (data) => void seen.push(data) }, { concurrency: 2 });
    await queue.add("echo", { n: 1 }, { jobId: "same-id" });
    await queue.add("echo", { n: 1 }, { jobId: "same-id" });
    await queue.drain(20_000);
    await queue.add("echo", { n: 1 }, { jobId: "same-id" });
    await queue.add("echo", { n: 2 }, { jobId: "other-id" });
    await queue.drain(20_000);
    expect(seen).toEqual([{ n: 1 }, { n: 2 }]);
    expect(await queue.ping()).toBe(true);
  });

  it("retries a failing job until it succeeds", async () => {
    queue = make();
    let calls = 0;
    queue.work(
      {
        flaky: async () => {
          calls++;
          if (calls < 3) throw new Error("temporary");
        },
      },
      { concurrency: 1 },
    );
    await queue.add("flaky", {}, { jobId: "flaky-1", attempts: 5 });
    await waitFor(() => calls >= 3);
    await queue.drain(20_000);
    expect(calls).toBe(3);
  });

  it("gives up on an unrecoverable error at once and reports it", async () => {
    queue = make();
    let calls = 0;
    const failed: string[] = [];
    queue.work(
      {
        broken: async () => {
          calls++;
          throw new UnrecoverableJobError("cannot ever work");
        },
      },
      { concurrency: 1, onFailed: (name, _data, err) => failed.push(`${name}: ${err.message}`) },
    );
    await queue.add("broken", {}, { jobId: "broken-1", attempts: 5 });
    await waitFor(() => failed.length > 0);
    expect(calls).toBe(1);
    expect(failed).toEqual(["broken: cannot ever work"]);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 20));
  }
}
