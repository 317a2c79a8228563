import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../config.js";
import type { Hub } from "../../hub.js";
import { configuredParser } from "../../hub.js";
import { silentLogger } from "../../logger.js";
import { buildInbound } from "../support/builders.js";
import { createTestHub } from "../support/hub.js";
import { answer, httpError, type OpenAiFake, startOpenAiFake } from "../support/openai-fake.js";

/** The hub as configured with OPENAI_*: the pipeline reads unsure messages through the model. */

let fake: OpenAiFake;
let hub: Hub;

beforeAll(async () => {
  fake = await startOpenAiFake();
  const env = {
    OPENAI_API_KEY: "sk-test-not-a-real-key",
    OPENAI_BASE_URL: fake.url,
    LLM_MODE: "always",
    LLM_TIMEOUT_MS: "2000",
  };
  hub = await createTestHub({ env, parse: configuredParser(loadConfig(env), silentLogger) });
  hub.startWorkers();
});
afterAll(async () => {
  await hub.close();
  await fake.close();
});

const reading = {
  intent: "order",
  items: [{ sku: "FERT-KG", qty: 3 }],
  unknown_items: [],
  phone: "+380501112233",
  email: null,
  name: null,
  address: null,
  delivery_date: null,
  separate_order: false,
  additive: false,
  confidence: 0.9,
};

describe("pipeline with the LLM configured", () => {
  it("uses the model's reading, checked against the catalog, to build the order", async () => {
    fake.enqueue(answer(reading));
    await hub.pipeline.ingest(
      buildInbound({
        externalId: "tg:900:1",
        sender: { telegramId: "900" },
        text: "мені б того що для росту, три кіло, 0501112233",
      }),
    );
    await hub.jobs.drain();
    const [order] = (await hub.store.listOrders({})).orders;
    expect(order?.lines).toEqual([expect.objectContaining({ sku: "FERT-KG", qty: 3, price: 120 })]);
    expect(order?.phone).toBe("+380501112233");
    const sent = JSON.stringify(fake.requests.at(-1));
    expect(sent).toContain("три кіло");
    expect(sent).not.toContain("tools");
  });

  it("falls back to the rules when the model fails, and the message is not lost", async () => {
    fake.enqueue(httpError(500), httpError(500), httpError(500));
    const { messageId } = await hub.pipeline.ingest(
      buildInbound({ externalId: "tg:901:1", sender: { telegramId: "901" }, text: "2 лопати" }),
    );
    await hub.jobs.drain();
    const stored = await hub.store.getMessage(messageId);
    expect(stored?.status).toBe("processed");
    expect(stored?.parsed?.engine).toBe("rules");
    const orders = (await hub.store.listOrders({})).orders.filter((o) => o.lines.some((l) => l.sku === "SHOVEL"));
    expect(orders).toHaveLength(1);
  });
});
