import { afterAll, describe, expect, it } from "vitest";
import { startTelegram, type TelegramChannel } from "../../bots/telegram/start-telegram.js";
import type { Hub } from "../../hub.js";
import { createChannelRegistry } from "../../intake/channel-registry.js";
import { silentLogger } from "../../logger.js";
import { createDatabase, type Database } from "../../storage/database.js";
import { type BotApiFake, startBotApiFake } from "../support/bot-api-fake.js";
import { buildInbound } from "../support/builders.js";
import { createTestHub } from "../support/hub.js";
import { freshPostgresDatabase, postgresUrl } from "../support/services.js";
import { GROUP } from "./world.js";

/**
 * Several workers may handle events of one order at once; the order still gets exactly one card. Two hubs
 * (each with its own Telegram channel and its own in-process serialisation) share one database, as two
 * worker processes would, and render the same new order's card at the same time.
 */

interface Pair {
  fake: BotApiFake;
  hubs: Hub[];
  channels: TelegramChannel[];
  close(): Promise<void>;
}

async function twoHubs(databases: [Database, Database]): Promise<Pair> {
  const fake = await startBotApiFake();
  const hubs: Hub[] = [];
  const channels: TelegramChannel[] = [];
  for (const database of databases) {
    const hub = await createTestHub({
      database,
      env: {
        TELEGRAM_BOT_TOKEN: fake.token,
        TELEGRAM_API_ROOT: fake.apiRoot,
        TELEGRAM_MANAGERS_CHAT_ID: String(GROUP.id),
      },
    });
    // Workers only: nothing polls, nothing reacts by itself; the test drives the cards.
    channels.push(
      await startTelegram(hub, silentLogger, createChannelRegistry(), { intake: false, botInfo: fake.botInfo }),
    );
    hubs.push(hub);
  }
  return {
    fake,
    hubs,
    channels,
    async close() {
      for (const c of channels) await c.stop();
      await fake.close();
      for (const h of hubs) await h.close().catch(() => {});
    },
  };
}

async function raceForTheCard(pair: Pair, telegramId: string) {
  const [a, b] = pair.hubs as [Hub, Hub];
  const stored = await a.pipeline.ingest(
    buildInbound({ externalId: `tg:${telegramId}:1`, sender: { telegramId, name: "Race Customer" }, text: "2 лопати" }),
  );
  await a.pipeline.processMessage(stored.messageId);
  const customerId = await b.store.findCustomerByIdentity({ kind: "telegram", value: telegramId });
  const [order] = (await b.store.listOrders({ customerId: customerId ?? "", limit: 1 })).orders;
  if (!order) throw new Error("the order was not created");
  const [ca, cb] = pair.channels as [TelegramChannel, TelegramChannel];
  const ids = await Promise.all([
    ca.refreshCard?.(order.id),
    cb.refreshCard?.(order.id),
    cb.refreshCard?.(order.id),
    ca.refreshCard?.(order.id),
  ]);
  const posted = pair.fake
    .callsOf("sendMessage")
    .filter((c) => Number(c.params.chat_id) === GROUP.id && String(c.params.text).includes(`#${order.number}</b> ·`));
  return { ids, posted, order };
}

describe("Telegram: one card per order across workers", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it("two hubs over one embedded database post the first card once", async () => {
    const database = await createDatabase({ dataDir: "memory://" });
    const pair = await twoHubs([database, database]);
    cleanups.push(pair.close);
    const { ids, posted } = await raceForTheCard(pair, "6001");
    expect(posted).toHaveLength(1);
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toBeTypeOf("number");
  });

  const pgAdmin = postgresUrl();
  it.skipIf(!pgAdmin)("two hubs over one Postgres (separate connection pools) post the first card once", async () => {
    const fresh = await freshPostgresDatabase(pgAdmin as string);
    cleanups.push(fresh.drop);
    const pair = await twoHubs([await createDatabase({ url: fresh.url }), await createDatabase({ url: fresh.url })]);
    cleanups.push(pair.close);
    for (let round = 0; round < 5; round++) {
      const { ids, posted } = await raceForTheCard(pair, `62${round}0`);
      expect(posted).toHaveLength(1);
      expect(new Set(ids).size).toBe(1);
    }
  });
});
