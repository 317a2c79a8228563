import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { InlineKeyboardMarkup, Message, Update, User, UserFromGetMe } from "grammy/types";

/**
 * A Bot API emulator on loopback for tests: enough of Telegram for OrderHub's bot. Tests inject updates
 * (customer and manager messages, edits, contacts, button presses) that long polling serves; every call the
 * bot makes is recorded; chats keep the messages the bot sent and edited, with their buttons, so a test can
 * press a button as a user would. Failures (429 with retry_after, 403) can be scripted per method.
 */

export interface FakeCall {
  method: string;
  params: Record<string, unknown>;
  /** `performance.now()` when the call arrived. */
  at: number;
}

export interface StoredMessage {
  chatId: number;
  messageId: number;
  fromBot: boolean;
  text: string;
  parseMode?: string;
  replyMarkup?: unknown;
  replyTo?: number;
  edits: number;
  /** Order of arrival across all chats. */
  seq: number;
  /** Who wrote it (users' messages). */
  from?: string;
}

export interface ScriptedFailure {
  method: string;
  match?: (params: Record<string, unknown>) => boolean;
  times: number;
  errorCode: number;
  description: string;
  retryAfter?: number;
}

const ALLOWED_TAGS = new Set([
  "b",
  "strong",
  "i",
  "em",
  "u",
  "ins",
  "s",
  "strike",
  "del",
  "a",
  "code",
  "pre",
  "tg-spoiler",
  "blockquote",
  "span",
]);

/** Checks text as Telegram's HTML parser would (tags known and balanced, `&` only in entities). */
export function htmlProblem(text: string): string | null {
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z-]+)[^<>]*>|<|&(#\d+|#x[0-9a-fA-F]+|lt|gt|amp|quot);|&/g;
  for (const m of text.matchAll(tag)) {
    if (m[0] === "<") return `unsupported start tag at byte offset ${m.index}`;
    if (m[0] === "&") return `unsupported entity at byte offset ${m.index}`;
    if (m[0].startsWith("&")) continue;
    const name = (m[2] ?? "").toLowerCase();
    if (!ALLOWED_TAGS.has(name)) return `unsupported start tag "${name}"`;
    if (m[1]) {
      if (stack.pop() !== name) return `unmatched end tag "${name}"`;
    } else stack.push(name);
  }
  return stack.length ? `unclosed tag "${stack[stack.length - 1]}"` : null;
}

export interface BotApiFake {
  apiRoot: string;
  token: string;
  botInfo: UserFromGetMe;
  calls: FakeCall[];
  callsOf(method: string): FakeCall[];
  /** Called on every recorded call as it arrives. */
  onCall(listener: (call: FakeCall) => void): void;
  /** Chat members for getChatMember: user id → status (default "left"). */
  members: Map<number, string>;
  messages(chatId: number): StoredMessage[];
  /** Every message of every chat, in order of arrival (edited ones as they are now). */
  allMessages(): StoredMessage[];
  message(chatId: number, messageId: number): StoredMessage | undefined;
  fail(f: Omit<ScriptedFailure, "times"> & { times?: number }): void;
  inject(update: Omit<Update, "update_id">): number;
  /** A user writes in a chat (private chat: the chat is the user). */
  send(
    from: User,
    text: string,
    options?: {
      chat?: { id: number; type: "private" | "group" | "supergroup"; title?: string };
      replyTo?: number;
      extra?: Partial<Message>;
    },
  ): Message;
  /** A user edits their earlier message. */
  edit(from: User, message: Message, text: string): void;
  /** A user taps a bot message's inline button by its text. */
  press(from: User, chatId: number, messageId: number, buttonText: string | RegExp): string;
  /** A user taps a button with this callback data (e.g. one from an earlier version of the message). */
  pressData(from: User, chatId: number, messageId: number, data: string): void;
  /** Resolves once `check` returns a value (not undefined/false), polling; rejects after `timeoutMs`. */
  waitFor<T>(
    check: () => T | undefined | false | Promise<T | undefined | false>,
    what: string,
    timeoutMs?: number,
  ): Promise<T>;
  close(): Promise<void>;
}

export async function startBotApiFake(options: { token?: string; botInfo?: UserFromGetMe } = {}): Promise<BotApiFake> {
  const token = options.token ?? "123456:TEST-token-never-real";
  const botInfo: UserFromGetMe =
    options.botInfo ??
    ({
      id: 123456,
      is_bot: true,
      first_name: "Shop Bot",
      username: "shop_test_bot",
      can_join_groups: true,
      can_read_all_group_messages: true,
      supports_inline_queries: false,
      can_connect_to_business: false,
      has_main_web_app: false,
      has_topics_enabled: false,
      allows_users_to_create_topics: false,
    } as UserFromGetMe);
  const calls: FakeCall[] = [];
  const chats = new Map<number, Map<number, StoredMessage>>();
  const nextId = new Map<number, number>();
  const members = new Map<number, string>();
  const failures: ScriptedFailure[] = [];
  const listeners: ((call: FakeCall) => void)[] = [];
  const updates: Update[] = [];
  let updateSeq = 0;
  let waiters: (() => void)[] = [];
  let closed = false;
  let callbackSeq = 0;
  let messageSeq = 0;

  const newMessageId = (chatId: number) => {
    const id = (nextId.get(chatId) ?? 0) + 1;
    nextId.set(chatId, id);
    return id;
  };
  const chat = (chatId: number) => {
    const existing = chats.get(chatId);
    if (existing) return existing;
    const created = new Map<number, StoredMessage>();
    chats.set(chatId, created);
    return created;
  };
  const now = () => Math.floor(Date.now() / 1000);
  const chatOf = (chatId: number) =>
    chatId < 0
      ? { id: chatId, type: "supergroup" as const, title: "Orders" }
      : { id: chatId, type: "private" as const, first_name: "Customer" };

  function wake() {
    const w = waiters;
    waiters = [];
    for (const f of w) f();
  }

  function inject(update: Omit<Update, "update_id">): number {
    const id = ++updateSeq;
    updates.push({ ...update, update_id: id } as Update);
    wake();
    return id;
  }

  type Answer =
    | { ok: true; result: unknown }
    | { ok: false; error_code: number; description: string; parameters?: { retry_after?: number } };
  const bad = (description: string): Answer => ({
    ok: false,
    error_code: 400,
    description: `Bad Request: ${description}`,
  });

  function storeBotMessage(p: Record<string, unknown>, text: string): Message {
    const chatId = Number(p.chat_id);
    const messageId = newMessageId(chatId);
    const replyTo = (p.reply_parameters as { message_id?: number } | undefined)?.message_id;
    chat(chatId).set(messageId, {
      chatId,
      messageId,
      fromBot: true,
      text,
      parseMode: p.parse_mode as string | undefined,
      replyMarkup: p.reply_markup,
      replyTo,
      edits: 0,
      seq: ++messageSeq,
    });
    return {
      message_id: messageId,
      date: now(),
      chat: chatOf(chatId),
      from: botInfo,
      text,
      ...(p.reply_markup ? { reply_markup: p.reply_markup as InlineKeyboardMarkup } : {}),
    } as Message;
  }

  async function handle(method: string, p: Record<string, unknown>): Promise<Answer> {
    if (method !== "getUpdates") {
      const call = { method, params: p, at: performance.now() };
      calls.push(call);
      for (const l of listeners) l(call);
    }
    const failure = failures.find((f) => f.method === method && f.times > 0 && (!f.match || f.match(p)));
    if (failure) {
      failure.times--;
      return {
        ok: false,
        error_code: failure.errorCode,
        description: failure.description,
        ...(failure.retryAfter !== undefined ? { parameters: { retry_after: failure.retryAfter } } : {}),
      };
    }
    switch (method) {
      case "getMe":
        return { ok: true, result: botInfo };
      case "setWebhook":
      case "deleteWebhook":
      case "setMyCommands":
      case "answerCallbackQuery":
        return { ok: true, result: true };
      case "getUpdates": {
        const offset = Number(p.offset ?? 0);
        while (updates.length && (updates[0] as Update).update_id < offset) updates.shift();
        if (!updates.length && !closed) {
          const timeout = Math.min(Number(p.timeout ?? 0), 5) * 1000;
          await new Promise<void>((resolve) => {
            const t = setTimeout(resolve, timeout);
            waiters.push(() => {
              clearTimeout(t);
              resolve();
            });
          });
        }
        return { ok: true, result: updates.filter((u) => u.update_id >= offset).slice(0, Number(p.limit ?? 100)) };
      }
      case "sendMessage": {
        const text = String(p.text ?? "");
        if (!text.trim()) return bad("message text is empty");
        if (text.length > 4096) return bad("message is too long");
        if (p.parse_mode === "HTML") {
          const problem = htmlProblem(text);
          if (problem) return bad(`can't parse entities: ${problem}`);
        }
        return { ok: true, result: storeBotMessage(p, text) };
      }
      case "copyMessage": {
        const result = storeBotMessage(p, `[copy of ${p.from_chat_id}:${p.message_id}]`);
        return { ok: true, result: { message_id: result.message_id } };
      }
      case "editMessageText":
      case "editMessageReplyMarkup": {
        const stored = chat(Number(p.chat_id)).get(Number(p.message_id));
        if (!stored?.fromBot) return bad("message to edit not found");
        const text = method === "editMessageText" ? String(p.text ?? "") : stored.text;
        if (text.length > 4096) return bad("MESSAGE_TOO_LONG");
        if (method === "editMessageText" && p.parse_mode === "HTML") {
          const problem = htmlProblem(text);
          if (problem) return bad(`can't parse entities: ${problem}`);
        }
        if (
          text === stored.text &&
          JSON.stringify(p.reply_markup ?? null) === JSON.stringify(stored.replyMarkup ?? null)
        ) {
          return bad("message is not modified: specified new message content and reply markup are exactly the same");
        }
        stored.text = text;
        stored.replyMarkup = p.reply_markup;
        stored.edits++;
        return { ok: true, result: { message_id: stored.messageId, date: now(), chat: chatOf(stored.chatId), text } };
      }
      case "getChatMember": {
        const userId = Number(p.user_id);
        const status = members.get(userId) ?? "left";
        return { ok: true, result: { status, user: { id: userId, is_bot: false, first_name: `user${userId}` } } };
      }
      default:
        return { ok: false, error_code: 404, description: "Not Found: method not found" };
    }
  }

  async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    if (!raw) return {};
    const type = req.headers["content-type"] ?? "";
    if (type.includes("application/json")) return JSON.parse(raw) as Record<string, unknown>;
    const params = new URLSearchParams(raw);
    const out: Record<string, unknown> = {};
    for (const [k, v] of params) {
      try {
        out[k] = JSON.parse(v);
      } catch {
        out[k] = v;
      }
    }
    return out;
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const m = /^\/bot([^/]+)\/(\w+)$/.exec(req.url?.split("?")[0] ?? "");
    const reply = (status: number, body: Answer) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (!m || m[1] !== token) return reply(401, { ok: false, error_code: 401, description: "Unauthorized" });
    readBody(req)
      .then((params) => handle(m[2] as string, params))
      .then((answer) => reply(answer.ok ? 200 : answer.error_code, answer))
      .catch((err: Error) =>
        reply(500, { ok: false, error_code: 500, description: `Internal Server Error: ${err.message}` }),
      );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    token,
    botInfo,
    calls,
    callsOf: (method) => calls.filter((c) => c.method === method),
    onCall: (listener) => {
      listeners.push(listener);
    },
    members,
    messages: (chatId) => [...chat(chatId).values()],
    allMessages: () => [...chats.values()].flatMap((m) => [...m.values()]).sort((a, b) => a.seq - b.seq),
    message: (chatId, messageId) => chat(chatId).get(messageId),
    fail(f) {
      failures.push({ ...f, times: f.times ?? 1 });
    },
    inject,
    send(from, text, opts = {}) {
      const c = opts.chat ?? { id: from.id, type: "private" as const, first_name: from.first_name };
      const messageId = newMessageId(c.id);
      const replied = opts.replyTo !== undefined ? chat(c.id).get(opts.replyTo) : undefined;
      const message = {
        message_id: messageId,
        date: now(),
        chat: c,
        from,
        ...(text ? { text } : {}),
        // Telegram marks a leading /command as an entity; grammY's command filter relies on it.
        ...(/^\/\w+(@\w+)?/.test(text)
          ? {
              entities: [
                { type: "bot_command", offset: 0, length: (/^\/\w+(@\w+)?/.exec(text) as RegExpExecArray)[0].length },
              ],
            }
          : {}),
        ...(opts.replyTo !== undefined
          ? {
              reply_to_message: {
                message_id: opts.replyTo,
                date: now(),
                chat: c,
                ...(replied?.fromBot ? { from: botInfo } : {}),
                text: replied?.text ?? "",
              },
            }
          : {}),
        ...opts.extra,
      } as Message;
      chat(c.id).set(messageId, {
        chatId: c.id,
        messageId,
        fromBot: false,
        text: text || (opts.extra?.contact ? `[contact ${opts.extra.contact.phone_number}]` : ""),
        replyTo: opts.replyTo,
        edits: 0,
        seq: ++messageSeq,
        from: from.first_name,
      });
      inject({ message } as unknown as Omit<Update, "update_id">);
      return message;
    },
    edit(from, message, text) {
      inject({ edited_message: { ...message, from, text, edit_date: now() } as unknown as Update["edited_message"] });
    },
    pressData(from, chatId, messageId, data) {
      const stored = chat(chatId).get(messageId);
      inject({
        callback_query: {
          id: `cb${++callbackSeq}`,
          from,
          chat_instance: String(chatId),
          data,
          message: {
            message_id: messageId,
            date: now(),
            chat: chatOf(chatId),
            from: botInfo,
            text: stored?.text ?? "",
          } as Message,
        },
      } as Omit<Update, "update_id">);
    },
    press(from, chatId, messageId, buttonText) {
      const stored = chat(chatId).get(messageId);
      const rows = ((stored?.replyMarkup as InlineKeyboardMarkup | undefined)?.inline_keyboard ?? []).flat();
      const button = rows.find((b) =>
        typeof buttonText === "string" ? b.text === buttonText : buttonText.test(b.text),
      );
      if (!stored || !button || !("callback_data" in button) || !button.callback_data) {
        throw new Error(
          `no button ${buttonText} on message ${chatId}:${messageId} (${rows.map((b) => b.text).join(" | ")})`,
        );
      }
      inject({
        callback_query: {
          id: `cb${++callbackSeq}`,
          from,
          chat_instance: String(chatId),
          data: button.callback_data,
          message: {
            message_id: messageId,
            date: now(),
            chat: chatOf(chatId),
            from: botInfo,
            text: stored.text,
          } as Message,
        },
      } as Omit<Update, "update_id">);
      return button.callback_data;
    },
    async waitFor(check, what, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const value = await check();
        if (value !== undefined && value !== false) return value as never;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async close() {
      closed = true;
      wake();
      const closing = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closing;
    },
  };
}
