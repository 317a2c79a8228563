import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { envSchema } from "../../config.js";

/** `npm start` as a user runs it: the real process, the embedded database in a data dir, HTTP on loopback. */

const root = path.resolve(import.meta.dirname, "../..");
const dataDir = mkdtempSync(path.join(tmpdir(), "orderhub-start-"));
let child: ChildProcess | null = null;

afterAll(() => {
  child?.kill("SIGKILL");
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

async function startHub(port: number, env: Record<string, string> = {}) {
  const proc = spawn(process.execPath, ["--import", "tsx", "main.ts"], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  proc.stdout?.on("data", (d) => (log += d));
  proc.stderr?.on("data", (d) => (log += d));
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) return { proc, log: () => log };
    } catch {}
    if (proc.exitCode !== null) throw new Error(`hub exited with ${proc.exitCode}: ${log}`);
    if (Date.now() > deadline) throw new Error(`hub did not serve /healthz in time: ${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function stop(proc: ChildProcess) {
  const exited = new Promise((r) => proc.once("exit", r));
  proc.kill("SIGTERM");
  await exited;
}

describe("npm start", () => {
  it("serves with no setup, takes an order once, and keeps it across a restart", async () => {
    const port = await freePort();
    const first = await startHub(port);
    child = first.proc;
    const token = readFileSync(path.join(dataDir, "api-token"), "utf8").trim();
    expect(first.log()).not.toContain(token);
    expect(first.log()).toContain("example catalog");
    expect(first.log()).toContain("Telegram is off");

    const order = {
      channel: "api",
      external_id: "site-42",
      sender: { phone: "+79123456789", name: "Ирина" },
      text: "Здравствуйте! Черный чай 2 пачки и мёд, доставка завтра. +7 912 345-67-89",
      received_at: "2026-05-04T10:00:00+03:00",
    };
    const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    const post = () =>
      fetch(`http://127.0.0.1:${port}/api/inbound`, { method: "POST", headers, body: JSON.stringify(order) });
    expect((await post()).status).toBe(202);
    expect(await (await post()).json()).toMatchObject({ duplicate: true });

    const list = async () => {
      for (let i = 0; i < 50; i++) {
        const body = (await (await fetch(`http://127.0.0.1:${port}/api/orders`, { headers })).json()) as {
          orders: { lines: { sku: string; qty: number }[]; phone: string }[];
        };
        if (body.orders.length) return body.orders;
        await new Promise((r) => setTimeout(r, 100));
      }
      return [];
    };
    const orders = await list();
    expect(orders).toHaveLength(1);
    expect(orders[0]?.lines.map((l) => [l.sku, l.qty])).toEqual([
      ["TEA-BLK-100", 2],
      ["HONEY-500", 1],
    ]);
    expect(orders[0]?.phone).toBe("+79123456789");
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    await stop(first.proc);

    const second = await startHub(port);
    child = second.proc;
    expect(await list()).toHaveLength(1);
    expect((await post()).status).toBe(202);
    expect(await list()).toHaveLength(1);
    await stop(second.proc);
    child = null;
  });

  it("refuses to start with a wrong setting and names it", async () => {
    const proc = spawn(process.execPath, ["--import", "tsx", "main.ts"], {
      cwd: root,
      env: { PATH: process.env.PATH ?? "", DATA_DIR: dataDir, DATABASE_URL: "mysql://nope" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let err = "";
    proc.stderr?.on("data", (d) => (err += d));
    const code = await new Promise((r) => proc.once("exit", r));
    expect(code).toBe(2);
    expect(err).toContain("DATABASE_URL");
  });
});

describe(".env.example", () => {
  it("documents every setting the hub reads", () => {
    const example = readFileSync(path.join(root, ".env.example"), "utf8");
    const documented = new Set([...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]));
    const missing = Object.keys(envSchema.shape).filter((k) => k !== "NODE_ENV" && !documented.has(k));
    expect(missing).toEqual([]);
  });
});
