import { describe, expect, it } from "vitest";
import { startTelegram } from "../../bots/telegram/start-telegram.js";
import { type CardView, escapeHtml, type TelegramTexts, telegramTexts, toLang } from "../../core/i18n/telegram.js";
import { LANGS } from "../../core/types.js";
import { createChannelRegistry } from "../../intake/channel-registry.js";
import { createLogger } from "../../logger.js";
import { htmlProblem } from "../support/bot-api-fake.js";
import { createTestHub } from "../support/hub.js";

const card: CardView = {
  number: 1001,
  statusEmoji: "🆕",
  statusName: "New",
  draft: true,
  customerName: "<script>",
  channel: "telegram",
  username: null,
  lines: [{ name: "Hose & co", qty: 2, unit: "pcs", price: 620 }],
  total: 1240,
  currency: "UAH",
  unknownItems: [{ text: "<b>tractor</b>", qty: 1 }],
  phone: null,
  email: null,
  address: "a < b",
  deliveryDate: null,
  assignee: null,
  needsReview: true,
  reviewReasons: ["unknown items"],
  unreachable: true,
  cancelReason: null,
  hiddenLines: 0,
};

/** Every text, rendered with hostile values: one list per language, in the same order. */
function render(t: TelegramTexts): string[] {
  const s = "<x> & y";
  const summary = { number: 7, lines: card.lines, total: 1240, currency: "UAH", unknownItems: card.unknownItems };
  return [
    t.greeting(s),
    t.howToOrder,
    t.customerHelp,
    t.langChanged,
    t.langUsage,
    t.orderReceived(summary),
    t.orderUpdated(summary),
    t.notUnderstood,
    t.shareContactButton,
    t.confirmButton,
    t.correctButton,
    t.customerConfirmed(7),
    t.correctHint(7),
    t.myOrdersTitle,
    t.myOrdersEmpty,
    t.myOrdersLine({ number: 7, statusEmoji: "•", statusName: s, total: 1, currency: "UAH", createdAt: "2026-05-04" }),
    t.tooFast,
    t.contactThanks,
    t.notYourOrder,
    t.managersOnly,
    t.card(card),
    t.btnConfirm,
    t.btnTake,
    t.btnCancel,
    t.btnHistory,
    t.customerSaid(7, "voice", s),
    t.inboxNotice(s, "Telegram", "voice", s),
    t.inboxNotice(s, "Telegram", "text", s),
    t.managerAnswer(s),
    t.inboxReplySent,
    t.inboxReplyFailed(s),
    t.customerConfirmedNote,
    t.help,
    t.refused,
    t.viewerRefused,
    t.takenBy(7, s),
    t.taken(7),
    t.confirmed(7),
    t.moved(7, s),
    t.stale(7, s),
    t.askReason(7, s),
    t.noted(7),
    t.assigned(7, s),
    t.unknownManager(s),
    t.notFound(s),
    t.usage(s),
    t.unknownStatus(s, s),
    t.cannotMove(7, s, s),
    t.needsReason(7),
    t.list("T", [
      { number: 7, statusEmoji: "•", statusName: s, customerName: s, total: 1, currency: "UAH", assignee: s },
    ]),
    t.list(t.listTitle(s), []),
    t.nothingFound,
    t.history(7, [{ at: "now", actor: s, what: s }]),
    t.replySent(7),
    t.replyFailed(7, s),
    t.noSender(s),
    t.managerReply(7, s),
    t.groupLangChanged,
    t.failed,
    t.statusNotice(7, s, s),
    t.confirmedNotice(7),
  ];
}

describe("Telegram texts", () => {
  it("exist in ru, uk and en, differ between languages, and are valid, escaped HTML", () => {
    const all = LANGS.map((lang) => render(telegramTexts(lang)));
    for (const texts of all) {
      for (const text of texts) {
        expect(text.trim().length).toBeGreaterThan(0);
        expect(htmlProblem(text)).toBeNull();
        expect(text).not.toContain("<x>");
        expect(text).not.toContain("<script>");
      }
    }
    const [ru, uk, en] = all as [string[], string[], string[]];
    const differing = (a: string[], b: string[]) => a.filter((x, i) => x !== b[i]).length;
    // Only language-neutral bits (button emoji-less names are all translated) may coincide.
    expect(differing(ru, en)).toBeGreaterThan(ru.length - 3);
    expect(differing(uk, en)).toBeGreaterThan(uk.length - 3);
    expect(differing(ru, uk)).toBeGreaterThan(ru.length - 6);
  });

  it("maps Telegram language codes to ours", () => {
    expect(toLang("uk")).toBe("uk");
    expect(toLang("ru-RU")).toBe("ru");
    expect(toLang("de")).toBe("en");
    expect(toLang(undefined, "ru")).toBe("ru");
    expect(escapeHtml("<a href='x'>&</a>")).toBe("&lt;a href='x'&gt;&amp;&lt;/a&gt;");
  });
});

describe("Telegram settings", () => {
  it("without a token the hub runs and says Telegram is off", async () => {
    const lines: string[] = [];
    const hub = await createTestHub();
    const channel = await startTelegram(
      hub,
      createLogger("info", {}, (l) => lines.push(l)),
      createChannelRegistry(),
      { intake: true },
    );
    expect(lines.join("\n")).toContain("Telegram is off");
    expect(channel.mount).toBeUndefined();
    await channel.stop();
    await hub.close();
  });
});
