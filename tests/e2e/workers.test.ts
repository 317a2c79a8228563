import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freshPostgresDatabase, postgresUrl, redisUrl } from "../support/services.js";

/**
 * Scaling out as a user does it: one hub process that only takes requests (RUN_WORKERS=false) and two
 * `main.ts worker` processes, sharing PostgreSQL and Redis. Orders posted to the hub are processed by the
 * workers, each exactly once.
 */

const root = path.resolve(import.meta.dirname, "../..");
const pg = postgresUrl();
const redis = redisUrl();
const children: ChildProcess[] = [];
const dataDir = mkdtempSync(path.join(tmpdir(), "orderhub-workers-"));
let drop: (() => Promise<void>) | undefined;

afterAll(async () => {
  for (const c of children) c.kill("SIGKILL");
  await drop?.();
  rmSync(dataDir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function run(args: string[], env: Record<string, string>) {
  const proc = spawn(process.execPath, ["--import", "tsx", "main.ts", ...args], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DATA_DIR: dataDir, LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  proc.stdout?.on("data", (d) => (log += d));
  proc.stderr?.on("data", (d) => (log += d));
  children.push(proc);
  return { proc, log: () => log };
}

describe.skipIf(!pg || !redis)("a hub and separate worker processes", () => {
  it("process every posted order once, on PostgreSQL and Redis", async () => {
    const fresh = await freshPostgresDatabase(pg as string);
    drop = fresh.drop;
    const token = randomBytes(16).toString("hex");
    const port = await freePort();
    const shared = {
      DATABASE_URL: fresh.url,
      REDIS_URL: redis as string,
      API_TOKEN: token,
      WORKER_CONCURRENCY: "2",
      QUEUE_PREFIX: `test-${token.slice(0, 8)}`,
    };
    const hub = run([], { ...shared, PORT: String(port), HOST: "127.0.0.1", RUN_WORKERS: "false" });
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
      } catch {}
      if (Date.now() > deadline) throw new Error(`hub did not start: ${hub.log()}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    run(["worker"], shared);
    run(["worker"], shared);

    const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    for (let i = 0; i < 12; i++) {
      const body = {
        channel: "api",
        external_id: `w-${i}`,
        sender: { phone: `+38067000${String(1000 + i)}` },
        text: "2 black tea and honey",
        received_at: "2026-05-04T10:00:00Z",
      };
      expect(
        (await fetch(`http://127.0.0.1:${port}/api/inbound`, { method: "POST", headers, body: JSON.stringify(body) }))
          .status,
      ).toBe(202);
    }
    let orders: { lines: { sku: string; qty: number }[] }[] = [];
    const until = Date.now() + 60_000;
    while (orders.length < 12 && Date.now() < until) {
      const res = await fetch(`http://127.0.0.1:${port}/api/orders?limit=100`, { headers });
      orders = ((await res.json()) as { orders: typeof orders }).orders;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(orders).toHaveLength(12);
    for (const o of orders)
      expect(o.lines.map((l) => [l.sku, l.qty])).toEqual([
        ["TEA-BLK-100", 2],
        ["HONEY-500", 1],
      ]);
  });
});
