/**
 * A local stand-in for the OpenAI chat completions endpoint (127.0.0.1, random port), scriptable per
 * test: each request takes the next queued reply. Never talks to the internet.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeReply {
  /** HTTP status (default 200). */
  status?: number;
  headers?: Record<string, string>;
  /** Assistant message content (a JSON string for structured answers). */
  content?: string;
  refusal?: string;
  /** A raw body instead of a chat completion. */
  body?: unknown;
  delayMs?: number;
}

export interface OpenAiFake {
  /** Base URL to give the SDK, ending in /v1. */
  url: string;
  /** Parsed JSON bodies of the requests received. */
  requests: Array<Record<string, unknown>>;
  enqueue(...replies: FakeReply[]): void;
  close(): Promise<void>;
}

export const answer = (obj: unknown): FakeReply => ({ content: JSON.stringify(obj) });
export const refusal = (text: string): FakeReply => ({ refusal: text });
export const rawContent = (content: string): FakeReply => ({ content });
export const httpError = (status: number, headers: Record<string, string> = {}): FakeReply => ({
  status,
  headers,
  body: { error: { message: `fake ${status}`, type: "server_error", code: null } },
});
export const slow = (delayMs: number, reply: FakeReply): FakeReply => ({ ...reply, delayMs });

function completion(reply: FakeReply, model: string) {
  return {
    id: `chatcmpl-fake-${Math.random().toString(36).slice(2)}`,
    object: "chat.completion",
    created: 1_772_000_000,
    model,
    choices: [
      {
        index: 0,
        message: {
          role: "assistant",
          content: reply.refusal ? null : (reply.content ?? ""),
          refusal: reply.refusal ?? null,
        },
        finish_reason: "stop",
        logprobs: null,
      },
    ],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
}

export async function startOpenAiFake(): Promise<OpenAiFake> {
  const queue: FakeReply[] = [];
  const requests: Array<Record<string, unknown>> = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = "";
    req.on("data", (c) => {
      raw += c;
    });
    req.on("end", () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        body = {};
      }
      requests.push(body);
      if (req.method !== "POST" || !req.url?.endsWith("/chat/completions")) {
        res
          .writeHead(404, { "content-type": "application/json" })
          .end(JSON.stringify({ error: { message: "not found" } }));
        return;
      }
      const reply = queue.shift() ?? httpError(500);
      const send = () => {
        if (res.destroyed) return;
        const status = reply.status ?? 200;
        const payload = reply.body ?? completion(reply, String(body.model ?? "fake-model"));
        res.writeHead(status, { "content-type": "application/json", ...reply.headers });
        res.end(JSON.stringify(payload));
      };
      if (reply.delayMs) setTimeout(send, reply.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (...replies) => queue.push(...replies),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
