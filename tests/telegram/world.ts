import type { User } from "grammy/types";
import { startTelegram, type TelegramChannel, type TelegramOptions } from "../../bots/telegram/start-telegram.js";
import { createChannelRegistry } from "../../intake/channel-registry.js";
import { wireCustomerNotices } from "../../intake/customer-notifier.js";
import { silentLogger } from "../../logger.js";
import { type StoredMessage, startBotApiFake } from "../support/bot-api-fake.js";
import { createTestHub } from "../support/hub.js";

/** The people of the Telegram stories: a customer, the managers' group, two managers, an admin, an outsider. */
export const CUSTOMER: User = { id: 5001, is_bot: false, first_name: "Olena", last_name: "Koval", language_code: "uk" };
export const CUSTOMER_EN: User = { id: 5002, is_bot: false, first_name: "Tom", language_code: "en" };
export const GROUP = { id: -100777, type: "supergroup" as const, title: "Shop orders" };
export const IVAN: User = { id: 7001, is_bot: false, first_name: "Ivan", username: "ivan", language_code: "en" };
export const MARIA: User = { id: 7002, is_bot: false, first_name: "Maria", username: "maria", language_code: "en" };
export const ADMIN: User = { id: 7000, is_bot: false, first_name: "Owner", username: "owner", language_code: "en" };
export const OUTSIDER: User = { id: 9001, is_bot: false, first_name: "Stranger", language_code: "en" };

export type World = Awaited<ReturnType<typeof startWorld>>;

/** A hub on an in-memory database with the real pipeline, and the Telegram channel talking to the fake. */
export async function startWorld(options: { env?: Record<string, string>; telegram?: Partial<TelegramOptions> } = {}) {
  const fake = await startBotApiFake();
  fake.members.set(IVAN.id, "member");
  fake.members.set(MARIA.id, "member");
  const hub = await createTestHub({
    env: {
      TELEGRAM_BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      TELEGRAM_MANAGERS_CHAT_ID: String(GROUP.id),
      TELEGRAM_ADMIN_IDS: String(ADMIN.id),
      ...options.env,
    },
  });
  const senders = wireCustomerNotices(hub, createChannelRegistry());
  const channel: TelegramChannel = await startTelegram(hub, silentLogger, senders, {
    intake: true,
    botInfo: fake.botInfo,
    groupLang: "en",
    maxRetryDelaySeconds: 5,
    ...options.telegram,
  });
  hub.startWorkers();

  const botMessages = (chatId: number) => fake.messages(chatId).filter((m) => m.fromBot);
  const world = {
    fake,
    hub,
    channel,
    senders,
    botMessages,
    /** The card of order `number` in the group, once it exists. */
    card: (number: number) =>
      fake.waitFor(
        () => botMessages(GROUP.id).find((m) => m.text.includes(`#${number}</b> ·`)),
        `the card of #${number}`,
      ),
    /** Waits for a bot message in a chat matching `test`, after `after` messages. */
    botSays: (chatId: number, test: RegExp | ((m: StoredMessage) => boolean), what = String(test)) =>
      fake.waitFor(
        () => botMessages(chatId).find((m) => (typeof test === "function" ? test(m) : test.test(m.text))),
        `bot message ${what} in chat ${chatId}`,
      ),
    /** The customer's newest order, once it exists. */
    orderOf: async (user: User) =>
      fake.waitFor(async () => {
        const customerId = await hub.store.findCustomerByIdentity({ kind: "telegram", value: String(user.id) });
        if (!customerId) return undefined;
        return (await hub.store.listOrders({ customerId, limit: 1 })).orders[0];
      }, `an order of ${user.first_name}`),
    /** Waits until the order's card shows its current version (buttons are fresh). */
    freshCard: async (orderId: string) =>
      fake.waitFor(async () => {
        const order = await hub.store.getOrder(orderId);
        if (!order) return undefined;
        const card = botMessages(GROUP.id).find((m) => m.text.includes(`#${order.number}</b> ·`));
        return card && JSON.stringify(card.replyMarkup).includes(`:${order.number}:${order.version}`)
          ? card
          : undefined;
      }, "a fresh card"),
    /** Waits until nothing is pending and the order's card shows its current version, twice in a row. */
    async settled(orderId: string) {
      let last = -1;
      for (;;) {
        await hub.jobs.drain(10_000);
        await world.freshCard(orderId);
        const version = (await hub.store.getOrder(orderId))?.version ?? 0;
        if (version === last) return;
        last = version;
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async close() {
      await channel.stop();
      await hub.jobs.drain(10_000).catch(() => {});
      await fake.close();
      await hub.close();
    },
  };
  return world;
}
