import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTelegram, type TelegramChannel } from "../../bots/telegram/start-telegram.js";
import { QUESTIONS } from "../../core/i18n/questions.js";
import { escapeHtml, telegramTexts } from "../../core/i18n/telegram.js";
import type { Hub } from "../../hub.js";
import { createChannelRegistry } from "../../intake/channel-registry.js";
import { wireCustomerNotices } from "../../intake/customer-notifier.js";
import { silentLogger } from "../../logger.js";
import { createDatabase } from "../../storage/database.js";
import { type BotApiFake, startBotApiFake } from "../support/bot-api-fake.js";
import { createTestHub } from "../support/hub.js";
import { ADMIN, CUSTOMER, GROUP } from "./world.js";

/** What the channel remembers must outlive the process: the group's language and the questions asked. */
describe("Telegram: state survives a hub restart (persistent embedded database)", () => {
  let fake: BotApiFake;
  let dataDir: string;
  let running: { hub: Hub; channel: TelegramChannel } | null = null;

  async function startHub() {
    const hub = await createTestHub({
      database: await createDatabase({ dataDir }),
      env: {
        TELEGRAM_BOT_TOKEN: fake.token,
        TELEGRAM_API_ROOT: fake.apiRoot,
        TELEGRAM_MANAGERS_CHAT_ID: String(GROUP.id),
        TELEGRAM_ADMIN_IDS: String(ADMIN.id),
      },
    });
    const channel = await startTelegram(hub, silentLogger, wireCustomerNotices(hub, createChannelRegistry()), {
      intake: true,
      botInfo: fake.botInfo,
      groupLang: "en",
    });
    hub.startWorkers();
    running = { hub, channel };
    return running;
  }

  async function stopHub() {
    if (!running) return;
    await running.hub.jobs.drain(10_000);
    await running.channel.stop();
    await running.hub.close();
    running = null;
  }

  beforeAll(async () => {
    fake = await startBotApiFake();
    dataDir = mkdtempSync(path.join(tmpdir(), "orderhub-tg-restart-"));
  });
  afterAll(async () => {
    await stopHub();
    await fake?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("keeps the group's /lang and does not ask a customer the same question again", async () => {
    const bot = (chatId: number) => fake.messages(chatId).filter((m) => m.fromBot);
    const phoneQuestion = escapeHtml(QUESTIONS.phone.uk);
    const uk = telegramTexts("uk");

    let { hub } = await startHub();
    fake.send(ADMIN, "/lang uk", { chat: GROUP });
    await fake.waitFor(() => bot(GROUP.id).some((m) => m.text === uk.groupLangChanged), "the group language reply");
    fake.send(CUSTOMER, "3 лопати");
    await fake.waitFor(() => bot(CUSTOMER.id).some((m) => m.text === phoneQuestion), "the phone question");
    const customerId = await hub.store.findCustomerByIdentity({ kind: "telegram", value: String(CUSTOMER.id) });
    const [order] = (await hub.store.listOrders({ customerId: customerId ?? "", limit: 1 })).orders;
    if (!order) throw new Error("no order");
    await stopHub();

    ({ hub } = await startHub());
    // The address merges into the same draft; the phone is still missing, but it was asked already.
    fake.send(CUSTOMER, "адреса: вул. Садова 5, Київ");
    await fake.waitFor(
      async () => (await hub.store.getOrder(order.id))?.address ?? undefined,
      "the address merged into the draft",
    );
    await hub.jobs.drain(10_000);
    expect(bot(CUSTOMER.id).filter((m) => m.text === phoneQuestion)).toHaveLength(1);
    // The next missing field after the phone is not asked either: one question at a time, in the core's order.
    expect(bot(CUSTOMER.id).filter((m) => m.text === escapeHtml(QUESTIONS.deliveryDate.uk))).toHaveLength(0);

    // The card is rendered in the group's stored language, though this hub started with "en".
    const card = await fake.waitFor(
      () => bot(GROUP.id).find((m) => m.text.includes(`#${order.number}</b> ·`)),
      "the order's card",
    );
    const edited = await fake.waitFor(
      () => fake.message(GROUP.id, card.messageId)?.text.includes("Садова") && fake.message(GROUP.id, card.messageId),
      "the card re-rendered with the address",
    );
    expect(JSON.stringify(edited.replyMarkup)).toContain(uk.btnConfirm);
    const help = fake.send(ADMIN, "/help", { chat: GROUP });
    const answer = await fake.waitFor(
      () => bot(GROUP.id).find((m) => m.replyTo === help.message_id),
      "the answer to /help",
    );
    expect(answer.text).toBe(uk.help);
    // /lang ran once: the restarted bot did not see it again.
    expect(bot(GROUP.id).filter((m) => m.text === uk.groupLangChanged)).toHaveLength(1);
  });
});
