import { type CountryCode, parsePhoneNumberFromString } from "libphonenumber-js";
import type { Channel, Identity, Sender } from "../types.js";

/** How one customer is recognised across channels: normalized identities from the sender and the text. */

/** E.164 or null. Numbers without a country code are read in `region`. */
export function normalizePhone(raw: string | undefined | null, region?: CountryCode): string | null {
  if (!raw) return null;
  const trimmed = raw.trim();
  const digits = trimmed.replace(/\D/g, "");
  if (digits.length < 7) return null;
  const candidate = trimmed.startsWith("+") ? `+${digits}` : digits.length >= 11 && !region ? `+${digits}` : trimmed;
  const parsed = parsePhoneNumberFromString(candidate, region) ?? parsePhoneNumberFromString(`+${digits}`);
  return parsed?.isPossible() ? parsed.number : null;
}

export function normalizeEmail(raw: string | undefined | null): string | null {
  const value = raw?.trim().toLowerCase();
  return value && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? value : null;
}

/** Identities a message's sender carries, plus the phone and email the customer wrote in the text. */
export function messageIdentities(
  channel: Channel,
  sender: Sender,
  fromText: { phone?: string | null; email?: string | null },
  region?: CountryCode,
): Identity[] {
  const out: Identity[] = [];
  const add = (kind: Identity["kind"], value: string | null | undefined) => {
    if (value && !out.some((i) => i.kind === kind && i.value === value)) out.push({ kind, value });
  };
  if (sender.telegramId) add("telegram", String(sender.telegramId));
  if (sender.whatsappId) add("whatsapp", sender.whatsappId.replace(/@.*$/, "").replace(/\D/g, ""));
  add("phone", normalizePhone(sender.phone, region));
  if (channel === "whatsapp" && sender.whatsappId && !sender.phone) {
    add("phone", normalizePhone(`+${sender.whatsappId.replace(/@.*$/, "").replace(/\D/g, "")}`));
  }
  add("email", normalizeEmail(sender.email));
  add("phone", normalizePhone(fromText.phone, region));
  add("email", normalizeEmail(fromText.email));
  return out;
}

export const identityKey = (i: Identity) => `${i.kind}:${i.value}`;
