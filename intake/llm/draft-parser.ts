/**
 * Chooses between the rules and the LLM for each message: the LLM only when the rules are unsure
 * (`fallback`) or always (`always`), with answers cached by a hash of the message.
 */
import { createHash } from "node:crypto";
import type { ParseInput } from "../../core/parse/index.js";
import type { ParsedMessage, Product } from "../../core/types.js";
import type { LlmParser } from "./llm-parser.js";

export interface DraftCache {
  get(key: string): ParsedMessage | undefined | Promise<ParsedMessage | undefined>;
  set(key: string, value: ParsedMessage): unknown;
}

export interface DraftParserOptions {
  rules: (input: ParseInput) => ParsedMessage;
  llm?: LlmParser;
  /** Candidate products for the LLM (e.g. `(text) => candidateProducts(index, text, 30)`). */
  candidates?: (text: string) => Product[];
  mode: "fallback" | "always";
  /** In `fallback` mode, the rules' confidence below which the LLM is asked. */
  threshold: number;
  cache?: DraftCache;
}

export interface DraftParser {
  parse(input: ParseInput): Promise<ParsedMessage>;
}

/** The cache key: the text, the subject and the message day (relative dates depend on it). */
export function draftCacheKey(input: ParseInput): string {
  return createHash("sha256")
    .update(`${input.subject ?? ""}\u0000${input.text}\u0000${input.receivedAt.slice(0, 10)}`)
    .digest("hex");
}

export function createDraftParser(options: DraftParserOptions): DraftParser {
  return {
    async parse(input) {
      const draft = options.rules(input);
      const llm = options.llm;
      if (!llm) return draft;
      if (draft.intent === "auto_reply") return draft;
      if (options.mode === "fallback" && draft.confidence >= options.threshold) return draft;
      const key = draftCacheKey(input);
      const cached = await options.cache?.get(key);
      if (cached) return cached;
      const result = await llm.parse(input, draft, options.candidates?.(`${input.subject ?? ""}\n${input.text}`) ?? []);
      if (result.engine === "llm") await options.cache?.set(key, result);
      return result;
    },
  };
}
