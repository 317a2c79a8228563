import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

/** `orderhub eval` as a user runs it: the bin, a corpus directory, a table, then one JSON line. */

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");

describe("orderhub eval", () => {
  it("scores a corpus in the labelled format and ends with one JSON line", async () => {
    const { stdout } = await run(
      process.execPath,
      [path.join(root, "bin/orderhub.js"), "eval", path.join(root, "tests/fixtures/eval-garden")],
      {
        cwd: root,
        env: { ...process.env, DATABASE_URL: "", REDIS_URL: "" },
      },
    );
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^cases: 2/);
    const report = JSON.parse(lines.at(-1) as string);
    expect(report.cases.n).toBe(2);
    expect(report.cases.is_order_accuracy).toBe(1);
    expect(report.cases.items.f1).toBe(1);
    expect(report.cases.phone_accuracy).toBe(1);
    expect(report.scenarios).toMatchObject({
      n: 1,
      pairwise_precision: 1,
      pairwise_recall: 1,
      orders_created: 2,
      orders_expected: 2,
      false_orders: 0,
    });
  });

  it("says what is wrong with a directory that is not a corpus", async () => {
    await expect(
      run(process.execPath, [path.join(root, "bin/orderhub.js"), "eval", path.join(root, "tests")], { cwd: root }),
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("catalog.json is missing"),
    });
  });

  it("asks for the model's settings before an --llm run", async () => {
    await expect(
      run(
        process.execPath,
        [path.join(root, "bin/orderhub.js"), "eval", path.join(root, "tests/fixtures/eval-garden"), "--llm"],
        {
          cwd: root,
          env: { ...process.env, OPENAI_API_KEY: "" },
        },
      ),
    ).rejects.toMatchObject({ code: 64, stderr: expect.stringContaining("OPENAI_API_KEY") });
  });
});
