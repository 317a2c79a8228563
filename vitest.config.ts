import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Real servers (PostgreSQL, Redis, Dovecot) and the embedded database are heavy on a 2-core machine.
    maxWorkers: 2,
  },
});
