import type { Lang } from "../../core/types.js";
import type { TelegramStateRepo } from "../../storage/telegram-state-repo.js";

/**
 * The managers' group language: chosen with /lang, kept in the database so it survives a restart and
 * reaches every process. `get` answers from memory; `load` reads the stored choice (called before each
 * group update and each card render, so a choice made in another process is seen).
 */
export interface GroupLang {
  get(): Lang;
  set(lang: Lang): Promise<void>;
  load(): Promise<Lang>;
}

export function createGroupLang(state: TelegramStateRepo, chatId: string | null, fallback: Lang): GroupLang {
  let current = fallback;
  return {
    get: () => current,
    async set(lang) {
      current = lang;
      if (chatId) await state.setChatLang(chatId, lang);
    },
    async load() {
      if (chatId) current = (await state.chatLang(chatId)) ?? current;
      return current;
    },
  };
}
