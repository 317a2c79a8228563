import type { Channel } from "../core/types.js";
import type { ChannelSender } from "./ports.js";

/**
 * The senders that can reach customers, one per channel. The composition root creates one registry;
 * each channel registers its sender when it starts (Telegram its bot, email its SMTP transport), and
 * whatever must answer a customer (status notices, a manager's reply) looks the order's channel up here.
 */
export interface ChannelRegistry {
  register(sender: ChannelSender): void;
  get(channel: Channel): ChannelSender | undefined;
  channels(): Channel[];
}

export function createChannelRegistry(): ChannelRegistry {
  const senders = new Map<Channel, ChannelSender>();
  return {
    register(sender) {
      if (senders.has(sender.channel)) throw new Error(`a sender for ${sender.channel} is registered twice`);
      senders.set(sender.channel, sender);
    },
    get: (channel) => senders.get(channel),
    channels: () => [...senders.keys()],
  };
}
