import { describe, expect, it } from "vitest";
import { loadConfig } from "../config.js";

describe("config", () => {
  it("runs with nothing set", () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ PORT: 3000, DATA_DIR: "./data", MERGE_WINDOW_MINUTES: 120, SHOP_TIMEZONE: "UTC" });
    expect(c.DATABASE_URL).toBeUndefined();
  });

  it.each([
    [{ PORT: "eighty" }, "PORT"],
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ REDIS_URL: "http://localhost" }, "REDIS_URL"],
    [{ SHOP_TIMEZONE: "Mars/Olympus" }, "SHOP_TIMEZONE"],
    [{ DEFAULT_REGION: "ukraine" }, "DEFAULT_REGION"],
    [{ API_TOKEN: "short" }, "API_TOKEN"],
    [{ REVIEW_THRESHOLD: "2" }, "REVIEW_THRESHOLD"],
    [{ REQUIRED_FIELDS: "phone,colour" }, "REQUIRED_FIELDS"],
    [{ TELEGRAM_WEBHOOK_URL: "https://hub.example/tg" }, "TELEGRAM_WEBHOOK_SECRET"],
  ])("stops with a sentence naming the variable (%o)", (env, variable) => {
    expect(() => loadConfig(env)).toThrow(variable);
  });

  it("reads the shop's required fields", () => {
    expect(loadConfig({ REQUIRED_FIELDS: "lines, phone" }).REQUIRED_FIELDS).toEqual({
      lines: true,
      phone: true,
      address: false,
      deliveryDate: false,
    });
    expect(loadConfig({}).REQUIRED_FIELDS).toEqual({ lines: true, phone: true, address: true, deliveryDate: true });
  });

  it("treats empty values as unset, as .env files write them", () => {
    expect(loadConfig({ DATABASE_URL: "", PORT: "" }).DATABASE_URL).toBeUndefined();
  });
});
